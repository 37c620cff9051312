// A blind wave of otolaryngology (ENT) and head-and-neck surgery records: clinic note headers (the patient listed as
// 'SURNAME, Given', date of birth, MRN, date of service, the referring provider and practice), history and exam
// sentences (onset dates, who came with the patient, tuning-fork findings with the audiologist's name), audiogram and
// tympanometry report headers, nasal endoscopy and flexible laryngoscopy reports (the scope's serial number, the
// speech-language pathologist present), videostroboscopy archived to a workstation's IP address, tonsillectomy,
// adenoidectomy, tympanostomy and sinus surgery op notes (surgeon, assistant, anesthesiologist, facility, pathology
// accession, navigation tracker serial), post-op phone calls with the parent's name and phone, bleed-return ER notes
// (the hospital, the on-call ENT, arrival dates), tympanostomy tube follow-ups with the child's school and daycare,
// school notes and water-precaution letters to the school nurse, voice clinic intakes (the teacher's school), speech-
// language referrals (the SLP's practice, fax and licence number), tracheostomy care logs with the nurse's initials,
// home supply orders (the DME supplier, the delivery address, member ids, order numbers), trach changes with the
// tube's lot number, trach emergency cards, sinus CT reports (accession, radiologist, the comparison date), allergy
// referral letters and immunotherapy vial lots, cochlear implant and BAHA device registrations (implant and processor
// serials, abutment lots, the surgery date and hospital, the manufacturer's registration mailed to the family), hearing
// aid loaners, referring physician letters with signature blocks, cc lines and fax cover sheets, prior authorizations
// and claim lines, portal messages and telehealth links, elderly patients over 89 from nursing homes, prescriptions
// with the prescriber's DEA number and the pharmacy's Rx number, work notes for employers, tumor board lists, newborn
// hearing screen referrals with the mother's name, foreign bodies from daycare, and electrolarynx serials after
// laryngectomy, in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas Eve' and
// 'the Fourth of July'); ages over 89, phones, fax numbers, e-mails, URLs and IP addresses are planted. Given names and
// surnames of patients, parents and staff are often everyday words (Hope, Rocky, Will, Grace, Hunter, River, Stone,
// Hill, Brooks, Wells, Lane, Bell, Piper, Singer), and towns are often everyday words (Liberty, Union,
// Hope, Harmony, Eden, Normal, Sandy, Orange).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreEntWave`.
// Decisions: every word of a person's name is planted as its own part (patients, children, parents, spouses,
// guardians, surgeons, audiologists, SLPs, nurses, radiologists, allergists, referring physicians, school nurses);
// a middle initial, a title ('Dr.', 'Mrs.') and a credential ('MD', 'AuD', 'CCC-SLP', 'RN', 'RRT', 'PA-C') are not
// planted; a surname after 'Dr.' alone is planted; a signer's or nurse's initials are planted; a relation or a role
// without a name ('mother', 'the on-call ENT', 'school nurse') is kept; an age of 89 or under is kept, an age over 89
// is planted as its number; a local ENT practice, hospital, surgery center, school, daycare, DME supplier, pharmacy,
// home health agency, sleep center, nursing home, speech or audiology practice and employer are planted whole with
// their kind words ('Liberty Ear, Nose & Throat', 'Stone Pediatric ENT Associates', 'Harmony Speech & Language'); a
// town is planted, a state is kept; a street address is planted from its number to its street type with its
// apartment when written after it; a ZIP is planted; every full date, a month with a day, a numeric month/day, a month
// with a year, a weekday naming one day, an ordinal day ('the 14th') and a holiday that fixes a day are planted; a
// standing schedule ('Tuesdays and Thursdays'), a post-op day ('POD 6'), durations and times are kept; a scope,
// implant, processor, hearing aid, tracker and electrolarynx serial number, a lot number (trach tube, abutment, allergen
// vial), an MRN, account, encounter, member, Medicaid, claim, authorization, order, accession, Rx, DEA and licence
// number and an SSN are planted, while a device's model or catalog number ('CI622', 'REF 6DCT', 'BI300', 'Provox
// Vega 22.5') is kept; a phone's leading '(' need not be covered; e-mails, URLs and IP addresses are planted whole.
// Kept (look-alikes): scores and grades (SNOT-22, Lund-Mackay, Lund-Kennedy, Brodsky, Mallampati, Friedman, VHI-10,
// RSI, Cotton-Myer, Epworth, House-Brackmann, Jerger types, T-stage), eponyms (Rinne, Weber, Valsalva, Reinke,
// Zenker, Eustachian, Dix-Hallpike, Epley, Ménière, Bell's palsy, Ramsay Hunt, Kiesselbach, Killian, Waldeyer,
// Ludwig, Samter, Gradenigo), device brands and models (Shiley, Bivona, Passy-Muir, Rhino Rocket, Merocel, Nucleus,
// Kanso, MED-EL, Baha, Ponto, Provox, Coblation, Armstrong and Paparella tubes, NeilMed), sizes, frequencies and
// levels (Hz, dB HL, tuning fork 512, tube sizes), drugs, anatomy, procedures, codes (CPT, ICD-10, HCPCS), national
// bodies and standards (AAO-HNS, ASHA, AAP, FDA, CMS, ANSI S3.6), generic places, relations and roles without names,
// ages of 89 and under, years alone, counts and durations, and everyday words that are also names or towns (hope,
// will, stones, grace, brooks, bell, hill, union, liberty).
// Measured before rules: 0.941 recall on seeds 5, 11, 23 (5571/5920), 0.936 on fresh seeds 41, 42, 43 (5538/5918); 7/166
// look-alikes touched ("G2R2B1A0S1", "Kiesselbach's plexus", "Adam's apple", "Provox Vega 22.5 Fr", "Armstrong",
// "Goode T-tube", "Tuesdays and Thursdays") (engine at adb265f).
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, ie, inn, it, pl, ng];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Penny', 'Ginger', 'Honey', 'Major', 'Sage', 'Rusty', 'Destiny', 'Amber', 'Ruby', 'Pearl', 'Iris', 'Violet', 'Holly', 'Bud', 'Guy', 'Art', 'Cliff', 'Dale', 'Glen', 'Miles', 'Rich', 'Wade', 'Grant'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Bell', 'Hammer', 'Drum', 'Horn', 'Singer', 'Fifer', 'Piper', 'Loud', 'Swallow', 'Nose', 'Beard', 'Head', 'Lips', 'Chin'];
/** Children's given names, many of them everyday words. */
const CHILD_GIVEN = ['River', 'Sky', 'Journey', 'Legend', 'Royal', 'Harmony', 'Melody', 'Story', 'Ryder', 'Maverick', 'Hunter', 'Chase', 'Bear', 'Fox', 'Ace', 'King', 'Paisley', 'Brooklyn', 'Everest', 'Ocean', 'Rain', 'Sunny', 'Lucky', 'Blue', 'Birdie', 'Wren', 'Willow', 'Ivy', 'Hazel', 'Clover', 'Saylor', 'Navy', 'Brave', 'True', 'Haven', 'Bliss', 'Noah', 'Liam', 'Emma', 'Ava', 'Mateo', 'Aaliyah', 'Kayden', 'Jaxon', 'Nevaeh'];

