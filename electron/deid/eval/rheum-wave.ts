// A blind wave of rheumatology and infusion-suite records: rheumatology clinic notes (new-patient consultations with
// the referring practice and physician, the month the joints began to swell and the trip before it, relatives with
// autoimmune disease named by relation, the job and employer, giant cell arteritis in a patient over 89, outside records
// faxed in, scribes' attestations, fellows and attendings, the medical assistant who took vitals, gout flares on a
// holiday, hand and foot films and DXA scans with their accession and scanner serial, baseline eye screening for
// hydroxychloroquine at an eye practice, the day's clinic schedule), biologic infusion logs (the infusion center, chair,
// drug lots, pump serials, premedications signed by initials, reactions, the next infusion's day, rituximab courses,
// pegloticase held on a pre-infusion uric acid, home infusion visits at the patient's address, missed infusions,
// TB screening accessions, the infusion nurse's certification number, buy-and-bill benefits checks), methotrexate
// monitoring lab tables and flowsheet rows (the dates of each draw, the patient service center's town, standing order
// numbers, hepatitis serologies from 'the 14th', nurse calls about transaminases), joint injection and aspiration
// procedure notes (the operator and assistant, the time-out with the DOB, ultrasound serials and stored image file
// names, steroid lots, synovial fluid specimen numbers, the technologist who read the crystals, post-injection calls,
// the month of the last injection), specialty pharmacy enrollment forms (demographics with SSN, ship-to address and
// e-mail, insurance with the subscriber, the prescriber's NPI, DEA and state licence, referral and Rx numbers, hub
// case and copay card ids, shipment tracking, the nurse educator), prior-authorization appeals (RE blocks with member
// and reference numbers, denial dates, prior therapies with month-year spans, peer-to-peer calls with the payer's
// medical director, approvals with authorization numbers), disability paperwork (attending physician statements with
// the claimant's SSN and claim number, employer and supervisor, first day unable to work and return-to-work date, the
// physician's licence, disabled parking placards and licence plates, Disability Determination Services requests, FMLA
// leave, the county of residence), patient portal messages (headers with e-mail, relatives and weekdays in the body,
// nurses' replies, audit lines with IPs and thread numbers, video visit links, lower-case messages) and referral letters
// (address blocks, salutations, onward referrals with phones, cc lines with faxes, letterheads), in mixed case, ALL CAPS
// and lower case. Dates are written in every form a note, a flowsheet, a form and a letter use ('03/04/2024',
// '3/4/24', '4 March 2024', '2024-03-04', '04-MAR-2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', '3/2019',
// 'Christmas Eve'); ages over 89, phones, faxes, e-mails, SSNs, MBIs and DEA numbers are planted. Given names are often
// everyday words and some are also rheumatology words (Crystal, Ginger, Joy, Grace, Lupe, Rusty, Sage); surnames are
// often everyday words and some are also eponyms or joints (Still, Baker, Paget, Hand, Bone, Frost, Gold, Stone);
// towns are often everyday words (Liberty, Union, Comfort, Normal, Temple, Humble, Lyme, Stillwater). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreRheumWave`.
// Decisions: a person's given name and surname are planted (patients, relatives, subscribers, physicians, fellows,
// scribes, nurses, medical assistants, technologists, coordinators, payer medical directors, supervisors, examiners), a
// middle initial, a title ('Dr.', 'Mrs.') and a credential ('MD', 'FACR', 'RN, CRNI', 'CMA', 'MT(ASCP)', 'PA-C') are
// not; initials that sign a flowsheet row or a medication are planted. A rheumatology practice, infusion center,
// referring practice, eye practice, imaging center, hospital, specialty pharmacy, home infusion agency and employer is
// planted whole with its kind words ('Liberty Rheumatology Associates', 'Stillwater Regional Infusion Center', 'Hand &
// Sons Roofing'), while a specialty pharmacy chain, a lab company, a payer, a maker or a hub program named alone
// ('Accredo', 'LabCorp', 'Highmark', 'Hologic', 'myAbbVie Assist') is kept. A town and a county are planted, a state
// is kept; a street address is planted from its number to its street type, a ZIP (with its +4) is planted. An MRN, an
// account, member, claim, reference, authorization, referral, Rx, hub case, copay card, order, thread and DDS case
// number, an accession and a specimen number, a tracking number, a drug lot, a pump, ultrasound and DXA serial, an NPI,
// a DEA number, a state licence and a certification number, a licence plate and a placard number, an SSN, an MBI, an
// IP, a URL, an e-mail and an image file name that carries a surname and a date are planted whole; a phone's leading
// '(' need not be covered, an extension is planted. The date of a visit, an infusion, a draw, an injection, a denial,
// a call, a leave or a letter is planted in every form; a weekday naming one day is planted ('since Tuesday'), a
// standing dosing day is kept ('methotrexate on Sundays'); a holiday that fixes a day is planted; a month with a year is
// planted, a year alone is kept; the time next to a date is kept; ages over 89 are planted, other ages are kept.
// Disease activity scores and joint counts that read like dates ('RAPID3 12/30', 'TJC 8/28', 'ACR/EULAR 7/10'), chair
// and infusion numbers, loading weeks, rate steps, doses and lab values are kept. Kept (look-alikes): eponyms and
// signs (Heberden, Bouchard, Baker's cyst, Sjögren, Still, Behçet, Raynaud, Felty, Gottron, Schober, Phalen, Tinel,
// Finkelstein, Jaccoud, Takayasu, Kawasaki, Paget, Dupuytren, de Quervain, Hashimoto, Löfgren, Libman-Sacks,
// Churg-Strauss, McMurray, Lyme, Kellgren-Lawrence, Crithidia, van der Heijde), scores (DAS28, CDAI, SDAI, RAPID3,
// HAQ-DI, BASDAI, SLEDAI-2K, ESSDAI, Beighton), antibodies and lab values, drug, device and hub program names, ICD-10,
// CPT, HCPCS and NDC codes, a pharmacy BIN, schedules and counts, spine levels and grades, everyday words that are also
// names or towns (gold, stone, still, crystal, ginger, frost, joy, will, bill), relations and roles without names,
// generic places (the infusion center, the specialty pharmacy), ages of 89 and under, years alone, states, payers,
// chains, foundations and programs.
// Measured before rules: 0.938 recall on seeds 5, 11, 23 (4577/4880), 0.943 on fresh seeds 41, 42, 43 (4606/4886);
// 11/143 look-alikes touched ("Schober", "de Quervain's", "RAPID3 12/30", "8/28", "6/10", "Enbrel SureClick",
// "Orencia ClickJect", "Sundays", "Quest", "Arthritis Foundation", "Lupus Foundation of America") (engine at b1f152e).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as tr } from '@faker-js/faker/locale/tr';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, ind, gh, frca, pl, nl, tr, ie];

