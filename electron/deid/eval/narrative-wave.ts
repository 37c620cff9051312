// A blind wave of physician-written narrative: H&P and consult openings, discharge, death and transfer
// summaries, referral and follow-up letters with cc: lines, operative notes, radiology and pathology headers,
// telephone encounters, social and family histories. It plants the identifiers physicians write (patients in
// full, as "Mrs. X", possessive and last-name-first; relatives; doctors, NPs, PAs and nurses with credentials;
// hospitals, practices, nursing homes, towns, counties, addresses and ZIPs, employers named for a town; dates in
// narrative forms; ages over 89; phones, faxes, extensions, pagers, emails, MRN, account and accession numbers),
// about 20% of frames in ALL CAPS, with a list of physician-style look-alikes that must not be touched. Written
// without reading the engine's rules or the kit's PhysioNet notes.
// Decisions: titles and credentials are not parts ("Dr. John Smith, MD" plants "John" and "Smith"); an
// institution's part is its identifying words ("Mercy General" of "Mercy General Hospital", "Riverside" of
// "Riverside Family Practice", "Lee" of "Lee County"); an address plants number and street whole, the ZIP alone,
// and never the state; a full date is planted whole, "the 14th" of "last Tuesday the 14th" as "14th", and a
// month alone ("in early March") as the month; years alone and weekdays alone are never planted; ages over 89
// are planted for relatives too; an extension is planted apart from its phone number.
// Measured before rules: 0.954 recall on seeds 5, 11, 23 (1156/1212), 0.964 on fresh seeds 41, 42, 43 (1168/1212);
// 0/76 look-alikes touched.
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, ie, au, es, it, pl, de, fr];

/** Given names and surnames that are everyday words: the hard part of names in prose. */
const WORD_GIVEN = ['Rose', 'Hope', 'Bill', 'Mark', 'Will', 'Faith', 'Grace', 'Frank', 'Drew', 'Joy', 'June', 'Dawn', 'Pat', 'Sandy', 'Iris', 'Guy'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Young', 'Wood', 'Bell', 'Cook', 'Stone', 'Hall', 'Little', 'Church', 'Wells', 'Ward', 'Black', 'Rich', 'Fox', 'Banks', 'Moody'];
/** Towns that are everyday words, given names or famous places elsewhere. */
const WORD_TOWNS = ['Laurel', 'Union', 'Hope', 'Harmony', 'Friendship', 'Chester', 'Dover', 'Clinton', 'Milford', 'Salem', 'Concord', 'Lebanon', 'Paris', 'Liberty', 'Athens', 'Marion', 'Florence', 'Bristol', 'Independence', 'Normal'];
const HOSP_HEADS = ['Mercy', 'Good Samaritan', 'Northside', 'Bayview', 'Riverside', 'Lakeshore', 'Providence', 'Sinai', 'Holy Cross', 'Fairview', 'Valley', 'Pine Ridge', 'Cedar Crest', 'Harbor View', 'Saint Agnes', 'Grandview'];
const STATES = ['Ohio', 'Maryland', 'Texas', 'Florida', 'Virginia', 'Georgia', 'Maine', 'Oregon'];
const ST = ['MD', 'PA', 'OH', 'VA', 'NJ', 'NY', 'MA', 'FL', 'TX', 'IL'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];


/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.r() < 0.3 ? this.pick(WORD_SUR) : this.faker().person.lastName().split(/\s/)[0]!;
  }
  town(): string {
    return this.r() < 0.3 ? this.pick(WORD_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return this.r() < 0.3 ? this.pick(WORD_TOWNS) : us.location.county().replace(/ County$/, '');
  }
  street(): string {
    return `${this.int(2, 9800)} ${this.faker().location.street().replace(/\.$/, '')}`;
  }
  zip(): string {
    return pad2(this.int(1, 99)) + String(this.int(0, 999)).padStart(3, '0');
  }
  cred(): string {
    return this.pick(['MD', 'DO', 'MD, PhD', 'MD, FACS', 'FRCP', 'MBBS', 'MD, FACC']);
  }
  /** A hospital as written, and the words of it that identify it. */
  hospital(): readonly [string, string] {
    const head = this.r() < 0.35 ? this.town() : this.pick(HOSP_HEADS);
    const tail = this.pick(['General Hospital', 'Memorial Hospital', 'Medical Center', 'Regional Medical Center', 'Hospital', 'Community Hospital']);
    const named = tail.split(' ')[0]!;
    const part = ['General', 'Memorial', 'Regional'].includes(named) ? `${head} ${named}` : head;
    return [`${head} ${tail}`, part];
  }
  practice(): readonly [string, string] {
    const head = this.r() < 0.5 ? this.town() : this.pick(HOSP_HEADS);
    return [`${head} ${this.pick(['Family Practice', 'Internal Medicine Associates', 'Primary Care', 'Cardiology Associates', 'Medical Group', 'Pediatrics'])}`, head];
  }
  facility(): readonly [string, string] {
    const head = this.r() < 0.5 ? this.pick(HOSP_HEADS) : this.town();
    const tail = this.pick(['Nursing and Rehabilitation Center', 'Manor', 'Health Care Center', 'Assisted Living', 'Skilled Nursing Facility', 'Gardens']);
    return [`${head} ${tail}`, tail === 'Manor' || tail === 'Gardens' ? `${head} ${tail}` : head];
  }
  /** A full date in one of the forms physicians write; the whole is the part. */
  date(lo = 2008, hi = 2023): string {
    const m = this.int(1, 12), dd = this.int(1, 28), y = this.int(lo, hi);
    return this.pick([`${m}/${dd}/${y}`, `${pad2(m)}/${pad2(dd)}/${y}`, `${MONTHS[m - 1]} ${dd}, ${y}`, `${dd} ${MON[m - 1]} ${y}`, `${y}-${pad2(m)}-${pad2(dd)}`, `${m}/${dd}/${String(y).slice(2)}`]);
  }
  phone(): string {
    const a = this.int(201, 989), b = this.int(200, 999), c = String(this.int(0, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `(${a}) ${b} ${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`]);
  }
  digits(lo: number, hi: number): string {
    return String(this.int(0, 10 ** this.int(lo, hi) - 1)).padStart(lo, '0');
  }
}

