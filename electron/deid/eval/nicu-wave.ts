// A blind wave of neonatal intensive care records: NICU admission histories and physicals for newborns (the baby as
// 'Baby Boy Okafor', 'BG Lindqvist', 'Twin B Moreau' or 'Triplet C Hill', the mother's name, age and prenatal clinic,
// the delivering obstetrician, the resuscitation team, the birth hospital and its town, rupture, LMP and EDD dates),
// daily progress notes by system (DOL, corrected gestational age, weights in grams, head ultrasounds, ROP exams,
// cultures, NEC and surgical consults, overnight events, attending signatures with NPI), parent communication logs
// (phone updates with the parent's number, family meetings, interpreters with their ids, camera links and e-mail,
// contact lists and banded visitors), breast milk labels and donor milk tracking (label barcodes, milk bank lots and
// pasteurization dates, consents, scan mismatches with safety report numbers, pump loans, freezer inventories),
// transport (retrieval team) notes (referring hospital and doctor, callback lines, team members, aircraft tail numbers,
// ground unit ids, isolette and ventilator serials, telephone consent, handoff), newborn screen results (kit numbers,
// collection dates, calls from the state lab, CCHD and hearing screens with screener serials, repeat screens),
// discharge summaries with follow-up appointments (pediatric practices with street and town, high-risk follow-up
// clinics, Early Intervention by county, pharmacies, home oxygen suppliers and oximeter serials, immunization lots,
// methadone prescriptions with the prescriber's DEA number, home addresses, holidays), car seat challenge records, social
// work and bereavement notes (Medicaid ids, child protective hotline reports and investigators, birth certificate
// worksheets with the mother's SSN and the state file number, lodging, deaths, funeral homes, cemeteries, death
// certificates, autopsies), twin and triplet records under the mother's surname, genetics send-outs, bedside camera
// tickets with IP addresses and insurance lines, in mixed case, ALL CAPS and lower case. Written without reading the
// engine's rules or any gold data. `scoreNicuWave`.
// Decisions: in 'Baby Boy Okafor', 'BG Lindqvist', 'Twin A Hill', 'Triplet C Moro' and 'Okafor, Baby Girl' the surname
// is planted and 'Baby Boy', 'BG', 'Twin A' and 'Triplet C' are not; a double surname ('Reyes-Hill') is planted whole;
// a baby's given name, a parent's, grandparent's, sibling's and visitor's given name and surname, and a clinician's,
// nurse's, therapist's, chaplain's, caseworker's, coordinator's and interpreter's names are planted, a title ('Dr.',
// 'Mrs.') and a credential ('NNP', 'RN, C-NPT', 'RRT-NPS', 'IBCLC', 'LCSW', 'CNSC') are not; the initials of a nurse, a
// respiratory therapist, a milk technician or a screener are planted. Surnames include eponyms of the unit (Bell,
// Ballard, Fenton, Silverman, Moro, Coombs) and everyday words (Stone, Hill, Love, Little, Young). A hospital, a
// pediatric practice, a milk bank, a funeral home, a cemetery, an independent pharmacy and a home medical supplier are
// planted whole with their kind words ('Liberty Women's and Children's Hospital', 'Little Sprouts Pediatrics',
// 'Heartland Mothers' Milk Bank', 'Okafor & Sons Funeral Chapel', 'Union Family Pharmacy'); a pharmacy chain alone
// ('CVS', 'Walgreens'), the Ronald McDonald House, a payer and a state agency ('DCFS', 'CPS', 'the state lab') are
// kept; a town and a county's name are planted (the word 'County' is not part of it), a state is kept; a street
// address is planted from its house number to its street type, a ZIP apart. Every date element other than the year
// is planted as written: birth, admission, discharge, LMP, EDD, ROM, ultrasound, culture, screen, consent, death and
// appointment dates in all the usual forms ('03/14/2024', '3/14/24', '14 March 2024', 'Mar 14', '3/14'), weekdays,
// ordinal days ('the 14th'), a month with a year ('March 2021'), and holidays that fix a day ('Christmas Eve',
// "Valentine's Day", 'the Fourth of July'); a weekday written with its month and day is planted as one part; clock
// times ('0412', '@ 23:58') are kept. Ages of parents and grandparents of 89 and under are kept, a great-grandparent's
// age over 89 is planted. Gestational and corrected ages ('28+3 weeks', '34 4/7', 'CGA 36+1'), DOL and hours of
// life, weights in grams, head circumferences, percentiles, pods, bays and bed numbers ('Pod C bed 14') are kept. MRNs,
// account numbers, Medicaid and member ids, authorization numbers, newborn screen kit numbers, milk label barcodes,
// donor milk lots, vaccine lots, interpreter ids, safety report and biomed ticket numbers, CPS intake numbers, birth
// and death certificate numbers, autopsy and genetics accessions, NPI and DEA numbers, device serials (isolettes,
// ventilators, pumps, hearing screeners, oximeters, car seats), aircraft tail numbers and ground unit ids, SSNs, IP
// addresses, URLs, e-mail addresses, phones and faxes and their extensions are planted; a phone's leading '(' need not
// be covered; a model ('TI500', 'ALGO 5', 'SnugRide 35') is kept. Kept (look-alikes): Apgar scores ('Apgars 8/9'),
// Ballard, Silverman-Andersen, Bell staging, Moro, Sarnat, Thompson, Papile, SNAPPE-II, CRIB II, Finnegan, Bhutani,
// Kramer, Fenton and Olsen charts, Coombs, Kleihauer-Betke, Ortolani and Barlow, Babinski, Galant, Erb and Klumpke,
// Hirschsprung, Pierre Robin, DiGeorge, Fallot, Blalock-Taussig, Norwood, Apt and Guthrie, Wharton's jelly,
// Dandy-Walker, Beckwith-Wiedemann, Bochdalek, Meckel, Potter, Down and Edwards syndromes, Brazelton, Dubowitz,
// Bayley, Hammersmith, Prechtl; vent settings, blood gases, labs, feeds ('PO 6/8 feeds'), drugs, formulas and
// fortifiers, devices and brands (Giraffe OmniBed, Isolette, Babylog, Life Pulse, NeoPuff, RAM cannula, Vapotherm,
// Medela Symphony, Dr. Brown's bottles, Halo SleepSack, Graco SnugRide, Angel Eye, NicView), ICD-10, CPT and DRG codes,
// gestational ages, weights, pods and beds, relations and roles without names ('Mom', 'FOB', 'MGM', 'the NNP'),
// generic places (the NICU, the step-down nursery, L&D, the milk room, the referring hospital), states, countries,
// years alone, times, ages of 89 and under, and everyday words that are also names (hope, faith, grace, miracle).
// Measured before rules: 0.933 recall on seeds 5, 11, 23 (4131/4430), 0.929 on fresh seeds 41, 42, 43 (4110/4426); 9/149
// look-alikes touched ("Kramer", "Coombs", "6/8", "Babylog", "Dr. Brown's", "Twin B", "Ronald McDonald House", "Honduras",
// "miracle") (engine at d652ed8).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, ng, gh, inn, vi, br, frca, pl];