/** Given names that are everyday words, some of them also rheumatology words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Mercy', 'Patience', 'Charity', 'Pearl', 'Ruby', 'Crystal', 'Ginger', 'Rose', 'Dawn', 'Sunny', 'Summer', 'Misty', 'Lupe', 'Sage', 'Bill', 'Will', 'Art', 'Guy', 'Gene', 'Bud', 'Rusty', 'Rocky', 'Chase', 'Clay', 'Dale', 'Glen', 'Mark', 'Major', 'Royal', 'Duke', 'Lance', 'Cherry'];
/** Surnames that are everyday words, or also eponyms and joints. */
const WORD_SUR = ['Still', 'Baker', 'Frost', 'Stone', 'Gold', 'Swift', 'Wells', 'Banks', 'Marsh', 'Hale', 'Burns', 'Payne', 'Cross', 'Hand', 'Bone', 'Wood', 'Moss', 'Sharp', 'Strong', 'Steele', 'Hardy', 'Young', 'Good', 'Light', 'Rich', 'Bishop', 'Mason', 'Fox', 'Wolf', 'Price', 'Parks', 'Street', 'Bland', 'Moody', 'Joiner', 'Bowman', 'Paget', 'Gardner', 'Sweet', 'Hart', 'Walker', 'Knight'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Concord', 'Harmony', 'Comfort', 'Eden', 'Paradise', 'Normal', 'Temple', 'Independence', 'Commerce', 'Industry', 'Sweet Home', 'Stillwater', 'Warren', 'Marion', 'Florence', 'Humble', 'Friendship', 'Athens', 'Canton', 'Bristol', 'Salem', 'Orange', 'Sandy', 'Pearl', 'Mobile', 'Lyme', 'Plain City', 'Gold Beach', 'Goshen', 'Bath', 'Hazard', 'Jasper', 'Reading', 'Enterprise', 'Media', 'Mars', 'Champion'];
const REAL_TOWNS = ['Lewiston', 'Bangor', 'Nashua', 'Pittsfield', 'Worcester', 'Danbury', 'Scranton', 'Altoona', 'Williamsport', 'Erie', 'Elmira', 'Binghamton', 'Utica', 'Saratoga Springs', 'Rutland', 'Allentown', 'Lancaster', 'Hagerstown', 'Frederick', 'Morgantown', 'Wheeling', 'Parkersburg', 'Youngstown', 'Sandusky', 'Zanesville', 'Kalamazoo', 'Saginaw', 'Chillicothe', 'Wilkes-Barre', 'Poughkeepsie'];
const COUNTY_WORDS = ['Union', 'Warren', 'Clinton', 'Lake', 'Bucks', 'Chester', 'Centre', 'Erie', 'Wayne', 'Monroe', 'Franklin', 'Greene', 'Lincoln', 'Orange', 'Essex', 'Berkshire', 'Butler', 'Knox', 'Summit', 'Cumberland', 'Tioga', 'Allegany', 'Clearfield', 'Juniata'];
const STATES = ['PA', 'NY', 'VT', 'NH', 'ME', 'MA', 'CT', 'OH', 'WV', 'MD', 'NJ', 'MI', 'TX', 'Pennsylvania', 'Ohio', 'New York'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Chestnut', 'Maple', 'Depot', 'Railroad', 'College', 'Liberty', 'Hickory', 'Orchard', 'Lakeview', 'Ridge', 'Pleasant', 'Sunset', 'Meadow', 'Market', 'Old Mill', 'Valley View', 'Medical Park'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Pike', 'Blvd', 'Way', 'Turnpike'];
const SAINTS = ['Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Vincent', 'Clare', 'Peter', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Health Center'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat'];
/** Holidays that fix a day, as written and the part to plant. */
const HOLIDAYS: readonly (readonly [string, string])[] = [['Christmas Eve', 'Christmas Eve'], ['Christmas Day', 'Christmas Day'], ['Christmas', 'Christmas'], ["New Year's Day", "New Year's Day"], ["New Year's Eve", "New Year's Eve"], ['the Fourth of July', 'Fourth of July'], ['July 4th', 'July 4th'], ["Valentine's Day", "Valentine's Day"], ['Halloween', 'Halloween'], ['Veterans Day', 'Veterans Day'], ["St. Patrick's Day", "St. Patrick's Day"]];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'partner', 'granddaughter', 'grandson', 'niece', 'daughter-in-law', 'roommate'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Miss'];
const PAYERS = ['Aetna', 'Cigna', 'Highmark', 'UnitedHealthcare', 'Humana', 'Anthem', 'Excellus BCBS', 'Capital Blue Cross', 'Medicaid', 'Medicare Part D'];
const SP_CHAINS = ['Accredo', 'CVS Specialty', 'Optum Specialty', 'Walgreens Specialty', 'AllianceRx'];
const JOBS = ['machine operator', 'home health aide', 'line cook', 'dental hygienist', 'mail carrier', 'welder', 'cashier', 'second-grade teacher', 'warehouse associate', 'hair stylist', 'electrician', 'nurse aide', 'school bus driver', 'bookkeeper', 'dairy farmer'];
const SC_BIOLOGICS = ['Humira Pen 40 mg/0.4 mL', 'Enbrel SureClick 50 mg', 'Cimzia 200 mg prefilled syringe', 'Cosentyx Sensoready 150 mg', 'Taltz 80 mg autoinjector', 'Kevzara 200 mg pen', 'Actemra ACTPen 162 mg', 'Orencia ClickJect 125 mg', 'Hadlima 40 mg', 'Otezla 30 mg tablets'];
const INFUSIONS: readonly (readonly [string, string])[] = [['infliximab-dyyb (Inflectra)', '5 mg/kg = 400 mg'], ['Remicade', '5 mg/kg = 500 mg'], ['Simponi Aria', '2 mg/kg = 180 mg'], ['Orencia', '750 mg'], ['Actemra', '8 mg/kg = 640 mg'], ['Benlysta', '10 mg/kg = 720 mg'], ['rituximab-abbs (Truxima)', '1000 mg'], ['Saphnelo', '300 mg'], ['Krystexxa', '8 mg'], ['zoledronic acid (Reclast)', '5 mg']];
const JOINTS = ['right knee', 'left knee', 'right glenohumeral joint', 'left subacromial bursa', 'right trochanteric bursa', 'left first MTP', 'right wrist', 'left ankle', 'right second MCP'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** Initials that sign a row: 'JMK' or 'J.K.'. */
  initials(): string {
    if (this.r() < 0.2) return `${this.letters(1)}.${this.letters(1)}.`;
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A rheumatology practice. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Rheumatology`;
    if (k === 1) return `${this.sur()} Rheumatology Associates`;
    if (k === 2) return `Arthritis & Osteoporosis Center of ${this.town()}`;
    if (k === 3) return `${this.town()} Arthritis Center`;
    if (k === 4) return `${this.town()} Rheumatology & Infusion`;
    return `Rheumatology Associates of ${this.county()}`;
  }
  /** An infusion center or suite. */
  infusionCenter(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Regional Infusion Center`;
    if (k === 1) return `${this.town()} Outpatient Infusion`;
    if (k === 2) return `${this.sur()} Infusion Services`;
    if (k === 3) return `Infusion Suite at ${this.hospital()}`;
    return `${this.town()} Infusion & Specialty Care`;
  }
  /** A referring primary care practice. */
  pcpPractice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.sur()} Family Practice`;
    if (k === 2) return `Family Health Center of ${this.town()}`;
    if (k === 3) return `${this.town()} Internal Medicine Associates`;
    return `${this.town()} Community Health Center`;
  }
  eyePractice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Eye Associates`;
    if (k === 1) return `${this.sur()} Eye Care`;
    if (k === 2) return `${this.town()} Retina Consultants`;
    return `${this.sur()} Vision Center`;
  }
  imagingCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Imaging Center`;
    if (k === 1) return `${this.town()} Open MRI`;
    return this.hospital();
  }
  /** A specialty pharmacy that is not a chain. */
  specialtyPharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Specialty Pharmacy`;
    if (k === 1) return `${this.sur()} Specialty Rx`;
    if (k === 2) return `${this.town()} Apothecary Specialty Services`;
    return `${this.hospital()} Specialty Pharmacy`;
  }
  homeInfusion(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Infusion`;
    if (k === 1) return `${this.sur()} Home Health`;
    return `Visiting Nurse Association of ${this.town()}`;
  }
  employer(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Tool & Die`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.town()} Area School District`;
    if (k === 3) return `${this.sur()} & Sons Roofing`;
    if (k === 4) return `${this.town()} Poultry Processing`;
    if (k === 5) return `${this.sur()} Manufacturing Co.`;
    return `${this.town()} Nursing and Rehabilitation Center`;
  }
  job(): string {
    return this.pick(JOBS);
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 49999)).padStart(5, '0');
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return `${pad2(this.int(6, 18))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms notes, forms and letters write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${y}` : `${m}/${d}/${y}`);
  }
  /** A date in a table column. */
  tableDate(): string {
    const [m, d] = this.md();
    const y = this.year();
    return writtenDate(this.pick([0, 0, 1, 6, 7]), m, d, y)!;
  }
  /** '3/14'. */
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** 'Mar 14' or 'March 14'. */
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** 'March 2019', 'Mar 2019' or '3/2019'. */
  monthYear(y = this.year()): string {
    const m = this.int(1, 12);
    const k = this.int(0, 3);
    if (k === 0) return `${MONTHS[m - 1]!} ${y}`;
    if (k === 1) return `${MON[m - 1]!} ${y}`;
    if (k === 2) return `${m}/${y}`;
    return `${pad2(m)}/${y}`;
  }
  /** mm/dd/yyyy in year `y`. */
  mdyIn(y: number): string {
    const [m, d] = this.md();
    return `${pad2(m)}/${pad2(d)}/${y}`;
  }
  /** n years from the span, each the same as the one before or later. */
  risingYears(n: number): number[] {
    const ys = [this.int(2012, 2019)];
    while (ys.length < n) ys.push(ys[ys.length - 1]! + this.int(1, 2));
    return ys;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  shortWeekday(): string {
    return this.pick(WEEKDAYS_SHORT);
  }
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1932, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${MON[m - 1]!} ${d}, ${y}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return `E${this.digitString(7)}`;
    return this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  /** A personal e-mail; `named` false gives a local part that spells neither name whole. */
  email(g: string, s: string, named = true): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com', 'comcast.net', `${asciiLetters(this.town()) || 'union'}.net`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = named
      ? this.pick([`${a}.${b}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(10, 1999)}`, `${b}${a.slice(0, 3)}`, `${a}${b.charAt(0)}${this.int(60, 99)}`])
      : this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${this.pick(['gardenlady', 'nanaof', 'jeepguy', 'quilter', 'bluesky'])}${this.int(2, 99)}`, `${b.charAt(0)}${a.charAt(0)}.${this.int(1950, 2004)}`]);
    return `${local}@${dom}`;
  }
  staffEmail(g: string, s: string): string {
    const a = asciiLetters(g) || 'staff';
    const b = asciiLetters(s) || 'rn';
    return `${a.charAt(0)}${b}@${asciiLetters(this.town()) || 'union'}rheum.com`;
  }
  ssn(): string {
    const a = String(this.int(101, 665)).padStart(3, '0');
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    const k = this.int(0, 5);
    return k < 4 ? `${a}-${b}-${c}` : k === 4 ? `${a} ${b} ${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}${this.pick(['01', '02'])}`;
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A DEA registration number whose second letter is the surname's first and whose last digit checks. */
  dea(surname: string): string {
    const first = this.pick(['A', 'B', 'F', 'M']);
    const second = (asciiLetters(surname).charAt(0) || 'x').toUpperCase();
    const ds = [0, 0, 0, 0, 0, 0].map(() => this.int(0, 9));
    const odd = ds.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    const even = ds.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
    return `${first}${second}${ds.join('')}${(odd + 2 * even) % 10}`;
  }
  /** A state medical licence. */
  licence(): string {
    const k = this.int(0, 3);
    if (k === 0) return `MD${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(6)}`;
    if (k === 2) return `${this.letters(1)}-${this.digitString(5)}`;
    return `0101${this.digitString(6)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(8)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 2) return `${this.letters(3)}${this.digitString(5)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(4)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(6)}`;
    return this.digitString(this.int(6, 8));
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 3);
    if (k === 0) return `XR-${yy}-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(1)}${yy}-${this.digitString(5)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(8)}`;
    return this.digitString(10);
  }
  specimen(): string {
    return this.r() < 0.5 ? `SF${pad2(this.int(12, 25))}-${this.digitString(5)}` : this.digitString(9);
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `ORD${this.digitString(7)}`;
  }
  claimNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `STD-${this.digitString(7)}`;
    return `${this.letters(2)}${this.digitString(8)}`;
  }
  refNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `APL${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(4)}-${this.digitString(6)}`;
    return `PA${this.digitString(10)}`;
  }
  authNo(): string {
    return this.r() < 0.5 ? this.digitString(9) : `A${this.digitString(8)}`;
  }
  rxNo(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.digitString(7)}-${pad2(this.int(0, 12))}`;
  }
  hubId(): string {
    return this.r() < 0.5 ? `CASE-${this.digitString(8)}` : `${this.letters(2)}${this.digitString(7)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? this.digitString(12) : `1Z${this.lettersOf('0123456789ABCDEFGHJKLMNPRSTVWXY', 6)}${this.digitString(10)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}-${this.digitString(4)}`;
    if (k === 1) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    return `${this.letters(2)} ${this.digitString(5)}`;
  }
  placard(): string {
    return this.r() < 0.5 ? this.digitString(7) : `DP${this.digitString(6)}`;
  }
  ip(): string {
    return `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  /** A Medicare Beneficiary Identifier. */
  mbi(): string {
    const L = () => this.lettersOf('ACDEFGHJKMNPQRTUVWXY', 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    return `${this.int(1, 9)}${L()}${A()}${N()}${this.r() < 0.5 ? '-' : ''}${L()}${A()}${N()}${this.r() < 0.5 ? '-' : ''}${L()}${L()}${N()}${N()}`;
  }
  /** 'Dr. First Last' in one of the ways notes and forms write it: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, FACR`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    if (k === 3) return [`Dr. ${s}`, [s]];
    if (k === 4) return [`${s}, ${g} MD`, [s, g]];
    return [`${g} ${this.mi()} ${s}, PA-C`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // rheumatology clinic notes
  ['consult header patient DOB MRN and referring practice', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn(); const [doc, p] = d.doctor(); const pr = d.pcpPractice(); const dt = d.date();
    return [`RHEUMATOLOGY NEW PATIENT CONSULTATION\nPatient: ${s}, ${g} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}\nReferring provider: ${doc} (${pr})\nDate of service: ${dt}`, [s, g, dob, mrn, ...p, pr, dt]];
  }],
  ['onset month and year after camping trip near town', (d) => {
    const my = d.monthYear(); const t = d.town();
    return [`Reports symmetric swelling of the MCPs and wrists with 90 minutes of morning stiffness since ${my}, which began two weeks after a camping trip near ${t}, ${d.state()}; no rash or tick bite recalled.`, [my, t]];
  }],
  ['family history relative by name', (d) => {
    const g = d.given(); const r = d.relation();
    return [`Family history: ${r} ${g} has psoriasis and "bad arthritis"; maternal aunt with lupus. No IBD or uveitis in the family.`, [g]];
  }],
  ['social history job at employer in town', (d) => {
    const e = d.employer(); const t = d.town();
    return [`Social: works as a ${d.job()} at ${e} in ${t}; has missed 6 shifts this month because of hand pain. Never smoker, 2-3 drinks/week.`, [e, t]];
  }],
  ['giant cell arteritis age over 89', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} with ${d.int(2, 8)} weeks of new ${d.pick(['right', 'left', 'bitemporal'])} headache, jaw claudication and ESR ${d.int(60, 120)}; started prednisone 60 mg daily and temporal artery biopsy requested.`, [n]];
  }],
  ['lives with relative over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`Lives with her ${n}-year-old ${d.pick(['mother', 'father', 'aunt'])}, ${g}, for whom she is the main caregiver; transfers are harder because of her shoulder pain.`, [n, g]];
  }],
  ['outside records faxed from practice', (d) => {
    const s = d.sur(); const pr = d.pcpPractice(); const md = d.monDay(); const [fx, p] = d.phone();
    return [`Outside records from Dr. ${s} at ${pr} reviewed (faxed ${md} from ${fx}): RF 84, anti-CCP >250, ESR 48.`, [s, pr, md, p]];
  }],
  ['follow-up since last visit date', (d) => {
    const dt = d.date();
    return [`Returns for follow-up of seropositive RA; last seen ${dt}. CDAI today 12 (moderate), down from 24 on methotrexate 20 mg weekly.`, [dt]];
  }],
  ['scribe attestation', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const dt = d.date();
    return [`I, ${g} ${s}, am scribing for and in the presence of Dr. ${s2} on ${dt}.`, [g, s, s2, dt]];
  }],
  ['signature with NPI and signed date', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`Electronically signed by ${doc}\nRheumatology   NPI ${npi}\n${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['fellow and attending', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Seen and examined with rheumatology fellow Dr. ${g} ${s}. I agree with the assessment and plan as documented. — Dr. ${s2}, attending`, [g, s, s2]];
  }],
  ['vitals by medical assistant', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Vitals (${g} ${s}, CMA): BP 134/82, HR 76, T 98.1, Wt 81.4 kg. Pain 6/10. HAQ-DI 1.25.`, [g, s]];
  }],
  ['gout flare on holiday', (d) => {
    const [h, part] = d.holiday();
    return [`Gout flare began on ${h} after a large meal and beer; ${d.pick(['left first MTP', 'right first MTP', 'left ankle', 'right knee'])} red, hot and exquisitely tender. Uric acid ${d.int(7, 11)}.${d.int(0, 9)}.`, [part]];
  }],
  ['symptom began on weekday', (d) => {
    const w = d.weekday();
    return [`${d.pick(['Right knee', 'Left knee', 'Right ankle', 'Left wrist', 'Right elbow'])} swelling began ${w} after ${d.pick(['kneeling to garden', 'a long drive', 'moving furniture', 'a shift on the line'])}; took naproxen ${d.pick(['500 mg BID', '440 mg once', '250 mg BID'])} with partial relief.`, [w]];
  }],
  ['hand and foot films accession at imaging center', (d) => {
    const dt = d.date(); const c = d.imagingCenter(); const acc = d.accession();
    return [`X-rays bilateral hands and feet ${dt} at ${c} (accession ${acc}): periarticular osteopenia and erosions at the 2nd and 3rd MCPs.`, [dt, c, acc]];
  }],
  ['DXA scanner serial', (d) => {
    const dt = d.date(); const sn = d.serial();
    return [`DXA ${dt} on Hologic Horizon A, S/N ${sn}: L1-L4 T-score -2.6, left femoral neck -2.1. FRAX major 18%, hip 3.4%.`, [dt, sn]];
  }],
  ['hydroxychloroquine eye screening at eye practice', (d) => {
    const c = d.eyePractice(); const md = d.monDay(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Baseline retinal exam for hydroxychloroquine (SD-OCT, 10-2 fields) scheduled at ${c} on ${md} with Dr. ${s}; office ${ph}.`, [c, md, s, p]];
  }],
  ['clinic schedule row', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const rs = d.sur();
    return [`${d.time()}  ${s}, ${g}   ${d.int(24, 86)}${d.pick(['F', 'M'])}   NEW - ?RA   ref Dr. ${rs}   MRN ${mrn}`, [s, g, rs, mrn]];
  }],
  // biologic infusion logs
  ['infusion record header', (d) => {
    const c = d.infusionCenter(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dt = d.date(); const [drug, dose] = d.pick(INFUSIONS);
    return [`INFUSION RECORD   ${c}\nPt: ${s}, ${g}   MRN ${mrn}   Chair ${d.int(1, 14)}\nDate: ${dt}   Drug: ${drug} ${dose}   Infusion #${d.int(2, 40)}`, [c, s, g, mrn, dt]];
  }],
  ['infusion flowsheet rows with lots and initials', (d) => {
    const a = d.tableDate(); const b = d.tableDate(); const la = d.lot(); const lb = d.lot(); const ia = d.initials(); const ib = d.initials();
    return [`Date         Drug/dose            Lot         RN\n${a}   Inflectra 400 mg     ${la}     ${ia}\n${b}   Inflectra 400 mg     ${lb}     ${ib}`, [a, b, la, lb, ia, ib]];
  }],
  ['pump serial and titration', (d) => {
    const sn = d.serial();
    return [`Alaris pump S/N ${sn}, channel A, 0.2-micron in-line filter. Rate titrated per protocol 10, 20, 40, 80, 150, 250 mL/h every 15 min.`, [sn]];
  }],
  ['premeds and start stop initials', (d) => {
    const a = d.initials(); const b = d.initials(); const c = d.initials();
    return [`Premeds: acetaminophen 650 mg PO and diphenhydramine 25 mg IV at 09:10 (${a}). Infusion started 09:40 (${b}), completed 11:45 (${c}); 30-min observation, VSS.`, [a, b, c]];
  }],
  ['infusion reaction physician notified', (d) => {
    const s = d.sur(); const g = d.given(); const h = d.sur();
    return [`At 35 min pt reported flushing and chest tightness, BP 162/94. Infusion stopped, hydrocortisone 100 mg IV given; Dr. ${s} notified by ${g} ${h}, RN. Resumed at half rate after 30 min.`, [s, g, h]];
  }],
  ['next infusion weekday and date', (d) => {
    const w = d.shortWeekday(); const md = d.slashMd();
    return [`Next infusion due in 8 weeks: ${w} ${md} at 8:00 AM, chair ${d.int(1, 14)}. Labs (CBC, CMP) 1 week prior.`, [w, md]];
  }],
  ['rituximab day 1 and day 15 dates', (d) => {
    const m = d.int(1, 12); const dd = d.int(1, 14); const a = `${m}/${dd}`; const b = `${d.pick([MON[m - 1]!, MONTHS[m - 1]!])} ${dd + 14}`;
    return [`Rituximab 1000 mg IV given ${a} (day 1); second dose ${b} (day 15). Methylprednisolone 100 mg premedication both days.`, [a, b]];
  }],
  ['pegloticase held on pre-infusion uric acid', (d) => {
    const md = d.monDay(); const s = d.sur();
    return [`Krystexxa infusion #${d.int(3, 12)}: pre-infusion uric acid 7.4 mg/dL on ${md} (above 6 on two checks). Infusion held per protocol; Dr. ${s} aware.`, [md, s]];
  }],
  ['home infusion nurse visit at address', (d) => {
    const a = d.homeInfusion(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date();
    return [`Home infusion by ${a}: RN ${g} ${s} visited ${st}, ${t} ${z} on ${dt}; PIV 22G L forearm, Benlysta 720 mg over 1 h, no reaction.`, [a, g, s, st, t, z, dt]];
  }],
  ['missed infusion reschedule phones', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const [ph2, p2] = d.phone(); const e = d.ext();
    return [`No-show for infusion ${w}. Left voicemail at ${ph}. Pt to call the infusion suite at ${ph2} ext ${e} to reschedule within 2 weeks.`, [w, p, p2, e]];
  }],
  ['TB screening before biologic', (d) => {
    const dt = d.date(); const acc = d.accession(); const t = d.town();
    return [`QuantiFERON-TB Gold Plus negative (${dt}, accession ${acc}, drawn at the Quest patient service center in ${t}). Hep B sAg and core Ab negative.`, [dt, acc, t]];
  }],
  ['infusion nurse certification number', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.digitString(d.int(6, 8));
    return [`Infusion RN: ${g} ${s}, RN, CRNI (certification #${c}). IV access: 22G right antecubital, first attempt.`, [g, s, c]];
  }],
  ['buy-and-bill benefits verification', (d) => {
    const id = d.memberId(); const ref = d.refNo(); const g = d.given(); const md = d.monDay();
    return [`Benefits verified with ${d.payer()} for J1745 x 50 units: member ID ${id}, call reference #${ref}, spoke with ${g} on ${md}; 20% coinsurance after deductible.`, [id, ref, g, md]];
  }],
  // methotrexate monitoring
  ['methotrexate monitoring lab table', (d) => {
    const a = d.tableDate(); const b = d.tableDate(); const c = d.tableDate();
    return [`METHOTREXATE MONITORING\nDate          WBC   Hgb    Plt   ALT  AST  Alb  Cr\n${a}    6.8   13.1   244   22   25   4.2  0.81\n${b}    5.9   12.7   231   31   29   4.1  0.84\n${c}    4.1   12.2   198   68   51   3.9  0.92  MTX held`, [a, b, c]];
  }],
  ['lab flowsheet row by month and day', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd();
    return [`ALT (U/L)    ${a}: 24    ${b}: 39    ${c}: 88 (H)\nMCV (fL)     97 -> 101 -> 104`, [a, b, c]];
  }],
  ['labs at service center in town', (d) => {
    const md = d.slashMd(); const t = d.town();
    return [`CBC and CMP drawn ${md} at the LabCorp patient service center in ${t}: ALT 58 (2x ULN), WBC 3.6. Methotrexate held, folic acid continued.`, [md, t]];
  }],
  ['standing lab order number and end date', (d) => {
    const o = d.orderNo(); const dt = d.date(); const [fx, p] = d.phone();
    return [`Standing order #${o}: CBC with diff, CMP every 12 weeks through ${dt} while on methotrexate and leflunomide; faxed to the lab at ${fx}.`, [o, dt, p]];
  }],
  ['hepatitis serologies from the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`Hepatitis B surface antigen, core antibody and HCV antibody from the ${o} are all negative; OK to start methotrexate 15 mg weekly.`, [o]];
  }],
  ['nurse call about transaminases', (d) => {
    const [ph, p] = d.phone(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Called pt at ${ph} re: ALT 112 on ${md}. Instructed to hold methotrexate, avoid alcohol, repeat LFTs in 2 weeks. — ${g} ${s}, RN`, [p, md, g, s]];
  }],
  // joint injection and aspiration procedure notes
  ['joint procedure header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur();
    return [`PROCEDURE NOTE: ${d.pick(JOINTS)} arthrocentesis and corticosteroid injection\nDate: ${dt}\nPerformed by: ${doc}\nAssistant: ${g} ${s}, MA`, [dt, ...p, g, s]];
  }],
  ['time-out with nurse and DOB', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`Universal protocol time-out performed with ${g} ${s}, RN; patient identity confirmed by name and date of birth (${dob}); site marked.`, [g, s, dob]];
  }],
  ['ultrasound guidance serial and image file', (d) => {
    const sn = d.serial(); const s = asciiLetters(d.sur()).toUpperCase() || 'DOE'; const [m, dd] = d.md(); const y = d.year(); const f = `US_${s}_${y}${pad2(m)}${pad2(dd)}_knee.jpg`;
    return [`Ultrasound guidance with SonoSite Edge II (S/N ${sn}), linear 13-6 MHz probe; needle visualized entering the suprapatellar recess. Image saved as ${f}.`, [sn, f]];
  }],
  ['steroid lot', (d) => {
    const lot = d.lot();
    return [`Injected triamcinolone acetonide 40 mg (Kenalog-40, lot ${lot}) with 3 mL 1% lidocaine via superolateral approach, 22-gauge 1.5-inch needle.`, [lot]];
  }],
  ['synovial fluid specimen', (d) => {
    const sp = d.specimen();
    return [`Aspirated 35 mL cloudy yellow fluid; sent for cell count, crystals, Gram stain and culture (specimen ${sp}).`, [sp]];
  }],
  ['crystals read by technologist', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Polarized light microscopy (${g} ${s}, MT(ASCP)): many intracellular negatively birefringent needle-shaped crystals. WBC 42,000, 90% PMNs.`, [g, s]];
  }],
  ['post-injection call weekday', (d) => {
    const w = d.weekday(); const g = d.given();
    return [`Post-injection call ${w}: spoke with ${d.relation()} ${g}; no fever, swelling much improved, glucose up to 210 for one day.`, [w, g]];
  }],
  ['last injection month and year', (d) => {
    const my = d.monthYear();
    return [`Last steroid injection to this joint ${my}; no more often than every 3 months. Discussed Zilretta and hyaluronic acid.`, [my]];
  }],
  // specialty pharmacy enrollment forms
  ['enrollment form demographics with SSN', (d) => {
    const sp = d.specialtyPharmacy(); const g = d.given(); const s = d.sur(); const dob = d.dob(); const ssn = d.ssn(); const [ph, p] = d.phone();
    return [`SPECIALTY PHARMACY ENROLLMENT FORM - ${sp}\nPatient name: ${g} ${s}    DOB: ${dob}    Sex: ${d.pick(['F', 'M'])}\nSSN: ${ssn}    Primary phone: ${ph}`, [sp, g, s, dob, ssn, p]];
  }],
  ['enrollment ship-to address and e-mail', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Ship-to address: ${st}, ${t}, ${d.state()} ${z}\nE-mail: ${em}    OK to leave package: Y    Language: English`, [st, t, z, em]];
  }],
  ['enrollment insurance with subscriber', (d) => {
    const id = d.memberId(); const g = d.given(); const s = d.sur(); const dob = d.dob(1950, 1995);
    return [`Primary insurance: ${d.payer()}   Member ID: ${id}   Rx BIN 610014\nSubscriber: ${g} ${s} (${d.pick(['spouse', 'parent', 'self-employed spouse'])})   Subscriber DOB: ${dob}`, [id, g, s, dob]];
  }],
  ['prescriber block NPI DEA licence', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dea = d.dea(s); const lic = d.licence(); const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, p] = d.phone();
    return [`Prescriber: ${g} ${s}, MD   NPI: ${npi}   DEA: ${dea}   State license: ${lic}\nPractice: ${pr}, ${st}, ${t}, ${d.state()} ${z}   Fax: ${fx}`, [g, s, npi, dea, lic, pr, st, t, z, p]];
  }],
  ['specialty pharmacy referral and Rx numbers', (d) => {
    const sp = d.specialtyPharmacy(); const dt = d.date(); const ref = d.orderNo(); const rx = d.rxNo();
    return [`Referral received by ${sp} on ${dt}; referral #${ref}, Rx #${rx} (${d.pick(SC_BIOLOGICS)}). Benefits investigation and PA in progress.`, [sp, dt, ref, rx]];
  }],
  ['hub program case and copay card', (d) => {
    const hub = d.hubId(); const card = d.digitString(11); const g = d.given(); const s = d.sur();
    return [`Enrolled in the manufacturer support program; hub case ID ${hub}. Copay card member ID ${card}, BIN 610020. Field reimbursement manager: ${g} ${s}.`, [hub, card, g, s]];
  }],
  ['first shipment delivery tracking', (d) => {
    const w = d.weekday(); const md = d.monDay(); const st = d.street(); const t = d.town(); const tr = d.tracking();
    return [`First shipment (${d.pick(SC_BIOLOGICS)} x2, cold pack) from ${d.pick(SP_CHAINS)} delivered ${w} ${md} to ${st}, ${t}; tracking ${tr}.`, [w, md, st, t, tr]];
  }],
  ['injection training nurse educator', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Nurse educator ${g} ${s}, RN completed in-home autoinjector training on ${dt}; patient self-injected into the left thigh with good technique.`, [g, s, dt]];
  }],
  // prior-authorization appeals
  ['appeal letter RE block', (d) => {
    const dt = d.date(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const id = d.memberId(); const ref = d.refNo(); const dob = d.dob();
    return [`${dt}\n\nTo: Pharmacy Appeals, ${d.payer()}\nFax: ${fx}\n\nRE: ${g} ${s}   DOB: ${dob}   Member ID: ${id}   Reference #: ${ref}\nRequest for expedited appeal - Orencia 125 mg SC weekly`, [dt, p, g, s, dob, id, ref]];
  }],
  ['denial date and reference', (d) => {
    const dt = d.date(); const ref = d.refNo();
    return [`Coverage for tocilizumab was denied on ${dt} (case ${ref}) on the grounds that the patient has not tried two preferred TNF inhibitors. This is incorrect.`, [dt, ref]];
  }],
  ['prior therapies with month-year spans', (d) => {
    const [y1, y2, y3, y4] = d.risingYears(4); const a = d.monthYear(y1); const b = d.monthYear(y2); const c = d.monthYear(y3); const e = d.monthYear(y4);
    return [`Prior therapies: methotrexate ${a} to ${b} (ALT 3x ULN); etanercept ${c} to ${e} (secondary failure, DAS28-CRP 5.1).`, [a, b, c, e]];
  }],
  ['peer-to-peer with medical director', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const md = d.monDay();
    return [`Peer-to-peer with ${d.payer()} medical director Dr. ${g} ${s} on ${w}, ${md} at 4:15 PM; denial upheld, second-level appeal filed.`, [g, s, w, md]];
  }],
  ['appeal signature with direct line and fax', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const [ph, pp] = d.phone(); const [fx, pf] = d.phone();
    return [`Sincerely,\n\n${doc}\n${pr}\nDirect line ${ph}   Fax ${fx}`, [...p, pr, pp, pf]];
  }],
  ['approval auth number and dates', (d) => {
    const a = d.authNo(); const [y1, y2] = d.risingYears(2); const x = d.mdyIn(y1!); const y = d.mdyIn(y2!);
    return [`PA APPROVED: auth #${a}, ${d.pick(SC_BIOLOGICS)}, valid ${x} through ${y}. Specialty pharmacy notified.`, [a, x, y]];
  }],
  // disability paperwork
  ['attending physician statement claimant', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const c = d.claimNo(); const e = d.employer();
    return [`ATTENDING PHYSICIAN STATEMENT\nClaimant: ${g} ${s}   SSN: ${ssn}   Claim #: ${c}\nEmployer: ${e}   Occupation: ${d.job()}`, [g, s, ssn, c, e]];
  }],
  ['unable to work and return to work dates', (d) => {
    const a = d.date(); const b = d.date();
    return [`Date patient first unable to work: ${a}. Estimated return to work: ${b}, with no lifting over 10 lb and no repetitive gripping.`, [a, b]];
  }],
  ['employer address and supervisor', (d) => {
    const e = d.employer(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Employer: ${e}, ${st}, ${t}. Supervisor ${g} ${s} is aware of the restrictions and can offer seated work.`, [e, st, t, g, s]];
  }],
  ['physician licence on disability form', (d) => {
    const [doc, p] = d.doctor(); const lic = d.licence(); const [ph, pp] = d.phone();
    return [`Physician: ${doc}   Specialty: Rheumatology   License #: ${lic}   Phone: ${ph}`, [...p, lic, pp]];
  }],
  ['disabled parking placard and plate', (d) => {
    const pl = d.plate(); const pc = d.placard();
    return [`Disabled parking placard application completed (walks < 200 ft without rest). Vehicle plate ${pl}; current placard #${pc} expires this year.`, [pl, pc]];
  }],
  ['disability determination services request', (d) => {
    const g = d.given(); const s = d.sur(); const id = `${d.letters(1)}${d.digitString(8)}`; const [fx, p] = d.phone(); const dt = d.date();
    return [`SSDI claim: records requested by Disability Determination Services examiner ${g} ${s} (case ${id}) on ${dt}; sent by fax to ${fx}.`, [g, s, id, dt, p]];
  }],
  ['FMLA leave dates', (d) => {
    const [y1, y2] = d.risingYears(2); const a = d.mdyIn(y1!); const b = d.mdyIn(y2!);
    return [`FMLA intermittent leave certified from ${a} to ${b}: flares 2-3 times per month lasting 1-3 days each, plus infusion days every 8 weeks.`, [a, b]];
  }],
  ['county of residence and driving distance', (d) => {
    const c = d.county(); const t = d.town();
    return [`Lives alone in rural ${c}; drives 70 miles each way to the infusion center. Nearest lab is in ${t}.`, [c, t]];
  }],
  // patient portal messages
  ['portal message header with e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, false); const w = d.shortWeekday(); const md = d.slashMd();
    return [`Patient message from ${g} ${s} <${em}>\nSent: ${w} ${md} ${d.time()}\nSubject: flare and refill question`, [g, s, em, w, md]];
  }],
  ['portal message body relative and weekday', (d) => {
    const s = d.sur(); const w = d.weekday(); const g = d.given();
    return [`Hi Dr. ${s}, my hands have been really swollen since ${w} and I can't open jars. My ${d.relation()} ${g} can drive me in if you have an opening. Should I take extra prednisone?`, [s, w, g]];
  }],
  ['portal reply signed by nurse', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const pr = d.practice();
    return [`Hi ${g}, Dr. ${s} reviewed your message. Please increase prednisone to 10 mg for 5 days and come in Thursday for labs.\n${g2} ${s2}, RN\n${pr}`, [g, s, g2, s2, pr]];
  }],
  ['portal audit IP and thread', (d) => {
    const dt = d.mdy(); const ip = d.ip(); const th = d.digitString(9);
    return [`Portal audit: login ${dt} ${d.time()} from IP ${ip}; message thread #${th} opened, photo attachment viewed.`, [dt, ip, th]];
  }],
  ['video visit link', (d) => {
    const w = d.weekday(); const t = asciiLetters(d.town()) || 'union'; const k = d.int(0, 2);
    const url = k === 0 ? `https://${t}health.zoom.us/j/${d.digitString(10)}` : k === 1 ? `https://vv.${t}rheum.org/join/${d.letters(3).toLowerCase()}-${d.digitString(4)}` : `https://doxy.me/dr${asciiLetters(d.sur()) || 'doe'}`;
    return [`Your video visit is ${w} at 2:40 PM. Join from your phone or computer at ${url} about 10 minutes early.`, [w, url]];
  }],
  ['unpunctuated patient message with ordinal', (d) => {
    const g = d.given(); const s = d.sur(); const o = ordinal(d.int(1, 31));
    return [`hi its ${g} ${s} my knee is swollen again since the ${o} can i get another shot before my trip. thanks`, [g, s, o]];
  }],
  // referral letters
  ['referral letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const dob = d.dob();
    return [`${dt}\n\n${d.title()} ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Rheumatology referral   DOB ${dob}`, [dt, g, s, st, t, z, dob]];
  }],
  ['referral salutation and patient', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Dear Dr. ${s},\nThank you for asking me to see ${d.title()} ${g} ${s2}, a ${d.int(19, 88)}-year-old with inflammatory back pain and HLA-B27 positivity.`, [s, g, s2]];
  }],
  ['referral onward to specialist with phone', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.eyePractice(); const [ph, p] = d.phone();
    return [`Referred to Dr. ${g} ${s} at ${pr} (${ph}) for anterior uveitis; please see within 1 week.`, [g, s, pr, p]];
  }],
  ['letter cc list with fax', (d) => {
    const [doc, p] = d.doctor(); const pr = d.pcpPractice(); const g = d.given(); const s = d.sur(); const [fx, pf] = d.phone();
    return [`cc: ${doc}, ${pr}\n    ${g} ${s}, PA-C (fax ${fx})`, [...p, pr, g, s, pf]];
  }],
  ['practice letterhead address phone fax', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}  |  Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['nurse e-mail and extension in letter', (d) => {
    const g = d.given(); const em = d.staffEmail(g, d.sur()); const [ph, p] = d.phone(); const e = d.ext();
    return [`For questions about infusion scheduling contact ${g}, RN at ${ph} x${e} or ${em}.`, [g, p, e, em]];
  }],
  ['Medicare MBI on infusion order', (d) => {
    const m = d.mbi(); const dt = d.date();
    return [`Medicare Part B (MBI ${m}); infusion order signed ${dt}. Dx M05.79, HCPCS J1745.`, [m, dt]];
  }],
];

/** The names of the wave's frames. */
export const rheumFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function rheumWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10973, rounds);
}

