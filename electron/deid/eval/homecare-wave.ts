// A blind wave of home health, visiting nurse, hospice and home-based primary care documents: referral intakes, OASIS
// start-of-care and recertification items (M0020-M0104 demographics, Medicare, Medicaid and Social Security numbers),
// certification and benefit periods ('cert period 3/4-5/2'), face sheets with the home address, apartment and unit,
// directions to the home ('2nd house on left past the Mobil on Rt 202', 'the blue trailer on Pike Rd in Gorham'),
// lockbox, gate and door codes, villages and neighbourhoods, senior housing and assisted-living names, caregivers,
// neighbours, home health aides and their agencies, family phones and e-mail, visit notes (visit dates, missed and next
// visits, verbal orders, faxed plans of care, e-signatures), PT home safety evaluations, caregiver teaching, wound-care
// visits and photos, telemonitoring alerts and device ids, PERS subscriber numbers, DME deliveries (vendors, order
// numbers, concentrator serials), pharmacy deliveries (Rx numbers, comfort kits), hospice certifications of terminal
// illness, IDT meetings, chaplain and volunteer notes, deaths at home (pronouncement, time of death with its date,
// funeral home called), bereavement calls and mailings; in mixed case, ALL CAPS and lower case. A list of look-alikes
// in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreHomecareWave`.
// Decisions: a code that opens the patient's home (lockbox, gate, door keypad, 'buzz unit 214') identifies the residence
// and is planted, even when it looks like a year ('code 1973'); an apartment or unit number is planted without its
// word ('Apt 3B' plants '3B'); a street is planted with its number and suffix ('14 Pike Rd', 'Rt 202', 'Route 25');
// a village ('East Baldwin', 'Steep Falls'), a neighbourhood ('Munjoy Hill') and a town are planted, the state is
// kept; a chain landmark in directions ('past the Mobil', 'the Dunkin'') is not planted, a generic one ('the red
// barn') neither; senior housing, assisted living, a local home health or hospice agency ('Seacoast VNA', 'Hospice of
// Gorham'), a local pharmacy, DME vendor or private-duty agency, a funeral home and a named congregation are planted
// whole; national chains and franchises (Apria, Lincare, CVS, Walgreens, Rite Aid, Home Instead) are kept; a pet's
// name is not a Safe Harbor identifier and is kept (three look-alikes: 'Biscuit', 'Pepper', 'Smokey'); a specific
// weekday ('rescheduled to Thurs 3/7') is planted as a date, a recurring schedule ('M/W/F', 'sits Tuesdays',
// 'church on Sundays') is kept; a time of death is kept and its date planted; a certification or benefit period
// written as one range ('3/4-5/2', '3/27-4/1') is planted as written, one written 'From ... To ...' as two dates; in
// 'LAST, FIRST M' the middle initial and a credential ('RN', 'PT, DPT', 'CWOCN') are not planted; an NPI, Medicare
// MBI, Medicaid id, member id, SSN (and its last four), Rx number, DME order number, concentrator serial, telemonitor
// id and PERS subscriber number are planted; OASIS item numbers, HCPCS and ICD codes, scales, visit frequencies
// ('SN 2w4, 1w5'), doses, oxygen settings and wound measurements are kept.
// Measured before rules: 0.851 recall on seeds 5, 11, 23 (2603/3060), 0.856 on fresh seeds 41, 42, 43 (2618/3060); 5/105
// look-alikes touched (HIPPS '1FC21', 'Kennedy terminal ulcer', 'M/W/F', 'sits Tuesdays', 'church on Sundays').
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, frca, ca, ie, mx, br, vi, pl, it];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Patience', 'Constance', 'Merry', 'Sunny', 'Buck', 'Dusty', 'Bud', 'Dot', 'Pearl', 'Ruby', 'Opal', 'Myrtle', 'Violet', 'Hazel', 'Fern', 'Birdie', 'Crystal', 'Summer', 'Autumn', 'Major', 'Rocky', 'Penny', 'Will', 'Earl', 'Herb', 'Rusty', 'Dawn', 'Grace', 'Skip'];
const WORD_SUR = ['Price', 'Church', 'Hall', 'Parsons', 'Cook', 'Baker', 'Barber', 'Carpenter', 'Fisher', 'Hunter', 'Porter', 'Sawyer', 'Shepherd', 'Walker', 'Booth', 'Banks', 'Brooks', 'Lake', 'Moss', 'Stone', 'Rivers', 'Woods', 'Good', 'Love', 'Best', 'Hardy', 'Wise', 'Noble', 'Bright', 'Swift', 'Gray', 'Turner', 'Payne', 'Hoyer'];
/** Towns that are everyday words, given names, countries or cities abroad (Maine has Norway, Poland, Paris and Peru). */
const WORD_TOWNS = ['Bath', 'Hope', 'Union', 'Liberty', 'Freedom', 'Unity', 'Harmony', 'Friendship', 'Industry', 'Paris', 'Norway', 'Poland', 'Mexico', 'Peru', 'Denmark', 'China', 'Naples', 'Gray', 'Turner', 'Greene', 'Wales', 'Jay', 'Canton', 'Lebanon', 'Berlin', 'Madison', 'Salem', 'Dover', 'Comfort', 'Hazard', 'Rescue', 'Eden', 'Sandwich', 'Lee'];
const REAL_TOWNS = ['Gorham', 'Windham', 'Standish', 'Sanford', 'Biddeford', 'Lewiston', 'Skowhegan', 'Waterville', 'Augusta', 'Rumford', 'Farmington', 'Rochester', 'Laconia', 'Claremont', 'Conway', 'Littleton', 'Ossipee', 'Bridgton', 'Fryeburg', 'Waterboro', 'Limerick', 'Buxton', 'Hollis', 'Shapleigh', 'Sabattus', 'Pikeville', 'Harlan', 'Paintsville', 'Beattyville'];
const VILLAGE_HEADS = ['East', 'West', 'North', 'South'];
const VILLAGE_TAILS = ['Center', 'Mills', 'Corner', 'Falls', 'Village'];
const NAMED_VILLAGES = ['Steep Falls', 'Bar Mills', 'Cumberland Center', 'Kezar Falls', 'Sebago Lake', 'Center Conway', 'Intervale', 'Mechanic Falls', 'Snow Falls', 'Little Falls', 'Hiram Bridge', 'Sprucewold'];
const NEIGHBOURHOODS = ['Munjoy Hill', 'Libbytown', 'East Deering', 'Back Cove', 'Riverton', 'Bayside', 'Stroudwater', 'Little Canada', 'Nason\'s Corner', 'Rosemont', 'Oakdale', 'Parkside', 'the Tree Streets', 'Sandy Hill', 'Frenchtown', 'the Flats'];
const CITIES = ['Portland', 'Manchester', 'Nashua', 'Bangor', 'Lewiston', 'Biddeford', 'Concord', 'Lowell', 'Worcester', 'Burlington'];
const FAR_CITIES = ['Tampa', 'Sarasota', 'Phoenix', 'Las Vegas', 'Charlotte', 'Raleigh', 'Denver', 'San Diego', 'Myrtle Beach', 'Knoxville', 'Boise', 'Tucson'];
const STATES = ['ME', 'NH', 'VT', 'MA', 'KY', 'Maine', 'New Hampshire'];
const FAR_STATES = ['FL', 'AZ', 'NC', 'SC', 'TX', 'CA', 'Florida', 'Arizona'];
const ROAD_WORDS = ['Pike', 'Mill', 'River', 'Bog', 'Ridge', 'Town Farm', 'Old County', 'Sebago Lake', 'Meetinghouse', 'Quaker', 'Cemetery', 'Flaggy Meadow', 'Libby', 'Files', 'Narragansett', 'Fort Hill', 'Brackett', 'Depot', 'School', 'Spring', 'Hollow', 'Sand Pond', 'Shaker', 'Deer Hill', 'Pleasant', 'Elm', 'Maple', 'Main'];
const ROAD_SUFFIX = ['Rd', 'Road', 'St', 'Street', 'Ln', 'Lane', 'Dr', 'Ave', 'Hill Rd', 'Way', 'Ext'];
const HOUSING_HEADS = ['Birchwood', 'Maple Ridge', 'Pine Brook', 'Riverside', 'Hillcrest', 'Oak Knoll', 'Cedar Brook', 'Harbor Terrace', 'Meadowbrook', 'Willow Crest', 'Stillwater', 'Granite Ledges', 'Evergreen', 'Juniper Hill'];
const HOUSING_KINDS = ['Terrace', 'Manor', 'Commons', 'Senior Living', 'Assisted Living', 'Village', 'Apartments', 'Senior Housing', 'Place', 'Residence', 'Estates'];
const REGIONS = ['Southern Maine', 'Seacoast', 'Androscoggin', 'Kennebec Valley', 'Upper Valley', 'Merrimack Valley', 'Cape Cod', 'Midcoast', 'Downeast', 'Lakes Region', 'Tri-County', 'Monadnock', 'North Country', 'Mountain Valley', 'Big Sandy'];
const HOSPITAL_HEADS = ['Mercy', 'Southern Maine Health Care', 'Stephens Memorial', 'Bridgton', 'Memorial', 'Frisbie Memorial', 'Huggins', 'Central Maine', 'Franklin Memorial', 'Redington-Fairview', 'Appalachian Regional'];
const HOSPITAL_SUFFIX = ['Hospital', 'Medical Center', 'General Hospital', 'Regional Medical Center', 'Memorial Hospital'];
const SAINTS = ['Hyacinth', 'Anne', 'Joseph', 'Patrick', 'Mary', 'Peter', 'Brigid', 'Andre', 'Louis', 'Theresa'];
const COLORS = ['blue', 'green', 'white', 'yellow', 'gray', 'red', 'tan'];
const LANDMARKS = ['red barn', 'fire station', 'Grange hall', 'white church', 'transfer station', 'boat launch', 'school'];
const RELATIVES = ['daughter', 'son', 'wife', 'husband', 'granddaughter', 'niece', 'sister', 'brother'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const PLANS = ['Anthem BCBS', 'Harvard Pilgrim', 'Martin\'s Point', 'Aetna Medicare', 'Humana Gold Plus', 'UnitedHealthcare AARP'];
/** The letters a Medicare Beneficiary Identifier may use. */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const DAY_MS = 86_400_000;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  village(): string {
    const x = this.r();
    if (x < 0.4) return this.pick(NAMED_VILLAGES);
    const t = this.r() < 0.5 ? this.pick(WORD_TOWNS) : this.pick(REAL_TOWNS);
    return x < 0.75 ? `${this.pick(VILLAGE_HEADS)} ${t}` : `${t} ${this.pick(VILLAGE_TAILS)}`;
  }
  /** A city far away, where a relative lives. */
  farCity(): string {
    return this.r() < 0.6 ? this.pick(FAR_CITIES) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  road(): string {
    const x = this.r();
    if (x < 0.55) return `${this.pick(ROAD_WORDS)} ${this.pick(ROAD_SUFFIX)}`;
    if (x < 0.75) return `${this.sur()} ${this.pick(ROAD_SUFFIX)}`;
    if (x < 0.85) return `County Rd ${this.int(1, 40)}`;
    return us.location.street();
  }
  route(): string {
    return `${this.pick(['Rt', 'Route', 'Rte', 'Rt.'])} ${this.pick(['202', '25', '4', '9', '11', '113', '35', '5', '302', '16', '1', '117', '15', '80'])}`;
  }
  address(): string {
    return `${this.int(1, 1999)} ${this.road()}`;
  }
  unit(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.int(1, 4)}${this.pick(['A', 'B', 'C', 'D'])}`;
    if (k === 1) return String(this.int(101, 418));
    if (k === 2) return String(this.int(1, 24));
    return `${this.pick(['B', 'C', 'G'])}-${this.int(1, 30)}`;
  }
  zip(): string {
    return this.r() < 0.75 ? `0${this.int(1001, 4992)}` : `${this.int(40, 41)}${this.digitString(3)}`;
  }
  /** A code that opens the home: four digits (often year-like), keypad dashes, or with '#' and '*'. */
  doorCode(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(4);
    if (k === 1) return String(this.int(1940, 2012));
    if (k === 2) return [...this.digitString(4)].join('-');
    if (k === 3) return `${this.digitString(4)}#`;
    return `*${this.digitString(this.int(4, 5))}`;
  }
  housing(): string {
    const x = this.r();
    if (x < 0.6) return `${this.pick(HOUSING_HEADS)} ${this.pick(HOUSING_KINDS)}`;
    if (x < 0.8) return `The Residence at ${this.town()}`;
    return `${this.sur()} ${this.pick(['House', 'Manor', 'Commons'])}`;
  }
  /** A local home health or hospice agency. */
  agency(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} VNA`;
    if (k === 1) return `VNA of ${this.town()}`;
    if (k === 2) return `${this.pick(REGIONS)} Home Health & Hospice`;
    if (k === 3) return `Hospice of ${this.town()}`;
    if (k === 4) return `${this.town()} Area Visiting Nurses`;
    return `${this.pick(REGIONS)} Home Care`;
  }
  privateAgency(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(REGIONS)} Home Companions`;
    if (k === 1) return `${this.sur()} Caregivers`;
    return `${this.town()} Senior Helpers Cooperative`;
  }
  funeralHome(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.sur()} Funeral Home`;
    if (k === 1) return `${this.sur()}-${this.sur()} Funeral Home`;
    if (k === 2) return `${this.sur()} & Sons Funeral Home`;
    if (k === 3) return `${this.town()} Funeral Chapel`;
    return `${this.sur()} Memorial Chapel`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Pharmacy`;
    if (k === 2) return `${this.sur()} Drug`;
    return `Hometown Pharmacy of ${this.town()}`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.pick(REGIONS)} Home Medical`;
    return `${this.sur()} Medical Equipment`;
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s`;
    if (k === 1) return `St. ${this.pick(SAINTS)} Parish`;
    if (k === 2) return `First Congregational Church of ${this.town()}`;
    return `${this.town()} Baptist Church`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.3) return `${this.pick(HOSPITAL_HEADS)} ${this.pick(['Hospital', 'Medical Center'])}`;
    if (x < 0.5) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Regional Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** mm/dd/yyyy. */
  /** 'm/d', as visit notes write a date this episode. */
  mdShort(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** A full date in one of the forms notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 8);
    return writtenDate(k, m, d, y) ?? `${m}/${d}/${pad2(y % 100)}`;
  }
  monthDay(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${MONTHS[m - 1]!} ${d}` : `${MON[m - 1]!} ${d}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  dob(): string {
    const [m, d] = this.md();
    const y = this.int(1922, 1960);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  /** A 60-day home health episode (or 90-day hospice period): start and end as [m, d, y]. */
  period(days: number): readonly [readonly [number, number, number], readonly [number, number, number]] {
    const [m, d] = this.md();
    const y = this.year();
    const s = new Date(Date.UTC(y, m - 1, d));
    const e = new Date(s.getTime() + (days - 1) * DAY_MS);
    return [[m, d, y], [e.getUTCMonth() + 1, e.getUTCDate(), e.getUTCFullYear()]];
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  mrn(): string {
    return this.r() < 0.3 ? `HH${this.digitString(6)}` : this.digitString(this.int(6, 9));
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const a = () => this.lettersOf(MBI_LETTERS, 1);
    const an = () => (this.r() < 0.5 ? a() : String(this.int(0, 9)));
    const n = () => String(this.int(0, 9));
    const p1 = `${this.int(1, 9)}${a()}${an()}${n()}`;
    const p2 = `${a()}${an()}${n()}`;
    const p3 = `${a()}${a()}${n()}${n()}`;
    return this.r() < 0.5 ? `${p1}-${p2}-${p3}` : `${p1}${p2}${p3}`;
  }
  ssn(): string {
    return `${this.int(1, 665)}`.padStart(3, '0') + `-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.pick(['207', '603', '802', '978', '606', '508', String(this.int(201, 989))]);
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}-${b}${c}`]);
    return [f, f];
  }
  orderNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `SO-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 2) return this.digitString(8);
    return `${this.digitString(4)}-${this.digitString(4)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(this.int(10, 24))}${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    if (k === 2) return this.digitString(this.int(8, 10));
    return `P${this.digitString(3)}-${this.digitString(5)}`;
  }
  deviceId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `HM-${this.digitString(7)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(6)}`;
    return this.digitString(9);
  }
  rx(): string {
    return this.r() < 0.6 ? this.digitString(7) : `RX${this.digitString(7)}`;
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'smith';
    const user = this.pick([`${a}.${b}`, `${a[0]!}${b}${this.int(1, 99)}`, `${b}${a}`, `${a}${b}${this.int(50, 79)}`]);
    return `${user}@${this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'comcast.net', 'myfairpoint.net', 'roadrunner.com', 'hotmail.com'])}`;
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const md = (p: readonly [number, number, number]): string => `${p[0]}/${p[1]}`;
const mdyOf = (p: readonly [number, number, number]): string => `${pad2(p[0])}/${pad2(p[1])}/${p[2]}`;

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // referral, OASIS and certification
  ['referral from hospital case manager', (d) => {
    const a = d.mdShort(); const h = d.hospital(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const b = d.mdShort();
    return [`Referral rec'd ${a} from ${h} CM (${g} ${s}, RN, ${ph}). Pt d/c'd home ${b} s/p CHF exacerbation; SN/PT/OT/HHA requested.`, [a, h, g, s, p, b]];
  }],
  ['OASIS demographics M0020-M0060', (d) => {
    const mrn = d.mrn(); const soc = d.mdy(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const z = d.zip();
    return [`(M0020) Patient ID Number: ${mrn}\n(M0030) Start of Care Date: ${soc}\n(M0040) Patient Name: ${s}, ${g} ${d.mi()}\n(M0050) Patient State of Residence: ${d.pick(['ME', 'NH', 'VT'])}\n(M0060) Patient ZIP Code: ${z}`, [mrn, soc, s, g, z]];
  }],
  ['OASIS Medicare Medicaid SSN and birth date', (d) => {
    const mbi = d.mbi(); const ssn = d.ssn(); const mcd = `${d.digitString(9)}${d.letters(1)}`; const dob = d.dob();
    return [`(M0063) Medicare Number: ${mbi}\n(M0064) Social Security Number: ${ssn}\n(M0065) Medicaid Number: ${mcd}\n(M0066) Birth Date: ${dob}\n(M0069) Gender: 2 - Female`, [mbi, ssn, mcd, dob]];
  }],
  ['OASIS physician-ordered SOC and referral dates', (d) => {
    const a = d.mdy(); const b = d.mdy(); const [doc, p] = d.doctor(); const npi = d.npi();
    return [`(M0102) Date of Physician-ordered Start of Care: ${a}\n(M0104) Date of Referral: ${b}\nCertifying physician: ${doc}   NPI: ${npi}`, [a, b, ...p, npi]];
  }],
  ['cert period short range', (d) => {
    const [s, e] = d.period(60); const rng = d.r() < 0.6 ? `${md(s)}-${md(e)}` : `${md(s)}/${pad2(s[2] % 100)}-${md(e)}/${pad2(e[2] % 100)}`;
    return [`Cert period ${rng}. Freq: SN 2w4, 1w5; PT eval + 2w3; HHA 2w9 for bathing.`, [rng]];
  }],
  ['certification period From To', (d) => {
    const [s, e] = d.period(60); const a = mdyOf(s); const b = mdyOf(e);
    return [`CERTIFICATION PERIOD   From: ${a}   To: ${b}\nPrimary Dx: I50.33 Acute on chronic diastolic CHF`, [a, b]];
  }],
  ['ROC after inpatient stay range', (d) => {
    const roc = d.mdShort(); const h = d.hospital(); const [s, e] = d.period(d.int(3, 8)); const rng = `${md(s)}-${md(e)}`;
    return [`ROC ${roc} following inpatient stay at ${h} ${rng} for aspiration PNA. New O2 2 L continuous.`, [roc, h, rng]];
  }],
  ['recert OASIS date written', (d) => {
    const dt = d.date();
    return [`Recert OASIS completed ${dt}; pt remains homebound (taxing effort, needs rollator and assist x1 to leave home).`, [dt]];
  }],
  // the home and how to get there
  ['directions past the Mobil on route', (d) => {
    const rt = d.route(); const t = d.town();
    return [`Directions: ${d.pick(['2nd', '3rd', '1st'])} house on ${d.pick(['left', 'right'])} past the Mobil on ${rt} in ${t}, ${d.pick(COLORS)} cape with a ramp.`, [rt, t]];
  }],
  ['trailer on road in town', (d) => {
    const rd = d.road(); const t = d.town();
    return [`Lives in the ${d.pick(COLORS)} trailer on ${rd} in ${t}, last one before the ${d.pick(LANDMARKS)}. Poor cell service.`, [rd, t]];
  }],
  ['face sheet address apt town zip', (d) => {
    const a = d.address(); const u = d.unit(); const t = d.town(); const z = d.zip();
    return [`Address: ${a}, Apt ${u}\n${t}, ${d.state()} ${z}\nLives with: alone`, [a, u, t, z]];
  }],
  ['key in lockbox code', (d) => {
    const c = d.doorCode();
    return [`Key in lockbox on back door, code ${c}. Pt unable to get to the door; call on approach.`, [c]];
  }],
  ['gate code and buzz unit', (d) => {
    const c = d.r() < 0.5 ? `#${d.digitString(4)}` : d.doorCode(); const u = String(d.int(101, 418));
    return [`Gate code ${c}; buzz unit ${u} at main entrance, elevator on the left.`, [c, u]];
  }],
  ['front door keypad code', (d) => {
    const c = d.doorCode();
    return [`Entry: front door keypad ${c} (son set it up); spare key under the frog on the porch.`, [c]];
  }],
  ['senior housing and unit', (d) => {
    const h = d.housing(); const u = d.unit();
    return [`Resides at ${h}, unit ${u}; lives alone, staff do a daily wellness check.`, [h, u]];
  }],
  ['moving to assisted living in town', (d) => {
    const h = d.housing(); const t = d.town(); const m = d.mdShort();
    return [`Plan: pt moving to ${h} in ${t} on ${m}; agency will discharge from services at that time.`, [h, t, m]];
  }],
  ['village of and office town', (d) => {
    const v = d.village(); const t = d.town();
    return [`Lives in the village of ${v} with her ${d.pick(RELATIVES)}; about 25 min from the ${t} office.`, [v, t]];
  }],
  ['neighbourhood of city triple-decker', (d) => {
    const h = d.pick(NEIGHBOURHOODS); const c = d.pick(CITIES);
    return [`2nd-floor apt in a triple-decker in ${h} (${c}); 14 stairs to enter, no rail.`, [h.replace(/^the /, ''), c]];
  }],
  ['home safety evaluation address', (d) => {
    const a = d.address();
    return [`HOME SAFETY EVALUATION - ${a}\nEntrance: 3 steps, no railing. Throw rugs in hallway. Bathroom on first floor, no grab bars.`, [a]];
  }],
  ['directions route to town right on road', (d) => {
    const rt = d.route(); const t = d.town(); const rd = d.road();
    return [`Directions: ${rt} to ${t}, R on ${rd}, 3rd driveway after the ${d.pick(LANDMARKS)}. Dog on a chain.`, [rt, t, rd]];
  }],
  ['son lives in far city', (d) => {
    const c = d.farCity();
    return [`Son lives in ${c}, ${d.pick(FAR_STATES)} and calls nightly; visits ${d.pick(['monthly', 'at holidays', 'twice a year'])}.`, [c]];
  }],
  ['wellness check by town police', (d) => {
    const t = d.town(); const s = d.sur();
    return [`Unable to reach pt x3 by phone; ${t} PD requested for wellness check, Officer ${s} on scene at 1420 - pt found on floor.`, [t, s]];
  }],
  // caregivers, family, neighbours and aides
  ['primary caregiver daughter cell', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Primary caregiver: daughter ${g} ${s}, cell ${ph}. Works days; available after 5 pm.`, [g, s, p]];
  }],
  ['neighbour has a key', (d) => {
    const g = d.given();
    return [`Neighbor ${g} (${d.pick(['next door', 'across the street', 'downstairs'])}) has a key and checks on pt daily.`, [g]];
  }],
  ['Mrs surname across the road called', (d) => {
    const s = d.sur();
    return [`Mrs. ${s} across the road called the office because pt's lights were off all day.`, [s]];
  }],
  ['home health aide from agency', (d) => {
    const g = d.given(); const a = d.agency();
    return [`HHA ${g} from ${a} comes M/W/F for bathing and light housekeeping.`, [g, a]];
  }],
  ['private-duty aide overnight', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.privateAgency();
    return [`Private-duty aide ${g} ${s} (${a}) stays overnight Sun-Thu; family covers weekends.`, [g, s, a]];
  }],
  ['health care POA son home and work', (d) => {
    const g = d.given(); const s = d.sur(); const [a, pa] = d.phone(); const [b, pb] = d.phone();
    return [`Health care POA: son, ${g} ${s}. Home ${a}; work ${b}.`, [g, s, pa, pb]];
  }],
  ['emergency contact LAST FIRST nephew', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [ph, p] = d.phone();
    return [`EMERGENCY CONTACT: ${s}, ${g} (nephew)   ${ph}`, [s, g, p]];
  }],
  ['teaching son insulin return demo', (d) => {
    const g = d.given();
    return [`Taught son ${g} (lives upstairs) to dial and give Lantus 18 units; return demo successful.`, [g]];
  }],
  ['caregiver wife aged 81 teaching', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Caregiver: wife, ${g} ${s}, 81, engaged and competent with the med planner; taught s/sx of CHF to report.`, [g, s]];
  }],
  ['daughter prefers email updates', (d) => {
    const e = d.email(d.given(), d.sur());
    return [`Daughter out of state prefers updates by email: ${e}. Pt gave verbal consent.`, [e]];
  }],
  ['Council on Aging case manager', (d) => {
    const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Meals on Wheels via ${t} Council on Aging; case mgr ${g} ${s} ${ph}.`, [t, g, s, p]];
  }],
  // visit notes
  ['visit date time in out', (d) => {
    const dt = d.mdy();
    return [`Visit date: ${dt}   Time in: 0915   Time out: 1010   Visit type: SN routine`, [dt]];
  }],
  ['missed visit rescheduled weekday', (d) => {
    const w = d.weekday(); const m = d.mdShort();
    return [`Missed visit: pt at dialysis; rescheduled to ${w} ${m}, MD office notified.`, [w, m]];
  }],
  ['next SN visit weekday', (d) => {
    const w = d.weekday(); const m = d.mdShort();
    return [`Next SN visit ${w} ${m} ~10am for INR draw; pt aware and agrees.`, [w, m]];
  }],
  ['verbal order from office staff', (d) => {
    const s = d.sur(); const g = d.given(); const m = d.mdShort();
    return [`VO rec'd from Dr. ${s}'s office (spoke with ${g}) on ${m}: increase furosemide to 40 mg BID x3 days.`, [s, g, m]];
  }],
  ['plan of care faxed for signature', (d) => {
    const s = d.sur(); const [f, p] = d.phone(); const m = d.mdShort();
    return [`485/POC faxed to Dr. ${s} at ${f} for signature ${m}.`, [s, p, m]];
  }],
  ['visit note e-signature', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Electronically signed by ${g} ${s}, RN on ${dt} 11:42`, [g, s, dt]];
  }],
  ['PT evaluation Tinetti', (d) => {
    const m = d.mdShort(); const g = d.given(); const s = d.sur();
    return [`PT eval ${m} by ${g} ${s}, PT, DPT: Tinetti 14/28, TUG 24 s with rollator; high fall risk.`, [m, g, s]];
  }],
  ['home-based primary care header', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const t = d.town();
    return [`HOME-BASED PRIMARY CARE VISIT\nProvider: ${g} ${s}, NP\nPCP of record: Dr. ${s2}\nLocation: patient's home, ${t}`, [g, s, s2, t]];
  }],
  ['VA HBPC last four', (d) => {
    const l4 = String(d.int(0, 9999)).padStart(4, '0');
    return [`Pt identified by full name and last 4 ${l4} (VA HBPC); ${d.pick(['wife', 'son', 'daughter'])} present for visit.`, [l4]];
  }],
  ['age over 89 widow lives alone', (d) => {
    const n = d.ageOver89();
    return [`${n} y/o widow who lives alone in a 2-story home; bedroom and only bathroom upstairs.`, [n]];
  }],
  ['age over 89 turned last week', (d) => {
    const n = d.ageOver89();
    return [`Pt turned ${n} last week; family had a party at the house and she is tired today.`, [n]];
  }],
  ['telemonitor device id', (d) => {
    const id = d.deviceId();
    return [`Telehealth monitor (Honeywell Genesis DM) ID ${id} installed; pt taught to weigh daily before breakfast.`, [id]];
  }],
  ['telemonitor alert call', (d) => {
    const m = d.mdShort(); const [ph, p] = d.phone(); const g = d.given();
    return [`Telemonitor alert ${m} 0730: wt 182.4 lb (+3.2 lb/24h). Called pt at ${ph}; spoke with husband ${g}.`, [m, p, g]];
  }],
  ['PERS subscriber number', (d) => {
    const n = d.digitString(d.int(7, 8)); const g = d.given();
    return [`PERS (Lifeline) subscriber #${n}; responders: ${d.pick(RELATIVES)} and neighbor ${g}.`, [n, g]];
  }],
  ['wound photo file name', (d) => {
    const s = asciiLetters(d.sur()) || 'smith'; const g = (asciiLetters(d.given()) || 'p').charAt(0); const [m, dd] = d.md(); const dt = `${d.year()}${pad2(m)}${pad2(dd)}`;
    return [`Wound photo: ${s}_${g}_${dt}_sacrum.jpg (agency iPad), measurements 3.2 x 2.1 x 0.4 cm.`, [s, dt]];
  }],
  ['wound center referral', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const m = d.monthDay();
    return [`Refer to ${g} ${s}, CWOCN, at the ${h} Wound Center; appt ${m}.`, [g, s, h, m]];
  }],
  ['secondary insurance member id', (d) => {
    const id = `${d.letters(3)}${d.digitString(9)}`;
    return [`Secondary insurance: ${d.pick(PLANS)}   Member ID: ${id}`, [id]];
  }],
  // DME and pharmacy
  ['DME delivery order number', (d) => {
    const m = d.mdShort(); const v = d.dme(); const o = d.orderNo();
    return [`Hospital bed with low air loss overlay delivered ${m} by ${v}, order #${o}.`, [m, v, o]];
  }],
  ['oxygen concentrator serial', (d) => {
    const sn = d.serial();
    return [`O2 concentrator (Invacare Perfecto2) SN ${sn} set at 2 LPM via NC; 4 E-tanks backup.`, [sn]];
  }],
  ['local pharmacy Rx delivered', (d) => {
    const rx = d.rx(); const p = d.pharmacy(); const m = d.mdShort();
    return [`Rx #${rx} (furosemide 40 mg) filled at ${p} and delivered ${m}.`, [rx, p, m]];
  }],
  ['chain pharmacy address and town', (d) => {
    const a = d.address(); const t = d.town();
    return [`Pharmacy: ${d.pick(['Walgreens', 'CVS', 'Rite Aid', 'Hannaford'])}, ${a}, ${t}`, [a, t]];
  }],
  ['comfort kit delivered', (d) => {
    const p = d.pharmacy(); const m = d.mdShort();
    return [`Comfort kit delivered by ${p} ${m}: morphine 20 mg/mL, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1% gtts, bisacodyl supp.`, [p, m]];
  }],
  // hospice
  ['certification of terminal illness', (d) => {
    const [doc, p] = d.doctor(); const s = d.sur();
    return [`CTI: certified by ${doc} (hospice medical director) and Dr. ${s} (attending) for benefit period 1.`, [...p, s]];
  }],
  ['benefit period and F2F', (d) => {
    const [s, e] = d.period(90); const a = mdyOf(s); const b = mdyOf(e); const g = d.given(); const sn = d.sur(); const c = d.mdShort();
    return [`Benefit period 3: ${a} - ${b}. F2F encounter by ${g} ${sn}, NP on ${c}.`, [a, b, g, sn, c]];
  }],
  ['IDT attendees', (d) => {
    const m = d.mdShort(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s4 = d.sur();
    return [`IDT ${m}: Chaplain ${g1} ${s1}; MSW ${g2} ${s2}; RN CM ${g3}; Dr. ${s4}. PPS 40%, FAST 7c.`, [m, g1, s1, g2, s2, g3, s4]];
  }],
  ['pastor and congregation', (d) => {
    const s = d.sur(); const c = d.church();
    return [`Pt's pastor, Rev. ${s} of ${c}, visits weekly; pt requests communion.`, [s, c]];
  }],
  ['hospice aide and volunteer', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Hospice aide ${g} for baths 2x/wk; volunteer ${g2} ${s2} sits Tuesdays 1-3 pm so wife can shop.`, [g, g2, s2]];
  }],
  ['pronounced at home by RN', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Pronounced at home by ${g} ${s}, RN, at 0342 on ${dt}. No pulse, no respirations, pupils fixed.`, [g, s, dt]];
  }],
  ['TOD with family present', (d) => {
    const m = d.mdShort(); const g1 = d.given(); const g2 = d.given();
    return [`TOD ${pad2(d.int(0, 23))}${pad2(d.int(0, 59))} ${m}. Family present: ${d.pick(RELATIVES)} ${g1}, ${d.pick(RELATIVES)} ${g2}.`, [m, g1, g2]];
  }],
  ['funeral home notified contact', (d) => {
    const f = d.funeralHome(); const g = d.given();
    return [`${f} notified at 0415 (spoke with ${g}); body released to funeral home at 0610.`, [f, g]];
  }],
  ['MD notified via answering service', (d) => {
    const s = d.sur();
    return [`Dr. ${s} notified via answering service at 0405; ME not notified per protocol (expected death).`, [s]];
  }],
  ['medication disposal witnessed', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Meds destroyed in home per policy, witnessed by ${d.pick(RELATIVES)} ${g} ${s}; morphine 20 mg/mL 12 mL wasted.`, [g, s]];
  }],
  ['bereavement call widow', (d) => {
    const m = d.mdShort(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const t = d.town();
    return [`Bereavement call ${m} to ${g} ${s} (widow) at ${ph}; staying with her sister in ${t}.`, [m, g, s, p, t]];
  }],
  ['bereavement anniversary mailing', (d) => {
    const m = d.monthDay(); const a = d.address(); const t = d.town(); const z = d.zip();
    return [`13-month bereavement: anniversary of death ${m}. Mailing sent to ${a}, ${t} ${z}.`, [m, a, t, z]];
  }],
  ['died at home on month day', (d) => {
    const m = d.monthDay();
    return [`Pt died peacefully at home on ${m} with ${d.pick(RELATIVES)}s at bedside.`, [m]];
  }],
  ['wedding on the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`Goal: to remain at home for granddaughter's wedding on the ${o}.`, [o]];
  }],
];

