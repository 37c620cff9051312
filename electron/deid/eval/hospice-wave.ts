// A blind wave of hospice and palliative care documents, from an upper Midwest and Plains hospice and the hospitals
// it takes referrals from: referral intakes and admission face sheets (the patient, date of birth, age, home address
// or the care center the patient lives in, Medicare, Medical Assistance and Social Security numbers), election
// statements and notices of election (the representative who signed, the hospice's CCN and NPI), certifications and
// recertifications of terminal illness (benefit periods written as two dates, the hospice medical director and the
// nurse practitioner of the face-to-face encounter), inpatient palliative care consultations and goals-of-care
// conversations (the requesting physician, the surrogate and relatives reached by phone in far cities, milestones the
// patient hopes to live to: a wedding, a birthday, a holiday that fixes a day), POLST and health care directive
// summaries (agents and alternates with phones, notaries and their commission numbers, registry confirmations,
// out-of-hospital DNR bracelets), interdisciplinary group meeting notes, chaplain notes (congregations, pastors,
// priests), volunteer and vigil logs, veteran pinning ceremonies, continuous home care, inpatient respite and GIP
// transfers, comfort kits and controlled-substance disposal (pharmacies, Rx, seal and lot numbers, DEA numbers), device
// deactivations (ICD and LVAD serials, DME deliveries), death pronouncements, medical examiner, funeral home and organ
// and tissue procurement calls, death certificates and permits, bereavement assessments, calls, letters and mailings,
// family meetings, CaringBridge and video-visit links, e-signatures with an IP address, in mixed case, ALL CAPS and
// lower case. Dates are written in the forms hospice charts use ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4',
// '3/4', 'Tuesday', 'the 4th', 'March 2019', 'Christmas Eve'); ages over 89, phones, faxes and e-mails are planted.
// Given names and surnames are often everyday words or words of the trade (Hope, Faith, Grace, Mercy, Comfort, Stone,
// Graves, Church, Bishop, Stokes, Kennedy) and towns are often everyday words (Faith, Welcome, Harmony, Luck, Liberal,
// Protection, Embarrass). A list of look-alikes in the same style must not be touched. Written without reading the
// engine's rules or any gold data. `scoreHospiceWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('RN, CHPN', 'MDiv, BCC',
// 'HMDC', 'APRN', 'LSW', 'HHA') are not; a title or a clergy word before a surname ('Dr.', 'Pastor', 'Father',
// 'Chaplain') is not planted, the surname is; initials that sign an aide's note are planted; a hospice, a hospice house,
// a hospital, a clinic, a care center or assisted living, a pharmacy, a DME vendor, a funeral home, a crematory, an
// ambulance service and a congregation are planted whole with their kind words ('Hospice of Welcome', 'Prairie View
// Care Center', 'Lund-Olson Funeral Chapel', 'Grace Lutheran Church'), while an organ procurement organization, an eye
// bank, a payer, a national chain or a program named alone ('LifeSource', 'Medicare', 'Lincare', 'We Honor Veterans',
// 'CaringBridge') is kept; a town and a county (without the word 'County') are planted, the state is kept; a street
// address is planted from its number to its street type, an apartment number without its word, a ZIP (with its +4);
// a weekday naming one day ('fell Tuesday night') is planted, a standing schedule ('bath days M/W/F', 'SN 2w4') is
// kept; a holiday that fixes a day ('Christmas Eve', 'Thanksgiving', 'the Fourth of July') is planted, 'the holidays'
// is kept; a respite stay or benefit period is planted as its two dates; the time next to a date (time of death,
// continuous-care hours) is kept; an age over 89 is planted (also 'turning 94'), an age of 89 or under is kept; a year
// alone is kept; MRN, MBI, Medical Assistance id, SSN, hospice CCN, NPI, DEA, Rx, kit seal and lot numbers, device
// serials, DME order numbers, ME case, OPO referral, death certificate, permit, funeral director licence, notary
// commission, registry confirmation, DNR bracelet, VA claim, prepaid contract, policy, account numbers and a vehicle's
// plate are planted; a URL and an e-mail are planted whole; an IP address is planted. Kept (look-alikes): prognostic
// and symptom scales (PPS, FAST, ECOG, Karnofsky, ESAS and the Edmonton system, PAINAD, RASS, RDOS, NYHA, MAC, Braden,
// Morse, Zarit, FICA, HOPE), signs and eponyms of dying (Cheyne-Stokes, Kussmaul, Biot, Kennedy terminal ulcer,
// mottling, death rattle, Sister Mary Joseph nodule, Virchow, Krukenberg, Pancoast, Lou Gehrig's, Lewy, Fowler's,
// Sims', Trendelenburg), devices and equipment (Hoyer, Broda, Geri-chair, PleurX, Denver shunt, CADD-Solis,
// HeartMate 3), drugs and brands (Roxanol, Haldol, Ativan, Levsin, Robinul, Transderm Scop, Duragesic, Dilaudid,
// Brompton cocktail, ABH gel), codes (ICD-10, HCPCS Q5001, revenue code 0651, CPT 99497), levels of care and benefit
// periods, visit frequencies, vitals and times, ages of 89 and under, years, relations and roles without names,
// generic places ('the inpatient unit', 'home', 'the hospice house', 'the chapel', 'the funeral home'), scripture and
// hymns ('Psalm 23', 'Amazing Grace'), conversation guides (SPIKES, REMAP, Five Wishes) and everyday words that are also
// names or towns (faith, hope, grace, mercy, comfort, will, dawn, luck, welcome, liberal).
// Measured before rules (engine at 9083f0b): 0.919 recall on seeds 5, 11, 23 (4393/4778), 0.921 on fresh seeds 41, 42,
// 43 (4395/4773); 14/148 look-alikes touched ("PAINAD 6/10", "Sister Mary Joseph", "Lou Gehrig's", "Sims'",
// "Kübler-Ross", "Broda", "Transderm Scop", "M/W/F", "Kaddish", "Serenity Prayer", "LifeSource", "Lincare", "Walgreens",
// "mercy").
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, nb, sv, de, pl, mx, gh, vi];

