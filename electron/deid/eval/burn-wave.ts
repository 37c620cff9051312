// A blind wave of regional burn center and burn unit records: admission burn assessments (the patient listed as
// 'SURNAME, Given' with date of birth, MRN, account and date of injury, TBSA by the Lund-Browder chart, the Parkland
// formula with the start of fluids at the referring hospital, inhalation injury and bronchoscopy, Baux scores), the
// story of the injury (house fires at a street address with the town and ZIP and the fire department that carried the
// patient out, grease fires on holidays, fireworks in a named park, arc flashes and chemical splashes at a named
// employer with the supervisor, the OSHA inspection and the employee number, scalds of children with the CPS intake
// and caseworker, vehicle fires with the plate and the trooper's report, space heaters), fire department and arson
// investigator contacts (NFIRS incident numbers, deputy fire marshals' phone messages, records requests with case
// numbers and faxes, Red Cross caseworkers and the motel a displaced family stays at, the medical examiner's case for
// a relative who died at the scene), escharotomy and excision/grafting operative notes (surgeon, assistant and
// anesthesiologist, OR board rows, allograft from a local skin bank with tissue ids, lots and expiry dates, Integra,
// Biobrane and RECELL lots, negative-pressure device serials, cultured epidermal autograft biopsies shipped with a
// tracking number, blood unit numbers), donor-site and dressing logs (rows with dates and the nurse's initials,
// supply orders with a PO number and extension, home dressing teaching with a local medical supply and its order),
// hydrotherapy and tank room notes (staff, premedication, shower trolley schedules by surname and weekday, cultures
// and tickets, child life with the child's and parent's first names), burn ICU flow sheets (hourly rows with initials,
// fluid titration orders by a named physician, bedside monitor IP addresses and serials), pressure-garment orders with
// the vendor's fitter (local orthotics and prosthetics shops, order numbers, prior authorizations with member ids,
// transparent face orthoses with serials), rehabilitation and splint notes (OT and PT by name, outpatient hand therapy
// with address, phone and fax, return to work with the employer's HR contact and e-mail), burn camp and survivor
// support referrals (named camps, counselors, e-mails and web pages, peer supporters, school re-entry at a named
// school, support groups at a named church), phone messages (relatives, pharmacies with Rx numbers, workers'
// compensation adjusters with claim numbers, voicemails), social work and chaplaincy notes (Medicaid applications,
// landlords, pastors), registration (SSNs, member and group ids, accounts), discharge letters (the burn center's
// address, the primary care practice and its physician, the patient with DOB), follow-up clinic schedules (tables of
// times, patients and MRNs, video visit links) and signature blocks, in mixed case, ALL CAPS and lower case. Dates are
// written every way ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024',
// holidays such as 'the Fourth of July', 'Thanksgiving Day', 'Christmas Eve' and 'Diwali'); ages over 89, phones,
// fax numbers, extensions, e-mails, URLs and IP addresses are planted. Given names and surnames are often everyday
// words (Hope, Amber, Ember, Blaze, Rocky, Will, Burns, Ash, Cole, Stone, Hill, Marsh, Steel); towns are often
// everyday words (Liberty, Union, Hope, Commerce, Friendship, Paradise, Normal). A list of look-alikes in the same
// style must not be touched. Written without reading the engine's rules or any gold data. `scoreBurnWave`.
// Decisions: every word of a person's name is planted as its own part (patients, relatives, children, staff, fire
// marshals, investigators, troopers, fitters, adjusters, counselors, pastors); a middle initial, a title ('Dr.',
// 'Lt.', 'Rev.', 'Deputy Fire Marshal') and a credential ('MD', 'RN', 'PA-C', 'OTR/L', 'CCRN') are not planted; a
// signer's or nurse's initials are planted; a first name alone is planted; a relation or role without a name ('the
// fire marshal', 'the fitter', 'the OT', 'mother') and an age of 89 or under are kept. A burn center, a referring
// hospital, a fire department or fire district named by its town, a local air medical service, a local skin or tissue
// bank, an employer, a local orthotics shop or medical supply, a home health agency, a hand therapy clinic, a primary
// care practice, a pharmacy, a burn camp, a church, a school, a motel, a named park and a law firm are planted whole
// with their kind words ('Liberty Regional Burn Center', 'Union Fire Department', 'Camp Ember Ridge'); a national body,
// vendor, manufacturer or insurer named alone ('American Burn Association', 'Phoenix Society', 'Red Cross', 'OSHA',
// 'MTF Biologics', 'Vericel', 'Jobst', 'Liberty Mutual', 'The Hartford') is kept; a town and a county are planted, a
// state is kept; a street address is planted from its number to its street type with its apartment when written
// after it; a ZIP is planted; an engine, room, bed or OR number is kept. A weekday naming one day is planted, a
// standing schedule ('Monday through Friday', 'every Tuesday') is kept; a month with a year, 'the 4th' and a holiday
// that fixes a day are planted; the time next to a date is kept, and so are postoperative and hospital days,
// durations and years alone. MRNs, accounts, incident, arson, police, CPS, poison center, medical examiner, OSHA,
// claim, prior authorization, order, PO, Rx, Medicaid application, member and group numbers, employee numbers, tissue
// ids, lot numbers, device serials, tracking numbers, blood unit numbers, SSNs, plates and driver's licences are
// planted; a phone's leading '(' need not be covered; e-mails and URLs are planted whole; ages over 89 are planted as
// their number. Kept (look-alikes): burn scales, charts and formulas (Lund and Browder, rule of nines, rule of palms,
// Parkland, modified Brooke, Galveston, Curreri, Baux and revised Baux, ABSI, Vancouver Scar Scale, POSAS), degrees and
// depths ('second-degree', '2nd-degree', 'full-thickness'), percentages, volumes and rates ('22% TBSA', '4 mL/kg/%TBSA',
// 'UOP 0.5 mL/kg/h'), dressings, grafts and devices (Mepilex Ag, Acticoat, Aquacel Ag, Silvadene, Sulfamylon, Xeroform,
// Integra, Biobrane, Suprathel, RECELL, NexoBrid, Epicel, Zimmer dermatome, Versajet, Meek), drugs, eponyms (Curling
// ulcer, Marjolin ulcer, Jackson's zones, Nikolsky sign), procedures, codes (ICD-10 T31.21, CPT 15100, L-codes),
// national bodies and standards (ABA, ABLS, OSHA, NFPA 1971, NFIRS, NIOSH, CPSC, AATB), garment brands, generic
// places (the tank room, the burn ICU, the scene, the kitchen, the skin bank, burn camp), relations and roles without
// names, ages of 89 and under, years alone, counts and durations, and everyday words that are also names or towns
// (hope, amber, ash, burns, will, union).
// Measured before rules: 0.915 recall on seeds 5, 11, 23 (5338/5831), 0.919 on fresh seeds 41, 42, 43 (5372/5843); 3/164
// look-alikes touched ("Burn Specific Health Scale-Brief", "American Burn Association", "every Tuesday") (engine at d9575c5).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, es, gb, vi];

