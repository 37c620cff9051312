// A blind wave of dialysis and nephrology documents, from outpatient units, home programs and nephrology practices of
// Pennsylvania, West Virginia, Maryland, Virginia and Ohio and the units their patients visit on trips: in-center
// hemodialysis run sheets (the unit, the patient, the standing schedule, the machine's serial and asset tag, dialyzer
// and vaccine lots, the initials of the staff who assessed the patient, the technician and the certificate number,
// intradialytic events with the nurse and the nephrologist paged, transfers out by an ambulance service, signing off
// early with a witness), chair and shift rosters and changes (holiday closings that move a schedule, a new job that
// moves a shift, isolation stations), monthly labs and adequacy reports (specimen and requisition numbers, critical
// values called, QAPI meetings with the medical director and administrator, anemia and bone-mineral protocols),
// vascular access records (the access surgeon, the date the fistula was created, fistulagrams and thrombectomies at an
// access center, catheter lots, flow surveillance referrals), transient-patient travel requests between units (the
// home unit and the guest unit, the town and dates of the stay, fax covers, the guest coordinator's e-mail, the local
// address, secondary insurance, the hepatitis B panel's date), peritoneal dialysis and home hemodialysis training logs,
// home visits and supply orders (the trainee and care partner, cycler, machine and water serials, modem ids and a
// tablet's IP address, supplier account and order numbers, peritonitis cultures, PET dates), machine and water-system
// logs (RO and meter serials, sample numbers, a water vendor's ticket, incident reports), CMS-2728 and CMS-2746 style
// forms (the Medicare number, SSN, county, first dialysis dates, the provider number, the physician's NPI, the EQRS
// patient id), nephrology clinic letters (letterheads, referral thanks, cc lists, portal links, dictation lines) and
// transplant referral summaries (the transplant center, the coordinator, living donor candidates, waitlist ids), in
// mixed case, ALL CAPS and lower case. Dates are written in the forms units and practices use ('03/04/2024', '3/4/24',
// '3-4-24', '4 March 2024', 'March 4, 2024', '2024-03-04', '04-MAR-2024', '4-Mar-24', 'Mar 4', '3/4', 'Tuesday',
// 'Tues', 'March 2019', '4/2019', 'Thanksgiving Day'); ages over 89, phones, fax numbers, e-mails and URLs are planted.
// Given names and surnames are often everyday words or words of the trade (Hope, Rocky, Ivy, Quinton, Stone, Waters,
// Wells, Poole, Allen, Bowman, Dial) and towns are often everyday words (Home, Media, Mars, Accident, Hurricane,
// Export, Confluence, Friendly, Eighty Four). A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scoreDialysisWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Mr.', 'Dr.') and a credential
// ('RN', 'CCHT', 'PCT', 'RD, LDN', 'LCSW', 'MD, FACS') are not; initials that sign an assessment, a log or a dictation
// are planted; a dialysis unit, a home program, a nephrology practice, a vascular access center, a hospital, a
// transplant center, an ambulance or transit service, a water-treatment vendor and an employer are planted whole with
// their kind words ('Fresenius Kidney Care Mars', 'Laurel Highlands Kidney Center', 'Azura Vascular Care Beckley',
// 'Fayette County Transit'), while a chain, a laboratory company, a maker, a payer or a registry named alone
// ('DaVita', 'Spectra Laboratories', 'Baxter', 'Highmark', 'UNOS') is kept; a town is planted, the state is kept; a
// county is planted without the word 'County'; a street address is planted from its number to its street type, a ZIP
// (with its +4); a standing schedule's days ('MWF', 'TTS', 'Tue/Thu/Sat') are planted as one part, as a weekday naming
// one day ('missed Thursday') and a holiday that fixes a day ('Thanksgiving Day', 'the Fourth of July') are; a month
// alone ('in March'), a month with its year ('March 2019', '4/2019') and a weekday written with its date ('Tuesday,
// March 4') are planted (the last as one part); a stay or a billing period is planted as its two dates; the time next to
// a date is kept; a season ('this summer') and a year alone are kept; a chair, station, pod, bay, shift or training-day
// number ('Chair 12', 'Station 1', '2nd shift', 'Day 9 of 15') is kept; MRN, MBI, SSN, EQRS UPI, CCN (the Medicare
// provider number), NPI, nurse licence and technician certificate numbers, UNOS ids, member, group, authorization,
// supplier account, order, requisition, specimen, accession, incident, service ticket and billing account numbers,
// machine, RO, meter and cycler serials, asset tags, modem ids, dialyzer, catheter, vaccine and standard lots, and a
// vehicle's plate are planted; a model ('2008T', 'Claria', 'Optiflux F160NRe', 'Palindrome 19 cm') is kept; an e-mail,
// a URL and an IP address are planted whole; a phone's leading '(' need not be covered. Kept (look-alikes): eponyms
// (Brescia-Cimino, Tenckhoff, Quinton, Mahurkar, Allen test, Bowman's space, loop of Henle, Kimmelstiel-Wilson, Alport,
// Fabry, Berger's, Henoch-Schönlein, Bartter, Gitelman, Liddle, Kussmaul, Chvostek, Trousseau's, Cockcroft-Gault,
// Starling, Bence Jones, Wells), adequacy and dialysis measures (Kt/V, spKt/V, URR, nPCR, IDWG, EDW, UFR, Qb/Qd, AP/VP,
// needle gauges, treatment times), bath formulas (2K/2.5Ca, 3K/2Ca, sodium and bicarbonate), PD prescriptions and
// tests (CCPD fills, D/P creatinine, transporter types, cell counts), access types and devices (AVF, AVG, TDC, HeRO,
// Ellipsys, WavelinQ, Palindrome, Acuseal), machines, cyclers and dialyzers (2008T, CorDiax, System One, Tablo, Liberty
// Select, Claria, Amia, PureFlow SL, Revaclear, Theranova, Elisio, FX800, Transonic, Crit-Line, Myron L), drugs and
// doses (ESAs, IV irons, vitamin D analogues, calcimimetics, binders, potassium binders, vaccines, lock solutions),
// lab values, water measures and standards (chlorine, endotoxin, CFU, ISO 23500, ISO 13959, TCA agar, conductivity),
// codes and forms (ICD-10, CPT, HCPCS, revenue codes, CMS form numbers), networks, guidelines and quality programs
// (ESRD Network 5, KCER, KDIGO, KDOQI, KDQOL-36, QIP, Five Diamond), chairs, stations, shifts and training days, roles
// and generic places ('the unit', 'home unit', 'guest unit', 'the water room', 'the access center'), relations without
// names, ages of 89 and under, years, seasons, states, chains, labs, makers, payers and registries, and everyday words
// that are also names or towns (hope, bath, accident, hurricane, home, media, export, friendly, price, stone, will).
// Measured before rules (engine at 5d12ba5): 0.892 recall on seeds 5, 11, 23 (4863/5454), 0.900 on fresh seeds 41, 42,
// 43 (4906/5454), 0.897 on seeds 101, 202; 6/175 look-alikes touched ("Cockcroft-Gault", "Bence Jones", "Elisio-21H",
// "Myron L", "Five Diamond", "Baxter").
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as id } from '@faker-js/faker/locale/id_ID';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as yo } from '@faker-js/faker/locale/yo_NG';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ind, yo, id, hr, ca, pt];