/** A frame: a piece of narrative and the parts that must be covered (each must occur once in it). */

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // patients
  ['HPI full name', (d) => { const g = d.given(), s = d.sur(); return [`HPI: ${g} ${s} is a ${d.int(30, 85)}-year-old ${d.pick(['man', 'woman'])} with a history of CHF and COPD who presents with two days of worsening dyspnea.`, [g, s]]; }],
  ['Mrs. surname seen', (d) => { const s = d.sur(); return [`${d.pick(['Mrs.', 'Ms.', 'Mr.'])} ${s} was seen and examined on rounds this morning and reports improved appetite.`, [s]]; }],
  ['possessive surname', (d) => { const s = d.sur(); return [`Per ${d.pick(['Mrs.', 'Mr.', 'Ms.'])} ${s}'s daughter, she has been more confused at home over the past week.`, [s]]; }],
  ['the patient, Name,', (d) => { const g = d.given(), s = d.sur(); return [`The patient, ${g} ${s}, was counseled at length regarding smoking cessation and agrees to a trial of varenicline.`, [g, s]]; }],
  ['SURNAME, GIVEN header', (d) => { const g = d.given().toUpperCase(), s = d.sur().toUpperCase(), m = d.digits(7, 8), a = d.date(); return [`PATIENT: ${s}, ${g}\nMRN: ${m}\nADMISSION DATE: ${a}`, [s, g, m, a]]; }],
  ['discharge summary header', (d) => { const g = d.given(), s = d.sur(), a = d.date(), b = d.date(), s2 = d.sur(); return [`DISCHARGE SUMMARY\nPatient: ${g} ${s}\nDate of Admission: ${a}\nDate of Discharge: ${b}\nAttending: Dr. ${s2}`, [g, s, a, b, s2]]; }],
  // letters
  ['Dear Dr., thank you for referring', (d) => { const a = d.sur(), b = d.sur(); return [`Dear Dr. ${a},\n\nThank you for referring ${d.pick(['Mrs.', 'Mr.', 'Ms.'])} ${b}, whom I had the pleasure of seeing in clinic today for evaluation of atrial fibrillation.`, [a, b]]; }],
  ['letter sign-off', (d) => { const g = d.given(), s = d.sur(); return [`Please do not hesitate to contact me with any questions.\n\nSincerely,\n\n${g} ${s}, ${d.cred()}\nDivision of Cardiology`, [g, s]]; }],
  ['cc: line', (d) => { const a = d.sur(), g = d.given(), b = d.sur(); return [`cc: ${d.given()[0]}. ${a}, MD; ${g} ${b}, ${d.pick(['DO', 'NP', 'PA-C'])}`, [a, g, b]]; }],
  ['follow-up letter letterhead', (d) => { const [pr, pp] = d.practice(), st = d.street(), t = d.town(), z = d.zip(), ph = d.phone(), fx = d.phone(); return [`${pr}\n${st}, Suite ${d.int(100, 450)}\n${t}, ${d.pick(ST)} ${z}\nTel ${ph}  Fax ${fx}`, [pp, st, t, z, ph, fx]]; }],
  ['re: line in letter', (d) => { const g = d.given(), s = d.sur(), b = d.date(1925, 1995); return [`RE: ${g} ${s}\nDOB: ${b}\n\nDear Colleague,\nI saw your patient today in follow-up.`, [g, s, b]]; }],
  // clinicians
  ['operative note staff', (d) => { const g = d.given(), s = d.sur(), g2 = d.given(), s2 = d.sur(), s3 = d.sur(); return [`Surgeon: ${g} ${s}, MD, FACS\nAssistant: ${g2} ${s2}, PA-C\nAnesthesia: General endotracheal (Dr. ${s3})\nEBL: 150 mL`, [g, s, g2, s2, s3]]; }],
  ['attestation with resident', (d) => { const s = d.sur(); return [`I saw and examined the patient with Dr. ${s}, the resident, and agree with the findings and plan as documented above.`, [s]]; }],
  ['consult requested by', (d) => { const g = d.given(), s = d.sur(); return [`CONSULT REQUESTED BY: Dr. ${g} ${s}\nREASON FOR CONSULTATION: Acute kidney injury.`, [g, s]]; }],
  ['discussed with RN', (d) => { const g = d.given(), s = d.sur(); return [`Discussed with ${g} ${s}, RN, the charge nurse on 4 North, who will call me with any change.`, [g, s]]; }],
  ['seen jointly with NP or PA', (d) => { const g = d.given(), s = d.sur(); return [`Patient was seen jointly with ${g} ${s}, ${d.pick(['NP', 'PA-C', 'ANP-BC'])}, who obtained the history.`, [g, s]]; }],
  ['testing by PhD', (d) => { const g = d.given(), s = d.sur(); return [`Neuropsychological testing by ${g} ${s}, PhD, showed deficits in executive function.`, [g, s]]; }],
  ['PCP at practice', (d) => { const s = d.sur(), [pr, pp] = d.practice(); return [`PCP: Dr. ${s} at ${pr}, who will see her within one week of discharge.`, [s, pp]]; }],
  // relatives and social history
  ['family history relatives', (d) => { const a = d.given(), b = d.given(); return [`FAMILY HISTORY: Mother, ${a}, died of breast cancer at 62. Brother ${b} has type 2 diabetes.`, [a, b]]; }],
  ['social history spouse and town', (d) => { const t = d.town(), g = d.given(); return [`SOCIAL HISTORY: She is a retired teacher from ${t}. She lives with her husband, ${g}, and quit smoking in 1998.`, [t, g]]; }],
  ['emergency contact', (d) => { const g = d.given(), s = d.sur(), ph = d.phone(); return [`Emergency contact: ${d.pick(['daughter', 'son', 'wife', 'nephew'])} ${g} ${s}, tel. ${ph}`, [g, s, ph]]; }],
  ['employer named for town', (d) => { const t = d.town(); return [`He works as a mechanic for the ${t} ${d.pick(['Public Schools', 'Fire Department', 'Police Department', 'Public Works Department'])} and drinks socially.`, [t]]; }],
  ['moved from state to town', (d) => { const t = d.town(); return [`She moved to ${t} from ${d.pick(STATES)} two years ago to live near her son.`, [t]]; }],
  ['trip to town, state', (d) => { const t = d.town(); return [`He recently returned from a fishing trip to ${t}, ${d.pick(STATES)}, and denies sick contacts.`, [t]]; }],
  ['telephone encounter', (d) => { const g = d.given(), s = d.sur(), ph = d.phone(); return [`TELEPHONE ENCOUNTER\nCaller: ${g} ${s} (daughter)\nCallback: ${ph}\nReports her father's sugars have been in the 300s since last week.`, [g, s, ph]]; }],
  // places
  ['initially evaluated at hospital', (d) => { const [h, p] = d.hospital(); return [`He was initially evaluated at ${h}, where a CT of the head was negative, and was transferred here for neurosurgical evaluation.`, [p]]; }],
  ['resident of nursing home', (d) => { const [f, p] = d.facility(); return [`She is a long-term resident of ${f} and is nonambulatory at baseline.`, [p]]; }],
  ['county EMS', (d) => { const c = d.county(); return [`He was brought in by ${c} County EMS after a witnessed fall at home.`, [c]]; }],
  ['address with ZIP', (d) => { const st = d.street(), t = d.town(), z = d.zip(); return [`Address: ${st}, ${t}, ${d.pick(ST)} ${z}`, [st, t, z]]; }],
  ['transfer summary', (d) => { const [h, hp] = d.hospital(), [f, fp] = d.facility(), s = d.sur(); return [`TRANSFER SUMMARY: The patient is being transferred from ${h} to ${f} for ongoing rehabilitation under the care of Dr. ${s}.`, [hp, fp, s]]; }],
  // reports
  ['radiology header', (d) => { const dt = d.date(), g = d.given(), s = d.sur(), [h, hp] = d.hospital(); return [`EXAM: CT ABDOMEN AND PELVIS WITH CONTRAST\nDATE OF SERVICE: ${dt}\nREFERRING PHYSICIAN: ${g} ${s}, MD\nFACILITY: ${h}`, [dt, g, s, hp]]; }],
  ['pathology header', (d) => { const acc = `S${pad2(d.int(8, 23))}-${d.digits(4, 5)}`, s = d.sur(), g = d.given(), s2 = d.sur(); return [`SURGICAL PATHOLOGY REPORT\nAccession: ${acc}\nPatient: ${s}, ${g}\nPathologist: ${d.given()[0]}. ${s2}, MD`, [acc, s, g, s2]]; }],
  // dates
  ['death summary', (d) => { const dt = d.date(), s = d.sur(), g = d.given(); return [`The patient expired at 03:42 on ${dt}. Death was pronounced by Dr. ${s}. The family, including his son ${g}, was at the bedside.`, [dt, s, g]]; }],
  ['the Nth of Month', (d) => { const x = `${ordinal(d.int(1, 28))} of ${d.pick(MONTHS)}`; return [`She was last seen in clinic on the ${x}, when her A1c was 8.2%.`, [x]]; }],
  ['Month Nth', (d) => { const x = `${d.pick(MONTHS)} ${ordinal(d.int(1, 28))}`; return [`${d.pick(['Symptoms began', 'Pain started', 'She first noticed the rash', 'He was last well'])} on ${x}, per the family.`, [x]]; }],
  ['short m/d', (d) => { const x = `${d.int(1, 12)}/${d.int(1, 28)}`; return [`Labs from ${x} showed a creatinine of 2.1, up from a baseline of 1.4.`, [x]]; }],
  ['colonoscopy on full date', (d) => { const x = d.date(); return [`She underwent screening colonoscopy on ${x}, which was unremarkable.`, [x]]; }],
  ['admitted ISO, discharged', (d) => { const y = d.int(2010, 2023), a = `${y}-${pad2(d.int(1, 12))}-${pad2(d.int(1, 28))}`, b = d.date(); return [`Admitted ${a}; discharged ${b} in stable condition.`, [a, b]]; }],
  ['DOS: m/d/yy', (d) => { const x = `${d.int(1, 12)}/${d.int(1, 28)}/${pad2(d.int(10, 23))}`; return [`DOS: ${x}\nPROCEDURE: Right total knee arthroplasty.`, [x]]; }],
  ['last weekday the Nth', (d) => { const x = ordinal(d.int(1, 28)); return [`She called last ${d.pick(DAYS)} the ${x} to report worsening leg swelling.`, [x]]; }],
  ['in early Month', (d) => { const m = d.pick(MONTHS); return [`${d.pick(['Symptoms started', 'Her weight loss began', 'He stopped his statin', 'The cough began'])} in ${d.pick(['early ', 'mid-', 'mid ', 'late '])}${m}.`, [m]]; }],
  ['discharged from hospital on date', (d) => { const [h, hp] = d.hospital(), x = d.date(); return [`He was discharged from ${h} on ${x} after a course of IV antibiotics.`, [hp, x]]; }],
  // ages
  ['age over 89', (d) => { const n = String(d.int(90, 106)); return [d.pick([`This is a ${n}-year-old woman admitted with pneumonia.`, `The patient, aged ${n}, lives alone.`, `He is ${n} years of age and walks with a cane.`, `Age: ${n}\nSex: F`, `A ${n} y/o widower with CKD stage 4.`]), [n]]; }],
  ['relative died at over 89', (d) => { const n = String(d.int(90, 104)); return [`Her father died at the age of ${n} of a stroke; her mother had dementia.`, [n]]; }],
  // numbers
  ['fax records to', (d) => { const f = d.phone(); return [`Please fax records to ${d.pick(['fax', 'Fax:', 'fax number'])} ${f} attention medical records.`, [f]]; }],
  ['phone with extension', (d) => { const ph = d.phone(), x = String(d.int(100, 9999)); return [`Please call our office at ${ph}, ext. ${x}, with any questions.`, [ph, x]]; }],
  ['email', (d) => { const e = `${asciiLetters(d.given())}.${asciiLetters(d.sur())}${d.int(1, 99)}@${d.pick(['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'verizon.net'])}`; return [`She prefers to be contacted by email at ${e}.`, [e]]; }],
  ['MRN, Acct #, FIN', (d) => { const m = d.digits(8, 8), a = d.digits(9, 10), f = d.digits(7, 9); return [`MRN ${m}   Acct #: ${a}   FIN ${f}`, [m, a, f]]; }],
  ['pager', (d) => { const n = d.digits(4, 5); return [`Please page me at ${d.pick(['pager', 'pgr', 'beeper #'])} ${n} with any questions overnight.`, [n]]; }],
];