/** Given names and surnames that are everyday words (several of them words a burn note uses). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Dawn', 'Amber', 'Ember', 'Blaze', 'Rocky', 'Will', 'Bill', 'Mark', 'Chase', 'Hunter', 'Sunny', 'Misty', 'Autumn', 'Summer', 'Crystal', 'Destiny', 'Rusty', 'Sandy', 'Skip', 'Buck', 'Penny', 'Ginger', 'Heather', 'Holly', 'Ivy', 'Phoenix', 'River', 'Storm', 'Major', 'Precious', 'Lucky', 'Sterling'];
const WORD_SUR = ['Burns', 'Ash', 'Cole', 'Stone', 'Hill', 'Marsh', 'Steel', 'Woods', 'Banks', 'Wells', 'Rivers', 'Frost', 'Snow', 'Winter', 'Fields', 'Street', 'Lane', 'Baker', 'Cook', 'Fisher', 'Mason', 'Carpenter', 'Price', 'Love', 'Young', 'Strong', 'Sharp', 'Bush', 'Rose', 'Shepherd', 'Pierce', 'Heath', 'Glass', 'Gray', 'Fireman', 'Smoker', 'Brand', 'Wick', 'Hart', 'Moody'];

/** Towns that are everyday words, and real towns around regional burn centers. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Friendship', 'Paradise', 'Normal', 'Harmony', 'Eden', 'Fairview', 'Midway', 'Welcome', 'Unity', 'Golden', 'Sandy', 'Orange', 'Reading', 'Surprise', 'Pleasant Grove', 'Sugar Land', 'Pearl', 'Justice', 'Energy', 'Ashland', 'Burnside'];
const REAL_TOWNS = ['Galveston', 'Augusta', 'Shreveport', 'Lubbock', 'Gainesville', 'Chattanooga', 'Knoxville', 'Wichita', 'Springfield', 'Peoria', 'Rockford', 'Joplin', 'Tulsa', 'Fort Smith', 'Dothan', 'Macon', 'Asheville', 'Greenville', 'Akron', 'Toledo', 'Saginaw', 'Flint', 'Lansing', 'Erie', 'Allentown', 'Syracuse', 'Albany', 'Worcester', 'Bangor', 'Burlington', 'Billings', 'Pueblo', 'Yakima', 'Spokane', 'Fresno', 'Bakersfield', 'Odessa', 'Amarillo', 'Lafayette'];
const STATES = ['TX', 'GA', 'LA', 'FL', 'TN', 'KS', 'IL', 'MO', 'OK', 'AR', 'AL', 'NC', 'SC', 'OH', 'MI', 'PA', 'NY', 'MA', 'ME', 'VT', 'MT', 'CO', 'WA', 'CA', 'Texas', 'Ohio', 'Georgia'];
const COUNTY_WORDS = ['Galveston', 'Richmond', 'Caddo', 'Lubbock', 'Alachua', 'Hamilton', 'Knox', 'Sedgwick', 'Sangamon', 'Winnebago', 'Jasper', 'Tulsa', 'Sebastian', 'Houston', 'Bibb', 'Buncombe', 'Summit', 'Lucas', 'Saginaw', 'Genesee', 'Ingham', 'Erie', 'Lehigh', 'Onondaga', 'Penobscot', 'Yellowstone', 'Union', 'Liberty', 'Franklin', 'Washington', 'Marion', 'Polk'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Oak', 'Cedar', 'Pine', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Hickory', 'Walnut', 'Chestnut', 'Magnolia', 'Dogwood', 'Industrial', 'Commerce', 'Ember', 'Ash', 'Firehouse'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl', 'Hwy', 'Trail'];
const SAINTS = ['Mary', 'Joseph', 'Luke', 'Francis', 'Vincent', 'Elizabeth', 'Michael', 'Anthony', 'Jude', 'Agnes', 'John', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'County Hospital'];
/** Words local businesses, camps and shops are named with. */
const LOCAL_WORDS = ['Ridge', 'Pines', 'Hollow', 'Creek', 'Lakeside', 'Cedar', 'Bluebird', 'Sunrise', 'Riverbend', 'Timber', 'Heartland', 'Prairie', 'Summit', 'Valley', 'Harbor', 'Eagle', 'Willow'];
/** National bodies, vendors, manufacturers and insurers named alone (kept). */
const INSURERS = ['Liberty Mutual', 'The Hartford', 'Travelers', 'Zurich', 'CNA', 'Sedgwick Claims Management', 'AmTrust', 'Employers Holdings'];
const GARMENT_BRANDS = ['Jobst', 'Medical Z', 'Bellisse', 'Tributes', 'Sigvaris', 'Gottfried'];
const PLANS = ['Blue Cross Blue Shield', 'Aetna', 'UnitedHealthcare', 'Cigna', 'Humana', 'Medicaid', 'Medicare', 'Tricare'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day, by the injuries they bring. */
const FIREWORK_HOLIDAYS = ['the Fourth of July', 'July 4th', 'Independence Day', "New Year's Eve", "New Year's Day", 'Diwali', 'Memorial Day'];
const COOKING_HOLIDAYS = ['Thanksgiving Day', 'Thanksgiving', 'Christmas Eve', 'Christmas Day', 'Easter Sunday', 'Labor Day', 'Halloween', 'Super Bowl Sunday'];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['spouse', 'partner', 'sibling', 'cousin', 'neighbor', 'roommate', 'adult child', 'parent', 'grandparent', 'friend', 'caregiver', 'in-law'];
const JOBS = ['electrician', 'lineman', 'welder', 'line cook', 'maintenance tech', 'refinery operator', 'roofer', 'mechanic', 'foundry worker', 'plant operator'];
const AGENTS = ['hydrofluoric acid', 'sulfuric acid', 'sodium hydroxide', 'anhydrous ammonia', 'cement', 'phenol'];
const GRAFT_SITES = ['L thigh', 'R thigh', 'L anterior thigh', 'R lateral thigh', 'back', 'scalp', 'L buttock', 'R calf'];
const WOUND_SITES = ['L forearm and hand', 'R arm', 'anterior chest', 'bilateral hands', 'face and neck', 'L leg', 'R flank', 'back', 'bilateral feet', 'R hand dorsum'];

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
    return t === 'Augusta' ? 'Macon' : 'Augusta';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
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
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms burn units write. */
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
  /** A weekday other than `w`. */
  otherWeekday(w: string): string {
    return WEEKDAYS[(WEEKDAYS.indexOf(w) + this.int(1, 6)) % 7]!;
  }
  fireworkHoliday(): string {
    return this.pick(FIREWORK_HOLIDAYS);
  }
  cookingHoliday(): string {
    return this.pick(COOKING_HOLIDAYS);
  }
  ord(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1935, hi = 2020): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.letters(1)}${this.digitString(9)}`;
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string, dom?: string): string {
    const d = dom ?? this.pick([`${asciiLetters(this.town())}burn.org`, `${asciiLetters(this.town())}health.org`, 'gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', `${asciiLetters(this.town())}fire.gov`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    // Local parts that do not spell the planted name out whole (a name planted beside its e-mail must occur once).
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(100, 9999)}`, `${a.slice(0, 2)}${b.slice(0, 3)}${this.int(1, 99)}`, `${b.slice(0, 4)}.${a.charAt(0)}${this.int(2, 9)}`, `${a.charAt(0)}.${b.slice(0, 3)}${this.int(10, 99)}`]);
    return `${local}@${d}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  // places named locally (planted whole)
  burnCenter(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Regional Burn Center`;
    if (k === 1) return `${this.sur()} Burn Center`;
    if (k === 2) return `St. ${this.pick(SAINTS)}'s Burn & Wound Center`;
    return `${this.town()} Burn Unit`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  fireDept(town = this.town()): string {
    const k = this.int(0, 3);
    if (k === 0) return `${town} Fire Department`;
    if (k === 1) return `${town} Fire-Rescue`;
    if (k === 2) return `${town} Volunteer Fire Company`;
    return `${town} Fire Protection District`;
  }
  airService(): string {
    return this.pick([`${this.town()} LifeFlight`, `${this.town()} AirCare`, `${this.pick(LOCAL_WORDS)} Air Medical`, `${this.town()} Regional SkyMed`]);
  }
  skinBank(): string {
    return this.pick([`${this.town()} Regional Tissue Bank`, `${this.town()} Skin Bank`, `${this.pick(LOCAL_WORDS)} Tissue Services`, `St. ${this.pick(SAINTS)}'s Skin Bank`]);
  }
  employer(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Electric Cooperative`;
    if (k === 1) return `${this.sur()} Welding & Fabrication`;
    if (k === 2) return `${this.pick(LOCAL_WORDS)} Refining`;
    if (k === 3) return `${this.town()} Foundry`;
    if (k === 4) return `${this.sur()}'s Diner`;
    return `${this.sur()} Roofing, LLC`;
  }
  vendor(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()} Orthotics & Prosthetics`;
    if (k === 1) return `${this.town()} Compression Garments`;
    return `${this.pick(LOCAL_WORDS)} O&P`;
  }
  supply(): string {
    return this.r() < 0.5 ? `${this.town()} Medical Supply` : `${this.sur()} Home Medical`;
  }
  homeHealth(): string {
    return this.pick([`${this.town()} Visiting Nurses`, `${this.pick(LOCAL_WORDS)} Home Health`, `${this.town()} Home Care Services`]);
  }
  therapyClinic(): string {
    return this.pick([`${this.town()} Hand Therapy`, `${this.pick(LOCAL_WORDS)} Hand & Upper Extremity Rehab`, `${this.sur()} Physical Therapy`]);
  }
  practice(): string {
    return this.pick([`${this.town()} Family Practice`, `${this.town()} Family Medicine`, `${this.pick(LOCAL_WORDS)} Pediatrics`, `${this.sur()} Internal Medicine`]);
  }
  pharmacy(): string {
    return this.pick([`${this.town()} Pharmacy`, `${this.sur()}'s Drug`, `${this.pick(LOCAL_WORDS)} Apothecary`]);
  }
  camp(): string {
    return this.pick([`Camp ${this.pick(['Ember', 'Phoenix', 'Hope', 'Courage', 'Spirit', 'Sunshine'])} ${this.pick(LOCAL_WORDS)}`, `Camp ${this.pick(LOCAL_WORDS)}`, `${this.town()} Burn Camp`]);
  }
  church(): string {
    return this.pick([`St. ${this.pick(SAINTS)} Catholic Church`, `First Baptist Church of ${this.town()}`, `${this.pick(LOCAL_WORDS)} Community Church`, `${this.town()} United Methodist Church`]);
  }
  school(): string {
    return this.pick([`${this.pick(STREET_WORDS)} Elementary School`, `${this.town()} Middle School`, `${this.town()} High School`]);
  }
  motel(): string {
    return this.pick([`${this.town()} Inn & Suites`, `${this.pick(LOCAL_WORDS)} Motor Lodge`, `${this.town()} Extended Stay`]);
  }
  park(): string {
    return this.pick([`${this.pick(LOCAL_WORDS)} Park`, `${this.town()} Memorial Park`, `${this.sur()} Park`, `${this.town()} Fairgrounds`]);
  }
  lawFirm(): string {
    return this.r() < 0.5 ? `${this.sur()} & ${this.sur()}, P.C.` : `Law Office of ${this.given()} ${this.sur()}`;
  }
  // numbers
  tissueId(): string {
    return this.pick([`${this.letters(2)}${this.digitString(2)}-${this.digitString(5)}`, `SB-${pad2(this.int(18, 25))}-${this.digitString(4)}`, this.digitString(9)]);
  }
  lot(): string {
    return this.pick([this.digitString(7), `${this.letters(2)}${this.digitString(5)}`, `${this.digitString(4)}-${this.digitString(3)}`, `L${this.digitString(6)}`]);
  }
  serial(): string {
    return this.pick([`${this.letters(3)}${this.digitString(6)}`, `SN${this.digitString(8)}`, `${this.digitString(2)}-${this.digitString(6)}`]);
  }
  incidentNo(): string {
    return this.pick([`${this.year()}-${this.digitString(6)}`, `F${pad2(this.int(18, 25))}-${this.digitString(5)}`, this.digitString(8)]);
  }
  caseNo(): string {
    return this.pick([`${pad2(this.int(18, 25))}-${this.digitString(5)}`, `AR-${this.digitString(6)}`, `${this.letters(2)}${this.digitString(6)}`]);
  }
  claim(): string {
    return this.pick([`WC${this.digitString(8)}`, `${this.digitString(3)}-${this.digitString(2)}-${this.digitString(6)}`, `${this.letters(3)}${this.digitString(7)}`]);
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.digitString(9)}${this.letters(1)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}-${this.digitString(5)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? this.digitString(12) : `1Z${this.letters(3)}${this.digitString(11)}`;
  }
  bloodUnit(): string {
    return `W${this.digitString(4)} ${pad2(this.int(20, 25))} ${this.digitString(6)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  licence(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(7)}` : this.digitString(8);
  }
  /** A burn camp's or survivor program's web page. */
  campUrl(): string {
    const t = asciiLetters(this.town()) || 'union';
    return this.pick([`https://www.${t}burncenter.org/camp`, `www.${t}burnsurvivors.org`, `https://${t}health.org/burn/camp-application.pdf`, `${t}firekids.org/register`, `https://camp${t}.org/apply`]);
  }
}

