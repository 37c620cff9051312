// A blind wave of records from a bone marrow / hematopoietic cell transplant and cellular therapy (CAR-T) unit: unrelated
// donor search requests and HLA typing reports (the patient listed as 'SURNAME, Given', the registry's recipient id,
// the lab's accession, the typing director's signature, the sibling and haploidentical relatives typed with their dates
// of birth and phones, registry donor ids and GRIDs, cord blood unit ids with the local cord bank, donor work-up
// schedules at a local apheresis center, international couriers with their phones abroad), apheresis collection logs
// (the Spectra Optia's serial number, the kit lot, the operator's initials, daily CD34+ yields with the ISBT 128
// donation identification numbers of each bag, catheter lots, the CAR-T leukapheresis order and its chain-of-identity
// number), stem cell product labels (DIN, bag id, recipient name, date of birth and MRN, collection and expiry dates,
// the collection facility and its street address, the cryopreserved inventory, the thaw record with the technologist's
// name and initials, deviation reports with their QA reviewer), infusion records (Day 0 dates, the bag verified at the
// bedside by two nurses with their badge numbers, the infusion pump's serial, the CAR-T product's lot and batch,
// a phone message about an infusion reaction), engraftment and chimerism reports (engraftment dates, lab accessions,
// STR chimerism tables by date, the day +30 marrow's pathology number), GVHD staging notes (MAGIC and NIH staging,
// photo media ids, referrals to a local eye practice and photopheresis center), caregiver agreements (the 24/7
// caregiver and backup caregivers by name with relation and phones, signature lines, weekly schedules, the caregiver's
// employer and FMLA fax), lodging near the center (a transplant house, a Ronald McDonald House of a town, an extended
// stay hotel, with street address, ZIP, confirmation and grant numbers, the caregiver's vehicle plate for the parking
// pass), CMV and EBV monitoring logs (PCR tables by date, a specialty pharmacy's prescription number, outside labs by
// fax), day +100 summaries (transplant date, donor, CIBMTR research id, restaging at a local imaging center, the
// referring oncologist's practice and fax), CRS and ICANS grading for CAR-T (flowsheets with the grader's initials, ICE
// scores where the patient names the hospital and the city, tocilizumab lots, the EEG number, the wallet card),
// insurance prior authorizations (member, group, authorization, case and claim numbers, Medicare beneficiary ids,
// Medicaid ids, SSNs, the plan's case manager and medical director) and long-term follow-up letters (address blocks,
// transplant anniversaries, revaccination lots, portal URLs, telehealth links and IP addresses, e-mails, the
// survivorship physician's licence), in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024',
// '3/4/24', '4 March 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', 'Mar 4', 'Tuesday', 'the 4th', 'March 2024',
// holidays such as 'Christmas Eve'); relative days ('Day 0', 'day +14', 'D+100', 'day -7') are not dates. Ages over 89
// (an elderly CAR-T candidate, a caregiver's parent) are planted. Given names and surnames of patients, relatives and
// staff are often everyday words (Hope, Joy, Faith, Rocky, Will, Bill, Stone, Hill, Marrow, Banks, Child, Day, Cord,
// Bone); towns are often everyday words (Liberty, Union, Hope, Bountiful, Marrowbone, Hope Mills, Harmony, Normal).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreMarrowWave`.
// Decisions: every word of a person's name is planted as its own part (given names, surnames, each of two Spanish
// surnames), a middle initial, a title ('Dr.', 'Mr.') and a credential ('RN', 'MD', 'PA-C', 'CCTC', 'MLS(ASCP)',
// 'PharmD', 'LCSW') are not planted; a signer's initials are planted; a relation without a name ('her sister', 'the
// haploidentical son', 'the caregiver'), a role without a name ('the donor', 'the search coordinator') and an age of 89
// or under (a donor aged 24) are kept; a national registry, bank, accreditor, manufacturer, insurer or body named alone
// ('NMDP', 'Be The Match', 'DKMS', 'Anthony Nolan', 'CIBMTR', 'FACT', 'Kite', 'Aetna', 'CaringBridge') is kept, while a
// local hospital or cancer center (with 'City of Hope'), an oncology practice, an HLA lab, an apheresis or blood center,
// a cord blood bank named by its town, a specialty pharmacy, an imaging center, an eye practice, a photopheresis center,
// a transplant house, a Ronald McDonald House of a town, a hotel, an apartment complex and an employer are planted whole
// with their kind words ('Durham Cord Blood Bank', 'Ronald McDonald House of Omaha', 'Parkside Inn & Suites'); a town is
// planted, a US state, a country and a region are kept; a street address is planted from its number to its street type
// with its unit when written after it; a ZIP is planted; a weekday naming one day is planted; a month and day, a month
// with a year, 'the 4th' (as '4th') and a holiday that fixes a day are planted; a time, a relative transplant day, a
// duration and a count are kept; registry recipient and donor ids, GRIDs, cord blood unit ids, ISBT 128 donation
// identification numbers, bag ids, chain-of-identity numbers, manufacturing order ids, product lots and batches, kit,
// catheter, DMSO, drug and vaccine lots, device serial numbers, lab and pathology accessions, EEG numbers, photo media
// ids, deviation numbers, badge and employee ids, MRNs, CIBMTR research ids, prescription numbers, lodging
// confirmations and grant numbers, member, group, authorization, case, claim, Medicare and Medicaid numbers, SSNs,
// licence numbers and plates are planted; ISBT 128 product description codes ('S1398'), HLA alleles ('A*02:01'), match
// grades ('8/8', '4/6'), CPT, HCPCS, DRG and ICD-10 codes, scores and grades, lab values and CD34+ doses are kept; a
// phone's leading '(' need not be covered, a phone abroad is planted whole with its country code; e-mails, URLs and IP
// addresses are planted whole; an age over 89 is planted as its number. Kept (look-alikes): eponyms and named criteria
// (Glucksberg, Karnofsky, Lansky, Sorror's HCT-CI, Cairo-Bishop, the modified Seattle and Baltimore criteria, the
// Philadelphia chromosome, Epstein-Barr, Fanconi, Diamond-Blackfan, Wiskott-Aldrich, Hurler, Burkitt, Hodgkin,
// Waldenström, Richter, Sézary, Hickman, Broviac, Ommaya, Coombs), scales and scores (MAGIC, NIH global severity, ASTCT
// CRS and ICANS grades, ICE 7/10, CARTOX, EASIX, Minnesota GVHD risk, Lee symptom scale, KPS 80), drugs and brands
// (tacrolimus, Thymoglobulin, post-transplant cyclophosphamide, Mozobil, Neupogen, Actemra, Prevymis, Livtencity,
// Jakafi, Rezurock, Defitelio, Yescarta, Kymriah, Breyanzi, Abecma, Carvykti, Tecartus), devices (Spectra Optia,
// CliniMACS Prodigy, Sepax, Alaris, CryoMACS), national registries, banks, bodies, manufacturers and insurers, codes and
// standards (ISBT 128, 21 CFR 1271, FACT-JACIE, CPT 38240, HCPCS Q2041, MS-DRG 018, ICD-10 D89.811, Z94.84, T86.09),
// HLA alleles and match grades, lab values and doses, relative days and durations, generic places (the transplant unit,
// the apheresis unit, the cell therapy lab, the cord blood bank, the lodging), relations and roles without names, ages
// of 89 and under, years alone, countries and states, and everyday words that are also names or towns (hope, graft,
// marrow, union, liberty, will, joy).
// Measured before rules: 0.908 recall on seeds 5, 11, 23 (6088/6707), 0.916 on fresh seeds 41, 42, 43 (6156/6719); 8/157
// look-alikes touched ("ICE 7/10", "Anthony Nolan", "Kite", "Aetna", "S1398", "4/6", "BMT clinic", "Germany") (engine at 74c774c).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, vi, inn, it, fr, pl, de];

