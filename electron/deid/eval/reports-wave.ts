// A blind wave of dictated procedure and diagnostic reports: operative notes (surgeon, assistant, anesthesiologist,
// scrub and circulating staff, 'DICTATED BY' and 'cc:' lines), procedure notes (colonoscopy, bronchoscopy, cath lab
// operators and fellows), radiology reports (accession numbers, comparisons, critical results called to a nurse at an
// extension, the reading radiologist's electronic signature), pathology reports (case numbers, specimens received
// labelled with the patient's name and MRN, outside consult cases from other hospitals and towns, frozen sections),
// echo, EKG, Holter and sleep study reports, endoscopy image file names, implant logs (lots, serials, UDIs) and
// transcription footers ('D: ... T: ... Job #', 'JD/kls'), in mixed case, ALL CAPS and lower case. Identifiers are
// written as reports write them: 'LAST, FIRST M', 'Dr. First Last, MD, FACS', 'Last, First (fellow)', initials;
// outside hospitals and their towns; dates in every dictation form ('03/04/2021', '3-4-21', '4 March 2021', 'Mar 4',
// 'on the 4th', '04MAR2021', '2021-03-04', ranges); ages over 89 ('92-year-old'); MRN, accession, case, job and account
// numbers; extensions and pagers; device serials, lots and UDIs. A list of look-alikes in the same style must not be
// touched. Written without reading the engine's rules or any gold data. `scoreReportsWave`.
// Decisions: in 'LAST, FIRST M' the surname and the given name are planted, the middle initial is not; dictator and
// transcriptionist initials ('JD/kls', 'Sonographer: KLM') are planted, as is a doctor's surname alone ('Dr. Price');
// a credential ('MD, FACS', 'RN', 'PA-C') is not; an outside hospital is planted whole ('Warren General Hospital',
// "St. Agnes's Medical Center") and so is its town, while the state is kept; a month with a year ('March 2019'), a
// month with a day ('Mar 4'), an ordinal day ('the 4th') and a day range written as one ('3/4-3/5/2021', 'March 4-5,
// 2021') are dates, planted as written; the time next to a date ('at 14:32') is kept; a UDI is planted whole, a lot
// and a serial are planted, a catalogue (REF) number and a device model are kept; a file name that carries the name,
// MRN or date has those planted; a phone's leading '(' need not be covered; an extension, a pager and a reader's
// provider number are planted; an OR log case number is planted, a room ('OR 7') is not. Kept (look-alikes): eponyms
// and anatomy (Foley, Mayo, Kelly, Bovie, Pfannenstiel, Hartmann, Whipple, Nissen, Roux-en-Y, Treitz, Vater,
// Hill-Sachs, Baker cyst), scales named for places or people (Glasgow, Los Angeles grade, Boston Bowel Prep, Paris
// and Prague classifications, Bruce, Simpson), grading and scoring systems (Gleason, BI-RADS, TI-RADS, Bethesda,
// Mallampati, ASA), measurements, sutures and doses, ratios and echo values, QRS durations and AHI over 89, image and
// series numbers, times, years alone, weekdays alone, ages of 89 and under, CPT and ICD codes, lab values, staging,
// specimen parts and blocks, device makers, models and catalogue numbers, states and countries, generic places (the
// OR, PACU, radiology, the cath lab).
// Measured before rules: 0.807 recall on seeds 5, 11, 23 (2091/2592), 0.814 on fresh seeds 41, 42, 43 (2110/2592); 6/75
// look-alikes touched ("Los Angeles grade B", "Simpson biplane", "Tuesday", a catalogue REF, "New Hampshire", "India").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, ie, ind, gh, de, fr, nl, pl];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'June', 'April', 'Rose', 'Iris', 'Ivy', 'Dawn', 'Rusty', 'Sandy', 'Frank', 'Will', 'Penny', 'Olive', 'Herb', 'Skip', 'Sonny', 'Wade', 'Gene', 'Chip', 'Holly', 'Amber', 'Jade', 'Sky', 'Melody', 'Victor', 'Earl', 'Sterling'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Young', 'Church', 'Little', 'Bell', 'Wood', 'Strong', 'Rich', 'Small', 'Short', 'Green', 'Brown', 'Black', 'Marsh', 'Field', 'Ford', 'Lamb', 'Hunt', 'Mason', 'Page', 'Cross', 'Rice', 'Snow', 'Frost', 'Knight', 'Bishop', 'Sharp', 'Moody', 'Chambers', 'Booker'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Derby', 'Salem', 'Liberty', 'Union', 'Florence', 'Chester', 'Marshall', 'Troy', 'Normal', 'Goshen', 'Plymouth', 'Hope', 'Bristol', 'Clinton', 'Auburn', 'Milford', 'Temple', 'Harmony', 'Unity', 'Freedom', 'Friendship', 'Gray', 'Acton', 'Belmont', 'Harvard', 'Sandwich', 'Orleans', 'Chatham', 'Brewster', 'Dennis', 'Bourne', 'Wells', 'Kent', 'Essex', 'Warren'];
const REAL_TOWNS = ['Worcester', 'Springfield', 'Nashua', 'Manchester', 'Burlington', 'Portland', 'Bangor', 'Pittsfield', 'Keene', 'Lewiston', 'Rutland', 'Hartford', 'Pawtucket', 'Fall River', 'New Bedford', 'Hyannis', 'Leominster', 'Fitchburg', 'Gardner', 'Biddeford', 'Concord', 'Waterville', 'Brattleboro', 'Woonsocket'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'New Hampshire', 'Maine'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital', 'Regional Hospital'];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Jude'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'niece', 'sister', 'brother', 'partner', 'grandson'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** Initials of two or three letters. */
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** An outside hospital's name. */
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  /** mm/dd/yyyy. */
  time(): string {
    return `${pad2(this.int(6, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms dictation uses. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(d)}${MON[m - 1]!.toUpperCase()}${y}` : `${m}/${d}/${y}`);
  }
  /** A date of birth (numeric), born between `lo` and `hi`. */
  dob(lo = 1925, hi = 1990): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 3);
    if (k === 0) return `RAD${yy}${this.digitString(6)}`;
    if (k === 1) return `A${this.digitString(8)}`;
    if (k === 2) return `${this.pick(['CT', 'MR', 'US', 'XR'])}-${yy}-${String(this.int(1, 99999)).padStart(6, '0')}`;
    return this.digitString(10);
  }
  /** A pathology case number ('S19-12345'). */
  pathCase(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 3);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `SP-${yy}-${String(this.int(1, 99999)).padStart(5, '0')}`;
    if (k === 2) return `${this.pick(['SC', 'CS', 'NG'])}${yy}-${this.digitString(4)}`;
    return `S${this.int(2012, 2025)}-${this.digitString(6)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  pager(): string {
    return this.r() < 0.6 ? this.digitString(5) : `${this.int(2, 9)}-${this.digitString(4)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(8, 11));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  /** A GS1 UDI with its device identifier, expiry, lot and serial. */
  udi(): string {
    const exp = `${pad2(this.int(24, 30))}${pad2(this.int(1, 12))}${pad2(this.int(1, 28))}`;
    return `(01)${String(this.int(0, 9))}${this.digitString(13)}(17)${exp}(10)${this.lot()}(21)${this.serial()}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, FACS`, [g, s]];
    if (k === 2) return [`${g} ${s}, M.D.`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // operative notes
  ['surgeon and assistant', (d) => { const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); return [`SURGEON: ${doc}\nASSISTANT: ${g} ${s}, PA-C\nANESTHESIA: General endotracheal.`, [...p, g, s]]; }],
  ['anesthesiologist LAST, FIRST M', (d) => { const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); return [`ANESTHESIOLOGIST: ${s}, ${g} ${d.mi()}, MD\nASA class: 3`, [s, g]]; }],
  ['scrub and circulator', (d) => { const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); return [`Scrub: ${g} ${s}, CST.  Circulator: ${g2} ${s2}, RN.  Counts correct x2.`, [g, s, g2, s2]]; }],
  ['date of operation header', (d) => { const dt = d.date(); return [`DATE OF OPERATION: ${dt}\nPREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.`, [dt]]; }],
  ['patient header LAST, FIRST with MRN and DOB', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob();
    return [`PATIENT: ${s}, ${g} ${d.mi()}\nMRN: ${mrn}\nDOB: ${dob}\nLOCATION: PACU`, [s, g, mrn, dob]];
  }],
  ['dictated by with cc lines', (d) => {
    const [doc, p] = d.doctor(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur(); const h = d.hospital();
    return [`DICTATED BY: ${doc}\ncc: Dr. ${s2}\ncc: ${g3} ${s3}, NP, ${h}`, [...p, s2, g3, s3, h]];
  }],
  ['transcription footer D: T: Job #', (d) => {
    const d1 = d.mdy(); const d2 = d.mdy(); const job = d.digitString(6); const a = d.initials(); const b = d.initials().toLowerCase();
    return [`D: ${d1} ${d.time()}\nT: ${d2} ${d.time()}\nJob #${job}\n${a}/${b}`, [d1, d2, job, a, b]];
  }],
  ['dictator slash transcriptionist initials', (d) => { const a = d.initials(); const b = d.initials().toLowerCase(); const s = d.sur(); return [`Thank you for allowing us to participate in the care of this patient.\n\n${a}/${b}\ncc: Dr. ${s}`, [a, b, s]]; }],
  ['implant log lot and serial', (d) => { const lot = d.lot(); const sn = d.serial(); return [`IMPLANTS: Persona tibial component, size 5, REF 42-5300-005-00, LOT ${lot}, SN ${sn}.`, [lot, sn]]; }],
  ['implant UDI', (d) => { const u = d.udi(); return [`Implant record: UDI ${u}, implanted right knee.`, [u]]; }],
  ['pacemaker generator and lead serials', (d) => { const a = d.serial(); const b = d.serial(); return [`Generator: Azure XT DR MRI W1DR01, serial ${a}. RA lead: CapSureFix 5076-52 cm, serial ${b}.`, [a, b]]; }],
  ['OR log case number', (d) => { const n = d.digitString(7); const s = d.sur(); return [`OR Case #${n}   Room: OR 7   Surgeon: ${s}   In room: 07:42`, [n, s]]; }],
  ['family updated in waiting area', (d) => { const g = d.given(); const s = d.sur(); return [`The patient's ${d.pick(RELATIVES)}, ${g} ${s}, was updated in the family waiting area after the procedure.`, [g, s]]; }],
  ['follow up with Dr in town office', (d) => { const s = d.sur(); const t = d.town(); return [`She will follow up with Dr. ${s} in the ${t} office in 2 weeks for a wound check.`, [s, t]]; }],
  // procedure notes
  ['endoscopist and fellow', (d) => { const [doc, p] = d.doctor(); const s = d.sur(); return [`ENDOSCOPIST: ${doc}\nFELLOW: Dr. ${s} (PGY-5)\nINDICATION: Screening colonoscopy.`, [...p, s]]; }],
  ['bronchoscopy performed by with RT', (d) => { const s = d.sur(); const g = d.given(); const s2 = d.sur(); return [`Bronchoscopy was performed by Dr. ${s} with ${g} ${s2}, RRT, assisting. BAL sent from the RML.`, [s, g, s2]]; }],
  ['cath lab operators Last, First', (d) => { const s = d.sur(); const g = d.given(); const s2 = d.sur(); const g2 = d.given(); return [`Operators: ${s}, ${g} (attending); ${s2}, ${g2} (fellow)`, [s, g, s2, g2]]; }],
  ['endoscopy image file with name and date', (d) => {
    const s = asciiLetters(d.sur()) || 'smith'; const g = asciiLetters(d.given()) || 'pat'; const [m, dd] = d.md(); const dt = `${d.year()}${pad2(m)}${pad2(dd)}`;
    return [`Photodocumentation: ${s}_${g}_${dt}_cecum.jpg`, [s, g, dt]];
  }],
  ['endoscopy image file with MRN', (d) => { const mrn = d.mrn(); const [m, dd] = d.md(); const dt = `${pad2(m)}${pad2(dd)}${pad2(d.int(12, 25))}`; return [`Images saved as EGD_${mrn}_${dt}_04.jpg (8 images).`, [mrn, dt]]; }],
  ['seen in clinic on the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`He was last seen in clinic on the ${o} and scheduled for repeat colonoscopy in 3 years.`, [o]]; }],
  ['prior colonoscopy Mon d at outside hospital', (d) => { const md = `${d.pick(MON)} ${d.int(1, 28)}`; const h = d.hospital(); return [`Prior colonoscopy ${md} at ${h} showed a 6 mm tubular adenoma.`, [md, h]]; }],
  ['referring physician with town', (d) => { const [doc, p] = d.doctor(); const t = d.town(); return [`REFERRING PHYSICIAN: ${doc} (${t}, ${d.pick(STATES)})`, [...p, t]]; }],
  ['time-out with MRN on wristband', (d) => { const mrn = d.mrn(); return [`Patient identified by name and MRN ${mrn} on wristband; time-out performed at 07:42.`, [mrn]]; }],
  ['age over 89 year-old', (d) => { const n = d.ageOver89(); return [`The patient is a ${n}-year-old ${d.pick(['woman', 'man', 'female', 'gentleman'])} referred for evaluation of dysphagia.`, [n]]; }],
  // radiology
  ['accession and exam date', (d) => { const a = d.accession(); const dt = d.date(); return [`ACCESSION #: ${a}\nEXAM DATE: ${dt} ${d.time()}\nEXAM: CT chest with contrast`, [a, dt]]; }],
  ['comparison prior CT date', (d) => { const dt = d.mdy(); return [`COMPARISON: CT chest ${dt}.\nTECHNIQUE: Axial images were obtained.`, [dt]]; }],
  ['comparison outside study month year', (d) => { const h = d.hospital(); const my = `${d.pick(MONTHS)} ${d.year()}`; return [`COMPARISON: Outside MRI from ${h} dated ${my}.`, [h, my]]; }],
  ['discussed with Dr at time on m/d', (d) => { const s = d.sur(); const [m, dd] = d.md(); return [`These findings were discussed with Dr. ${s} at 14:32 on ${m}/${dd}.`, [s, `${m}/${dd}`]]; }],
  ['results called to RN at ext', (d) => { const g = d.given(); const e = d.ext(); const [doc, p] = d.doctor(); return [`Critical result called to RN ${g} at ext ${e} by ${doc} at 16:05 hours.`, [g, e, ...p]]; }],
  ['radiologist electronic signature', (d) => { const [doc, p] = d.doctor(); const dt = d.mdy(); return [`Electronically signed by: ${doc} on ${dt} at ${d.int(1, 12)}:${pad2(d.int(0, 59))} ${d.pick(['AM', 'PM'])}`, [...p, dt]]; }],
  ['resident and attending attestation', (d) => { const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); return [`I have personally reviewed the images and agree with the findings of Dr. ${s} (resident).\nAttending radiologist: ${g2} ${s2}, MD`, [s, g2, s2]]; }],
  ['page reading room pager or ext', (d) => { const p = d.pager(); const s = d.sur(); const e = d.ext(); return [`For questions please page the reading room at ${p} or call Dr. ${s} at x${e}.`, [p, s, e]]; }],
  ['prior mammograms dated list', (d) => { const a = d.date(); const b = d.date(); const c = d.date(); return [`Compared with prior mammograms dated ${a}, ${b} and ${c}. BI-RADS 2.`, [a, b, c]]; }],
  ['outside images on CD', (d) => { const h = d.hospital(); const t = d.town(); const a = d.accession(); return [`Outside images on CD from ${h} (${t}) were uploaded to PACS under accession ${a}.`, [h, t, a]]; }],
  ['ultrasound exam d Month yyyy', (d) => { const [m, dd] = d.md(); const dt = `${dd} ${MONTHS[m - 1]!} ${d.year()}`; return [`EXAMINATION: US abdomen complete, ${dt}\nCLINICAL INDICATION: RUQ pain.`, [dt]]; }],
  ['sonographer initials', (d) => { const i = d.initials(); return [`Sonographer: ${i}   Images: 42   Quality: good`, [i]]; }],
  // pathology
  ['surgical pathology case number', (d) => { const c = d.pathCase(); const dt = d.mdy(); return [`SURGICAL PATHOLOGY REPORT\nCase: ${c}\nCollected: ${dt}`, [c, dt]]; }],
  ['received in formalin labeled with name and MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn();
    return [`Received in formalin labeled with the patient's name '${s}, ${g}' and MRN ${mrn} is a gallbladder measuring 8.2 x 3.1 x 2.5 cm.`, [s, g, mrn]];
  }],
  ['outside consult case from hospital and town', (d) => {
    const c = d.pathCase(); const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`CONSULTATION: Slides and blocks (${c}) received from ${h}, ${t}, ${d.pick(STATES)}, on ${dt}.`, [c, h, t, dt]];
  }],
  ['pathologist signature and signed date', (d) => { const g = d.given(); const s = d.sur(); const dt = d.mdy(); return [`${g} ${s}, MD, Pathologist\n**Electronically signed ${dt} ${d.time()}**`, [g, s, dt]]; }],
  ['gross dictated by PA with initials', (d) => { const g = d.given(); const s = d.sur(); const i = d.initials(); const dt = d.date(); return [`Gross description dictated by ${g} ${s}, PA(ASCP) (${i}), ${dt}. Cassettes A1-A4.`, [g, s, i, dt]]; }],
  ['frozen section called to OR', (d) => { const s = d.sur(); const s2 = d.sur(); return [`Frozen section diagnosis called to Dr. ${s} in OR 7 at 10:42 by Dr. ${s2}.`, [s, s2]]; }],
  ['collected received short dashes', (d) => { const [m, dd] = d.md(); const [m2, d2] = d.md(); const yy = pad2(d.int(12, 25)); const a = `${m}-${dd}-${yy}`; const b = `${m2}-${d2}-${yy}`; return [`Collected: ${a}   Received: ${b}   Part A: colon, sigmoid`, [a, b]]; }],
  // echo, EKG, Holter, sleep
  ['echo sonographer and reader', (d) => { const g = d.given(); const s = d.sur(); const [doc, p] = d.doctor(); return [`Sonographer: ${g} ${s}, RDCS\nInterpreting physician: ${doc}\nLVEF 55-60%.`, [g, s, ...p]]; }],
  ['echo header with age over 89 and account', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const n = d.ageOver89(); const dob = d.dob(2024 - Number(n), 2025 - Number(n)); const acct = d.digitString(d.int(8, 10));
    return [`Name: ${s}, ${g}   DOB: ${dob}   Age: ${n}   Acct #: ${acct}\nHeight: 160 cm   Weight: 52 kg`, [s, g, dob, n, acct]];
  }],
  ['EKG confirmed by with provider number', (d) => {
    const md = `${d.pick(MON)} ${d.int(1, 28)}, ${d.year()}`; const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const id = d.digitString(3); const dt = d.mdy();
    return [`Compared with ECG of ${md}, no significant change.\nConfirmed by ${s}, ${g} (${id}) on ${dt} ${d.time()}`, [md, s, g, id, dt]];
  }],
  ['Holter recording period', (d) => {
    const [m, dd] = d.md(); const y = d.year(); const a = `${m}/${dd}/${y}`; const b = `${m}/${dd + 1}/${y}`;
    return [`RECORDING PERIOD: ${a} 09:12 to ${b} 09:05 (23 h 53 min).`, [a, b]];
  }],
  ['sleep study night range and scorer', (d) => {
    const [m, dd] = d.md(); const y = d.year(); const r = d.r() < 0.5 ? `${m}/${dd}-${m}/${dd + 1}/${y}` : `${MONTHS[m - 1]!} ${dd}-${dd + 1}, ${y}`; const g = d.given(); const s = d.sur();
    return [`POLYSOMNOGRAPHY\nStudy date: night of ${r}\nScored by: ${g} ${s}, RPSGT`, [r, g, s]];
  }],
  ['age over 89 indication', (d) => { const n = d.ageOver89(); return [`INDICATION: ${n} ${d.pick(['y/o', 'yo', 'year old', 'yr old'])} ${d.pick(['F', 'M'])} with syncope.`, [n]]; }],
  // letters, transfers and addenda
  ['consult letter salutation', (d) => { const s = d.sur(); const t = d.pick(['Mr.', 'Mrs.', 'Ms.']); const s2 = d.sur(); return [`Dear Dr. ${s},\nThank you for referring ${t} ${s2} for cardiac catheterization.`, [s, s2]]; }],
  ['transferred from outside hospital in town', (d) => {
    const h = d.hospital(); const t = d.town(); const dm = `${d.int(1, 28)} ${d.pick(MONTHS)}`;
    return [`The patient was transferred from ${h} in ${t} on ${dm} for definitive management.`, [h, t, dm]];
  }],
  ['addendum with date and daughter by phone', (d) => { const dt = d.date(); const g = d.given(); const [ph, p] = d.phone(); return [`ADDENDUM ${dt}: Final pathology discussed with the patient's daughter ${g} by phone at ${ph}.`, [dt, g, p]]; }],
  ['dictated on the ordinal of Month', (d) => {
    const a = `${ordinal(d.int(1, 28))} of ${d.pick(MONTHS)}`; const b = `${d.pick(MON)} ${d.int(1, 28)}`;
    return [`This report was dictated on the ${a} but not transcribed until ${b} due to a system outage.`, [a, b]];
  }],
  ['date of service short', (d) => { const [m, dd] = d.md(); const dt = `${m}-${dd}-${pad2(d.int(12, 25))}`; return [`DOS: ${dt}   Procedure: EGD with biopsy`, [dt]]; }],
  ['scheduling phone and fax', (d) => { const [a, pa] = d.phone(); const [b, pb] = d.phone(); return [`To reschedule, call the endoscopy unit at ${a} or fax orders to ${b}.`, [pa, pb]]; }],
];