/** Given names that are everyday words (many of them given to babies): any, women's and men's. */
const WORD_GIVEN = ['Miracle', 'Blessing', 'Precious', 'Journey', 'Legend', 'Genesis', 'Heaven', 'River', 'Storm', 'Sky', 'Rain', 'Sunny', 'Star', 'Royal'];
const WORD_GIVEN_F = ['Hope', 'Faith', 'Joy', 'Grace', 'Destiny', 'Harmony', 'Summer', 'Autumn', 'Amber', 'Crystal', 'Honey', 'Patience', 'Mercy', 'Dawn', 'Precious', 'Blessing'];
const WORD_GIVEN_M = ['King', 'Major', 'Rocky', 'Bill', 'Chase', 'Hunter', 'Deacon', 'Bishop', 'Rusty', 'Buck', 'Legend', 'Royal'];
/** Surnames that are everyday words or eponyms of the unit. */
const WORD_SUR = ['Stone', 'Hill', 'Love', 'Little', 'Small', 'Young', 'Strong', 'Child', 'Bell', 'Ballard', 'Fenton', 'Silverman', 'Moro', 'Coombs', 'Wood', 'Banks', 'Rice', 'Sweet', 'Swift', 'Gentle', 'Nurse', 'Cannon', 'Hope', 'Page', 'Frost', 'Snow', 'Cross', 'Rivers', 'Brooks', 'Lamb', 'Carter', 'Baker', 'Walker', 'Price'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Hope', 'Liberty', 'Union', 'Harmony', 'Independence', 'Commerce', 'Eden', 'Paradise', 'Bountiful', 'Bath', 'Reading', 'Normal', 'Cairo', 'Marion', 'Florence', 'Warren', 'Fairview', 'Midway', 'Greenville', 'Franklin', 'Clinton', 'Salem', 'Jasper', 'Goshen', 'Bethlehem', 'Comfort', 'Carefree', 'Welcome', 'Mount Hope', 'Pleasant Hill'];
const REAL_TOWNS = ['Billings', 'Casper', 'Pueblo', 'Grand Junction', 'Rapid City', 'Sioux Falls', 'Fargo', 'Bismarck', 'Duluth', 'Eau Claire', 'Dubuque', 'Cedar Rapids', 'Waterloo', 'Davenport', 'Peoria', 'Rockford', 'Kalamazoo', 'Saginaw', 'Toledo', 'Akron', 'Youngstown', 'Erie', 'Scranton', 'Wilkes-Barre', 'Altoona', 'Yakima', 'Spokane', 'Boise', 'Pocatello', 'Missoula'];
const STATES = ['MT', 'WY', 'CO', 'SD', 'ND', 'MN', 'WI', 'IA', 'IL', 'MI', 'OH', 'PA', 'WA', 'ID', 'Ohio', 'Iowa', 'Montana'];
const STREET_WORDS = ['Main', 'Elm', 'Oak', 'Maple', 'Prairie', 'Cottonwood', 'Willow', 'Birch', 'Aspen', 'Lincoln', 'Washington', 'Park', 'Lake', 'River', 'Ridge', 'Meadowlark', 'Sunflower', 'Cherry', 'Orchard', 'Hillcrest'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Court', 'Blvd', 'Way', 'Circle'];
const SAINTS = ['Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Vincent', 'Alphonsus', 'Cloud', 'Agnes', 'Catherine', 'Gabriel'];
const PRACTICE_WORDS = ['Little Sprouts', 'Tiny Steps', 'Kids First', 'Rainbow', 'Sunshine', 'Acorn', 'Maple Grove', 'Cedar Ridge', 'Northside', 'Lakeshore', 'Prairie Star', 'Bright Beginnings'];
const REGIONS = ['Heartland', 'Great Lakes', 'Prairie', 'Rocky Mountain', 'Northwest', 'Big Sky', 'Tri-State', 'Keystone'];
const SUPPLY_WORDS = ['Prairie', 'Summit', 'Keystone', 'Heartland', 'Northstar', 'Bluestem', 'Frontier'];
const GARDEN_WORDS = ['Rose', 'Oak', 'Cedar', 'Evergreen', 'Pine', 'Lilac', 'Sunset'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day: the text as written and its planted part (an article is not planted). */
const HOLIDAYS: readonly (readonly [string, string])[] = [['Christmas Eve', 'Christmas Eve'], ['Christmas Day', 'Christmas Day'], ["New Year's Day", "New Year's Day"], ["New Year's Eve", "New Year's Eve"], ["Valentine's Day", "Valentine's Day"], ['Halloween', 'Halloween'], ['the Fourth of July', 'Fourth of July'], ["St. Patrick's Day", "St. Patrick's Day"], ['the 4th of July', '4th of July']];
/** Counties (the word 'County' follows in the text and is not planted). */
const COUNTIES = ['Union', 'Liberty', 'Marion', 'Warren', 'Franklin', 'Clinton', 'Jasper', 'Washington', 'Lincoln', 'Grant', 'Polk', 'Cass', 'Yellowstone', 'Natrona', 'Pennington', 'Burleigh', 'Linn', 'Black Hawk', 'Scott', 'Winnebago', 'Lucas', 'Summit', 'Mahoning', 'Lackawanna', 'Blair', 'Ada', 'Bannock', 'Missoula', 'Spokane'];
const RELATIONS_F = ['maternal grandmother', 'paternal grandmother', 'maternal aunt', 'paternal aunt', 'godmother', "mother's partner"];
const RELATIONS_M = ['maternal grandfather', 'paternal grandfather', 'uncle', 'godfather', "mother's partner"];
const LANGUAGES = ['Spanish', 'Portuguese', 'Vietnamese', 'Haitian Creole', 'Arabic', 'Somali', 'Polish', 'Yoruba', 'Hindi'];
const PAYERS = ['Medicaid', 'CHIP', 'Aetna Better Health', 'UnitedHealthcare Community Plan', 'Molina', 'Amerigroup', 'Blue Cross Blue Shield', 'Medica'];
const AGENCIES = ['DCFS', 'CPS', 'DCS', 'Child Protective Services', 'DHS'];
const CHAINS = ['CVS', 'Walgreens', 'Walmart Pharmacy', 'Hy-Vee Pharmacy', 'Rite Aid'];
const SEATS = ['Graco SnugRide 35', 'Chicco KeyFit 30', 'Britax B-Safe Gen2', 'Evenflo LiteMax', 'Nuna PIPA', 'Maxi-Cosi Mico'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  /** A woman's or girl's given name. */
  givenF(): string {
    return this.r() < 0.3 ? this.pick(WORD_GIVEN_F) : this.faker().person.firstName('female').split(/[\s-]/)[0]!;
  }
  /** A man's or boy's given name. */
  givenM(): string {
    return this.r() < 0.3 ? this.pick(WORD_GIVEN_M) : this.faker().person.firstName('male').split(/[\s-]/)[0]!;
  }
  /** A relative: the relation and a given name of the same sex. */
  kin(): readonly [string, string] {
    return this.r() < 0.6 ? [this.pick(RELATIONS_F), this.givenF()] : [this.pick(RELATIONS_M), this.givenM()];
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A county's name (the word 'County' follows it in the text). */
  county(): string {
    return this.pick(COUNTIES);
  }
  /** A birth hospital or children's hospital, named whole. */
  hospital(): string {
    const k = this.int(0, 6);
    const t = this.town();
    if (k === 0) return `${t} Children's Hospital`;
    if (k === 1) return `${t} Women's and Children's Hospital`;
    if (k === 2) return `St. ${this.pick(SAINTS)}'s Medical Center`;
    if (k === 3) return `${t} Regional Medical Center`;
    if (k === 4) return `${t} Memorial Hospital`;
    if (k === 5) return `Children's Hospital of ${t}`;
    return `${t} Community Hospital`;
  }
  /** A pediatric practice. */
  practice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pediatrics`;
    if (k === 1) return `${this.town()} Pediatric Associates`;
    if (k === 2) return `${this.pick(PRACTICE_WORDS)} Pediatrics`;
    return `${this.sur()} & ${this.sur()} Pediatrics`;
  }
  /** A prenatal clinic or obstetric practice. */
  obClinic(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Women's Health`;
    if (k === 1) return `${this.town()} OB/GYN Associates`;
    return `${this.pick(PRACTICE_WORDS)} Women's Clinic`;
  }
  milkBank(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(REGIONS)} Mothers' Milk Bank`;
    if (k === 1) return `Mothers' Milk Bank of ${this.town()}`;
    return `${this.town()} Donor Milk Bank`;
  }
  funeralHome(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Funeral Home`;
    if (k === 1) return `${this.sur()} & Sons Funeral Chapel`;
    if (k === 2) return `${this.sur()}-${this.sur()} Funeral Home`;
    return `${this.town()} Memorial Chapel`;
  }
  cemetery(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Cemetery`;
    if (k === 1) return `St. ${this.pick(SAINTS)} Cemetery`;
    return `${this.pick(GARDEN_WORDS)} Hill Memorial Park`;
  }
  supplier(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Medical`;
    if (k === 1) return `${this.pick(SUPPLY_WORDS)} Home Medical Supply`;
    return `${this.sur()} Respiratory Services`;
  }
  /** A pharmacy: a chain (kept) or an independent one (planted). */
  pharmacy(): readonly [string, readonly string[]] {
    if (this.r() < 0.5) return [this.pick(CHAINS), []];
    const p = this.r() < 0.5 ? `${this.town()} Family Pharmacy` : `${this.sur()} Drug`;
    return [p, [p]];
  }
  /** The baby as the chart names it, and the planted parts. */
  baby(): readonly [string, readonly string[]] {
    const s = this.sur();
    const ab = this.pick(['A', 'B']);
    const k = this.int(0, 10);
    if (k === 0) return [`Baby Boy ${s}`, [s]];
    if (k === 1) return [`Baby Girl ${s}`, [s]];
    if (k === 2) return [`BB ${s}`, [s]];
    if (k === 3) return [`BG ${s}`, [s]];
    if (k === 4) return [`${s}, Baby Girl`, [s]];
    if (k === 5) return [`Baby ${ab} ${s}`, [s]];
    if (k === 6) return [`Twin ${ab} ${s}`, [s]];
    if (k === 7) return [`${s}, Twin ${ab}`, [s]];
    if (k === 8) return [`Triplet ${this.pick(['A', 'B', 'C'])} ${s}`, [s]];
    if (k === 9) {
      const s2 = `${s}-${this.sur()}`;
      return [`Baby ${this.pick(['Boy', 'Girl'])} ${s2}`, [s2]];
    }
    const g = this.given();
    return [`${g} ${s}`, [g, s]];
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(50001, 99403));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  time(): string {
    return this.r() < 0.6 ? `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}` : `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms units write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.8 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tuesday, March 4'. */
  weekdayDate(): string {
    const [m, d] = this.md();
    return `${this.weekday()}, ${this.r() < 0.5 ? MONTHS[m - 1]! : MON[m - 1]!} ${d}`;
  }
  /** [as written, planted part]. */
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  /** A mother's or father's date of birth. */
  adultDob(): string {
    const [m, d] = this.md();
    const y = this.int(1982, 2007);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  /** A gestational age as written with its unit ('28+3 weeks', '31 2/7 wk', '26w5d'). */
  ga(): string {
    const w = this.int(23, 36);
    const d = this.int(0, 6);
    const k = this.int(0, 2);
    return k === 0 ? `${w}+${d} ${this.pick(['weeks', 'wk'])}` : k === 1 ? `${w} ${d}/7 weeks` : `${w}w${d}d`;
  }
  grams(): number {
    return this.int(460, 3900);
  }
  pod(): string {
    return `Pod ${this.pick(['A', 'B', 'C', 'D', '1', '2', '3'])}, bed ${this.int(1, 32)}`;
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 11)) : `V${this.digitString(8)}`;
  }
  medicaidId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(9, 11));
    if (k === 1) return `${this.letters(2)}${this.digitString(8)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `M${this.digitString(8)}`;
    return `${this.digitString(9)}${this.pick(['01', '02', '03'])}`;
  }
  nbsKit(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(8, 10));
    if (k === 1) return `NB${this.digitString(7)}`;
    return `${pad2(this.int(16, 25))}-${this.digitString(6)}`;
  }
  milkLabel(): string {
    const k = this.int(0, 2);
    if (k === 0) return `EBM-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(9)}`;
    return this.digitString(12);
  }
  donorLot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(16, 25))}${this.digitString(4)}-${this.digitString(2)}`;
    if (k === 1) return `DHM${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.letters(1)}${this.digitString(3)}`;
  }
  vaccineLot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(2)}${this.digitString(2)}${this.letters(1)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(2)}${this.digitString(4)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.digitString(2)}${this.letters(2)}-${this.digitString(5)}`;
    return `SN${this.digitString(6)}`;
  }
  /** An aircraft registration ('N412MC'). */
  tail(): string {
    return `N${this.int(1, 9)}${this.digitString(this.int(1, 3))}${this.letters(this.int(1, 2))}`;
  }
  groundUnit(): string {
    return this.r() < 0.5 ? `${this.letters(2)}-${this.digitString(3)}` : `${this.digitString(4)}`;
  }
  /** A state file number on a birth or death certificate. */
  certificate(): string {
    return this.r() < 0.5 ? `${this.digitString(3)}-${this.year()}-${this.digitString(6)}` : `${this.year()}${this.digitString(6)}`;
  }
  intake(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `INT-${this.digitString(7)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  ip(): string {
    const k = this.int(0, 2);
    if (k === 0) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
    if (k === 1) return `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(2, 254)}`;
    return `192.168.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  dea(s: string): string {
    const first = (asciiLetters(s).charAt(0) || 'x').toUpperCase();
    return `${this.pick(['A', 'B', 'F', 'M'])}${first}${this.digitString(7)}`;
  }
  accession(): string {
    const yy = pad2(this.int(16, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${yy}-${this.digitString(5)}`;
    if (k === 1) return `A${yy}-${this.digitString(3)}`;
    return this.digitString(10);
  }
  ticket(): string {
    return this.r() < 0.5 ? `INC${this.digitString(7)}` : `WO-${this.digitString(6)}`;
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
    const dom = this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'outlook.com']);
    const a = asciiLetters(g) || 'mom';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(80, 2007)}`, `${b}${a.slice(0, 3)}`, `${a}${b.charAt(0)}${this.int(10, 99)}`]);
    return `${local}@${dom}`;
  }
  staffEmail(g: string, s: string): string {
    const a = asciiLetters(g) || 'ei';
    const b = asciiLetters(s) || 'staff';
    return `${a.charAt(0)}${b.charAt(0)}${this.int(10, 999)}@${asciiLetters(this.town()) || 'union'}${this.pick(['childrens.org', 'health.org', 'county.gov', 'ei.org'])}`;
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // admission histories and physicals
  ['admission H&P header baby MRN DOB admit date pod', (d) => {
    const [b, bp] = d.baby(); const mrn = d.mrn(); const dob = d.date(); const adm = d.slashMd();
    return [`NICU ADMISSION HISTORY AND PHYSICAL\nPatient: ${b}   MRN: ${mrn}   DOB: ${dob} @ ${d.time()}\nAdmitted: ${adm}   ${d.pod()}`, [...bp, mrn, dob, adm]];
  }],
  ['maternal history mother name age and prenatal clinic', (d) => {
    const g = d.givenF(); const s = d.sur(); const c = d.obClinic(); const t = d.town();
    return [`Maternal history: ${g} ${s} is a ${d.int(16, 44)} yo G${d.int(1, 6)}P${d.int(0, 4)} who received prenatal care at ${c} in ${t}. Blood type O+, antibody screen neg, RPR NR, HIV neg, HBsAg neg, rubella immune, GBS unknown.`, [g, s, c, t]];
  }],
  ['delivered by obstetrician with NICU team and Apgars', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur();
    return [`Delivered by ${doc} via ${d.pick(['primary C/S', 'repeat C/S', 'SVD', 'vacuum-assisted vaginal delivery'])} for ${d.pick(['NRFHT', 'severe preeclampsia', 'breech', 'abruption', 'preterm labor'])}. NICU team (${g} ${s}, NNP) present; Apgars ${d.int(1, 8)} and ${d.int(5, 9)}. BW ${d.grams()} g.`, [...p, g, s]];
  }],
  ['born at outside hospital and transferred on date', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Born at ${h} (${t}) at ${d.ga()}; intubated for surfactant (Curosurf 2.5 mL/kg x1) and transferred to our level IV NICU on ${dt}.`, [h, t, dt]];
  }],
  ['admission exam with Ballard on month day', (d) => {
    const md = d.slashMd();
    return [`Exam on admission ${md} at ${d.time()}: New Ballard ${d.int(10, 35)} (~${d.int(26, 36)} wk). Wt ${d.grams()} g (${ordinal(d.int(3, 90))} %ile, Fenton), HC ${d.int(22, 34)}.${d.int(0, 9)} cm. Moro incomplete, tone appropriate for GA.`, [md]];
  }],
  ['rupture of membranes month day', (d) => {
    const md = d.monDay();
    return [`ROM ${md} at ${d.time()} (${d.int(1, 96)} hours prior to delivery), clear fluid. Maternal Tmax 38.4; ampicillin x ${d.int(1, 4)} doses, betamethasone complete.`, [md]];
  }],
  ['LMP and EDD', (d) => {
    const a = d.date(); const b = d.date();
    return [`LMP ${a}, EDD ${b} by ${d.pick(['8 week US', 'LMP c/w 12 wk US', 'IVF transfer date'])}; GA at birth ${d.ga()}.`, [a, b]];
  }],
  ['mother date of birth on admission face sheet', (d) => {
    const g = d.givenF(); const s = d.sur(); const dob = d.adultDob(); const mrn = d.mrn();
    return [`MOTHER: ${s}, ${g}   DOB ${dob}   Maternal MRN ${mrn}   Delivering unit: L&D`, [s, g, dob, mrn]];
  }],
  // daily progress notes
  ['progress note header date DOL CGA', (d) => {
    const dt = d.date(); const [b, bp] = d.baby();
    return [`NICU PROGRESS NOTE - ${dt}\n${b}   DOL ${d.int(1, 120)}   CGA ${d.int(24, 44)}+${d.int(0, 6)} wk   Wt ${d.grams()} g (+${d.int(5, 60)} g)`, [dt, ...bp]];
  }],
  ['respiratory system with therapist initials', (d) => {
    const i = d.initials();
    return [`RESP: weaned to CPAP +${d.int(5, 7)}, FiO2 0.2${d.int(1, 9)}-0.3${d.int(0, 9)}. Caffeine citrate 5 mg/kg daily. CBG at 0400 7.3${d.int(0, 9)}/4${d.int(0, 9)} (RT ${i}).`, [i]];
  }],
  ['head ultrasound read by radiologist with repeat weekday', (d) => {
    const md = d.slashMd(); const s = d.sur(); const w = d.weekday();
    return [`HUS ${md}: bilateral grade ${d.pick(['I', 'II', 'III'])} IVH (Papile), no PVL; read by Dr. ${s} (peds radiology). Repeat HUS ${w}.`, [md, s, w]];
  }],
  ['ROP exam ophthalmologist on date', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`ROP exam by ${g} ${s}, MD (ophthalmology) on ${md}: zone II, stage ${d.int(1, 2)}, no plus disease. Next exam in 2 weeks.`, [g, s, md]];
  }],
  ['feeds and growth reviewed with dietitian', (d) => {
    const g = d.given(); const s = d.sur();
    return [`FEN: EBM/DHM + Prolacta +6 at ${d.pick(['140', '150', '160'])} mL/kg/day q3h via NG. Growth reviewed with ${g} ${s}, RD, CNSC; gain ${d.int(12, 22)} g/kg/day.`, [g, s]];
  }],
  ['cultures and antibiotics stopped weekday with fellow', (d) => {
    const md = d.slashMd(); const w = d.weekday(); const s = d.sur();
    return [`ID: blood culture ${md} no growth at 48 h; ampicillin/gentamicin stopped ${w}. Discussed with ID fellow Dr. ${s}.`, [md, w, s]];
  }],
  ['NEC Bell stage surgical consult', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Abdomen distended, KUB with pneumatosis: Bell stage IIA NEC. NPO, Replogle to LIS, TPN via PICC. Peds surgery (${g} ${s}, MD) consulted ${dt}.`, [g, s, dt]];
  }],
  ['attending signature NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`${doc}\nAttending Neonatologist   NPI ${npi}\nElectronically signed ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['overnight events covering NNP mother called from town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Overnight (covering NNP ${g} ${s}): ${d.int(2, 6)} brady/desat events to the 60s, self-resolved. Mom called at ${d.time()} from ${t}; updated.`, [g, s, t]];
  }],
  ['lowercase shorthand charge nurse and doctor', (d) => {
    const g = d.given(); const s = d.sur();
    return [`d/w ${g} (charge) and dr ${s} re: admit to ${d.pod().toLowerCase()}; isolette prewarmed, t-piece at bedside.`, [g, s]];
  }],
  // parent communication logs
  ['parent phone update log', (d) => {
    const dt = d.slashMd(); const g = d.givenF(); const s = d.sur(); const [ph, p] = d.phone(); const i = d.initials();
    return [`${dt} ${d.time()} Called mother ${g} ${s} at ${ph}; updated on feeding advance and HUS results. Questions answered. -${i}`, [dt, g, s, p, i]];
  }],
  ['family meeting attendees', (d) => {
    const dt = d.date(); const g1 = d.givenF(); const g2 = d.givenM(); const s = d.sur(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur(); const g4 = d.given(); const s4 = d.sur();
    return [`Family meeting ${dt}: present parents ${g1} and ${g2} ${s}, Dr. ${s2} (neonatology), ${g3} ${s3}, LCSW, and chaplain ${g4} ${s4}. Discussed trach/G-tube options.`, [dt, g1, g2, s, s2, g3, s3, g4, s4]];
  }],
  ['interpreter with id', (d) => {
    const id = d.digitString(d.int(5, 6)); const g = d.givenM();
    return [`Update given to father via ${d.pick(LANGUAGES)} phone interpreter, ID #${id}; father ${g} verbalized understanding of the plan.`, [id, g]];
  }],
  ['camera link emailed to parent', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const url = `https://${d.pick(['nicucam', 'angeleye', 'view'])}.${asciiLetters(d.town()) || 'union'}childrens.org/baby/${d.letters(2).toLowerCase()}${d.digitString(5)}`;
    return [`Bedside camera activated; link ${url} sent to mother (${em}).`, [url, em]];
  }],
  ['parent contact list', (d) => {
    const g = d.givenF(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.givenM(); const s2 = d.sur(); const [ph2, p2] = d.phone(); const e = d.ext(); const g3 = d.givenF();
    return [`CONTACTS\nMother: ${g} ${s} - cell ${ph}\nFather: ${g2} ${s2} - work ${ph2} ext ${e}\nMGM: ${g3} (may receive updates)`, [g, s, p, g2, s2, p2, e, g3]];
  }],
  ['banded visitors list', (d) => {
    const [r1, g] = d.kin(); const s = d.sur(); const [r2, g2] = d.kin(); const s2 = d.sur();
    return [`Approved banded visitors: ${g} ${s} (${r1}) and ${g2} ${s2} (${r2}). Parents request no information by phone to anyone else.`, [g, s, g2, s2]];
  }],
  ['sibling visit with child life', (d) => {
    const w = d.weekday(); const g = d.givenF(); const g2 = d.given();
    return [`Sibling visit ${w} for big sister ${g} (age ${d.int(2, 9)}) with child life specialist ${g2}; flu screen negative.`, [w, g, g2]];
  }],
  // breast milk labels and donor milk tracking
  ['expressed breast milk label', (d) => {
    const [b, bp] = d.baby(); const mrn = d.mrn(); const md = d.slashMd(); const lab = d.milkLabel();
    return [`EXPRESSED BREAST MILK\n${b}   MRN ${mrn}\nPumped ${md} ${d.time()}   Vol ${d.int(5, 120)} mL   Fresh\nLabel ${lab}`, [...bp, mrn, md, lab]];
  }],
  ['donor milk bank lot and pasteurization', (d) => {
    const bank = d.milkBank(); const lot = d.donorLot(); const a = d.mdy(); const i = d.initials();
    return [`Donor human milk from ${bank}, lot ${lot}, pasteurized ${a}, 20 kcal/oz; thawed at ${d.time()} by ${i}.`, [bank, lot, a, i]];
  }],
  ['donor milk consent signed', (d) => {
    const g = d.givenF(); const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`Donor milk consent signed by mother ${g} ${s} on ${dt}; risks and benefits reviewed by ${g2} ${s2}, IBCLC.`, [g, s, dt, g2, s2]];
  }],
  ['milk scan mismatch safety report', (d) => {
    const [b, bp] = d.baby(); const g = d.given(); const rep = d.digitString(d.int(5, 6));
    return [`Milk room: bottle scan mismatch at 0900, bottle labeled for ${b} found in the bin for bed ${d.int(1, 32)}. Not fed. Charge RN ${g} notified; safety report #${rep} filed.`, [...bp, g, rep]];
  }],
  ['pump loan serial and WIC return date', (d) => {
    const sn = d.serial(); const t = d.town(); const md = d.monDay();
    return [`Lactation: Medela Symphony hospital-grade pump loaned, serial ${sn}; return to the ${t} WIC office by ${md}.`, [sn, t, md]];
  }],
  ['freezer inventory oldest dated and weekday', (d) => {
    const md = d.slashMd(); const w = d.weekday();
    return [`Frozen EBM: ${d.int(12, 80)} bottles in freezer ${d.pick(['A', 'B', 'C'])}, oldest dated ${md}. Mother asked to take the overflow home ${w}.`, [md, w]];
  }],
  ['father dropped off milk', (d) => {
    const g = d.givenM(); const w = d.weekday();
    return [`Dad (${g}) dropped off ${d.int(6, 30)} bottles of frozen EBM ${w} evening; labels checked, stored in freezer B.`, [g, w]];
  }],
  // transport (retrieval team) notes
  ['transport request referring hospital and callback', (d) => {
    const dt = d.date(); const h = d.hospital(); const t = d.town(); const s = d.sur(); const [ph, p] = d.phone();
    return [`TRANSPORT REQUEST ${dt} ${d.time()}\nReferring: ${h}, ${t}, ${d.state()}\nReferring MD: Dr. ${s}   Callback ${ph}`, [dt, h, t, s, p]];
  }],
  ['transport team members', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur();
    return [`Team: ${g} ${s}, RN, C-NPT; ${g2} ${s2}, RRT-NPS; ${g3} ${s3}, NNP. Departed base at ${d.time()} by ${d.pick(['ground', 'rotor wing', 'fixed wing'])}.`, [g, s, g2, s2, g3, s3]];
  }],
  ['aircraft tail number and hospital helipad', (d) => {
    const tn = d.tail(); const h = d.hospital();
    return [`Aircraft ${tn} lifted from the ${h} helipad at ${d.time()}; arrived on our pad ${d.int(20, 59)} min later. Patient temp 36.${d.int(4, 9)} on arrival.`, [tn, h]];
  }],
  ['ground unit isolette and vent serials', (d) => {
    const u = d.groundUnit(); const a = d.serial(); const b = d.serial();
    return [`Ground unit ${u}. Transport isolette Drager TI500 S/N ${a}; vent ${d.pick(['Hamilton T1', 'Bio-Med Crossvent-2i', 'Babylog VN500'])} S/N ${b}. Tank O2 2000 psi x2.`, [u, a, b]];
  }],
  ['telephone transport consent from father', (d) => {
    const g = d.givenM(); const s = d.sur(); const [ph, p] = d.phone(); const h = d.hospital();
    return [`Consent for transport obtained by telephone from father ${g} ${s} (${ph}); mother remains at ${h} post C/S.`, [g, s, p, h]];
  }],
  ['handoff at bedside to admitting team', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const md = d.monDay();
    return [`Handoff given at the bedside on ${md} to ${g} ${s}, RN, and Dr. ${s2}; ${d.pod()}. SNAPPE-II ${d.int(5, 60)}.`, [md, g, s, s2]];
  }],
  // newborn screens
  ['newborn screen kit and collection date', (d) => {
    const dt = d.mdy(); const kit = d.nbsKit();
    return [`Newborn screen #1 collected ${dt} ${d.time()} (${d.int(24, 48)} HOL) on kit ${kit}; sent to the state lab by courier.`, [dt, kit]];
  }],
  ['state lab called abnormal screen to coordinator', (d) => {
    const dt = d.date(); const kit = d.nbsKit(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`State lab called ${dt}: NBS kit ${kit} with ${d.pick(['borderline C8 acylcarnitine', 'low TREC', 'elevated TSH', 'abnormal IRT'])}; repeat requested. Result discussed with ${g} ${s}, NBS follow-up coordinator, ${ph}.`, [dt, kit, g, s, p]];
  }],
  ['CCHD and hearing screen with screener serial', (d) => {
    const md = d.slashMd(); const md2 = d.monDay(); const sn = d.serial(); const i = d.initials();
    return [`CCHD screen passed ${md} (RH 98%, foot 99%). ABR passed both ears ${md2}; screener ${d.pick(['ALGO 5', 'Natus ALGO 3i', 'AccuScreen'])} S/N ${sn}, tech ${i}.`, [md, md2, sn, i]];
  }],
  ['repeat newborn screen after transfusion', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const kit = d.nbsKit();
    return [`Repeat NBS due ${w} (post-transfusion; last PRBC ${md}). Kit ${kit} at bedside.`, [w, md, kit]];
  }],
  // discharge summaries and follow-up
  ['discharge summary header', (d) => {
    const [b, bp] = d.baby(); const mrn = d.mrn(); const acct = d.account(); const a = d.date(); const z = d.date();
    return [`DISCHARGE SUMMARY\nName: ${b}   MRN: ${mrn}   Acct: ${acct}\nAdmitted: ${a}   Discharged: ${z}   LOS ${d.int(3, 140)} days`, [...bp, mrn, acct, a, z]];
  }],
  ['pediatrician follow-up appointment with address', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const st = d.street(); const t = d.town(); const when = d.weekdayDate(); const [ph, pp] = d.phone();
    return [`Follow-up: ${doc}, ${pr}, ${st}, ${t}, on ${when} at 10:15 AM. Phone ${ph}.`, [...p, pr, st, t, when, pp]];
  }],
  ['high-risk infant follow-up clinic', (d) => {
    const dt = d.date(); const [ph, p] = d.phone();
    return [`High-risk infant follow-up clinic (Bayley-4 at ${d.pick(['12', '18', '24'])} months corrected): appointment ${dt}; to reschedule call ${ph}.`, [dt, p]];
  }],
  ['early intervention referral by county', (d) => {
    const c = d.county(); const g = d.given(); const s = d.sur(); const em = d.staffEmail(g, s);
    return [`Referred to Early Intervention (${c} County); service coordinator ${g} ${s}, ${em}.`, [c, g, s, em]];
  }],
  ['discharge prescriptions sent to pharmacy', (d) => {
    const [ph, pp] = d.pharmacy(); const st = d.street(); const t = d.town();
    return [`Discharge meds: Poly-Vi-Sol with iron 1 mL daily; ferrous sulfate 2 mg/kg/day. Prescriptions sent to ${ph}, ${st}, ${t}.`, [...pp, st, t]];
  }],
  ['home oxygen supplier and oximeter serial', (d) => {
    const sup = d.supplier(); const sn = d.serial(); const [ph, p] = d.phone();
    return [`Home O2 ${d.pick(['0.1', '0.125', '1/4'])} LPM via NC from ${sup}; Masimo Rad-97 oximeter S/N ${sn}. Supplier 24-h line ${ph}.`, [sup, sn, p]];
  }],
  ['nirsevimab given with lot and nurse', (d) => {
    const dt = d.date(); const lot = d.vaccineLot(); const g = d.given(); const s = d.sur();
    return [`Nirsevimab (Beyfortus) 50 mg IM given ${dt}, lot ${lot}, L vastus lateralis, by ${g} ${s}, RN.`, [dt, lot, g, s]];
  }],
  ['hep B vaccine lot and VIS to mother', (d) => {
    const md = d.slashMd(); const lot = d.vaccineLot(); const g = d.givenF();
    return [`Hep B vaccine (Engerix-B) #1 given ${md}, lot ${lot}; VIS given to mother ${g}.`, [md, lot, g]];
  }],
  ['discharged home to address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Discharged home with parents to ${st}, ${t}, ${d.state()} ${z}. Car seat: ${d.pick(SEATS)}, rear-facing.`, [st, t, z]];
  }],
  ['home on a holiday', (d) => {
    const [h, p] = d.holiday();
    return [`Went home on ${h} after ${d.int(20, 130)} days in the NICU; parents brought cookies for the night shift.`, [p]];
  }],
  ['methadone taper prescription with DEA', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s);
    return [`NOWS: discharged on methadone 0.0${d.int(2, 5)} mg/kg q12h, wean per schedule. Rx by ${g} ${s}, MD, DEA ${dea}; 10 mL dispensed.`, [g, s, dea]];
  }],
  ['great-grandmother over 89', (d) => {
    const n = d.ageOver89(); const g = d.givenF();
    return [`Great-grandmother ${g} (${n}) lives in the home and will help with night feeds; she is hard of hearing.`, [g, n]];
  }],
  // car seat tests
  ['car seat challenge record', (d) => {
    const dt = d.mdy(); const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`INFANT CAR SEAT CHALLENGE\nDate: ${dt}   Start 1320   End 1450 (90 min)\nSeat: ${d.pick(SEATS)}, serial ${sn}\nResult: PASS, no apnea, brady or desat. RN: ${g} ${s}`, [dt, sn, g, s]];
  }],
  ['failed car seat test repeat weekday', (d) => {
    const md = d.slashMd(); const w = d.weekday(); const i = d.initials();
    return [`Failed car seat test ${md} (desat to 8${d.int(0, 6)}% x 40 s at ${d.int(30, 80)} min); repeat ${w} in a car bed. ${i}`, [md, w, i]];
  }],
  // social work and bereavement
  ['social work assessment household and Medicaid', (d) => {
    const g = d.givenF(); const s = d.sur(); const g2 = d.givenM(); const s2 = d.sur(); const st = d.street(); const t = d.town(); const id = d.medicaidId();
    return [`SW assessment: mother ${g} ${s}, ${d.int(15, 42)} yo, lives with FOB ${g2} ${s2} and ${d.int(0, 4)} other children at ${st}, ${t}. Medicaid ID ${id}; WIC active.`, [g, s, g2, s2, st, t, id]];
  }],
  ['CPS hotline report and investigator', (d) => {
    const dt = d.date(); const no = d.intake(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Report made to the ${d.pick(AGENCIES)} hotline on ${dt} (intake #${no}) re: positive meconium drug screen. Assigned investigator ${g} ${s}, ${ph}.`, [dt, no, g, s, p]];
  }],
  ['birth certificate worksheet SSN and paternity', (d) => {
    const ssn = d.ssn(); const g = d.givenM(); const s = d.sur(); const dt = d.date(); const cert = d.certificate();
    return [`Birth certificate worksheet: mother's SSN ${ssn}; SSN requested for infant. Father ${g} ${s} signed the AOP ${dt}. State file no. ${cert}.`, [ssn, g, s, dt, cert]];
  }],
  ['family lodging street and gas cards weekday', (d) => {
    const st = d.street(); const w = d.weekday();
    return [`Family staying at the Ronald McDonald House on ${st}; ${d.int(2, 4)} gas cards given ${w}. Parking validated through discharge.`, [st, w]];
  }],
  ['infant death with family and chaplain', (d) => {
    const dt = d.date(); const [rel, g] = d.kin(); const g2 = d.given(); const s2 = d.sur();
    return [`Infant died in mother's arms on ${dt} at ${d.time()} after redirection of care. Present: both parents, ${rel} ${g}, chaplain ${g2} ${s2}.`, [dt, g, g2, s2]];
  }],
  ['memory box and funeral home release', (d) => {
    const f = d.funeralHome(); const t = d.town(); const [ph, p] = d.phone();
    return [`Memory box given (hand and foot molds, lock of hair, crib card, photos). Body released to ${f} in ${t}, ${ph}.`, [f, t, p]];
  }],
  ['death certificate and autopsy accession', (d) => {
    const cert = d.certificate(); const s = d.sur(); const md = d.slashMd(); const acc = d.accession();
    return [`Death certificate #${cert} signed by Dr. ${s} ${md}; limited autopsy (${acc}) consented, brain excluded.`, [cert, s, md, acc]];
  }],
  ['bereavement call and burial at cemetery', (d) => {
    const g = d.givenF(); const s = d.sur(); const md = d.monDay(); const c = d.cemetery(); const w = d.weekday();
    return [`Bereavement call to mother ${g} ${s} on ${md}; burial planned at ${c} ${w}. Referred to the perinatal loss support group.`, [g, s, md, c, w]];
  }],
  ['previous loss month and year', (d) => {
    const my = d.monthYear();
    return [`Prior infant born at 24 weeks here in ${my}, died of NEC on DOL 12; mother anxious about the same unit.`, [my]];
  }],
  ['mother back to work on ordinal day', (d) => {
    const o = ordinal(d.int(1, 28)); const [rel, g] = d.kin();
    return [`Mother returns to work on the ${o}; ${rel} ${g} will bring milk daily.`, [o, g]];
  }],
  // twins and triplets
  ['twin pair with MRNs under mother surname', (d) => {
    const s = d.sur(); const a = d.mrn(); const b = d.mrn();
    return [`${s} twins: A (MRN ${a}, ${d.grams()} g) and B (MRN ${b}, ${d.grams()} g), ${d.ga()}, di-di.`, [s, a, b]];
  }],
  ['triplet stays while siblings move weekday', (d) => {
    const s = d.sur(); const w = d.weekday();
    return [`Triplet C ${s} remains in ${d.pod()} while Triplets A and B move to the step-down nursery ${w}.`, [s, w]];
  }],
  ['twin discordance laser at hospital', (d) => {
    const g = d.givenF(); const s = d.sur(); const h = d.hospital(); const dt = d.date();
    return [`${g} ${s}'s twins: ${d.int(20, 35)}% discordance, Baby B SGA (Fenton <3rd %ile); TTTS stage II s/p laser at ${h} on ${dt}.`, [g, s, h, dt]];
  }],
  // other records
  ['genetics send-out accession and counselor', (d) => {
    const md = d.slashMd(); const acc = d.accession(); const g = d.given(); const s = d.sur();
    return [`Chromosomal microarray sent ${md}, accession ${acc}; genetic counselor ${g} ${s} will call parents with results.`, [md, acc, g, s]];
  }],
  ['biomed ticket camera IP', (d) => {
    const t = d.ticket(); const ip = d.ip();
    return [`Biomed ticket ${t}: bedside camera for bed ${d.int(1, 32)} offline; reassigned IP ${ip}, parents' link re-sent.`, [t, ip]];
  }],
  ['insurance member id and authorization', (d) => {
    const id = d.memberId(); const auth = d.digitString(d.int(8, 10));
    return [`Insurance: ${d.pick(PAYERS)}, member ID ${id}. Auth #${auth} for NICU level ${d.pick(['III', 'IV'])} days, reviewed every 7 days.`, [id, auth]];
  }],
  ['WIC referral fax', (d) => {
    const t = d.town(); const [fx, p] = d.phone();
    return [`WIC referral and formula prescription (NeoSure 22) faxed to the ${t} WIC clinic, fax ${fx}.`, [t, p]];
  }],
];

/** The names of the wave's frames. */
export const nicuFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function nicuWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11113, rounds);
}