/** Given names and surnames that are everyday words (patients, relatives and staff alike). */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Mercy', 'Charity', 'Dawn', 'Summer', 'Autumn', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Star', 'Lucky', 'Ginger', 'Honey', 'Major', 'Penny', 'Rose', 'Ivy', 'Holly', 'Daisy', 'Destiny', 'Trinity', 'Miracle', 'Sterling', 'Royal', 'Precious', 'Blessing', 'Dallas', 'Austin', 'Brooklyn', 'Sky', 'Journey', 'Victory'];
const WORD_SUR = ['Stone', 'Hill', 'Marrow', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Child', 'Bone', 'Cord', 'Day', 'Sharp', 'Small', 'Bell', 'Best', 'Moody', 'Golden', 'Swift', 'Marsh', 'Root', 'Branch', 'Cross', 'Gentry', 'Blood'];
/** Spanish given names and surnames that are everyday words, for the second surname of a patient's. */
const ES_SUR = ['Flores', 'Campos', 'Ramos', 'Cruz', 'Luna', 'Vega', 'Ríos', 'Montes', 'Toro', 'Delgado', 'Moreno', 'Blanco', 'León', 'Castillo', 'Guerra', 'Soto', 'Salinas', 'Fuentes', 'Sierra', 'Peña', 'Hernández', 'García', 'López', 'Martínez'];
const ES_GIVEN = ['Esperanza', 'Luz', 'Consuelo', 'Socorro', 'Amparo', 'Soledad', 'Milagros', 'Rosario', 'Pilar', 'Blanca', 'Cielo', 'Reina', 'Estrella', 'Jesús', 'Santos', 'Guadalupe', 'Yesenia', 'Marisol', 'Angel', 'Fidel'];

/** Towns that are everyday words, towns with transplant centers, and the rural towns patients come from. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Friendship', 'Harmony', 'Normal', 'Eden', 'Paradise', 'Marrowbone', 'Welcome', 'Unity', 'Midway', 'Fairview', 'Pleasant Hill', 'Golden', 'Sandy', 'Orange', 'Surprise', 'Bountiful', 'Hope Mills', 'Mercy', 'Energy', 'Cave City'];
const CENTER_TOWNS = ['Rochester', 'Durham', 'Chapel Hill', 'Nashville', 'Omaha', 'Tampa', 'Buffalo', 'Duarte', 'Seattle', 'Houston', 'Gainesville', 'Ann Arbor', 'Iowa City', 'Salt Lake City', 'Hershey', 'Cleveland', 'Columbus', 'Birmingham', 'Little Rock', 'Lexington', 'Madison', 'Milwaukee', 'Charlottesville', 'Winston-Salem', 'Kansas City', 'Aurora', 'Portland', 'Baltimore', 'Philadelphia', 'Oklahoma City'];
const HOME_TOWNS = ['Dothan', 'Tupelo', 'Paducah', 'Bluefield', 'Kearney', 'Hays', 'Laramie', 'Bemidji', 'Dubuque', 'Ottumwa', 'Marquette', 'Elko', 'Ardmore', 'Florence', 'Cullman', 'Johnson City', 'Kingsport', 'Beckley', 'Watertown', 'Sikeston', 'Meridian', 'Hattiesburg', 'Grand Island', 'Scottsbluff', 'Minot', 'Pikeville'];
const STATES = ['NC', 'TN', 'NE', 'MN', 'FL', 'TX', 'KY', 'AL', 'MS', 'IA', 'WV', 'OK', 'UT', 'OH', 'WI', 'KS', 'Nebraska', 'Kentucky', 'Tennessee', 'West Virginia'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Magnolia', 'Dogwood', 'Hillsborough', 'Fulton', 'Erwin', 'Hospital'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Luke', 'Francis', 'Vincent', 'Jude', 'Elizabeth', 'Anthony', 'Agnes', 'Cloud'];
const LODGE_WORDS = ['Parkside', 'Riverside', 'Cornerstone', 'Gateway', 'Magnolia', 'Harbor', 'Residence', 'Willow Creek', 'Stonebridge', 'Heritage', 'Lighthouse', 'Meadowbrook'];
const APARTMENT_WORDS = ['Oaks', 'Pointe', 'Commons', 'Landing', 'Crossing', 'Village', 'Flats', 'Terrace'];
const HOSPITAL_SUFFIX = ['Medical Center', 'Regional Medical Center', 'Cancer Center', 'Memorial Hospital', 'University Hospital', "Children's Hospital"];

/** National registries, banks, accreditors, manufacturers and insurers named alone (kept). */
const REGISTRIES = ['NMDP', 'Be The Match', 'DKMS', 'Anthony Nolan', 'the World Marrow Donor Association', 'ZKRD'];
const CAR_T = ['Yescarta', 'Kymriah', 'Breyanzi', 'Abecma', 'Carvykti', 'Tecartus'];
const CAR_T_MAKER: Readonly<Record<string, string>> = { Yescarta: 'Kite', Kymriah: 'Novartis', Breyanzi: 'BMS', Abecma: 'BMS', Carvykti: 'Janssen', Tecartus: 'Kite' };
const INSURERS = ['Aetna', 'UnitedHealthcare', 'Cigna', 'Humana', 'Blue Cross Blue Shield', 'Medicare', 'TRICARE'];
const DIAGNOSES = ['AML in CR1', 'ALL, Ph-negative, in CR2', 'MDS with excess blasts', 'myelofibrosis', 'severe aplastic anemia', 'sickle cell disease', 'DLBCL, relapsed', 'multiple myeloma', 'mantle cell lymphoma', 'CML in chronic phase'];
const PRODUCT_CODES = ['S1398', 'S2283', 'S1445', 'S1160', 'S2066'];
const HLA_A = ['A*01:01', 'A*02:01', 'A*03:01', 'A*11:01', 'A*24:02', 'A*68:01'];
const HLA_B = ['B*07:02', 'B*08:01', 'B*35:01', 'B*44:02', 'B*51:01', 'B*15:01'];
const HLA_DR = ['DRB1*15:01', 'DRB1*04:01', 'DRB1*03:01', 'DRB1*07:01', 'DRB1*11:01', 'DRB1*13:01'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day", 'Memorial Day', 'Labor Day'];
/** Relations a caregiver or donor name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['spouse', 'partner', 'sibling', 'adult child', 'parent', 'cousin', 'friend', 'neighbor', 'in-law', 'grandchild', 'fiancé(e)', 'church friend'];
const CAREGIVER_RELATIONS = ['spouse', 'partner', 'adult child', 'parent', 'sibling', 'friend'];
/** Words of e-mail handles that are no name or town of the wave's. */
const HANDLE_WORDS = ['teamcure', 'bmtfamily', 'nightowl', 'cgvr', 'lodgeguest', 'pinecone'];
const COUNTRIES = ['Germany', 'Poland', 'the United Kingdom', 'Israel', 'Canada', 'Spain'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly surs: readonly string[];
}
const written = (p: Person): string => [p.given, ...p.surs].join(' ');
const listed = (p: Person): string => `${p.surs.join(' ')}, ${p.given}`;
const nameParts = (p: Person): string[] => [p.given, ...p.surs];
/** A faker name's first word of two letters or more. */
const firstWord = (s: string): string => s.split(/\s/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A patient or relative: sometimes a Spanish name with two surnames. */
  person(): Person {
    if (this.r() < 0.15) {
      const g = this.r() < 0.5 ? this.pick(ES_GIVEN) : firstWord(mx.person.firstName());
      const s1 = this.r() < 0.5 ? this.pick(ES_SUR) : firstWord(mx.person.lastName());
      return { given: g, surs: this.r() < 0.5 ? [s1, this.pick(ES_SUR)] : [s1] };
    }
    return { given: firstWord(this.given()), surs: [this.sur()] };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  caregiverRelation(): string {
    return this.pick(CAREGIVER_RELATIONS);
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
    return x < 0.35 ? this.pick(WORD_TOWNS) : x < 0.6 ? this.pick(CENTER_TOWNS) : x < 0.85 ? this.pick(HOME_TOWNS) : us.location.city();
  }
  centerTown(): string {
    return this.r() < 0.75 ? this.pick(CENTER_TOWNS) : this.pick(WORD_TOWNS);
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Dothan' ? 'Tupelo' : 'Dothan';
  }
  state(): string {
    return this.pick(STATES);
  }
  country(): string {
    return this.pick(COUNTRIES);
  }
  registry(): string {
    return this.pick(REGISTRIES);
  }
  carT(): string {
    return this.pick(CAR_T);
  }
  insurer(): string {
    return this.pick(INSURERS);
  }
  diagnosis(): string {
    return this.pick(DIAGNOSES);
  }
  productCode(): string {
    return this.pick(PRODUCT_CODES);
  }
  hla(): string {
    return `${this.pick(HLA_A)}, ${this.pick(HLA_B)}, ${this.pick(HLA_DR)}`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.1) return 'City of Hope';
    if (x < 0.3) return `St. ${this.pick(SAINTS)}'s Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  practice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Oncology Associates`;
    if (k === 1) return `${this.sur()} Hematology & Oncology`;
    if (k === 2) return `${this.town()} Cancer Care, PLLC`;
    return `${this.town()} Blood & Cancer Clinic`;
  }
  hlaLab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.centerTown()} Histocompatibility Laboratory`;
    if (k === 1) return `${this.sur()} Immunogenetics Lab`;
    return `${this.centerTown()} HLA & Transplant Immunology Lab`;
  }
  apheresisCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Apheresis Center`;
    if (k === 1) return `${this.town()} Blood Center`;
    return `${this.town()} Community Blood Bank`;
  }
  cordBank(): string {
    return this.r() < 0.6 ? `${this.town()} Cord Blood Bank` : `${this.town()} Public Cord Blood Program`;
  }
  lodging(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.centerTown()} Transplant House`;
    if (k === 1) return `Ronald McDonald House of ${this.centerTown()}`;
    if (k === 2) return `${this.pick(LODGE_WORDS)} Inn & Suites`;
    if (k === 3) return `${this.sur()} Family House`;
    return `${this.pick(LODGE_WORDS)} ${this.pick(APARTMENT_WORDS)} Apartments`;
  }
  pharmacy(): string {
    return this.r() < 0.5 ? `${this.town()} Specialty Pharmacy` : `${this.sur()} Drug & Compounding`;
  }
  imaging(): string {
    return this.r() < 0.5 ? `${this.town()} Imaging Center` : `${this.town()} PET/CT Center`;
  }
  eyePractice(): string {
    return this.r() < 0.5 ? `${this.town()} Eye Associates` : `${this.sur()} Vision Center`;
  }
  ecpCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Photopheresis Center` : `${this.town()} Infusion & Apheresis Clinic`;
  }
  outsideLab(): string {
    return this.r() < 0.5 ? `${this.town()} Regional Laboratory` : `${this.sur()} Clinical Labs`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Poultry`;
    if (k === 1) return `${this.sur()} Plumbing & Heating`;
    if (k === 2) return `${this.town()} Public Schools`;
    return `${this.sur()} Farm Supply`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its unit, written the ways lodging forms write them. */
  streetUnit(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms transplant records write. */
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
  nth(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1944, hi = 2016): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(hi = 101): string {
    return String(this.int(90, hi));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
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
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** A courier's or a registry's phone abroad, with its country code. */
  phoneAbroad(): string {
    const D = (n: number) => this.anyDigits(n);
    return this.pick([`+49 ${this.int(151, 179)} ${D(7)}`, `+49 7071 ${D(6)}`, `+48 ${this.int(500, 889)} ${D(3)} ${D(3)}`, `+44 20 ${D(4)} ${D(4)}`, `+972 5${D(1)}-${D(3)}-${D(4)}`, `+34 6${D(2)} ${D(3)} ${D(3)}`]);
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.centerTown())}health.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', `${asciiLetters(this.centerTown())}bmt.org`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`]);
    return `${local}@${dom}`;
  }
  /** An e-mail whose local part holds no whole name (initials, a handle), for frames that also write the name. */
  handleEmail(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.centerTown())}health.org`, 'gmail.com', 'yahoo.com', 'icloud.com', `${asciiLetters(this.centerTown())}bmt.org`, 'aol.com']);
    const i = (asciiLetters(g).charAt(0) || 'p') + (asciiLetters(s).charAt(0) || 'd');
    const local = this.pick([`${i}${this.int(10, 9999)}`, `${i}${this.lettersOf('abcdefghjkmnprstvwxz', 1)}${this.int(1, 99)}`, `${this.pick(HANDLE_WORDS)}.${i}${this.int(1, 99)}`, `${i}_${this.year()}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.centerTown());
    return this.pick([`https://mychart.${t}health.org`, `www.${t}transplanthouse.org`, `https://${t}bmt.org/ltfu`, `https://telehealth.${t}health.org/visit/${this.digitString(7)}`, `https://www.caringbridge.org/site/${asciiLetters(this.sur())}${this.int(2, 99)}`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A registry's recipient id ('123-456-7' or seven digits). */
  rid(): string {
    return this.r() < 0.5 ? `${this.digitString(3)}-${this.anyDigits(3)}-${this.anyDigits(1)}` : this.digitString(7);
  }
  /** A registry donor id ('1234-5678-9'). */
  donorId(): string {
    return `${this.digitString(4)}-${this.anyDigits(4)}-${this.anyDigits(1)}`;
  }
  /** A global registration identifier for donors: 19 digits, written in groups or whole. */
  grid(): string {
    const g = `${this.digitString(4)}${this.anyDigits(15)}`;
    return this.r() < 0.5 ? `${g.slice(0, 4)} ${g.slice(4, 8)} ${g.slice(8, 12)} ${g.slice(12, 16)} ${g.slice(16)}` : g;
  }
  /** A cord blood unit id: the registry's form or a bank's own. */
  cbuId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(4)}-${this.anyDigits(4)}-${this.anyDigits(1)}`;
    if (k === 1) return `CB${pad2(this.int(5, 24))}-${this.digitString(5)}`;
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  /** An ISBT 128 donation identification number: facility, year, serial (spaced or not). */
  din(): string {
    const f = `${this.pick(['W', 'A', 'G', 'X'])}${this.digitString(4)}`;
    const yy = pad2(this.int(15, 25));
    const n = this.anyDigits(6);
    return this.r() < 0.6 ? `${f} ${yy} ${n}` : `${f}${yy}${n}`;
  }
  bagId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `BG-${this.digitString(6)}`;
    if (k === 1) return this.digitString(8);
    return `${this.letters(1)}${this.digitString(7)}`;
  }
  /** A CAR-T chain-of-identity number. */
  coi(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(7)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(5)}-${this.letters(2)}`;
    return `COI-${this.digitString(8)}`;
  }
  orderId(): string {
    return this.r() < 0.5 ? `ORD-${this.digitString(7)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(8);
    if (k === 2) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    return `${this.letters(3)}-${this.digitString(5)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `1P${this.digitString(5)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    return this.digitString(9);
  }
  accession(prefix: string): string {
    const yy = pad2(this.int(15, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${prefix}${yy}-${this.digitString(5)}`;
    if (k === 1) return `${prefix}-${this.digitString(6)}`;
    return this.digitString(9);
  }
  badge(): string {
    return this.r() < 0.5 ? `E${this.digitString(6)}` : this.digitString(this.int(5, 6));
  }
  crid(): string {
    return this.digitString(9);
  }
  rx(): string {
    return this.r() < 0.5 ? this.digitString(7) : `RX${this.digitString(8)}`;
  }
  confirmation(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(5)}` : this.digitString(8);
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return this.digitString(11);
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.digitString(5)}-${this.anyDigits(3)}`;
  }
  auth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `A${this.digitString(9)}`;
    if (k === 1) return `PA-${this.digitString(8)}`;
    return this.digitString(10);
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${pad2(this.int(15, 25))}${this.letters(1)}${this.digitString(9)}`;
  }
  caseNo(): string {
    return this.r() < 0.5 ? `CM-${this.digitString(7)}` : this.digitString(9);
  }
  /** A Medicare beneficiary identifier ('1EG4-TE5-MK73'), with its dashes or without. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPRTUVWXY';
    const a = () => this.lettersOf(L, 1);
    const n = () => String(this.int(0, 9));
    const an = () => (this.r() < 0.5 ? a() : n());
    const m = [String(this.int(1, 9)), a(), an(), n(), a(), an(), n(), a(), a(), n(), n()].join('');
    return this.r() < 0.5 ? `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}` : m;
  }
  medicaid(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 12)) : `${this.letters(2)}${this.digitString(7)}${this.letters(1)}`;
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
    const k = this.int(0, 2);
    if (k === 0) return `MD${this.digitString(6)}`;
    if (k === 1) return `${this.pick(['NC', 'TN', 'NE', 'MN'])}-${this.digitString(5)}`;
    return this.digitString(7);
  }
  deviation(): string {
    return `DEV-${this.year()}-${this.digitString(4)}`;
  }
  mediaId(): string {
    return `IMG${this.digitString(8)}`;
  }
  grant(): string {
    return this.r() < 0.5 ? `G-${this.digitString(6)}` : this.digitString(6);
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // donor search and HLA typing
  ['donor search request header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const rid = d.rid(); const [sc, sp] = d.staff(); const dt = d.date();
    return [`UNRELATED DONOR SEARCH REQUEST\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nDx: ${d.diagnosis()}   ${d.pick(['NMDP', 'Registry'])} RID: ${rid}\nSearch coordinator: ${sc}, CCTC   Submitted: ${dt}`, [...nameParts(p), dob, mrn, rid, ...sp, dt]];
  }],
  ['HLA typing report', (d) => {
    const p = d.person(); const acc = d.accession('HLA'); const dt = d.date(); const lab = d.hlaLab(); const g = d.given(); const s = d.sur();
    return [`HLA TYPING REPORT - ${lab}\nName: ${listed(p)}   Accession: ${acc}   Received: ${dt}\nHigh resolution (NGS): ${d.hla()}\nApproved by ${g} ${s}, PhD, D(ABHI)`, [lab, ...nameParts(p), acc, dt, g, s]];
  }],
  ['sibling typed HLA-identical', (d) => {
    const p = d.person(); const dob = d.dob(1950, 2012); const mrn = d.mrn(); const dt = d.slashMd();
    return [`Sibling ${written(p)} (DOB ${dob}, donor MRN ${mrn}) typed ${dt}: 8/8 HLA-identical, ABO compatible, CMV seropositive.`, [...nameParts(p), dob, mrn, dt]];
  }],
  ['haploidentical relative phone screen', (d) => {
    const p = d.person(); const [ph, pp] = d.phone(); const t = d.town(); const em = d.handleEmail(p.given, p.surs[0]!);
    return [`Haplo candidate: ${d.relation()} ${written(p)}, age ${d.int(19, 58)}, lives in ${t}, ${d.state()}; cell ${ph}, e-mail ${em}. Buccal swab kit mailed.`, [...nameParts(p), t, pp, em]];
  }],
  ['unrelated donor selection', (d) => {
    const id = d.donorId(); const grid = d.grid(); const [sc, sp] = d.staff(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`Selected donor ${id} (GRID ${grid}), ${d.int(19, 35)}M, CMV neg, ${d.pick(['10/10', '8/8', '7/8'])} via ${d.registry()}. Work-up clearance ${dt}. Coordinator ${sc}, ${ph}.`, [id, grid, dt, ...sp, pp]];
  }],
  ['cord blood unit table', (d) => {
    const a = d.cbuId(); const b = d.cbuId(); const ba = d.cordBank(); const bb = d.cordBank();
    return [`CBU ID        Bank                          Match   TNC x10^7/kg\n${a}   ${ba}   ${d.pick(['5/6', '4/6'])}     ${d.int(2, 6)}.${d.int(0, 9)}\n${b}   ${bb}   4/6     ${d.int(2, 6)}.${d.int(0, 9)}`, [a, ba, b, bb]];
  }],
  ['cord unit shipment', (d) => {
    const c = d.cbuId(); const ba = d.cordBank(); const w = d.weekday(); const md = d.monDay(); const [ph, pp] = d.phone();
    return [`Cord unit ${c} released by ${ba}; dry shipper arrives ${w} ${md}. Bank contact line ${ph}. Thaw per bank SOP (albumin/dextran wash).`, [c, ba, w, md, pp]];
  }],
  ['donor work-up schedule', (d) => {
    const id = d.donorId(); const ac = d.apheresisCenter(); const a = d.date(); const w = d.weekday();
    return [`Donor ${id}: physical and labs ${a} at ${ac}; filgrastim days 1-5, collection ${w}. Backup collection day 6 if CD34+ yield under 4 x10^6/kg.`, [id, a, ac, w]];
  }],
  ['international courier handoff', (d) => {
    const g = d.given(); const s = d.sur(); const ph = d.phoneAbroad(); const dt = d.date(); const id = d.donorId();
    return [`Courier ${g} ${s} (mobile ${ph}) collected product for donor ${id} in ${d.country()} and hand-delivered it to the cell therapy lab ${dt} at ${d.time()}.`, [g, s, ph, id, dt]];
  }],
  ['donor search status phone message', (d) => {
    const p = d.person(); const [ph, pp] = d.phone(); const w = d.weekday(); const [sc, sp] = d.staff();
    return [`Phone msg: patient's ${d.relation()} ${written(p)} called ${w} asking about the donor search; call back at ${ph}. Routed to ${sc}.`, [...nameParts(p), w, pp, ...sp]];
  }],
  // apheresis collection logs
  ['apheresis collection log header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const sn = d.serial(); const lot = d.lot(); const ini = d.initials();
    return [`APHERESIS COLLECTION LOG\nDonor/Patient: ${listed(p)}   MRN ${mrn}   Date: ${dt}\nDevice: Spectra Optia SN ${sn}   Kit lot ${lot}   Operator: ${ini}`, [...nameParts(p), mrn, dt, sn, lot, ini]];
  }],
  ['daily CD34 yield table', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const da = d.din(); const db = d.din();
    return [`Day  Date   DIN                 CD34+ x10^6/kg   Vol (mL)\n1    ${a}   ${da}   ${d.int(1, 4)}.${d.int(0, 9)}              ${d.int(180, 320)}\n2    ${b}   ${db}   ${d.int(1, 4)}.${d.int(0, 9)}              ${d.int(180, 320)}`, [a, da, b, db]];
  }],
  ['mobilization with plerixafor', (d) => {
    const o = d.nth(); const w = d.weekday(); const [rn, rp] = d.staff();
    return [`Peripheral CD34 count 8/uL on the ${o}; plerixafor (Mozobil) 0.24 mg/kg given ${w} evening by ${rn}, RN. Collect in AM.`, [o, w, ...rp]];
  }],
  ['apheresis catheter placement', (d) => {
    const lot = d.lot(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Trifusion apheresis catheter (lot ${lot}) placed R IJ by Dr. ${g} ${s}, IR, on ${dt}. Tip at cavoatrial junction.`, [lot, g, s, dt]];
  }],
  ['apheresis nurse signature', (d) => {
    const g = d.given(); const s = d.sur(); const ini = d.initials(); const ext = d.ext(); const ac = d.apheresisCenter();
    return [`Collection complete, no citrate toxicity. ${g} ${s}, RN, HP(ASCP) (${ini})\n${ac}, ext. ${ext}`, [g, s, ini, ac, ext]];
  }],
  ['CAR-T leukapheresis order', (d) => {
    const p = d.person(); const prod = d.carT(); const coi = d.coi(); const oid = d.orderId(); const dt = d.date(); const em = d.email(d.given(), d.sur());
    return [`${prod} enrollment: ${listed(p)}, COI ${coi}, ${CAR_T_MAKER[prod]!} order ${oid}. Leukapheresis ${dt}. Scheduling: ${em}`, [...nameParts(p), coi, oid, dt, em]];
  }],
  ['chain of identity verification', (d) => {
    const coi = d.coi(); const din = d.din(); const a = d.given(); const b = d.sur(); const c = d.given(); const e = d.sur();
    return [`Chain of identity checked: COI ${coi} matches DIN ${din} on the apheresis bag. Verified by ${a} ${b} and ${c} ${e}.`, [coi, din, a, b, c, e]];
  }],
  // stem cell product labels
  ['stem cell product label', (d) => {
    const din = d.din(); const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const c = d.date(); const x = d.date(); const f = d.apheresisCenter();
    return [`${din}\nHPC, APHERESIS   ${d.productCode()}\nFOR: ${listed(p)}   DOB ${dob}   MRN ${mrn}\nCollected: ${c}   Expires: ${x}\nCollection facility: ${f}\nFOR AUTOLOGOUS USE ONLY`, [din, ...nameParts(p), dob, mrn, c, x, f]];
  }],
  ['product facility address on label', (d) => {
    const f = d.apheresisCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone();
    return [`Collected by: ${f}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   FDA Reg. on file`, [f, st, t, z, pp]];
  }],
  ['cryopreserved inventory line', (d) => {
    const din = d.din(); const b1 = d.bagId(); const b2 = d.bagId(); const dt = d.date();
    return [`Cryopreserved ${dt}: DIN ${din}, bag ${b1} (1 of 2) and bag ${b2} (2 of 2), 10% DMSO, stored vapor phase LN2.`, [dt, din, b1, b2]];
  }],
  ['product thaw record', (d) => {
    const din = d.din(); const g = d.given(); const s = d.sur(); const ini = d.initials(); const lot = d.lot(); const md = d.monDay();
    return [`Thawed ${md} at 37 C: DIN ${din}. Technologist ${g} ${s}, MLS(ASCP); second check ${ini}. Dextran-albumin wash lot ${lot}. Viability 82%.`, [md, din, g, s, ini, lot]];
  }],
  ['cord unit label', (d) => {
    const c = d.cbuId(); const ba = d.cordBank(); const p = d.person(); const h = d.hospital();
    return [`HPC, CORD BLOOD   CBU ${c}\nBank: ${ba}\nIntended recipient: ${written(p)}\nShip to: Cell Therapy Lab, ${h}`, [c, ba, ...nameParts(p), h]];
  }],
  ['CAR-T product bag label', (d) => {
    const prod = d.carT(); const p = d.person(); const dob = d.dob(1935, 2005); const coi = d.coi(); const lot = d.lot();
    return [`${prod.toUpperCase()} (CAR-positive viable T cells)\nPatient: ${written(p)}   DOB: ${dob}\nCOI: ${coi}   Lot/Batch: ${lot}\nFor autologous use only. Do not irradiate.`, [...nameParts(p), dob, coi, lot]];
  }],
  ['product deviation report', (d) => {
    const dev = d.deviation(); const din = d.din(); const [qa, qp] = d.staff(); const dt = d.date();
    return [`Deviation ${dev}: label on DIN ${din} printed without the biohazard statement; corrected before release. QA reviewer ${qa}, closed ${dt}.`, [dev, din, ...qp, dt]];
  }],
  // infusion records
  ['infusion record header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const din = d.din(); const [a, ap] = d.staff(); const [b, bp] = d.staff();
    return [`HPC INFUSION RECORD (Day 0)\nPatient: ${listed(p)}   MRN: ${mrn}   Date: ${dt}\nProduct DIN: ${din}   Start ${d.time()}   Stop ${d.time()}\nRN: ${a}   Verifying RN: ${b}`, [...nameParts(p), mrn, dt, din, ...ap, ...bp]];
  }],
  ['bedside two-person verification', (d) => {
    const a = d.given(); const b = d.sur(); const ba = d.badge(); const c = d.given(); const e = d.sur(); const bb = d.badge();
    return [`Bedside verification: ${a} ${b}, RN (badge ${ba}) and ${c} ${e}, RN (badge ${bb}) confirmed name, DOB, MRN, DIN and ABO.`, [a, b, ba, c, e, bb]];
  }],
  ['infusion pump and vitals', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const dt = d.slashMd();
    return [`${dt}: marrow infused via Hickman over 2 h on Alaris pump SN ${sn}; Dr. ${g} ${s} at bedside. Transient HTN, DMSO odor noted.`, [dt, sn, g, s]];
  }],
  ['CAR-T infusion note', (d) => {
    const prod = d.carT(); const dt = d.date(); const lot = d.lot(); const [md, mp] = d.staff();
    return [`${prod} infused ${dt} at ${d.time()} (lot ${lot}), premedicated with acetaminophen and diphenhydramine. Attending: ${md}.`, [dt, lot, ...mp]];
  }],
  ['infusion reaction phone message', (d) => {
    const p = d.person(); const [ph, pp] = d.phone(); const w = d.weekday(); const ini = d.initials();
    return [`TC from ${written(p)} ${w} evening: rigors since the infusion, temp 38.6. Advised ED. Cb# ${ph}. -${ini}`, [...nameParts(p), w, pp, ini]];
  }],
  // engraftment and chimerism
  ['engraftment note', (d) => {
    const a = d.date(); const b = d.date(); const [md, mp] = d.staff(); const n = d.int(11, 24);
    return [`Neutrophil engraftment day +${n} (${a}); platelet engraftment (>20K untransfused x7d) day +${n + d.int(4, 20)} (${b}). ${md}, MD`, [a, b, ...mp]];
  }],
  ['chimerism report', (d) => {
    const p = d.person(); const acc = d.accession('CHM'); const dt = d.date(); const lab = d.hlaLab(); const [dr, dp] = d.staff();
    return [`STR CHIMERISM - ${lab}\n${listed(p)}   Acc# ${acc}   Collected ${dt}\nPB CD3: ${d.int(80, 100)}% donor   PB CD33: 100% donor\nReviewed: ${dr}`, [lab, ...nameParts(p), acc, dt, ...dp]];
  }],
  ['chimerism by date table', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdy();
    return [`date         CD3 donor %   CD33 donor %\n${a}   ${d.int(60, 90)}            ${d.int(95, 100)}\n${b}   ${d.int(80, 99)}            100\n${c}   ${d.int(90, 100)}            100`, [a, b, c]];
  }],
  ['graft failure second donor', (d) => {
    const my = d.monthYear(); const id = d.donorId(); const p = d.person();
    return [`Secondary graft failure ${my}. Plan: CD34-selected boost from original donor ${id}; if unavailable, haplo from ${d.relation()} ${written(p)}.`, [my, id, ...nameParts(p)]];
  }],
  ['day +30 marrow pathology', (d) => {
    const acc = d.accession('S'); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Day +30 bone marrow biopsy (${acc}, ${dt}): normocellular, no increased blasts, MRD negative by flow. Pathologist: ${g} ${s}, MD.`, [acc, dt, g, s]];
  }],
  // GVHD staging
  ['acute GVHD staging note', (d) => {
    const p = d.person(); const dt = d.date(); const [md, mp] = d.staff();
    return [`GVHD STAGING ${dt}\n${listed(p)}: skin stage 2 (35% BSA), liver 0, upper GI 1, lower GI 0. Overall grade II (MAGIC). Start prednisone 1 mg/kg.\n${md}`, [dt, ...nameParts(p), ...mp]];
  }],
  ['skin GVHD photo', (d) => {
    const m = d.mediaId(); const md = d.monDay(); const ini = d.initials();
    return [`Rash photographed ${md} (media ${m}), consent on file; uploaded to the chart by ${ini}. Compare with Day +21 photos.`, [md, m, ini]];
  }],
  ['GI GVHD stool volume log', (d) => {
    const a = d.weekday(); const b = d.slashMd(); const c = d.slashMd();
    return [`Stool volumes: ${b} 1,450 mL; ${c} 980 mL. Flex sig ${a} showed apoptotic crypts, consistent with GVHD.`, [b, c, a]];
  }],
  ['chronic GVHD eye referral', (d) => {
    const e = d.eyePractice(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone();
    return [`Chronic GVHD, NIH global severity moderate (eyes 2, mouth 1). Referred to ${e}, Dr. ${g} ${s}, for scleral lenses; fax ${fx}.`, [e, g, s, fp]];
  }],
  ['photopheresis referral', (d) => {
    const c = d.ecpCenter(); const dt = d.date(); const [ph, pp] = d.phone();
    return [`Steroid-refractory cGVHD: extracorporeal photopheresis at ${c} starting ${dt}; scheduler ${ph}. Ruxolitinib (Jakafi) continued.`, [c, dt, pp]];
  }],
  // caregiver agreements
  ['caregiver agreement form', (d) => {
    const p = d.person(); const c = d.person(); const b = d.person(); const [ph1, p1] = d.phone(); const [ph2, p2] = d.phone(); const dt = d.date();
    return [`24/7 CAREGIVER AGREEMENT\nPatient: ${written(p)}\nPrimary caregiver: ${written(c)} (${d.caregiverRelation()})   Cell: ${ph1}\nBackup caregiver: ${written(b)}   Phone: ${ph2}\nDate signed: ${dt}`, [...nameParts(p), ...nameParts(c), p1, ...nameParts(b), p2, dt]];
  }],
  ['caregiver signature lines', (d) => {
    const a = d.person(); const b = d.person(); const x = d.mdy(); const y = d.mdy();
    return [`Caregiver signature: ____________  Printed name: ${written(a)}  Date: ${x}\nWitness: ____________  Printed name: ${written(b)}, LCSW  Date: ${y}`, [...nameParts(a), x, ...nameParts(b), y]];
  }],
  ['caregiver weekly schedule', (d) => {
    const a = d.given(); const b = d.given(); const c = d.given(); const x = d.monDay(); const y = d.monDay(); const z = d.monDay();
    return [`Caregiver rotation:\n  week of ${x}   ${a} (${d.caregiverRelation()})\n  week of ${y}   ${b}\n  week of ${z}   ${c}`, [x, a, y, b, z, c]];
  }],
  ['caregiver teaching note', (d) => {
    const c = d.person(); const em = d.handleEmail(c.given, c.surs[0]!);
    return [`Caregiver ${written(c)} completed central line care and med teaching with teach-back; binder given. Prefers updates by e-mail: ${em}.`, [...nameParts(c), em]];
  }],
  ['caregiver change phone message', (d) => {
    const a = d.person(); const b = d.person(); const [ph, pp] = d.phone(); const hd = d.holiday();
    return [`Msg: ${written(a)} must return to work after ${hd}; ${d.relation()} ${written(b)} takes over as 24/7 caregiver. New contact ${ph}.`, [...nameParts(a), hd, ...nameParts(b), pp]];
  }],
  ['caregiver FMLA fax', (d) => {
    const c = d.person(); const e = d.employer(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`FMLA certification for caregiver ${written(c)} faxed to employer ${e} HR at ${fx} on ${dt}; leave requested for 100 days.`, [...nameParts(c), e, fp, dt]];
  }],
  ['caregiver parent over 89', (d) => {
    const n = d.ageOver89(); const g = d.given(); const t = d.town();
    return [`Only local family is the patient's mother ${g}, ${n}, in ${t}; she cannot serve as caregiver. Backup plan discussed with SW.`, [g, n, t]];
  }],
  // lodging near the center
  ['lodging referral', (d) => {
    const l = d.lodging(); const st = d.streetUnit(); const t = d.centerTown(); const z = d.zip(); const a = d.date(); const c = d.confirmation();
    return [`Lodging: ${l}, ${st}, ${t}, ${d.state()} ${z}. Check-in ${a}, confirmation ${c}. Must stay within 30 minutes of the center through day +100.`, [l, st, t, z, a, c]];
  }],
  ['apartment lease near center', (d) => {
    const st = d.streetUnit(); const z = d.zip(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const my = d.monthYear();
    return [`Family leased ${st} (${z}) from ${my}; landlord ${g} ${s}, ${ph}. 12 minutes to clinic.`, [st, z, my, g, s, pp]];
  }],
  ['caregiver parking pass', (d) => {
    const pl = d.plate(); const c = d.person(); const x = d.slashMd(); const y = d.slashMd();
    return [`Parking pass for caregiver ${written(c)}: ${d.pick(['silver', 'white', 'red', 'black'])} ${d.pick(['Ford F-150', 'Honda CR-V', 'Toyota Camry', 'Chevy Tahoe'])}, ${d.state()} plate ${pl}, valid ${x}-${y}.`, [...nameParts(c), pl, x, y]];
  }],
  ['social work lodging grant', (d) => {
    const l = d.lodging(); const gr = d.grant(); const [sw, sp] = d.staff(); const [ph, pp] = d.phone();
    return [`Lodging grant #${gr} approved for ${l} (first 30 nights). SW ${sw}, LCSW, ${ph}. Gas cards x4 provided.`, [gr, l, ...sp, pp]];
  }],
  ['home address far from center', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const ct = d.otherTown(t);
    return [`Home: ${st}, ${t} ${z}, about ${d.int(2, 5)} h drive from ${ct}; relocation required for the first 100 days.`, [st, t, z, ct]];
  }],
  ['lodging website and e-mail', (d) => {
    const l = d.lodging(); const u = d.url(); const g = d.given(); const s = d.sur(); const em = d.handleEmail(g, s);
    return [`Waitlisted at ${l}. Info: ${u}. House manager ${g} ${s}, ${em}.`, [l, u, g, s, em]];
  }],
  // CMV and EBV monitoring
  ['CMV PCR log table', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdy();
    return [`CMV PCR (IU/mL)\n${a}   <137 (not detected)\n${b}   ${d.int(200, 900)}\n${c}   ${d.int(1000, 9000).toLocaleString('en-US')}`, [a, b, c]];
  }],
  ['CMV reactivation treatment', (d) => {
    const o = d.nth(); const ph = d.pharmacy(); const rx = d.rx(); const [md, mp] = d.staff();
    return [`CMV rising, started valganciclovir 900 mg BID on the ${o}; filled at ${ph}, Rx #${rx}. Prescriber ${md}. Letermovir stopped.`, [o, ph, rx, ...mp]];
  }],
  ['EBV viremia and rituximab', (d) => {
    const dt = d.date(); const acc = d.accession('SP'); const w = d.weekday();
    return [`EBV ${d.int(5, 90)},000 copies/mL ${dt}; node biopsy ${acc} pending for PTLD. Rituximab 375 mg/m2 first dose ${w}.`, [dt, acc, w]];
  }],
  ['outside lab result by fax', (d) => {
    const lab = d.outsideLab(); const acc = d.accession('L'); const dt = d.date(); const [fx, fp] = d.phone();
    return [`Outside labs from ${lab} (acc ${acc}, drawn ${dt}) received by fax from ${fx}: CMV not detected, tacrolimus 7.9.`, [lab, acc, dt, fp]];
  }],
  // day +100 summaries
  ['day +100 summary header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const tx = d.date(); const crid = d.crid(); const [md, mp] = d.staff();
    return [`DAY +100 SUMMARY\nPatient: ${listed(p)}   MRN ${mrn}\nTransplant date: ${tx}   Donor: ${d.pick(['MUD 8/8', 'haplo (son)', 'MRD', 'dUCB'])}\nCIBMTR CRID: ${crid}\nAttending: ${md}`, [...nameParts(p), mrn, tx, crid, ...mp]];
  }],
  ['day +100 narrative', (d) => {
    const g = d.given(); const dt = d.date(); const my = d.monthYear();
    return [`${g} underwent Flu/Bu4 myeloablative alloHCT on ${dt} and had an uncomplicated course apart from grade I skin GVHD in ${my}.`, [g, dt, my]];
  }],
  ['day +100 restaging', (d) => {
    const c = d.imaging(); const dt = d.date();
    return [`Restaging PET/CT at ${c} on ${dt}: Deauville 2, complete metabolic response.`, [c, dt]];
  }],
  ['referring oncologist cc', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.street(); const t = d.town(); const [fx, fp] = d.phone();
    return [`cc: ${g} ${s}, MD\n${pr}\n${st}, ${t}, ${d.state()}\nFax: ${fx}`, [g, s, pr, st, t, fp]];
  }],
  // CRS and ICANS grading for CAR-T
  ['CRS grading flowsheet', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const ini = d.initials();
    return [`Date    Time    Tmax   SBP   O2         ASTCT CRS\n${a}   ${d.time()}   39.2   104   RA         Grade 1\n${b}   ${d.time()}   39.8   86    2 L NC     Grade 2\nGraded by: ${ini}`, [a, b, ini]];
  }],
  ['ICE score naming the hospital', (d) => {
    const h = d.hospital(); const t = d.centerTown(); const my = d.monthYear();
    return [`ICE 8/10: oriented to year and month (${my}), named the hospital ("${h}") and the city (${t}); could not count back from 100 by 10s.`, [my, h, t]];
  }],
  ['tocilizumab dose record', (d) => {
    const lot = d.lot(); const [ph, pp] = d.staff(); const dt = d.date();
    return [`Tocilizumab (Actemra) 8 mg/kg IV x1 ${dt} at ${d.time()} for grade 2 CRS; lot ${lot}, verified by ${ph}, PharmD.`, [dt, lot, ...pp]];
  }],
  ['ICANS EEG and neurology', (d) => {
    const eeg = d.accession('EEG'); const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`ICANS grade 3 ${w}; EEG ${eeg} without seizures. Neurology (Dr. ${g} ${s}) recommends dexamethasone 10 mg q6h and levetiracetam.`, [w, eeg, g, s]];
  }],
  ['CAR-T stay near center', (d) => {
    const l = d.lodging(); const c = d.person(); const dt = d.date();
    return [`Per REMS, pt stays within 2 hours of the center for 4 weeks (through ${dt}), at ${l} with caregiver ${written(c)}. No driving for 8 weeks.`, [dt, l, ...nameParts(c)]];
  }],
  ['CAR-T wallet card', (d) => {
    const p = d.person(); const prod = d.carT(); const dt = d.date(); const [ph, pp] = d.phone(); const h = d.hospital();
    return [`PATIENT WALLET CARD\nName: ${written(p)}\nReceived ${prod} on ${dt} at ${h}\n24-hour BMT line: ${ph}\nIf fever or confusion, go to the ER.`, [...nameParts(p), dt, h, pp]];
  }],
  ['elderly CAR-T candidate', (d) => {
    const n = d.ageOver89(93); const p = d.person(); const h = d.hospital();
    return [`${n}-year-old with relapsed DLBCL referred by ${h}; ${d.relation()} ${written(p)} attended. KPS 70, HCT-CI 3.`, [n, h, ...nameParts(p)]];
  }],
  // insurance prior authorizations
  ['prior authorization request', (d) => {
    const p = d.person(); const dob = d.dob(); const mem = d.member(); const grp = d.group(); const dt = d.date();
    return [`PRIOR AUTHORIZATION REQUEST - ${d.insurer()}\nMember: ${listed(p)}   DOB ${dob}\nMember ID: ${mem}   Group #: ${grp}\nService: CPT 38240 allogeneic HPC transplant   Requested: ${dt}`, [...nameParts(p), dob, mem, grp, dt]];
  }],
  ['authorization approval', (d) => {
    const au = d.auth(); const a = d.date(); const b = d.date(); const [cm, cp] = d.staff(); const [ph, pp] = d.phone(); const ext = d.ext();
    return [`Auth #${au} approved, valid ${a} through ${b}. Transplant case manager ${cm}, ${ph} ext ${ext}.`, [au, a, b, ...cp, pp, ext]];
  }],
  ['transplant network case', (d) => {
    const cs = d.caseNo(); const h = d.hospital(); const my = d.monthYear();
    return [`${d.insurer()} transplant network case ${cs}: ${h} approved as the Center of Excellence for the search and transplant episode starting ${my}.`, [cs, h, my]];
  }],
  ['denial and peer-to-peer', (d) => {
    const cl = d.claim(); const g = d.given(); const s = d.sur(); const w = d.weekday(); const md = d.monDay();
    return [`Claim ${cl} denied (donor search charges). Peer-to-peer with medical director Dr. ${g} ${s} set for ${w}, ${md} at ${d.time()}.`, [cl, g, s, w, md]];
  }],
  ['Medicare and Medicaid ids', (d) => {
    const m = d.mbi(); const md = d.medicaid(); const ssn = d.ssn();
    return [`Coverage: Medicare MBI ${m}; secondary Medicaid ID ${md}. SSN on file ${ssn} for the CAR-T coverage analysis.`, [m, md, ssn]];
  }],
  // long-term follow-up letters
  ['LTFU letter address block', (d) => {
    const dt = d.date(); const p = d.person(); const st = d.streetUnit(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${written(p)}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Annual long-term follow-up after transplant`, [dt, ...nameParts(p), st, t, z]];
  }],
  ['LTFU anniversary letter', (d) => {
    const tx = d.date(); const hd = d.holiday(); const u = d.url();
    return [`Your transplant on ${tx} is now ${d.int(1, 15)} years behind you; we hope the ${hd} gathering was a happy one. Schedule your visit at ${u}.`, [tx, hd, u]];
  }],
  ['revaccination record', (d) => {
    const a = d.lot(); const b = d.lot(); const x = d.slashMd(); const y = d.slashMd();
    return [`Revaccination: Prevnar 20 ${x} (lot ${a}); Shingrix #1 ${y} (lot ${b}). MMR deferred until 24 months, off immunosuppression.`, [x, a, y, b]];
  }],
  ['survivorship clinic sign-off', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence(); const [ph, pp] = d.phone(); const em = d.handleEmail(g, s);
    return [`${g} ${s}, MD, Survivorship Clinic (license ${lic})\nPhone ${ph} | ${em}`, [g, s, lic, pp, em]];
  }],
  ['telehealth link and IP', (d) => {
    const u = d.url(); const ip = d.ip(); const md = d.monDay();
    return [`Video LTFU visit ${md}: link ${u}; pt connected from IP ${ip}, audio only after 6 min.`, [md, u, ip]];
  }],
  ['LTFU letter donor sibling moved', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const o = d.nth();
    return [`Thank you for letting us know that ${g} ${s}, your donor sibling, moved to ${t}. We will mail the donor survey on the ${o}.`, [g, s, t, o]];
  }],
];

