// A blind wave of end-of-life, death and forensic documentation: death pronouncement notes (who was called, who
// pronounced, time and date of death, family notified by name and telephone, post-mortem care and morgue tags), death
// summaries, death certificates and their worksheets (the decedent's legal name, SSN, date and place of birth,
// residence, parents, spouse, informant, place of death, method and place of disposition, funeral facility and
// licensee, certifier and licence numbers, state file and burial-transit permit numbers), medical examiner and coroner
// referrals (case numbers, investigators, holds on the body, removal services), autopsy reports (autopsy numbers,
// prosectors, identification by a relative, tattoos that carry a name or a date, personal effects, implanted device
// serials, persons present), organ procurement organization referrals (referral numbers, coordinators, UNOS donor
// ids, registry dates, authorizations), bereavement letters and calls, police and scene reports in the clinical record
// (officers, badges, incident numbers, plates, addresses, intersections) and chaplain notes (chaplains, clergy,
// parishes and congregations), in mixed case, ALL CAPS and lower case. Identifiers are written as these documents
// write them: 'LAST, FIRST', 'Dr. First Last, DO', numbered certificate items ('14a. INFORMANT'S NAME:'), funeral
// homes, cemeteries, counties and towns, dates in every form ('03/04/2021', '3-4-21', '4 March 2021', 'Mar 4', 'the
// 4th', weekdays, '07.14.98' inked in a tattoo), ages over 89, SSN, MRN, ME, autopsy, certificate, permit, licence,
// referral, incident and badge numbers, plates, driver's licences, phones and e-mails. A list of look-alikes in the
// same style must not be touched. Written without reading the engine's rules or any gold data. `scoreDecedentWave`.
// Decisions: a credential ('MD', 'DO', 'RN', 'D-ABMDI', 'MLDI') and a middle initial are not planted, a middle name
// written out (the certificate's 'First, Middle, Last') is; a doctor's, chaplain's or rabbi's surname alone ('Dr.
// Price', 'Father Church') is planted; a funeral home, a cemetery, a hospital, a parish or congregation, a senior
// center and a removal service are planted whole with their kind word ('Hope & Sons Funeral Home', 'Riverside
// Cemetery', "St. Jude's Parish"); a county is planted as its name, the word 'County' is not; a town is planted, as
// is a police department's town ('the Salem Police Department' plants 'Salem'); the state is kept; a street address
// is planted whole with its number, an apartment number and an intersection ('Main St and Elm St') are planted; ZIP
// and ZIP+4 are planted; the time of death next to a date ('at 03:17') is kept, the date is planted, and a weekday
// ('Tuesday') is planted as a date element; an age over 89 is planted, an age of 89 or under is kept; a year alone
// (an engraving's '1962', a memorial tattoo's '1941-2019') is kept; a name or a date inked in a tattoo or engraved on
// a ring is planted, the tattoo's motif is not; an OPO's, a reference laboratory's and an eye bank's name are kept (they
// serve regions, not places), while their referral, work-order and tissue numbers are planted; a driver's licence, a
// plate, a badge, a morgue tag, a funeral licensee's and a certifier's licence, an ME, coroner, autopsy, state file,
// permit and police incident number are planted whole; a morgue cooler and tray, a form's item number and an OR room
// are kept. Kept (look-alikes): causes and manners of death, autopsy anatomy and organ weights, postmortem changes,
// eponyms (Cheyne-Stokes, Kussmaul, Biot, Tardieu, Virchow, Rokitansky, Letulle, Ghon, Duret, Kernohan, Mallory-Weiss,
// Wischnewski, Battle, Beck, Kübler-Ross, Liverpool Care Pathway, Brompton), scales and scores (GCS, PPS, Karnofsky,
// FAST, RASS, Braden), drugs and doses, toxicology and vitreous values, ICD-10 and CPT codes, times alone, ages of 89
// and under, years alone, states, relations without names ('the family', 'the decedent', 'her husband'), religions and
// scripture references ('Psalm 23', 'John 14:2'), everyday words that are names (hope, grace, faith, will, rose, mercy)
// and generic places (the residence, the scene, the ED, the morgue, the OCME, the funeral home, the chapel).
// Measured before rules (engine at 68bd224): 0.881 recall on seeds 5, 11, 23 (3915/4446), 0.881 on fresh seeds 41, 42, 43 (3919/4446); 5/98
// look-alikes touched ("Kübler-Ross", "Circle of Willis", "the OCME", "John 14:2", "Roman Catholic").
import { faker as cz } from '@faker-js/faker/locale/cs_CZ';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ie, it, pl, ng, za, cz];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Mercy', 'Joy', 'Patience', 'Charity', 'Constance', 'May', 'June', 'Rose', 'Lily', 'Violet', 'Pearl', 'Ruby', 'Opal', 'Dawn', 'Autumn', 'Summer', 'Bud', 'Buck', 'Dusty', 'Rocky', 'Guy', 'Royal', 'Major', 'Earnest', 'Virgil', 'Lavern', 'Sunny', 'Christian', 'Ray'];
const WORD_SUR = ['Church', 'Chapel', 'Graves', 'Stone', 'Price', 'Hope', 'Hall', 'Park', 'Lane', 'Street', 'Moss', 'Fields', 'Rivers', 'Banks', 'Bury', 'Coffin', 'Pope', 'Deacon', 'Parsons', 'Pastor', 'Sexton', 'Bishop', 'Mann', 'Goodman', 'Love', 'Dean', 'Carpenter', 'Weaver', 'Cook', 'Baker', 'Gay', 'Savage', 'Sterling', 'Noble'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Concord', 'Harmony', 'Providence', 'Eden', 'Paradise', 'Hope', 'Jasper', 'Marion', 'Florence', 'Lincoln', 'Warren', 'Franklin', 'Clinton', 'Dover', 'Milton', 'Jackson', 'Canton', 'Athens', 'Sparta', 'Rome', 'Lebanon', 'Friendship', 'Mystic', 'Plain', 'Cairo', 'Center', 'Bristol', 'Chester'];
const REAL_TOWNS = ['Millinocket', 'Brattleboro', 'Greenfield', 'Gloucester', 'Attleboro', 'Taunton', 'Northampton', 'Amherst', 'Keene', 'Claremont', 'Laconia', 'Presque Isle', 'Skowhegan', 'Augusta', 'Burlington', 'St. Johnsbury', 'Westerly', 'Woonsocket', 'Torrington', 'Willimantic', 'Bennington', 'Caribou', 'Rumford', 'Fall River'];
const COUNTIES = ['Worcester', 'Hampden', 'Berkshire', 'Franklin', 'Essex', 'Penobscot', 'Aroostook', 'Cheshire', 'Grafton', 'Windham', 'Kent', 'Washington', 'Hancock', 'Somerset', 'Plymouth', 'Bristol', 'Barnstable', 'Hampshire', 'Oxford', 'Coos', 'Orange', 'Marion', 'Madison', 'Clay', 'Polk'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'Massachusetts', 'New Hampshire', 'Maine', 'Vermont'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Jude', 'Patrick', 'Michael', 'Bernard', 'Catherine', 'Rose of Lima'];
const STREET_NAMES = ['Church', 'Elm', 'Maple', 'Main', 'Pleasant', 'Prospect', 'Spring', 'Water', 'Mill', 'School', 'Chestnut', 'Union', 'Cemetery', 'Pine', 'High', 'Summer', 'Winter', 'Hope', 'Liberty', 'Park', 'Orchard', 'Meadow', 'Birch', 'Walnut', 'Depot', 'Pond'];
const STREET_KIND = ['Street', 'St.', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Drive', 'Dr.', 'Court', 'Way', 'Hill Road'];
const CEMETERY_NAMES = ['Riverside', 'Oak Grove', 'Evergreen', 'Pine Grove', 'Mount Hope', 'Holy Cross', 'Calvary', 'Forest Hills', 'Maple Grove', 'Hillside', 'Woodlawn', 'Greenwood', 'Union', 'Old North', 'Resurrection', 'Fairview'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'niece', 'nephew', 'sister', 'brother', 'partner', 'granddaughter', 'grandson', 'mother', 'father', 'daughter-in-law', 'fiancée'];
const OPOS = ['New England Donor Services', 'Gift of Life Donor Program', 'LifeCenter Northwest', 'Donor Network West', 'LiveOnNY', 'Lifeline of Ohio', 'the OPO', 'Donor Alliance'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  state(): string {
    return this.pick(STATES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return this.r() < 0.8 ? this.pick(COUNTIES) : us.location.county().replace(/\s+County$/, '');
  }
  zip(): string {
    const z = String(this.int(1001, 99950)).padStart(5, '0');
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  street(): string {
    const name = this.r() < 0.65 ? this.pick(STREET_NAMES) : this.capitalizedSurname();
    return `${this.int(2, 2400)} ${name} ${this.pick(STREET_KIND)}`;
  }
  apt(): string {
    return this.pick([String(this.int(1, 40)), `${this.int(1, 6)}${this.pick(['A', 'B', 'C', 'R', 'L'])}`, `${this.int(1, 4)}0${this.int(1, 9)}`]);
  }
  intersection(): string {
    const a = this.pick(STREET_NAMES);
    let b = this.pick(STREET_NAMES);
    if (b === a) b = this.capitalizedSurname();
    return this.pick([`${a} St and ${b} Ave`, `${a} Street and ${b} Road`, `Route ${this.int(1, 202)} and ${b} St`, `${a} St at ${b} Ln`]);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  funeralHome(): string {
    const s = this.capitalizedSurnameOf(WORD_SUR);
    const k = this.int(0, 6);
    if (k === 0) return `${s} Funeral Home`;
    if (k === 1) return `${s} & Sons Funeral Home`;
    if (k === 2) return `${s}-${this.capitalizedSurname()} Funeral Chapel`;
    if (k === 3) return `${this.town()} Funeral Home`;
    if (k === 4) return `${s} Mortuary`;
    if (k === 5) return `${s} Family Funeral Service`;
    return `${s} Cremation Services`;
  }
  cemetery(): string {
    const k = this.int(0, 4);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Cemetery`;
    if (k === 1) return `${this.town()} Rural Cemetery`;
    if (k === 2) return `${this.capitalizedSurname()} Memorial Park`;
    return `${this.pick(CEMETERY_NAMES)} Cemetery`;
  }
  /** A Christian parish or church. */
  parish(): string {
    return this.pick([`St. ${this.pick(SAINTS)}'s Parish`, `St. ${this.pick(SAINTS)} Church`, `First Baptist Church of ${this.town()}`, `${this.town()} Congregational Church`, `Grace Lutheran Church`, `Our Lady of ${this.pick(['Mercy', 'Sorrows', 'Lourdes', 'Grace', 'the Lake'])} Parish`]);
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  /** A full date in one of the forms these documents use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${d}${MON[m - 1]!.toUpperCase()}${y}` : `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}`);
  }
  /** A month and day without the year ('Mar 4', '3/4', 'March 4th'). */
  monthDay(): string {
    const [m, d] = this.md();
    return this.pick([`${MON[m - 1]!} ${d}`, `${m}/${d}`, `${MONTHS[m - 1]!} ${ordinal(d)}`, `${MONTHS[m - 1]!} ${d}`]);
  }
  dob(lo = 1922, hi = 1985): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}` : `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A medical examiner's or coroner's case number. */
  meCase(): string {
    const y = this.year();
    const yy = pad2(y % 100);
    const k = this.int(0, 4);
    if (k === 0) return `ME${yy}-${this.digitString(4)}`;
    if (k === 1) return `${y}-${String(this.int(1, 9999)).padStart(5, '0')}`;
    if (k === 2) return `OCME-${y}-${this.digitString(4)}`;
    if (k === 3) return `C${yy}-${this.digitString(3)}`;
    return `${yy}-${this.digitString(5)}`;
  }
  autopsyNo(): string {
    const yy = pad2(this.int(12, 25));
    return this.pick([`A${yy}-${this.digitString(3)}`, `AU-20${yy}-${String(this.int(1, 999)).padStart(4, '0')}`, `PM${yy}-${this.digitString(3)}`, `ML${yy}-${this.digitString(4)}`]);
  }
  stateFile(): string {
    const y = this.year();
    return this.pick([`${y}${this.digitString(6)}`, `${this.int(100, 199)}-${pad2(y % 100)}-${this.digitString(6)}`, `${y}-${this.digitString(5)}`]);
  }
  /** A licence number (funeral licensee, physician). */
  licence(): string {
    return this.pick([this.digitString(this.int(4, 6)), `FD${this.digitString(4)}`, `MD${this.digitString(6)}`, `${this.letters(1)}${this.digitString(5)}`, `0${this.int(1, 9)}${this.digitString(6)}`]);
  }
  referral(): string {
    const yy = pad2(this.int(12, 25));
    return this.pick([this.digitString(this.int(6, 8)), `${yy}-${this.digitString(6)}`, `R${this.digitString(7)}`, `${this.letters(4)}-20${yy}-${this.digitString(5)}`]);
  }
  unosId(): string {
    return `${this.letters(4)}${this.digitString(3)}`;
  }
  incident(): string {
    const y = this.year();
    return this.pick([`${y}-${this.digitString(6)}`, `${pad2(y % 100)}-${this.digitString(5)}-OF`, `INC${pad2(y % 100)}${this.digitString(5)}`, `${pad2(y % 100)}${this.digitString(6)}`]);
  }
  badge(): string {
    return this.digitString(this.int(3, 4));
  }
  plate(): string {
    return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digitString(2)}`, `${this.letters(3)} ${this.digitString(4)}`, `${this.digitString(3)}-${this.letters(3)}`, `${this.digitString(1)}${this.letters(2)}${this.digitString(3)}`]);
  }
  driversLicence(): string {
    return this.pick([`S${this.digitString(8)}`, this.digitString(9), `${this.letters(1)}${this.digitString(7)}`, `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`]);
  }
  tag(): string {
    return this.pick([this.digitString(5), `T-${this.digitString(4)}`, `${this.letters(2)}${this.digitString(4)}`]);
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A funeral home's office e-mail. */
  officeEmail(office: string): string {
    const slug = asciiLetters(office) || 'office';
    return this.pick([`arrangements@${slug}.com`, `info@${slug}.net`, `office${this.int(1, 9)}@${slug}.com`]);
  }
  /** A detective unit's e-mail. */
  policeEmail(): string {
    return `${this.pick(['det', 'cid', 'records'])}${this.digitString(4)}@${this.pick(['statepolice.org', 'policedept.org', 'cityhall.net', 'police.gov'])}`;
  }
  serial(): string {
    return this.pick([`${this.letters(3)}${this.digitString(6)}${this.letters(1)}`, this.digitString(this.int(8, 10)), `${this.letters(2)}${this.digitString(7)}`]);
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, DO`, [g, s]];
    if (k === 2) return [`${g} ${s}, M.D.`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // death pronouncement notes and death summaries
  ['pronouncement called by RN with date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Called to bedside by RN ${g} ${s} to pronounce. No spontaneous respirations, no heart sounds auscultated for one full minute, pupils fixed and dilated, no response to noxious stimuli. Time of death ${d.time()} on ${dt}.`, [g, s, dt]];
  }],
  ['pronounced by and family notified by phone', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur();
    return [`Pronounced by: ${doc}\nFamily notified: ${d.rel()} ${g} ${s} by telephone at ${d.time()}; will come in to view.`, [...p, g, s]];
  }],
  ['TOD header LAST, FIRST pronouncer', (d) => {
    const dt = d.mdy(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`DATE OF DEATH: ${dt}\nTIME OF DEATH: ${d.time()}\nPRONOUNCED BY: ${s}, ${g} ${d.mi()}, DO\nME NOTIFIED: Yes - case declined`, [dt, s, g]];
  }],
  ['family at bedside named', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Daughter ${g} and son-in-law ${g2} ${s2} present at bedside at the time of death; emotional support provided, they requested time alone with the body.`, [g, g2, s2]];
  }],
  ['comfort measures weekday and husband at bedside', (d) => {
    const w = d.weekday(); const g = d.given();
    return [`Transitioned to comfort measures only on ${w} per family meeting. Expired peacefully at ${d.time()} this morning with her husband ${g} at the bedside.`, [w, g]];
  }],
  ['post-mortem care and morgue tag', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const mrn = d.mrn(); const tag = d.tag();
    return [`Post-mortem care provided by ${g} ${s}, RN and ${g2}, CNA. Body tagged x2 with name, MRN ${mrn} and morgue tag #${tag}; transported to morgue at ${d.time()}, cooler 2, tray 3.`, [g, s, g2, mrn, tag]];
  }],
  ['attending notified by pager', (d) => {
    const s = d.sur(); const p = d.pager();
    return [`Attending Dr. ${s} notified of death via pager ${p}; will complete death certificate in the morning.`, [s, p]];
  }],
  ['death summary admission and expiration dates', (d) => {
    const a = d.date(); const b = d.date(); const [doc, p] = d.doctor();
    return [`DEATH SUMMARY\nDate of admission: ${a}\nDate of expiration: ${b}\nAttending physician: ${doc}\nCause of death: Septic shock due to aspiration pneumonia.`, [a, b, ...p]];
  }],
  ['age over 89 expired', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['female', 'male', 'woman', 'man'])} with end-stage heart failure, DNR/DNI, on hospice, expired at ${d.time()}. Family at bedside.`, [n]];
  }],
  ['next of kin with phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Next of kin: ${g} ${s} (${d.rel()}), ${ph}. Notified of death at ${d.time()}; states she will call the funeral home herself.`, [g, s, p]];
  }],
  ['hospice RN pronounced at home address', (d) => {
    const st = d.street(); const t = d.town(); const dt = d.date();
    return [`Hospice RN made a death visit and pronounced death at the patient's home, ${st}, ${t}, at ${d.time()} on ${dt}. Medications wasted with family witness.`, [st, t, dt]];
  }],
  ['died on the ordinal overnight', (d) => {
    const o = ordinal(d.int(1, 31)); const s = d.sur();
    return [`Per nursing, the patient died overnight on the ${o}; covering resident Dr. ${s} pronounced and notified the family.`, [o, s]];
  }],
  // death certificates and worksheets
  ['certificate state file number', (d) => {
    const f = d.stateFile(); const l = d.licence();
    return [`U.S. STANDARD CERTIFICATE OF DEATH\nLOCAL FILE NO. ${l}          STATE FILE NO. ${f}`, [l, f]];
  }],
  ['decedent legal name first middle last', (d) => {
    const g = d.given().toUpperCase(); const m = d.given().toUpperCase(); const s = d.sur().toUpperCase();
    return [`1. DECEDENT'S LEGAL NAME (Include AKA's if any) (First, Middle, Last)\n${g} ${m} ${s}\n2. SEX: F`, [g, m, s]];
  }],
  ['SSN age over 89 DOB birthplace', (d) => {
    const ssn = d.ssn(); const n = d.ageOver89(); const dob = d.dob(2023 - Number(n), 2024 - Number(n)); const t = d.town();
    return [`3. SOCIAL SECURITY NUMBER: ${ssn}\n4a. AGE-Last Birthday (Years): ${n}\n5. DATE OF BIRTH (Mo/Day/Yr): ${dob}\n6. BIRTHPLACE (City and State or Foreign Country): ${t}, ${d.state()}`, [ssn, n, dob, t]];
  }],
  ['residence block county town street apt zip', (d) => {
    const c = d.county(); const t = d.town(); const st = d.street(); const a = d.apt(); const z = d.zip();
    return [`7a. RESIDENCE-STATE: ${d.state()}   7b. COUNTY: ${c}   7c. CITY OR TOWN: ${t}\n7d. STREET AND NUMBER: ${st}   7e. APT. NO.: ${a}   7f. ZIP CODE: ${z}   7g. INSIDE CITY LIMITS? Yes`, [c, t, st, a, z]];
  }],
  ['father and mother names', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`12. FATHER'S NAME (First, Middle, Last): ${g} ${d.mi()} ${s}\n13. MOTHER'S NAME PRIOR TO FIRST MARRIAGE (First, Middle, Last): ${g2} ${s2}`, [g, s, g2, s2]];
  }],
  ['surviving spouse', (d) => {
    const g = d.given(); const s = d.sur();
    return [`9. MARITAL STATUS AT TIME OF DEATH: Married\n10. SURVIVING SPOUSE'S NAME (If wife, give name prior to first marriage): ${g} ${s}`, [g, s]];
  }],
  ['informant and mailing address', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`14. INFORMANT'S NAME: ${g} ${s}   RELATIONSHIP TO DECEDENT: ${d.rel()}\n   MAILING ADDRESS (Street and Number, City, State, Zip Code): ${st}, ${t}, ${d.state()} ${z}`, [g, s, st, t, z]];
  }],
  ['place and method of disposition', (d) => {
    const c = d.cemetery(); const t = d.town();
    return [`15. METHOD OF DISPOSITION: [X] Burial [ ] Cremation [ ] Donation\n16. PLACE OF DISPOSITION (Name of cemetery, crematory, other place): ${c}\n17. LOCATION-City, Town, and State: ${t}, ${d.state()}`, [c, t]];
  }],
  ['funeral facility and licensee', (d) => {
    const g = d.given(); const s = d.sur(); const fh = d.funeralHome(); const st = d.street(); const t = d.town(); const z = d.zip(); const l = d.licence();
    return [`18. NAME AND COMPLETE ADDRESS OF FUNERAL FACILITY: ${fh}, ${st}, ${t}, ${d.state()} ${z}\n19. SIGNATURE OF FUNERAL SERVICE LICENSEE OR OTHER AGENT: ${g} ${s}\n   LICENSE NUMBER (Of Licensee): ${l}`, [fh, st, t, z, g, s, l]];
  }],
  ['place of death facility', (d) => {
    const h = d.hospital(); const t = d.town(); const z = d.zip();
    return [`20. PLACE OF DEATH: IF DEATH OCCURRED IN A HOSPITAL: [X] Inpatient\n21. FACILITY NAME (If not institution, give street & number): ${h}\n22. CITY OR TOWN, STATE, AND ZIP CODE: ${t}, ${d.state()} ${z}\n23. COUNTY OF DEATH: ${d.pick(['same', 'see above'])}`, [h, t, z]];
  }],
  ['certifier name address licence date certified', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const t = d.town(); const l = d.licence(); const dt = d.mdy();
    return [`CERTIFIER: [X] Certifying physician-To the best of my knowledge, death occurred due to the cause(s) and manner stated.\n46. NAME, ADDRESS, AND ZIP CODE OF PERSON COMPLETING CAUSE OF DEATH: ${g} ${s}, MD, ${h}, ${t}, ${d.state()}\n47. TITLE OF CERTIFIER: MD   48. LICENSE NUMBER: ${l}   49. DATE CERTIFIED (Mo/Day/Yr): ${dt}`, [g, s, h, t, l, dt]];
  }],
  ['cause of death worksheet with date pronounced', (d) => {
    const dt = d.date();
    return [`CAUSE OF DEATH WORKSHEET\nPart I. a. Acute hypoxic respiratory failure (hours)\n  b. Aspiration pneumonia (days)\n  c. Alzheimer dementia (years)\nPart II. Atrial fibrillation; chronic kidney disease stage 4\nDate pronounced dead: ${dt}   Actual or presumed time of death: ${d.time()}\nManner of death: Natural`, [dt]];
  }],
  ['burial transit permit', (d) => {
    const n = d.stateFile(); const dt = d.date(); const t = d.town();
    return [`Burial-Transit Permit No. ${n} issued ${dt} by the registrar of ${t}; body released for interment.`, [n, dt, t]];
  }],
  ['cremation authorization', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.meCase();
    return [`Cremation authorization signed by the decedent's ${d.rel()}, ${g} ${s}; medical examiner cremation approval no. ${n} on file.`, [g, s, n]];
  }],
  ['funeral director requesting signature with email', (d) => {
    const g = d.given(); const s = d.sur(); const fh = d.funeralHome(); const [ph, p] = d.phone(); const e = d.officeEmail(fh);
    return [`Funeral director ${g} ${s} of ${fh} called at ${ph} asking that the death certificate be signed in EDRS today; email ${e}.`, [g, s, fh, p, e]];
  }],
  ['date of death with weekday on worksheet', (d) => {
    const w = d.weekday(); const md = d.monthDay();
    return [`Decedent last seen alive ${w} evening; found ${md} at approximately ${d.time()}. Date of death entered as "found".`, [w, md]];
  }],
  // medical examiner and coroner referrals
  ['ME referral call and case number', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.meCase();
    return [`Death reported to the Office of the Chief Medical Examiner at ${d.time()}; spoke with investigator ${g} ${s}. ME Case # ${c}. ME accepted jurisdiction - do not remove lines, tubes or drains.`, [g, s, c]];
  }],
  ['ME declined jurisdiction released to funeral home', (d) => {
    const c = d.meCase(); const fh = d.funeralHome(); const s = d.sur();
    return [`ME declined jurisdiction (case ${c}, per Dr. ${s}). Body may be released to ${fh} once the family signs the release.`, [c, s, fh]];
  }],
  ['county coroner and deputy', (d) => {
    const c = d.county(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const n = d.meCase();
    return [`${c} County Coroner ${g} ${s} notified; Deputy Coroner ${g2} ${s2} responding. Coroner's case number ${n}.`, [c, g, s, g2, s2, n]];
  }],
  ['MDI report header', (d) => {
    const c = d.meCase(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dt = d.mdy();
    return [`MEDICOLEGAL DEATH INVESTIGATOR REPORT\nCase No.: ${c}\nInvestigator: ${s}, ${g}, D-ABMDI\nDate/Time Reported: ${dt} ${d.time()}\nType of death: Unattended`, [c, s, g, dt]];
  }],
  ['body hold for ME with reference', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.referral();
    return [`Body on hold for the medical examiner per ${g} ${s} (MLDI), reference #${n}. Bag sealed; seal number recorded on the chain-of-custody form.`, [g, s, n]];
  }],
  ['removal service to OCME in town', (d) => {
    const rs = `${d.sur()} ${d.pick(['Removal Service', 'Transport Services', 'Livery'])}`; const t = d.town(); const g = d.given();
    return [`Decedent transported by ${rs} (driver ${g}) to the OCME in ${t} at ${d.time()}.`, [rs, t, g]];
  }],
  ['ME fax with phone', (d) => {
    const [a, pa] = d.phone(); const [b, pb] = d.phone(); const c = d.meCase();
    return [`Please fax the medical record and death note for case ${c} to the OCME at ${b}; questions to the investigator line ${a}.`, [pb, pa, c]];
  }],
  // autopsy reports
  ['autopsy header number and prosector', (d) => {
    const n = d.autopsyNo(); const [doc, p] = d.doctor(); const dt = d.date();
    return [`AUTOPSY REPORT\nAutopsy No.: ${n}\nProsector: ${doc}\nDate/Time of Autopsy: ${dt} ${d.time()}\nType: Complete, with neuropathology`, [n, ...p, dt]];
  }],
  ['identification by relative and wristband', (d) => {
    const g = d.given().toUpperCase(); const s = d.sur().toUpperCase(); const g2 = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`IDENTIFICATION: The body is identified by a hospital identification band bearing the name "${s}, ${g}" and by visual identification by the decedent's ${d.rel()}, ${g2} ${s2}, on ${dt}.`, [g, s, g2, s2, dt]];
  }],
  ['memorial tattoo with a name', (d) => {
    const g = d.given(); const y1 = d.int(1925, 1960); const y2 = d.int(1995, 2022);
    return [`On the left upper arm is a multicolored tattoo of a rose and banner reading "In Loving Memory ${g} ${y1}-${y2}".`, [g]];
  }],
  ['tattoo with a date', (d) => {
    const [m, dd] = d.md(); const dt = `${pad2(m)}.${pad2(dd)}.${pad2(d.int(80, 99))}`;
    return [`On the volar right forearm is a black ink tattoo of script numerals reading "${dt}" beneath a cross.`, [dt]];
  }],
  ['tattoo with two names', (d) => {
    const g = d.given(); const g2 = d.given();
    return [`TATTOOS: (1) right chest, heart with the names "${g}" and "${g2}"; (2) left calf, tribal band; (3) dorsal left hand, five dots.`, [g, g2]];
  }],
  ['personal effects ring and licence', (d) => {
    const g = d.given(); const g2 = d.given(); const dl = d.driversLicence(); const fh = d.funeralHome(); const y = d.int(1950, 1990);
    return [`PERSONAL EFFECTS: a yellow metal band engraved "${g} & ${g2} ${y}", a wallet containing driver's license ${dl} and $23 in currency; released to ${fh}.`, [g, g2, dl, fh]];
  }],
  ['persons present at autopsy', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur(); const t = d.town();
    return [`Present at autopsy: Dr. ${s} (resident), ${g} ${s2} (autopsy technician), and Detective ${g3} ${s3} of the ${t} Police Department.`, [s, g, s2, g3, s3, t]];
  }],
  ['autopsy consent by relative with witness', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`Permission for a complete autopsy, brain included, was granted by the decedent's ${d.rel()}, ${g} ${s}, by recorded telephone consent witnessed by ${g2}, RN.`, [g, s, g2]];
  }],
  ['pacemaker serial at autopsy', (d) => {
    const sn = d.serial();
    return [`A dual-chamber pacemaker (Medtronic Adapta ADDR01, serial ${sn}) is in the left subclavicular pocket; it is removed and retained for interrogation.`, [sn]];
  }],
  ['toxicology work order', (d) => {
    const wo = `${pad2(d.int(12, 25))}${d.digitString(6)}`; const dt = d.mdy();
    return [`TOXICOLOGY: Femoral blood and vitreous fluid submitted to NMS Labs on ${dt}, work order ${wo}. Results: fentanyl 14 ng/mL, norfentanyl 3.1 ng/mL.`, [dt, wo]];
  }],
  ['autopsy signature block', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`${g} ${s}, MD\nAssociate Medical Examiner\nReport signed ${dt}`, [g, s, dt]];
  }],
  ['external exam age over 89', (d) => {
    const n = d.ageOver89();
    return [`EXTERNAL EXAMINATION: The body is that of a thin, elderly white female appearing consistent with the reported age of ${n} years. Length 152 cm, weight 41 kg. Rigor is fully developed; livor is fixed posteriorly.`, [n]];
  }],
  ['found at residence by neighbor on weekday', (d) => {
    const st = d.street(); const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`The decedent was a ${d.int(40, 85)}-year-old man found unresponsive in his residence at ${st} by his neighbor, ${g} ${s}, on ${w} morning.`, [st, g, s, w]];
  }],
  ['transferred from hospital for autopsy', (d) => {
    const h = d.hospital(); const mrn = d.mrn(); const md = d.monthDay();
    return [`The decedent was admitted to ${h} (MRN ${mrn}) on ${md} after a fall and died on hospital day 3; the body was referred for examination because of a subdural hematoma.`, [h, mrn, md]];
  }],
  // organ procurement organization referrals
  ['OPO referral number and coordinator', (d) => {
    const n = d.referral(); const g = d.given(); const s = d.sur();
    return [`Referral made to ${d.pick(OPOS)} at ${d.time()} (GCS 3, ventilated), referral #${n}. Spoke with coordinator ${g} ${s}; do not discuss donation with family until OPO arrives.`, [n, g, s]];
  }],
  ['OPO callback tissue only', (d) => {
    const n = d.referral(); const g = d.given();
    return [`${d.pick(OPOS)} called back (ref ${n}): patient is a tissue-only candidate; family approach planned with coordinator ${g} at ${d.time()}.`, [n, g]];
  }],
  ['donor registry date and authorization', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Per the state donor registry, the patient registered as an organ and tissue donor on ${dt}. First-person authorization reviewed with the ${d.rel()}, ${g} ${s}, who supports donation.`, [dt, g, s]];
  }],
  ['UNOS donor id and OR time', (d) => {
    const u = d.unosId(); const dt = d.monthDay();
    return [`UNOS Donor ID ${u}. Organ recovery scheduled for ${dt} at ${d.time()}, OR 7; liver and both kidneys placed.`, [u, dt]];
  }],
  ['brain death exam and legal time of death', (d) => {
    const s = d.sur(); const dt = d.date();
    return [`Second brain death examination completed by Dr. ${s} on ${dt}; apnea test positive (PaCO2 62 mmHg). Legal time of death ${d.time()}.`, [s, dt]];
  }],
  ['OPO on-call coordinator phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`OPO on-call coordinator: ${g} ${s}, ${ph} (24 h). Eye bank notified; corneas only.`, [g, s, p]];
  }],
  ['eye bank tissue id', (d) => {
    const g = d.given(); const s = d.sur(); const tid = `${d.letters(2)}${pad2(d.int(12, 25))}-${d.digitString(4)}`;
    return [`Corneas recovered at the bedside by eye bank technician ${g} ${s}; tissue ID ${tid}.`, [g, s, tid]];
  }],
  // bereavement letters and calls
  ['bereavement letter salutation', (d) => {
    const t = d.pick(['Mr.', 'Mrs.', 'Ms.']); const s = d.sur(); const h = d.hospital(); const g = d.given();
    return [`Dear ${t} ${s},\nOn behalf of all of us in the intensive care unit at ${h}, please accept our deepest sympathy on the death of your ${d.rel()}, ${g}.`, [s, h, g]];
  }],
  ['bereavement support group with coordinator', (d) => {
    const t = d.town(); const st = d.street(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Our grief support group meets monthly at the ${t} Senior Center, ${st}. Please call ${g} ${s}, bereavement coordinator, at ${ph} with any questions.`, [t, st, g, s, p]];
  }],
  ['bereavement follow-up call', (d) => {
    const g = d.given(); const md = d.monthDay();
    return [`Bereavement call to ${g} (${d.rel()}) on ${md}, 13 months after the death; reports coping well, attending church, declined further calls.`, [g, md]];
  }],
  ['anniversary card mailing address', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Anniversary card mailed ${dt} to ${g} ${s}, ${st}, ${t}, ${d.state()} ${z}.`, [dt, g, s, st, t, z]];
  }],
  ['bereavement risk primary bereaved over 89', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.ageOver89();
    return [`BEREAVEMENT RISK ASSESSMENT\nPrimary bereaved: ${g} ${s}, ${d.rel()}, age ${n}, lives alone.\nRisk: High (recent losses, limited support).`, [g, s, n]];
  }],
  // police and scene reports in the clinical record
  ['officer badge and incident number', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const t = d.town(); const n = d.incident();
    return [`Officer ${g} ${s} (badge #${b}) of the ${t} Police Department was on scene; incident #${n}.`, [g, s, b, t, n]];
  }],
  ['scene found by son at address and apartment', (d) => {
    const w = d.weekday(); const g = d.given(); const st = d.street(); const a = d.apt();
    return [`Per EMS and police, the decedent was last known well ${w} evening and was found by her son ${g} on the bathroom floor at ${st}, Apt ${a}.`, [w, g, st, a]];
  }],
  ['MVC plate and intersection', (d) => {
    const p = d.plate(); const x = d.intersection();
    return [`MVC: decedent was the restrained driver of a 2014 Honda Accord, ${d.state()} registration ${p}, struck on the driver side at ${x}.`, [p, x]];
  }],
  ['detective requesting records with email', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, p] = d.phone(); const e = d.policeEmail();
    return [`Detective ${g} ${s}, ${t} PD, requests a copy of the toxicology and ED record; contact ${ph} or ${e}.`, [g, s, t, p, e]];
  }],
  ['valuables inventory security officer', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const g2 = d.given(); const env = d.digitString(6);
    return [`Valuables inventoried by ${g} ${s}, Security Officer #${b}, witnessed by ${g2}, RN; sealed in envelope ${env}.`, [g, s, b, g2, env]];
  }],
  ['trooper state police report number', (d) => {
    const s = d.sur(); const n = d.incident(); const v = `${d.digitString(1)}${d.letters(4)}${d.digitString(2)}${d.letters(1)}${d.digitString(1)}${d.letters(1)}${d.digitString(6)}`;
    return [`Trooper ${s} of the State Police (report ${n}) photographed the vehicle, VIN ${v}, before it was towed.`, [s, n, v]];
  }],
  // chaplain notes
  ['chaplain visit with family and parish priest', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const g3 = d.given(); const s2 = d.sur(); const p = `${d.pick(['St.', 'Saint'])} ${d.pick(SAINTS)}${d.pick(["'s Parish", ' Church', "'s Church"])}`;
    return [`Chaplain ${g} ${s} responded to page. Provided prayer and presence with the patient's children ${g2} and ${g3}. Family requested their priest, Father ${s2} from ${p}, be called.`, [g, s, g2, g3, s2, p]];
  }],
  ['anointing given by Rev on date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Sacrament of the Sick given by Rev. ${g} ${s} on ${dt} at ${d.time()} at the family's request; rosary placed in patient's hands.`, [g, s, dt]];
  }],
  ['rabbi contacted for shmira', (d) => {
    const s = d.sur(); const p = `Temple ${d.pick(['Beth Shalom', 'Beth El', 'Emanu-El', 'Sinai', 'Israel', 'Ohabei Shalom'])}`; const t = d.town();
    return [`Family is observant Jewish; Rabbi ${s} of ${p} in ${t} contacted regarding shmira and burial within 24 hours. ME aware.`, [s, p, t]];
  }],
  ['chaplain note pastor visited weekday', (d) => {
    const p = d.parish(); const t = d.town(); const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Spiritual assessment: patient is a lifelong member of ${p} in ${t}; Pastor ${g} ${s} visited on ${w} and will officiate the funeral.`, [p, t, g, s, w]];
  }],
  ['imam called for washing', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Family requested the imam, ${g} ${s}, for ghusl; he can be reached at ${ph}. Body not to be embalmed.`, [g, s, p]];
  }],
  // release of remains and morgue log
  ['release of remains form', (d) => {
    const fh = d.funeralHome(); const g = d.given(); const s = d.sur(); const dt = d.mdy(); const pl8 = d.plate();
    return [`RELEASE OF REMAINS\nReleased to: ${fh}\nReceived by: ${g} ${s}\nDate: ${dt}   Time: ${d.time()}\nVehicle plate: ${pl8}`, [fh, g, s, dt, pl8]];
  }],
  ['morgue log entry LAST, FIRST', (d) => {
    const n = d.digitString(4); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn();
    return [`Morgue log #${n}: ${s}, ${g}   MRN ${mrn}   In: ${d.time()}   Cooler 1, tray 2   Autopsy: No`, [n, s, g, mrn]];
  }],
];

