// A blind wave of wound, ostomy and continence (WOC) nursing records: inpatient wound assessment flowsheets (the
// patient, the hospital, measurements and staging rows signed with a nurse's initials, Braden and PUSH rows with the
// scorer's name, wounds present on admission from a nursing home in a town), wound photo documentation logs (image
// file names that carry an MRN, a name or a date, EHR media ids, camera serials, asset tags, tablet IMEIs and MAC
// addresses, upload IPs, photo consents signed by a relative), negative-pressure wound therapy rental, delivery,
// alarm and pickup records (pump serials, canister lots, rental agreements and pickup tickets, the local DME
// business and its phone, the vendor's clinical rep, the delivery address), hyperbaric oxygen session logs (the
// patient and account, chamber serials, the CHT operator and the safety director's certificate number, the
// glucometer serial, the transit van's plate, sessions missed on a holiday), ostomy supply orders (the supplier's
// name, account and order numbers and phone, manufacturer program ids, Medicaid ids and prior authorizations, stoma
// siting and teaching with a relative, support groups with a contact's e-mail), continence notes (bladder scanner
// serials, pelvic floor therapy referrals by fax), home health wound visits (the agency, the home address and ZIP,
// directions by a street and a fire hall, the visiting nurse's licence, the relative the patient lives with, the
// start of care and the MBI), diabetic foot clinic notes and podiatry referral letters (the practice, the podiatrist's
// NPI and licence, the vascular lab, the amputation month, offloading orders, the patient's e-mail for foot photos),
// burn clinic follow-ups (the date and place of the injury, the employer, the transferring hospital and the burn
// center, graft dates, pressure garment vendors, workers' compensation claims and adjusters), skin-tear incident
// reports in nursing homes (incident numbers, residents over 89, the witnessing aide, the supervising nurse, the
// relative called on a holiday, state intake numbers, the administrator and DON), and WOC nurse consult notes (the
// requesting physician, the CSN, the WOC nurse's WOCNCB number and pager, referrals faxed to an outpatient wound
// center, SSNs on old DME intake forms, portal and telehealth URLs), in mixed case, ALL CAPS and lower case. Dates are
// written in every form a flowsheet, a log and a letter use ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4',
// 'Friday', 'the 4th', 'March 2019', '3/2019', '20240304' in a file name, 'Christmas'). Given names and surnames are
// often everyday words (Hope, Faith, Rocky, Bill, Stone, Burns, Wells) and some are also the names of wound scales,
// devices and eponyms (Braden, Wagner, Norton, Bates, Jensen, Foley, Hoyer, Payne, Hollister); towns are often
// everyday words (Liberty, Union, Comfort, Pearl, Welcome, Plain, Normal, Marathon). A list of look-alikes in the
// same style must not be touched. Written without reading the engine's rules or any gold data. `scoreWoundWave`.
// Decisions: a person's given name and surname are planted (patients, relatives, nurses, aides, physicians,
// podiatrists, vendor reps, adjusters, support group contacts), a middle initial, a title ('Dr.', 'Mrs.') and a
// credential ('RN', 'CWOCN', 'CWON', 'CWCN', 'CHT', 'DPM', 'LPN', 'CNA', 'PT, DPT') are not; an initial written before
// a surname ('F. Stone, LPN') is not planted, the surname is; initials that sign a flowsheet or log row are planted. A
// hospital, wound center, burn center, nursing home, home health agency, podiatry or foot and ankle practice, vascular
// lab, therapy practice, supplier, DME business, orthotics shop, employer and support group is planted whole with its
// kind words ('Liberty Wound Care Center', 'Stone Ostomy Supply', 'Pearl Health and Rehabilitation Center'), while a
// manufacturer, a national chain or distributor, or a payer named alone ('3M', 'KCI', 'Hollister', 'ConvaTec',
// 'Coloplast', 'Edgepark', 'Byram', 'Apria', 'Medicaid') is kept, as are product and device brands ('V.A.C. Ulta',
// 'Mepilex Border', 'Marathon skin protectant', 'Clinitron'). A town and a county are planted, a state is kept; a
// street address is planted from its number to its street type and a unit number is planted with it, a street named
// alone is planted with its type, a ZIP is planted. A file name is planted by what in it points at the patient (the
// MRN, the name, the date), not whole; a bare camera counter ('IMG_4821.JPG') is kept. An EHR media id, a camera or
// tablet serial, an asset tag, an IMEI, a MAC address, a pump, chamber, scanner or glucometer serial, a canister lot,
// a rental agreement, a pickup ticket, an order, account, member, Medicaid, MBI, authorization, claim, incident and
// state intake number, an MRN, CSN and patient account, a licence, NPI and certification number, an SSN, a plate, an
// IP, a URL and an e-mail are planted whole; a phone's leading '(' need not be covered, an extension and a pager are
// planted. The date of a wound assessment, a photo, a delivery, a dive, an order, an injury, a graft or an incident is
// planted in every form; a weekday naming one day is planted, a holiday that fixes a day is planted; a month with a
// year is planted, a year alone is kept; the time next to a date is kept; ages over 89 are planted, other ages are
// kept. A room, bed, chamber, treatment number ('dive 14 of 40'), HCPCS, CPT and ICD-10 code, a product's catalog
// number and every wound measurement are kept. Kept (look-alikes): wound scales and classifications (Braden, Norton,
// Waterlow, PUSH, Bates-Jensen, Wagner, University of Texas, WIfI, SINBAD, Rutherford, Fontaine, CEAP, ISTAP, STAR,
// Payne-Martin, NPIAP stages, Lund and Browder, rule of nines, Baux), eponyms (Charcot, Marjolin, Kennedy terminal
// ulcer, Martorell, Buerger, Raynaud, Fournier, Curling, Jackson's burn zones, Hartmann, Brooke, Kock, Turnbull,
// Bricker, Indiana and Miami pouches, Mitrofanoff, Hirschsprung, Crohn, Credé, Kegel, Dakin, Unna, Semmes-Weinstein,
// Doppler, Foley, Coudé, Hoyer, Parkland), dressing, ostomy and device brands and catalog numbers, measurements
// (lengths, depths, tunneling by the clock, stoma sizes, pressures, ATA, ABI, TcPO2, TBSA), lab values, drug doses,
// HCPCS, CPT and ICD-10 codes, rooms, chambers and dive numbers, generic places and roles, everyday words that are
// also names or towns (hope, faith, will, bill, mark, stone, pearl, comfort, union, marathon), relations without
// names, ages of 89 and under, years alone, states, manufacturers, distributors and payers.
// Measured before rules: 0.903 recall on seeds 5, 11, 23 (3429/3797), 0.909 on fresh seeds 41, 42, 43 (3457/3801);
// 6/144 look-alikes touched ("Lund and Browder", "Jackson's", "Brooke", "#14603", "SenSura Mio", "Perry Baromedical")
// (engine at f805729).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, ng, au, ca, gb, ie, de, fr, pl, br, vi];