/** The names of the wave's frames. */
export const homecareFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function homecareWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8677, rounds);
}

/** Look-alikes in home care and hospice style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // OASIS items and codes
  ['(M1800) Grooming: 1 - grooming utensils must be placed within reach', 'M1800'], ['(M1033) Risk for Hospitalization: 2 or more falls in past 12 months', 'M1033'],
  ['(M1860) Ambulation/Locomotion: 2', 'M1860'], ['(M2020) Management of Oral Medications: 1', 'M2020'], ['(M0100) Reason for Assessment: 1 - Start of care', 'M0100'],
  ['GG0170C Lying to sitting on side of bed: 03', 'GG0170C'], ['(M1311) Stage 3 pressure ulcers: 1', 'M1311'], ['HIPPS code 1FC21', '1FC21'],
  ['ICD-10 Z51.5 encounter for palliative care', 'Z51.5'], ['G30.1 Alzheimer disease with late onset', 'G30.1'], ['L89.153 pressure ulcer of sacral region, stage 3', 'L89.153'],
  ['HCPCS E0260 semi-electric hospital bed', 'E0260'], ['G0299 direct skilled nursing services', 'G0299'],
  // scales
  ['PPS 40%', 'PPS 40%'], ['FAST 7c', 'FAST 7c'], ['Braden 14 (moderate risk)', 'Braden 14'], ['Morse Fall Scale 65', 'Morse Fall Scale 65'], ['PHQ-2 score 0', 'PHQ-2'],
  ['Tinetti 14/28', 'Tinetti 14/28'], ['TUG 24 seconds with rollator', 'TUG 24 seconds'], ['KPS 40', 'KPS 40'], ['MMSE 18/30', '18/30'], ['BIMS 9', 'BIMS 9'], ['PAINAD 4', 'PAINAD 4'],
  ['Katz ADL 2/6', 'Katz'], ['Lawton IADL scale 3/8', 'Lawton'], ['Norton scale 12', 'Norton'], ['ESAS: fatigue 8/10', 'ESAS'],
  // durable equipment and oxygen
  ['Hoyer lift with 2-person assist', 'Hoyer'], ['hospital bed with alternating pressure mattress', 'hospital bed'], ['bedside commode at night', 'bedside commode'], ['ambulates with rollator', 'rollator'],
  ['front-wheeled walker in the home', 'walker'], ['shower chair and handheld shower', 'shower chair'], ['tub transfer bench recommended', 'tub transfer bench'], ['grab bars by the toilet', 'grab bars'],
  ['O2 via NC at 2 LPM continuous', '2 LPM'], ['concentrator set to 3 L/min, E cylinders x4 for backup', 'E cylinders x4'], ['BiPAP 14/8 at night', '14/8'], ['No smoking sign posted; O2 in use', 'O2 in use'],
  // wounds
  ['sacral wound 3.2 x 2.1 x 0.4 cm', '3.2 x 2.1 x 0.4 cm'], ['undermining 1.0 cm from 12 to 3 o\'clock', '12 to 3 o\'clock'], ['tunneling 2 cm at 6 o\'clock', '6 o\'clock'],
  ['Mepilex Border applied', 'Mepilex Border'], ['Aquacel Ag to wound bed', 'Aquacel Ag'], ['Wound VAC at -125 mmHg continuous', '-125 mmHg'], ['Kennedy terminal ulcer noted on coccyx', 'Kennedy'],
  ['gray wound bed with green drainage', 'gray'], ['Unna boot changed', 'Unna'],
  // visit frequencies
  ['SN 2w4, 1w5', '2w4'], ['HHA 3w9 for bathing', '3w9'], ['PT 1w8', '1w8'], ['SN PRN x3 for catheter issues', 'PRN x3'], ['aide visits M/W/F', 'M/W/F'],
  ['volunteer sits Tuesdays', 'Tuesdays'], ['attends church on Sundays when able', 'Sundays'],
  // drugs, doses and the comfort kit
  ['morphine 20 mg/mL 0.25 mL SL q2h prn dyspnea', '0.25 mL SL q2h'], ['lorazepam 0.5 mg SL q4h prn anxiety', 'lorazepam 0.5 mg'], ['haloperidol 0.5 mg q6h prn agitation', 'haloperidol'],
  ['atropine 1% 2 gtts SL q4h prn secretions', 'atropine 1%'], ['Senna-S 2 tabs HS', 'Senna-S'], ['Lantus 18 units at bedtime', 'Lantus 18 units'], ['furosemide 40 mg BID', '40 mg BID'],
  ['comfort kit in refrigerator', 'comfort kit'], ['rescue inhaler at bedside', 'rescue inhaler'],
  // relations, everyday words, pets and chains
  ['daughter visits daily', 'daughter'], ['wife is primary caregiver', 'wife'], ['neighbor checks in', 'neighbor'], ['the aide reports poor intake', 'the aide'],
  ['tripping hazard: throw rugs', 'hazard'], ['family finds comfort in faith', 'faith'], ['she has hope of going to the camp this summer', 'hope'], ['bed bath given', 'bath'],
  ['down the hall to the bathroom', 'hall'], ['price of supplies is a concern', 'price'], ['the patient\'s dog, Biscuit, is friendly', 'Biscuit'], ['cat named Pepper sleeps on the bed', 'Pepper'],
  ['two cats (Smokey and another) in the home', 'Smokey'], ['Apria delivered the concentrator', 'Apria'], ['Lincare service tech visit', 'Lincare'], ['meds from CVS', 'CVS'],
  ['aide from Home Instead 3 hrs/day', 'Home Instead'], ['directions: past the Mobil', 'the Mobil'], ['Meals on Wheels weekdays', 'Meals on Wheels'], ['Medicare Part A hospice benefit', 'Medicare Part A'],
  ['MaineCare waiver services', 'MaineCare'], ['POLST on the refrigerator', 'POLST'], ['Level of care: routine home care', 'routine home care'], ['GIP level of care considered', 'GIP'],
  // ages, years, times
  ['85 y/o', '85'], ['89-year-old', '89'], ['widowed since 2019', '2019'], ['in this house since 1974', '1974'], ['Time in: 0915', '0915'], ['TOD 0342', '0342'],
  // generic places and states
  ['sleeps in recliner in the living room', 'the living room'], ['fell in the kitchen', 'the kitchen'], ['bathroom on first floor', 'first floor'], ['sits on the porch', 'the porch'],
  ['wants to die at home', 'home'], ['stairs to the basement', 'the basement'], ['sent to the ER', 'the ER'], ['moved back to Maine in 2015', 'Maine'], ['snowbird, winters in Florida', 'Florida'],
  ['NH Medicaid pending', 'NH'],
];

export const homecareKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedHomecareKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(homecareKeepCases(), find);

export function scoreHomecareWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => homecareWaveCases(seed)), find);
}