/** Given names and surnames that are everyday words or words of the trade. */
const WORD_GIVEN = ['Hope', 'Joy', 'Amber', 'Crystal', 'Destiny', 'Harmony', 'Honey', 'Misty', 'Stormy', 'Summer', 'Holly', 'Ivy', 'Iris', 'Violet', 'Daisy', 'Hazel', 'Olive', 'Penny', 'Goldie', 'Precious', 'Rocky', 'Buck', 'Sonny', 'Chance', 'Chase', 'Lance', 'Bill', 'Will', 'Jack', 'Ray', 'Frank', 'Earl', 'Royal', 'Sterling', 'Rusty', 'Colt', 'Ranger', 'Hunter', 'Tucker', 'Quinton', 'Allen', 'Dallas'];
const WORD_SUR = ['Hill', 'Stone', 'Young', 'King', 'Wise', 'Little', 'Short', 'Long', 'Strong', 'Moody', 'Sharp', 'Swift', 'Bright', 'Sweet', 'Cross', 'Lamb', 'Bass', 'Pike', 'Fox', 'Hawk', 'Woods', 'Marsh', 'Rivers', 'Waters', 'Poole', 'Wells', 'Banks', 'Bell', 'Gray', 'Green', 'Cash', 'Price', 'Mann', 'Friend', 'Love', 'Chambers', 'Salter', 'Potts', 'Drinkwater', 'Dial', 'Bowman', 'Allen', 'Henley', 'Starling', 'Fabry', 'Berger'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Home', 'Media', 'Mars', 'Accident', 'Hurricane', 'Export', 'Confluence', 'Friendly', 'Eighty Four', 'Paradise', 'Mount Joy', 'Hershey', 'Indiana', 'Butler', 'Beaver', 'Reading', 'Chester', 'Marion', 'Wise', 'Mercer', 'Liberty', 'Union', 'Glen Rock', 'Slippery Rock', 'Wind Gap', 'Jersey Shore', 'Brilliant', 'Bath', 'Troy', 'Sandy', 'Salem', 'Athens', 'Princeton', 'Franklin', 'Lebanon', 'Independence', 'Welch', 'Grafton', 'Bedford'];
const REAL_TOWNS = ['Altoona', 'Johnstown', 'Williamsport', 'Sunbury', 'Pottsville', 'Hazleton', 'Wilkes-Barre', 'Scranton', 'Carlisle', 'Chambersburg', 'Hagerstown', 'Frederick', 'Cumberland', 'Frostburg', 'Morgantown', 'Clarksburg', 'Fairmont', 'Elkins', 'Parkersburg', 'Wheeling', 'Beckley', 'Bluefield', 'Lewisburg', 'Martinsburg', 'Winchester', 'Harrisonburg', 'Staunton', 'Lynchburg', 'Roanoke', 'Wytheville', 'Abingdon', 'Zanesville', 'Chillicothe', 'Marietta', 'Steubenville', 'Meadville', 'DuBois', 'Clearfield', 'Lock Haven', 'State College', 'Huntingdon', 'Lewistown', 'Somerset', 'Uniontown', 'Waynesburg', 'Punxsutawney'];
/** Where patients travel and dialyze as guests. */
const TRAVEL_TOWNS = ['Myrtle Beach', 'Ocean City', 'Kissimmee', 'Daytona Beach', 'Clearwater', 'Naples', 'Fort Myers', 'Virginia Beach', 'Kill Devil Hills', 'Gatlinburg', 'Pigeon Forge', 'Branson', 'Las Vegas', 'Scottsdale', 'The Villages', 'Rehoboth Beach', 'Venice', 'Port Charlotte', 'Sarasota', 'Hilton Head Island'];
const TRAVEL_STATES = ['FL', 'SC', 'NC', 'TN', 'MO', 'NV', 'AZ', 'DE', 'Florida', 'South Carolina'];
const STATES = ['PA', 'WV', 'MD', 'VA', 'OH', 'Pa.', 'W.Va.', 'Pennsylvania', 'West Virginia', 'Maryland'];
const COUNTIES = ['Fayette', 'Greene', 'Somerset', 'Blair', 'Cambria', 'Centre', 'Clearfield', 'Fulton', 'Garrett', 'Allegany', 'Preston', 'Monongalia', 'Harrison', 'Randolph', 'Raleigh', 'Tazewell', 'Muskingum', 'Belmont', 'Lycoming', 'Schuylkill', 'Luzerne', 'Carbon', 'Juniata', 'Huntingdon', 'Mifflin', 'Potter', 'McDowell', 'Mingo', 'Pocahontas', 'Hampshire'];
const STREET_WORDS = ['Main', 'Market', 'Mill', 'Furnace', 'Chestnut', 'Locust', 'Sycamore', 'Walnut', 'Ridge', 'Mountain View', 'Pike', 'Turnpike', 'Coal', 'Railroad', 'Church', 'School House', 'Orchard', 'Laurel', 'Hemlock', 'Quarry', 'Old Route 40', 'Penn', 'Liberty', 'Water'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Hwy', 'Pike', 'Blvd', 'Way', 'Hollow Rd', 'Run Rd'];
const HEADS = ['Laurel Highlands', 'Allegheny', 'Blue Ridge', 'Shenandoah', 'Mountain View', 'Ridgeview', 'Valley View', 'Three Rivers', 'Keystone', 'Susquehanna', 'Monongahela', 'Cheat River', 'New River', 'Potomac', 'Chestnut Ridge', 'Tri-County', 'Penn Highlands', 'Greenbrier', 'Appalachian', 'Juniata Valley', 'Ohio Valley', 'Alleghenies'];
const SAINTS = ['Joseph', 'Francis', 'Mary', 'Luke', 'Vincent', 'Clair', 'Elizabeth', 'Agnes', 'Anne', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Hospital', 'Memorial Hospital', 'Area Hospital', 'General Hospital', 'Community Hospital'];
const PAYERS = ['Highmark', 'UPMC Health Plan', 'Aetna', 'Humana', 'CareSource', 'Geisinger Health Plan', 'Medicaid', 'AARP Medicare Supplement'];
const DIALYZERS = ['Optiflux F160NRe', 'Optiflux F180NRe', 'Revaclear 400', 'Revaclear 500', 'Theranova 400', 'Elisio-21H', 'FX800', 'Polyflux 210H'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];
const FULL_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A standing schedule's days, the Monday set and the Tuesday set. */
const SCHEDULES_M = ['MWF', 'M/W/F', 'Mon/Wed/Fri', 'Mon-Wed-Fri', 'M-W-F', 'Monday/Wednesday/Friday', 'MWF'];
const SCHEDULES_T = ['TTS', 'TThS', 'T/Th/Sa', 'Tue/Thu/Sat', 'Tues-Thurs-Sat', 'Tuesday/Thursday/Saturday', 'TTS'];
const HOLIDAYS = ['Thanksgiving Day', 'Thanksgiving', 'Christmas Day', 'Christmas', "New Year's Day", 'the Fourth of July', 'Independence Day', 'Memorial Day', 'Labor Day', 'Easter Sunday'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'granddaughter', 'grandson', 'niece', 'nephew', 'partner', 'son-in-law', 'daughter-in-law', 'friend', 'cousin'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

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
  title(): string {
    return this.pick(TITLES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.9 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  travelTown(): string {
    return this.r() < 0.8 ? this.pick(TRAVEL_TOWNS) : us.location.city();
  }
  travelState(): string {
    return this.pick(TRAVEL_STATES);
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  head(): string {
    return this.pick(HEADS);
  }
  street(): string {
    return `${this.int(2, 19999)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A ZIP of the region (PA, MD, WV, VA, OH), with its +4 now and then. */
  zip(): string {
    const z = String(this.pick([this.int(15001, 19640), this.int(20601, 21930), this.int(24701, 26886), this.int(22003, 24658), this.int(43001, 45999)]));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A ZIP where guests stay (FL, SC, NC). */
  travelZip(): string {
    return String(this.pick([this.int(32003, 34997), this.int(29001, 29945), this.int(27006, 28909)]));
  }
  /** An outpatient dialysis unit or home program, whole. */
  unit(): string {
    const t = this.town();
    const k = this.int(0, 8);
    if (k === 0) return `${t} Dialysis`;
    if (k === 1) return `${t} Dialysis Center`;
    if (k === 2) return `${this.head()} Kidney Center`;
    if (k === 3) return `Fresenius Kidney Care ${t}`;
    if (k === 4) return `DaVita ${this.head()} Dialysis`;
    if (k === 5) return `U.S. Renal Care ${t}`;
    if (k === 6) return `Dialysis Clinic, Inc. - ${t}`;
    if (k === 7) return `${t} Home Dialysis Program`;
    return `${this.head()} Dialysis Unit`;
  }
  /** A unit where a guest dialyzes on a trip, whole. */
  travelUnit(): string {
    const t = this.travelTown();
    const k = this.int(0, 4);
    if (k === 0) return `${t} Dialysis`;
    if (k === 1) return `Fresenius Kidney Care ${t}`;
    if (k === 2) return `DaVita ${t} Dialysis`;
    if (k === 3) return `${t} Kidney Center`;
    return `American Renal ${t}`;
  }
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.head()} Nephrology Associates`;
    if (k === 1) return `Nephrology Associates of ${this.town()}`;
    if (k === 2) return `${this.sur()} Kidney Specialists`;
    if (k === 3) return `${this.town()} Kidney & Hypertension`;
    return `${this.head()} Renal Care Group`;
  }
  accessCenter(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Vascular Access Center`;
    if (k === 1) return `Azura Vascular Care ${this.town()}`;
    if (k === 2) return `${this.head()} Vascular Institute`;
    return `${this.head()} Surgical Associates`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}`;
    if (x < 0.4) return `${this.head()} ${this.pick(['Medical Center', 'Regional Hospital', 'Health System'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  transplantCenter(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.head()} Transplant Institute`;
    if (k === 1) return `${this.pick(['Pittsburgh', 'Hershey', 'Morgantown', 'Charlottesville', 'Columbus', 'Baltimore'])} Kidney Transplant Center`;
    if (k === 2) return `${this.town()} Regional Transplant Program`;
    return `St. ${this.pick(SAINTS)}'s Transplant Center`;
  }
  transport(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Area Transit`;
    if (k === 1) return `${this.sur()} Medical Transport`;
    if (k === 2) return `${this.head()} Ambulance`;
    if (k === 3) return `${this.county()} County Transit`;
    return `${this.town()} Volunteer Ambulance`;
  }
  waterVendor(): string {
    return this.r() < 0.5 ? `${this.head()} Water Systems` : `${this.sur()} Water Treatment`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()}'s Hardware`;
    if (k === 1) return `${this.town()} Lumber Company`;
    if (k === 2) return `${this.head()} Auto Parts`;
    return `${this.sur()} Brothers Dairy`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return `${pad2(this.int(5, 22))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms units and practices write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${d}-${MON[m - 1]!}-${pad2(y % 100)}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** 'March 2019', 'Mar 2019' or '3/2019'. */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    const k = this.int(0, 2);
    return k === 0 ? `${MONTHS[m - 1]!} ${y}` : k === 1 ? `${MON[m - 1]!} ${y}` : `${m}/${y}`;
  }
  month(): string {
    return this.pick(MONTHS);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tuesday, March 4' as one part. */
  weekdayDate(): string {
    const [m, d] = this.md();
    return `${this.pick(FULL_WEEKDAYS)}, ${this.r() < 0.5 ? MONTHS[m - 1]! : MON[m - 1]!} ${d}`;
  }
  schedule(): string {
    return this.r() < 0.5 ? this.pick(SCHEDULES_M) : this.pick(SCHEDULES_T);
  }
  /** Two schedules of the two sets, in either order. */
  schedulePair(): readonly [string, string] {
    const a = this.pick(SCHEDULES_M);
    const b = this.pick(SCHEDULES_T);
    return this.r() < 0.5 ? [a, b] : [b, a];
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1932, hi = 1998): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(6, 9));
    if (k === 1) return `${this.letters(1)}${this.digitString(7)}`;
    return `000${this.digitString(6)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(10, 99))}-${this.digitString(4)}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.6 ? `${a}${b}${c}` : `${a}-${b}-${c}`;
  }
  /** A dialysis facility's CMS certification number (the state's code, then 2300 to 2999). */
  ccn(): string {
    return `${this.pick(['39', '51', '21', '49', '36'])}${this.int(2300, 2999)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** An EQRS (formerly CROWNWeb) unique patient identifier. */
  upi(): string {
    return this.digitString(this.int(7, 9));
  }
  rnLicense(): string {
    const k = this.int(0, 2);
    if (k === 0) return `RN${this.digitString(6)}`;
    if (k === 1) return `R${this.digitString(7)}`;
    return `0${this.digitString(5)}`;
  }
  certNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(5, 6)) : `${this.letters(2)}-${this.digitString(5)}`;
  }
  ext(): string {
    return this.digitString(this.int(3, 4));
  }
  /** A ten-digit phone of the region (or of a guest unit) and the part that must be covered. */
  phone(travel = false): readonly [string, string] {
    const a = this.pick(travel ? ['843', '407', '321', '386', '239', '727', '941', '702', '480', '252', '865'] : ['304', '681', '814', '717', '570', '724', '412', '301', '240', '540', '276', '740', '878']);
    const b = String(this.int(201, 989));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const domain = this.pick([`${asciiLetters(this.town()) || 'home'}dialysis.com`, `${asciiLetters(this.head())}kidney.org`, 'gmail.com', 'verizon.net', 'comcast.net', 'atlanticbb.net', 'yahoo.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${b}${a.charAt(0)}${this.int(1, 99)}`, `${a}${b.charAt(0)}${this.int(10, 1999)}`]);
    return `${local}@${domain}`;
  }
  /** A unit's or a program's shared mailbox ('travel@marsdialysis.com'). */
  mailbox(): string {
    const t = asciiLetters(this.r() < 0.5 ? this.town() : this.travelTown()) || 'home';
    return `${this.pick(['travel', 'guests', 'transient', 'referrals', 'intake', 'homeprogram'])}@${t}${this.pick(['dialysis.com', 'kidney.org', 'renal.net'])}`;
  }
  url(): string {
    const h = asciiLetters(this.head());
    const t = asciiLetters(this.town()) || 'home';
    return this.pick([`https://portal.${t}nephrology.com`, `https://www.${h}kidney.org/patients`, `www.${t}dialysis.com/travel`, `https://mychart.${h}health.org/MyChart/`]);
  }
  ip(): string {
    const k = this.int(0, 2);
    if (k === 0) return `10.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
    if (k === 1) return `192.168.${this.int(0, 254)}.${this.int(2, 254)}`;
    return `172.${this.int(16, 31)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.digitString(1)}${this.letters(2)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `SN${this.digitString(8)}`;
    if (k === 3) return `${this.letters(4)}${this.digitString(5)}`;
    return `${this.digitString(3)}-${this.digitString(5)}`;
  }
  assetTag(): string {
    return this.r() < 0.5 ? `A-${this.digitString(5)}` : `BM${this.digitString(4)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    if (k === 2) return `${this.letters(2)}${this.digitString(4)}${this.letters(1)}`;
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  sampleId(): string {
    return this.r() < 0.5 ? `W${pad2(this.int(12, 25))}-${this.digitString(4)}` : this.digitString(this.int(8, 10));
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 3);
    if (k === 0) return `M${yy}-${this.digitString(5)}`;
    if (k === 1) return `IR-${yy}-${this.digitString(4)}`;
    if (k === 2) return this.digitString(10);
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(11)}`;
    return `U${this.digitString(8)}${pad2(this.int(1, 3))}`;
  }
  groupNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(5, 8)) : `${this.letters(2)}${this.digitString(5)}`;
  }
  refNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 11)) : `${this.letters(1)}${this.digitString(9)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `SO${this.digitString(7)}`;
  }
  account(): string {
    return this.digitString(this.int(6, 10));
  }
  ticket(): string {
    return this.r() < 0.5 ? this.digitString(this.int(5, 7)) : `ST-${this.digitString(6)}`;
  }
  unosId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(4)}` : this.digitString(this.int(6, 8));
  }
  plate(): string {
    return this.r() < 0.6 ? `${this.letters(3)}-${this.digitString(4)}` : `${this.digitString(1)}${this.letters(2)}${this.digitString(3)}`;
  }
  /** A nephrologist or surgeon with or without a title: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`${s}, ${g} MD`, [s, g]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // in-center hemodialysis run sheets
  ['run sheet header unit patient schedule', (d) => {
    const u = d.unit(); const dt = d.date(); const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const sch = d.schedule();
    return [`${u}\nIN-CENTER HEMODIALYSIS RUN SHEET\nDate: ${dt}   Patient: ${s}, ${g} ${d.mi()}   MRN ${mrn}\nChair ${d.int(1, 28)}   Schedule: ${sch}, shift ${d.int(1, 3)}`, [u, dt, s, g, mrn, sch]];
  }],
  ['machine serial asset tag and dialyzer lot', (d) => {
    const sn = d.serial(); const tag = d.assetTag(); const lot = d.lot();
    return [`Machine: Fresenius 2008T   S/N ${sn}   Asset ${tag}\nDialyzer: ${d.pick(DIALYZERS)}   Lot ${lot}\nBath 2K/2.5Ca, Na 138, HCO3 35   Qb 400   Qd 600`, [sn, tag, lot]];
  }],
  ['pre and post assessment initials', (d) => {
    const a = d.initials(); const b = d.initials();
    return [`Pre-tx assessment 06:10 (${a}): lungs clear, trace pedal edema, AVF +thrill/+bruit.\nPost-tx assessment 10:25 (${b}): UF 2.9 L, standing BP 118/66, needle sites hemostatic at 8 min.`, [a, b]];
  }],
  ['intradialytic hypotension nurse and nephrologist paged', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const [ph, p] = d.phone();
    return [`08:15 SBP 82, pt yawning and cramping. Trendelenburg, UF off, NS 200 mL by ${g} ${s}, RN. Dr. ${s2} paged at ${ph}; new UF goal 2.0 L.`, [g, s, s2, p]];
  }],
  ['signed off early with witness', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Pt requested to come off 45 min early; risks of hyperkalemia and fluid overload explained. AMA form signed ${dt}, witnessed by ${g} ${s}, PCT.`, [dt, g, s]];
  }],
  ['cannulation by technician with certificate number', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.certNo();
    return [`Cannulated L forearm AVF with 15G needles, rope-ladder, 1 stick each, by ${g} ${s}, CCHT (certificate #${c}).`, [g, s, c]];
  }],
  ['hepatitis B status and vaccine lot', (d) => {
    const dt = d.date(); const md = d.slashMd(); const lot = d.lot(); const i = d.initials();
    return [`HBsAg negative ${dt}; anti-HBs 6 mIU/mL (non-immune). Heplisav-B dose 2 given ${md}, lot ${lot}, L deltoid (${i}).`, [dt, md, lot, i]];
  }],
  ['missed treatment weekday and make-up date', (d) => {
    const w = d.weekday(); const w2 = d.weekday(); const md = d.slashMd();
    return [`Missed ${w} treatment (no ride). Make-up run scheduled ${w2} ${md}, 2nd shift; pt agreed by phone.`, [w, w2, md]];
  }],
  ['sent out by ambulance service', (d) => {
    const tr = d.transport(); const h = d.hospital(); const g = d.given();
    return [`At ${d.time()} pt unresponsive 30 sec, BP 70/40. Blood returned, 911 called; ${tr} transported to ${h}. Report called to ED charge RN ${g}.`, [tr, h, g]];
  }],
  ['run sheet age over 89 with schedule', (d) => {
    const n = d.ageOver89(); const sch = d.schedule();
    return [`${n} y/o ${d.pick(['F', 'M'])}, ${sch} 1st shift, ambulates with walker; 2-person assist to scale. Dry weight unchanged.`, [n, sch]];
  }],
  ['run sheet signature with licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.rnLicense(); const dt = d.mdy();
    return [`Treatment reviewed and signed: ${g} ${s}, RN (lic. ${lic}) ${dt} ${d.time()}`, [g, s, lic, dt]];
  }],
  // chair and shift assignments
  ['chair roster line', (d) => {
    const sch = d.schedule(); const s = d.sur().toUpperCase(); const g = d.given(); const mrn = d.mrn();
    return [`CHAIR ${d.int(1, 24)} | ${sch} | ${d.pick(['1st', '2nd', '3rd'])} | ${s}, ${g} | MRN ${mrn} | ${d.pick(['L AVF', 'R AVG', 'R IJ TDC', 'L BC AVF'])}`, [sch, s, g, mrn]];
  }],
  ['shift change for a new job', (d) => {
    const [a, b] = d.schedulePair(); const emp = d.employer(); const t = d.town(); const md = d.monDay(); const g = d.given();
    return [`Pt asks to move from ${a} 3rd shift to ${b} 1st shift; starts work at ${emp} in ${t} on ${md}. SW ${g} to follow up.`, [a, b, emp, t, md, g]];
  }],
  ['holiday schedule change', (d) => {
    const hol = d.holiday(); const sch = d.schedule(); const w = d.weekday(); const md = d.slashMd();
    return [`HOLIDAY SCHEDULE: unit closed ${hol}. ${sch} patients will dialyze ${w} ${md} instead; chair times posted at the scale.`, [hol, sch, w, md]];
  }],
  ['new admission from hospital with schedule', (d) => {
    const dt = d.date(); const h = d.hospital(); const sch = d.schedule();
    return [`New admission ${dt}, discharged from ${h} after 3 inpatient treatments. Assigned Chair ${d.int(2, 22)}, ${sch}, 2nd shift.`, [dt, h, sch]];
  }],
  ['moved to isolation station', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Pt moved to the isolation station (Station 1) effective ${md} pending repeat HBsAg; ${g} ${s}, RN, notified the medical director.`, [md, g, s]];
  }],
  // monthly labs and adequacy reports
  ['monthly lab report header', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const u = d.unit(); const dt = d.date(); const acc = d.accession();
    return [`MONTHLY LABORATORY REPORT\nPatient: ${g} ${s}   DOB ${dob}\nFacility: ${u}   Collected ${dt}   Specimen ${acc}`, [g, s, dob, u, dt, acc]];
  }],
  ['adequacy below goal reviewed', (d) => {
    const md = d.slashMd(); const s = d.sur(); const w = d.weekday();
    return [`spKt/V 1.09 (goal 1.2 or more) on ${md} labs; URR 61%. Time increased to 4 h, Qb to 450. Reviewed with Dr. ${s} ${w} at rounds.`, [md, s, w]];
  }],
  ['QAPI meeting attendees', (d) => {
    const my = d.monthYear(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`QAPI meeting ${my}: medical director Dr. ${g} ${s}; facility administrator ${g2} ${s2}; 3 patients with Kt/V below 1.2 reviewed.`, [my, g, s, g2, s2]];
  }],
  ['anemia protocol dose change', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Hgb 9.2 on ${md}. Per anemia protocol Mircera increased to 100 mcg q2 weeks; order entered by ${g} ${s}, RN, ${dt}.`, [md, g, s, dt]];
  }],
  ['critical potassium called', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Critical value: K 7.1 mmol/L phoned by ${d.pick(['Spectra Laboratories', 'DaVita Labs', 'the lab'])} at ${d.time()} to ${g} ${s}, RN (read back). Pt reached at ${ph}; asked to come in ${w} for an extra run.`, [g, s, p, w]];
  }],
  ['lab requisition number and draw date', (d) => {
    const req = d.refNo(); const dt = d.mdy(); const [doc, p] = d.doctor();
    return [`Req #${req}   Draw ${dt} pre-HD   Tests: CBC, CMP, phos, iPTH, ferritin, TSAT, URR   Ordering: ${doc}`, [req, dt, ...p]];
  }],
  ['dietitian letter month alone', (d) => {
    const g = d.given(); const m = d.month(); const g2 = d.given(); const s2 = d.sur();
    return [`Dear ${g},\nYour phosphorus was 7.4 in ${m}. Please take your binder (Velphoro 500 mg) with every meal.\n${g2} ${s2}, RD, LDN`, [g, m, g2, s2]];
  }],
  // vascular access records
  ['access history fistula created by surgeon', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital(); const md = d.monDay();
    return [`Access history: L radiocephalic (Brescia-Cimino) AVF created ${dt} by Dr. ${s} at ${h}; first cannulated ${md}.`, [dt, s, h, md]];
  }],
  ['access created month and year', (d) => {
    const s = d.sur(); const my = d.monthYear();
    return [`Current access: R brachiobasilic AVF, 2-stage transposition (${s}, ${my}); prior L IJ TDC removed.`, [s, my]];
  }],
  ['fistulagram at access center', (d) => {
    const dt = d.date(); const c = d.accessCenter(); const g = d.given(); const s = d.sur(); const acc = d.accession();
    return [`Fistulagram ${dt} at ${c}: 70% juxta-anastomotic stenosis, 6 mm PTA, good result. Performed by ${g} ${s}, MD. Images ${acc}.`, [dt, c, g, s, acc]];
  }],
  ['graft thrombectomy weekday', (d) => {
    const w = d.weekday(); const c = d.accessCenter(); const s = d.sur();
    return [`AVG clotted, no thrill on arrival ${w}. Sent to ${c} for thrombectomy; TDC placed same day by Dr. ${s}.`, [w, c, s]];
  }],
  ['tunneled catheter lot', (d) => {
    const lot = d.lot(); const md = d.slashMd(); const s = d.sur(); const h = d.hospital();
    return [`Tunneled HD catheter (Palindrome 19 cm, lot ${lot}) placed R IJ ${md} by IR, Dr. ${s}, ${h}. Locked with heparin 1000 units/mL.`, [lot, md, s, h]];
  }],
  ['access flow surveillance referral', (d) => {
    const md = d.monDay(); const pr = d.practice(); const [fx, p] = d.phone();
    return [`Transonic access flow ${md}: 480 mL/min (prior 1100). Referral for fistulagram faxed to ${pr}, fax ${fx}.`, [md, pr, p]];
  }],
  ['access surgeon letterhead', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.accessCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`${g} ${s}, MD, FACS\n${c}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}`, [g, s, c, st, t, z, p]];
  }],
  ['fistula maturation visit', (d) => {
    const wd = d.weekdayDate(); const md = d.monDay();
    return [`Seen ${wd} in access clinic: AVF 6 mm diameter, 5 mm deep at 6 weeks. OK to start cannulating ${md} with 17G needles.`, [wd, md]];
  }],
  // transient-patient travel dialysis requests
  ['travel request destination and dates', (d) => {
    const t = d.travelTown(); const a = d.slashMd(); const b = d.slashMd(); const u = d.travelUnit(); const sch = d.schedule();
    return [`TRAVEL REQUEST: pt will visit ${d.relation()} in ${t}, ${d.travelState()} from ${a} through ${b}. Requested guest unit: ${u}, ${sch}.`, [t, a, b, u, sch]];
  }],
  ['transient packet fax cover', (d) => {
    const tu = d.travelUnit(); const g = d.given(); const s = d.sur(); const [fx, p] = d.phone(true); const u = d.unit(); const md = d.monDay();
    return [`FAX\nTo: ${tu}   Attn: ${g} ${s}, guest coordinator   Fax: ${fx}\nFrom: ${u}   Pages: 14\nRe: transient treatments beginning ${md}`, [tu, g, s, p, u, md]];
  }],
  ['guest acceptance e-mail', (d) => {
    const w = d.weekday(); const md = d.monDay(); const g = d.given(); const em = d.mailbox(); const [ph, p] = d.phone(true);
    return [`Guest accepted for ${d.int(3, 9)} treatments starting ${w} ${md}. Questions: ${g} at ${em} or ${ph}.`, [w, md, g, em, p]];
  }],
  ['address during stay', (d) => {
    const st = d.street(); const t = d.travelTown(); const z = d.travelZip(); const [ph, p] = d.phone();
    return [`Local address during stay: ${st}, ${t}, ${d.pick(['FL', 'SC', 'NC'])} ${z}; cell ${ph}.`, [st, t, z, p]];
  }],
  ['travel insurance verification', (d) => {
    const mid = d.memberId(); const grp = d.groupNo(); const ref = d.refNo();
    return [`Secondary: ${d.pick(PAYERS)} member ${mid}, group ${grp}; out-of-area treatments verified, reference #${ref}.`, [mid, grp, ref]];
  }],
  ['travel hepatitis panel and TB dates', (d) => {
    const a = d.date(); const b = d.date(); const my = d.monthYear();
    return [`For travel: HBsAg neg, anti-HBs 112 drawn ${a}; TB skin test read negative ${b}; CXR ${my} clear.`, [a, b, my]];
  }],
  ['emergency contact while away', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(true);
    return [`Emergency contact while away: ${d.relation()} ${g} ${s}, ${ph} (staying together).`, [g, s, p]];
  }],
  ['guest returned to home unit', (d) => {
    const t = d.travelTown(); const md = d.slashMd(); const sch = d.schedule(); const tu = d.travelUnit();
    return [`Returned from ${t} ${md}; resumed ${sch} at home unit. ${tu} faxed 6 treatment records, no events; weight up 1.8 kg.`, [t, md, sch, tu]];
  }],
  // peritoneal dialysis and home hemodialysis training and supplies
  ['PD training log day', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const g3 = d.given(); const s3 = d.sur();
    return [`PD TRAINING DAY ${d.int(1, 9)} OF 10 - ${dt}\nTrainee: ${g} ${s}   Care partner: ${g2} (${d.relation()})\nTrainer: ${g3} ${s3}, RN`, [dt, g, s, g2, g3, s3]];
  }],
  ['home visit address', (d) => {
    const md = d.slashMd(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home visit ${md}: ${st}, ${t}, ${d.state()} ${z}. Supplies stored off the floor in a dry room; no pets in the exchange room.`, [md, st, t, z]];
  }],
  ['cycler serial and modem id', (d) => {
    const sn = d.serial(); const m = d.digitString(d.int(8, 10)); const md = d.monDay();
    return [`Homechoice Claria cycler S/N ${sn}, modem ID ${m}; Sharesource linked ${md}. Night program: CCPD 5 x 2.2 L.`, [sn, m, md]];
  }],
  ['supply order account and delivery', (d) => {
    const acct = d.account(); const o = d.orderNo(); const w = d.weekday(); const md = d.slashMd(); const st = d.street();
    return [`Baxter account #${acct}, order ${o}: 28 cases Dianeal 1.5%, 6 cases 2.5%, 2 cases Extraneal. Delivery ${w} ${md} to ${st}.`, [acct, o, w, md, st]];
  }],
  ['Tenckhoff catheter placement', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital(); const md = d.monDay();
    return [`Tenckhoff catheter (double cuff, swan neck) placed ${dt} by Dr. ${s} at ${h}; first flush ${md}, no leak.`, [dt, s, h, md]];
  }],
  ['peritonitis culture accession', (d) => {
    const w = d.weekday(); const acc = d.accession(); const md = d.slashMd();
    return [`Cloudy effluent ${w}; cell count 1,250 with 88% PMN. Culture ${acc} (${md}) grew coag-negative staph; IP vancomycin per ISPD.`, [w, acc, md]];
  }],
  ['PET date and prescription', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`PET ${dt}: D/P creatinine 0.71 (high average), D/D0 glucose 0.38. Plan CCPD 5 x 2.2 L, last fill Extraneal 2 L per Dr. ${s}.`, [dt, s]];
  }],
  ['home hemodialysis serials and tablet IP', (d) => {
    const sn = d.serial(); const sn2 = d.serial(); const ip = d.ip(); const md = d.monDay();
    return [`NxStage System One S/N ${sn}; PureFlow SL S/N ${sn2}. Nx2me tablet at ${ip} registered ${md}.`, [sn, sn2, ip, md]];
  }],
  ['delivery confirmation e-mail and driver', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const g2 = d.given(); const w = d.weekday();
    return [`Delivery confirmation sent to ${em}; driver ${g2} left 34 cases in the garage ${w} afternoon.`, [em, g2, w]];
  }],
  // machine and water-system logs
  ['daily water log', (d) => {
    const dt = d.date(); const i = d.initials(); const sn = d.serial();
    return [`WATER ROOM LOG ${dt}   05:10   Total chlorine <0.1 ppm after worker carbon   Tech ${i}   RO S/N ${sn}   Rejection 98%`, [dt, i, sn]];
  }],
  ['machine preventive maintenance', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`PM completed on 2008T S/N ${sn} by ${g} ${s}, biomed, on ${dt}; conductivity and temperature verified.`, [sn, g, s, dt]];
  }],
  ['water cultures and endotoxin samples', (d) => {
    const md = d.monDay(); const a = d.sampleId(); const b = d.sampleId(); const sn = d.serial();
    return [`Monthly cultures drawn ${md}: product water sample ${a} <1 CFU/mL; dialysate sample ${b} from machine S/N ${sn}, endotoxin <0.03 EU/mL.`, [md, a, b, sn]];
  }],
  ['water vendor service ticket', (d) => {
    const v = d.waterVendor(); const tk = d.ticket(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${v} service ticket #${tk}: replaced RO membranes, rebedded carbon. Technician ${g} ${s}, ${ph}.`, [v, tk, g, s, p]];
  }],
  ['machine out of service incident', (d) => {
    const sn = d.serial(); const w = d.weekday(); const inc = d.ticket(); const i = d.initials();
    return [`Machine S/N ${sn} removed from the floor ${w} after a blood leak alarm; incident report #${inc} filed (${i}).`, [sn, w, inc, i]];
  }],
  ['meter calibration', (d) => {
    const sn = d.serial(); const dt = d.date(); const lot = d.lot(); const c = d.certNo();
    return [`Myron L meter S/N ${sn} calibrated ${dt} against standard lot ${lot}; calibration certificate ${c} on file.`, [sn, dt, lot, c]];
  }],
  // CMS-2728 and CMS-2746 style forms
  ['CMS-2728 identification block', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const m = d.mbi(); const ssn = d.ssn(); const dob = d.dob();
    return [`CMS-2728-U3 END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT\n1. Name: ${s}, ${g} ${d.mi()}\n2. Medicare Number: ${m}\n3. Social Security Number: ${ssn}\n4. Date of Birth: ${dob}`, [s, g, m, ssn, dob]];
  }],
  ['CMS-2728 address county phone', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const c = d.county(); const [ph, p] = d.phone();
    return [`Mailing address: ${st}, ${t}, ${d.state()} ${z}   County: ${c}   Phone: ${ph}`, [st, t, z, c, p]];
  }],
  ['CMS-2728 first dialysis and provider number', (d) => {
    const y = d.year(); const [m1, d1] = d.md(); const [m2, d2] = d.md(); const a = `${pad2(m1)}/${pad2(d1)}/${y}`; const b = `${pad2(m2)}/${pad2(d2)}/${y + d.int(1, 4)}`; const u = d.unit(); const ccn = d.ccn();
    return [`17. Date regular chronic dialysis began: ${a}\n18. Date patient started chronic dialysis at current facility: ${b}\n19. Name of dialysis facility: ${u}   Medicare provider number: ${ccn}`, [a, b, u, ccn]];
  }],
  ['CMS-2728 physician attestation', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dt = d.mdy();
    return [`Attending physician: ${g} ${s}, MD   NPI ${npi}   Date signed ${dt}`, [g, s, npi, dt]];
  }],
  ['EQRS patient id', (d) => {
    const dt = d.date(); const u = d.upi(); const w = d.weekday();
    return [`EQRS admission entered ${dt}; UPI ${u}. 2728 signed by the patient ${w} and mailed to the Social Security office.`, [dt, u, w]];
  }],
  ['CMS-2746 death notification age over 89', (d) => {
    const dt = d.date(); const u = d.unit(); const n = d.ageOver89();
    return [`CMS-2746 ESRD death notification: date of death ${dt}; facility ${u}; age ${n}; cause: withdrawal from dialysis.`, [dt, u, n]];
  }],
  // nephrology clinic letters
  ['clinic letterhead', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st}, Suite ${d.int(100, 450)}\n${t}, ${d.state()} ${z}\nPhone ${ph} | Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['referral thanks letter', (d) => {
    const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dob = d.dob();
    return [`Dear Dr. ${s}:\nThank you for asking me to see ${d.title()} ${g2} ${s2} (DOB ${dob}) for CKD stage 4 and proteinuria.`, [s, g2, s2, dob]];
  }],
  ['clinic visit weekday date and return month', (d) => {
    const wd = d.weekdayDate(); const m = d.month();
    return [`Seen ${wd}. eGFR 17 by CKD-EPI 2021, UACR 1,900 mg/g. Modality education done; return in ${m} with labs.`, [wd, m]];
  }],
  ['letter cc list with e-mail', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const u = d.unit(); const g = d.given(); const s = d.sur(); const em = d.mailbox();
    return [`cc: ${doc}, ${pr}\n    ${u} (attn: ${g} ${s}, RN, ${em})`, [...p, pr, u, g, s, em]];
  }],
  ['conservative care age over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`${n}-year-old ${d.pick(['woman', 'man', 'widow', 'retired miner'])} with CKD G5 who chooses conservative kidney management; ${d.relation()} ${g} is health care agent.`, [n, g]];
  }],
  ['portal link and next appointment', (d) => {
    const url = d.url(); const when = d.weekdayDate();
    return [`Your results are posted at ${url}. Next appointment: ${when} at 10:40 AM.`, [url, when]];
  }],
  ['dictation signature line', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const a = d.slashMd(); const b = d.slashMd(); const i = d.initials();
    return [`Sincerely,\n\n${g} ${s}, MD\n${pr}\nD: ${a}  T: ${b}  ${i}`, [g, s, pr, a, b, i]];
  }],
  // transplant referral summaries
  ['transplant referral faxed to center', (d) => {
    const dt = d.date(); const tc = d.transplantCenter(); const [fx, pf] = d.phone(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Transplant referral faxed ${dt} to ${tc} (fax ${fx}); coordinator ${g} ${s}, RN, will call the patient at ${ph}.`, [dt, tc, pf, g, s, p]];
  }],
  ['living donor candidate', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1950, 2003); const w = d.weekday();
    return [`Potential living donor: ${d.relation()} ${g} ${s}, DOB ${dob}, blood type O+, called the living donor office ${w}.`, [g, s, dob, w]];
  }],
  ['waitlist listing and UNOS id', (d) => {
    const tc = d.transplantCenter(); const dt = d.date(); const dt2 = d.date(); const id = d.unosId();
    return [`Listed at ${tc} on ${dt}; waiting time credited from ${dt2} (first dialysis). UNOS ID ${id}, cPRA 12%.`, [tc, dt, dt2, id]];
  }],
  ['pending dental clearance', (d) => {
    const s = d.sur(); const t = d.town(); const my = d.monthYear();
    return [`Outstanding for listing: dental clearance (Dr. ${s}, ${t}), mammogram last ${my}, colonoscopy due.`, [s, t, my]];
  }],
  ['transplant referral summary header', (d) => {
    const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const m = d.mbi(); const [doc, p] = d.doctor(); const npi = d.npi();
    return [`TRANSPLANT REFERRAL SUMMARY\nPatient: ${g} ${s}   MRN ${mrn}   MBI ${m}\nReferring nephrologist: ${doc}   NPI ${npi}`, [g, s, mrn, m, ...p, npi]];
  }],
  // transport, emergencies, social work and billing
  ['fall leaving transport van', (d) => {
    const tr = d.transport(); const pl = d.plate(); const w = d.weekday(); const g = d.given();
    return [`Pt fell stepping off the ${tr} van (plate ${pl}) at the front door ${w} at ${d.time()}; driver ${g} helped pt to a wheelchair.`, [tr, pl, w, g]];
  }],
  ['snow emergency alternate unit', (d) => {
    const [ph, p] = d.phone(); const u = d.unit(); const st = d.street(); const t = d.town();
    return [`If the unit closes for snow, call the hotline ${ph} or go to ${u}, ${st}, ${t}. Follow the 3-day emergency diet.`, [p, u, st, t]];
  }],
  ['social worker transportation county', (d) => {
    const t = d.town(); const c = d.county(); const tr = d.transport(); const sch = d.schedule();
    return [`SW: pt lives alone in ${t} (${c} County); ${tr} picks up at 5:15 AM ${sch}. Applied for the American Kidney Fund grant.`, [t, c, tr, sch]];
  }],
  ['billing statement account and period', (d) => {
    const acct = d.account(); const a = d.slashMd(); const b = d.slashMd();
    return [`Statement for account ${acct}, dates of service ${a}-${b}; ${d.pick(PAYERS)} paid 80%, balance to secondary.`, [acct, a, b]];
  }],
  ['PD training the ordinal day', (d) => {
    const o = ordinal(d.int(1, 28)); const g = d.given(); const s = d.sur();
    return [`Home training graduation planned for the ${o}; ${g} ${s}, RN, will make the first home visit the week after.`, [o, g, s]];
  }],
];

/** The names of the wave's frames. */
export const dialysisFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function dialysisWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 5113, rounds);
}