/** Given names that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Charity', 'Pearl', 'Ruby', 'Crystal', 'Misty', 'Ginger', 'Sunny', 'Summer', 'Autumn', 'Dawn', 'Rose', 'Iris', 'Ivy', 'Holly', 'Heather', 'Violet', 'Penny', 'Sandy', 'Candy', 'Wren', 'Robin', 'Dale', 'Glen', 'Clay', 'Rocky', 'Buck', 'Chase', 'Lance', 'Bud', 'Duke', 'Mark', 'Bill', 'Art', 'Guy', 'Rusty', 'Sonny', 'Will', 'Hunter', 'Major'];
/** Surnames that are everyday words, or also the names of wound scales, devices and eponyms. */
const WORD_SUR = ['Stone', 'Price', 'Cook', 'Baker', 'Carter', 'Walker', 'Wells', 'Banks', 'Lane', 'Grove', 'Frost', 'Burns', 'Hart', 'Payne', 'Hale', 'Hardy', 'Fox', 'Wolf', 'Drake', 'Bird', 'Swan', 'Crane', 'Bloom', 'Rivers', 'Brooks', 'Marsh', 'Moss', 'Woods', 'Fields', 'Wade', 'Bond', 'Sterling', 'Gold', 'Silver', 'Cash', 'Street', 'Temple', 'Castle', 'Braden', 'Wagner', 'Norton', 'Bates', 'Jensen', 'Foley', 'Hoyer', 'Hollister', 'Kennedy', 'Parker', 'Hunter', 'Sharp', 'Bishop', 'Noble', 'Love', 'Young', 'Black'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Concord', 'Harmony', 'Independence', 'Comfort', 'Pearl', 'Welcome', 'Plain', 'Normal', 'Marathon', 'Friendship', 'Eden', 'Paradise', 'Athens', 'Bath', 'Reading', 'Dover', 'Jasper', 'Marion', 'Eureka', 'Globe', 'Surprise', 'Orange', 'Florence', 'Warren', 'Fairview', 'Midway', 'Sandy', 'Temple', 'Mission', 'Ransom', 'Salem', 'Hazard', 'Bliss', 'Clinton', 'Franklin', 'Mount Pleasant', 'Pleasant Hill', 'Blue Earth', 'Granite Falls'];
const REAL_TOWNS = ['Muncie', 'Kokomo', 'Decatur', 'Joplin', 'Paducah', 'Owensboro', 'Hattiesburg', 'Tupelo', 'Dothan', 'Macon', 'Valdosta', 'Texarkana', 'Jonesboro', 'Lake Charles', 'Houma', 'Lawton', 'Abilene', 'Odessa', 'Beaumont', 'Sikeston', 'Cookeville', 'Altoona', 'Scranton', 'Utica', 'Bangor', 'Pocatello', 'Yakima', 'Medford', 'Mankato', 'Dubuque', 'Eau Claire', 'Saginaw', 'Lima', 'Zanesville', 'Morgantown', 'Beckley'];
const COUNTY_WORDS = ['Clay', 'Union', 'Boone', 'Monroe', 'Jackson', 'Marion', 'Washington', 'Orange', 'Lee', 'Hamilton', 'Douglas', 'Lake', 'Warren', 'Butler', 'Polk', 'Knox', 'Grant', 'Wayne', 'Franklin', 'Pike', 'Logan', 'Madison'];
const STATES = ['OH', 'IN', 'KY', 'TN', 'MS', 'AL', 'GA', 'AR', 'LA', 'OK', 'TX', 'MO', 'PA', 'NY', 'WV', 'MI', 'WI', 'MN', 'Ohio', 'Kentucky', 'Texas', 'Michigan'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Pecan', 'Magnolia', 'Depot', 'Railroad', 'College', 'Liberty', 'Hickory', 'Dogwood', 'Old Farm', 'Lakeview', 'Cotton', 'Pleasant', 'Sunset', 'Meadow', 'Elm', 'Oak', 'Maple', 'Ridge', 'Orchard', 'Schoolhouse', 'Bridge', 'Creek'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Pike', 'Hwy', 'Blvd', 'Way', 'Circle'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Thomas', 'Bernard', 'Catherine', 'Rita'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Baptist Hospital', 'Methodist Hospital', 'Regional Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day, as written and the part to plant. */
const HOLIDAYS: readonly (readonly [string, string])[] = [['Christmas morning', 'Christmas'], ['Thanksgiving Day', 'Thanksgiving Day'], ['the Fourth of July', 'Fourth of July'], ['Labor Day', 'Labor Day'], ['Memorial Day', 'Memorial Day'], ["New Year's Day", "New Year's Day"], ['Christmas Eve', 'Christmas Eve'], ["Valentine's Day", "Valentine's Day"], ['Easter Sunday', 'Easter Sunday'], ['Veterans Day', 'Veterans Day'], ["New Year's Eve", "New Year's Eve"]];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson', 'daughter-in-law', 'son-in-law', 'partner', 'neighbor', 'friend'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Miss'];
const SITES = ['sacrum', 'coccyx', 'lheel', 'rheel', 'lischium', 'rgt_hip', 'abd', 'lle', 'rle', 'plantar_l1mth', 'stoma'];
const CARRIERS = ['Aetna', 'Anthem BCBS', 'UnitedHealthcare', 'Cigna', 'Humana', 'Tricare', 'Medicare Part B', 'Medicaid'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const HEX = '0123456789ABCDEF';

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
  carrier(): string {
    return this.pick(CARRIERS);
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
  /** An outpatient wound center. */
  woundCenter(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Wound Care Center`;
    if (k === 1) return `${this.town()} Wound and Hyperbaric Center`;
    if (k === 2) return `${this.sur()} Wound Healing Institute`;
    if (k === 3) return `Advanced Wound Care of ${this.town()}`;
    return `${this.town()} Center for Wound Healing`;
  }
  /** A nursing home, rehab or assisted living facility. */
  snf(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Health and Rehabilitation Center`;
    if (k === 1) return `${this.sur()} Manor`;
    if (k === 2) return `${this.town()} Nursing and Rehab`;
    if (k === 3) return `The Gardens at ${this.town()}`;
    if (k === 4) return `${this.town()} Care Center`;
    return `${this.sur()} House Assisted Living`;
  }
  agency(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Home Health`;
    if (k === 1) return `${this.town()} Visiting Nurse Association`;
    if (k === 2) return `${this.sur()} Home Care Services`;
    return `${this.county()} Home Health Agency`;
  }
  /** A podiatry or foot and ankle practice. */
  footClinic(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Foot and Ankle Associates`;
    if (k === 1) return `${this.sur()} Podiatry`;
    if (k === 2) return `${this.town()} Diabetic Foot Center`;
    return `${this.sur()} Foot & Ankle Specialists`;
  }
  burnCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Regional Burn Center`;
    if (k === 1) return `${this.sur()} Burn Center`;
    return `${this.town()} Burn and Reconstructive Center`;
  }
  /** An ostomy, continence or medical supplier. */
  supplier(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.sur()} Home Medical`;
    if (k === 2) return `${this.sur()} Ostomy Supply`;
    if (k === 3) return `${this.town()} Surgical Supply Co.`;
    return `${this.sur()}'s Pharmacy & Medical`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} DME`;
    if (k === 1) return `${this.sur()} Medical Equipment`;
    return `${this.town()} HomeCare Equipment`;
  }
  therapy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()} Pelvic Health`;
    if (k === 1) return `${this.town()} Physical Therapy`;
    return `${this.town()} Women's Health PT`;
  }
  vascularLab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Vascular Lab`;
    if (k === 1) return `${this.town()} Heart and Vascular`;
    return `${this.sur()} Vein and Vascular Institute`;
  }
  orthotics(): string {
    return this.r() < 0.5 ? `${this.sur()} Orthotics & Prosthetics` : `${this.town()} Prosthetic and Orthotic Center`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Roofing`;
    if (k === 1) return `${this.town()} Poultry`;
    if (k === 2) return `${this.sur()} Welding & Fabrication`;
    return `${this.town()} Diner`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street named alone, with its type. */
  streetName(): string {
    return `${this.pick(STREET_WORDS)} ${this.pick(['Street', 'Road', 'Avenue', 'Lane', 'Rd', 'St'])}`;
  }
  unitNo(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.pick(['', 'B', 'C'])}`, `Unit ${this.int(100, 420)}`, `Lot ${this.int(1, 80)}`, `#${this.int(2, 30)}`]);
  }
  zip(): string {
    const z = String(this.int(10001, 79999)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2015, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms flowsheets, logs and letters write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}.${pad2(d)}.${String(y).slice(2)}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** 'March 2019' or '3/2019'. */
  monthYear(): string {
    return this.r() < 0.6 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  /** A date as a file name carries it: '20240314', '031424' or '2024-03-14'. */
  fileDate(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 2);
    if (k === 0) return `${y}${pad2(m)}${pad2(d)}`;
    if (k === 1) return `${pad2(m)}${pad2(d)}${String(y).slice(2)}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  dob(lo = 1928, hi = 1990): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  site(): string {
    return this.pick(SITES);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(this.int(9, 10));
  }
  account(): string {
    return this.pick([this.digitString(this.int(8, 10)), `A${this.digitString(8)}`, `HB${this.digitString(7)}`, `${this.digitString(3)}-${this.digitString(6)}`]);
  }
  /** A supplier's customer account. */
  supplierAccount(): string {
    return this.pick([this.digitString(this.int(6, 9)), `C${this.digitString(7)}`, `${this.digitString(4)}-${this.digitString(4)}`, `${this.letters(3)}${this.digitString(5)}`]);
  }
  order(): string {
    return this.pick([this.digitString(this.int(7, 9)), `SO${this.digitString(7)}`, `W${this.digitString(8)}`, `${this.digitString(3)}-${this.digitString(5)}`]);
  }
  member(): string {
    return this.pick([`${this.letters(2)}${this.digitString(8)}`, this.digitString(10), `${this.digitString(8)}${this.letters(1)}`, `${this.letters(3)}${this.digitString(9)}`]);
  }
  auth(): string {
    return this.pick([this.digitString(this.int(8, 10)), `PA${this.digitString(7)}`, `${this.digitString(4)}-${this.digitString(6)}`]);
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
  /** A pump, chamber, scanner or camera serial. */
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(4)}${this.digitString(5)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return `SN-${this.digitString(7)}`;
    if (k === 3) return `${this.letters(2)}${this.digitString(2)}-${this.digitString(5)}`;
    return this.digitString(this.int(8, 11));
  }
  lot(): string {
    return this.pick([`${this.digitString(2)}${this.letters(2)}${this.digitString(5)}`, `${this.letters(1)}${this.digitString(6)}`, this.digitString(this.int(7, 9)), `${this.digitString(4)}${this.letters(1)}${this.digitString(2)}`]);
  }
  rental(): string {
    return this.pick([`RA-${this.digitString(7)}`, this.digitString(8), `R${this.digitString(6)}`, `${this.letters(2)}${this.digitString(6)}`]);
  }
  ticket(): string {
    return this.pick([`PU-${this.digitString(6)}`, `${this.letters(2)}${this.digitString(6)}`, `${this.digitString(6)}`, `TKT${this.digitString(5)}`]);
  }
  assetTag(): string {
    return this.pick([`BMT-${this.digitString(5)}`, `A${this.digitString(6)}`, this.digitString(6), `WC-${this.digitString(4)}`]);
  }
  imei(): string {
    return this.digitString(15);
  }
  mac(): string {
    const sep = this.pick([':', '-']);
    return Array.from({ length: 6 }, () => this.lettersOf(HEX, 2)).join(sep);
  }
  mediaId(): string {
    return this.pick([this.digitString(this.int(8, 10)), `MED${this.digitString(7)}`, `IMG-${this.digitString(6)}`]);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A nursing or podiatry licence. */
  licence(): string {
    return this.pick([`RN${this.digitString(6)}`, this.digitString(this.int(6, 8)), `${this.letters(2)}.${this.digitString(6)}`, `R${this.digitString(7)}`, `${this.digitString(3)}-${this.digitString(6)}`]);
  }
  /** A WOCNCB, NBDHMT or other certification number. */
  cert(): string {
    return this.pick([this.digitString(this.int(5, 7)), `${this.letters(1)}${this.digitString(6)}`, `${this.digitString(4)}-${this.digitString(4)}`]);
  }
  incident(): string {
    return this.pick([`IR-${this.year()}-${this.digitString(4)}`, this.digitString(6), `INC${this.digitString(7)}`, `${this.digitString(2)}-${this.digitString(4)}`]);
  }
  intake(): string {
    return this.pick([`${this.letters(2)}${this.digitString(8)}`, this.digitString(9), `${this.digitString(2)}-${this.digitString(5)}`]);
  }
  claim(): string {
    return this.pick([`WC${this.digitString(8)}`, `${this.digitString(2)}-${this.digitString(6)}`, this.digitString(this.int(9, 11)), `CLM-${this.year()}-${this.digitString(5)}`]);
  }
  ssn(): string {
    const a = this.int(100, 665); const b = pad2(this.int(10, 99)); const c = String(this.int(1000, 9999));
    return this.r() < 0.8 ? `${a}-${b}-${c}` : `${a} ${b} ${c}`;
  }
  plate(): string {
    return this.pick([`${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(3)} ${this.letters(3)}`, `${this.letters(3)}${this.digitString(4)}`, `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`]);
  }
  ip(): string {
    return this.pick([`${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (this.r() < 0.1) return [`1 (${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A short word for a web domain. */
  domain(): string {
    return this.pick([asciiLetters(this.town()), `${asciiLetters(this.town())}health`, `${asciiLetters(this.sur())}medical`, `${asciiLetters(this.town())}woundcare`]) || 'woundcare';
  }
  /** A personal or staff e-mail address (its name drawn apart from the frame's names). */
  email(): string {
    const a = asciiLetters(this.faker().person.firstName()) || 'sam';
    const b = asciiLetters(this.faker().person.lastName()) || 'lee';
    const local = this.pick([`${a.charAt(0)}${b}`, `${a}.${b}`, `${b}${a.charAt(0)}${this.int(1, 99)}`, `${a}${this.int(10, 1999)}`, `${a}_${b.slice(0, 4)}`]);
    const dom = this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com', 'outlook.com', 'att.net', `${this.domain()}.org`, `${this.domain()}.com`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const dom = this.domain();
    return this.pick([`https://www.${dom}.org/patient-education/wound`, `https://portal.${dom}.org`, `www.${dom}.com/reorder`, `https://${dom}.telehealthvisit.com/room/${this.letters(4).toLowerCase()}${this.int(10, 99)}`, `http://${dom}.org/ostomy`, `https://mychart.${dom}.org/MyChart/`]);
  }
  /** A physician as written, and the parts to plant. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, ${this.pick(['MD', 'DO'])}`, [g, s]];
    if (k === 2) return [`${s}, ${g} MD`, [s, g]];
    if (k === 3) return [`${g} ${s}, MD, FACS`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
  /** A WOC nurse as signed, and the parts to plant. */
  wocNurse(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const cred = this.pick(['RN, CWOCN', 'BSN, RN, CWON', 'MSN, RN, CWOCN-AP', 'RN, CWCN', 'RN, COCN', 'RN, WCC']);
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${cred}`, [g, s]];
    if (k === 1) return [`${s}, ${g} ${cred}`, [s, g]];
    if (k === 2) return [`${g.charAt(0)}. ${s}, ${cred}`, [s]];
    return [`${g} ${this.mi()} ${s} ${cred}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // inpatient wound assessment flowsheets
  ['flowsheet header patient MRN DOB hospital', (d) => {
    const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const dob = d.dob(); const h = d.hospital();
    return [`WOUND ASSESSMENT FLOWSHEET - ${h}\nPatient: ${s}, ${g} ${d.mi()}   MRN: ${mrn}   DOB: ${dob}\nUnit: ${d.int(2, 7)} ${d.pick(['West', 'East', 'North', 'South'])}  Bed ${d.int(1, 36)}`, [h, s, g, mrn, dob]];
  }],
  ['measurement row date site initials', (d) => {
    const dt = d.date(); const i = d.initials();
    return [`${dt} | Sacrum | Stage 3 | L ${d.int(1, 9)}.${d.int(0, 9)} x W ${d.int(1, 6)}.${d.int(0, 9)} x D 0.${d.int(1, 9)} cm | undermining 1.2 cm 12-3 o'clock | slough 30% | ${i}`, [dt, i]];
  }],
  ['Braden row scored by nurse', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Braden ${d.int(9, 18)} (sensory 2, moisture 2, activity 1, mobility 2, nutrition 3, friction/shear 1) scored ${md} by ${g} ${s}, RN. Turning q2h, Prevalon boots on.`, [md, g, s]];
  }],
  ['restaged by WOC nurse month day', (d) => {
    const md = d.monDay(); const [n, p] = d.wocNurse();
    return [`${md}: L heel DTPI has evolved; now unstageable with 100% eschar. Restaged per ${n}. Keep heel floated, no debridement of stable dry eschar.`, [md, ...p]];
  }],
  ['PUSH trend on weekday', (d) => {
    const w = d.weekday(); const i = d.initials();
    return [`PUSH score 11 on ${w}, down from 14; area ${d.int(2, 9)}.${d.int(0, 9)} cm2, exudate light serous. Photo taken and uploaded (${i}).`, [w, i]];
  }],
  ['present on admission from nursing home in town', (d) => {
    const f = d.snf(); const t = d.town(); const dt = d.date();
    return [`Present on admission: stage 4 sacral pressure injury with bone palpable. Transferred from ${f} in ${t} on ${dt}; no wound history sent.`, [f, t, dt]];
  }],
  ['admission skin check age over 89', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n} y/o ${d.pick(['F', 'M', 'female', 'male'])} admitted from home; two-RN skin check with ${s}, RN: blanchable erythema bilateral heels, Braden 12.`, [n, s]];
  }],
  ['dressing change signed with initial and surname', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`Dressing changed ${dt} ${d.time()}: cleansed with Vashe, Aquacel Ag packed loosely, covered with Mepilex Border 6x6. Tolerated well. -- ${g.charAt(0)}. ${s}, LPN`, [dt, s]];
  }],
  // photo documentation logs
  ['photo file name with MRN and date', (d) => {
    const mrn = d.mrn(); const fd = d.fileDate(); const s = d.site(); const i = d.initials();
    return [`Photo log: WND_${mrn}_${fd}_${s}_01.jpg, ruler and label in frame, taken by ${i}.`, [mrn, fd, i]];
  }],
  ['photo file name with patient name and date', (d) => {
    const s = asciiLetters(d.sur()) || 'smith'; const g = asciiLetters(d.given()) || 'pat'; const fd = d.fileDate();
    return [`Images saved to the shared drive as ${s}_${g}_${fd}_${d.site()}.jpg and forwarded to the wound clinic.`, [s, g, fd]];
  }],
  ['camera serial and asset tag', (d) => {
    const sn = d.serial(); const tag = d.assetTag(); const md = d.slashMd();
    return [`Camera: ${d.pick(['Canon PowerShot', 'Nikon Coolpix', 'Olympus TG-6'])} S/N ${sn}, biomed asset tag ${tag}; battery charged and memory card cleared ${md}.`, [sn, tag, md]];
  }],
  ['tablet IMEI and upload IP', (d) => {
    const im = d.imei(); const ip = d.ip(); const dt = d.date();
    return [`Photos captured on unit iPad (IMEI ${im}) and uploaded to the EHR from ${ip} on ${dt}.`, [im, ip, dt]];
  }],
  ['device MAC address on photo app', (d) => {
    const mac = d.mac(); const g = d.given(); const s = d.sur();
    return [`Wound imaging app registered to device ${mac}; enrolled by clinical informatics (${g} ${s}).`, [mac, g, s]];
  }],
  ['EHR media id and encounter', (d) => {
    const m = d.mediaId(); const csn = d.csn();
    return [`Media ID ${m} (3 images, ${d.pick(['sacrum', 'L heel', 'R ischium', 'abdominal incision'])}) attached to encounter CSN ${csn}.`, [m, csn]];
  }],
  ['photo consent signed by relative', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Consent for clinical photography signed ${dt} by ${d.relation()} ${g} ${s} (health care POA); patient unable to sign.`, [dt, g, s]];
  }],
  // negative-pressure wound therapy
  ['NPWT unit delivered serial rental agreement', (d) => {
    const sn = d.serial(); const dt = d.date(); const ra = d.rental();
    return [`${d.pick(['V.A.C. Ulta', 'ActiV.A.C.', 'Extricare 2400', 'Invia Motion'])} NPWT unit S/N ${sn} delivered ${dt}; rental agreement #${ra}. Settings -125 mmHg continuous.`, [sn, dt, ra]];
  }],
  ['NPWT pickup request local DME phone ticket', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const b = d.dme(); const [ph, p] = d.phone(); const t = d.ticket();
    return [`Therapy discontinued. Pump pickup requested for ${w} ${md} from ${b}, ${ph}; pickup ticket ${t}.`, [w, md, b, p, t]];
  }],
  ['NPWT canister lot and change', (d) => {
    const lot = d.lot(); const i = d.initials();
    return [`Canister changed, 300 mL serosanguineous. New canister lot ${lot}. Granufoam x1 in wound bed, seal intact (${i}).`, [lot, i]];
  }],
  ['NPWT leak alarm vendor rep and relative', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.given();
    return [`Leak alarm overnight. KCI clinical rep ${g} ${s} (${ph}) walked the patient's ${d.relation()} ${g2} through patching the drape by phone.`, [g, s, p, g2]];
  }],
  ['NPWT delivery address and contact', (d) => {
    const st = d.street(); const u = d.unitNo(); const t = d.town(); const z = d.zip(); const g = d.given(); const [ph, p] = d.phone();
    return [`DELIVER TO: ${st} ${u}, ${t}, ${d.state()} ${z}\nContact on site: ${g}, ${ph}`, [`${st} ${u}`, t, z, g, p]];
  }],
  ['NPWT Medicare criteria MBI authorization', (d) => {
    const m = d.mbi(); const a = d.auth(); const dt = d.date();
    return [`Medicare NPWT coverage criteria met (HCPCS E2402, A6550). MBI ${m}; auth ${a} valid through ${dt}.`, [m, a, dt]];
  }],
  // hyperbaric oxygen
  ['HBO session log header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const ac = d.account(); const dt = d.date();
    return [`HYPERBARIC OXYGEN TREATMENT LOG\nPT: ${s}, ${g}   ACCT: ${ac}\nTX #${d.int(1, 40)} OF 40   CHAMBER ${d.int(1, 4)}   2.0 ATA X 90 MIN   DATE: ${dt}`, [s, g, ac, dt]];
  }],
  ['HBO chamber serial operator physician', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Monoplace chamber ${d.pick(['Sechrist 3600H', 'Perry Sigma 40', 'Sechrist 4100H'])}, serial ${sn}. Operator ${g} ${s}, CHT; supervising physician Dr. ${s2} present.`, [sn, g, s, s2]];
  }],
  ['HBO pre-dive glucose meter serial', (d) => {
    const sn = d.serial(); const i = d.initials();
    return [`Pre-dive fingerstick 182 mg/dL on glucometer ${sn}; 15 g carbohydrate given, recheck 164. Cleared for dive by ${i}.`, [sn, i]];
  }],
  ['HBO safety director certificate fire drill', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.cert(); const dt = d.date();
    return [`Safety director ${g} ${s}, CHST (NBDHMT certificate no. ${c}) reviewed the ${dt} fire drill; grounding checks logged.`, [g, s, c, dt]];
  }],
  ['HBO closed on holiday', (d) => {
    const [h, p] = d.holiday(); const w = d.weekday();
    return [`No treatment on ${h} (center closed). Dive ${d.int(5, 35)} of 40 moved to ${w}.`, [p, w]];
  }],
  ['HBO transit van plate', (d) => {
    const c = d.county(); const pl = d.plate(); const g = d.given();
    return [`Arrives by ${c} senior transit van, plate ${pl}; driver ${g} waits in the lobby during the dive.`, [c, pl, g]];
  }],
  ['HBO referral from wound center', (d) => {
    const w = d.woundCenter(); const [doc, p] = d.doctor(); const dt = d.date();
    return [`Referred by ${doc} of ${w} for Wagner 3 DFU with osteomyelitis; HBO consult ${dt}.`, [...p, w, dt]];
  }],
  // ostomy supply orders and teaching
  ['ostomy supply order supplier account', (d) => {
    const sp = d.supplier(); const ac = d.supplierAccount();
    return [`Ostomy supplies from ${sp} (customer acct #${ac}): Hollister New Image 2 3/4" FlexTend barrier #14603 x10, drainable pouch #18193 x20.`, [sp, ac]];
  }],
  ['ostomy reorder called phone order month day', (d) => {
    const sp = d.supplier(); const [ph, p] = d.phone(); const md = d.monDay(); const o = d.order();
    return [`Reorder phoned to ${sp} at ${ph} on ${md}; order no. ${o}, ships in 3-5 business days.`, [sp, p, md, o]];
  }],
  ['manufacturer program member id', (d) => {
    const id = d.member(); const [ph, p] = d.phone();
    return [`Enrolled in the ${d.pick(['ConvaTec me+', 'Coloplast Care', 'Hollister Secure Start'])} program, member ${id}; free sample line ${ph}.`, [id, p]];
  }],
  ['stoma siting by surgeon at hospital', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Stoma site marked ${dt} in the LLQ, within the rectus, for planned end colostomy (Dr. ${s}, colorectal surgery, ${h}).`, [dt, s, h]];
  }],
  ['ostomy teaching relative weekday', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`Taught ${d.relation()} ${g} to empty, measure and change the pouching system; return demonstration ${w} with barrier ring.`, [g, w]];
  }],
  ['Medicaid id and prior authorization', (d) => {
    const id = d.member(); const pa = d.auth();
    return [`Medicaid ID ${id}; monthly limit 20 pouches and 10 barriers; prior authorization ${pa} for extra Eakin seals.`, [id, pa]];
  }],
  ['ostomy support group contact email', (d) => {
    const t = d.town(); const g = d.given(); const s = d.sur(); const em = d.email();
    return [`Referred to the ${t} Ostomy Support Group; contact ${g} ${s}, ${em}.`, [t, g, s, em]];
  }],
  ['stoma check month slash year surgery', (d) => {
    const my = d.monthYear(); const h = d.hospital();
    return [`Loop ileostomy created ${my} at ${h}; stoma 32 mm round, budded 1 cm, peristomal skin intact.`, [my, h]];
  }],
  // continence
  ['bladder scanner serial', (d) => {
    const sn = d.serial(); const i = d.initials();
    return [`PVR 310 mL by BladderScan (serial ${sn}); straight cath per protocol for 420 mL (${i}).`, [sn, i]];
  }],
  ['pelvic floor referral fax', (d) => {
    const th = d.therapy(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Referral for pelvic floor therapy faxed to ${th} (fax ${fx}), attn ${g} ${s}, PT, DPT.`, [th, p, g, s]];
  }],
  ['incontinence supplies delivery to home', (d) => {
    const sp = d.supplier(); const st = d.street(); const t = d.town();
    return [`Briefs and underpads delivered monthly by ${sp} to ${st}, ${t}; barrier cream per Medicaid formulary.`, [sp, st, t]];
  }],
  // home health wound visits
  ['home health visit header agency address', (d) => {
    const a = d.agency(); const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`SKILLED NURSING VISIT - ${a}\nVisit date: ${dt}   Time in 10:05   Time out 10:50\nAddress: ${st}, ${t}, ${d.state()} ${z}`, [a, dt, st, t, z]];
  }],
  ['home visit nurse licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence();
    return [`Visit made by ${g} ${s}, RN, WCC (license ${lic}). Wound care per orders, teaching reinforced.`, [g, s, lic]];
  }],
  ['home visit directions street and fire hall', (d) => {
    const sn = d.streetName(); const t = d.town();
    return [`Directions: off ${sn}, gray house past the ${t} Volunteer Fire Department; dog kept inside.`, [sn, t]];
  }],
  ['home lives with relative phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Lives with ${d.relation()} ${g} ${s}, who does the dressing changes between visits; best number ${ph}.`, [g, s, p]];
  }],
  ['home health start of care MBI', (d) => {
    const dt = d.date(); const m = d.mbi();
    return [`Start of care ${dt}; OASIS completed. Medicare MBI ${m}. Frequency 3w4 for wound care.`, [dt, m]];
  }],
  ['home visit age over 89 lives alone', (d) => {
    const n = d.ageOver89(); const t = d.town();
    return [`Pt is a ${n}-year-old ${d.pick(['widow', 'widower', 'retired farmer', 'retired teacher'])} living alone in ${t}; venous ulcer L medial malleolus, Unna boot changed.`, [n, t]];
  }],
  // diabetic foot clinic and podiatry
  ['diabetic foot clinic header', (d) => {
    const c = d.footClinic(); const dt = d.date(); const [doc, p] = d.doctor();
    return [`DIABETIC FOOT CLINIC - ${c}\nDate of service: ${dt}\nProvider: ${doc}, DPM`, [c, dt, ...p]];
  }],
  ['podiatry referral letter', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const dob = d.dob();
    return [`Dear Dr. ${s},\nI am referring ${d.title()} ${g} ${s2} (DOB ${dob}) for a Wagner grade 2 ulcer under the L first metatarsal head, probe-to-bone negative.`, [s, g, s2, dob]];
  }],
  ['podiatrist NPI and licence signature', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.npi(); const lic = d.licence();
    return [`${g} ${s}, DPM\nNPI ${n}   State license ${lic}`, [g, s, n, lic]];
  }],
  ['vascular studies at lab slash date', (d) => {
    const v = d.vascularLab(); const md = d.slashMd();
    return [`ABI 0.62 R / 0.71 L, TBI 0.38, TcPO2 28 mmHg at ${v} on ${md}; vascular surgery referral placed.`, [v, md]];
  }],
  ['amputation month year at hospital', (d) => {
    const my = d.monthYear(); const h = d.hospital();
    return [`S/p R 2nd toe amputation ${my} at ${h}; Charcot midfoot on the left, in CROW.`, [my, h]];
  }],
  ['offloading order DME order number', (d) => {
    const b = d.orthotics(); const o = d.order();
    return [`Total contact cast applied; CROW walker ordered from ${b}, order ${o}. Diabetic shoes with inserts (A5500) after healing.`, [b, o]];
  }],
  ['patient emails foot photos', (d) => {
    const em = d.email(); const w = d.weekday();
    return [`Pt will e-mail photos of both feet from ${em} every ${w} between visits.`, [em, w]];
  }],
  // burn clinic follow-ups
  ['burn injury at work employer town date', (d) => {
    const dt = d.date(); const e = d.employer(); const t = d.town();
    return [`Burn clinic follow-up: 6% TBSA partial thickness scald R forearm and hand sustained ${dt} at work (${e}, ${t}).`, [dt, e, t]];
  }],
  ['burn transfer and graft', (d) => {
    const h = d.hospital(); const b = d.burnCenter(); const md = d.monDay(); const gr = d.slashMd(); const s = d.sur();
    return [`Transferred from ${h} to ${b} on ${md}; STSG to R hand ${gr} by Dr. ${s}. Graft take 95%.`, [h, b, md, gr, s]];
  }],
  ['pressure garment vendor measurement', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.orthotics(); const o = d.order();
    return [`Measured for custom pressure garments by ${g} ${s} of ${v}; order ${o}, wear 23 h/day.`, [g, s, v, o]];
  }],
  ['workers comp claim adjuster extension', (d) => {
    const c = d.claim(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Workers' comp claim ${c}; adjuster ${g} ${s}, ${ph} ext ${e}. Off work until next burn clinic visit.`, [c, g, s, p, e]];
  }],
  ['burn injury ordinal day', (d) => {
    const o = ordinal(d.int(1, 31)); const g = d.given();
    return [`Injured on the ${o} while frying at home; ${d.relation()} ${g} applied cool water for 20 min before EMS arrived.`, [o, g]];
  }],
  // skin-tear incident reports
  ['incident report header', (d) => {
    const id = d.incident(); const f = d.snf(); const s = d.sur(); const g = d.given(); const n = d.ageOver89(); const dt = d.date();
    return [`INCIDENT REPORT #${id}\nFacility: ${f}\nResident: ${s}, ${g}   Room ${d.int(100, 250)}${d.pick(['A', 'B'])}   Age ${n}\nDate discovered: ${dt} ${d.time()}`, [id, f, s, g, n, dt]];
  }],
  ['skin tear witnessed by aide', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Skin tear (ISTAP type 2) L forearm during transfer with Hoyer lift; witnessed by CNA ${g} ${s}. Charge nurse ${g2} ${s2}, LPN notified.`, [g, s, g2, s2]];
  }],
  ['family notified on holiday by phone', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const [h, hp] = d.holiday();
    return [`Resident's ${d.relation()} ${g} notified at ${ph} on ${h}; no concerns voiced.`, [g, p, hp]];
  }],
  ['state intake number', (d) => {
    const id = d.intake(); const dt = d.date();
    return [`Reported to the state survey agency as an injury of unknown origin, intake #${id}, on ${dt}.`, [id, dt]];
  }],
  ['administrator and DON signatures', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const md = d.slashMd();
    return [`Reviewed ${md}: ${g} ${s}, NHA, administrator; ${g2} ${s2}, RN, director of nursing.`, [md, g, s, g2, s2]];
  }],
  // WOC nurse consults
  ['WOC consult header', (d) => {
    const [doc, p] = d.doctor(); const dt = d.date(); const csn = d.csn();
    return [`WOC NURSE CONSULT\nRequested by: ${doc} (hospitalist)\nDate: ${dt}   CSN: ${csn}\nReason: peristomal skin breakdown`, [...p, dt, csn]];
  }],
  ['WOC nurse signature WOCNCB number pager', (d) => {
    const [n, p] = d.wocNurse(); const c = d.cert(); const pg = d.ext();
    return [`${n}\nWOCNCB #${c}   Pager ${pg}`, [...p, c, pg]];
  }],
  ['WOC follow-up ordinal', (d) => {
    const o = ordinal(d.int(1, 31)); const g = d.given();
    return [`WOC will follow; next pouch change due on the ${o}. Bedside RN ${g} aware.`, [o, g]];
  }],
  ['discharge referral faxed to wound center', (d) => {
    const w = d.woundCenter(); const [fx, p] = d.phone(); const g = d.given();
    return [`Outpatient referral faxed to ${w} at ${fx}, attention ${g}; first visit to be scheduled after discharge.`, [w, p, g]];
  }],
  ['DME intake SSN and secondary policy', (d) => {
    const ssn = d.ssn(); const pol = d.member();
    return [`DME intake form: SSN ${ssn}; secondary insurance ${d.carrier()}, policy ${pol}.`, [ssn, pol]];
  }],
  ['patient education URL', (d) => {
    const u = d.url(); const [ph, p] = d.phone();
    return [`Pouching instructions and videos: ${u}. Questions to the ostomy nurse line ${ph}.`, [u, p]];
  }],
  ['telehealth wound check link and date', (d) => {
    const u = d.url(); const md = d.monDay();
    return [`Televisit wound check ${md} at 2 PM; link sent by text: ${u}`, [md, u]];
  }],
];