/** A patient: given name and surname, each planted. */
type Person = readonly [string, string];
const named = ([g, s]: Person): string => `${g} ${s}`;
const listed = ([g, s]: Person): string => `${s.toUpperCase()}, ${g}`;

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // admission burn assessments
  ['burn admission header', (d) => {
    const p: Person = [d.given(), d.sur()]; const dob = d.dob(); const mrn = d.mrn(); const acct = d.account(); const doi = d.date(); const [att, ap] = d.staff(); const bc = d.burnCenter();
    return [`${bc.toUpperCase()} - ADMISSION H&P\nPatient: ${listed(p)}   DOB: ${dob}\nMRN: ${mrn}   Acct: ${acct}\nDate of injury: ${doi}   Mechanism: flame\nAttending: ${att}, MD`, [bc.toUpperCase(), p[1].toUpperCase(), p[0], dob, mrn, acct, doi, ...ap]];
  }],
  ['Lund-Browder TBSA by named surgeon', (d) => {
    const s = d.sur(); const w = d.weekday(); const tb = d.int(8, 62);
    return [`Lund-Browder chart completed by Dr. ${s} on arrival ${w}: ${tb}% TBSA (partial thickness ${tb - 4}%, full thickness 4%), ${d.pick(WOUND_SITES)} circumferential.`, [s, w]];
  }],
  ['Parkland started at referring hospital', (d) => {
    const h = d.hospital(); const dt = d.date(); const kg = d.int(48, 130); const tb = d.int(15, 55); const ini = d.initials();
    return [`Parkland: 4 mL x ${kg} kg x ${tb}% = ${(4 * kg * tb).toLocaleString('en-US')} mL/24 h. LR started at ${h} at ${d.time()} on ${dt}; first half due 8 h from injury. Calc verified ${ini}.`, [h, dt, ini]];
  }],
  ['transfer by air medical service', (d) => {
    const a = d.airService(); const h = d.hospital(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Accepted in transfer ${md} from ${h} ED via ${a}; flight nurse ${g} ${s} gave report. Sending ED callback ${ph}.`, [md, h, a, g, s, p]];
  }],
  ['bronchoscopy inhalation injury', (d) => {
    const md = d.monDay(); const s = d.sur(); const h = d.hospital();
    return [`Bronchoscopy ${md} (Dr. ${s}): grade 2 inhalation injury, carbonaceous sputum. COHb 14% at ${h} before transfer; hyperbaric not indicated.`, [md, s, h]];
  }],
  ['elder over 89 robe caught fire', (d) => {
    const n = d.ageOver89(); const st = d.street(); const t = d.town();
    return [`${n} yo widow, robe sleeve caught fire at the gas stove in her home at ${st}, ${t}; Baux score ${Number(n) + d.int(9, 30)}. Family requests comfort-focused care.`, [n, st, t]];
  }],
  ['house fire narrative', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const w = d.weekday(); const fd = d.fireDept(d.otherTown(t)); const g = d.given();
    return [`House fire at ${st}, ${t} ${z} around 0300 ${w}; pt carried out by ${fd} firefighters. Pt's ${d.relation()} ${g} died at the scene.`, [st, t, z, w, fd, g]];
  }],
  ['arc flash at employer with OSHA', (d) => {
    const e = d.employer(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur(); const osha = d.digitString(7);
    return [`Arc flash while working on a 480 V panel at ${e}, ${st}, ${t}; supervisor ${g} ${s} called 911. OSHA notified, inspection #${osha}.`, [e, st, t, g, s, osha]];
  }],
  ['grease fire on holiday', (d) => {
    const hd = d.cookingHoliday(); const g = d.given(); const t = d.town();
    return [`Turkey fryer grease fire on ${hd} in the driveway in ${t}; ${d.relation()} ${g} put it out with a blanket. Burns to ${d.pick(WOUND_SITES)}.`, [hd, t, g]];
  }],
  ['fireworks injury in named park', (d) => {
    const hd = d.fireworkHoliday(); const pk = d.park(); const g = d.given();
    return [`Mortar-style firework detonated in hand on ${hd} at ${pk}; friend ${g} drove him in. Partial amputation of R index finger; hand surgery consulted.`, [hd, pk, g]];
  }],
  ['chemical splash and poison center', (d) => {
    const e = d.employer(); const pc = d.digitString(7); const g = d.given(); const s = d.sur(); const ag = d.pick(AGENTS);
    return [`${ag} splash at ${e}; irrigated 45 min at the plant. Poison center case #${pc}; plant safety officer ${g} ${s} faxed the SDS.`, [e, pc, g, s]];
  }],
  ['pediatric scald with CPS intake', (d) => {
    const c = d.given(); const st = d.streetApt(); const t = d.town(); const cps = d.digitString(8); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${d.int(1, 6)} yo ${c}, immersion scald pattern (stocking distribution) in the bathtub at ${st}, ${t}. CPS intake #${cps}; caseworker ${g} ${s}, ${ph}.`, [c, st, t, cps, g, s, p]];
  }],
  ['electrical injury lineman employee number', (d) => {
    const e = `${d.town()} Electric Cooperative`; const emp = d.digitString(d.int(5, 6)); const s = d.sur(); const dt = d.date();
    return [`Lineman for ${e} (employee #${emp}), 7,200 V contact R hand to L foot on ${dt}. CK 18,400; fasciotomy R forearm by Dr. ${s}.`, [e, emp, dt, s]];
  }],
  ['vehicle fire with plate and trooper', (d) => {
    const t = d.town(); const pl = d.plate(); const g = d.given(); const s = d.sur(); const rep = d.caseNo(); const dl = d.licence();
    return [`Vehicle fire after rollover on Route ${d.int(2, 99)} near ${t}; plate ${pl}, driver's license ${dl}. State trooper ${g} ${s}, crash report ${rep}.`, [t, pl, dl, g, s, rep]];
  }],
  ['space heater and law firm request', (d) => {
    const f = d.lawFirm(); const dob = d.dob(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Records request from ${f} re: space heater product liability; client ${g} ${s}, DOB ${dob}. HIPAA authorization attached; fax ${fx}.`, [f, g, s, dob, p]];
  }],
  // fire department and arson investigator contacts
  ['fire marshal phone message', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, p] = d.phone();
    return [`PHONE MESSAGE ${dt} ${d.time()}\nDeputy Fire Marshal ${g} ${s}, ${t} Fire Marshal's Office, re: origin and cause. Asks if pt can be interviewed. Call ${ph}.`, [dt, g, s, t, p]];
  }],
  ['arson investigator records request', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.county(); const cs = d.caseNo(); const [fx, p] = d.phone();
    return [`Arson investigator ${g} ${s} (${c} County Sheriff's Office) requests records, case #${cs}. Routed to HIM; patient authorization or subpoena required. Fax ${fx}.`, [g, s, c, cs, p]];
  }],
  ['NFIRS incident number', (d) => {
    const inc = d.incidentNo(); const fd = d.fireDept(); const dt = d.date();
    return [`Fire incident #${inc} (${fd}, Engine ${d.int(1, 40)}), alarm ${d.time()} on ${dt}; NFIRS report to follow.`, [inc, fd, dt]];
  }],
  ['Red Cross and motel for displaced family', (d) => {
    const m = d.motel(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const rc = d.digitString(7);
    return [`Home is a total loss. Family placed at ${m} by the Red Cross; disaster caseworker ${g} ${s}, ${ph}, case ${rc}.`, [m, g, s, p, rc]];
  }],
  ['smoke alarm visit scheduled', (d) => {
    const fd = d.fireDept(); const w = d.weekday(); const md = d.monDay(); const st = d.street();
    return [`${fd} will install smoke alarms ${w} ${md} at the new rental, ${st}; no working detector at the old house.`, [fd, w, md, st]];
  }],
  ['medical examiner for relative', (d) => {
    const g = d.given(); const c = d.county(); const me = `${pad2(d.int(18, 25))}-${d.digitString(4)}`;
    return [`Pt's ${d.int(3, 12)} yo ${d.pick(['son', 'daughter', 'grandson', 'niece'])} ${g} was pronounced at the scene; ${c} County Medical Examiner case ${me}. Chaplain and SW with family.`, [g, c, me]];
  }],
  // escharotomy and excision/grafting op notes
  ['escharotomy procedure note', (d) => {
    const dt = d.date(); const [sg, sp] = d.staff(); const [as, ap] = d.staff(); const mrn = d.mrn();
    return [`PROCEDURE NOTE: Bedside escharotomy, bilateral upper extremities\nDate: ${dt}   MRN: ${mrn}\nSurgeon: ${sg}, MD\nAssistant: ${as}, PA-C\nIndication: circumferential full-thickness burns, loss of Doppler signals.`, [dt, mrn, ...sp, ...ap]];
  }],
  ['excision and grafting op note', (d) => {
    const dt = d.date(); const [sg, sp] = d.staff(); const [an, anp] = d.staff(); const site = d.pick(WOUND_SITES);
    return [`OPERATIVE REPORT  ${dt}\nSurgeon: ${sg}, MD   Anesthesia: ${an}, MD\nProcedure: tangential excision ${d.int(3, 14)}% TBSA ${site}; STSG 0.012 in, meshed 1.5:1 from ${d.pick(GRAFT_SITES)}. EBL ${d.int(2, 12) * 100} mL.`, [dt, ...sp, ...anp]];
  }],
  ['allograft from local skin bank', (d) => {
    const b = d.skinBank(); const id = d.tissueId(); const lot = d.lot(); const ex = d.date();
    return [`Allograft (cadaveric split-thickness skin) from ${b}, tissue ID ${id}, lot ${lot}, exp ${ex}; ${d.int(2, 8)} sheets thawed per AATB protocol.`, [b, id, lot, ex]];
  }],
  ['Integra lot and expiry', (d) => {
    const lot = d.lot(); const ex = d.mdy(); const ini = d.initials();
    return [`Integra Dermal Regeneration Template 4 x 10 in x ${d.int(1, 4)}, lot ${lot}, exp ${ex}, applied to ${d.pick(WOUND_SITES)}. Sticker on implant log (${ini}).`, [lot, ex, ini]];
  }],
  ['negative pressure device serial', (d) => {
    const sn = d.serial(); const t = d.orderNo();
    return [`NPWT over graft at -125 mmHg continuous; V.A.C. Ultra serial ${sn}, rental ticket ${t}. Bolster to stay 5 days.`, [sn, t]];
  }],
  ['implant log sticker', (d) => {
    const lot = d.lot(); const sn = d.serial(); const dt = d.mdy(); const p: Person = [d.given(), d.sur()];
    return [`IMPLANT / TISSUE LOG\nPatient: ${listed(p)}\nProduct: Biobrane 15 x 20 cm\nLot: ${lot}   Ref: 2231\nDermatome SN: ${sn}\nDate: ${dt}`, [p[1].toUpperCase(), p[0], lot, sn, dt]];
  }],
  ['RECELL harvest', (d) => {
    const lot = d.lot(); const dt = d.date(); const s = d.sur();
    return [`RECELL kit lot ${lot}; donor 4 x 4 cm from ${d.pick(GRAFT_SITES)}, treated ${d.int(320, 1280)} cm2 over widely meshed autograft. ${dt}, Dr. ${s}.`, [lot, dt, s]];
  }],
  ['OR board row', (d) => {
    const p: Person = [d.given(), d.sur()]; const mrn = d.mrn(); const s = d.sur(); const dt = d.mdy();
    return [`OR ${d.int(1, 14)} | ${dt} | 0730 | ${listed(p)} | MRN ${mrn} | E&G ${d.int(4, 20)}% TBSA | Dr. ${s} | 3 h`, [dt, p[1].toUpperCase(), p[0], mrn, s]];
  }],
  ['cultured epidermal autograft shipment', (d) => {
    const dt = d.date(); const tr = d.tracking(); const w = d.weekday();
    return [`Full-thickness skin biopsy for Epicel shipped ${dt}, tracking ${tr}, to Vericel. Grafts expected ${w}, about 16 days out.`, [dt, tr, w]];
  }],
  ['blood units in OR', (d) => {
    const u1 = d.bloodUnit(); const u2 = d.bloodUnit(); const ini = d.initials(); const md = d.slashMd();
    return [`${md}: PRBC units ${u1} and ${u2} transfused during excision; verified at bedside by ${ini} and anesthesia.`, [md, u1, u2, ini]];
  }],
  // donor-site and dressing logs
  ['donor site check', (d) => {
    const ini = d.initials(); const md = d.slashMd();
    return [`Donor site ${d.pick(GRAFT_SITES)} POD ${d.int(3, 9)}: Xeroform adherent, edges lifting, no drainage. Trim edges only. ${ini} ${d.time()} ${md}`, [ini, md]];
  }],
  ['dressing change log table', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdy(); const ia = d.initials(); const ib = d.initials(); const ic = d.initials();
    return [`DATE        SITE        DRESSING            RN\n${a}  ${d.pick(WOUND_SITES)}  Mepilex Ag          ${ia}\n${b}  ${d.pick(GRAFT_SITES)}  Xeroform/Kerlix     ${ib}\n${c}  ${d.pick(WOUND_SITES)}  Silvadene BID       ${ic}`, [a, ia, b, ib, c, ic]];
  }],
  ['silver dressing supply order', (d) => {
    const po = d.orderNo(); const g = d.given(); const s = d.sur(); const x = d.ext();
    return [`Acticoat 10 x 20 cm x ${d.int(5, 30)} and Aquacel Ag rope ordered from central supply, PO #${po}; requested by ${g} ${s}, RN, ext. ${x}.`, [po, g, s, x]];
  }],
  ['home dressing teaching and supply', (d) => {
    const g = d.given(); const sup = d.supply(); const o = d.orderNo(); const st = d.streetApt(); const t = d.town();
    return [`Taught ${d.relation()} ${g} dressing changes with Mepilex Ag; return demo done. Supplies from ${sup}, order ${o}, delivered to ${st}, ${t}.`, [g, sup, o, st, t]];
  }],
  ['home health referral', (d) => {
    const hh = d.homeHealth(); const g = d.given(); const s = d.sur(); const md = d.monDay(); const [ph, p] = d.phone();
    return [`Home health: ${hh}, RN ${g} ${s}; start of care ${md} for dressing changes three times weekly. Agency ${ph}.`, [hh, g, s, md, p]];
  }],
  // hydrotherapy and tank room notes
  ['tank room note', (d) => {
    const dt = d.mdy(); const p: Person = [d.given(), d.sur()]; const [st, sp] = d.staff(); const ini = d.initials();
    return [`HYDROTHERAPY / TANK ROOM\nDate: ${dt}   Time: ${d.time()}\nPatient: ${named(p)}\nStaff: ${st}, PT; assist ${ini}\nPremed: fentanyl 50 mcg IV. Shower trolley, chlorhexidine wash, blisters debrided.`, [dt, ...p, ...sp, ini]];
  }],
  ['shower trolley schedule', (d) => {
    const w = d.weekday(); const a = d.sur(); const b = d.sur(); const c = d.sur();
    return [`SHOWER TROLLEY - ${w}\nRm 12  ${a.toUpperCase()}  0800\nRm 14  ${b.toUpperCase()}  0900\nRm 17  ${c.toUpperCase()}  1030`, [w, a.toUpperCase(), b.toUpperCase(), c.toUpperCase()]];
  }],
  ['tank room culture and ticket', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const tk = `INC${d.digitString(7)}`;
    return [`Environmental culture ${dt}: Pseudomonas from shower trolley #3. Infection prevention (${g} ${s}) notified; trolley out of service, ticket ${tk}.`, [dt, g, s, tk]];
  }],
  ['child life during dressing change', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.given(); const m = d.given();
    return [`Child life specialist ${g} ${s} used VR distraction for the dressing change; ${c} chose the ocean game. Mom (${m}) held his hand.`, [g, s, c, m]];
  }],
  // burn ICU flow sheets
  ['burn ICU hourly flow sheet', (d) => {
    const p: Person = [d.given(), d.sur()]; const dt = d.mdy(); const a = d.initials(); const b = d.initials();
    return [`BURN ICU FLOW SHEET - ${listed(p)} - ${dt}\nTIME  LR mL/h  UOP mL  MAP  RN\n0100  ${d.int(300, 900)}  ${d.int(20, 80)}  ${d.int(60, 85)}  ${a}\n0200  ${d.int(300, 900)}  ${d.int(20, 80)}  ${d.int(60, 85)}  ${b}`, [p[1].toUpperCase(), p[0], dt, a, b]];
  }],
  ['fluid titration nurse note', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`UOP ${d.int(12, 24)} mL/h x 2 h; LR increased by 20% per Dr. ${s}'s order. Albumin 5% started at hour 12. -- ${g} ${s2}, RN`, [s, g, s2]];
  }],
  ['bedside monitor IP and serial', (d) => {
    const ip = d.ip(); const sn = d.serial();
    return [`BICU Rm ${d.int(1, 20)} monitor offline 0240-0255; IP ${ip}, serial ${sn}. Biomed paged.`, [ip, sn]];
  }],
  ['ICU charge nurse and family overnight', (d) => {
    const g = d.given(); const s = d.sur(); const fg = d.given(); const [ph, p] = d.phone();
    return [`Charge nurse ${g} ${s} aware; ${d.relation()} ${fg} staying overnight in the family lounge, cell ${ph}.`, [g, s, fg, p]];
  }],
  // pressure garments
  ['pressure garment order', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const v = d.vendor(); const o = d.orderNo(); const [fx, p] = d.phone();
    return [`Custom pressure garments (${d.pick(GARMENT_BRANDS)} gloves and vest) measured ${dt} by fitter ${g} ${s} of ${v}; order #${o}. Faxed Rx to ${fx}.`, [dt, g, s, v, o, p]];
  }],
  ['garment ready phone message', (d) => {
    const g = d.given(); const v = d.vendor(); const w = d.weekday(); const [ph, p] = d.phone(); const x = d.ext();
    return [`Msg: ${g} from ${v} says the garments are ready for fitting ${w}; call ${ph} ext ${x}.`, [g, v, w, p, x]];
  }],
  ['transparent face orthosis', (d) => {
    const md = d.monDay(); const v = d.vendor(); const sn = d.serial();
    return [`Transparent face orthosis scanned ${md} at ${v}, serial ${sn}; wear 23 h/day, off for meals and hygiene.`, [md, v, sn]];
  }],
  ['garment prior authorization', (d) => {
    const pa = `PA${d.digitString(8)}`; const mem = d.memberId(); const dt = d.date();
    return [`Prior auth ${pa} for pressure garments (A6501/A6510) approved ${dt}; ${d.pick(PLANS)} member ID ${mem}, 2 sets per 6 months.`, [pa, dt, mem]];
  }],
  // rehab and splint notes
  ['OT splint note', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Resting hand splint R (intrinsic plus), thermoplastic, fabricated ${md} by ${g} ${s}, OTR/L. Wear at night and between exercise sessions.`, [md, g, s]];
  }],
  ['PT session and next visit', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`PT ${g} ${s}: shoulder abduction ${d.int(80, 150)} deg in airplane splint; ambulated 150 ft with walker. Next session ${w} at 1330.`, [g, s, w]];
  }],
  ['outpatient hand therapy referral', (d) => {
    const c = d.therapyClinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, f] = d.phone();
    return [`Referred to ${c}, ${st}, ${t} ${z}. Phone ${ph}, fax ${fx}. Scar massage, ROM and web-space stretching 3x/wk.`, [c, st, t, z, p, f]];
  }],
  ['return to work with HR contact', (d) => {
    const e = d.employer(); const dt = d.date(); const g = d.given(); const s = d.sur(); const em = d.email(g, s, `${asciiLetters(d.sur())}co.com`);
    return [`Return to work as ${d.pick(JOBS)} at ${e}, light duty, starting ${dt}; no heat exposure. Note sent to HR contact ${g} ${s}, ${em}.`, [e, dt, g, s, em]];
  }],
  // burn camp and survivor support
  ['burn camp referral', (d) => {
    const c = d.camp(); const my = d.monthYear(); const g = d.given(); const s = d.sur(); const em = d.email(g, s); const url = d.campUrl();
    return [`Referred to ${c} for the session of ${my}; counselor ${g} ${s} (${em}). Application at ${url}.`, [c, my, g, s, em, url]];
  }],
  ['peer supporter visit', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const [ph, p] = d.phone();
    return [`Phoenix Society SOAR peer supporter ${g} ${s} (burn survivor since 2012) visited ${w}; will call again at ${ph}.`, [g, s, w, p]];
  }],
  ['school re-entry visit', (d) => {
    const sc = d.school(); const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.given();
    return [`School re-entry at ${sc} on ${dt}: burn nurse presented to ${c}'s class with teacher ${g} ${s}. Questions about the pressure garments answered.`, [sc, dt, c, g, s]];
  }],
  ['support group at church', (d) => {
    const o = d.ord(); const ch = d.church(); const st = d.street(); const g = d.given(); const em = d.email(g, d.sur());
    return [`Next burn survivor support group is on the ${o} at ${ch}, ${st}; contact ${g} at ${em}.`, [o, ch, st, g, em]];
  }],
  // phone messages
  ['phone message from relative', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ini = d.initials();
    return [`PHONE MESSAGE  ${dt} ${d.time()}\nFrom: ${g} ${s} (${d.relation()})\nRe: new blisters on the healed graft, asks if normal\nCallback: ${ph}\nTaken by: ${ini}`, [dt, g, s, p, ini]];
  }],
  ['pharmacy called about Rx', (d) => {
    const ph = d.pharmacy(); const rx = d.digitString(7); const [fx, f] = d.phone(); const g = d.given();
    return [`${ph} (${g}) called: Silvadene 1% 400 g needs prior auth, Rx #${rx}. Form faxed to ${fx}.`, [ph, g, rx, f]];
  }],
  ['workers comp adjuster message', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.claim(); const doi = d.date(); const [fx, f] = d.phone();
    return [`WC adjuster ${g} ${s} (${d.pick(INSURERS)}) called re claim ${c}, DOI ${doi}; requests op notes and work status. Fax ${fx}.`, [g, s, c, doi, f]];
  }],
  ['voicemail from patient', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const t = d.town(); const w = d.weekday();
    return [`VM from pt ${g}: itching keeps her up at night, hydroxyzine not helping. Lives in ${t}, can't drive in until ${w}. Call back ${ph}.`, [g, t, w, p]];
  }],
  // social work, chaplaincy and registration
  ['social work Medicaid and landlord', (d) => {
    const app = d.digitString(10); const g = d.given(); const t = d.town(); const lg = d.given(); const ls = d.sur(); const [ph, p] = d.phone();
    return [`SW: uninsured; Medicaid application #${app} filed. Lives with ${d.relation()} ${g} in ${t}. Landlord ${lg} ${ls} (${ph}) will hold the unit 30 days.`, [app, g, t, lg, ls, p]];
  }],
  ['chaplain and pastor', (d) => {
    const g = d.given(); const s = d.sur(); const pg = d.given(); const ps = d.sur(); const ch = d.church(); const w = d.weekday();
    return [`Chaplain ${g} ${s} met with family. Pt's pastor, Rev. ${pg} ${ps} of ${ch}, plans to visit ${w}.`, [g, s, pg, ps, ch, w]];
  }],
  ['registration insurance and SSN', (d) => {
    const ssn = d.ssn(); const mem = d.memberId(); const grp = d.digitString(6); const acct = d.account();
    return [`SSN ${ssn}. ${d.pick(PLANS)} member ID ${mem}, group ${grp}. Hospital account ${acct}; workers' comp pending.`, [ssn, mem, grp, acct]];
  }],
  ['dietitian weight and date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const kg = d.int(50, 120);
    return [`Dietitian ${g} ${s}: admit weight ${kg} kg, ${kg - d.int(2, 6)} kg on ${dt}. Curreri goal met via Dobhoff; oxandrolone started.`, [g, s, dt]];
  }],
  // discharge letters and follow-up
  ['discharge letter header', (d) => {
    const bc = d.burnCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const g = d.given(); const s = d.sur(); const pr = d.practice(); const p: Person = [d.given(), d.sur()]; const dob = d.dob();
    return [`${bc}\n${st}, ${t}, ${d.state()} ${z}\n${dt}\n\nDr. ${g} ${s}\n${pr}\n\nRe: ${named(p)}, DOB ${dob}`, [bc, st, t, z, dt, g, s, pr, ...p, dob]];
  }],
  ['discharge summary OR dates', (d) => {
    const a = d.date(); const b = d.date(); const x = d.slashMd(); const y = d.slashMd();
    return [`Admitted ${a}, discharged ${b}; LOS ${d.int(8, 60)} days. Two trips to the OR (${x} excision and allograft, ${y} autograft).`, [a, b, x, y]];
  }],
  ['follow-up clinic appointments', (d) => {
    const w = d.weekday(); const md = d.monDay(); const s = d.sur(); const w2 = d.otherWeekday(w); const g = d.given();
    return [`Burn Clinic ${w} ${md} at 0900 with Dr. ${s}; OT with ${g} the same week on ${w2} for splint check.`, [w, md, s, g, w2]];
  }],
  ['burn clinic schedule table', (d) => {
    const dt = d.date(); const a: Person = [d.given(), d.sur()]; const b: Person = [d.given(), d.sur()]; const ma = d.mrn(); const mb = d.mrn();
    return [`BURN CLINIC  ${dt}\n0800  ${listed(a)}  ${ma}  post-op check\n0830  ${listed(b)}  ${mb}  garment fitting`, [dt, a[1].toUpperCase(), a[0], ma, b[1].toUpperCase(), b[0], mb]];
  }],
  ['video visit link and photo upload', (d) => {
    const md = d.monDay(); const url = `https://video.${asciiLetters(d.town()) || 'union'}health.org/join/${d.digitString(7)}`; const ip = d.ip();
    return [`Video visit ${md} at 1400: ${url}. Wound photos uploaded by pt from IP ${ip}; graft take ~95%.`, [md, url, ip]];
  }],
  ['portal message from patient', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const dt = d.date();
    return [`Portal message ${dt} from ${em} (${g} ${s}): asks whether she can swim in the lake yet with the healed donor site.`, [dt, em, g, s]];
  }],
  ['rural follow-up ordinal', (d) => {
    const o = d.ord(); const t = d.town(); const h = d.hospital();
    return [`Lives 3 h away in ${t}; staples out locally at ${h} on the ${o}, then Burn Clinic in 2 weeks.`, [t, h, o]];
  }],
  ['nurse signature block', (d) => {
    const g = d.given(); const s = d.sur(); const bc = d.burnCenter(); const [ph, p] = d.phone(); const [fx, f] = d.phone(); const em = d.email(g, s);
    return [`${g} ${d.mi()} ${s}, RN, BSN, CCRN\nBurn ICU, ${bc}\nPh ${ph} | Fax ${fx}\n${em}`, [g, s, bc, p, f, em]];
  }],
  ['electronic signature line', (d) => {
    const [sg, sp] = d.staff(); const dt = d.date();
    return [`Electronically signed by ${sg}, MD on ${dt} at ${d.time()}`, [...sp, dt]];
  }],
];