/** Given names and surnames that are everyday words or words of the trade. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Mercy', 'Joy', 'Charity', 'Patience', 'Constance', 'Comfort', 'Blessing', 'Precious', 'Destiny', 'Trinity', 'Serenity', 'Angel', 'Dawn', 'Rose', 'Lily', 'Ivy', 'Pearl', 'Ruby', 'Opal', 'Sunny', 'Will', 'Bill', 'Rocky', 'Buck', 'Rusty', 'Dusty', 'Sonny', 'Chip', 'Ward', 'Earnest', 'Sterling', 'Major', 'Duke', 'King'];
const WORD_SUR = ['Stone', 'Hill', 'Rivers', 'Love', 'Graves', 'Church', 'Bishop', 'Deacon', 'Cross', 'Chambers', 'Bell', 'Moody', 'Noble', 'Sweet', 'Goodman', 'Wise', 'Coffin', 'Sexton', 'Young', 'Small', 'Long', 'Little', 'Strong', 'Gentry', 'Palmer', 'Parrish', 'Christian', 'Peace', 'Stokes', 'Kennedy', 'Fowler', 'Sims', 'Norton', 'Morse', 'Brooks', 'Lake', 'Frost', 'Winter', 'Hope'];
/** Towns that are everyday words, given names or cities abroad. */
const WORD_TOWNS = ['Faith', 'Welcome', 'Harmony', 'Luck', 'Embarrass', 'Liberal', 'Protection', 'Speed', 'Hope', 'Paradise', 'Holland', 'Marshall', 'Virginia', 'Hastings', 'Norfolk', 'Independence', 'Friendship', 'Plain', 'Buffalo', 'Princeton', 'Salem', 'Walker', 'Rugby', 'Hibbing', 'Ely', 'Pierre', 'Sleepy Eye', 'Blue Earth', 'Grand Rapids', 'Little Falls', 'Cannon Falls', 'Garden City', 'Rolling Prairie', 'Pipestone', 'Climax', 'Frost', 'Mercy'];
const REAL_TOWNS = ['Mankato', 'Winona', 'Fergus Falls', 'Brainerd', 'Bemidji', 'Wadena', 'Owatonna', 'Worthington', 'Wausau', 'Eau Claire', 'Sheboygan', 'Manitowoc', 'Oshkosh', 'Fond du Lac', 'Stevens Point', 'Marshfield', 'Kearney', 'Grand Island', 'Salina', 'Emporia', 'Dodge City', 'Ottumwa', 'Mason City', 'Storm Lake', 'Pella', 'Aberdeen', 'Mitchell', 'Minot', 'Jamestown', 'Dickinson', 'Williston', 'Alpena', 'Gaylord', 'Cloquet', 'Detroit Lakes', 'Thief River Falls'];
const FAR_CITIES = ['Phoenix', 'Scottsdale', 'Mesa', 'Tampa', 'Sarasota', 'Fort Myers', 'Denver', 'Seattle', 'Portland', 'San Diego', 'Houston', 'Atlanta', 'Charlotte', 'Las Vegas', 'Boise', 'Anchorage', 'Tucson', 'Omaha'];
const FAR_STATES = ['AZ', 'FL', 'CO', 'WA', 'OR', 'CA', 'TX', 'GA', 'NC', 'NV', 'ID', 'AK', 'Arizona', 'Florida'];
const STATES = ['MN', 'WI', 'IA', 'ND', 'SD', 'NE', 'KS', 'MI', 'Minnesota', 'Wisconsin', 'Iowa', 'North Dakota'];
const COUNTIES = ['Ramsey', 'Hennepin', 'Stearns', 'Otter Tail', 'Crow Wing', 'Douglas', 'Polk', 'Clay', 'Marathon', 'Door', 'Brown', 'Dane', 'Rock', 'Story', 'Black Hawk', 'Sedgwick', 'Lincoln', 'Grant', 'Itasca', 'St. Louis', 'Beltrami', 'Kandiyohi', 'Blue Earth', 'Winnebago', 'Eau Claire', 'Cass', 'Pennington', 'Burleigh', 'Minnehaha', 'Lancaster'];
const STREET_WORDS = ['Main', 'Lake', 'Elm', 'Oak', 'Birch', 'Aspen', 'Prairie', 'Lakeshore', 'County Road 12', 'Sunset', 'Mill', 'Church', 'Railroad', 'Pioneer', 'Cedar', 'Jackpine', 'Tamarack', 'Homestead', 'Meadowlark', 'Harvest', 'Linden', 'Division'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Ave NE', 'St SW', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Trail', 'Blvd'];
const HEADS = ['Lakeview', 'Pine Haven', 'Cedar Ridge', 'Prairie View', 'Bethany', 'Maple Grove', 'Meadowlark', 'Oak Terrace', 'Riverbend', 'Willow Creek', 'Sunrise Ridge', 'Whispering Pines', 'Hillcrest', 'Evergreen', 'Heritage', 'North Star', 'Prairie Rose', 'Lakeland', 'Golden Oaks', 'Stillwater'];
const FACILITY_KINDS = ['Care Center', 'Senior Living', 'Assisted Living', 'Health Care Center', 'Manor', 'Nursing Home', 'Memory Care', 'Good Samaritan Center', 'Lutheran Home'];
const REGIONS = ['Red River Valley', 'Lakes Country', 'North Shore', 'Driftless', 'Iron Range', 'Coulee Region', 'Fox Valley', 'Prairie Lakes', 'Big Stone', 'Minnesota Valley', 'Black Hills', 'Flint Hills', 'Sandhills', 'Missouri Valley', 'Northwoods', 'Chippewa Valley', 'Headwaters', 'Arrowhead', 'Heartland'];
const SAINTS = ['Olaf', 'Ansgar', 'Cloud', 'Mary', 'Joseph', 'Francis', 'Luke', 'Gabriel', 'Benedict', 'Anne', 'Casimir', 'Boniface', 'Elizabeth', 'Therese'];
const CONGREGATIONS = ['Trinity', 'Zion', 'Bethany', 'Bethlehem', 'Grace', "Our Savior's", 'Immanuel', "St. John's", 'Faith', 'Hope', 'Peace', 'Mount Olivet', 'Nazareth'];
const DENOMINATIONS = ['Lutheran Church', 'Lutheran Church (ELCA)', 'Covenant Church', 'Methodist Church', 'Baptist Church', 'Reformed Church', 'Presbyterian Church', 'Evangelical Free Church'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Regional Health', 'Memorial Hospital', 'Community Hospital', 'Area Hospital', 'Health Care Center'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Christmas', 'Christmas Eve', "New Year's Day", "New Year's Eve", 'Thanksgiving', 'Easter', 'Easter Sunday', "Mother's Day", "Father's Day", 'the Fourth of July', "Valentine's Day", 'Halloween', 'Memorial Day', 'Labor Day', 'Veterans Day'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson', 'stepdaughter', 'daughter-in-law', 'partner', 'friend', 'neighbor'];
const ICD_MAKERS = ['Medtronic Evera MRI XT DR', 'Boston Scientific Resonate EL ICD', 'Abbott Gallant HF CRT-D', 'Medtronic Cobalt XT VR', 'Biotronik Rivacor 7 VR-T'];
const OPOS = ['LifeSource', 'the Iowa Donor Network', 'Midwest Transplant Network', 'Wisconsin Donor Network', 'LifeShare', 'Gift of Life Michigan'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
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
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  farCity(): string {
    return this.r() < 0.75 ? this.pick(FAR_CITIES) : us.location.city();
  }
  farState(): string {
    return this.pick(FAR_STATES);
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  street(): string {
    return `${this.int(3, 29999)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  apt(): string {
    const k = this.int(0, 2);
    if (k === 0) return String(this.int(101, 428));
    if (k === 1) return `${this.int(1, 4)}${this.pick(['A', 'B', 'C', 'D'])}`;
    return String(this.int(2, 36));
  }
  /** A ZIP of the upper Midwest and the Plains, with its +4 now and then. */
  zip(): string {
    const z = String(this.pick([this.int(55001, 56763), this.int(53001, 54990), this.int(50001, 52809), this.int(57001, 58856), this.int(66002, 69367)]));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  hospice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `Hospice of ${this.town()}`;
    if (k === 1) return `${this.town()} Area Hospice`;
    if (k === 2) return `${this.pick(REGIONS)} Hospice & Palliative Care`;
    if (k === 3) return `${this.pick(HEADS)} Hospice`;
    if (k === 4) return `Hospice of the ${this.pick(REGIONS)}`;
    return `${this.town()} Hospice and Home Care`;
  }
  hospiceHouse(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Hospice House`;
    if (k === 1) return `${this.sur()} House`;
    if (k === 2) return `the ${this.pick(HEADS)} Hospice Home`;
    return `${this.pick(REGIONS)} Hospice Residence`;
  }
  /** A nursing home, care center or assisted living. */
  facility(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Care Center`;
    if (k === 1) return `${this.pick(HEADS)} ${this.pick(FACILITY_KINDS)}`;
    if (k === 2) return `${this.town()} ${this.pick(FACILITY_KINDS)}`;
    return `The Residence at ${this.pick(HEADS)}`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.25) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    if (x < 0.35) return `${this.pick(HEADS)} Regional Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Clinic`;
    if (k === 1) return `${this.town()} Family Medicine`;
    return `${this.pick(HEADS)} Family Clinic`;
  }
  pharmacy(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Drug`;
    if (k === 1) return `${this.sur()} Pharmacy`;
    if (k === 2) return `${this.pick(HEADS)} Pharmacy`;
    if (k === 3) return `${this.town()} Family Pharmacy`;
    return `${this.pick(REGIONS)} Hospice Pharmacy`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(REGIONS)} Medical Supply`;
    if (k === 1) return `${this.town()} Home Medical`;
    return `${this.pick(HEADS)} Home Medical Equipment`;
  }
  funeralHome(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.sur()} Funeral Home`;
    if (k === 1) return `${this.sur()}-${this.sur()} Funeral Chapel`;
    if (k === 2) return `${this.sur()} & Sons Funeral Home`;
    if (k === 3) return `${this.town()} Funeral Home`;
    if (k === 4) return `${this.pick(HEADS)} Cremation Services`;
    return `${this.sur()} Funeral Home & Cremation Services`;
  }
  crematory(): string {
    return this.r() < 0.5 ? `${this.pick(HEADS)} Crematory` : `${this.town()} Crematory`;
  }
  ambulance(): string {
    return this.r() < 0.5 ? `${this.town()} Ambulance` : `${this.town()} Area Ambulance Service`;
  }
  church(): string {
    const k = this.int(0, 4);
    if (k === 0 || k === 1) return `${this.pick(CONGREGATIONS)} ${this.pick(DENOMINATIONS)}`;
    if (k === 2) return `${this.town()} ${this.pick(['Covenant Church', 'Mennonite Church', 'Assembly of God', 'Bible Church'])}`;
    if (k === 3) return `First ${this.pick(['Lutheran', 'Baptist', 'Presbyterian', 'Methodist', 'Congregational'])} Church of ${this.town()}`;
    return this.parish();
  }
  parish(): string {
    const s = this.pick(SAINTS);
    const k = this.int(0, 2);
    return k === 0 ? `St. ${s} Catholic Church` : k === 1 ? `Church of St. ${s}` : `St. ${s} Parish`;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms hospice charts use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${MON[m - 1]!}. ${d}, ${y}`);
  }
  /** Two dates `lo` to `hi` days apart, in one written form (a benefit period, a stay). */
  datePair(lo: number, hi: number): readonly [string, string] {
    const [m, d] = this.md();
    const a = new Date(Date.UTC(this.year(), m - 1, d));
    const b = new Date(a.getTime() + this.int(lo, hi) * DAY_MS);
    const k = this.int(0, 8);
    const fmt = (x: Date): string => writtenDate(k, x.getUTCMonth() + 1, x.getUTCDate(), x.getUTCFullYear()) ?? `${x.getUTCMonth() + 1}/${x.getUTCDate()}/${x.getUTCFullYear()}`;
    return [fmt(a), fmt(b)];
  }
  /** Two month/day dates `lo` to `hi` days apart ('3/28', '4/2'). */
  slashPair(lo: number, hi: number): readonly [string, string] {
    const [m, d] = this.md();
    const a = new Date(Date.UTC(2023, m - 1, d));
    const b = new Date(a.getTime() + this.int(lo, hi) * DAY_MS);
    return [`${m}/${d}`, `${b.getUTCMonth() + 1}/${b.getUTCDate()}`];
  }
  /** '3/14'. */
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** 'Mar 14', 'March 14' or '14 March'. */
  monDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${d} ${MONTHS[m - 1]!}`;
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
  dob(lo = 1922, hi = 1975): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? `H${this.digitString(6)}` : k === 1 ? `00${this.digitString(6)}` : this.digitString(this.int(6, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.pick([218, 320, 507, 612, 651, 715, 920, 608, 319, 515, 563, 701, 605, 402, 308, 785, 620, 906, 989]));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'lund';
    const dom = this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'msn.com', 'centurylink.net', 'arvig.net']);
    const local = this.pick([`${a}.${b}`, `${a}${b}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(40, 99)}`, `${b}family${this.int(1, 9)}`]);
    return `${local}@${dom}`;
  }
  staffEmail(g: string, s: string): string {
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'lund';
    const t = asciiLetters(this.town()) || 'faith';
    return `${this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${b}${a.charAt(0)}`])}@${this.pick([`${t}hospice.org`, `hospiceof${t}.org`, `${t}health.org`])}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  medicaid(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(8) : k === 1 ? this.digitString(10) : `${this.digitString(7)}${this.letters(1)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A hospice's CMS certification number (the state's two digits, then 1500-1799). */
  ccn(): string {
    return `${this.pick(['24', '52', '16', '35', '43', '28', '17', '23'])}1${this.int(500, 799)}`;
  }
  dea(s: string): string {
    const first = (asciiLetters(s).charAt(0) || 'k').toUpperCase();
    return `${this.pick(['A', 'B', 'F', 'M'])}${first}${this.digitString(7)}`;
  }
  rx(): string {
    return this.r() < 0.7 ? this.digitString(7) : `${this.digitString(2)}-${this.digitString(6)}`;
  }
  seal(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 8)) : `${this.letters(1)}${this.digitString(6)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.letters(1)}${this.digitString(5)}${this.letters(1)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `${this.pick(['SO', 'WO', 'DT'])}-${this.digitString(6)}`;
  }
  caseNo(): string {
    const yy = pad2(this.int(16, 25));
    const k = this.int(0, 2);
    return k === 0 ? `${yy}-${this.digitString(this.int(4, 5))}` : k === 1 ? `ME${yy}-${this.digitString(4)}` : `${this.letters(2)}${yy}-${this.digitString(4)}`;
  }
  referralNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(8) : k === 1 ? `${this.letters(2)}${this.digitString(7)}` : `${pad2(this.int(16, 25))}-${this.digitString(6)}`;
  }
  certNo(): string {
    return this.r() < 0.5 ? `${this.pick(['', 'DC-', 'SFN '])}${this.digitString(6)}` : this.digitString(this.int(8, 10));
  }
  permitNo(): string {
    return this.r() < 0.5 ? `BT-${this.digitString(6)}` : this.digitString(7);
  }
  licence(): string {
    const k = this.int(0, 2);
    return k === 0 ? `FD-${this.digitString(4)}` : k === 1 ? this.digitString(5) : `${this.letters(1)}${this.digitString(5)}`;
  }
  policyNo(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : this.digitString(10);
  }
  vaClaim(): string {
    return this.r() < 0.5 ? `C ${this.digitString(8)}` : this.digitString(8);
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}-${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)} ${this.digitString(4)}`;
    return `${this.digitString(3)}-${this.letters(3)}`;
  }
  ip(): string {
    return `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO, HMDC`, [g, s]];
    if (k === 3) return [`Dr. ${s}`, [s]];
    return [`${s}, ${g} MD`, [s, g]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // referral and admission
  ['referral intake from clinic', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const c = d.clinic(); const [ph, pp] = d.phone();
    return [`Hospice referral received ${dt} ${d.time()} from ${doc}'s office at ${c} (${ph}). Dx: metastatic pancreatic adenocarcinoma, PPS 40%, declining oral intake.`, [dt, ...p, c, pp]];
  }],
  ['face sheet name DOB age MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(1920, 1934); const a = d.ageOver89(); const mrn = d.mrn();
    return [`PATIENT: ${s}, ${g} ${d.mi()}   DOB: ${dob}   AGE: ${a}   SEX: ${d.pick(['F', 'M'])}\nHOSPICE MRN: ${mrn}   LOC: RHC   BENEFIT PERIOD: 1`, [s, g, dob, a, mrn]];
  }],
  ['face sheet home address and phone', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`Address: ${st}\n${t}, ${d.state()} ${z}\nHome phone: ${ph}\nLocation of care: home`, [st, t, z, p]];
  }],
  ['face sheet insurance numbers', (d) => {
    const m = d.mbi(); const mc = d.medicaid(); const ss = d.ssn();
    return [`Primary: Medicare Part A (hospice benefit), MBI ${m}\nSecondary: Medical Assistance, ID ${mc}\nSSN: ${ss}`, [m, mc, ss]];
  }],
  ['lives at care center with apartment', (d) => {
    const f = d.facility(); const a = d.apt(); const t = d.town(); const my = d.monthYear();
    return [`Resides at ${f}, apt ${a}, in ${t} since ${my}; facility staff provide ADL help, hospice to coordinate.`, [f, a, t, my]];
  }],
  ['election statement signed by representative', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const dt2 = d.slashMd();
    return [`Hospice election statement signed ${dt} by the patient's ${d.relation()} and health care agent ${g} ${s}, as the patient lacks capacity; effective date of election ${dt2}.`, [dt, g, s, dt2]];
  }],
  ['notice of election hospice CCN and NPI', (d) => {
    const md = d.slashMd(); const h = d.hospice(); const c = d.ccn(); const n = d.npi();
    return [`NOE submitted ${md} within 5 days of election. ${h}, CCN ${c}, NPI ${n}.`, [md, h, c, n]];
  }],
  ['attending physician designated', (d) => {
    const [doc, p] = d.doctor(); const c = d.clinic(); const n = d.npi();
    return [`Patient designates ${doc} (${c}) as attending physician of record; NPI ${n}. Attending agrees to follow.`, [...p, c, n]];
  }],
  // certification of terminal illness
  ['CTI benefit period as two dates', (d) => {
    const n = d.int(1, 4); const span = n <= 2 ? 89 : 59; const [a, b] = d.datePair(span, span);
    return [`CERTIFICATION OF TERMINAL ILLNESS\nBenefit period ${n}: ${a} through ${b}\nTerminal diagnosis: ${d.pick(['G30.1 Alzheimer disease, late onset', 'C34.90 lung cancer', 'I50.22 chronic systolic heart failure', 'J44.1 COPD with exacerbation', 'G12.21 ALS'])}`, [a, b]];
  }],
  ['CTI medical director attestation', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.npi(); const dt = d.mdy();
    return [`I certify that this patient is terminally ill with a life expectancy of six months or less if the illness runs its normal course.\n${g} ${s}, MD, HMDC, Hospice Medical Director   NPI ${n}   Date signed: ${dt}`, [g, s, n, dt]];
  }],
  ['face-to-face encounter by NP at facility', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const f = d.facility();
    return [`Face-to-face encounter ${dt} by ${g} ${s}, APRN, CHPN, at ${f}; clinical findings attested to the hospice physician for the third benefit period.`, [dt, g, s, f]];
  }],
  ['recert narrative weight on date', (d) => {
    const md = d.slashMd(); const s = d.sur();
    return [`Recert narrative: weight 52.1 kg on ${md}, down from 58.4 kg at admission; MAC 21 cm; PPS 40% to 30%; FAST 7c. Dr. ${s} agrees with continued eligibility.`, [md, s]];
  }],
  // palliative consultation
  ['palliative consult header', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`PALLIATIVE CARE CONSULTATION\nDate of service: ${dt}\nRequesting: Dr. ${g} ${s} (hospital medicine), ${h}\nReason: goals of care, dyspnea, family support`, [dt, g, s, h]];
  }],
  ['consult HPI age over 89 from facility', (d) => {
    const a = d.ageOver89(); const f = d.facility(); const md = d.monDay();
    return [`${a}-year-old ${d.pick(['woman', 'man'])} from ${f} admitted ${md} with aspiration pneumonia; ECOG 4, ESAS dyspnea 8/10, RASS 0.`, [a, f, md]];
  }],
  ['consult relative reached in far city', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const c = d.farCity(); const w = d.weekday();
    return [`Spoke by phone with ${d.relation()} ${g} ${s} (${ph}), who lives in ${c}, ${d.farState()}; plans to fly in ${w}.`, [g, s, p, c, w]];
  }],
  ['outpatient supportive care follow-up', (d) => {
    const h = d.hospital(); const w = d.weekday(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Follow up in the ${h} supportive care clinic ${w} ${md} with ${g} ${s}, CNP; continue methadone 2.5 mg BID.`, [h, w, md, g, s]];
  }],
  // goals of care
  ['goals of care meeting attendees', (d) => {
    const dt = d.date(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s3 = d.sur(); const g4 = d.given(); const s4 = d.sur();
    return [`Goals-of-care meeting ${dt}, family conference room. Present: patient; ${d.relation()} ${g1} ${s1} (HCPOA); ${d.relation()} ${g2}; Dr. ${s3} (oncology); ${g4} ${s4}, MSW.`, [dt, g1, s1, g2, s3, g4, s4]];
  }],
  ['wishes to reach a holiday and church event', (d) => {
    const hd = d.holiday(); const c = d.church();
    return [`Her stated goal is to be home for ${hd} and to see her great-grandson baptized at ${c}. Hospice discussed as a way to support that.`, [hd, c]];
  }],
  ['milestone wedding date in town', (d) => {
    const g = d.given(); const md = d.monDay(); const t = d.town();
    return [`Most important to him: attending his ${d.relation()} ${g}'s wedding on ${md} in ${t}. "Then I'll be ready."`, [g, md, t]];
  }],
  ['code status changed with surrogate', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`Code status changed from Full Code to DNR/DNI on ${dt} at ${d.time()} after discussion with ${g} ${s} (${d.relation()}, surrogate).`, [dt, g, s]];
  }],
  ['turning over 89 on the ordinal', (d) => {
    const a = d.ageOver89(); const o = ordinal(d.int(1, 28)); const f = d.facility();
    return [`Turning ${a} on the ${o}; family planning a small party at ${f} if she is able.`, [a, o, f]];
  }],
  // POLST and advance directives
  ['POLST summary', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor();
    return [`POLST dated ${dt}, signed by ${doc} and the patient: Section A: DNR. Section B: comfort-focused treatment. Section C: no artificial nutrition.`, [dt, ...p]];
  }],
  ['health care directive agents with phones', (d) => {
    const my = d.monthYear(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const [ph2, p2] = d.phone();
    return [`Health Care Directive on file (${my}). Agent: ${g} ${s} (${d.relation()}) ${ph}; alternate: ${g2} ${s2}, ${ph2}.`, [my, g, s, p, g2, s2, p2]];
  }],
  ['directive notarized with commission', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.county(); const dt = d.mdy(); const n = d.digitString(8);
    return [`Acknowledged before me: ${g} ${s}, Notary Public, ${c} County, ${d.state()}. Commission #${n}, expires ${dt}.`, [g, s, c, n, dt]];
  }],
  ['directive registry confirmation', (d) => {
    const dt = d.date(); const code = `${d.letters(3)}-${d.digitString(6)}`;
    return [`Advance directive uploaded to the state registry ${dt}; confirmation ${code}. Copy placed in the home folder.`, [dt, code]];
  }],
  ['out-of-hospital DNR bracelet', (d) => {
    const n = d.digitString(d.int(6, 7)); const md = d.slashMd();
    return [`Out-of-hospital DNR order signed and bracelet #${n} placed on L wrist ${md}; family told EMS will honor it.`, [n, md]];
  }],
  // interdisciplinary group
  ['IDG meeting attendees', (d) => {
    const dt = d.date(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur(); const g4 = d.given(); const s4 = d.sur();
    return [`IDG MEETING ${dt}\nPresent: Dr. ${s1} (medical director); ${g2} ${s2}, RN CM; ${g3} ${s3}, LSW; Chaplain ${g4} ${s4}; volunteer coordinator.`, [dt, s1, g2, s2, g3, s3, g4, s4]];
  }],
  ['IDG patient line with MRN and recert date', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const md = d.slashMd();
    return [`${s}, ${g}  #${mrn}  Dx: ${d.pick(['ALS', 'CHF', 'COPD', 'dementia', 'NSCLC', 'ESLD'])}  LOC: RHC  Recert due ${md}  PPS 30%`, [s, g, mrn, md]];
  }],
  ['IDG aide visits change on weekday', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`HHA ${g} to increase to 3x/week starting ${w}; bath days M/W/F. Family declines volunteer at this time.`, [g, w]];
  }],
  ['IDG fall at home on-call nurse', (d) => {
    const w = d.weekday(); const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Fell at home ${w} night; ${d.relation()} ${g} called the on-call line and ${g2} ${s2}, RN made a visit at ${d.time()}. No injury, bed alarm ordered.`, [w, g, g2, s2]];
  }],
  // chaplain and spiritual care
  ['chaplain visit with pastor and communion', (d) => {
    const dt = d.date(); const c = d.church(); const s = d.sur(); const w = d.weekday();
    return [`Spiritual care visit ${dt}. Pt is a lifelong member of ${c}; Pastor ${s} visits weekly and brought communion ${w}. FICA completed.`, [dt, c, s, w]];
  }],
  ['priest anointing', (d) => {
    const s = d.sur(); const p = d.parish(); const md = d.monDay();
    return [`Father ${s} of ${p} provided Anointing of the Sick on ${md}; family prayed the Rosary at bedside.`, [s, p, md]];
  }],
  ['chaplain signature block', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${g} ${s}, MDiv, BCC\nHospice Chaplain\nCell ${ph}`, [g, s, p]];
  }],
  // volunteers
  ['volunteer visit log', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd(); const g2 = d.given();
    return [`VOLUNTEER VISIT LOG\nVolunteer: ${g} ${s}   Date: ${md}   In 13:00   Out 15:30   Mileage: 14\nActivities: read aloud, hymns, respite so ${d.relation()} ${g2} could run errands.`, [g, s, md, g2]];
  }],
  ['vigil volunteer 11th hour', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`11th Hour vigil volunteer ${g} ${s} sat with patient ${dt} 22:00-02:00; Cheyne-Stokes respirations, calm, no distress.`, [g, s, dt]];
  }],
  ['veteran pinning ceremony and VA claim', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const va = d.vaClaim();
    return [`We Honor Veterans pinning ceremony ${md} by volunteer ${g} ${s} (USMC, ret.). Pt served in Korea; VA claim no. ${va} for burial benefits.`, [md, g, s, va]];
  }],
  // continuous care, respite, GIP
  ['continuous home care shifts', (d) => {
    const dt = d.mdy(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`CONTINUOUS HOME CARE ${dt}\n22:00-06:00 ${g1} ${s1}, LPN\n06:00-14:00 ${g2} ${s2}, HHA\nCrisis: uncontrolled pain and terminal agitation; RN oversight q shift.`, [dt, g1, s1, g2, s2]];
  }],
  ['inpatient respite at facility as two dates', (d) => {
    const f = d.facility(); const [a, b] = d.slashPair(2, 5); const g = d.given(); const t = d.town();
    return [`Inpatient respite at ${f} from ${a} through ${b} while ${d.relation()} ${g} attends a funeral in ${t}.`, [f, a, b, g, t]];
  }],
  ['GIP transfer to hospice house by ambulance', (d) => {
    const hh = d.hospiceHouse(); const dt = d.date(); const am = d.ambulance();
    return [`Transferred to ${hh} for GIP level of care ${dt} via ${am}; dyspnea not controlled at home on current regimen.`, [hh, dt, am]];
  }],
  // comfort kits and controlled substances
  ['comfort kit delivered by pharmacy', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const ph = d.pharmacy(); const rx = d.rx();
    return [`Comfort kit delivered ${w} ${md} by ${ph} (Rx #${rx}): morphine 20 mg/mL (Roxanol) 15 mL, lorazepam 0.5 mg #10, Haldol 2 mg/mL, atropine 1% drops, bisacodyl 10 mg supp.`, [w, md, ph, rx]];
  }],
  ['comfort pack seal and lot', (d) => {
    const sl = d.seal(); const lt = d.lot(); const g = d.given();
    return [`E-kit seal #${sl} intact; kit lot ${lt}. Stored in the refrigerator door; ${d.relation()} ${g} taught when to call before opening.`, [sl, lt, g]];
  }],
  ['controlled substance disposal witnessed', (d) => {
    const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`Disposal of remaining hydromorphone 1 mg/mL (18 mL) and fentanyl 25 mcg/h patches x4 in a drug deactivation pouch, witnessed by ${g1} ${s1}, RN and ${d.relation()} ${g2} ${s2} on ${dt}.`, [g1, s1, g2, s2, dt]];
  }],
  ['order with prescriber DEA and NPI', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const n = d.npi();
    return [`Order: morphine concentrate 20 mg/mL, 5 mg SL q1h PRN dyspnea or pain.\nPrescriber: Dr. ${g} ${s}   DEA ${dea}   NPI ${n}`, [g, s, dea, n]];
  }],
  ['pharmacy fax verbal order', (d) => {
    const ph = d.pharmacy(); const [fx, p] = d.phone(); const s = d.sur();
    return [`Faxed to ${ph} at ${fx}: add Levsin 0.125 mg SL q4h PRN secretions. VO from Dr. ${s}, read back.`, [ph, p, s]];
  }],
  // devices and equipment
  ['ICD deactivation with serial', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`ICD shocks deactivated ${dt} by device rep ${g} ${s}: ${d.pick(ICD_MAKERS)}, serial ${sn}. Pacing left on per patient's wishes.`, [dt, g, s, sn]];
  }],
  ['LVAD withdrawal planned', (d) => {
    const sn = d.serial(); const w = d.weekday(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`HeartMate 3 controller S/N ${sn}. Withdrawal of LVAD support planned ${w} with VAD coordinator ${g} ${s} of ${h} present.`, [sn, w, g, s, h]];
  }],
  ['DME delivery with concentrator serial', (d) => {
    const v = d.dme(); const sn = d.serial(); const md = d.slashMd(); const o = d.orderNo();
    return [`${v} delivered hospital bed with alternating-pressure mattress, Hoyer lift and 5 L concentrator (S/N ${sn}) on ${md}; order #${o}.`, [v, sn, md, o]];
  }],
  ['PCA pump serial', (d) => {
    const sn = d.serial(); const md = d.monDay();
    return [`CADD-Solis pump #${sn} started ${md}: hydromorphone 0.5 mg/h continuous, 0.3 mg bolus q15 min, lockout 15 min.`, [sn, md]];
  }],
  ['Kennedy ulcer photographed by nurse', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Kennedy terminal ulcer, sacrum, pear-shaped, purple, noted ${md}; photo to chart by ${g} ${s}, LPN. Turning q2h, Mepilex applied.`, [md, g, s]];
  }],
  ['aide visit initials and next visit', (d) => {
    const i = d.initials(); const w = d.weekday();
    return [`HHA visit: bed bath, mouth care with swabs, repositioned, lotion to heels. Mottling to knees noted and reported to RN.\nAide: ${i}   Next visit ${w}`, [i, w]];
  }],
  ['after-hours call weekday', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`After-hours call ${w} ${d.time()}: ${d.relation()} reports mottled feet, apnea 20-30 seconds, "rattly" breathing. On-call RN ${g} ${s} dispatched; Levsin given.`, [w, g, s]];
  }],
  // death and after
  ['death pronouncement note', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`DEATH VISIT\nCalled to the home at ${d.time()} by ${d.relation()} ${g}. No heart sounds auscultated for one full minute, no respirations, pupils fixed. Pronounced by ${g2} ${s2}, RN on ${dt} at ${d.time()}.`, [g, g2, s2, dt]];
  }],
  ['medical examiner notified case number', (d) => {
    const c = d.county(); const cn = d.caseNo();
    return [`${c} County Medical Examiner notified at ${d.time()} (expected death, hospice patient); case #${cn}; released to the funeral home, no autopsy.`, [c, cn]];
  }],
  ['funeral home called and removal', (d) => {
    const fh = d.funeralHome(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`${fh} (${ph}) called at ${d.time()}; removal from the home completed at ${d.time()} by ${g} ${s}. Family at bedside until then.`, [fh, p, g, s]];
  }],
  ['organ and tissue referral call', (d) => {
    const rf = d.referralNo(); const g = d.given(); const s = d.sur();
    return [`Referral made to ${d.pick(OPOS)} at ${d.time()}, referral #${rf}; coordinator ${g} ${s}: not a candidate for organs, corneas accepted; family consented by recorded line.`, [rf, g, s]];
  }],
  ['attending notified of death', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const em = d.staffEmail(d.given(), s);
    return [`Attending Dr. ${s} notified of death at ${ph}; will sign the death record electronically. Copy of the visit note sent to ${em}.`, [s, p, em]];
  }],
  ['belongings and vehicle released', (d) => {
    const g = d.given(); const s = d.sur(); const pl = d.plate();
    return [`Belongings released to ${d.relation()} ${g} ${s}: wedding ring, glasses, hearing aids, car keys. Patient's car (${d.state()} plate ${pl}) remains in the hospice house lot.`, [g, s, pl]];
  }],
  ['death certificate and cremation permit', (d) => {
    const dt = d.date(); const cn = d.certNo(); const pm = d.permitNo(); const cr = d.crematory();
    return [`Death certificate #${cn} filed ${dt}; cremation permit #${pm}; cremation at ${cr}.`, [cn, dt, pm, cr]];
  }],
  ['funeral director licence', (d) => {
    const g = d.given(); const s = d.sur(); const lc = d.licence(); const fh = d.funeralHome();
    return [`Funeral director: ${g} ${s}, license #${lc}, ${fh}.`, [g, s, lc, fh]];
  }],
  // bereavement
  ['bereavement risk assessment', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town();
    return [`Bereavement risk assessment: primary survivor ${d.relation()} ${g} ${s}, ${st}, ${t}. Risk moderate (lives alone, loss of a son in ${d.year()}, limited support).`, [g, s, st, t]];
  }],
  ['bereavement call near anniversary', (d) => {
    const g = d.given(); const dt = d.date(); const md = d.monDay();
    return [`13-month bereavement call to ${g} on ${dt}. The first anniversary of her husband's death, ${md}, was "harder than the funeral." Grief group offered.`, [g, dt, md]];
  }],
  ['remembrance service invitation', (d) => {
    const g = d.given(); const [m, dd] = d.md(); const when = `${d.pick(WEEKDAYS.slice(0, 7))}, ${MONTHS[m - 1]!} ${dd}`; const c = d.church(); const st = d.street(); const t = d.town();
    return [`Dear ${g} and family,\nYou are invited to our Service of Remembrance on ${when} at 6:30 PM at ${c}, ${st}, ${t}. Please bring a photo of your loved one.`, [g, when, c, st, t]];
  }],
  ['bereavement mailing by e-mail', (d) => {
    const g = d.given(); const em = d.email(d.given(), d.sur());
    return [`Bereavement mailing #3 ("The First Holidays") sent by e-mail to ${em}, the ${d.relation()}'s address, at the request of ${g}.`, [em, g]];
  }],
  // family meetings, social work and letters
  ['family meeting at home with video', (d) => {
    const w = d.weekday(); const md = d.monDay(); const g1 = d.given(); const g2 = d.given(); const g3 = d.given(); const c = d.farCity();
    return [`Family meeting at the home ${w} ${md}: ${g1}, ${g2} and the patient present; ${d.relation()} ${g3} joined by video from ${c}. Agreed to move the bed to the living room.`, [w, md, g1, g2, g3, c]];
  }],
  ['CaringBridge page', (d) => {
    const g = asciiLetters(d.given()) || 'kay'; const s = asciiLetters(d.sur()) || 'lund'; const url = `https://www.caringbridge.org/visit/${g}${s}`;
    return [`Family posts updates for friends on CaringBridge (${url}) and asks staff not to answer calls from the church.`, [url]];
  }],
  ['video visit link', (d) => {
    const url = `https://${d.pick(['zoom.us', 'hospice.zoom.us', 'us02web.zoom.us'])}/j/${d.digitString(d.int(10, 11))}`;
    return [`Telehealth recert visit link sent to the ${d.relation()}: ${url} (passcode given by phone).`, [url]];
  }],
  ['e-signature with IP address', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.mdy(); const ip = d.ip();
    return [`Electronically signed by ${g} ${s}, RN, CHPN on ${dt} ${d.time()} from IP ${ip}.`, [g, s, dt, ip]];
  }],
  ['prepaid funeral contract and life insurance', (d) => {
    const cn = `${d.pick(['PN-', 'PF', ''])}${d.digitString(6)}`; const fh = d.funeralHome(); const pol = d.policyNo();
    return [`SW assisted with final arrangements: prepaid funeral contract #${cn} with ${fh}; life insurance policy ${pol} through ${d.pick(['Thrivent', 'Mutual of Omaha', 'the union', 'a former employer'])}.`, [cn, fh, pol]];
  }],
  ['social worker contact', (d) => {
    const g = d.given(); const s = d.sur(); const em = `${d.pick(['socialwork', 'sw.team', 'familysupport'])}@${asciiLetters(d.town()) || 'faith'}hospice.org`; const [ph, p] = d.phone();
    return [`Your hospice social worker is ${g} ${s}, LSW. Reach her at ${ph}, Monday to Friday, or the team mailbox ${em}.`, [g, s, p, em]];
  }],
  ['room and board billing account', (d) => {
    const f = d.facility(); const a = d.digitString(d.int(8, 10));
    return [`Room and board at ${f} billed to Medical Assistance; hospice pass-through account #${a}.`, [f, a]];
  }],
  ['hospice letterhead', (d) => {
    const h = d.hospice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const url = `www.${asciiLetters(d.town()) || 'faith'}hospice.org`;
    return [`${h}\n${st} · ${t}, ${d.state()} ${z}\nTel ${ph} · Fax ${fx}\n${url}`, [h, st, t, z, p, pf, url]];
  }],
  ['CTI fax to attending', (d) => {
    const [doc, p] = d.doctor(); const [fx, pf] = d.phone(); const md = d.slashMd();
    return [`CTI for benefit period 2 faxed to ${doc} at ${fx} on ${md} for signature; second request.`, [...p, pf, md]];
  }],
];