/** Towns that are everyday words, and real towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Midway', 'Friendship', 'Fairview', 'Eden', 'Normal', 'Paradise', 'Harmony', 'Reading', 'Orange', 'Sandy', 'Golden', 'Pleasant Hill', 'Mount Hope', 'Sweet Home', 'Bountiful', 'Plain City', 'Ocean View', 'Hurricane', 'Loveland', 'Truth or Consequences'];
const REAL_TOWNS = ['Gainesville', 'Tupelo', 'Hattiesburg', 'Lafayette', 'Bangor', 'Burlington', 'Keene', 'Pittsfield', 'Altoona', 'Scranton', 'Youngstown', 'Dayton', 'Fort Wayne', 'Muncie', 'Kalamazoo', 'Saginaw', 'Eau Claire', 'Rochester', 'Sioux Falls', 'Fargo', 'Bismarck', 'Billings', 'Missoula', 'Boise', 'Pocatello', 'Spokane', 'Yakima', 'Eugene', 'Medford', 'Chico', 'Fresno', 'Bakersfield', 'Flagstaff', 'Abilene', 'Lubbock', 'Tyler', 'Shreveport', 'Joplin', 'Topeka', 'Salina'];
const STATES = ['MS', 'ME', 'VT', 'NH', 'PA', 'OH', 'IN', 'MI', 'WI', 'MN', 'SD', 'ND', 'MT', 'ID', 'WA', 'OR', 'CA', 'AZ', 'TX', 'LA', 'MO', 'KS', 'Ohio', 'Texas', 'Maine'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Pine', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Willow', 'Hickory', 'Meadow', 'Orchard', 'Spring', 'Ridge'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Cir', 'Pl', 'Pkwy'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Elizabeth', 'Vincent', 'Jude', 'Catherine', 'Michael', 'Anthony', 'Agnes'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', "Children's Hospital"];
const PRACTICE_WORDS = ['Coastal', 'Valley', 'Summit', 'Lakeside', 'Riverside', 'Heartland', 'Prairie', 'Pinnacle', 'Bluegrass', 'Keystone', 'Northstar', 'Cascade', 'Evergreen', 'Sunrise', 'Tri-County', 'Capital', 'Gateway'];
const DAYCARE_WORDS = ['Little Sprouts', 'Tiny Tots', 'Busy Bees', 'Kiddie Academy of', 'Sunshine Kids', 'Rainbow Road', 'Happy Hearts', 'Little Explorers'];
const EMPLOYER_KINDS = ['Lumber', 'Foundry', 'Distribution Center', 'Call Center', 'Public Schools', 'Fire Department', 'Auto Body', 'Printing', 'Poultry', 'Casino'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day", 'Memorial Day', 'Labor Day'];
/** Relations a name follows (a parent or a household member). */
const PARENTS = ['mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'stepmother', 'foster mother', 'aunt', 'legal guardian'];
const ADULT_RELATIONS = ['wife', 'husband', 'daughter', 'son', 'partner', 'sister', 'brother', 'niece', 'caregiver'];
const SCHOOL_KINDS = ['Elementary School', 'Elementary', 'Middle School', 'High School', 'Primary School', 'Intermediate School', 'Academy'];
const CI_MODELS = ['Nucleus CI622', 'Nucleus CI632', 'Nucleus CI612', 'MED-EL SYNCHRONY 2 FLEX28', 'HiRes Ultra 3D SlimJ', 'MED-EL SYNCHRONY FLEXsoft'];
const PROCESSORS = ['Nucleus 8', 'Kanso 2', 'Nucleus 7', 'SONNET 2', 'RONDO 3', 'Naida CI M90', 'Marvel CI'];
const TRACHS = ['Shiley 4DCFS', 'Shiley 6DCT', 'Shiley 8LPC', 'Bivona 3.5 NEO', 'Bivona 4.0 PED FlexTend', 'Shiley 4.0 PED', 'Portex Blue Line 7.0', 'Shiley XLT 6.0 proximal'];
const PATH_DX = ['tonsillar hypertrophy, benign', 'chronic tonsillitis with follicular hyperplasia', 'inflammatory nasal polyps', 'benign vocal fold polyp', 'squamous papilloma', 'papillary thyroid carcinoma, 1.4 cm', 'keratinizing squamous cell carcinoma, p16 negative'];
const SURGERIES = ['tonsillectomy and adenoidectomy', 'bilateral myringotomy with tubes', 'functional endoscopic sinus surgery', 'septoplasty with inferior turbinate reduction', 'direct laryngoscopy with biopsy', 'microlaryngoscopy with excision of vocal fold polyp', 'left cochlear implantation', 'right thyroid lobectomy', 'superficial parotidectomy', 'adenoidectomy'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly sur: string;
}
const written = (p: Person): string => `${p.given} ${p.sur}`;
const listed = (p: Person): string => `${p.sur}, ${p.given}`;
const nameParts = (p: Person): string[] => [p.given, p.sur];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  childGiven(): string {
    return this.r() < 0.4 ? this.pick(CHILD_GIVEN) : this.faker().person.firstName().split(/[\s-]/)[0]!;
  }
  person(): Person {
    return { given: this.given(), sur: this.sur() };
  }
  child(): Person {
    return { given: this.childGiven(), sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  /** A staff member's name written four ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  parent(): string {
    return this.pick(PARENTS);
  }
  adultRelation(): string {
    return this.pick(ADULT_RELATIONS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Tupelo' ? 'Bangor' : 'Tupelo';
  }
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Lot ${this.int(1, 88)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A local ENT practice. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Ear, Nose & Throat`;
    if (k === 1) return `${this.sur()} ENT Associates`;
    if (k === 2) return `${this.pick(PRACTICE_WORDS)} Otolaryngology`;
    if (k === 3) return `${this.town()} Head & Neck Surgery`;
    if (k === 4) return `${this.pick(PRACTICE_WORDS)} ENT & Allergy`;
    return `${this.sur()} Pediatric ENT Associates`;
  }
  /** A primary care or pediatric practice that refers. */
  pcpPractice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Pediatrics`;
    if (k === 2) return `${this.sur()} Family Practice`;
    return `${this.town()} Internal Medicine Associates`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  surgeryCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Surgery Center` : `${this.pick(PRACTICE_WORDS)} Ambulatory Surgery Center`;
  }
  school(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(STREET_WORDS)} ${this.pick(SCHOOL_KINDS)}`;
    if (k === 1) return `${this.town()} ${this.pick(SCHOOL_KINDS)}`;
    return `${this.sur()} ${this.pick(SCHOOL_KINDS)}`;
  }
  daycare(): string {
    const w = this.pick(DAYCARE_WORDS);
    return w.endsWith(' of') ? `${w} ${this.town()}` : `${w} ${this.pick(['Daycare', 'Learning Center', 'Preschool', 'Child Care'])}`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Medical Supply`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Respiratory & DME`;
    return `${this.sur()} Medical Equipment`;
  }
  slpPractice(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Speech & Language`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Voice & Swallow Center`;
    return `${this.sur()} Speech Therapy`;
  }
  audiology(): string {
    return this.r() < 0.5 ? `${this.town()} Hearing Center` : `${this.sur()} Audiology & Hearing Aids`;
  }
  allergyPractice(): string {
    return this.r() < 0.5 ? `${this.town()} Allergy & Asthma` : `${this.pick(PRACTICE_WORDS)} Allergy Associates`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Drug Store`;
    return `${this.pick(STREET_WORDS)} Street Apothecary`;
  }
  homeHealth(): string {
    return this.r() < 0.5 ? `${this.town()} Home Health` : `${this.pick(PRACTICE_WORDS)} Pediatric Home Nursing`;
  }
  sleepCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Sleep Disorders Center` : `${this.pick(PRACTICE_WORDS)} Sleep Lab`;
  }
  nursingHome(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Nursing & Rehabilitation`;
    if (k === 1) return `${this.pick(['Golden Oaks', 'Maple Grove', 'Willow Creek', 'Cedar Ridge', 'Autumn Leaves'])} Care Center`;
    return `${this.sur()} Manor`;
  }
  employer(): string {
    return this.r() < 0.5 ? `${this.town()} ${this.pick(EMPLOYER_KINDS)}` : `${this.sur()} ${this.pick(['Construction', 'Trucking', 'Roofing', 'Manufacturing', 'Landscaping'])}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  ord(): string {
    return `the ${ordinal(this.int(1, 28))}`;
  }
  dob(lo = 1935, hi = 2012): string {
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
  csn(): string {
    return this.digitString(10);
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `${this.letters(1)}${this.digitString(8)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(9)}${pad2(this.int(1, 4))}`;
    return `W${this.digitString(8)}`;
  }
  medicaid(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 12)) : `${this.digitString(8)}${this.letters(1)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? `${this.digitString(2)}${this.digitString(3)}${this.digitString(6)}` : `CLM-${this.digitString(8)}`;
  }
  auth(): string {
    return this.r() < 0.5 ? `PA${this.digitString(8)}` : `${this.digitString(3)}-${this.digitString(6)}`;
  }
  order(): string {
    return this.r() < 0.5 ? `SO-${this.digitString(6)}` : this.digitString(7);
  }
  accession(): string {
    return this.r() < 0.5 ? `CT${this.digitString(8)}` : `${this.letters(2)}-${pad2(this.int(18, 25))}-${this.digitString(6)}`;
  }
  pathAccession(): string {
    return `${this.pick(['S', 'SP', 'SH'])}${pad2(this.int(18, 25))}-${this.digitString(this.int(4, 6))}`;
  }
  rxNo(): string {
    return this.r() < 0.5 ? this.digitString(7) : `RX${this.digitString(6)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SLP${this.digitString(5)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(6)}`;
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  /** A scope's, implant's, processor's or aid's serial number. */
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(this.int(7, 10));
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    if (k === 3) return `${this.letters(1)}${this.digitString(6)}${this.letters(1)}`;
    return `SN${this.digitString(8)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}`;
    return this.digitString(8);
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  ext(): string {
    return this.digitString(4);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}ent.com`, 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', `${asciiLetters(this.pick(PRACTICE_WORDS))}health.org`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`]);
    return `${local}@${dom}`;
  }
  /** An e-mail address from a handle rather than a name. */
  handleEmail(): string {
    const h = this.pick(['sinusqueen', 'bigrig', 'earlybird', 'fishingdad', 'gardenmom', 'hoopsfan', 'lakelife', 'nanaof3', 'trucker', 'bluejay', 'catlady', 'woodworker']);
    return `${h}${this.int(1, 9999)}@${this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com', 'icloud.com'])}`;
  }
  url(): string {
    const t = asciiLetters(this.town());
    const k = this.int(0, 3);
    if (k === 0) return `https://www.${t}ent.com/patient-forms`;
    if (k === 1) return `https://mychart.${t}health.org`;
    if (k === 2) return `https://doxy.me/dr${asciiLetters(this.sur())}`;
    return `www.${asciiLetters(this.pick(PRACTICE_WORDS))}sinus.com/register`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // clinic notes
  ['ENT clinic note header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dos = d.date(); const [rn, rp] = d.staff(); const pr = d.pcpPractice();
    return [`OTOLARYNGOLOGY CLINIC NOTE\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dos}\nReferring: ${rn}, ${pr}`, [...nameParts(p), dob, mrn, dos, ...rp, pr]];
  }],
  ['HPI onset and referring PCP', (d) => {
    const md = d.monDay(); const s = d.sur(); const pr = d.pcpPractice();
    return [`${d.int(19, 84)}-year-old with nasal obstruction and facial pressure since ${md}, failed two courses of amoxicillin-clavulanate from Dr. ${s} at ${pr}. SNOT-22 today ${d.int(20, 90)}.`, [md, s, pr]];
  }],
  ['child accompanied by parent', (d) => {
    const c = d.child(); const pg = d.given(); const rel = d.parent();
    return [`${c.given} ${c.sur} is a ${d.int(2, 9)}-year-old seen with ${rel} ${pg} for loud snoring, witnessed pauses and mouth breathing. Tonsils Brodsky ${d.int(2, 4)}+.`, [c.given, c.sur, pg]];
  }],
  ['tuning fork exam with audiologist', (d) => {
    const [an, ap] = d.staff(); const dt = d.slashMd();
    return [`Weber lateralizes to the left, Rinne negative on the left with the 512 Hz fork. Audiogram by ${an}, AuD on ${dt} confirms a left conductive loss.`, [...ap, dt]];
  }],
  ['audiogram report header', (d) => {
    const p = d.person(); const dob = d.dob(); const dt = d.date(); const a = d.audiology(); const [an, ap] = d.staff();
    return [`AUDIOLOGIC EVALUATION\n${a}\nName: ${listed(p)}   DOB: ${dob}\nTest date: ${dt}   Audiologist: ${an}, AuD\nTympanometry: type B AD, type A AS. SRT 35 dB HL AD.`, [a, ...nameParts(p), dob, dt, ...ap]];
  }],
  ['nasal endoscopy report and scope serial', (d) => {
    const p = d.person(); const dt = d.date(); const s = d.sur(); const sn = d.serial();
    return [`NASAL ENDOSCOPY (CPT 31231)\nPatient: ${written(p)}   Date: ${dt}\nPerformed by: Dr. ${s}\nScope: Olympus ENF-VH, serial ${sn}; reprocessed per protocol.\nFindings: grade 2 polyps bilaterally, Lund-Kennedy 8.`, [...nameParts(p), dt, s, sn]];
  }],
  ['endoscopy follow-up weekday', (d) => {
    const w = d.weekday(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Mometasone irrigations started. Return ${w}, ${md} for repeat endoscopy with ${g} ${s}, PA-C.`, [w, md, g, s]];
  }],
  ['flexible laryngoscopy with SLP present', (d) => {
    const p = d.person(); const dt = d.date(); const [sn, sp] = d.staff(); const [en, ep] = d.staff();
    return [`FLEXIBLE FIBEROPTIC LARYNGOSCOPY\nPt: ${listed(p)}   ${dt}\nAttending: ${en}, MD   SLP present: ${sn}, CCC-SLP\nBilateral vocal fold nodules at the junction of the anterior and middle thirds; no Reinke's edema.`, [...nameParts(p), dt, ...ep, ...sp]];
  }],
  ['videostroboscopy archived to workstation', (d) => {
    const ip = d.ip(); const csn = d.csn(); const dt = d.slashMd();
    return [`Videostroboscopy ${dt}: reduced mucosal wave on the right. Clips archived to the voice lab workstation at ${ip} under encounter ${csn}.`, [dt, ip, csn]];
  }],
  ['voice clinic intake and teacher school', (d) => {
    const p = d.person(); const sc = d.school(); const my = d.monthYear();
    return [`Voice clinic intake: ${written(p)}, teacher at ${sc}, hoarse since ${my}. VHI-10 ${d.int(12, 38)}, RSI ${d.int(8, 30)}. Voice rest over the weekend advised.`, [...nameParts(p), sc, my]];
  }],
  ['speech-language referral with fax', (d) => {
    const [sn, sp] = d.staff(); const pr = d.slpPractice(); const [fx, fp] = d.phone();
    return [`Referral to voice therapy: ${sn}, CCC-SLP, ${pr}. Notes and stroboscopy faxed to ${fx}.`, [...sp, pr, fp]];
  }],
  ['SLP progress with licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.license(); const dt = d.date();
    return [`Voice therapy session 4 of 8 (LSVT not indicated). Resonant voice exercises progressing. ${g} ${s}, M.S., CCC-SLP, license ${lic}, ${dt}.`, [g, s, lic, dt]];
  }],
  // tonsillectomy and other op notes
  ['tonsillectomy op note header', (d) => {
    const p = d.child(); const dt = d.date(); const [sn, sp] = d.staff(); const [an, ap] = d.staff(); const h = d.surgeryCenter();
    return [`OPERATIVE REPORT\nPatient: ${listed(p)}\nDate of surgery: ${dt}   Facility: ${h}\nSurgeon: ${sn}, MD\nAnesthesia: ${an}, MD (general ETT)\nProcedure: tonsillectomy and adenoidectomy (CPT 42820), Coblation technique`, [...nameParts(p), dt, h, ...sp, ...ap]];
  }],
  ['op note assistant and specimen accession', (d) => {
    const g = d.given(); const s = d.sur(); const acc = d.pathAccession();
    return [`Assistant: ${g} ${s}, PA-C. Tonsils 3+ and cryptic, Mallampati III airway. Specimens to pathology as ${acc}. EBL 15 mL.`, [g, s, acc]];
  }],
  ['pathology result with pathologist', (d) => {
    const acc = d.pathAccession(); const s = d.sur(); const dt = d.date();
    return [`SURGICAL PATHOLOGY ${acc}\nDiagnosis: ${d.pick(PATH_DX)}\nElectronically signed by Dr. ${s} on ${dt}.`, [acc, s, dt]];
  }],
  ['tympanostomy op note brief', (d) => {
    const c = d.child(); const dt = d.mdy(); const s = d.sur(); const h = d.hospital();
    return [`Bilateral myringotomy with Armstrong beveled tubes for ${c.given} ${c.sur} on ${dt} at ${h}; thick mucoid effusion AU. Surgeon Dr. ${s}. Ciprodex 4 drops BID x5 days.`, [c.given, c.sur, dt, h, s]];
  }],
  ['sinus surgery navigation tracker serial', (d) => {
    const sn = d.serial(); const dt = d.date(); const h = d.hospital();
    return [`FESS with image guidance (Fusion ENT, patient tracker serial ${sn}) on ${dt} at ${h}. Lund-Mackay ${d.int(8, 22)} on the preoperative CT.`, [sn, dt, h]];
  }],
  ['adenoidectomy consent with witness', (d) => {
    const c = d.child(); const pg = d.given(); const ps = d.sur(); const wg = d.given(); const ws = d.sur(); const dt = d.date();
    return [`Consent for adenoidectomy for ${c.given} signed by ${d.parent()} ${pg} ${ps} after discussion of bleeding, VPI and regrowth. Witness: ${wg} ${ws}, RN. ${dt}.`, [c.given, pg, ps, wg, ws, dt]];
  }],
  ['OR schedule line', (d) => {
    const dt = d.mdy(); const p = d.person(); const ini = d.initials(); const mrn = d.mrn();
    return [`${dt} | OR ${d.int(1, 12)} | 07:30 | ${p.sur.toUpperCase()}, ${p.given} | MRN ${mrn} | T&A | ${ini}`, [dt, p.sur.toUpperCase(), p.given, mrn, ini]];
  }],
  ['surgery arrival letter', (d) => {
    const w = d.weekday(); const o = d.ord(); const h = d.surgeryCenter(); const st = d.street(); const t = d.town();
    return [`Your ${d.pick(SURGERIES)} is scheduled. Please arrive on ${w} ${o} at 6:15 AM at ${h}, ${st}, ${t}. Nothing to eat after midnight; clear liquids until 2 hours before.`, [w, o, h, st, t]];
  }],
  ['pre-op aspirin stop and scheduler extension', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const x = d.ext();
    return [`Stop aspirin and ibuprofen ${md}. Questions: surgery scheduler ${g} ${s}, ext. ${x}.`, [md, g, s, x]];
  }],
  // post-op calls and bleeds
  ['post-tonsillectomy phone call', (d) => {
    const c = d.child(); const pg = d.given(); const [ph, pp] = d.phone(); const ini = d.initials();
    return [`Phone call POD ${d.int(3, 9)}: ${d.parent()} ${pg} reports ${c.given} drinking well, pain controlled with alternating Tylenol and ibuprofen. No bleeding. Callback ${ph}. -${ini}`, [pg, c.given, pp, ini]];
  }],
  ['post-op call with spouse', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.monDay(); const [nn, np] = d.staff();
    return [`Post-op call ${dt}: spoke with ${d.adultRelation()} ${g} ${s}; septoplasty splints in place, mild epistaxis resolved with Afrin. ${nn}, RN.`, [dt, g, s, ...np]];
  }],
  ['bleed return ER note', (d) => {
    const c = d.child(); const dt = d.date(); const h = d.hospital(); const s = d.sur();
    return [`ED NOTE ${dt}: ${c.given} ${c.sur}, POD 7 s/p T&A, spit up bright red blood x2 at home. Arrived at ${h} by private car. On-call ENT Dr. ${s} notified; clot in the right tonsillar fossa.`, [dt, c.given, c.sur, h, s]];
  }],
  ['bleed control return to OR', (d) => {
    const dt = d.slashMd(); const h = d.hospital(); const [sn, sp] = d.staff();
    return [`Taken back to the OR ${dt} at ${h} for control of post-tonsillectomy hemorrhage (CPT 42962) by ${sn}, MD. Hgb 10.9.`, [dt, h, ...sp]];
  }],
  ['epistaxis ER note holiday', (d) => {
    const hd = d.holiday(); const h = d.hospital(); const g = d.given(); const s = d.sur();
    return [`Anterior epistaxis from Kiesselbach's plexus on ${hd}; packed at ${h} with a 5.5 cm Rhino Rocket. ENT resident ${g} ${s} removed it 48 h later.`, [hd, h, g, s]];
  }],
  // tube follow-ups, school and daycare
  ['tube follow-up with school', (d) => {
    const c = d.child(); const my = d.monthYear(); const sc = d.school();
    return [`Tube check: ${c.given} ${c.sur}, tubes placed ${my}, both patent and in place. Attends ${sc}; passed the school hearing screen.`, [c.given, c.sur, my, sc]];
  }],
  ['tube otorrhea phone message', (d) => {
    const pg = d.given(); const ps = d.sur(); const c = d.childGiven(); const [ph, pp] = d.phone(); const ph2 = d.pharmacy();
    return [`Message: ${pg} ${ps} called, ${c} has green drainage from the left ear x2 days, no fever. Ofloxacin otic sent to ${ph2}. Call back ${ph}.`, [pg, ps, c, ph2, pp]];
  }],
  ['school excuse note', (d) => {
    const c = d.child(); const a = d.date(); const b = d.monDay(); const sc = d.school(); const [sn, sp] = d.staff();
    return [`To the staff of ${sc}:\nPlease excuse ${c.given} ${c.sur} from school from ${a} through ${b} following surgery. No gym or recess for 2 weeks.\n${sn}, MD`, [sc, c.given, c.sur, a, b, ...sp]];
  }],
  ['water precaution letter to school nurse', (d) => {
    const c = d.child(); const ng = d.given(); const ns = d.sur(); const sc = d.school();
    return [`Dear Nurse ${ng} ${ns}, ${c.given} ${c.sur} has ear tubes and may swim in the pool at ${sc} without ear plugs; no diving deeper than 6 feet.`, [ng, ns, c.given, c.sur, sc]];
  }],
  ['foreign body from daycare', (d) => {
    const c = d.childGiven(); const dc = d.daycare(); const dt = d.slashMd();
    return [`${c}, age ${d.int(2, 5)}, pushed a bead into the right naris at ${dc} on ${dt}; removed with a right-angle hook under headlight.`, [c, dc, dt]];
  }],
  ['newborn hearing screen referral', (d) => {
    const mg = d.given(); const ms = d.sur(); const h = d.hospital(); const dob = d.dob(2022, 2025); const a = d.audiology();
    return [`Baby boy of ${mg} ${ms}, born ${dob} at ${h}, did not pass the AABR screen AD. Referred to ${a} for a diagnostic ABR by 3 months (JCIH 1-3-6).`, [mg, ms, dob, h, a]];
  }],
  // tracheostomy care and supplies
  ['trach care log row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`${dt} ${d.time()} | Trach care | ${d.pick(TRACHS)} | stoma clean, no granulation | inner cannula changed | HME on | ${ini}`, [dt, ini]];
  }],
  ['trach change with tube lot', (d) => {
    const lot = d.lot(); const dt = d.date(); const [rn, rp] = d.staff();
    return [`Routine trach change ${dt}: ${d.pick(TRACHS)} placed, lot ${lot}, obturator at the bedside. Done by ${rn}, RRT; tolerated well.`, [dt, lot, ...rp]];
  }],
  ['trach home supply order', (d) => {
    const p = d.person(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const dm = d.dme(); const o = d.order(); const mem = d.memberId();
    return [`HOME SUPPLY ORDER ${o}\nSupplier: ${dm}\nPatient: ${listed(p)}\nShip to: ${st}, ${t}, ${d.state()} ${z}\nMember ID: ${mem}\nItems: trach ties x30 (A7526), HMEs x60 (A7507), suction catheters 10 Fr x180`, [o, dm, ...nameParts(p), st, t, z, mem]];
  }],
  ['supplier delivery call', (d) => {
    const dm = d.dme(); const [ph, pp] = d.phone(); const w = d.weekday(); const g = d.given();
    return [`${dm} (${ph}) will deliver the new suction machine ${w}; ${d.parent()} ${g} to sign for it.`, [dm, pp, w, g]];
  }],
  ['Passy-Muir trial with SLP', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.slashMd();
    return [`Passy-Muir PMV 007 trial ${dt} with SLP ${g} ${s}: cuff deflated, SpO2 stable, tolerated 20 minutes, phonation clear.`, [dt, g, s]];
  }],
  ['home health trach nursing', (d) => {
    const hh = d.homeHealth(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Home nursing through ${hh}, 16 h/day; primary nurse ${g} ${s}, agency on-call ${ph}.`, [hh, g, s, pp]];
  }],
  ['trach emergency card', (d) => {
    const c = d.child(); const dob = d.dob(2012, 2024); const pr = d.practice(); const [ph, pp] = d.phone();
    return [`TRACH EMERGENCY CARD\n${c.given} ${c.sur}   DOB ${dob}\nTube: ${d.pick(TRACHS)}; spare one size down in the go-bag\nENT: ${pr}  ${ph}`, [c.given, c.sur, dob, pr, pp]];
  }],
  ['laryngectomy electrolarynx serial', (d) => {
    const sn = d.serial(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`Total laryngectomy with TEP; Provox Vega 22.5 Fr in place. Backup electrolarynx (TruTone) serial ${sn} issued ${dt}; vendor support ${ph}.`, [sn, dt, pp]];
  }],
  // imaging
  ['sinus CT report header', (d) => {
    const p = d.person(); const acc = d.accession(); const dt = d.date(); const [rn, rp] = d.staff(); const h = d.hospital();
    return [`CT SINUS WITHOUT CONTRAST\n${h}\nPatient: ${listed(p)}   Accession: ${acc}\nExam date: ${dt}\nImpression: pansinusitis, Lund-Mackay 16. Keros type II.\nRead by: ${rn}, MD`, [h, ...nameParts(p), acc, dt, ...rp]];
  }],
  ['CT comparison with prior', (d) => {
    const my = d.monthYear(); const t = d.town();
    return [`Comparison: outside CT from ${t} Imaging dated ${my}. Interval opacification of the right maxillary sinus and ostiomeatal unit.`, [`${t} Imaging`, my]];
  }],
  ['neck mass FNA and tumor board', (d) => {
    const w = d.weekday(); const md = d.monDay(); const [an, ap] = d.staff(); const [bn, bp] = d.staff();
    return [`Level II neck mass, FNA p16 positive. Presented at head and neck tumor board ${w} ${md} (presenters ${an} and ${bn}); T2N1 by AJCC 8th.`, [w, md, ...ap, ...bp]];
  }],
  // allergy
  ['allergy referral letter', (d) => {
    const ag = d.given(); const asur = d.sur(); const ap = d.allergyPractice(); const st = d.street(); const t = d.town(); const z = d.zip(); const p = d.person();
    return [`${ag} ${asur}, MD\n${ap}\n${st}\n${t}, ${d.state()} ${z}\n\nDear colleague,\nThank you for seeing ${p.given} ${p.sur} for evaluation of perennial allergic rhinitis.`, [ag, asur, ap, st, t, z, p.given, p.sur]];
  }],
  ['immunotherapy vial lots', (d) => {
    const l1 = d.lot(); const l2 = d.lot(); const dt = d.date(); const ini = d.initials();
    return [`SCIT build-up, vial 1:100: dust mite lot ${l1}, tree mix lot ${l2}. 0.25 mL given ${dt}, wheal 8 mm at 30 min. ${ini}`, [l1, l2, dt, ini]];
  }],
  ['allergy skin test results', (d) => {
    const dt = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Skin prick testing ${dt} by ${g} ${s}, RN: positive to cat, D. farinae and ragweed; histamine 6 mm, saline 0.`, [dt, g, s]];
  }],
  // implant device registration
  ['cochlear implant registration', (d) => {
    const p = d.person(); const dob = d.dob(); const sn = d.serial(); const dt = d.date(); const h = d.hospital(); const [sn2, sp] = d.staff();
    return [`IMPLANT REGISTRATION\nRecipient: ${listed(p)}   DOB: ${dob}\nDevice: ${d.pick(CI_MODELS)}   Serial: ${sn}\nImplant date: ${dt}   Hospital: ${h}\nSurgeon: ${sn2}, MD`, [...nameParts(p), dob, sn, dt, h, ...sp]];
  }],
  ['sound processor serial and activation', (d) => {
    const sn = d.serial(); const dt = d.monDay(); const [an, ap] = d.staff();
    return [`Activation ${dt}: ${d.pick(PROCESSORS)} sound processor, serial ${sn}, paired to the implant. Mapped by ${an}, AuD; impedances within normal limits.`, [dt, sn, ...ap]];
  }],
  ['BAHA abutment lot and processor', (d) => {
    const lot = d.lot(); const sn = d.serial(); const dt = d.date();
    return [`Baha Connect BI300 implant with 9 mm abutment, lot ${lot}, placed ${dt}. Ponto 5 processor serial ${sn} fit at 12 weeks.`, [lot, dt, sn]];
  }],
  ['manufacturer registration mailing', (d) => {
    const p = d.person(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const em = d.email(d.given(), d.sur());
    return [`Registration card mailed to the manufacturer. Recipient address: ${written(p)}, ${st}, ${t} ${z}; e-mail of the ${d.adultRelation()} who manages the app: ${em}.`, [...nameParts(p), st, t, z, em]];
  }],
  ['hearing aid loaner agreement', (d) => {
    const sn = d.serial(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Loaner BTE (Phonak Sky) serial ${sn} issued to ${g} ${s} while the processor is repaired; due back by ${dt}.`, [sn, g, s, dt]];
  }],
  // letters and administrative
  ['referring physician letter header', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`${pr}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}\n\n${dt}`, [pr, st, t, z, pp, fp, dt]];
  }],
  ['letter to referring doctor', (d) => {
    const s = d.sur(); const p = d.person(); const dt = d.monDay();
    return [`Dear Dr. ${s},\nI had the pleasure of seeing your patient ${p.given} ${p.sur} on ${dt} for recurrent acute otitis media. I agree with tympanostomy tubes per the AAO-HNS guideline.`, [s, p.given, p.sur, dt]];
  }],
  ['letter signature block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const [ph, pp] = d.phone(); const em = d.email(d.given(), d.sur());
    return [`Sincerely,\n\n${g} ${d.mi()} ${s}, MD, FACS\nOtolaryngology - Head & Neck Surgery\n${pr}\n${ph} | scheduling: ${em}`, [g, s, pr, pp, em]];
  }],
  ['cc line', (d) => {
    const [an, ap] = d.staff(); const pa = d.pcpPractice(); const s = d.sur(); const pb = d.allergyPractice();
    return [`cc: ${an}, MD (${pa}); Dr. ${s}, ${pb}`, [...ap, pa, s, pb]];
  }],
  ['fax cover sheet', (d) => {
    const [tn, tp] = d.staff(); const [fx, fp] = d.phone(); const [fn, fnp] = d.staff(); const [fx2, fp2] = d.phone(); const dt = d.mdy();
    return [`FAX\nTo: ${tn}   Fax: ${fx}\nFrom: ${fn}   Fax: ${fx2}\nDate: ${dt}   Pages: ${d.int(2, 14)}\nRe: ENT consult and audiogram`, [...tp, fp, ...fnp, fp2, dt]];
  }],
  ['prior authorization', (d) => {
    const a = d.auth(); const mem = d.memberId(); const a1 = d.date(); const a2 = d.date();
    return [`Prior auth ${a} approved for CPT 31256 and 31276 (member ${mem}), valid ${a1} to ${a2}. Peer-to-peer not needed.`, [a, mem, a1, a2]];
  }],
  ['claim line', (d) => {
    const c = d.claim(); const dt = d.date(); const acct = d.account();
    return [`Claim ${c} | DOS ${dt} | 69436 x2 | H65.33 | Acct ${acct} | denied CO-197, resubmitted with auth`, [c, dt, acct]];
  }],
  ['guarantor and account', (d) => {
    const g = d.given(); const s = d.sur(); const acct = d.account(); const mcd = d.medicaid();
    return [`Guarantor: ${g} ${s} (${d.parent()}). Account ${acct}. Secondary: Medicaid ${mcd}.`, [g, s, acct, mcd]];
  }],
  ['registration address and phone', (d) => {
    const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const ssn = d.ssn();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph}\nSSN: ${ssn}`, [st, t, z, pp, ssn]];
  }],
  ['emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.adultRelation()}), ${ph}. Hard of hearing; prefers text messages.`, [g, s, pp]];
  }],
  ['portal message from patient', (d) => {
    const p = d.person(); const em = d.handleEmail(); const dt = d.slashMd();
    return [`Portal message from ${written(p)} (${em}), ${dt}: "My ears still feel plugged after the flight. Should I do the Valsalva more often?"`, [...nameParts(p), em, dt]];
  }],
  ['telehealth link and IP', (d) => {
    const u = d.url(); const ip = d.ip(); const w = d.weekday();
    return [`Video visit ${w}: link ${u}. Connection dropped twice; patient IP ${ip} logged by the telehealth platform.`, [w, u, ip]];
  }],
  ['patient forms URL', (d) => {
    const u = d.url(); const pr = d.practice();
    return [`New patients of ${pr}: complete the SNOT-22 and history forms at ${u} before your visit.`, [pr, u]];
  }],
  // elderly and others
  ['presbycusis in patient over 89', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome(); const g = d.given();
    return [`${n}-year-old resident of ${nh} with presbycusis and cerumen impaction AU; ${d.adultRelation()} ${g} helps with the hearing aids.`, [n, nh, g]];
  }],
  ['elderly epistaxis age over 89', (d) => {
    const n = d.ageOver89(); const dt = d.date(); const s = d.sur();
    return [`Pt is ${n} years old, on apixaban, seen ${dt} for recurrent posterior epistaxis; Merocel removed by Dr. ${s}.`, [n, dt, s]];
  }],
  ['cerumen removal nurse initials', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`Cerumen removal AU with curette and suction under the microscope (69210). TMs intact after. ${dt} ${ini}`, [dt, ini]];
  }],
  ['vestibular therapy referral', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const dt = d.slashMd();
    return [`Dix-Hallpike positive on the right; Epley done ${dt}. Referred to vestibular PT ${g} ${s} at ${t} Balance & Rehab.`, [dt, g, s, `${t} Balance & Rehab`]];
  }],
  ['sleep study and DISE', (d) => {
    const sc = d.sleepCenter(); const my = d.monthYear(); const o = d.ord();
    return [`PSG at ${sc} in ${my} showed AHI 34. DISE scheduled for ${o}; Friedman tongue position III, Inspire candidacy reviewed.`, [sc, my, o]];
  }],
  ['prescription with DEA', (d) => {
    const s = d.sur(); const g = d.given(); const dea = d.dea(); const ph = d.pharmacy();
    return [`Rx: hydrocodone-acetaminophen 5/325, #12, no refills. Prescriber ${g} ${s}, MD, DEA ${dea}. Sent to ${ph}.`, [g, s, dea, ph]];
  }],
  ['pharmacy callback Rx number', (d) => {
    const ph = d.pharmacy(); const rx = d.rxNo(); const [tel, tp] = d.phone();
    return [`${ph} called about Rx #${rx} (Flonase 50 mcg, 2 sprays each nostril daily), prior auth needed; pharmacy ${tel}.`, [ph, rx, tp]];
  }],
  ['work note for employer', (d) => {
    const p = d.person(); const e = d.employer(); const dt = d.date();
    return [`${written(p)} may return to work at ${e} on ${dt} with no lifting over 20 lb for 1 week after septoplasty.`, [...nameParts(p), e, dt]];
  }],
  ['FMLA form to HR fax', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone(); const a = d.slashMd();
    return [`FMLA paperwork for ${e} completed; faxed to HR (attn ${g} ${s}) at ${fx}. Leave starting ${a}.`, [e, g, s, fp, a]];
  }],
  ['foster child caseworker', (d) => {
    const c = d.child(); const fg = d.given(); const fs = d.sur(); const cw = d.given(); const cs = d.sur(); const [ph, pp] = d.phone();
    return [`${c.given} ${c.sur} in foster care with ${fg} ${fs}; consent for surgery from caseworker ${cw} ${cs}, ${ph}.`, [c.given, c.sur, fg, fs, cw, cs, pp]];
  }],
  ['outside records from hospital', (d) => {
    const h = d.hospital(); const t = d.town(); const yr = d.monthYear(); const mrn = d.mrn();
    return [`Outside records: prior adenoidectomy at ${h} in ${t}, ${yr} (their MRN ${mrn}); operative note requested.`, [h, t, yr, mrn]];
  }],
];