/** The names of the wave's frames. */
export const burnFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function burnWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11483, rounds);
}

/** Look-alikes in burn center style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // burn scales, charts and formulas
  ['TBSA estimated with the Lund and Browder chart.', 'Lund and Browder'], ['Lund-Browder diagram scanned to chart.', 'Lund-Browder'],
  ['Rule of nines overestimates in children.', 'Rule of nines'], ['Rule of palms used for scattered burns.', 'Rule of palms'],
  ['Parkland formula: 4 mL/kg/%TBSA.', 'Parkland formula'], ['Parkland formula: 4 mL/kg/%TBSA.', '4 mL/kg/%TBSA'],
  ['Modified Brooke 2 mL/kg/%TBSA for adults.', 'Modified Brooke'], ['Galveston formula for the child.', 'Galveston formula'],
  ['Curreri formula for caloric goal.', 'Curreri formula'], ['Harris-Benedict x 1.5.', 'Harris-Benedict'], ['Baux score 98.', 'Baux score 98'],
  ['Revised Baux 112.', 'Revised Baux'], ['ABSI 9 (very serious).', 'ABSI 9'], ['Vancouver Scar Scale 7/13.', 'Vancouver Scar Scale'],
  ['POSAS observer score 28.', 'POSAS'], ['Burn Specific Health Scale-Brief completed.', 'Burn Specific Health Scale-Brief'],
  ['CAM-ICU negative, RASS -1.', 'CAM-ICU'], ['FLACC 6 during dressing change.', 'FLACC 6'], ['Braden 13.', 'Braden 13'],
  // degrees, depths and amounts
  ['Second-degree burns to the forearm.', 'Second-degree'], ['Third-degree burn of the dorsal hand.', 'Third-degree'],
  ['2nd-degree burns to both legs.', '2nd-degree'], ['1st-degree sunburn pattern on the back.', '1st-degree'],
  ['Superficial partial-thickness, blanching.', 'Superficial partial-thickness'], ['Deep partial-thickness, mottled.', 'Deep partial-thickness'],
  ['Full-thickness, leathery, insensate.', 'Full-thickness'], ['Fourth-degree injury to bone.', 'Fourth-degree'],
  ['22% TBSA flame burn.', '22% TBSA'], ['UOP goal 0.5 mL/kg/h.', '0.5 mL/kg/h'], ['UOP goal 1 mL/kg/h in children.', '1 mL/kg/h'],
  ['LR at 650 mL/h.', '650 mL/h'], ['COHb 18% on arrival.', 'COHb 18%'], ['Lactate 4.2.', '4.2'], ['STSG 0.012 inch, meshed 1.5:1.', '1.5:1'],
  ['STSG 0.012 inch thick.', '0.012 inch'], ['Graft take 95%.', '95%'], ['Donor 10 x 12 cm.', '10 x 12 cm'], ['CK 18,400.', '18,400'],
  ['7,200 V contact.', '7,200 V'], ['Arc flash from a 480 V panel.', '480 V'], ['Hgb 7.1, transfused 2 units.', '2 units'],
  // dressings, grafts, devices and products
  ['Mepilex Ag to the donor site.', 'Mepilex Ag'], ['Acticoat changed every 3 days.', 'Acticoat'], ['Aquacel Ag surgical dressing.', 'Aquacel Ag'],
  ['Silvadene BID to the face is avoided.', 'Silvadene'], ['Silver sulfadiazine 1% cream.', 'Silver sulfadiazine'], ['Sulfamylon 5% soaks to the ears.', 'Sulfamylon'],
  ['Mafenide acetate to cartilage.', 'Mafenide acetate'], ['Xeroform and Kerlix.', 'Xeroform'], ['Adaptic with bacitracin.', 'Adaptic'],
  ['Bacitracin to the face TID.', 'Bacitracin'], ['Santyl to the eschar.', 'Santyl'], ['Coban wrap to the fingers.', 'Coban'],
  ['Integra bilayer placed.', 'Integra'], ['Biobrane to the scald.', 'Biobrane'], ['Suprathel applied in the OR.', 'Suprathel'],
  ['RECELL autologous cell harvesting device.', 'RECELL'], ['NexoBrid enzymatic debridement.', 'NexoBrid'], ['Epicel cultured epidermal autograft.', 'Epicel'],
  ['StrataGraft considered.', 'StrataGraft'], ['MatriDerm on the hand.', 'MatriDerm'], ['Zimmer dermatome set at 0.010.', 'Zimmer dermatome'],
  ['Padgett dermatome.', 'Padgett'], ['Versajet hydrosurgery.', 'Versajet'], ['Meek micrografting 1:6.', 'Meek micrografting'],
  ['Goulian knife for tangential excision.', 'Goulian knife'], ['Wound VAC at -125 mmHg.', 'Wound VAC'], ['V.A.C. Ultra unit.', 'V.A.C. Ultra'],
  ['Dobhoff tube placed.', 'Dobhoff'], ['Bair Hugger on.', 'Bair Hugger'], ['Rotoprone bed.', 'Rotoprone'], ['Hyperbaric chamber not needed.', 'Hyperbaric chamber'],
  // drugs
  ['Oxandrolone 10 mg BID.', 'Oxandrolone'], ['Propranolol for hypermetabolism.', 'Propranolol'], ['Ketamine 0.5 mg/kg for the tank.', 'Ketamine'],
  ['Fentanyl 50 mcg IV premed.', 'Fentanyl'], ['Hydroxyzine for itch.', 'Hydroxyzine'], ['Gabapentin for neuropathic itch.', 'Gabapentin'],
  ['Calcium gluconate gel to the fingers.', 'Calcium gluconate'], ['Hydroxocobalamin (Cyanokit) given.', 'Cyanokit'], ['Vitamin C high-dose protocol.', 'Vitamin C'],
  ['Heparin nebs and albuterol.', 'Heparin nebs'], ['Albumin 5% at hour 12.', 'Albumin 5%'], ['Lactated Ringer\'s resuscitation.', "Lactated Ringer's"],
  ['Tdap updated.', 'Tdap'],
  // eponyms and procedures
  ['Curling ulcer prophylaxis with pantoprazole.', 'Curling ulcer'], ['Marjolin ulcer in an old burn scar.', 'Marjolin ulcer'],
  ["Jackson's zones of injury.", "Jackson's zones"], ['Nikolsky sign negative.', 'Nikolsky sign'], ['Stevens-Johnson syndrome excluded.', 'Stevens-Johnson'],
  ['Z-plasty of the axillary band.', 'Z-plasty'], ['Escharotomy of the chest.', 'Escharotomy'], ['Fasciotomy of the forearm.', 'Fasciotomy'],
  ['Tangential excision and STSG.', 'Tangential excision'], ['Doppler signals restored.', 'Doppler'], ['Allen test normal.', 'Allen test'],
  // codes
  ['ICD-10 T31.21 (burn 20-29% TBSA, 10-19% third degree).', 'T31.21'], ['T23.301A burn of right hand.', 'T23.301A'],
  ['CPT 15100 split graft, trunk.', '15100'], ['CPT 16030 large dressing.', '16030'], ['HCPCS A6501 compression burn garment.', 'A6501'],
  ['L3807 wrist hand finger orthosis.', 'L3807'],
  // national bodies, vendors, standards and programs
  ['Verified by the American Burn Association.', 'American Burn Association'], ['ABA referral criteria met.', 'ABA'],
  ['ABLS course completed.', 'ABLS'], ['OSHA recordable injury.', 'OSHA'], ['NFPA 1971 turnout gear.', 'NFPA 1971'], ['NFIRS report filed.', 'NFIRS'],
  ['NIOSH firefighter fatality program.', 'NIOSH'], ['CPSC product report for the space heater.', 'CPSC'], ['AATB accredited tissue bank.', 'AATB'],
  ['Phoenix Society World Burn Congress.', 'Phoenix Society'], ['SOAR peer support program.', 'SOAR'], ['Red Cross assisting the family.', 'Red Cross'],
  ['Allograft from MTF Biologics.', 'MTF Biologics'], ['AlloSource meshed allograft.', 'AlloSource'], ['Epicel grown by Vericel.', 'Vericel'],
  ['Jobst garments.', 'Jobst'], ['Medical Z vest.', 'Medical Z'], ['Tubigrip interim pressure.', 'Tubigrip'], ['Poison Control called.', 'Poison Control'],
  ['Workers\' comp carrier: Liberty Mutual.', 'Liberty Mutual'], ['Insurer: The Hartford.', 'The Hartford'], ['Joint Commission survey.', 'Joint Commission'],
  // generic places, rooms and units
  ['Seen in the tank room.', 'tank room'], ['Transferred to the burn ICU.', 'burn ICU'], ['Step-down unit bed 4.', 'bed 4'],
  ['Brought to the skin bank.', 'skin bank'], ['Fire started in the kitchen.', 'kitchen'], ['Found in the garage.', 'garage'],
  ['Pulled from the scene by bystanders.', 'the scene'], ['Engine 7 first on scene.', 'Engine 7'], ['OR 4 at 0730.', 'OR 4'],
  ['Rm 12 shower trolley.', 'Rm 12'], ['Referred to burn camp next summer.', 'burn camp'], ['Follow up in Burn Clinic.', 'Burn Clinic'],
  ['Lives in a mobile home.', 'mobile home'], ['Clinic runs Monday through Friday.', 'Monday through Friday'], ['Garment clinic every Tuesday.', 'every Tuesday'],
  // relations and roles without names
  ['The fire marshal will call.', 'fire marshal'], ['Arson investigator at the nurses\' station.', 'Arson investigator'],
  ['The fitter will measure next week.', 'fitter'], ['OT to fabricate splint.', 'OT'], ['Mother at bedside.', 'Mother'], ['Child life specialist present.', 'Child life specialist'],
  ['Flight nurse gave report.', 'Flight nurse'], ['The adjuster requested notes.', 'adjuster'],
  // ages, years, counts and durations
  ['84-year-old man.', '84'], ['Injured in 2019.', '2019'], ['Burn survivor since 2012.', '2012'], ['POD 5.', 'POD 5'], ['HD 12.', 'HD 12'],
  ['Wear garments 23 h/day for 12-18 months.', '12-18 months'], ['Irrigated for 45 minutes.', '45 minutes'], ['Three trips to the OR.', 'Three trips'],
  // everyday words that are also names or towns
  ['Expressed hope about going home.', 'hope'], ['Amber-colored drainage.', 'Amber'], ['Ash on the face and nares.', 'Ash'],
  ['Burns to both hands.', 'Burns'], ['Will need pressure garments.', 'Will'], ['Joined the union at the plant last year.', 'union'],
  ['Smoke inhalation suspected.', 'Smoke'], ['Singed nasal hairs.', 'Singed'], ['Grace period on the garment order.', 'Grace'],
];

export const burnKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedBurnKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(burnKeepCases(), find);

export function scoreBurnWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => burnWaveCases(seed)), find);
}