/** Look-alikes in dialysis and nephrology style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and anatomy
  ['Brescia-Cimino fistula at the left wrist', 'Brescia-Cimino'], ['Tenckhoff catheter exit site without erythema.', 'Tenckhoff'], ['Temporary Quinton catheter, right femoral.', 'Quinton'],
  ['Mahurkar catheter removed intact.', 'Mahurkar'], ['Allen test normal before access surgery.', 'Allen'], ["Urinary space of Bowman's capsule is patent.", "Bowman's"],
  ['thick ascending limb of the loop of Henle', 'Henle'], ['Kimmelstiel-Wilson nodules on biopsy', 'Kimmelstiel-Wilson'], ['Alport syndrome, X-linked', 'Alport'], ['Fabry disease on migalastat', 'Fabry'],
  ["Berger's disease (IgA nephropathy)", "Berger's"], ['history of Henoch-Schönlein purpura', 'Henoch-Schönlein'], ['Bartter syndrome', 'Bartter'], ['Gitelman syndrome with low magnesium', 'Gitelman'],
  ['Liddle syndrome ruled out', 'Liddle'], ['Kussmaul respirations on arrival', 'Kussmaul'], ['Chvostek sign positive', 'Chvostek'], ["Trousseau's sign negative", "Trousseau's"],
  ['CrCl 14 mL/min by Cockcroft-Gault', 'Cockcroft-Gault'], ['Starling forces favor edema', 'Starling'], ['urine Bence Jones protein negative', 'Bence Jones'], ['Wells score 0 for DVT in the access arm', 'Wells'],
  // adequacy, prescriptions and bath
  ['Kt/V 1.42', 'Kt/V 1.42'], ['spKt/V 1.31 this month', 'spKt/V 1.31'], ['eKt/V 1.15', 'eKt/V 1.15'], ['URR 71%', 'URR 71%'], ['nPCR 0.94 g/kg/day', 'nPCR 0.94'],
  ['IDWG 3.1 kg', 'IDWG 3.1 kg'], ['EDW 74.0 kg', 'EDW 74.0 kg'], ['UFR 11.8 mL/kg/h', '11.8 mL/kg/h'], ['AP -190, VP 210', 'VP 210'], ['Qb 450 mL/min, Qd 700', 'Qb 450'],
  ['2K/2.5Ca bath', '2K/2.5Ca'], ['Dialysate 3K/2Ca, Na 138, HCO3 35', '3K/2Ca'], ['bicarbonate 33 on the bath', 'bicarbonate 33'], ['15G needles x2', '15G'], ['buttonhole technique', 'buttonhole'],
  ['Treatment time 4 h 15 min', '4 h 15 min'], ['heparin 1,000 units bolus then 500 units/h', '1,000 units'], ['Standing BP 118/66', '118/66'],
  // peritoneal dialysis
  ['CCPD 5 x 2.2 L with a last fill', '5 x 2.2 L'], ['last fill Extraneal 2 L', 'Extraneal'], ['Dianeal PD-2 2.5% dextrose', 'PD-2 2.5%'], ['D/P creatinine 0.71', 'D/P creatinine 0.71'],
  ['PET: high average transporter', 'high average'], ['effluent cell count 1,250 with 88% PMN', '1,250'], ['CAPD 4 exchanges daily', 'CAPD'], ['IP vancomycin per ISPD guidelines', 'ISPD'],
  // access types and devices
  ['L BC AVF, 2-stage', 'L BC AVF'], ['R forearm loop AVG', 'AVG'], ['R IJ TDC', 'TDC'], ['HeRO graft placed', 'HeRO'], ['Ellipsys percutaneous AVF', 'Ellipsys'], ['WavelinQ endoAVF', 'WavelinQ'],
  ['Palindrome catheter 19 cm', 'Palindrome'], ['Gore Acuseal graft', 'Acuseal'], ['Citra-Lock 4% in both lumens', 'Citra-Lock'], ['Cathflo 2 mg per lumen', 'Cathflo'],
  // machines, cyclers, dialyzers and monitors
  ['Fresenius 2008T', '2008T'], ['5008S with CorDiax', 'CorDiax'], ['NxStage System One', 'System One'], ['Tablo hemodialysis system', 'Tablo'], ['Liberty Select cycler', 'Liberty Select'],
  ['Homechoice Claria with Sharesource', 'Sharesource'], ['Baxter Amia cycler', 'Amia'], ['PureFlow SL', 'PureFlow SL'], ['Optiflux F160NRe dialyzer', 'F160NRe'], ['Revaclear 400', 'Revaclear 400'],
  ['Theranova 400 medium cut-off dialyzer', 'Theranova'], ['Elisio-21H', 'Elisio-21H'], ['FX800 dialyzer', 'FX800'], ['Transonic flow study', 'Transonic'], ['Crit-Line monitor', 'Crit-Line'], ['Myron L meter', 'Myron L'],
  // drugs and doses
  ['Mircera 100 mcg q2 weeks', 'Mircera'], ['Epogen 8,000 units TIW', '8,000 units'], ['Retacrit 6000 units', 'Retacrit'], ['Aranesp 40 mcg weekly', 'Aranesp'], ['Venofer 100 mg x 10 doses', 'Venofer'],
  ['Ferrlecit 125 mg', 'Ferrlecit'], ['Triferic AVNU', 'Triferic'], ['Zemplar 2 mcg TIW', 'Zemplar'], ['Hectorol 4 mcg', 'Hectorol'], ['Sensipar 30 mg daily', 'Sensipar'], ['Parsabiv 5 mg IV TIW', 'Parsabiv'],
  ['Velphoro 500 mg TID with meals', 'Velphoro'], ['Auryxia 2 tabs with meals', 'Auryxia'], ['Renvela 1600 mg', 'Renvela'], ['PhosLo 667 mg', 'PhosLo'], ['Lokelma 10 g daily', 'Lokelma'],
  ['Heplisav-B 20 mcg', 'Heplisav-B'], ['Engerix-B 40 mcg', 'Engerix-B'], ['Korsuva 0.5 mcg/kg after each treatment', 'Korsuva'], ['midodrine 10 mg pre-HD', 'midodrine 10 mg'],
  // lab values
  ['Hgb 10.4 g/dL', '10.4 g/dL'], ['ferritin 650 ng/mL, TSAT 28%', '650 ng/mL'], ['iPTH 540 pg/mL', '540 pg/mL'], ['phosphorus 5.9 mg/dL', '5.9 mg/dL'], ['albumin 3.8 g/dL', '3.8 g/dL'],
  ['K 5.8 mmol/L', 'K 5.8'], ['anti-HBs 112 mIU/mL', '112 mIU/mL'], ['HBsAg negative', 'HBsAg'], ['UACR 1,900 mg/g', '1,900 mg/g'],
  // water
  ['total chlorine <0.1 ppm', '<0.1 ppm'], ['endotoxin <0.25 EU/mL', '0.25 EU/mL'], ['bacteria <100 CFU/mL, action level 50', '100 CFU/mL'], ['meets ANSI/AAMI/ISO 23500', 'ISO 23500'],
  ['ISO 13959 water for hemodialysis', '13959'], ['TCA agar, 7 days at room temperature', 'TCA agar'], ['conductivity 14.0 mS/cm', '14.0 mS/cm'], ['worker and polisher carbon tanks', 'polisher'],
  // codes, forms, networks and programs
  ['CMS-2728-U3', 'CMS-2728-U3'], ['CMS-2746 filed', 'CMS-2746'], ['CMS-2744 annual facility survey', 'CMS-2744'], ['ICD-10 N18.6', 'N18.6'], ['N18.4 CKD stage 4', 'N18.4'], ['Z99.2', 'Z99.2'],
  ['T82.868A thrombosis of AV graft', 'T82.868A'], ['I12.0 hypertensive CKD', 'I12.0'], ['CPT 90935', '90935'], ['CPT 90960 monthly ESRD service', '90960'], ['CPT 36821', '36821'], ['CPT 36902', '36902'],
  ['HCPCS J0887', 'J0887'], ['revenue code 0821', '0821'], ['ESRD Network 5', 'Network 5'], ['KCER emergency plan', 'KCER'], ['KDIGO 2024 guideline', 'KDIGO 2024'], ['KDOQI', 'KDOQI'],
  ['KDQOL-36 completed', 'KDQOL-36'], ['ESRD QIP', 'QIP'], ['Five Diamond patient safety program', 'Five Diamond'], ['CKD G5 A3', 'G5 A3'],
  // chairs, stations, shifts and training days
  ['Chair 14, 2nd shift', 'Chair 14'], ['Station 1 is the isolation station.', 'Station 1'], ['Moved to 3rd shift.', '3rd shift'], ['Pod B', 'Pod B'], ['Bay 4', 'Bay 4'], ['PD training day 9 of 10', 'day 9 of 10'],
  // roles and generic places
  ['Seen in the unit today.', 'the unit'], ['Records sent to the guest unit.', 'guest unit'], ['Returned to the home unit.', 'home unit'], ['Leak found in the water room.', 'water room'],
  ['Referred to the access center.', 'access center'], ['Referred to the transplant center.', 'transplant center'], ['charge nurse notified', 'charge nurse'], ['The medical director reviewed.', 'medical director'],
  ['biomed technician', 'biomed'], ['Care partner (wife) present.', 'Care partner'],
  // everyday words that are also names or towns
  ['Patient has hope of a transplant.', 'hope'], ['Dialysate bath changed to 3K.', 'bath'], ['No accident or injury reported.', 'accident'], ['Hurricane preparedness reviewed.', 'Hurricane'],
  ['Home hemodialysis training, week 3.', 'Home'], ['Uses social media to find travel units.', 'media'], ['Export of treatment data to the cloud failed.', 'Export'], ['Friendly and cooperative.', 'Friendly'],
  ['Discussed the price of binders.', 'price'], ['History of kidney stone.', 'stone'], ['Will call if weight gain is more than 2 kg.', 'Will'], ['Plans to travel this summer.', 'summer'],
  // relations, ages, years, states, chains, labs, makers, payers and registries
  ['Her son will be the care partner.', 'son'], ['A 78-year-old man on HD.', '78'], ['On HD since 2017.', '2017'], ['Traveling to Florida.', 'Florida'], ['Moved from West Virginia.', 'West Virginia'],
  ['Medicare primary, Medicaid secondary.', 'Medicaid'], ['Transferred from a Fresenius unit.', 'Fresenius'], ['Visited a DaVita unit.', 'DaVita'], ['Labs by Spectra Laboratories.', 'Spectra Laboratories'],
  ['Supplies from Baxter.', 'Baxter'], ['Highmark secondary', 'Highmark'], ['Listed with UNOS.', 'UNOS'], ['American Kidney Fund grant', 'American Kidney Fund'], ['National Kidney Foundation', 'National Kidney Foundation'],
];

export const dialysisKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDialysisKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(dialysisKeepCases(), find);

export function scoreDialysisWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => dialysisWaveCases(seed)), find);
}