/** The names of the wave's frames. */
export const marrowFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function marrowWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 18371, rounds);
}

/** Look-alikes in transplant and cellular therapy style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named criteria
  ['Skin GVHD staged by modified Glucksberg criteria.', 'Glucksberg'], ['Karnofsky 80 at evaluation.', 'Karnofsky'], ['Lansky play score 70.', 'Lansky'],
  ['Sorror HCT-CI of 3.', 'Sorror'], ['Cairo-Bishop laboratory TLS.', 'Cairo-Bishop'], ['Modified Seattle criteria for VOD not met.', 'Seattle'],
  ['Baltimore criteria met: bilirubin 2.4, hepatomegaly, weight gain 6%.', 'Baltimore'], ['Philadelphia chromosome-positive ALL.', 'Philadelphia'],
  ['Epstein-Barr virus PCR weekly.', 'Epstein-Barr'], ['Fanconi anemia, chromosome breakage positive.', 'Fanconi'],
  ['Diamond-Blackfan anemia, transfusion dependent.', 'Diamond-Blackfan'], ['Wiskott-Aldrich syndrome in a 3-year-old.', 'Wiskott-Aldrich'],
  ['Hurler syndrome, enzyme replacement before HCT.', 'Hurler'], ['Burkitt lymphoma, relapsed.', 'Burkitt'], ['Classic Hodgkin lymphoma, third relapse.', 'Hodgkin'],
  ["Waldenström's macroglobulinemia.", 'Waldenström'], ["Richter's transformation of CLL.", "Richter's"], ['Sézary syndrome, stage IVA.', 'Sézary'],
  ['Double-lumen Hickman catheter in place.', 'Hickman'], ['Broviac catheter removed.', 'Broviac'], ['Ommaya reservoir for intrathecal chemo.', 'Ommaya'],
  ['Direct Coombs negative.', 'Coombs'], ['Shwachman-Diamond syndrome.', 'Shwachman-Diamond'], ['Castleman disease, multicentric.', 'Castleman'],
  ['Kaplan-Meier estimate of OS at 2 years.', 'Kaplan-Meier'],
  // scales, scores and grades
  ['Overall grade II per MAGIC criteria.', 'MAGIC'], ['NIH global severity: moderate.', 'NIH'], ['ASTCT CRS grade 2.', 'ASTCT CRS grade 2'],
  ['ICANS grade 1, ICE 7/10.', 'ICE 7/10'], ['CARTOX-10 score 9.', 'CARTOX-10'], ['EASIX score 4.2.', 'EASIX'], ['Minnesota high-risk acute GVHD.', 'Minnesota'],
  ['Lee cGVHD symptom scale 28.', 'Lee'], ['KPS 80.', 'KPS 80'], ['DRI high.', 'DRI'], ['ECOG 1.', 'ECOG 1'], ['Deauville 2.', 'Deauville'],
  ['R-IPI intermediate.', 'R-IPI'], ['Lugano complete metabolic response.', 'Lugano'], ['IPSS-R high risk.', 'IPSS-R'], ['DIPSS-plus intermediate-2.', 'DIPSS-plus'],
  ['ELN 2022 adverse risk.', 'ELN 2022'], ['Bearman grade 2 mucositis.', 'Bearman'], ['WHO grade 3 mucositis.', 'WHO grade 3'],
  // drugs and brands
  ['Tacrolimus trough 8.4 ng/mL.', 'Tacrolimus'], ['Thymoglobulin 4.5 mg/kg total.', 'Thymoglobulin'], ['Post-transplant cyclophosphamide days +3 and +4.', 'Post-transplant cyclophosphamide'],
  ['Plerixafor (Mozobil) the night before.', 'Mozobil'], ['Filgrastim (Neupogen) 10 mcg/kg.', 'Neupogen'], ['Tocilizumab (Actemra) x2.', 'Actemra'],
  ['Letermovir (Prevymis) through day +100.', 'Prevymis'], ['Maribavir (Livtencity) for refractory CMV.', 'Livtencity'], ['Ruxolitinib (Jakafi) 10 mg BID.', 'Jakafi'],
  ['Belumosudil (Rezurock) started.', 'Rezurock'], ['Defibrotide (Defitelio) for VOD.', 'Defitelio'], ['Axicabtagene ciloleucel (Yescarta).', 'Yescarta'],
  ['Tisagenlecleucel (Kymriah).', 'Kymriah'], ['Lisocabtagene maraleucel (Breyanzi).', 'Breyanzi'], ['Idecabtagene vicleucel (Abecma).', 'Abecma'],
  ['Ciltacabtagene autoleucel (Carvykti).', 'Carvykti'], ['Brexucabtagene autoleucel (Tecartus).', 'Tecartus'], ['Busulfan AUC-targeted.', 'Busulfan'],
  ['Fludarabine 30 mg/m2 x4.', 'Fludarabine'], ['Melphalan 200 mg/m2.', 'Melphalan'], ['Posaconazole prophylaxis.', 'Posaconazole'], ['Anakinra for refractory ICANS.', 'Anakinra'],
  ['Ursodiol 300 mg TID.', 'Ursodiol'], ['Bactrim DS MWF.', 'Bactrim'], ['Foscarnet for ganciclovir-resistant CMV.', 'Foscarnet'],
  // devices
  ['Collected on the Spectra Optia.', 'Spectra Optia'], ['CD34 selection on CliniMACS Prodigy.', 'CliniMACS Prodigy'], ['Volume reduction on Sepax.', 'Sepax'],
  ['Alaris pump channel B.', 'Alaris'], ['CryoMACS freezing bags.', 'CryoMACS'], ['PICC, 5 Fr double lumen.', 'PICC'], ['Controlled-rate freezer run completed.', 'Controlled-rate freezer'],
  // national registries, banks, bodies, manufacturers, insurers
  ['Preliminary search through NMDP.', 'NMDP'], ['Be The Match registry search.', 'Be The Match'], ['Donor from DKMS.', 'DKMS'], ['Anthony Nolan registry donor.', 'Anthony Nolan'],
  ['Reported to CIBMTR.', 'CIBMTR'], ['FACT-accredited program.', 'FACT'], ['Product manufactured by Kite.', 'Kite'], ['Novartis manufacturing slot confirmed.', 'Novartis'],
  ['Aetna Institutes of Excellence.', 'Aetna'], ['Updates posted on CaringBridge.', 'CaringBridge'], ['American Cancer Society lodging program.', 'American Cancer Society'],
  ['Leukemia & Lymphoma Society co-pay grant.', 'Leukemia & Lymphoma Society'], ['FDA REMS for CAR-T.', 'REMS'], ['AABB standards.', 'AABB'], ['WMDA guidelines.', 'WMDA'],
  // codes and standards
  ['ISBT 128 labeling.', 'ISBT 128'], ['Product code S1398 on the label.', 'S1398'], ['21 CFR 1271 compliance.', '21 CFR 1271'], ['FACT-JACIE standards, 8th edition.', 'FACT-JACIE'],
  ['CPT 38240 allogeneic transplant.', '38240'], ['CPT 38241 autologous.', '38241'], ['HCPCS Q2041.', 'Q2041'], ['MS-DRG 018.', 'MS-DRG 018'],
  ['ICD-10 D89.811 chronic GVHD.', 'D89.811'], ['Z94.84 stem cell transplant status.', 'Z94.84'], ['T86.09 other complications of BMT.', 'T86.09'], ['Revenue code 0815.', '0815'],
  // HLA, match grades and lab values
  ['HLA-A*02:01 homozygous.', 'A*02:01'], ['DRB1*15:01 mismatch.', 'DRB1*15:01'], ['8/8 matched unrelated donor.', '8/8'], ['4/6 cord unit.', '4/6'],
  ['DSA MFI 2,500.', 'MFI 2,500'], ['KIR B/x donor.', 'KIR B/x'], ['CD34+ 5.2 x10^6/kg.', '5.2 x10^6/kg'], ['TNC 3.1 x10^7/kg.', '3.1 x10^7/kg'],
  ['ANC 520 on day +14.', 'ANC 520'], ['CMV PCR 1,240 IU/mL.', '1,240 IU/mL'], ['EBV 4,200 copies/mL.', '4,200 copies/mL'], ['Ferritin 2,340.', 'Ferritin 2,340'],
  ['Viability 91% by 7-AAD.', '7-AAD'], ['CD3 chimerism 94% donor.', '94% donor'], ['IL-6 148 pg/mL.', 'IL-6 148 pg/mL'],
  // relative days, durations and counts
  ['Day 0 infusion.', 'Day 0'], ['Engrafted day +14.', 'day +14'], ['Conditioning began day -7.', 'day -7'], ['D+100 visit.', 'D+100'],
  ['Bag 2 of 3.', 'Bag 2 of 3'], ['Stay within 2 hours for 4 weeks.', '4 weeks'], ['No driving for 8 weeks.', '8 weeks'], ['100 days of caregiver support.', '100 days'],
  ['Two apheresis sessions.', 'Two apheresis sessions'],
  // generic places
  ['Admitted to the transplant unit.', 'transplant unit'], ['Seen in the apheresis unit.', 'apheresis unit'], ['Delivered to the cell therapy lab.', 'cell therapy lab'],
  ['Unit returned to the cord blood bank.', 'cord blood bank'], ['Moved into the lodging near the center.', 'the lodging'], ['BMT clinic follow-up.', 'BMT clinic'],
  ['Infusion center chair 6.', 'Infusion center'],
  // relations and roles without names, ages, years, countries and states
  ['Her sister was the donor.', 'sister'], ['Haploidentical son as donor.', 'son'], ['The caregiver stayed overnight.', 'caregiver'],
  ['The search coordinator called the registry.', 'search coordinator'], ['Unrelated donor, 24-year-old male.', '24'], ['67-year-old with AML.', '67'],
  ['Transplanted in 2019.', '2019'], ['Donor from Germany.', 'Germany'], ['Donor in Poland.', 'Poland'], ['Relocated from Kentucky.', 'Kentucky'],
  // everyday words that are also names or towns
  ['Patient expressed hope about the transplant.', 'hope'], ['Graft function is good.', 'Graft'], ['Marrow cellularity 40%.', 'Marrow'],
  ['Pay stub and credit union statement for financial clearance.', 'credit union'], ['Patient values her liberty; isolation precautions reviewed.', 'liberty'], ['Will need platelets tomorrow.', 'Will'],
  ['Joy in small things; mood improving.', 'Joy'], ['Faith community visiting.', 'Faith'], ['Cord clamped at delivery.', 'Cord'], ['Bone pain after filgrastim.', 'Bone'],
  ['Stone-free kidneys on CT.', 'Stone'], ['Child life specialist visited.', 'Child'], ['Banked cord blood.', 'Banked'],
];

export const marrowKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedMarrowKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(marrowKeepCases(), find);

export function scoreMarrowWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => marrowWaveCases(seed)), find);
}