/** Look-alikes in rheumatology and infusion style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and signs
  ["Heberden's nodes at the DIPs bilaterally.", "Heberden's"], ["Bouchard's nodes at the PIPs.", "Bouchard's"], ["Small Baker's cyst in the right popliteal fossa.", "Baker's"],
  ["Secondary Sjögren's with dry eyes and mouth.", "Sjögren's"], ["Adult-onset Still's disease, ferritin 8,400.", "Still's"], ["Behçet's with oral and genital ulcers.", "Behçet's"],
  ["Raynaud's phenomenon with triphasic color change.", "Raynaud's"], ['Felty syndrome: RA, neutropenia, splenomegaly.', 'Felty'], ["Gottron's papules over the MCPs.", "Gottron's"],
  ['Modified Schober test 3.5 cm.', 'Schober'], ["Tinel's and Phalen's positive at the right wrist.", "Phalen's"], ['Finkelstein test positive on the left.', 'Finkelstein'],
  ["Jaccoud's arthropathy with reducible deformities.", "Jaccoud's"], ['Takayasu arteritis, on tocilizumab.', 'Takayasu'], ['Kawasaki disease as a child.', 'Kawasaki'],
  ["Paget's disease of bone, alkaline phosphatase 310.", "Paget's"], ["Dupuytren's contracture of the right ring finger.", "Dupuytren's"], ["de Quervain's tenosynovitis", "de Quervain's"],
  ['Hashimoto thyroiditis on levothyroxine.', 'Hashimoto'], ['Löfgren syndrome with ankle periarthritis.', 'Löfgren'], ['Libman-Sacks endocarditis on echo.', 'Libman-Sacks'],
  ['Churg-Strauss (EGPA) in remission.', 'Churg-Strauss'], ['McMurray test negative.', 'McMurray'], ['Lyme arthritis ruled out, Western blot negative.', 'Lyme'],
  ['Kellgren-Lawrence grade 3 medial compartment.', 'Kellgren-Lawrence'], ['dsDNA 1:160 by Crithidia', 'Crithidia'], ['Sharp/van der Heijde score 14', 'van der Heijde'],
  // scores and criteria
  ['DAS28-CRP 3.4 (moderate activity)', 'DAS28-CRP 3.4'], ['CDAI 14.5', 'CDAI 14.5'], ['SDAI 3.1, remission', 'SDAI 3.1'], ['RAPID3 12/30', '12/30'],
  ['BASDAI 5.1, BASFI 4.2', 'BASDAI 5.1'], ['SLEDAI-2K 6', 'SLEDAI-2K 6'], ['2010 ACR/EULAR classification score 7/10', '7/10'], ['Tender joint count 8/28, swollen 5/28', '8/28'],
  ['Patient global 6/10', '6/10'], ['ESSDAI 9', 'ESSDAI 9'], ['Beighton score 7/9', '7/9'], ['HAQ-DI 1.25', '1.25'], ['WPI 11, SSS 8', 'WPI 11'],
  // antibodies and lab values
  ['RF 84 IU/mL', '84 IU/mL'], ['anti-CCP >250 U/mL', '>250 U/mL'], ['ANA 1:640 speckled', '1:640'], ['ESR 42 mm/hr', '42 mm/hr'], ['CRP 2.4 mg/dL', '2.4 mg/dL'],
  ['C3 72, C4 8', 'C4 8'], ['HLA-B27 positive', 'HLA-B27'], ['Uric acid 9.1 mg/dL', '9.1 mg/dL'], ['ALT 42 U/L, AST 38 U/L', '42 U/L'], ['MCV 104 fL on methotrexate', '104 fL'],
  ['Synovial WBC 42,000 with 90% PMNs', '42,000'], ['CK 4,200 U/L', '4,200 U/L'], ['anti-Jo-1 positive', 'anti-Jo-1'], ['anti-Ro/SSA and anti-La/SSB positive', 'anti-La/SSB'],
  ['Scl-70 negative, anticentromere positive', 'Scl-70'], ['QuantiFERON-TB Gold Plus negative', 'QuantiFERON-TB Gold Plus'], ['TPMT activity normal', 'TPMT'], ['G6PD normal before pegloticase', 'G6PD'],
  ['UPCR 0.8 g/g', '0.8 g/g'],
  // drugs, doses and schedules
  ['Humira 40 mg SC every other week', 'Humira'], ['Enbrel SureClick 50 mg weekly', 'Enbrel SureClick'], ['Xeljanz XR 11 mg daily', 'Xeljanz XR'], ['Rinvoq 15 mg daily', 'Rinvoq'],
  ['Otezla 30 mg BID', 'Otezla'], ['Cosentyx 150 mg monthly', 'Cosentyx'], ['Orencia ClickJect 125 mg weekly', 'Orencia ClickJect'], ['Actemra ACTPen 162 mg', 'ACTPen'],
  ['Simponi Aria 2 mg/kg at weeks 0 and 4, then every 8 weeks', 'weeks 0 and 4'], ['Infliximab 5 mg/kg at weeks 0, 2 and 6', '0, 2 and 6'], ['Plaquenil 200 mg BID', 'Plaquenil'],
  ['Arava 20 mg daily', 'Arava'], ['Krystexxa 8 mg IV every 2 weeks', 'Krystexxa'], ['Benlysta 10 mg/kg', 'Benlysta'], ['Saphnelo 300 mg every 4 weeks', 'Saphnelo'],
  ['Lupkynis 23.7 mg BID', 'Lupkynis'], ['Colcrys 0.6 mg daily', 'Colcrys'], ['allopurinol 300 mg daily', '300 mg'], ['folic acid 1 mg daily', 'folic acid 1 mg'],
  ['Methotrexate 20 mg weekly on Sundays', 'Sundays'], ['Kenalog-40 1 mL', 'Kenalog-40'], ['Depo-Medrol 80 mg', 'Depo-Medrol'], ['Solu-Medrol 1 g IV daily x3', 'Solu-Medrol'],
  ['Zilretta 32 mg ER injection', 'Zilretta'], ['Synvisc-One 48 mg', 'Synvisc-One'], ['Prolia 60 mg every 6 months', 'Prolia'], ['Bactrim DS three times weekly for PJP prophylaxis', 'Bactrim DS'],
  // devices and equipment
  ['Alaris pump channel B', 'Alaris'], ['SonoSite Edge II ultrasound', 'SonoSite Edge II'], ['22-gauge 1.5-inch needle', '22-gauge'], ['18G needle for aspiration', '18G'],
  ['0.2-micron in-line filter', '0.2-micron'], ['Hologic Horizon DXA', 'Hologic Horizon'],
  // codes
  ['ICD-10 M05.79', 'M05.79'], ['M06.9 rheumatoid arthritis, unspecified', 'M06.9'], ['M32.14 lupus glomerulonephritis', 'M32.14'], ['M10.071 idiopathic gout, right ankle', 'M10.071'],
  ['M35.3 polymyalgia rheumatica', 'M35.3'], ['CPT 20610 arthrocentesis, major joint', '20610'], ['CPT 96413 infusion, first hour', '96413'], ['HCPCS J1745 infliximab 10 mg', 'J1745'],
  ['J3262 tocilizumab 1 mg', 'J3262'], ['Z79.899 long-term drug therapy', 'Z79.899'], ['NDC 57894-030-01', '57894-030-01'], ['Rx BIN 610014', '610014'],
  // counts, levels and grades
  ['Infusion every 8 weeks', 'every 8 weeks'], ['Chair 6', 'Chair 6'], ['Infusion #14 today', '#14'], ['Week 6 loading dose', 'Week 6'], ['Rituximab day 1 and day 15', 'day 15'],
  ['Labs every 12 weeks', 'every 12 weeks'], ['Rate step 4: 150 mL/h', '150 mL/h'], ['C5-C6 disc narrowing', 'C5-C6'], ['Erosions at the 2nd and 3rd MCPs', '2nd and 3rd'], ['Grade 2 sacroiliitis bilaterally', 'Grade 2'],
  // everyday words that are also names or towns
  ['Gold therapy in the 1980s.', 'Gold'], ['Kidney stone last year on allopurinol.', 'stone'], ['Morning stiffness is still present.', 'still'], ['Crystal-proven gout.', 'Crystal-proven'],
  ['Ginger tea helps the nausea after methotrexate.', 'Ginger'], ['Frost exposure triggers her color changes.', 'Frost'], ['Joy of gardening limited by hand pain.', 'Joy'], ['Will call with results.', 'Will'],
  ['Bill sent to the secondary insurance.', 'Bill'], ['Grace period on the copay card ends soon.', 'Grace'], ['Hand therapy referral for splints.', 'Hand'],
  // relations, roles, generic places, ages, years, states, payers, chains and programs
  ['Her sister also has lupus.', 'sister'], ['Discussed with the infusion nurse.', 'infusion nurse'], ['Seen at the infusion center today.', 'infusion center'], ['Sent to the specialty pharmacy.', 'specialty pharmacy'],
  ['78-year-old woman with PMR', '78'], ['Age 89 at diagnosis', '89'], ['Diagnosed with RA in 2014.', '2014'], ['Moved here from Pennsylvania.', 'Pennsylvania'],
  ['Medicare Part B covers the infusion.', 'Medicare Part B'], ['Filled through Accredo.', 'Accredo'], ['CVS Specialty will deliver.', 'CVS Specialty'], ['Labs at Quest.', 'Quest'],
  ['UnitedHealthcare denied the request.', 'UnitedHealthcare'], ['Enrolled in myAbbVie Assist.', 'myAbbVie Assist'], ['Applying for Social Security Disability Insurance.', 'Social Security'],
  ['FMLA paperwork completed.', 'FMLA'], ['Referred to the Arthritis Foundation support group.', 'Arthritis Foundation'], ['Lupus Foundation of America materials given.', 'Lupus Foundation of America'],
];

export const rheumKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedRheumKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(rheumKeepCases(), find);

export function scoreRheumWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => rheumWaveCases(seed)), find);
}