/** The names of the wave's frames. */
export const woundFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function woundWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10651, rounds);
}

/** Look-alikes in wound, ostomy and continence style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // risk and healing scales
  ['Braden score 13, moderate risk.', 'Braden'], ['Braden Q 16 on the pediatric unit.', 'Braden Q'], ['Norton scale 11.', 'Norton'], ['Waterlow 18, high risk.', 'Waterlow'],
  ['PUSH tool score 9.', 'PUSH tool'], ['Bates-Jensen Wound Assessment Tool total 34.', 'Bates-Jensen'], ['Wagner grade 3 with abscess.', 'Wagner grade 3'],
  ['University of Texas grade 2B.', 'University of Texas'], ['WIfI stage 3 (W2 I1 fI1).', 'WIfI'], ['SINBAD score 4.', 'SINBAD'], ['Rutherford class 5.', 'Rutherford'],
  ['Fontaine stage IIb claudication.', 'Fontaine'], ['CEAP C6 venous disease.', 'CEAP C6'], ['ISTAP type 3 skin tear.', 'ISTAP type 3'], ['STAR category 2b.', 'STAR category 2b'],
  ['Payne-Martin category II skin tear.', 'Payne-Martin'], ['NPIAP stage 2 pressure injury.', 'NPIAP'], ['Lund and Browder chart used for TBSA.', 'Lund and Browder'], ['Rule of nines estimate 18%.', 'Rule of nines'],
  ['Baux score 92.', 'Baux score 92'], ['Bristol stool type 6.', 'Bristol'],
  // eponyms
  ['Charcot neuroarthropathy, Eichenholtz stage 1.', 'Charcot'], ['Biopsy to rule out a Marjolin ulcer.', 'Marjolin'], ['Kennedy terminal ulcer on the sacrum.', 'Kennedy'],
  ['Martorell hypertensive ulcer.', 'Martorell'], ["Buerger's disease.", "Buerger's"], ["Raynaud's phenomenon.", "Raynaud's"], ["Fournier's gangrene s/p debridement.", "Fournier's"],
  ["Curling's ulcer prophylaxis with pantoprazole.", "Curling's"], ["Jackson's zones of stasis and hyperemia.", "Jackson's"], ["Hartmann's procedure for perforated diverticulitis.", "Hartmann's"],
  ['Brooke ileostomy, everted.', 'Brooke'], ['Kock pouch intubated QID.', 'Kock pouch'], ['Turnbull loop-end stoma.', 'Turnbull'], ['Bricker ileal conduit.', 'Bricker'],
  ['Indiana pouch catheterized q4h.', 'Indiana pouch'], ['Miami pouch.', 'Miami pouch'], ['Mitrofanoff channel patent.', 'Mitrofanoff'], ["Hirschsprung's disease as an infant.", "Hirschsprung's"],
  ["Crohn's disease with perianal fistula.", "Crohn's"], ['Credé maneuver to empty bladder.', 'Credé'], ['Kegel exercises 10 reps TID.', 'Kegel'], ["Dakin's solution 0.125% wet-to-moist.", "Dakin's"],
  ['Unna boot changed weekly.', 'Unna boot'], ['Semmes-Weinstein 5.07 monofilament 4/10 sites.', 'Semmes-Weinstein'], ['Doppler signals biphasic DP and PT.', 'Doppler'],
  ['Foley catheter removed.', 'Foley'], ['14 Fr Coudé catheter.', 'Coudé'], ['Transfer with Hoyer lift.', 'Hoyer'], ['Parkland formula 4 mL/kg/%TBSA.', 'Parkland'],
  // dressing, ostomy and device brands and catalog numbers
  ['Mepilex Border Flex 4x4 to sacrum.', 'Mepilex Border Flex'], ['Allevyn Life foam.', 'Allevyn Life'], ['Aquacel Ag+ Extra rope.', 'Aquacel Ag+ Extra'], ['Santyl to eschar daily.', 'Santyl'],
  ['Medihoney gel to base.', 'Medihoney'], ['Xeroform gauze.', 'Xeroform'], ['Iodosorb gel.', 'Iodosorb'], ['Kerlix and Coban 2 wrap.', 'Coban 2'], ['Profore 4-layer compression.', 'Profore'],
  ['Tegaderm film over the site.', 'Tegaderm'], ['DuoDERM CGF.', 'DuoDERM CGF'], ['Prevena incision system.', 'Prevena'], ['V.A.C. Ulta at -125 mmHg.', 'V.A.C. Ulta'], ['SNAP therapy system.', 'SNAP'],
  ['PICO 7 single-use NPWT.', 'PICO 7'], ['Granufoam black foam.', 'Granufoam'], ['Prevalon heel protectors.', 'Prevalon'], ['Clinitron air-fluidized bed.', 'Clinitron'], ['ROHO cushion.', 'ROHO'],
  ['Apligraf applied to the ulcer.', 'Apligraf'], ['Epifix graft #3.', 'Epifix'], ['Integra bilayer matrix.', 'Integra'], ['Silvadene to the donor site.', 'Silvadene'], ['Mepitel One contact layer.', 'Mepitel One'],
  ['Hollister New Image 2 3/4 inch flange.', 'New Image'], ['Hollister barrier #14603.', '#14603'], ['ConvaTec Esteem+ Flex.', 'Esteem+'], ['Coloplast SenSura Mio Convex.', 'SenSura Mio'],
  ['Eakin Cohesive seal.', 'Eakin'], ['Stomahesive powder crusting.', 'Stomahesive'], ['Cavilon No Sting barrier film.', 'Cavilon'], ['Marathon liquid skin protectant.', 'Marathon'],
  ['Sechrist 3600H monoplace chamber.', 'Sechrist 3600H'], ['Perry Baromedical chamber.', 'Perry Baromedical'], ['BladderScan BVI 9400.', 'BVI 9400'], ['Vashe wound solution.', 'Vashe'],
  // measurements and clinical numbers
  ['4.2 x 3.1 x 0.6 cm.', '4.2 x 3.1 x 0.6 cm'], ["Tunneling 2.5 cm at 3 o'clock.", "3 o'clock"], ["Undermining 1.1 cm from 12 to 3 o'clock.", '12 to 3'], ['Stoma 28 mm round.', '28 mm'],
  ['Cut barrier to 1 1/8 inch.', '1 1/8 inch'], ['-125 mmHg continuous.', '-125 mmHg'], ['2.0 ATA for 90 minutes.', '2.0 ATA'], ['Dive 14 of 40.', 'Dive 14 of 40'], ['Chamber 2.', 'Chamber 2'],
  ['ABI 0.62.', 'ABI 0.62'], ['TcPO2 28 mmHg.', 'TcPO2 28'], ['HbA1c 9.1%.', '9.1%'], ['TBSA 12%.', 'TBSA 12%'], ['Output 1,200 mL/24 h.', '1,200 mL'], ['PVR 310 mL.', '310 mL'],
  ['Pre-albumin 12 mg/dL.', '12 mg/dL'], ['Frequency 3w4.', '3w4'], ['Room 214B.', 'Room 214B'], ['Bed 12.', 'Bed 12'],
  // codes
  ['ICD-10 L89.154.', 'L89.154'], ['L97.422 non-pressure ulcer L heel.', 'L97.422'], ['E11.621 diabetic foot ulcer.', 'E11.621'], ['Z93.3 colostomy status.', 'Z93.3'],
  ['HCPCS A4414 barrier.', 'A4414'], ['HCPCS E2402 NPWT pump.', 'E2402'], ['CPT 97605 NPWT.', '97605'], ['CPT 99183 HBO supervision.', '99183'], ['CPT 11042 debridement.', '11042'],
  // drugs
  ['Doxycycline 100 mg BID x 14 days.', '100 mg BID'], ['Silver sulfadiazine 1% cream.', '1%'], ['Pentoxifylline 400 mg TID.', '400 mg TID'],
  // everyday words, generic places and roles
  ['Patient has hope the wound will close.', 'hope'], ['Faith community visits weekly.', 'Faith'], ['Will reassess in one week.', 'Will'], ['Bill to Medicare Part B.', 'Bill'],
  ['Mark the stoma site preoperatively.', 'Mark'], ['No stone seen on KUB.', 'stone'], ['Pearl-white slough at the base.', 'Pearl'], ['Comfort measures for skin care.', 'Comfort'],
  ['Union of wound edges achieved.', 'Union'], ['Grace period on the pump rental.', 'Grace'], ['Seen in the wound clinic.', 'wound clinic'], ['Transferred to the burn unit.', 'burn unit'],
  ['Report given to the charge nurse.', 'charge nurse'], ['WOC nurse to follow.', 'WOC nurse'], ['Supplies shipped to the home.', 'home'],
  // relations, ages, years, states, manufacturers, distributors and payers
  ["Patient's daughter at bedside.", 'daughter'], ['An 87-year-old woman.', '87'], ['Colostomy since 2016.', '2016'], ['Moved from Ohio.', 'Ohio'],
  ['Supplies through Edgepark.', 'Edgepark'], ['Byram Healthcare ships monthly.', 'Byram'], ['Pump from 3M.', '3M'], ['KCI rep notified.', 'KCI'], ['Apria delivered the bed.', 'Apria'],
  ['Medicaid covers the briefs.', 'Medicaid'], ['Hollister samples given.', 'Hollister'], ['Camera file IMG_4821.JPG.', 'IMG_4821.JPG'],
];

export const woundKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedWoundKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(woundKeepCases(), find);

export function scoreWoundWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => woundWaveCases(seed)), find);
}