/** The names of the wave's frames. */
export const reportsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function reportsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 97, rounds);
}

/** Look-alikes in dictated report style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, instruments and anatomy
  ['A Foley catheter was placed to gravity.', 'Foley'], ['Dissection was carried out with Mayo scissors.', 'Mayo'], ['A Kelly clamp was placed across the cystic duct.', 'Kelly'],
  ['Hemostasis was achieved with the Bovie.', 'Bovie'], ['A Pfannenstiel incision was made.', 'Pfannenstiel'], ['The Hartmann pouch was retracted laterally.', 'Hartmann'],
  ['s/p Whipple procedure', 'Whipple'], ['Laparoscopic Nissen fundoplication', 'Nissen'], ['Roux-en-Y gastric bypass', 'Roux-en-Y'], ['The ligament of Treitz was identified.', 'Treitz'],
  ['The ampulla of Vater appeared normal.', 'Vater'], ['A Jackson-Pratt drain was left in place.', 'Jackson-Pratt'], ['Placed in steep Trendelenburg position.', 'Trendelenburg'],
  ['Hill-Sachs lesion of the humeral head', 'Hill-Sachs'], ['A 2 cm Baker cyst is present.', 'Baker'], ['Wood lamp examination was negative.', 'Wood'], ['Bell clapper deformity is not seen.', 'Bell'],
  ['Long axis view of the left ventricle', 'Long axis'], ['White matter changes are mild.', 'White matter'], ['A Cook catheter was advanced.', 'Cook'],
  // scales, grades and classifications
  ['Glasgow Coma Scale 15', 'Glasgow'], ['Gleason score 3+4=7 (Grade Group 2)', '3+4=7'], ['BI-RADS 4: suspicious abnormality', 'BI-RADS 4'], ['TI-RADS 3, mildly suspicious', 'TI-RADS 3'],
  ['Bethesda III (AUS/FLUS)', 'Bethesda III'], ['Mallampati class II', 'Mallampati'], ['ASA 3', 'ASA 3'], ['Los Angeles grade B esophagitis', 'Los Angeles grade B'],
  ['Boston Bowel Prep Scale 8 (3-3-2)', 'Boston Bowel Prep Scale'], ['Paris classification 0-Is', 'Paris classification'], ['Prague C2M4 Barrett segment', 'Prague C2M4'],
  ['Bruce protocol, stage 3', 'Bruce protocol'], ['LVEF by Simpson biplane 55%', 'Simpson biplane'], ['Mobitz I second-degree AV block', 'Mobitz I'], ['Child-Pugh class B', 'Child-Pugh'],
  // measurements, sutures, doses, ratios
  ['mass measuring 3.2 x 1.5 cm', '3.2 x 1.5 cm'], ['The fascia was closed with 5-0 Prolene.', '5-0 Prolene'], ['closed with 2/0 Vicryl', '2/0 Vicryl'],
  ['20 mL of 1% lidocaine', '20 mL of 1% lidocaine'], ['1% lidocaine with 1:100,000 epinephrine', '1:100,000'], ['EBL 50 mL', 'EBL 50 mL'], ['LVEF 55%', 'LVEF 55%'], ['E/A 0.8', 'E/A 0.8'],
  ['PR 164 ms, QRS 92 ms, QTc 441 ms', 'QRS 92 ms'], ['AHI 94.2 events/hour', 'AHI 94.2'], ['SpO2 nadir 81%', '81%'], ['DLP 412 mGy-cm', '412 mGy-cm'],
  // images, times, years, weekdays, ages
  ['See image 45 of series 3.', 'image 45 of series 3'], ['Discussed at 14:32.', '14:32'], ['Stable since 2019.', '2019'], ['The procedure was performed on Tuesday.', 'Tuesday'],
  ['The patient is an 89-year-old woman.', '89'], ['A 76-year-old man with melena.', '76'],
  // codes, labs, staging, specimen labels
  ['CPT 45385', '45385'], ['ICD-10 K63.5', 'K63.5'], ['Z12.11 screening', 'Z12.11'], ['Hemoglobin 11.2 g/dL', '11.2 g/dL'], ['pT3a pN1b', 'pT3a pN1b'], ['Clinical stage T2N0M0', 'T2N0M0'],
  ['Part A: gallbladder, cholecystectomy', 'Part A'], ['Block A1 submitted for levels', 'Block A1'], ['Slide 3 of 5', 'Slide 3 of 5'],
  // device makers, models, catalogue numbers
  ['Olympus CF-HQ190L colonoscope', 'CF-HQ190L'], ['Generator model Azure XT DR MRI', 'Azure XT DR MRI'], ['REF 42-5300-005-00', '42-5300-005-00'], ['Medtronic lead 5076-52 cm', 'Medtronic'],
  ['Siemens SOMATOM 64-slice scanner', 'SOMATOM'], ['Omnipaque 350, 100 mL IV', 'Omnipaque 350'],
  // generic places, states, countries
  ['Transferred to PACU in stable condition.', 'PACU'], ['The patient was brought to the OR.', 'the OR'], ['Films reviewed in radiology.', 'radiology'], ['Taken to the cath lab emergently.', 'the cath lab'],
  ['Admitted to the ICU overnight.', 'the ICU'], ['Patient recently moved from New Hampshire.', 'New Hampshire'], ['Returned from India 2 weeks ago.', 'India'],
];

export const reportsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedReportsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(reportsKeepCases(), find);

export function scoreReportsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => reportsWaveCases(seed)), find);
}