/** The names of the wave's frames. */
export const hospiceFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function hospiceWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10333, rounds);
}

/** Look-alikes in hospice and palliative care style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // prognostic and symptom scales
  ['PPS 40%, down from 60% last month.', 'PPS 40%'], ['Palliative Performance Scale 30%', '30%'], ['FAST 7c: unable to ambulate without assistance.', 'FAST 7c'], ['FAST stage 6e (fecal incontinence)', '6e'],
  ['ECOG 4, bedbound.', 'ECOG 4'], ['Karnofsky 30', 'Karnofsky 30'], ['ESAS: pain 6, tiredness 8, drowsiness 5, nausea 2', 'tiredness 8'],
  ['Edmonton Symptom Assessment System (ESAS-r) completed.', 'Edmonton'], ['PAINAD 6/10 with grimacing', 'PAINAD 6/10'], ['RASS -3 after haloperidol', 'RASS -3'],
  ['RDOS 5, moderate respiratory distress', 'RDOS 5'], ['NYHA class IV symptoms at rest', 'NYHA class IV'], ['MAC 21 cm, previously 24 cm', 'MAC 21 cm'], ['Braden 11', 'Braden 11'],
  ['Morse Fall Scale 65', 'Morse'], ['Zarit Burden Interview score 42', 'Zarit'], ['FICA spiritual assessment completed', 'FICA'], ['HOPE spiritual assessment: sources of hope are family.', 'HOPE'],
  ['Palliative Prognostic Index 6.5', '6.5'], ['Wong-Baker FACES 8', 'Wong-Baker'], ['MMSE 9/30', '9/30'], ['Mini-Cog 0/5', 'Mini-Cog'],
  // signs of dying and eponyms
  ['Cheyne-Stokes respirations with 20-second apneas', 'Cheyne-Stokes'], ['Kennedy terminal ulcer on the coccyx', 'Kennedy'], ['Mottling to bilateral knees and feet', 'Mottling'],
  ['Biot breathing noted overnight', 'Biot'], ['Kussmaul respirations, pH 7.12', 'Kussmaul'], ['Terminal secretions ("death rattle") audible', 'death rattle'],
  ['Sister Mary Joseph nodule at the umbilicus', 'Sister Mary Joseph'], ['Palpable Virchow node, left supraclavicular', 'Virchow'], ['Krukenberg tumor of the ovary', 'Krukenberg'],
  ['Pancoast tumor with brachial plexopathy', 'Pancoast'], ["Lou Gehrig's disease (ALS), bulbar onset", "Lou Gehrig's"], ['Lewy body dementia with hallucinations', 'Lewy'],
  ["Positioned in semi-Fowler's for comfort.", "Fowler's"], ["Left Sims' position for the suppository", "Sims'"], ['Avoid Trendelenburg; worsens dyspnea.', 'Trendelenburg'],
  ["Huntington's disease, late stage", "Huntington's"], ['Creutzfeldt-Jakob disease, rapidly progressive', 'Creutzfeldt-Jakob'], ['Kübler-Ross stages discussed with family', 'Kübler-Ross'],
  // devices and equipment
  ['Hoyer lift for all transfers', 'Hoyer'], ['Up in the Broda chair for meals', 'Broda'], ['Geri-chair at bedside', 'Geri-chair'], ['PleurX catheter drained 1000 mL', 'PleurX'],
  ['Denver shunt placed for refractory ascites', 'Denver'], ['CADD-Solis pump alarmed for occlusion', 'CADD-Solis'], ['HeartMate 3 LVAD, destination therapy', 'HeartMate 3'], ['Foley catheter 16 Fr', 'Foley'],
  ['Mepilex Border to sacrum', 'Mepilex'], ['Alternating-pressure mattress delivered', 'Alternating-pressure'],
  // drugs and brands
  ['Roxanol 20 mg/mL, 0.25 mL SL q1h PRN', 'Roxanol'], ['Haldol 0.5 mg SL q4h PRN agitation', 'Haldol'], ['Ativan 0.5 mg SL q4h PRN anxiety', 'Ativan'], ['Levsin 0.125 mg SL q4h PRN secretions', 'Levsin'],
  ['Robinul 0.2 mg SC', 'Robinul'], ['Transderm Scop 1.5 mg patch behind the ear', 'Transderm Scop'], ['Duragesic 25 mcg/h q72h', 'Duragesic'], ['Dilaudid 2 mg PO q3h PRN', 'Dilaudid'],
  ['Brompton cocktail is no longer used here.', 'Brompton'], ['ABH gel 1 mL to inner wrist PRN nausea', 'ABH'], ['Compazine 25 mg PR', 'Compazine'], ['Decadron 4 mg daily for appetite', 'Decadron'],
  ['Senokot-S 2 tabs HS', 'Senokot-S'], ['Methadone 2.5 mg BID', '2.5 mg BID'], ['morphine 20 mg/mL oral concentrate', '20 mg/mL'], ['Marinol 2.5 mg BID', 'Marinol'],
  // codes, levels, benefit periods and frequencies
  ['ICD-10 Z51.5 encounter for palliative care', 'Z51.5'], ['G30.1 Alzheimer disease with late onset', 'G30.1'], ['R64 cachexia', 'R64'], ['HCPCS Q5001 hospice care in the home', 'Q5001'],
  ['Revenue code 0651 routine home care', '0651'], ['CPT 99497 advance care planning, first 30 min', '99497'], ['Level of care: GIP', 'GIP'], ['Continuous home care (CHC) criteria met', 'CHC'],
  ['Benefit period 3', 'Benefit period 3'], ['Day 61 of the second benefit period', 'Day 61'], ['Visit frequency: SN 2w4, HHA 3w9', 'SN 2w4'], ['Chaplain 1m2, volunteer 1w8', '1m2'],
  ['Bath days M/W/F', 'M/W/F'], ['DD-214 requested for burial benefits', 'DD-214'], ['Form CMS-1450 (UB-04)', 'CMS-1450'],
  // vitals, times, ages and years
  ['Time of death 03:17', '03:17'], ['Apneic periods of 20 seconds', '20 seconds'], ['BP 82/40, HR 128, RR 32', '82/40'], ['SpO2 84% on 4 L NC', '84%'], ['Urine output 50 mL in 8 hours', '50 mL'],
  ['She is an 88-year-old retired teacher.', '88'], ['Age 89 at admission', '89'], ['Diagnosed in 2019.', '2019'], ['Married 62 years.', '62 years'], ['Weight 41.3 kg', '41.3 kg'],
  // relations and roles without names
  ['The hospice aide bathed the patient.', 'hospice aide'], ['The on-call nurse was notified.', 'on-call nurse'], ['Discussed with the medical director.', 'medical director'],
  ['The volunteer coordinator will call the family.', 'volunteer coordinator'], ['Referred to the bereavement coordinator.', 'bereavement coordinator'], ['The funeral director arrived.', 'funeral director'],
  ['Coroner notified; released.', 'Coroner'], ['Her daughter is the health care agent.', 'daughter'], ['His wife of 60 years was at the bedside.', 'wife'], ['The grandchildren sang to her.', 'grandchildren'],
  // generic places
  ['Transferred to the inpatient unit.', 'inpatient unit'], ['Wishes to die at home.', 'home'], ['Moved to the hospice house.', 'hospice house'], ['Family gathered in the chapel.', 'chapel'],
  ['Seen in the ED last week.', 'ED'], ['Returned to the nursing home.', 'nursing home'], ['Body released to the funeral home.', 'funeral home'], ['Burial in the family plot at the cemetery.', 'cemetery'],
  ['Family used the family room overnight.', 'family room'],
  // scripture, hymns, rites and religions
  ['Read Psalm 23 at her request.', 'Psalm 23'], ["Prayed the Lord's Prayer together.", "Lord's Prayer"], ['Family sang Amazing Grace.', 'Amazing Grace'], ['Played How Great Thou Art.', 'How Great Thou Art'],
  ['Anointing of the Sick requested.', 'Anointing of the Sick'], ['Last Rites given.', 'Last Rites'], ["Mourner's Kaddish said at bedside.", 'Kaddish'], ["Jehovah's Witness: no blood products.", "Jehovah's Witness"],
  ['Lutheran (ELCA)', 'Lutheran'], ['Serenity Prayer on the bedside table', 'Serenity Prayer'],
  // programs, guides, payers and chains named alone
  ['Referred to LifeSource per policy.', 'LifeSource'], ['Medicare hospice benefit elected.', 'Medicare'], ['Medical Assistance pays room and board.', 'Medical Assistance'], ['Oxygen from Lincare.', 'Lincare'],
  ['We Honor Veterans partner program', 'We Honor Veterans'], ['No One Dies Alone volunteers available', 'No One Dies Alone'], ['Five Wishes document completed', 'Five Wishes'],
  ['SPIKES protocol used to share news', 'SPIKES'], ['REMAP framework for goals of care', 'REMAP'], ['Serious Illness Conversation Guide', 'Serious Illness Conversation Guide'], ['Updates posted on CaringBridge.', 'CaringBridge'],
  ['Prescriptions filled at Walgreens.', 'Walgreens'],
  // everyday words that are also names or towns
  ['Her faith gives her strength.', 'faith'], ['Hopes for a peaceful death.', 'Hopes'], ['Said grace before meals.', 'grace'], ['Asked for mercy for her son.', 'mercy'],
  ['Comfort measures only.', 'Comfort'], ['Will update the family tomorrow.', 'Will'], ['Last will and testament completed.', 'will'], ['Died peacefully at dawn.', 'dawn'],
  ['No luck reaching the son by phone.', 'luck'], ['The family welcomed the chaplain.', 'welcomed'], ['Liberal diet as tolerated.', 'Liberal'], ['Skin protection with barrier cream.', 'protection'],
  ['Pain control through the holidays.', 'holidays'], ['Joy in seeing her cat.', 'Joy'], ['Patience with slow eating encouraged.', 'Patience'], ['Attended church every Sunday.', 'church'],
];

export const hospiceKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedHospiceKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(hospiceKeepCases(), find);

export function scoreHospiceWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => hospiceWaveCases(seed)), find);
}
