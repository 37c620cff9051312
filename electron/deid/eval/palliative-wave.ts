// A blind wave of palliative care and hospice records: hospice admission face sheets and referrals (the patient listed
// as 'SURNAME, Given', date of birth, hospice id, MRN, the attending and their practice), certifications of terminal
// illness with their benefit periods (90, 90 and 60 days, written as ranges), face-to-face attestations by the nurse
// practitioner, notices of election with Medicare beneficiary identifiers, Medicaid and plan member ids, elections signed by
// a representative, revocations and transfers between hospices; goals-of-care conversations and code status changes with
// the health care proxy; family meetings with named relatives, chaplains, priests, rabbis and pastors, the social worker
// and the medical director, relatives calling in from other towns; POLST and MOLST forms with the signer's license, health
// care proxy appointments with the agent's address and phone, alternate agents, advance directive witnesses, notary
// acknowledgments ('the 4th day of March, 2024', the county, the commission number), registries, financial powers of
// attorney with the estate attorney's firm; bereavement letters, risk assessments, call logs, remembrance services,
// grief groups and anniversary cards; death pronouncement notes, notifications, medical examiner cases, death
// certificates signed in the state's electronic registry (with the signer's IP address), tissue and eye donation
// referrals; funeral home release forms (the funeral director's license, the removal vehicle's plate, witness initials),
// decedent tags, cremation authorizations and permits, burial plans, obituary links and valuables receipts; continuous
// home care shifts, inpatient respite stays, general inpatient transfers by a local ambulance service, after-hours
// triage calls; comfort kit orders (pharmacy, prescription number, the prescriber's DEA number), courier deliveries,
// infusion pumps and DME with serial and lot numbers; volunteer visit logs and narratives, veteran pinning ceremonies
// with VA file numbers, legacy projects and music therapy; interdisciplinary group (IDG) meeting minutes, patient review
// lines and census rows; controlled medication disposal witness logs and count discrepancies; caregiver contact lists,
// case manager signature blocks, fax covers, telehealth recertification visits with the patient's IP address, nursing
// facility coordination, e-mails from family and billing lines with accounts, claims and SSNs; in mixed case, ALL CAPS
// and lower case. Dates are written every way ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024',
// 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024',
// '3/2024', holidays such as 'Christmas Eve' and 'Thanksgiving Day', the notary's '4th day of March, 2024'); ages over
// 89, phones, fax numbers, e-mails, URLs and IP addresses are planted. Given names and surnames of patients, relatives,
// chaplains and staff are often everyday words (Hope, Faith, Grace, Joy, Mercy, Patience, Rocky, Will, Bill, Dawn; Stone,
// Hill, Graves, Church, Bishop, Deacon, Parsons, Sexton, Coffin, Price, Love, Sweet, Rich, Wells); towns are often
// everyday words (Liberty, Union, Hope, Harmony, Comfort, Bliss, Eden, Paradise, Concord, Providence, Friendship, Faith,
// Joy, Grace, Loyal, Normal, Welcome). A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scorePalliativeWave`.
// Decisions: every word of a person's name is planted as its own part (given names and surnames of patients, relatives,
// chaplains, clergy, witnesses, notaries, funeral directors, volunteers and staff; a surname written in capitals on a
// decedent tag); a middle initial, a first initial before a surname, a title ('Dr.', 'Rev.', 'Father', 'Rabbi',
// 'Chaplain') and a credential ('RN', 'CHPN', 'LPN', 'NP', 'MD', 'MSW', 'LCSW', 'MT-BC', 'USMC') are not planted; the
// initials of a signer or witness are planted; a relation without a name ('daughter', 'next of kin', 'health care
// proxy') and a role without a name ('the chaplain', 'the medical director', 'the funeral director') are kept; a local
// hospice, hospice house, hospital, nursing or assisted-living facility, physician practice, funeral home, crematory,
// cemetery, church, parish, temple or mosque, pharmacy, DME supplier, ambulance service, donor network, law firm,
// employer, library or senior center, and a county office ('Franklin County Medical Examiner', 'Union County
// Sheriff's Office') is planted whole with its kind words; a national body, payer, pharmacy chain or DME chain named
// alone ('CMS', 'Medicare', 'NHPCO', 'Humana', 'CVS', 'Lincare', 'Dignity Memorial', 'We Honor Veterans') is kept; a
// town is planted, a county named alone after 'County of' is planted, a state and a region are kept; a street address is
// planted from its number to its street type; a ZIP is planted; every full date, 'Mar 4', '3/4', a weekday naming one
// day, 'the 4th' (its ordinal), a month with a year and a holiday that fixes a day are planted, the two ends of a
// benefit period are planted each; the notary's '4th day of March, 2024' is planted whole; a standing schedule
// ('Monday through Friday', 'twice weekly') is kept; a time (the time of death too) and durations are kept; ages over
// 89 are planted as their number; MRNs, hospice ids, Medicare beneficiary identifiers, Medicaid, plan member, account,
// claim, SSN and VA file numbers, NPI and DEA numbers, physician, funeral director and notary license or commission
// numbers, advance directive registry numbers, death certificate, cremation permit, medical examiner case, donation
// referral, prescription, delivery tracking, receipt, incident and telehealth session numbers, pump, bed and concentrator
// serial numbers, drug lot numbers and a vehicle's plate are planted; a phone's leading '(' need not be covered; e-mails
// and URLs are planted whole; IP addresses are planted. Kept (look-alikes): eponyms (Cheyne-Stokes, Kussmaul, Kennedy
// terminal ulcer, Graves' disease, Parkinson's, Alzheimer's, Lewy body, Foley, Hoyer), scales and scores (PPS, KPS,
// ECOG, FAST 7c, PAINAD, RASS, ESAS, NYHA, GOLD, MELD, Braden, Morse), drugs and brands (Roxanol, Haldol, Ativan, Robinul,
// Levsin, Transderm Scop, Dilaudid, Duragesic, Compazine, Versed), devices and brands (CADD-Solis, PleurX, Deterra,
// BiPAP, Broda chair), procedures, national bodies, payers and programs, forms, laws and standards (42 CFR 418.22, NOE,
// NOTR, POLST Paradigm, Five Wishes, Serious Illness Conversation Guide, SPIKES), codes (Z51.5, G30.9, CPT 99497, HCPCS
// Q5001, revenue code 0651, NDC), vital signs and doses, levels of care (RHC, CHC, GIP, IRC), generic places (the
// inpatient unit, the hospice house, the funeral home, the cemetery), relations and roles without names, ages of 89 and
// under, years alone, counts and durations, standing schedules, hymns, and everyday words that are also names or towns
// (hope, faith, grace, peace, comfort, joy, will, rocky, stone).
// Measured before rules: 0.941 recall on seeds 5, 11, 23 (6894/7323), 0.947 on fresh seeds 41, 42, 43 (6931/7321); 5/165
// look-alikes touched ("CMS", "Dignity Memorial", "CHC", "Christmas music", "New England") (engine at 6d111ff).
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, ie, de, it, pl];