/** The names of the wave's frames. */
export const entFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function entWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11351, rounds);
}

/** Look-alikes in ENT style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scores and grades
  ['SNOT-22 score 48 at baseline.', 'SNOT-22 score 48'], ['Lund-Mackay score 14.', 'Lund-Mackay'], ['Lund-Kennedy endoscopic score 6.', 'Lund-Kennedy'],
  ['Tonsils Brodsky 4+.', 'Brodsky 4+'], ['Mallampati III.', 'Mallampati III'], ['Friedman tongue position 3.', 'Friedman'],
  ['VHI-10 of 28.', 'VHI-10 of 28'], ['RSI 19 (abnormal above 13).', 'RSI 19'], ['Cotton-Myer grade II subglottic stenosis.', 'Cotton-Myer grade II'],
  ['Epworth 14.', 'Epworth 14'], ['House-Brackmann grade III on the left.', 'House-Brackmann grade III'], ['Tympanogram type B AD.', 'type B'],
  ['Jerger type As.', 'Jerger type As'], ['AHI 34 on PSG.', 'AHI 34'], ['Keros type II olfactory fossa.', 'Keros type II'],
  ['cT2N1M0, stage I by AJCC 8th.', 'cT2N1M0'], ['GRBAS G2R2B1A0S1.', 'G2R2B1A0S1'], ['EAT-10 of 15.', 'EAT-10 of 15'],
  ['Penetration-Aspiration Scale 6.', 'Penetration-Aspiration Scale 6'], ['Modified Barium Swallow done.', 'Modified Barium Swallow'],
  // eponyms and named tests, signs and anatomy
  ['Rinne positive bilaterally.', 'Rinne'], ['Weber midline.', 'Weber'], ['Valsalva maneuver autoinsufflation taught.', 'Valsalva'],
  ["Reinke's edema, bilateral.", "Reinke's edema"], ["Zenker's diverticulum on barium swallow.", "Zenker's diverticulum"],
  ['Eustachian tube dysfunction.', 'Eustachian tube'], ['Dix-Hallpike negative.', 'Dix-Hallpike'], ['Epley maneuver performed.', 'Epley'],
  ["Ménière's disease, left.", "Ménière's"], ["Bell's palsy, day 3.", "Bell's palsy"], ['Ramsay Hunt syndrome suspected.', 'Ramsay Hunt'],
  ["Bleeding from Kiesselbach's plexus.", "Kiesselbach's plexus"], ["Killian's dehiscence.", "Killian's"], ["Waldeyer's ring hypertrophy.", "Waldeyer's ring"],
  ["Ludwig's angina ruled out.", "Ludwig's angina"], ['Samter triad (AERD).', 'Samter'], ['Gradenigo syndrome.', 'Gradenigo'],
  ["Woodruff's plexus bleed.", "Woodruff's plexus"], ['Frenzel goggles used.', 'Frenzel'], ["Hennebert's sign negative.", "Hennebert's sign"],
  ['Tullio phenomenon.', 'Tullio'], ["Pott's puffy tumor.", "Pott's puffy tumor"], ['Kartagener syndrome.', 'Kartagener'],
  ['Little\'s area cauterized with silver nitrate.', "Little's area"], ['Schwartze sign absent.', 'Schwartze'], ['Stenger test negative.', 'Stenger'],
  ['Romberg negative.', 'Romberg'], ['Halmagyi head impulse test.', 'Halmagyi'], ["Horner's syndrome after neck dissection.", "Horner's"],
  ["Frey's syndrome after parotidectomy.", "Frey's syndrome"], ["Warthin's tumor on FNA.", "Warthin's tumor"], ["Stensen's duct patent.", "Stensen's duct"],
  ["Wharton's duct stone.", "Wharton's duct"], ["Adam's apple prominence.", "Adam's apple"],
  // device brands, models and sizes
  ['Shiley 4.0 cuffless tube.', 'Shiley 4.0'], ['Bivona 3.5 neonatal TTS.', 'Bivona 3.5'], ['Passy-Muir valve tolerated.', 'Passy-Muir'],
  ['REF 6DCT in stock.', 'REF 6DCT'], ['Rhino Rocket 7.5 cm.', 'Rhino Rocket'], ['Merocel packing removed.', 'Merocel'],
  ['Cochlear Nucleus 8 processor.', 'Cochlear Nucleus 8'], ['Kanso 2 off-the-ear processor.', 'Kanso 2'], ['MED-EL SYNCHRONY 2.', 'MED-EL SYNCHRONY 2'],
  ['Advanced Bionics HiRes Ultra 3D.', 'Advanced Bionics'], ['Oticon Ponto 5 SuperPower.', 'Oticon Ponto 5'], ['Baha Connect abutment.', 'Baha Connect'],
  ['Implant model CI622.', 'CI622'], ['BI300 implant, 4 mm.', 'BI300'], ['Provox Vega 22.5 Fr.', 'Provox Vega 22.5 Fr'], ['Coblation wand EVAC 70.', 'EVAC 70'],
  ['Armstrong beveled grommet.', 'Armstrong'], ['Paparella type 1 tubes.', 'Paparella'], ['Goode T-tube.', 'Goode T-tube'],
  ['NeilMed sinus rinse.', 'NeilMed'], ['Inspire hypoglossal nerve stimulator.', 'Inspire'], ['Olympus ENF-VH scope.', 'Olympus ENF-VH'],
  ['Fusion ENT navigation.', 'Fusion ENT'], ['Phonak Sky M90.', 'Phonak Sky M90'], ['TruTone electrolarynx.', 'TruTone'],
  ['Trach size 4.5 uncuffed.', '4.5'], ['Suction catheter 10 Fr.', '10 Fr'], ['Tubes 1.14 mm inner diameter.', '1.14 mm'],
  // frequencies, levels and measures
  ['512 Hz tuning fork.', '512 Hz'], ['Notch at 4000 Hz.', '4000 Hz'], ['PTA 45 dB HL.', '45 dB HL'], ['SRT 20 dB.', 'SRT 20 dB'],
  ['WRS 92% at 70 dB.', 'WRS 92%'], ['ABR threshold 30 dB nHL.', '30 dB nHL'], ['OAE present 2-5 kHz.', '2-5 kHz'], ['Fundamental frequency 210 Hz.', '210 Hz'],
  ['Maximum phonation time 12 seconds.', '12 seconds'], ['Gradient 6/6.', '6/6'],
  // drugs
  ['Ciprodex 4 drops BID.', 'Ciprodex'], ['Ofloxacin otic 5 drops.', 'Ofloxacin'], ['Augmentin 875 mg BID x10 days.', 'Augmentin'],
  ['Dexamethasone 0.5 mg/kg intraop.', 'Dexamethasone'], ['Afrin 2 sprays for the bleed.', 'Afrin'], ['Flonase daily.', 'Flonase'],
  ['Budesonide irrigations 0.5 mg.', 'Budesonide'], ['Mometasone spray.', 'Mometasone'], ['Tylenol alternating with ibuprofen.', 'Tylenol'],
  ['Prednisone taper for sudden SNHL.', 'Prednisone'], ['Omeprazole 40 mg for LPR.', 'Omeprazole'], ['Dupixent for CRSwNP.', 'Dupixent'],
  ['Auralgan discontinued.', 'Auralgan'], ['Silver nitrate cautery.', 'Silver nitrate'],
  // procedures and anatomy
  ['Tonsillectomy and adenoidectomy.', 'Tonsillectomy'], ['Functional endoscopic sinus surgery.', 'Functional endoscopic sinus surgery'],
  ['Septoplasty with turbinate reduction.', 'Septoplasty'], ['Middle turbinate lateralized.', 'Middle turbinate'], ['Uncinate process removed.', 'Uncinate process'],
  ['Pars flaccida retraction.', 'Pars flaccida'], ['Vallecula clear.', 'Vallecula'], ['Piriform sinus pooling.', 'Piriform sinus'],
  ['Ostiomeatal unit obstructed.', 'Ostiomeatal unit'], ['Level II lymph node.', 'Level II'], ['Stapes fixation.', 'Stapes'],
  // codes
  ['CPT 42826.', '42826'], ['CPT 69436 bilateral.', '69436'], ['ICD-10 J35.3.', 'J35.3'], ['H65.33 chronic mucoid otitis media.', 'H65.33'],
  ['HCPCS A7520 trach tube.', 'A7520'], ['L8619 processor replacement.', 'L8619'], ['J32.4 chronic pansinusitis.', 'J32.4'], ['G47.33 OSA.', 'G47.33'],
  // national bodies and standards
  ['Per the AAO-HNS guideline.', 'AAO-HNS'], ['ASHA certified.', 'ASHA'], ['AAP recommendations.', 'AAP'], ['FDA approved for single-sided deafness.', 'FDA'],
  ['CMS coverage criteria met.', 'CMS'], ['Calibrated to ANSI S3.6.', 'ANSI S3.6'], ['JCIH 1-3-6 benchmarks.', 'JCIH'], ['NCCN guidelines for head and neck cancers.', 'NCCN'],
  // relations, roles and generic places
  ['Mother at the bedside.', 'Mother'], ['The on-call ENT was paged.', 'on-call ENT'], ['School nurse aware.', 'School nurse'], ['Seen in the ENT clinic.', 'ENT clinic'],
  ['Returned to the ER.', 'the ER'], ['Recovered in PACU.', 'PACU'], ['Back to the OR.', 'the OR'], ['Audiology booth 2.', 'Audiology booth'],
  ['Voice lab.', 'Voice lab'], ['Home health nurse visited.', 'Home health nurse'], ['DME supplier notified.', 'DME supplier'], ['Her husband drove.', 'husband'],
  // ages, years, counts, durations, schedules
  ['78-year-old man.', '78'], ['89 years old.', '89'], ['Tubes placed in 2019.', '2019'], ['POD 6.', 'POD 6'], ['3 episodes in 6 months.', '3 episodes'],
  ['Follow up in 6 weeks.', '6 weeks'], ['Voice therapy Tuesdays and Thursdays.', 'Tuesdays and Thursdays'], ['Trach ties x30.', 'x30'], ['16 h/day nursing.', '16 h/day'],
  // everyday words that are also names or towns
  ['Expressed hope the tubes would help.', 'hope'], ['Will follow up after the CT.', 'Will'], ['Tonsil stones expressed.', 'stones'],
  ['Said grace before the meal.', 'grace'], ['Hears running brooks in the left ear.', 'brooks'], ['Tinnitus like a ringing bell.', 'bell'],
  ['Walks up a hill without dyspnea.', 'hill'], ['Union of the fracture.', 'Union'], ['Liberty to eat soft foods.', 'Liberty'], ['Sandy drainage.', 'Sandy'],
  ['Normal tympanic membranes.', 'Normal'], ['Patience with the voice rest.', 'Patience'],
];

export const entKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedEntKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(entKeepCases(), find);

export function scoreEntWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => entWaveCases(seed)), find);
}