/** Look-alikes in NICU style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scores and eponyms
  ['Apgars 8/9.', '8/9'], ['Apgars 2, 5 and 7 at 1, 5 and 10 minutes.', '2, 5 and 7'], ['New Ballard score 30 (~34 weeks).', 'Ballard'], ['Silverman-Andersen score 4.', 'Silverman-Andersen'],
  ['Bell stage IIA NEC.', 'Bell stage IIA'], ['Moro reflex symmetric.', 'Moro'], ['Sarnat stage 2 HIE, cooling started.', 'Sarnat'], ['Thompson score 12.', 'Thompson'],
  ['Grade III IVH by Papile.', 'Papile'], ['SNAPPE-II 37.', 'SNAPPE-II 37'], ['CRIB II score 9.', 'CRIB II'], ['Finnegan scores 6, 8, 7.', 'Finnegan'], ['Eat, Sleep, Console: well.', 'Eat, Sleep, Console'],
  ['Bhutani high-intermediate risk zone.', 'Bhutani'], ['Jaundice to Kramer zone 3.', 'Kramer'], ['Plotted on the Fenton growth chart.', 'Fenton'], ['Olsen curves for length.', 'Olsen'],
  ['DAT (Coombs) negative.', 'Coombs'], ['Kleihauer-Betke sent on mother.', 'Kleihauer-Betke'], ['Ortolani and Barlow negative.', 'Ortolani and Barlow'], ['Babinski upgoing bilaterally.', 'Babinski'],
  ['Galant reflex present.', 'Galant'], ["Right Erb's palsy after shoulder dystocia.", "Erb's"], ['Klumpke palsy ruled out.', 'Klumpke'], ['Rectal biopsy for Hirschsprung disease.', 'Hirschsprung'],
  ['Pierre Robin sequence, prone positioning.', 'Pierre Robin'], ['FISH for DiGeorge (22q11.2).', 'DiGeorge'], ['Tetralogy of Fallot, ductal-dependent.', 'Fallot'], ['Modified Blalock-Taussig shunt.', 'Blalock-Taussig'],
  ['Norwood procedure planned at the cardiac center.', 'Norwood'], ['Apt test negative for maternal blood.', 'Apt test'], ['Guthrie card sent.', 'Guthrie'], ["Wharton's jelly normal, 3-vessel cord.", "Wharton's"],
  ['Dandy-Walker malformation on MRI.', 'Dandy-Walker'], ['Beckwith-Wiedemann syndrome, glucose checks q3h.', 'Beckwith-Wiedemann'], ['Left Bochdalek hernia.', 'Bochdalek'], ["Meckel's diverticulum.", "Meckel's"],
  ['Potter sequence with bilateral renal agenesis.', 'Potter'], ['Trisomy 21 (Down syndrome) confirmed.', 'Down syndrome'], ['Edwards syndrome, comfort care discussed.', 'Edwards'], ['Brazelton exam with parents.', 'Brazelton'],
  ['Dubowitz exam consistent with 32 weeks.', 'Dubowitz'], ['Bayley-4 at 24 months corrected.', 'Bayley-4'], ['Hammersmith Infant Neurological Exam.', 'Hammersmith'], ['Prechtl general movements assessment.', 'Prechtl'],
  // gestational and corrected ages, weights, measures
  ['Born at 28+3 weeks.', '28+3'], ['GA 26w5d.', '26w5d'], ['CGA 34 4/7 weeks.', '34 4/7'], ['PMA 36+0 today.', '36+0'], ['Corrected age 3 months.', '3 months'], ['DOL 14.', 'DOL 14'],
  ['36 HOL.', '36 HOL'], ['Birth weight 1,140 g.', '1,140 g'], ['BW 890 grams, ELBW.', '890 grams'], ['Weight 2.35 kg.', '2.35 kg'], ['HC 28.5 cm.', '28.5 cm'], ['Weight at the 10th percentile.', '10th percentile'],
  ['Weight z-score -1.3.', '-1.3'],
  // pods and beds
  ['Pod C, bed 14.', 'Pod C, bed 14'], ['Moved to bed 22.', 'bed 22'], ['Bay 3 isolette.', 'Bay 3'],
  // respiratory settings, gases and labs
  ['SIMV PC 20/5, rate 40.', '20/5'], ['HFOV MAP 12, amplitude 28, Hz 10.', 'MAP 12'], ['NIPPV 18/6 x 30.', '18/6'], ['HFNC 4 LPM, FiO2 0.30.', 'FiO2 0.30'], ['iNO 20 ppm.', '20 ppm'],
  ['CBG 7.31/48/62/-3.', '7.31/48/62/-3'], ['Tbili 12.4 / Dbili 0.6.', '12.4'], ['CRP < 0.5.', '< 0.5'], ['Plt 86K.', '86K'], ['Glucose 45 mg/dL.', '45 mg/dL'],
  // feeds, formulas and fortifiers
  ['24 kcal/oz.', '24 kcal/oz'], ['Feeds at 150 mL/kg/day.', '150 mL/kg/day'], ['PO 6/8 feeds, rest gavage.', '6/8'], ['EBM + HMF 1:25.', '1:25'], ['Similac Special Care 24.', 'Similac Special Care 24'],
  ['Enfamil NeoSure 22.', 'NeoSure'], ['Prolacta +6 cream.', 'Prolacta'], ['EleCare for suspected CMPA.', 'EleCare'],
  // drugs
  ['Caffeine citrate 20 mg/kg load.', 'Caffeine citrate'], ['Curosurf 2.5 mL/kg via ETT.', 'Curosurf'], ['Survanta x2 doses.', 'Survanta'], ['Ampicillin 100 mg/kg q8h and gentamicin 4 mg/kg q36h.', 'gentamicin'],
  ['NeoProfen course for PDA.', 'NeoProfen'], ['Synagis 15 mg/kg monthly.', 'Synagis'], ['Beyfortus 50 mg IM.', 'Beyfortus'], ['Vitamin K 1 mg IM and erythromycin ointment.', 'erythromycin'],
  ['Morphine 0.05 mg/kg q4h PRN.', '0.05 mg/kg'], ['Phenobarbital 20 mg/kg load.', 'Phenobarbital'], ['Sweet-Ease 0.2 mL before heel stick.', 'Sweet-Ease'], ['Dopamine 5 mcg/kg/min.', '5 mcg/kg/min'], ['Diuril 10 mg/kg BID.', 'Diuril'],
  // devices and brands
  ['Giraffe OmniBed.', 'Giraffe OmniBed'], ['Isolette 8000 plus.', 'Isolette'], ['Drager Babylog VN800.', 'Babylog'], ['Bunnell Life Pulse jet.', 'Life Pulse'], ['NeoPuff T-piece.', 'NeoPuff'],
  ['RAM cannula 3 mm.', 'RAM cannula'], ['Vapotherm 3 L.', 'Vapotherm'], ['Medela Symphony pump.', 'Medela Symphony'], ["Dr. Brown's bottle with preemie nipple.", "Dr. Brown's"], ['Halo SleepSack for safe sleep.', 'Halo'],
  ['Graco SnugRide 35 seat.', 'SnugRide'], ['Angel Eye camera on.', 'Angel Eye'], ['NicView login given.', 'NicView'], ['Biliblanket at home.', 'Biliblanket'], ['Panda warmer in OR 2.', 'Panda'],
  ['UVC tip at T9.', 'T9'], ['1.9 Fr PICC in the left saphenous.', '1.9 Fr'], ['Broviac placed by surgery.', 'Broviac'], ['Replogle to low suction.', 'Replogle'],
  // codes
  ['ICD-10 P07.25.', 'P07.25'], ['P22.0 respiratory distress syndrome.', 'P22.0'], ['Z38.00 single liveborn.', 'Z38.00'], ['CPT 99468.', '99468'], ['CPT 99477 subsequent care.', '99477'], ['DRG 790.', 'DRG 790'],
  // relations and roles without names, generic places
  ['Mom at bedside, updated.', 'Mom'], ['FOB present for rounds.', 'FOB'], ['MGM holding skin to skin.', 'MGM'], ['Discussed with the NNP.', 'NNP'], ['Twin B doing well.', 'Twin B'], ['Triplet C extubated.', 'Triplet C'],
  ['Baby Boy to the nursery.', 'Baby Boy'], ['Transferred to the step-down nursery.', 'step-down nursery'], ['Sent to the state lab.', 'state lab'], ['Called by the referring hospital.', 'referring hospital'],
  ['Bottles stored in the milk room.', 'milk room'], ['Stat C/S in L&D.', 'L&D'], ['Family lodging at the Ronald McDonald House.', 'Ronald McDonald House'], ['WIC active.', 'WIC'], ['Landed on the helipad.', 'helipad'],
  // states, countries, years, times, ages under 90
  ['Transferred from Montana.', 'Montana'], ['Family moved from Honduras.', 'Honduras'], ['Sibling born in 2019.', '2019'], ['Delivered at 23:58.', '23:58'], ['Cord gases at 0412.', '0412'],
  ['Maternal grandmother is 58.', '58'], ['Mom 17 yo G1P0.', '17 yo'], ['G3P2103.', 'G3P2103'],
  // everyday words that are also names
  ['Mom is full of hope.', 'hope'], ['Parents draw on their faith.', 'faith'], ['Handled with grace by the team.', 'grace'], ['Family calls her a miracle.', 'miracle'], ['Will recheck bili in AM.', 'Will'],
  ['Small for gestational age.', 'Small'], ['Little fighter per Dad.', 'Little'], ['Strong suck, rooting present.', 'Strong'], ['Parents cried with joy at extubation.', 'joy'],
];

export const nicuKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedNicuKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(nicuKeepCases(), find);

export function scoreNicuWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => nicuWaveCases(seed)), find);
}