/** Given names and surnames that are everyday words (many of them virtues, trades of the church and the graveyard). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Patience', 'Charity', 'Constance', 'Prudence', 'Temperance', 'Dawn', 'Autumn', 'Summer', 'Star', 'Pearl', 'Ruby', 'Opal', 'Iris', 'Violet', 'Rose', 'Lily', 'Sunny', 'Misty', 'Crystal', 'Rocky', 'Will', 'Bill', 'Mark', 'Chase', 'Skip', 'Buddy', 'Dusty', 'Duke', 'Earl', 'Major', 'Sonny', 'Penny', 'Honey', 'Angel', 'Blessing', 'Precious', 'Goldie', 'Birdie'];
const WORD_SUR = ['Stone', 'Hill', 'Graves', 'Church', 'Bishop', 'Deacon', 'Parsons', 'Sexton', 'Coffin', 'Price', 'Love', 'Sweet', 'Rich', 'Wells', 'Banks', 'Brooks', 'Rivers', 'Lane', 'Street', 'King', 'Mason', 'Porter', 'Fisher', 'Baker', 'Cook', 'Shepherd', 'Gardner', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Friend', 'Noble', 'Moody', 'Hale', 'Best', 'Goodman', 'Steward', 'Pray', 'Mourning', 'Peace', 'Bury', 'Alms'];

/** Towns that are everyday words, and real towns where hospices serve. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Harmony', 'Comfort', 'Bliss', 'Eden', 'Paradise', 'Concord', 'Providence', 'Friendship', 'Faith', 'Joy', 'Grace', 'Loyal', 'Normal', 'Welcome', 'Unity', 'Independence', 'Fairview', 'Pleasant Hill', 'Golden', 'Homestead', 'Temperance', 'Peace Dale', 'Reliance'];
const REAL_TOWNS = ['Asheville', 'Hickory', 'Gastonia', 'Kingsport', 'Bluefield', 'Beckley', 'Paducah', 'Florence', 'Dothan', 'Tupelo', 'Hattiesburg', 'Joplin', 'Rapid City', 'Mankato', 'Eau Claire', 'Wausau', 'Kalamazoo', 'Lima', 'Zanesville', 'Altoona', 'Scranton', 'Bangor', 'Rutland', 'Pittsfield', 'Keene', 'Ithaca', 'Elmira', 'Yakima', 'Bend', 'Medford', 'Prescott', 'Las Cruces', 'Pueblo', 'Casper', 'Billings', 'Missoula', 'Abilene', 'Tyler', 'Lake Charles', 'Ocala', 'Sarasota', 'Muncie', 'Decatur', 'Cape Girardeau'];
const STATES = ['OH', 'PA', 'NC', 'TN', 'WV', 'KY', 'AL', 'MS', 'MO', 'SD', 'MN', 'WI', 'MI', 'ME', 'VT', 'MA', 'NH', 'NY', 'WA', 'OR', 'AZ', 'NM', 'CO', 'WY', 'MT', 'TX', 'LA', 'FL'];
const STATE_NAMES = ['Ohio', 'Pennsylvania', 'North Carolina', 'Tennessee', 'West Virginia', 'Kentucky', 'Alabama', 'Missouri', 'Minnesota', 'Wisconsin', 'Michigan', 'Maine', 'Vermont', 'Oregon', 'Arizona', 'Colorado', 'Montana', 'Texas', 'Florida'];
const COUNTY_WORDS = ['Franklin', 'Union', 'Washington', 'Jefferson', 'Madison', 'Marion', 'Greene', 'Clay', 'Monroe', 'Wayne', 'Lincoln', 'Hamilton', 'Buncombe', 'Catawba', 'Sullivan', 'Mercer', 'McCracken', 'Houston', 'Lee', 'Jasper', 'Pennington', 'Blue Earth', 'Marathon', 'Kalamazoo', 'Muskingum', 'Blair', 'Lackawanna', 'Penobscot', 'Hope', 'Liberty'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Oak', 'Cedar', 'Pine', 'Walnut', 'Chestnut', 'Church', 'Mill', 'Lincoln', 'Washington', 'Jefferson', 'Park', 'Lake', 'River', 'Spring', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Meadow', 'Orchard', 'Hillcrest', 'Sunset', 'Dogwood', 'Magnolia', 'Quail Run', 'Old Mill', 'Cemetery'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Circle', 'Way', 'Pike', 'Hwy', 'Trail'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Thomas', 'Teresa', 'Catherine', 'Paul', 'Monica'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital'];
/** Words local hospices, facilities and donor networks are named with. */
const CARE_WORDS = ['Hope Valley', 'Gentle Shepherd', 'Evening Star', 'Still Waters', 'Harbor Light', 'Morning Light', 'Safe Harbor', 'Twin Rivers', 'Peaceful Path', 'Quiet Pines', 'Blue Ridge', 'Green Meadows', 'Autumn Leaves', 'Silver Oaks', 'Willow Creek', 'Sunrise', 'Cedar Ridge', 'Lakeview', 'Crossroads', 'Good Samaritan', 'Open Arms', 'Lighthouse'];
const CEMETERY_WORDS = ['Oak Hill', 'Evergreen', 'Mount Olivet', 'Greenwood', 'Riverside', 'Pleasant View', 'Restlawn', 'Fairlawn', 'Cedar Grove', 'Hillcrest', 'Mount Hope', 'Forest Lawn', 'Rose Hill', 'Maple Grove'];
const BAPTIST_WORDS = ['Greater Mount Zion', 'New Hope', 'Shiloh', 'Bethel', 'Ebenezer', 'Mount Calvary', 'Little Rock', 'Friendship', 'Zion Hill', 'Macedonia'];
const TEMPLE_WORDS = ['Beth Shalom', 'Beth El', 'Beth Israel', 'Emanu-El', 'Sinai', 'Rodef Shalom'];
const MOSQUE_WORDS = ['Al-Noor', 'Al-Huda', 'Al-Rahma', 'Al-Taqwa', 'Dar Al-Salam'];
/** National payers, pharmacy chains and DME chains named alone (kept). */
const PAYERS = ['Humana', 'Aetna', 'UnitedHealthcare', 'Blue Cross Blue Shield', 'Cigna', 'Anthem', 'Tricare for Life'];
const DIAGNOSES = ['metastatic pancreatic adenocarcinoma', 'end-stage heart failure', 'COPD with chronic respiratory failure', 'Alzheimer\'s dementia, FAST 7c', 'ALS with bulbar involvement', 'end-stage renal disease, dialysis stopped', 'glioblastoma', 'metastatic non-small cell lung cancer', 'end-stage liver disease', 'adult failure to thrive'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Thanksgiving Day', 'Easter Sunday', "Mother's Day", "Father's Day", 'the Fourth of July', 'Memorial Day', 'Labor Day', 'Halloween', "Valentine's Day"];
/** Relations a name follows. */
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson', 'daughter-in-law', 'son-in-law', 'partner', 'stepdaughter', 'cousin', 'neighbor', 'friend'];
/** Handles families and staff use as e-mail names. */
const HANDLES = ['bluebird', 'gardenlady', 'nanaof5', 'papabear', 'buckeyefan', 'fishingpro', 'quilter', 'oldsalt', 'sunflower', 'cardinal', 'woodworker', 'farmgirl', 'tarheel', 'bassmaster', 'mimi.and.pop', 'grammy', 'rnonthego', 'hospicenurse', 'carolina.girl', 'lakehouse'];
const CLERGY = ['Rev.', 'Pastor', 'Deacon', 'Elder'];

/** A person: given name and surname, each planted. */
interface Person {
  readonly given: string;
  readonly sur: string;
}
const full = (p: Person): string => `${p.given} ${p.sur}`;
const listed = (p: Person): string => `${p.sur}, ${p.given}`;
const parts = (p: Person): string[] => [p.given, p.sur];
const DAY_MS = 86400000;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), sur: this.sur() };
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
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  /** A clergy title with a congregation it fits (the congregation is planted whole). */
  clergyOf(): readonly [string, string] {
    const ch = this.church();
    if (ch.startsWith('Temple')) return ['Rabbi', ch];
    if (ch.startsWith('Masjid')) return ['Imam', ch];
    if (ch.startsWith('St.')) return [this.pick(['Father', 'Deacon', 'Sister']), ch];
    return [this.pick(CLERGY), ch];
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  diagnosis(): string {
    return this.pick(DIAGNOSES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Paducah' ? 'Tupelo' : 'Paducah';
  }
  state(): string {
    return this.pick(STATES);
  }
  stateName(): string {
    return this.pick(STATE_NAMES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A local hospice agency. */
  hospice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Hospice`;
    if (k === 1) return `Hospice of ${this.town()}`;
    if (k === 2) return `${this.pick(CARE_WORDS)} Hospice & Palliative Care`;
    if (k === 3) return `${this.pick(CARE_WORDS)} Hospice`;
    return `Hospice & Palliative Care of ${this.town()}`;
  }
  hospiceHouse(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(CARE_WORDS)} Hospice House`;
    if (k === 1) return `${this.sur()} Hospice House`;
    return `${this.town()} Hospice Residence`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A nursing or assisted-living facility. */
  facility(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Health & Rehabilitation`;
    if (k === 1) return `${this.pick(CARE_WORDS)} Manor`;
    if (k === 2) return `${this.pick(CARE_WORDS)} Assisted Living`;
    if (k === 3) return `The Gardens at ${this.town()}`;
    return `${this.sur()} Nursing Home`;
  }
  practice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.sur()} Internal Medicine`;
    if (k === 2) return `${this.town()} Oncology Associates`;
    return `${this.town()} Heart & Vascular`;
  }
  funeralHome(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.sur()} Funeral Home`;
    if (k === 1) return `${this.sur()} & Sons Funeral Home`;
    if (k === 2) return `${this.sur()}-${this.sur()} Funeral Chapel`;
    if (k === 3) return `${this.town()} Memorial Chapel`;
    return `${this.sur()} Mortuary`;
  }
  crematory(): string {
    return this.r() < 0.5 ? `${this.town()} Cremation Services` : `${this.pick(CARE_WORDS)} Crematory`;
  }
  cemetery(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(CEMETERY_WORDS)} Cemetery`;
    if (k === 1) return `${this.town()} Memorial Gardens`;
    return `St. ${this.pick(SAINTS)} Cemetery`;
  }
  church(): string {
    const k = this.int(0, 5);
    if (k === 0) return `St. ${this.pick(SAINTS)} Catholic Church`;
    if (k === 1) return `First Baptist Church of ${this.town()}`;
    if (k === 2) return `${this.town()} United Methodist Church`;
    if (k === 3) return `${this.pick(BAPTIST_WORDS)} Missionary Baptist Church`;
    if (k === 4) return `Temple ${this.pick(TEMPLE_WORDS)}`;
    return `Masjid ${this.pick(MOSQUE_WORDS)}`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Drug Store`;
    return `${this.pick(CARE_WORDS)} Hospice Pharmacy`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.pick(CARE_WORDS)} Home Medical`;
    return `${this.sur()} Oxygen & DME`;
  }
  ambulance(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Ambulance Service`;
    if (k === 1) return `${this.county()} County EMS`;
    return `${this.pick(CARE_WORDS)} Medical Transport`;
  }
  donorNetwork(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['Heartland Gift', 'Legacy', 'Lifeline', 'New Life', 'Second Chance', 'Gift of Sight'])} Donor Network`;
    if (k === 1) return `${this.town()} Eye Bank`;
    return `${this.pick(CARE_WORDS)} Tissue Services`;
  }
  /** A county office (planted whole). */
  countyOffice(kind: 'examiner' | 'sheriff'): string {
    const c = this.county();
    if (kind === 'sheriff') return `${c} County Sheriff's Office`;
    return this.r() < 0.5 ? `${c} County Medical Examiner` : `${c} County Coroner`;
  }
  lawFirm(): string {
    const a = this.sur();
    const b = this.sur();
    return this.r() < 0.5 ? `${a} & ${b} Elder Law` : `Law Office of ${this.given()} ${a}`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Feed & Seed`;
    if (k === 1) return `${this.sur()} Hardware`;
    if (k === 2) return `${this.town()} Public Schools`;
    return `${this.town()} Diner`;
  }
  venue(): string {
    return this.r() < 0.5 ? `${this.town()} Public Library` : `${this.town()} Senior Center`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms hospices write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** Dates `offsets` days after one start, all written one way (a benefit period's ends). */
  datesAfter(offsets: readonly number[]): string[] {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 7);
    const start = Date.UTC(y, m - 1, d);
    return offsets.map((o) => {
      const t = new Date(start + o * DAY_MS);
      return writtenDate(k, t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCFullYear())!;
    });
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
  ordinalDay(): string {
    return ordinal(this.int(1, 28));
  }
  /** The notary's '4th day of March, 2024'. */
  notaryDate(): string {
    const [m, d] = this.md();
    return `${ordinal(d)} day of ${MONTHS[m - 1]!}, ${this.year()}`;
  }
  dob(lo = 1924, hi = 1975): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  hospiceId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `H${this.digitString(6)}`;
    if (k === 1) return `HOS-${this.digitString(5)}`;
    return this.digitString(6);
  }
  /** A Medicare beneficiary identifier (1EG4-TE5-MK73), with its dashes or without. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const A = `${L}0123456789`;
    const s = `${this.int(1, 9)}${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}-${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}-${this.lettersOf(L, 2)}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.5 ? s : s.replace(/-/g, '');
  }
  medicaid(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(9, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.letters(1)}${this.digitString(8)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `HA${this.digitString(7)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(14) : `${this.digitString(5)}-${this.digitString(6)}-${this.digitString(3)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  vaFile(): string {
    return this.r() < 0.5 ? `C-${this.digitString(8)}` : this.digitString(9);
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digitString(9)}`;
  }
  /** A DEA number: a registrant letter, the surname's letter and seven digits. */
  dea(s: string): string {
    const c = asciiLetters(s).charAt(0).toUpperCase() || 'X';
    return `${this.pick(['A', 'B', 'F', 'M'])}${c}${this.digitString(7)}`;
  }
  /** A physician's, nurse's or funeral director's state license number. */
  license(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(['MD', 'DO', 'APRN', 'FD'])}-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(5)}`;
    if (k === 2) return this.digitString(this.int(6, 7));
    return `${this.pick(['FDE', 'FSL', 'RN'])}${this.digitString(5)}`;
  }
  commission(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 8)) : `${this.year()}-${this.digitString(6)}`;
  }
  registryNo(): string {
    return this.r() < 0.5 ? `AD-${this.digitString(7)}` : this.digitString(9);
  }
  deathCert(): string {
    return this.r() < 0.5 ? `${this.year()}-${this.digitString(6)}` : `${this.int(110, 159)}-${this.year()}-${this.digitString(6)}`;
  }
  permit(): string {
    return this.r() < 0.5 ? `BT-${this.digitString(6)}` : this.digitString(8);
  }
  meCase(): string {
    return this.r() < 0.5 ? `ME-${pad2(this.int(15, 25))}-${this.digitString(5)}` : `${pad2(this.int(15, 25))}-${this.digitString(4)}`;
  }
  referral(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.letters(2)}${this.digitString(6)}`;
  }
  rx(): string {
    return this.digitString(this.int(7, 8));
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.letters(3)}${this.digitString(11)}` : this.digitString(12);
  }
  receipt(): string {
    return this.r() < 0.5 ? `R-${this.digitString(5)}` : this.digitString(6);
  }
  incident(): string {
    return this.r() < 0.5 ? `${pad2(this.int(15, 25))}-${this.digitString(6)}` : `IR${this.digitString(6)}`;
  }
  session(): string {
    return this.r() < 0.5 ? this.digitString(10) : `TH-${this.digitString(8)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `${this.digitString(4)}-${this.digitString(5)}`;
    return `${this.letters(1)}${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
  }
  lot(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(4)}${this.letters(1)}${this.int(1, 9)}` : `${this.digitString(2)}${this.letters(2)}${this.digitString(3)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}hospice.org`, 'gmail.com', 'yahoo.com', 'aol.com', 'comcast.net', `${asciiLetters(this.pick(CARE_WORDS))}hospice.org`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(40, 99)}`]);
    return `${local}@${dom}`;
  }
  /** An e-mail whose local part is a handle or initials, not the owner's name (the name is planted on its own beside it). */
  handleEmail(): string {
    const dom = this.pick([`${asciiLetters(this.town())}hospice.org`, 'gmail.com', 'yahoo.com', 'aol.com', 'comcast.net', 'outlook.com', 'icloud.com']);
    const local = this.r() < 0.6 ? `${this.pick(HANDLES)}${this.int(40, 99)}` : `${this.letters(this.int(2, 3)).toLowerCase()}${this.digitString(this.int(3, 4))}`;
    return `${local}@${dom}`;
  }
  ip(): string {
    return this.r() < 0.4 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // hospice admission and certification
  ['hospice admission face sheet', (d) => {
    const p = d.person(); const dob = d.dob(); const hid = d.hospiceId(); const mrn = d.mrn(); const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip(); const a = d.person(); const pr = d.practice();
    return [`HOSPICE ADMISSION - FACE SHEET\nPatient: ${listed(p)}   DOB: ${dob}\nHospice ID: ${hid}   MRN: ${mrn}\nAdmit date: ${dt}   Level of care: Routine Home Care\nAddress: ${st}, ${t}, ${d.state()} ${z}\nAttending: Dr. ${full(a)} (${pr})`, [...parts(p), dob, hid, mrn, dt, st, t, z, ...parts(a), pr]];
  }],
  ['certification of terminal illness', (d) => {
    const p = d.person(); const [a, b] = d.datesAfter([0, 89]); const ph = d.person(); const npi = d.npi(); const sd = d.date();
    return [`CERTIFICATION OF TERMINAL ILLNESS\nI certify that ${full(p)} is terminally ill with a life expectancy of six months or less if the illness runs its normal course.\nBenefit period 1: ${a} through ${b}\nPrincipal diagnosis: ${d.diagnosis()}\nPhysician: ${full(ph)}, MD   NPI ${npi}   Signed ${sd}`, [...parts(p), a!, b!, ...parts(ph), npi, sd]];
  }],
  ['benefit period history table', (d) => {
    const [a1, b1, a2, b2, a3] = d.datesAfter([0, 89, 90, 179, 180]);
    return [`Benefit periods:\n  BP1   ${a1} - ${b1}   (90 days)\n  BP2   ${a2} - ${b2}   (90 days)\n  BP3   ${a3} -           (60 days, F2F required)`, [a1!, b1!, a2!, b2!, a3!]];
  }],
  ['face-to-face encounter attestation', (d) => {
    const n = d.person(); const dt = d.date(); const f = d.facility(); const s = d.sur();
    return [`FACE-TO-FACE ATTESTATION: I, ${full(n)}, NP, attest that I had a face-to-face encounter with the patient on ${dt} at ${f} and that the clinical findings were provided to the certifying physician, Dr. ${s}, for recertification into the third benefit period.`, [...parts(n), dt, f, s]];
  }],
  ['notice of election and beneficiary ids', (d) => {
    const dt = d.date(); const md = d.slashMd(); const mbi = d.mbi(); const mcd = d.medicaid(); const mem = d.memberId();
    return [`NOE submitted ${dt}, accepted ${md}. MBI ${mbi}; Medicaid ${mcd}; secondary ${d.payer()} member ID ${mem}.`, [dt, md, mbi, mcd, mem]];
  }],
  ['election signed by representative', (d) => {
    const md = d.monDay(); const r = d.person(); const dt = d.date();
    return [`Hospice election statement signed ${md} by ${d.relation()} ${full(r)} as patient representative (patient lacks capacity); effective date ${dt}. Copy left in the home folder.`, [md, ...parts(r), dt]];
  }],
  ['revocation and live discharge', (d) => {
    const dt = d.date(); const h = d.hospital(); const md = d.slashMd(); const pr = d.practice(); const [fx, p] = d.phone();
    return [`Patient revoked the hospice benefit on ${dt} to pursue chemotherapy at ${h}; NOTR filed ${md}. Discharge summary faxed to ${pr} at ${fx}.`, [dt, h, md, pr, p]];
  }],
  ['transfer between hospices', (d) => {
    const hs = d.hospice(); const t = d.town(); const dt = d.date(); const n = d.person(); const [ph, p] = d.phone();
    return [`Transfer in from ${hs}, ${t}, effective ${dt}; prior hospice contact ${full(n)}, RN, ${ph}. Benefit period unchanged.`, [hs, t, dt, ...parts(n), p]];
  }],
  ['referral phone message', (d) => {
    const cm = d.person(); const h = d.hospital(); const [ph, p] = d.phone(); const x = d.ext(); const pt = d.person(); const age = d.ageOver89(); const t = d.town(); const g = d.given(); const [ph2, p2] = d.phone();
    return [`Referral: call from ${full(cm)}, case manager at ${h}, ${ph} ext ${x}. Pt ${full(pt)}, ${age}-year-old with end-stage CHF, wants to go home to ${t}. Family contact: ${d.relation()} ${g}, ${ph2}.`, [...parts(cm), h, p, x, ...parts(pt), age, t, g, p2]];
  }],
  // goals of care
  ['goals-of-care conversation', (d) => {
    const w = d.weekday(); const g = d.given(); const g2 = d.given(); const my = d.monthYear();
    return [`Goals-of-care conversation ${w} with patient and ${d.relation()} ${g}; Serious Illness Conversation Guide used. Goals: to be at home, to be comfortable, to see ${d.relation()} ${g2} graduate in ${my}.`, [w, g, g2, my]];
  }],
  ['code status change with proxy', (d) => {
    const dt = d.date(); const h = d.person(); const s = d.sur();
    return [`Code status changed to DNR/DNI on ${dt} after discussion with health care proxy ${full(h)} (${d.relation()}), who reports the patient "never wanted machines." Dr. ${s} aware and agrees.`, [dt, ...parts(h), s]];
  }],
  ['prognosis over 89 with caregiver', (d) => {
    const age = d.ageOver89(); const c = d.person(); const t = d.town(); const e = d.employer();
    return [`${age}-year-old ${d.pick(['woman', 'man'])}, retired from ${e}, with advanced dementia, FAST 7c, PPS 30%, weight loss 12% in 6 months. Lives with ${d.relation()} ${full(c)} in ${t}.`, [age, e, ...parts(c), t]];
  }],
  ['wish to be home for a holiday', (d) => {
    const hd = d.holiday(); const g = d.given(); const t = d.town(); const o = d.ordinalDay();
    return [`Patient hopes to be home for ${hd}; ${d.relation()} ${g} is flying in from ${t}, ${d.state()}, on the ${o}.`, [hd, g, t, o]];
  }],
  ['wedding the patient wants to reach', (d) => {
    const g = d.given(); const md = d.monDay(); const ch = d.church();
    return [`"I want to make it to ${g}'s wedding," pt said. The ${d.relation()}'s wedding is set for ${md} at ${ch}; family asking about a bedside ceremony instead.`, [g, md, ch]];
  }],
  // family meetings and spiritual care
  ['family meeting attendees', (d) => {
    const dt = d.date(); const a = d.person(); const b = d.given(); const c = d.person(); const sw = d.person(); const s = d.sur(); const e = d.person(); const t = d.town();
    return [`FAMILY MEETING   ${dt}   ${d.time()}\nPresent: patient; ${d.relation()} ${full(a)} (HCP); ${d.relation()} ${b}; Chaplain ${full(c)}; ${full(sw)}, LCSW; Dr. ${s}, hospice medical director\nBy phone: ${d.relation()} ${full(e)} from ${t}`, [dt, ...parts(a), b, ...parts(c), ...parts(sw), s, ...parts(e), t]];
  }],
  ['family meeting summary', (d) => {
    const hh = d.hospiceHouse(); const g = d.given(); const g2 = d.given(); const w = d.weekday();
    return [`Family meeting in the family room at ${hh}. Daughter ${g} asked about IV fluids; explained the burdens at end of life. Son ${g2} disagrees and wants a second opinion; plan to reconvene ${w}.`, [hh, g, g2, w]];
  }],
  ['chaplain spiritual care note', (d) => {
    const c = d.person(); const ch = d.church(); const p = d.person(); const w = d.weekday(); const g = d.given();
    return [`Chaplain ${full(c)} visited. Pt is a lifelong member of ${ch}; her pastor, Rev. ${full(p)}, will visit ${w}. Prayed with pt and ${d.relation()} ${g}; spiritual pain score 2/10.`, [...parts(c), ch, ...parts(p), w, g]];
  }],
  ['priest anointing', (d) => {
    const s = d.sur(); const sa = d.pick(SAINTS); const par = `St. ${sa} Parish`; const dt = d.date(); const g = d.given();
    return [`Father ${s} of ${par} administered the Anointing of the Sick on ${dt}; pt's ${d.relation()} ${g} asked that a rosary be placed in her hands.`, [s, par, dt, g]];
  }],
  ['clergy call to visit', (d) => {
    const x = d.person(); const [title, ch] = d.clergyOf(); const [ph, p] = d.phone(); const g = d.given();
    return [`${title} ${full(x)} from ${ch} called at ${ph} asking to visit; family agreeable. Chaplain ${g} coordinating the time.`, [...parts(x), ch, p, g]];
  }],
  // POLST, MOLST and advance directives
  ['POLST form', (d) => {
    const p = d.person(); const dob = d.dob(); const s = d.person(); const lic = d.license(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)\nPatient Last Name: ${p.sur}   First: ${p.given}   DOB: ${dob}\nA. CPR: Do Not Attempt Resuscitation/DNR\nB. Medical Interventions: Comfort-Focused Treatment\nSignature of physician/NP/PA: ${full(s)}   License #: ${lic}   Phone: ${ph}   Date: ${dt}`, [...parts(p), dob, ...parts(s), lic, pp, dt]];
  }],
  ['MOLST witnesses and form location', (d) => {
    const dt = d.date(); const w1 = d.person(); const w2 = d.person(); const st = d.street();
    return [`MOLST completed ${dt} with patient; witnesses ${full(w1)} and ${full(w2)}. Original (pink) form is on the refrigerator at ${st}.`, [dt, ...parts(w1), ...parts(w2), st]];
  }],
  ['health care proxy appointment', (d) => {
    const p = d.person(); const st = d.street(); const t = d.town(); const a = d.person(); const st2 = d.street(); const t2 = d.otherTown(t); const [ph, pp] = d.phone();
    return [`I, ${full(p)}, of ${st}, ${t}, ${d.state()}, hereby appoint ${full(a)}, of ${st2}, ${t2}, telephone ${ph}, as my health care agent to make any and all health care decisions for me.`, [...parts(p), st, t, ...parts(a), st2, t2, pp]];
  }],
  ['alternate agent', (d) => {
    const a = d.person(); const [ph, p] = d.phone(); const em = d.handleEmail();
    return [`Alternate agent: ${full(a)} (${d.relation()}), ${ph}, ${em}. Agent may act only if the primary agent is unavailable.`, [...parts(a), p, em]];
  }],
  ['advance directive witnesses', (d) => {
    const w1 = d.person(); const st = d.street(); const t = d.town(); const z = d.zip(); const w2 = d.person(); const dt = d.date();
    return [`WITNESS 1: ${full(w1)}   Address: ${st}, ${t} ${z}\nWITNESS 2: ${full(w2)}   Date: ${dt}\nNeither witness is related to the declarant or entitled to any part of the estate.`, [...parts(w1), st, t, z, ...parts(w2), dt]];
  }],
  ['notary acknowledgment', (d) => {
    const c = d.county(); const nd = d.notaryDate(); const p = d.person(); const n = d.person(); const cn = d.commission(); const dt = d.date();
    return [`State of ${d.stateName()}, County of ${c}\nSubscribed and sworn to before me on the ${nd} by ${full(p)}.\n${full(n)}, Notary Public\nCommission No. ${cn}   My commission expires ${dt}`, [c, nd, ...parts(p), ...parts(n), cn, dt]];
  }],
  ['advance directive registry', (d) => {
    const reg = d.registryNo(); const dt = d.date(); const h = asciiLetters(d.town()) || 'union'; const url = d.pick([`https://www.${h}hospice.org/advance-directives`, `https://${h}hospice.org/forms/polst.pdf`, `www.${h}carefirst.org/planning`]);
    return [`Advance directive on file with the ${d.stateName()} registry, registration no. ${reg}; scanned to the chart ${dt}. Blank forms for the family at ${url}.`, [reg, dt, url]];
  }],
  ['financial power of attorney and estate attorney', (d) => {
    const a = d.person(); const l = d.person(); const f = d.lawFirm(); const [ph, p] = d.phone();
    return [`Financial POA held by ${d.relation()} ${full(a)}; estate attorney ${full(l)} of ${f}, ${ph}, has the will.`, [...parts(a), ...parts(l), f, p]];
  }],
  ['living will found', (d) => {
    const my = d.monthYear(); const a = d.person();
    return [`Living will dated ${my} found in the desk drawer; it names ${d.relation()} ${full(a)} as agent and declines artificial nutrition.`, [my, ...parts(a)]];
  }],
  // bereavement
  ['bereavement letter', (d) => {
    const r = d.person(); const dg = d.given(); const dod = d.date(); const bc = d.person(); const hs = d.hospice(); const [ph, p] = d.phone();
    return [`Dear ${full(r)},\nIt has been three months since ${dg} died on ${dod}. Many families find these months hard, and we are here to help.\nWith sympathy,\n${full(bc)}\nBereavement Coordinator, ${hs}\n${ph}`, [...parts(r), dg, dod, ...parts(bc), hs, p]];
  }],
  ['bereavement risk assessment', (d) => {
    const s = d.person(); const age = d.ageOver89(); const st = d.street(); const t = d.town();
    return [`Bereavement risk: HIGH. Surviving spouse ${full(s)}, age ${age}, lives alone at ${st}, ${t}; no family nearby, stopped driving last year.`, [...parts(s), age, st, t]];
  }],
  ['bereavement call log', (d) => {
    const dt = d.date(); const x = d.person(); const [ph, p] = d.phone(); const md = d.slashMd(); const an = d.monDay();
    return [`${dt} ${d.time()} - call to ${d.relation()} ${full(x)} (${ph}): sleeping poorly, back at church. Next call ${md}. Anniversary of death: ${an}.`, [dt, ...parts(x), p, md, an]];
  }],
  ['remembrance service invitation', (d) => {
    const w = d.weekday(); const md = d.monDay(); const ch = d.church(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Our annual Service of Remembrance will be held ${w}, ${md}, at ${ch}, ${st}, ${t}. RSVP to ${em}.`, [w, md, ch, st, t, em]];
  }],
  ['grief support group', (d) => {
    const v = d.venue(); const md = d.monDay(); const f = d.person(); const [ph, p] = d.phone();
    return [`Grief support group at ${v}, 6 weeks starting ${md}; facilitator ${full(f)}, ${ph}. Loss of a spouse group meets separately.`, [v, md, ...parts(f), p]];
  }],
  ['anniversary card mailed', (d) => {
    const my = d.monthYear(); const x = d.person(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`One-year anniversary card mailed ${my} to ${full(x)}, ${st}, ${t} ${z}. Bereavement services close at 13 months.`, [my, ...parts(x), st, t, z]];
  }],
  // death pronouncement
  ['death pronouncement note', (d) => {
    const g = d.given(); const dt = d.date(); const rn = d.person();
    return [`DEATH PRONOUNCEMENT\nCalled to bedside at ${d.time()} by ${d.relation()} ${g}. No spontaneous respirations, no heart sounds on auscultation for 60 seconds, pupils fixed.\nPronounced: ${dt} at ${d.time()}\n${full(rn)}, RN`, [g, dt, ...parts(rn)]];
  }],
  ['death notifications', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const fh = d.funeralHome(); const [ph2, p2] = d.phone();
    return [`Notified attending Dr. ${s} (${ph}), the hospice medical director, and ${fh} (${ph2}) at ${d.time()}. Medical examiner not notified: expected death.`, [s, p, fh, p2]];
  }],
  ['medical examiner case', (d) => {
    const me = d.countyOffice('examiner'); const md = d.slashMd(); const n = d.meCase(); const i = d.person();
    return [`${me} notified ${d.time()} ${md} (fall 2 days before death); case #${n}; investigator ${full(i)} released jurisdiction by phone.`, [me, md, n, ...parts(i)]];
  }],
  ['death certificate signed electronically', (d) => {
    const dc = d.deathCert(); const ph = d.person(); const dt = d.date(); const ip = d.ip();
    return [`Death certificate #${dc} signed in EDRS by Dr. ${full(ph)} on ${dt} from IP ${ip}; cause of death: ${d.diagnosis()}.`, [dc, ...parts(ph), dt, ip]];
  }],
  ['tissue and eye donation referral', (d) => {
    const o = d.donorNetwork(); const ref = d.referral(); const g = d.given();
    return [`Tissue/eye donation referral to ${o} at ${d.time()}, referral #${ref}; ${d.relation()} ${g} declined on behalf of the family.`, [o, ref, g]];
  }],
  ['death over 89 on a holiday', (d) => {
    const age = d.ageOver89(); const hd = d.holiday(); const g1 = d.given(); const g2 = d.given();
    return [`${age}-year-old died peacefully at home on ${hd} with ${d.relation()} ${g1} and ${d.relation()} ${g2} at the bedside.`, [age, hd, g1, g2]];
  }],
  // funeral home release
  ['funeral home release form', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dod = d.date(); const fh = d.funeralHome(); const st = d.street(); const t = d.town(); const z = d.zip(); const fd = d.person(); const lic = d.license(); const pl = d.plate(); const rn = d.person(); const ini = d.initials();
    return [`RELEASE OF REMAINS\nDecedent: ${listed(p)}   MRN ${mrn}\nDate of death: ${dod}   Time: ${d.time()}\nReleased to: ${fh}\nAddress: ${st}, ${t} ${z}\nFuneral director: ${full(fd)}   License #: ${lic}\nRemoval vehicle plate: ${pl}\nReleased by: ${full(rn)}, RN   Witness initials: ${ini}`, [...parts(p), mrn, dod, fh, st, t, z, ...parts(fd), lic, pl, ...parts(rn), ini]];
  }],
  ['decedent tag', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const dob = d.dob(); const dod = d.date(); const hid = d.hospiceId();
    return [`DECEDENT: ${s}, ${g}   DOB ${dob}   DOD ${dod}   Hospice ID ${hid}   Tag 1 of 2 (toe)`, [s, g, dob, dod, hid]];
  }],
  ['cremation authorization', (d) => {
    const k = d.person(); const dt = d.date(); const cr = d.crematory(); const pm = d.permit();
    return [`Cremation authorization signed by next of kin ${full(k)} (${d.relation()}) ${dt}; ${cr} permit #${pm}; 48-hour wait per state law.`, [...parts(k), dt, cr, pm]];
  }],
  ['burial plans', (d) => {
    const cem = d.cemetery(); const w = d.weekday(); const ch = d.church(); const fh = d.funeralHome();
    return [`Burial at ${cem} on ${w} after a funeral service at ${ch}; arrangements by ${fh}. Family asks that the hospice team be told.`, [cem, w, ch, fh]];
  }],
  ['obituary link', (d) => {
    const s = asciiLetters(d.sur()) || 'stone'; const g = asciiLetters(d.given()) || 'hope'; const s2 = asciiLetters(d.sur()) || 'hill'; const y = d.year(); const w = d.weekday();
    const url = d.pick([`https://www.${s}funeralhome.com/obituaries/${g}-${s2}`, `https://www.${s}-chapel.com/obituary/${g}-${s2}-${y}`, `www.${s}mortuary.com/tributes/${g}${s2}`]);
    return [`Obituary and online guestbook: ${url}\nVisitation ${w} ${d.int(2, 5)}-${d.int(6, 8)} pm; memorials to the hospice.`, [url, w]];
  }],
  ['valuables released', (d) => {
    const x = d.person(); const rc = d.receipt(); const ini = d.initials();
    return [`Wedding band and wristwatch released to ${d.relation()} ${full(x)}, receipt #${rc}, witnessed ${ini}. Dentures left in place.`, [...parts(x), rc, ini]];
  }],
  // continuous care, respite and inpatient
  ['continuous home care shift', (d) => {
    const dt = d.date(); const a = d.person(); const b = d.person(); const h = d.int(0, 15);
    return [`CHC ${dt} ${pad2(h)}:00-${pad2(h + 8)}:00 (8 h): crisis level of care for uncontrolled dyspnea. RN ${full(a)} present for the first 4 h; LPN ${full(b)} relieved. Morphine titrated per protocol.`, [dt, ...parts(a), ...parts(b)]];
  }],
  ['inpatient respite stay', (d) => {
    const f = d.facility(); const [a, b] = d.datesAfter([0, 4]); const c = d.person(); const t = d.town();
    return [`Inpatient respite at ${f} from ${a} to ${b} (5 days) while caregiver ${full(c)} attends a family wedding in ${t}.`, [f, a!, b!, ...parts(c), t]];
  }],
  ['GIP transfer by ambulance', (d) => {
    const hh = d.hospiceHouse(); const md = d.monDay(); const am = d.ambulance();
    return [`Transferred to ${hh} for GIP (pain crisis) ${md} at ${d.time()}; transport by ${am}, stretcher, O2 2 L.`, [hh, md, am]];
  }],
  ['after-hours triage call', (d) => {
    const x = d.person(); const [ph, p] = d.phone(); const n = d.person();
    return [`On-call ${d.time()}: ${d.relation()} ${full(x)} called from ${ph}, pt agitated and pulling at lines; advised lorazepam 0.5 mg SL from the comfort kit; RN ${full(n)} dispatched.`, [...parts(x), p, ...parts(n)]];
  }],
  // comfort kit, pharmacy and equipment
  ['comfort kit order', (d) => {
    const dt = d.date(); const ph = d.pharmacy(); const rx = d.rx(); const st = d.street(); const t = d.town(); const pr = d.person(); const dea = d.dea(pr.sur);
    return [`COMFORT KIT ORDER   ${dt}\nMorphine 20 mg/mL oral soln 30 mL; Lorazepam 0.5 mg tabs #10; Haloperidol 2 mg/mL 15 mL; Atropine 1% drops; Prochlorperazine 25 mg supp #6\nDispense: ${ph}   Rx #${rx}\nDeliver to: ${st}, ${t}\nPrescriber: ${full(pr)}, MD   DEA ${dea}`, [dt, ph, rx, st, t, ...parts(pr), dea]];
  }],
  ['pharmacy courier delivery', (d) => {
    const ph = d.pharmacy(); const w = d.weekday(); const trk = d.tracking(); const g = d.given();
    return [`${ph} courier delivered the comfort kit ${w} at ${d.time()}, tracking ${trk}; signed for by ${d.relation()} ${g}. Kit stored in the refrigerator.`, [ph, w, trk, g]];
  }],
  ['infusion pump and cassette lot', (d) => {
    const sn = d.serial(); const lot = d.lot(); const my = d.monthYear();
    return [`CADD-Solis pump SN ${sn}; hydromorphone 10 mg/mL cassette lot ${lot}, exp ${my}; basal 0.5 mg/h, bolus 0.5 mg q15 min.`, [sn, lot, my]];
  }],
  ['DME delivery with serials', (d) => {
    const dm = d.dme(); const s1 = d.serial(); const s2 = d.serial(); const w = d.weekday(); const g = d.given();
    return [`${dm} delivered a hospital bed (serial ${s1}) and an oxygen concentrator (SN ${s2}) on ${w}; driver ${g} set up the alternating-pressure mattress.`, [dm, s1, s2, w, g]];
  }],
  ['oxygen safety at the home', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.given();
    return [`Home O2 safety check at ${st}, ${t} ${z}: no-smoking signs posted, tubing 50 ft; ${d.relation()} ${g} agrees to smoke outside only.`, [st, t, z, g]];
  }],
  // volunteers
  ['volunteer visit log row', (d) => {
    const dt = d.mdy(); const v = d.person(); const ini = d.initials();
    return [`${dt} | ${full(v)} | 2.0 h | companionship, read the newspaper aloud | ${ini}`, [dt, ...parts(v), ini]];
  }],
  ['volunteer respite narrative', (d) => {
    const v = d.person(); const w = d.weekday(); const g = d.given(); const e = d.employer();
    return [`Volunteer ${full(v)} sat with pt ${w} afternoon so ${d.relation()} ${g} could work a shift at ${e}. Pt slept most of the visit.`, [...parts(v), w, g, e]];
  }],
  ['veteran pinning ceremony', (d) => {
    const dt = d.date(); const v = d.person(); const va = d.vaFile();
    return [`We Honor Veterans pinning ceremony ${dt}; volunteer ${full(v)} (USMC) presented the pin and certificate. Pt served in Korea; VA file no. ${va}.`, [dt, ...parts(v), va]];
  }],
  ['legacy project mailed', (d) => {
    const g1 = d.given(); const g2 = d.given(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Legacy project: recorded stories for grandchildren ${g1} and ${g2}; USB drive mailed to ${st}, ${t}, ${d.state()} ${z}.`, [g1, g2, st, t, z]];
  }],
  ['music therapy visit', (d) => {
    const m = d.person(); const g = d.given();
    return [`Music therapist ${full(m)}, MT-BC, played "Amazing Grace" and "How Great Thou Art" at ${d.relation()} ${g}'s request; RR 28 to 20.`, [...parts(m), g]];
  }],
  // interdisciplinary group
  ['IDG meeting header', (d) => {
    const dt = d.date(); const s = d.sur(); const a = d.person(); const b = d.person(); const c = d.person(); const v = d.person();
    return [`INTERDISCIPLINARY GROUP MEETING   ${dt}\nPresent: Dr. ${s} (medical director); ${full(a)}, RN case manager; ${full(b)}, MSW; Chaplain ${full(c)}; ${full(v)}, volunteer coordinator`, [dt, s, ...parts(a), ...parts(b), ...parts(c), ...parts(v)]];
  }],
  ['IDG patient review line', (d) => {
    const p = d.person(); const dt = d.date(); const n = d.person(); const w = d.weekday();
    return [`${listed(p)} - BP${d.int(2, 6)}, day ${d.int(5, 58)}; PPS 40% to 30%; recert due ${dt}; F2F by ${full(n)}, NP, scheduled ${w}.`, [...parts(p), dt, ...parts(n), w]];
  }],
  ['IDG plan of care update', (d) => {
    const md = d.slashMd(); const w = d.weekday(); const o = d.ordinalDay(); const ini = d.initials();
    return [`POC updated ${md}: add aide visits 3x/wk, chaplain monthly. Next IDG review ${w} the ${o}. Minutes by ${ini}.`, [md, w, o, ini]];
  }],
  ['IDG census row', (d) => {
    const hid = d.hospiceId(); const s = d.sur(); const g = d.given(); const f = d.facility(); const dt = d.mdy();
    return [`${hid} | ${s}, ${g.charAt(0)}. | ${f} | RHC | last RN visit ${dt} | BP2`, [hid, s, f, dt]];
  }],
  // medication disposal
  ['medication disposal witness log', (d) => {
    const dod = d.date(); const dd = d.slashMd(); const rn = d.person(); const w = d.person(); const ini = d.initials();
    return [`CONTROLLED MEDICATION DISPOSAL\nDate of death: ${dod}   Date disposed: ${dd}\nMorphine 20 mg/mL: 18 mL; Lorazepam 0.5 mg: 7 tabs\nMethod: Deterra pouch\nDisposed by: ${full(rn)}, RN\nWitness: ${full(w)} (${d.relation()})   Initials: ${ini}`, [dod, dd, ...parts(rn), ...parts(w), ini]];
  }],
  ['disposal count discrepancy', (d) => {
    const ph = d.person(); const so = d.countyOffice('sheriff'); const inc = d.incident();
    return [`Count discrepancy: 4 oxycodone 5 mg tabs unaccounted for; reported to pharmacist ${full(ph)} and to the ${so}, incident #${inc}.`, [...parts(ph), so, inc]];
  }],
  // contacts, signatures, faxes, telehealth, billing
  ['caregiver contact list', (d) => {
    const a = d.person(); const [ph, p] = d.phone(); const b = d.person(); const [ph2, p2] = d.phone();
    return [`Primary caregiver: ${full(a)} (${d.relation()}) cell ${ph}\nSecondary: ${full(b)} (${d.relation()}) work ${ph2}`, [...parts(a), p, ...parts(b), p2]];
  }],
  ['case manager signature block', (d) => {
    const n = d.person(); const hs = d.hospice(); const [ph, p] = d.phone(); const [fx, f] = d.phone(); const em = d.handleEmail();
    return [`${full(n)}, RN, CHPN\nHospice Case Manager, ${hs}\nCell ${ph} | Fax ${fx} | ${em}`, [...parts(n), hs, p, f, em]];
  }],
  ['fax cover to physician office', (d) => {
    const s = d.sur(); const pr = d.practice(); const [fx, f] = d.phone(); const hs = d.hospice(); const p = d.person(); const dob = d.dob();
    return [`FAX - To: Dr. ${s}, ${pr}   Fax: ${fx}\nFrom: ${hs}   Re: ${full(p)}, DOB ${dob}\nPages: 4 (recertification, plan of care, visit notes)`, [s, pr, f, hs, ...parts(p), dob]];
  }],
  ['telehealth recertification visit', (d) => {
    const dt = d.date(); const ip = d.ip(); const ses = d.session(); const g = d.given();
    return [`Telehealth F2F by video ${dt}; pt joined from IP ${ip} (session ${ses}); ${d.relation()} ${g} held the tablet. Findings support continued eligibility.`, [dt, ip, ses, g]];
  }],
  ['nursing facility coordination', (d) => {
    const f = d.facility(); const x = d.person(); const w = d.weekday();
    return [`Pt resides at ${f}, room ${d.int(101, 340)}; facility nurse ${full(x)} notified of new orders ${w}. Hospice aide visits Monday, Wednesday and Friday.`, [f, ...parts(x), w]];
  }],
  ['e-mail from family', (d) => {
    const x = d.person(); const em = d.handleEmail(); const md = d.monDay();
    return [`E-mail from ${d.relation()} ${full(x)} <${em}> ${md}: asks whether Mom can still have ice cream and sips of wine.`, [...parts(x), em, md]];
  }],
  ['billing line with account claim and SSN', (d) => {
    const acct = d.account(); const cl = d.claim(); const my = d.monthYear(); const ssn = d.ssn();
    return [`Billing: hospice account ${acct}; claim ${cl} for ${my} (RHC ${d.int(10, 31)} days, revenue code 0651); SSN ${ssn} verified.`, [acct, cl, my, ssn]];
  }],
  ['visit schedule with next dates', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const x = d.person(); const o = d.ordinalDay();
    return [`SN visits twice weekly; next aide visit ${w}, ${md}; social worker ${full(x)} on the ${o}.`, [w, md, ...parts(x), o]];
  }],
  ['staff name written variously in a visit note', (d) => {
    const [nm, ps] = d.staff(); const dt = d.date(); const g = d.given();
    return [`Visit note ${dt}: pt resting, RASS -2, PAINAD 1; ${d.relation()} ${g} at bedside. Signed ${nm}, RN.`, [dt, g, ...ps]];
  }],
];