/** The wave: every frame `rounds` times, about a fifth in ALL CAPS; parts occur exactly once in their text. */
export function narrativeWaveCases(seed: number, rounds = 4): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 61, rounds, (r) => (r() < 0.2 ? 'upper' : 'mixed'));
}

/** Look-alikes in physician style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  ['Hodgkin lymphoma, stage IIA, in remission.', 'Hodgkin'], ["Cushing's syndrome excluded by dexamethasone suppression.", 'Cushing'],
  ["History of Graves' disease s/p radioactive iodine.", 'Graves'], ['Addison disease on hydrocortisone 20 mg daily.', 'Addison'],
  ["Crohn's disease with ileocecal involvement.", 'Crohn'], ['Babinski sign absent bilaterally.', 'Babinski'],
  ['Glasgow Coma Scale 14 on arrival.', 'Glasgow Coma Scale'], ['Wells score of 1.5, low pretest probability for PE.', 'Wells score'],
  ['Child-Pugh class B cirrhosis, MELD 14.', 'Child-Pugh'], ['Status post Whipple procedure for pancreatic adenocarcinoma.', 'Whipple'],
  ['Laparoscopic Nissen fundoplication in 2009.', 'Nissen'], ['Prior Roux-en-Y gastric bypass.', 'Roux-en-Y'],
  ['A Swan-Ganz catheter was placed via the right IJ.', 'Swan-Ganz'], ['Kussmaul respirations noted on exam.', 'Kussmaul'],
  ["Palpable Virchow's node in the left supraclavicular fossa.", 'Virchow'], ["Homan's sign negative bilaterally.", 'Homan'],
  ['Apgar scores 8 and 9 at one and five minutes.', 'Apgar'], ['Tanner stage 3 breast development.', 'Tanner stage 3'],
  ['Mallampati class II airway.', 'Mallampati'], ['Gleason 3+4=7 adenocarcinoma in 4 of 12 cores.', 'Gleason 3+4'],
  ['Bristol stool type 6 for three days.', 'Bristol stool'], ['Meets modified Duke criteria for endocarditis.', 'Duke criteria'],
  ['Parkinson disease on carbidopa-levodopa.', 'Parkinson'], ['Right-sided Bell palsy, improving.', 'Bell palsy'],
  ["Barrett's esophagus without dysplasia.", 'Barrett'], ['Positive Murphy sign on palpation.', 'Murphy'],
  ['Chvostek and Trousseau signs negative.', 'Trousseau'], ['Hashimoto thyroiditis on levothyroxine 75 mcg.', 'Hashimoto'],
  ['Mobitz type I second-degree AV block.', 'Mobitz'], ['Wolff-Parkinson-White pattern on ECG.', 'Wolff-Parkinson-White'],
  ['Lyme serologies pending.', 'Lyme'], ['NYHA class III symptoms.', 'NYHA class III'],
  ['Continue Eliquis 5 mg twice daily.', 'Eliquis'], ['Lasix 40 mg IV twice daily with good diuresis.', 'Lasix'],
  ['Lantus 20 units at bedtime.', 'Lantus'], ['Switched from Coumadin to Xarelto.', 'Xarelto'],
  ['Zofran 4 mg as needed for nausea.', 'Zofran'], ['Keppra 500 mg twice daily for seizure prophylaxis.', 'Keppra'],
  ['Tylenol 650 mg every 6 hours as needed.', 'Tylenol'], ['Flomax 0.4 mg nightly.', 'Flomax'],
  ['Grade 2/6 systolic murmur at the left upper sternal border.', '2/6'], ['Strength 5/5 in all extremities.', '5/5'],
  ['1+ dorsalis pedis pulses bilaterally.', '1+'], ['Normal saline 0.9% at 75 mL/h.', '0.9%'],
  ['Blood pressure 120/80, heart rate 72.', '120/80'], ['Ejection fraction 35% to 40%.', '35% to 40%'],
  ['Hemoglobin A1c 7.2%.', '7.2%'], ['A 2.3 x 1.8 cm hypodense lesion in segment 7.', '2.3 x 1.8 cm'],
  ['Pain 7/10, sharp, nonradiating.', '7/10'], ['ECOG performance status 1.', 'ECOG'],
  ['Visual acuity 20/40 OD.', '20/40'], ['Saturating 94% on 2 L nasal cannula.', '2 L'],
  ['Transferred to the MICU for pressor support.', 'MICU'], ['Admitted to 4 North under the hospitalist service.', '4 North'],
  ['Observed overnight in the PACU.', 'PACU'], ['HPI: Cough for two weeks.', 'HPI'],
  ['ASSESSMENT AND PLAN:\n1. Sepsis, likely urinary source.', 'ASSESSMENT AND PLAN'], ['ROS: Negative except as noted in the HPI.', 'ROS'],
  ['PAST SURGICAL HISTORY: Appendectomy.', 'PAST SURGICAL HISTORY'], ['CHIEF COMPLAINT: Chest pain.', 'CHIEF COMPLAINT'],
  ['DISPOSITION: Home with services.', 'DISPOSITION'], ['Will continue current regimen and reassess in two weeks.', 'Will'],
  ['Hope is that renal function recovers with hydration.', 'Hope'], ['May resume a regular diet as tolerated.', 'May'],
  ['Frank blood per rectum overnight.', 'Frank'], ['Long-standing hypertension, well controlled.', 'Long'],
  ['Little change in symptoms since the last visit.', 'Little'], ['Stone passed spontaneously; strain urine.', 'Stone'],
  ['Price of the inhaler is a barrier; social work consulted.', 'Price'], ['She moved from Ohio last year and is establishing care.', 'Ohio'],
  ['Recently traveled to Arizona; no sick contacts.', 'Arizona'], ['Discussed with the attending physician, who agrees.', 'attending physician'],
  ['Seen in the Emergency Department and admitted to Medicine.', 'Emergency Department'], ['Code status: Full code, confirmed with the patient.', 'Full code'],
  ['Follow up with primary care in 2 weeks.', 'primary care'], ['Discussed with the on-call resident overnight.', 'on-call resident'],
];

export const narrativeKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedNarrativeKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(narrativeKeepCases(), find);

export function scoreNarrativeWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => narrativeWaveCases(seed)), find);
}