/** The names of the wave's frames. */
export const decedentFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function decedentWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9521, rounds);
}

/** Look-alikes in death and forensic documentation style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named signs, techniques and respirations
  ['Cheyne-Stokes respirations noted over the last hour.', 'Cheyne-Stokes'], ['Kussmaul breathing prior to death.', 'Kussmaul'], ['Biot respirations with long apneic pauses.', 'Biot'],
  ['Tardieu spots on the posterior thighs.', 'Tardieu'], ['Evisceration by the Virchow technique.', 'Virchow'], ['Organs removed en masse (Rokitansky method).', 'Rokitansky'],
  ['En bloc removal per Letulle.', 'Letulle'], ['Ghon complex in the right lower lobe.', 'Ghon'], ['Duret hemorrhages in the pons.', 'Duret'], ['Kernohan notch phenomenon.', 'Kernohan'],
  ['Mallory-Weiss tear at the GE junction.', 'Mallory-Weiss'], ['Wischnewski spots in the gastric mucosa.', 'Wischnewski'], ['Battle sign behind the left ear.', 'Battle sign'],
  ['Beck triad was not present.', 'Beck'], ['Family is in the Kübler-Ross anger stage.', 'Kübler-Ross'], ['Not on the Liverpool Care Pathway.', 'Liverpool Care Pathway'],
  ['Brompton cocktail was historically used.', 'Brompton'], ['Circle of Willis with 40% stenosis of the basilar artery.', 'Circle of Willis'], ['Foley catheter removed prior to release.', 'Foley'],
  // causes and manners of death
  ['Manner of death: Natural', 'Natural'], ['Manner: Accident', 'Accident'], ['Manner: Undetermined, pending investigation', 'Undetermined'],
  ['Cause of death: Atherosclerotic and hypertensive cardiovascular disease', 'Atherosclerotic and hypertensive cardiovascular disease'],
  ['Acute combined drug toxicity (fentanyl, xylazine)', 'fentanyl, xylazine'], ['Blunt force injuries of head and torso', 'Blunt force injuries'], ['Hanging; manner suicide', 'Hanging'],
  ['Approximate interval, onset to death: years', 'years'], ['Sudden unexplained infant death', 'Sudden unexplained infant death'],
  // anatomy, organ weights, postmortem changes
  ['Heart: 420 g', '420 g'], ['Right lung 780 g, left lung 690 g', '780 g'], ['Brain 1320 g', '1320 g'], ['Liver 1650 g', '1650 g'], ['Body length 165 cm, weight 54 kg', '165 cm'],
  ['LAD with 80% stenosis 2 cm from the ostium', '80% stenosis'], ['The hyoid bone and thyroid cartilage are intact.', 'hyoid bone'], ['Petechial hemorrhages of the conjunctivae.', 'Petechial'],
  ['Livor mortis is fixed posteriorly.', 'Livor mortis'], ['Rigor mortis is fully developed.', 'Rigor mortis'], ['Green discoloration of the right lower quadrant.', 'Green discoloration'],
  ['Gray matter and white matter are well demarcated.', 'Gray matter'], ['Cherry-red lividity', 'Cherry-red'], ['Rose-colored lividity over the back.', 'Rose-colored'],
  // scales, scores and codes
  ['Glasgow Coma Scale 3', 'Glasgow'], ['PPS 10%', 'PPS 10%'], ['Karnofsky 20', 'Karnofsky 20'], ['FAST 7c', 'FAST 7c'], ['RASS -5', 'RASS -5'], ['Braden 9', 'Braden 9'],
  ['ICD-10 I25.10', 'I25.10'], ['R99 ill-defined cause of mortality', 'R99'], ['External cause X42', 'X42'], ['CPT 88027 autopsy', '88027'], ['Item 32 of the worksheet', 'Item 32'],
  // drugs, doses, toxicology, labs
  ['Morphine 2 mg IV q1h PRN dyspnea', 'Morphine 2 mg'], ['Glycopyrrolate 0.2 mg SC q4h for secretions', '0.2 mg'], ['Lorazepam 1 mg SL q4h PRN', 'Lorazepam 1 mg'],
  ['Blood alcohol 0.21 g/dL', '0.21 g/dL'], ['Vitreous potassium 9.8 mEq/L', '9.8 mEq/L'], ['Vitreous sodium 142 mmol/L', '142 mmol/L'], ['Fentanyl 14 ng/mL', '14 ng/mL'], ['PaCO2 62 mmHg', 'PaCO2 62'],
  // times, ages, years
  ['Time of death 03:17', '03:17'], ['Pronounced at 0342.', '0342'], ['An 84-year-old woman with dementia.', '84'], ['The patient was 89 years old.', '89'], ['Married in 1962.', '1962'],
  ['Diagnosed with ALS in 2019.', '2019'], ['Death occurred within 24 hours of admission.', '24 hours'],
  // relations and generic places
  ['The family was notified.', 'The family'], ['The decedent was found supine.', 'The decedent'], ['Her husband was at the bedside.', 'Her husband'], ['Next of kin notified.', 'Next of kin'],
  ['Found unresponsive at the residence.', 'the residence'], ['Investigator responded to the scene.', 'the scene'], ['Pronounced in the ED.', 'the ED'], ['Body taken to the morgue.', 'the morgue'],
  ['Transported to the OCME.', 'the OCME'], ['Released to the funeral home.', 'the funeral home'], ['Family gathered in the chapel.', 'the chapel'], ['Buried in the family plot at the cemetery.', 'the cemetery'],
  ['Death certificate filed with the medical examiner.', 'medical examiner'], ['Enrolled in hospice at home.', 'hospice'],
  // religion, scripture and everyday words that are names
  ['Read Psalm 23 with the family.', 'Psalm 23'], ['Family asked for John 14:2 to be read.', 'John 14:2'], ['Ecclesiastes 3:1-8 was read at the bedside.', 'Ecclesiastes 3:1-8'], ['Roman Catholic; last rites given.', 'Roman Catholic'],
  ['The family expressed hope for a peaceful death.', 'hope'], ['Prayed for grace and mercy.', 'grace and mercy'], ['Faith is important to the patient.', 'Faith'], ['Her living will was reviewed.', 'living will'],
  ['Code status: DNR/DNI, MOLST on file.', 'MOLST'], ['Restrained driver of a 2014 Honda Accord.', 'Honda Accord'], ['20. PLACE OF DEATH: [X] Inpatient', 'PLACE OF DEATH'], ['RELATIONSHIP TO DECEDENT: Daughter', 'RELATIONSHIP TO DECEDENT'],
  ['Morgue log: MRN verified against toe tag.', 'MRN verified'], ['Tissue-only candidate; corneas recovered.', 'corneas'], ['Patient moved from Ohio.', 'Ohio'], ['Resident of Massachusetts.', 'Massachusetts'],
];

export const decedentKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDecedentKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(decedentKeepCases(), find);

export function scoreDecedentWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => decedentWaveCases(seed)), find);
}