/** The names of the wave's frames. */
export const palliativeFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function palliativeWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 12791, rounds);
}

/** Look-alikes in palliative-care style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms
  ['Cheyne-Stokes respirations noted overnight.', 'Cheyne-Stokes'], ['No Kussmaul breathing.', 'Kussmaul'],
  ['Kennedy terminal ulcer on the sacrum, new today.', 'Kennedy terminal ulcer'], ["History of Graves' disease, treated.", "Graves'"],
  ["Advanced Parkinson's disease with dysphagia.", "Parkinson's"], ["Alzheimer's dementia, FAST 7c.", "Alzheimer's"],
  ['Lewy body dementia with visual hallucinations.', 'Lewy body'], ["Huntington's disease, late stage.", "Huntington's"],
  ['Foley catheter placed for comfort.', 'Foley'], ['Hoyer lift for all transfers.', 'Hoyer lift'], 
  ['Glasgow Coma Scale 6.', 'Glasgow Coma Scale'],
  // scales and scores
  ['Palliative Performance Scale 30%.', 'Palliative Performance Scale 30%'], ['PPS 40%.', 'PPS 40%'], ['Karnofsky 30.', 'Karnofsky 30'],
  ['ECOG 4.', 'ECOG 4'], ['FAST stage 7c.', 'FAST stage 7c'], ['PAINAD 6/10.', 'PAINAD 6/10'], ['RASS -3 after midazolam.', 'RASS -3'],
  ['ESAS completed: pain 7, dyspnea 5.', 'ESAS'], ['Edmonton Symptom Assessment System reviewed.', 'Edmonton Symptom Assessment System'],
  ['NYHA class IV at rest.', 'NYHA class IV'], ['GOLD 4 COPD on home O2.', 'GOLD 4'], ['MELD 31.', 'MELD 31'], ['Braden 10, high risk.', 'Braden 10'],
  ['Morse fall score 65.', 'Morse fall score 65'], ['MAC 17 cm, down from 20 cm.', 'MAC 17 cm'],
  ['CAM positive for delirium.', 'CAM positive'],
  // drugs and brands
  ['Morphine sulfate 20 mg/mL oral solution (Roxanol).', 'Roxanol'], ['Haloperidol (Haldol) 0.5 mg q4h PRN.', 'Haldol'],
  ['Lorazepam (Ativan) 0.5 mg SL.', 'Ativan'], ['Glycopyrrolate (Robinul) for secretions.', 'Robinul'], ['Atropine 1% drops, 2 drops SL.', 'Atropine 1%'],
  ['Scopolamine patch (Transderm Scop) behind the ear.', 'Transderm Scop'], ['Hyoscyamine (Levsin) 0.125 mg SL.', 'Levsin'],
  ['Prochlorperazine (Compazine) 25 mg PR.', 'Compazine'], ['Hydromorphone (Dilaudid) via pump.', 'Dilaudid'], ['Fentanyl patch (Duragesic) 25 mcg/h.', 'Duragesic'],
  ['Methadone 2.5 mg BID.', 'Methadone'], ['Dexamethasone 4 mg daily for appetite.', 'Dexamethasone'], ['Senna-S 2 tabs at bedtime.', 'Senna-S'],
  ['Bisacodyl (Dulcolax) suppository.', 'Dulcolax'], ['Midazolam (Versed) for palliative sedation.', 'Versed'], ['Olanzapine (Zyprexa) 2.5 mg.', 'Zyprexa'],
  ['Ondansetron ODT (Zofran).', 'Zofran'], ['Naloxone (Narcan) kit left in the home.', 'Narcan'],
  ['Lidocaine 5% patch (Lidoderm).', 'Lidoderm'],
  // devices and brands
  ['CADD-Solis pump programmed.', 'CADD-Solis'], ['PleurX catheter drained 1 L.', 'PleurX'], ['Deterra pouch used for disposal.', 'Deterra'],
  ['BiPAP removed per patient wishes.', 'BiPAP'], ['Broda chair delivered.', 'Broda chair'], ['Alternating-pressure mattress in place.', 'Alternating-pressure mattress'],
  ['Oxygen concentrator at 3 L.', 'Oxygen concentrator'], ['Inogen portable concentrator for outings.', 'Inogen'],
  // procedures
  ['Paracentesis, 4 L removed.', 'Paracentesis'], ['Thoracentesis declined.', 'Thoracentesis'], ['Terminal extubation planned with family present.', 'Terminal extubation'],
  ['Palliative sedation considered.', 'Palliative sedation'], ['Celiac plexus block helped the pain.', 'Celiac plexus block'], ['Palliative radiation 8 Gy x1.', '8 Gy'],
  // national bodies, payers and programs
  ['CMS hospice eligibility criteria met.', 'CMS'], ['Medicare Hospice Benefit elected.', 'Medicare Hospice Benefit'], ['NHPCO guidelines followed.', 'NHPCO'],
  ['Accredited by The Joint Commission.', 'The Joint Commission'], ['CHAP survey next year.', 'CHAP'], ['DEA rules on disposal.', 'DEA'], ['FDA flush list reviewed.', 'FDA'],
  ['AAHPM member.', 'AAHPM'], ['HPNA certification.', 'HPNA'], ['The Conversation Project starter kit given.', 'The Conversation Project'],
  ['Five Wishes document completed.', 'Five Wishes'], ['VitalTalk skills used.', 'VitalTalk'], ['Serious Illness Conversation Guide used.', 'Serious Illness Conversation Guide'],
  ['SPIKES protocol for breaking bad news.', 'SPIKES'], ['We Honor Veterans partner level 4.', 'We Honor Veterans'], ['VA benefits reviewed.', 'VA benefits'],
  ['Secondary insurance Humana.', 'Humana'], ['Filled at CVS.', 'CVS'], ['Oxygen from Lincare.', 'Lincare'], ['Dignity Memorial provider.', 'Dignity Memorial'],
  ['Medicaid pending.', 'Medicaid pending'], ['Hospice CAHPS survey mailed to family.', 'Hospice CAHPS'],
  // forms, laws and standards
  ['Certified under 42 CFR 418.22.', '42 CFR 418.22'], ['NOE filed within 5 days.', 'NOE'], ['NOTR filed after revocation.', 'NOTR'],
  ['POLST Paradigm form.', 'POLST Paradigm'], ['MOLST form on the fridge.', 'MOLST'], ['DPOA-HC on file.', 'DPOA-HC'], ['HIPAA release signed.', 'HIPAA'],
  ['Uniform Anatomical Gift Act.', 'Uniform Anatomical Gift Act'], ['Death certificate filed in EDRS.', 'EDRS'], ['Face-to-face encounter required for BP3.', 'Face-to-face encounter'],
  ['Service Intensity Add-on applies.', 'Service Intensity Add-on'], ['HOPE assessment completed.', 'HOPE assessment'],
  // codes
  ['Z51.5 encounter for palliative care.', 'Z51.5'], ['G30.9 Alzheimer disease, unspecified.', 'G30.9'], ['C34.90 lung cancer.', 'C34.90'], ['CPT 99497 advance care planning, first 30 minutes.', '99497'], ['CPT 99498 each additional 30 minutes.', '99498'],
  ['HCPCS Q5001 hospice care in the home.', 'Q5001'], ['Revenue code 0651 routine home care.', '0651'], ['Revenue code 0652 continuous home care.', '0652'],
  ['NDC 0054-3751-44 on the bottle.', '0054-3751-44'],
  // vitals and doses
  ['BP 84/50, HR 124, RR 8 with 20-second apneas.', '84/50'], ['SpO2 82% on 4 L.', 'SpO2 82%'], ['Temp 101.2 F.', '101.2'], ['Weight 94 lb.', '94 lb'],
  ['Morphine 5 mg q2h PRN.', '5 mg q2h'],
  // levels of care
  ['Level of care: RHC.', 'RHC'], ['Moved to CHC for symptom crisis.', 'CHC'], ['GIP criteria met.', 'GIP'], ['IRC for caregiver relief.', 'IRC'],
  // generic places
  ['Admitted to the inpatient unit.', 'inpatient unit'], ['Transferred to the hospice house.', 'hospice house'], ['Wishes to die at home.', 'at home'],
  ['Resides in a nursing facility.', 'nursing facility'], ['Body released to the funeral home.', 'the funeral home'], ['Taken to the crematory.', 'the crematory'],
  ['Burial in the family plot at the cemetery.', 'the cemetery'], ['Prayer in the chapel.', 'the chapel'], ['Met in the family room.', 'family room'],
  // relations and roles without names
  ['Daughter at the bedside.', 'Daughter'], ['Next of kin notified.', 'Next of kin'], ['Health care proxy present.', 'Health care proxy'],
  ['The chaplain will follow.', 'The chaplain'], ['The medical director agrees.', 'medical director'], ['Funeral director arrived.', 'Funeral director'],
  ['Hospice aide bathed pt.', 'Hospice aide'], ['Volunteer coordinator notified.', 'Volunteer coordinator'], ['Bereavement coordinator called.', 'Bereavement coordinator'],
  ['Notary public present.', 'Notary public'], ['Primary caregiver exhausted.', 'Primary caregiver'], ['The social worker met the family.', 'social worker'],
  // ages, years, counts, durations and schedules
  ['89-year-old man.', '89'], ['Age 76.', '76'], ['78 y/o with CHF.', '78'], ['Diagnosed in 2019.', '2019'],
  ['Benefit period 3.', 'Benefit period 3'], ['Day 45 of 90.', 'Day 45 of 90'], ['Life expectancy 6 months or less.', '6 months'],
  ['Bereavement follow-up for 13 months.', '13 months'], ['Second 90-day period.', '90-day'], ['Volunteer hours this month: 12.', '12'],
  ['Office open Monday through Friday.', 'Monday through Friday'], ['SN visits twice weekly.', 'twice weekly'], ['Time of death 03:42.', '03:42'],
  // hymns and everyday words that are also names or towns
  ['Family sang "Amazing Grace."', 'Amazing Grace'], ['Family expressed hope for more time.', 'hope'], ['Faith community involved.', 'Faith community'],
  ['Appears at peace.', 'peace'], ['Comfort measures only.', 'Comfort'], ['Said grace before lunch.', 'grace'], ['Joy in seeing the grandchildren.', 'Joy'],
  ['Will discuss at IDG.', 'Will'], ['Living will on file.', 'Living will'], ['Rocky course since admission.', 'Rocky'], ['History of kidney stone.', 'stone'],
  ['Patience encouraged with the process.', 'Patience'], ['Sweet tea by mouth for pleasure.', 'Sweet'], ['Extremities cool and mottled.', 'mottled'],
  ['Christmas music playing softly.', 'Christmas music'], ['Holiday season is hard for the family.', 'Holiday season'],
  // states and regions
  ['Moved here from Ohio.', 'Ohio'], ['Family in New England.', 'New England'], ['Appalachian family tradition of home burial.', 'Appalachian'],
];

export const palliativeKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPalliativeKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(palliativeKeepCases(), find);

export function scorePalliativeWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => palliativeWaveCases(seed)), find);
}
