// A blind wave of hospital and clinic social work and case management documents: initial psychosocial assessments (the
// patient's name, record and account numbers, where they live and with whom: an apartment with its unit, a lot in a
// mobile home park, "staying at her sister's on Elm St", a car in a store's lot with its tag, a shelter or a motel by
// name and town), emergency contacts and relatives named by relation with their phones, employers and supervisors,
// income and benefits (SSA claim numbers, Medicaid ids and DSS case numbers with the county and the caseworker's
// extension, SNAP recertifications, unemployment claimant ids, VA claim numbers, Medicare MBIs, representative payees),
// insurance verification (member, group, reference and authorization numbers and the reviewer), discharge planning
// (skilled nursing referrals and bed offers, FL-2s faxed with PASRR numbers, home health, hospice and DME with order
// numbers and delivery addresses, cab vouchers and Medicaid transport trip numbers, bus tickets to a relative in another
// city), guardianship and court (incompetency petitions with file numbers and hearing dates, interim and corporate
// guardians, guardians ad litem with bar numbers, virtual hearing meeting numbers, criminal court dates with the public
// defender, probation officers and ankle-monitor serials, detention center release and inmate numbers, eviction and
// protective-order case numbers), child and adult protective services (reports with report and intake numbers, the
// county, the caseworker's phone and e-mail, the kinship placement's address), domestic violence shelters and
// advocates, housing authority applications and landlords, utility accounts, replacement ID (birth certificate and
// driver's licence numbers), immigration legal referrals with A-numbers, food pantries, churches and pastors, family
// meetings (relatives named by relation, times, who called in), letters to employers and housing authorities, and the
// social worker's signature block with licence number, phone, fax and e-mail, in mixed case, ALL CAPS and lower case.
// Dates are written in every form these notes use ('03/04/2021', '3/4/21', '4 March 2021', 'Mar 4', '3/4', 'Tuesday',
// 'the 14th', 'March 2023', holidays such as 'Thanksgiving' and 'Christmas Eve'); ages over 89, phones, faxes and
// e-mails are planted. Given names and surnames are often everyday words (Hope, Faith, Chance, Church, Case, Ward,
// Judge, Person) and towns are often everyday words (Faith, Welcome, Climax, Liberty, Advance, Trinity, Clover, Union).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreSocialworkWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Mr.', 'Ms.', 'Rev.', 'Pastor',
// 'Judge', 'Officer') and a credential ('LCSW', 'MSW', 'LCSWA', 'RN, CCM', 'Esq.') are not; a relation word ('her
// sister', 'maternal grandmother', 'payee') is not, the name next to it is; a given name's initial before a surname ('F.
// Little, RN') is not; initials that sign a note are planted; a hospital room ('room 612') and a unit are not. A
// shelter, a domestic violence shelter, a motel, a mobile home park, a church, a food pantry, an employer, a skilled
// nursing facility, a home health agency, a hospice, a medical supplier, a hospital, a cab company, a treatment center,
// a school, a housing authority and a guardianship or payee agency are planted whole with their kind words ('Open Door
// Shelter', 'Starlite Motel', 'Mount Zion Missionary Baptist Church', 'Faith Community Food Pantry', 'Stone Trucking');
// a chain, a payer, a broker or a national program named alone ('Food Lion', 'Greyhound', 'ModivCare', 'WellCare',
// 'Salvation Army', 'Meals on Wheels') is kept. A town or city is planted, the state is kept; a county is planted as its
// name ('Robeson' in 'Robeson County DSS'), the word 'County' is not; a street address is planted from its number to its
// street type with its unit or lot ('1420 Elm St Apt 4B'), a street named without a number ('on Elm St') is planted, and
// a ZIP (with its +4). A weekday naming one day ('discharge Thursday') is planted, a standing schedule ('open Tuesdays')
// is not written; a holiday that fixes a day is planted without 'the'; a month with a year is planted, a year alone is
// kept; the time next to a date is kept. SSNs, SSA claim numbers (with their letter), Medicaid ids, DSS, CPS, APS and
// court case and file numbers, report and intake numbers, member, group, reference and authorization numbers, PASRR
// numbers, order, voucher, trip and confirmation numbers, claimant and VA claim numbers, MBIs, account numbers, housing
// application numbers, birth certificate and driver's licence numbers, bar and social work licence numbers, inmate
// numbers, A-numbers, interpreter ids, meeting numbers, vehicle tags and VINs, device serials, URLs and e-mails are
// planted whole; a phone's leading '(' need not be covered, an extension is planted. Kept (look-alikes): programs and
// benefits (SNAP, WIC, TANF, Work First, Section 8, LIHEAP, SSI, SSDI, Extra Help, Meals on Wheels, HUD-VASH, rapid
// rehousing, Lifeline, ABLE), forms and notices (FL-2, PASRR Level I, MOST, POLST, SSA-827, SSA-3368, DD-214, the
// Important Message from Medicare, MOON, W-2, ROI), scales and scores (PHQ-9, GAD-7, AUDIT-C, CAGE, MoCA, SLUMS, LACE,
// Katz, Lawton, Zarit, ACE, VI-SPDAT, Hunger Vital Sign, C-SSRS, Braden, Morse), eponyms and statutes (Wernicke-Korsakoff,
// Alzheimer's, Baker Act, Marchman Act, Tarasoff, Hoyer), agency acronyms and roles without names (DSS, CPS, APS, SSA,
// the caseworker, the landlord, the guardian, the ombudsman, the chaplain), generic places (the shelter, the motel, a
// friend's couch, the food pantry, her sister's), chains, brokers and payers alone, ICD-10 Z codes and CPT codes, money,
// rent and benefit amounts, notice periods and Medicare day counts, ages of 89 and under, years alone, states, and
// everyday words that are also names or towns (hope, faith, will, bill, charity, grace, union, advance, welcome).
// Measured before rules (engine at 033a5a5): 0.881 recall on seeds 5, 11, 23 (4659/5290), 0.878 on fresh seeds 41, 42, 43
// (4639/5286); 6/131 look-alikes touched ("Important Message from Medicare", "Katz ADL 4/6", "Uber Health", "Goodwill",
// "Walmart", "Charity care").
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, gh, vi, ro, tr, ind, ie, frca];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Charity', 'Mercy', 'Destiny', 'Precious', 'Honesty', 'Unique', 'Star', 'Sunny', 'Ginger', 'Crystal', 'Amber', 'Summer', 'Brandy', 'April', 'Rocky', 'Bill', 'Will', 'Chance', 'Lucky', 'King', 'Deacon', 'Christian', 'Major', 'Sterling', 'Rusty', 'Dusty', 'Buddy', 'Earl', 'Frank', 'Sonny', 'Royal'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Church', 'Love', 'Mann', 'Bass', 'Street', 'Rice', 'Bland', 'Person', 'Moody', 'Best', 'Parish', 'Pope', 'Bishop', 'Deal', 'Short', 'Little', 'Strong', 'Friend', 'Freeman', 'Sellers', 'Hunt', 'Fields', 'Woods', 'Banks', 'Cash', 'Shields', 'Graves', 'Bond', 'Judge', 'Law', 'Justice', 'Sparks', 'Hood', 'Goodman', 'Jolly', 'Hart', 'Case', 'Ward', 'Bright', 'Lovelace'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Faith', 'Welcome', 'Climax', 'Liberty', 'Harmony', 'Advance', 'Trinity', 'Clover', 'Union', 'Bethel', 'Hope Mills', 'Spring Lake', 'Boiling Springs', 'Mount Airy', 'Marion', 'Chester', 'Florence', 'Clinton', 'Shelby', 'Ninety Six', 'Due West', 'Central', 'Denmark', 'Pleasant Garden', 'Rural Hall', 'Walnut Cove', 'Sunset Beach', 'Level Cross', 'Whynot', 'Friendship', 'Pinnacle', 'Fairmont', 'Kings Mountain', 'Grover', 'Concord', 'Princeton', 'Warsaw', 'Eden', 'Wilson', 'Oxford'];
const REAL_TOWNS = ['Gastonia', 'Hickory', 'Rocky Mount', 'Goldsboro', 'Kinston', 'Lumberton', 'Spartanburg', 'Sumter', 'Orangeburg', 'Greenwood', 'Danville', 'Lynchburg', 'Martinsville', 'Asheboro', 'Statesville', 'Morganton', 'Elizabeth City', 'Roanoke Rapids', 'Smithfield', 'Laurinburg', 'Rockingham', 'Lenoir', 'Reidsville', 'Henderson', 'Tarboro', 'Whiteville', 'Gaffney', 'Lancaster', 'Anderson', 'Fayetteville', 'Burlington', 'Salisbury'];
const COUNTIES = ['Robeson', 'Cumberland', 'Guilford', 'Forsyth', 'Gaston', 'Catawba', 'Rowan', 'Union', 'Cleveland', 'Wilson', 'Nash', 'Wayne', 'Pitt', 'Buncombe', 'Burke', 'Surry', 'Halifax', 'Person', 'Granville', 'Greene', 'Lee', 'Harnett', 'Sampson', 'Moore', 'Stanly', 'Spartanburg', 'York', 'Chester', 'Horry', 'Pickens', 'Pittsylvania', 'Henry', 'Davidson', 'Randolph', 'Alamance', 'Caldwell', 'Columbus'];
const STATES = ['NC', 'SC', 'VA', 'N.C.', 'North Carolina', 'South Carolina', 'Virginia'];
const FAR_CITIES = ['Baltimore', 'Newark', 'Jacksonville', 'Atlanta', 'Detroit', 'Columbus', 'Richmond', 'Norfolk', 'Savannah', 'Philadelphia', 'Brooklyn', 'Memphis', 'Knoxville', 'Augusta', 'Macon', 'Hartford'];
const STREET_WORDS = ['Elm', 'Main', 'Church', 'Mill', 'Spring', 'Cherry', 'Poplar', 'Dogwood', 'Magnolia', 'Pine', 'Railroad', 'Depot', 'Broad', 'Market', 'Academy', 'Hospital', 'Cemetery', 'Old Post', 'Freedom', 'Martin Luther King Jr', 'Pleasant Hill', 'Sugar Creek', 'Country Club', 'Lincoln', 'Front', 'Trade', 'Love', 'Hope'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Circle', 'Cir', 'Blvd', 'Hwy', 'Pkwy', 'Trl', 'Way', 'Pl'];
const TREES = ['Maple', 'Oak', 'Willow', 'Cedar', 'Magnolia', 'Pine', 'Dogwood', 'Sycamore', 'Laurel', 'Holly', 'Hickory', 'Poplar', 'Cypress'];
const LANDS = ['Grove', 'Ridge', 'Meadows', 'Hills', 'Creek', 'Crossing', 'Terrace', 'Glen', 'Park', 'Point', 'Springs', 'Woods', 'Village'];
const SAINTS = ['Joseph', 'Mary', 'Anne', 'Francis', 'Luke', 'Paul', 'Peter', 'Vincent', 'Elizabeth', 'Jude', 'Patrick', 'Michael'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
/** Holidays that fix one day of a year. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', 'Christmas', "New Year's Day", "New Year's Eve", 'Thanksgiving', 'Thanksgiving Day', 'Fourth of July', 'Independence Day', 'Halloween', 'Easter Sunday', "Mother's Day", "Father's Day", 'Labor Day', 'Memorial Day', 'Juneteenth', "Valentine's Day"];
const RELATIONS = ['sister', 'brother', 'daughter', 'son', 'mother', 'father', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'granddaughter', 'grandson', 'girlfriend', 'boyfriend', 'fiancé', 'ex-wife', 'stepson', 'daughter-in-law', 'neighbor', 'friend', 'godmother', 'landlady'];
const PAYERS = ['WellCare of North Carolina', 'Healthy Blue', 'AmeriHealth Caritas', 'Humana Gold Plus', 'UnitedHealthcare Community Plan', 'BCBS', 'Aetna Better Health', 'Carolina Complete Health', 'Medicaid Direct'];
const CHAINS = ['Food Lion', 'Walmart', 'Dollar General', 'Family Dollar', 'Bojangles', "Hardee's", 'Waffle House', "Lowe's", 'Sheetz', 'Ingles'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
/** The letters of a VIN (no I, O or Q). */
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const AREA_CODES = ['704', '980', '336', '743', '919', '984', '910', '252', '828', '803', '839', '843', '864', '540', '434', '276', '757', '804'];

/** A holiday as a sentence names it ('the Fourth of July'); the planted part is the holiday without 'the'. */
const withThe = (h: string): string => (h === 'Fourth of July' ? `the ${h}` : h);

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** Initials that sign a note ('K.T.' or 'KT'). */
  initials(): string {
    return this.r() < 0.5 ? this.letters(this.int(2, 3)) : `${this.letters(1)}.${this.letters(1)}.`;
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mr', 'Ms']);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  farCity(): string {
    return this.pick(FAR_CITIES);
  }
  chain(): string {
    return this.pick(CHAINS);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  /** A street named without its number ('Elm St'). */
  streetName(): string {
    return `${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  street(): string {
    const k = this.int(0, 9);
    if (k === 0) return `${this.int(1100, 9899)} ${this.pick(['NC Hwy', 'US Hwy', 'Old US', 'SC Hwy'])} ${this.int(11, 421)}`;
    return `${this.int(12, 9899)} ${this.pick(['', '', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.streetName()}`;
  }
  /** A street address with a unit or a lot. */
  streetUnit(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.street()} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (k === 1) return `${this.street()}, Unit ${this.pick(['A', 'B', 'C', 'D', '2', '3', '12'])}`;
    if (k === 2) return `${this.street()} Lot ${this.int(1, 88)}`;
    return `${this.street()} #${this.int(101, 418)}`;
  }
  zip(): string {
    const z = String(this.int(24001, 29945));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A homeless shelter, named whole. */
  shelter(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Rescue Mission`;
    if (k === 1) return `${this.pick(['Open Door', 'Good Shepherd', 'Lighthouse', 'Bethany', 'Samaritan', 'New Beginnings', 'Jacob\'s Ladder', 'Safe Harbor'])} ${this.pick(['Shelter', 'House', 'Center', 'Ministries', 'Inn'])}`;
    if (k === 2) return `${this.town()} Family Shelter`;
    if (k === 3) return `Interfaith Hospitality Network of ${this.town()}`;
    if (k === 4) return `${this.town()} Men's Shelter`;
    return `${this.town()} Winter Night Shelter`;
  }
  /** A domestic violence shelter or program, named whole. */
  dvShelter(): string {
    const k = this.int(0, 3);
    if (k === 0) return "My Sister's House";
    if (k === 1) return `Safe Haven of ${this.town()}`;
    if (k === 2) return `${this.town()} Family Violence Center`;
    return `${this.pick(['Harbor', 'Turning Point', 'Shelter Home', 'Hope Harbor'])} House`;
  }
  motel(): string {
    return `${this.pick(['Starlite', 'Sunset', 'Pine Crest', 'Blue Ridge', 'Twin Oaks', 'Carolina', 'Palmetto', 'Colonial', 'Dogwood', 'Southern Comfort', 'Red Carpet'])} ${this.pick(['Motel', 'Motor Lodge', 'Motor Inn', 'Inn'])}`;
  }
  mobilePark(): string {
    return `${this.pick(TREES)} ${this.pick(LANDS)} Mobile Home Park`;
  }
  church(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['Mount Zion', 'Mount Olive', 'New Hope', 'Shiloh', 'Bethel', 'Greater Mount Calvary', 'Macedonia', 'Ebenezer', 'Antioch', 'Pleasant Grove', 'Rehoboth'])} ${this.pick(['Missionary Baptist Church', 'Baptist Church', 'AME Zion Church', 'United Methodist Church', 'Church of God', 'Holiness Church'])}`;
    if (k === 1) return `First ${this.pick(['Baptist', 'Presbyterian', 'United Methodist', 'Pentecostal Holiness', 'Wesleyan'])} Church of ${this.town()}`;
    if (k === 2) return `St. ${this.pick(SAINTS)} Catholic Church`;
    if (k === 3) return `${this.town()} Church of Christ`;
    return `Iglesia ${this.pick(['Pentecostal', 'Bautista', 'Cristiana'])} ${this.pick(['Roca de Salvación', 'Nueva Vida', 'El Buen Pastor', 'Monte Sinaí'])}`;
  }
  pantry(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Community Food Pantry`;
    if (k === 1) return `${this.pick(['Loaves and Fishes', 'Manna', 'Bread of Life', 'Open Hands', 'Crisis Assistance', 'Second Helping'])} ${this.pick(['Food Pantry', 'Ministry', 'Food Bank'])}`;
    if (k === 2) return `${this.county()} County Christian Ministries`;
    return `${this.town()} Soup Kitchen`;
  }
  employer(): string {
    const k = this.int(0, 7);
    const s = this.sur();
    const t = this.town();
    if (k === 0) return `${s} Trucking`;
    if (k === 1) return `${s} Construction`;
    if (k === 2) return `${t} Poultry`;
    if (k === 3) return `${t} Hosiery Mill`;
    if (k === 4) return `${s}'s Auto Body`;
    if (k === 5) return `${t} Country Club`;
    if (k === 6) return `${s} Brothers Roofing`;
    return `${t} Furniture Company`;
  }
  snf(): string {
    const k = this.int(0, 5);
    const t = this.town();
    if (k === 0) return `${this.pick(TREES)} ${this.pick(LANDS)} Nursing and Rehabilitation Center`;
    if (k === 1) return `${t} Health and Rehabilitation`;
    if (k === 2) return `The Oaks at ${t}`;
    if (k === 3) return `${t} Center for Nursing and Rehab`;
    if (k === 4) return `Accordius Health at ${t}`;
    return `${this.sur()} Manor`;
  }
  homeHealth(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Home Health`;
    if (k === 1) return `Well Care Home Health of ${this.town()}`;
    if (k === 2) return `${this.pick(TREES)} Home Care`;
    return `Visiting Nurses of ${this.town()}`;
  }
  hospice(): string {
    const k = this.int(0, 2);
    if (k === 0) return `Hospice of ${this.town()}`;
    if (k === 1) return `${this.town()} Hospice and Palliative Care`;
    return `${this.pick(TREES)} Hospice House`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.sur()} Home Medical`;
    return `${this.pick(TREES)} Respiratory and DME`;
  }
  hospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Medical Center`;
    if (k === 1) return `${this.town()} Regional Medical Center`;
    if (k === 2) return `${this.town()} Memorial Hospital`;
    if (k === 3) return `${this.town()} Community Hospital`;
    return `${this.county()} County Hospital`;
  }
  cab(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Yellow Cab`;
    if (k === 1) return `${this.sur()} Taxi`;
    if (k === 2) return `A-1 Cab of ${this.town()}`;
    return `${this.town()} Transportation Services`;
  }
  rehab(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(TREES)} Recovery Center`;
    if (k === 1) return `${this.town()} Treatment Center`;
    if (k === 2) return `${this.pick(['First Step', 'New Horizons', 'Serenity', 'Freedom'])} Recovery ${this.pick(['House', 'Center'])}`;
    return `Oxford House ${this.pick(['Magnolia', 'Dogwood', 'Cypress', 'Azalea', 'Longleaf'])}`;
  }
  school(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    return `${this.town()} High School`;
  }
  guardianAgency(): string {
    return this.r() < 0.5 ? `${this.town()} Guardianship Services` : `${this.pick(['Piedmont', 'Coastal', 'Foothills', 'Sandhills', 'Lowcountry'])} Family Services`;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  yy(): string {
    return pad2(this.int(16, 25));
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}` : `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  /** A full date in one of the forms these notes use. */
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
    return this.r() < 0.8 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.pick(MON)} '${this.yy()}`;
  }
  weekday(): string {
    return this.r() < 0.8 ? this.pick(WEEKDAYS) : this.pick(WEEKDAYS_SHORT);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1940, hi = 2003): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? this.digitString(this.int(7, 9)) : `${this.letters(1)}${this.digitString(7)}`;
  }
  /** A hospital account or encounter number. */
  account(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(10) : k === 1 ? `${this.digitString(4)}-${this.digitString(6)}` : this.digitString(this.int(8, 12));
  }
  ssn(): string {
    return `${this.int(100, 665)}-${this.digitString(2)}-${this.digitString(4)}`;
  }
  /** An SSA claim number: the SSN and its beneficiary letter. */
  claimNo(): string {
    const ssn = this.r() < 0.6 ? this.ssn() : `${this.int(100, 665)}${this.digitString(2)}${this.digitString(4)}`;
    return `${ssn}${this.pick(['A', 'B', 'C1', 'D', 'HA'])}`;
  }
  medicaidId(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.digitString(9)}${this.letters(1)}` : k === 1 ? this.digitString(12) : `${this.letters(2)}${this.digitString(8)}`;
  }
  /** A DSS, SNAP or benefits case number. */
  caseNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.year()}-${this.digitString(7)}`;
    if (k === 1) return `C-${this.digitString(6)}`;
    if (k === 2) return this.digitString(this.int(7, 9));
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  /** A CPS or APS report or intake number. */
  reportNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['CPS', 'APS', 'IN'])}-${this.yy()}-${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(7, 8));
    return `${this.yy()}${this.letters(1)}${this.digitString(5)}`;
  }
  /** A court file number in one of the forms clerks write. */
  courtFile(kind: string): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.yy()} ${kind} ${this.digitString(this.int(3, 5))}`;
    if (k === 1) return `${this.yy()}${kind}${String(this.int(1, 9999)).padStart(6, '0')}`;
    return `${this.year()}-${kind}-${this.digitString(4)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(9)}${this.pick(['01', '02', '-01'])}`;
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  groupNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(5, 7)) : `${this.letters(2)}${this.digitString(4)}`;
  }
  authNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(this.int(8, 11)) : k === 1 ? `A${this.digitString(9)}` : `${this.yy()}${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  refNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 12)) : `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(3)}`;
  }
  pasrr(): string {
    return this.r() < 0.6 ? `${this.year()}${this.digitString(6)}${this.pick(['A', 'B', 'C', 'E'])}` : `${this.digitString(10)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `SO-${this.digitString(7)}`;
  }
  voucher(): string {
    return this.r() < 0.5 ? `${this.digitString(5)}` : `V${this.digitString(6)}`;
  }
  confirmation(): string {
    return this.r() < 0.5 ? `${this.letters(6)}` : `${this.letters(2)}${this.digitString(6)}`;
  }
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.letters(3)}-${this.digitString(4)}` : k === 1 ? `${this.letters(3)} ${this.digitString(3)}` : `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
  }
  vin(): string {
    return `${this.int(1, 5)}${this.lettersOf(VIN_CHARS, 16)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  /** A driver's licence or state ID number. */
  licence(): string {
    return this.r() < 0.5 ? `0000${this.digitString(8)}` : this.digitString(this.int(8, 12));
  }
  /** A birth certificate's state file number. */
  certNo(): string {
    return this.r() < 0.5 ? `${this.int(1950, 2005)}-${this.digitString(6)}` : `${this.digitString(3)}-${this.int(60, 99)}-${this.digitString(6)}`;
  }
  aNumber(): string {
    return this.r() < 0.5 ? `A${this.digitString(9)}` : `A ${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  /** A social work licence number. */
  swLicence(): string {
    return this.r() < 0.5 ? `C${String(this.int(1, 99999)).padStart(6, '0')}` : `${this.digitString(4)}`;
  }
  ext(): string {
    return this.digitString(this.int(3, 5));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.r() < 0.8 ? this.pick(AREA_CODES) : String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  /** An e-mail for the named person: when the name is planted beside it, `short` keeps the whole name out of it. */
  email(g: string, s: string, domain?: string, short = true): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const dom = domain ?? this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', `${asciiLetters(this.county())}countync.gov`, 'dhhs.nc.gov', `${asciiLetters(this.town()) || 'union'}health.org`]);
    const local = short
      ? this.pick([`${a.charAt(0)}${b.slice(0, 4)}${this.int(1, 99)}`, `${a.charAt(0)}.${b.slice(0, 5)}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(10, 999)}`, `${a.charAt(0)}${b.charAt(0)}${this.int(100, 9999)}`])
      : this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${b}${a.charAt(0)}${this.int(1, 99)}`, `${a}${b.charAt(0)}${this.int(70, 99)}`, `${a}_${b}`]);
    return `${local}@${dom}`;
  }
  /** A staff member with a credential: the text and its parts. */
  staff(creds: readonly string[]): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const c = this.pick(creds);
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${c}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, ${c}`, [g, s]];
    if (k === 2) return [`${s}, ${g} (${c})`, [s, g]];
    return [`${g.charAt(0)}. ${s}, ${c}`, [s]];
  }
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    return [`${g} ${s}, MD`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // initial assessment and living situation
  ['assessment header patient MRN account admit date', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const acct = d.account(); const dt = d.date();
    return [`CASE MANAGEMENT INITIAL ASSESSMENT\nPatient: ${s}, ${g} ${d.mi()}   MRN: ${mrn}   Acct #: ${acct}\nAdmit date: ${dt}   Unit: 5 West   Payer: Medicaid`, [s, g, mrn, acct, dt]];
  }],
  ["staying at sister's on a street", (d) => {
    const g = d.given(); const st = d.streetName(); const t = d.town(); const md = d.monDay();
    return [`Pt reports she has been staying at her sister ${g}'s house on ${st} in ${t} since ${md}; sleeps on the couch, sister works nights.`, [g, st, t, md]];
  }],
  ['lives alone apartment with unit and ZIP', (d) => {
    const st = d.streetUnit(); const t = d.town(); const z = d.zip();
    return [`Living situation: lives alone at ${st}, ${t}, ${d.state()} ${z}. Second-floor unit, 14 steps to enter, no elevator.`, [st, t, z]];
  }],
  ['mobile home park lot', (d) => {
    const p = d.mobilePark(); const t = d.town(); const g = d.given();
    return [`Pt and husband rent a single-wide in the ${p} near ${t}; no running water since the pipes froze. Neighbor ${g} has been bringing jugs of water.`, [p, t, g]];
  }],
  ['sleeping in car with tag behind a store', (d) => {
    const pl = d.plate(); const st = d.streetName(); const my = d.monthYear();
    return [`Pt has been sleeping in his car (silver 2008 Honda Accord, NC tag ${pl}) in the ${d.chain()} parking lot on ${st} since ${my}.`, [pl, st, my]];
  }],
  ['vehicle VIN for title and towing', (d) => {
    const vin = d.vin(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Pt's vehicle was towed from the ED lot; VIN ${vin}. Tow yard contact ${g} ${s}, ${ph}. Pt's brother to retrieve it with the title.`, [vin, g, s, p]];
  }],
  ['shelter resident bed held case manager', (d) => {
    const sh = d.shelter(); const st = d.street(); const w = d.weekday(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Pt is a resident of the ${sh} (${st}); bed held through ${w} per shelter case manager ${g} ${s}, ${ph}.`, [sh, st, w, g, s, p]];
  }],
  ['motel with children paid by church', (d) => {
    const m = d.motel(); const t = d.town(); const md = d.monDay(); const c = d.church();
    return [`Pt and her 2 children are staying at the ${m} in ${t}, room paid through ${md} by ${c}.`, [m, t, md, c]];
  }],
  ['shelter stay range', (d) => {
    const sh = d.shelter(); const a = d.slashMd(); const b = d.slashMd();
    return [`Per HMIS, pt stayed at ${sh} from ${a} to ${b}, then left after a conflict with another guest.`, [sh, a, b]];
  }],
  ['emergency contacts relation phones', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const [ph2, p2] = d.phone();
    return [`Emergency contact: ${g} ${s} (${rel})  cell ${ph}  home ${ph2}`, [g, s, p, p2]];
  }],
  ['next of kin in all caps', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [ph, p] = d.phone(); const t = d.town().toUpperCase();
    return [`NOK: ${s}, ${g} - ${d.relation().toUpperCase()} - ${ph} - LIVES IN ${t}`, [s, g, p, t]];
  }],
  ['patient age over 89 widow living alone', (d) => {
    const n = d.ageOver89(); const g = d.given(); const rel = d.pick(['daughter', 'son', 'niece', 'grandson']);
    return [`${n} y/o widow, lives alone; ${rel} ${g} checks on her daily and manages her medications.`, [n, g]];
  }],
  ['spouse caregiver age over 89', (d) => {
    const g = d.given(); const n = d.ageOver89();
    return [`Pt's husband, ${g}, age ${n}, is the primary caregiver and uses a walker himself; caregiver strain evident.`, [g, n]];
  }],
  ['collateral call to neighbor weekday', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Called pt's neighbor ${g} at ${ph} on ${w}; no answer, left VM with callback number.`, [g, p, w]];
  }],
  ['children cared for by father in town', (d) => {
    const g = d.given(); const g2 = d.given(); const g3 = d.given(); const s3 = d.sur(); const t = d.town();
    return [`Pt's children ${g} (7) and ${g2} (4) are with their father, ${g3} ${s3}, in ${t} while pt is hospitalized.`, [g, g2, g3, s3, t]];
  }],
  // employment and income
  ['employer and supervisor', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur();
    return [`Employment: works second shift at ${e}; supervisor ${g} ${s} aware of admission. FMLA paperwork given to pt.`, [e, g, s]];
  }],
  ['chain store job in town', (d) => {
    const st = d.streetName(); const t = d.town(); const g = d.given();
    return [`Pt works part time at the ${d.chain()} on ${st} in ${t}; manager ${g} agreed to hold her shifts.`, [st, t, g]];
  }],
  ['laid off unemployment claimant id', (d) => {
    const e = d.employer(); const dt = d.date(); const id = d.digitString(d.int(7, 9));
    return [`Laid off from ${e} on ${dt}. Filed for unemployment (DES); claimant ID ${id}.`, [e, dt, id]];
  }],
  ['SSDI claim number', (d) => {
    const c = d.claimNo(); const md = d.monDay();
    return [`Income: SSDI $1,312/mo, SSA claim # ${c}. Pt's next deposit ${md}; pays $450 rent to cousin.`, [c, md]];
  }],
  ['SSN for application', (d) => {
    const ssn = d.ssn(); const dob = d.dob();
    return [`SSN ${ssn} and DOB ${dob} verified with pt for the Medicaid and SSI applications.`, [ssn, dob]];
  }],
  ['SSI application confirmation and field office', (d) => {
    const cf = d.confirmation(); const t = d.town(); const w = d.weekday(); const md = d.slashMd();
    return [`SSI application filed by phone; confirmation ${cf}. Interview at the ${t} SSA field office ${w} ${md} at 10:00.`, [cf, t, w, md]];
  }],
  ['representative payee', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, p] = d.phone();
    return [`Representative payee: ${g} ${s}, ${t} Payee Services, ${ph}. Payee pays rent and gives pt $60 weekly.`, [g, s, t, p]];
  }],
  // benefits and insurance
  ['Medicaid application county DSS caseworker extension', (d) => {
    const c = d.county(); const dt = d.date(); const cn = d.caseNo(); const g = d.given(); const s = d.sur(); const e = d.ext();
    return [`Medicaid application submitted to ${c} County DSS on ${dt}; case #${cn}. Caseworker ${g} ${s}, ext. ${e}.`, [c, dt, cn, g, s, e]];
  }],
  ['Medicaid id effective date', (d) => {
    const id = d.medicaidId(); const dt = d.date();
    return [`Medicaid ID ${id} active, eff. ${dt}; pt assigned to ${d.payer()}.`, [id, dt]];
  }],
  ['SNAP recertification', (d) => {
    const cn = d.caseNo(); const md = d.monDay(); const c = d.county();
    return [`SNAP case ${cn} due for recertification ${md}; pt to drop forms at the ${c} County DSS lobby.`, [cn, md, c]];
  }],
  ['insurance verification member group reference', (d) => {
    const m = d.memberId(); const gr = d.groupNo(); const ref = d.refNo(); const g = d.given(); const [ph, p] = d.phone();
    return [`Verified coverage with ${d.payer()}: member ID ${m}, group ${gr}. Call reference #${ref}, spoke with ${g} at ${ph}.`, [m, gr, ref, g, p]];
  }],
  ['SNF authorization and reviewer', (d) => {
    const a = d.authNo(); const dt = d.date(); const w = d.weekday(); const st = d.staff(['RN', 'RN, CCM', 'LPN']);
    return [`Auth #${a} for SNF approved ${dt}, next concurrent review ${w}. Reviewer: ${st[0]}.`, [a, dt, w, ...st[1]]];
  }],
  ['Medicare MBI and Part D plan', (d) => {
    const mbi = d.mbi(); const m = d.memberId();
    return [`Medicare MBI ${mbi}. Part D plan member ID ${m}; Extra Help approved, copays $4.90.`, [mbi, m]];
  }],
  ['financial assistance and account', (d) => {
    const fa = d.digitString(d.int(6, 8)); const acct = d.account(); const dt = d.slashMd();
    return [`Financial assistance application #${fa} given to pt; account ${acct} placed on hold through ${dt} pending review.`, [fa, acct, dt]];
  }],
  ['VA claim and HUD-VASH case manager', (d) => {
    const c = d.digitString(d.int(8, 9)); const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Veteran (Army, DD-214 on file). VA claim # ${c}. Connected with HUD-VASH case manager ${g} ${s} at the ${t} VA Medical Center.`, [c, g, s, t]];
  }],
  ['utility account and LIHEAP county', (d) => {
    const acct = d.account(); const c = d.county(); const dt = d.date();
    return [`Duke Energy account ${acct} past due, disconnect scheduled ${dt}; LIHEAP crisis application filed at ${c} County DSS.`, [acct, dt, c]];
  }],
  // discharge planning
  ['SNF referrals and bed offer', (d) => {
    const a = d.snf(); const b = d.snf(); const c = d.snf(); const rel = d.relation(); const g = d.given();
    return [`Referrals sent via CarePort to: ${a}; ${b}. Bed offer from ${c} (sent by hub) accepted by pt's ${rel} ${g}.`, [a, b, c, g]];
  }],
  ['FL-2 faxed PASRR number', (d) => {
    const s = d.sur(); const f = d.snf(); const [fx, p] = d.phone(); const dt = d.date(); const pa = d.pasrr();
    return [`FL-2 signed by Dr. ${s} and faxed to ${f} admissions at ${fx} on ${dt}. PASRR # ${pa}.`, [s, f, p, dt, pa]];
  }],
  ['home health referral start of care', (d) => {
    const hh = d.homeHealth(); const md = d.slashMd(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Home health referral accepted by ${hh} for SN/PT/OT; SOC ${md}. Intake: ${g} ${s}, ${ph}.`, [hh, md, g, s, p]];
  }],
  ['DME order delivery address weekday', (d) => {
    const dm = d.dme(); const o = d.orderNo(); const st = d.street(); const w = d.weekday();
    return [`Hospital bed and 3-in-1 commode ordered from ${dm}, order #${o}; delivery to ${st} ${w} between 1 and 5 pm.`, [dm, o, st, w]];
  }],
  ['power wheelchair serial left at shelter', (d) => {
    const sn = d.serial(); const sh = d.shelter(); const g = d.given();
    return [`Pt's power wheelchair (Pride Jazzy, S/N ${sn}) was left at ${sh}; friend ${g} will bring it before discharge.`, [sn, sh, g]];
  }],
  ['hospice choice and liaison meeting', (d) => {
    const g = d.given(); const h = d.hospice(); const g2 = d.given(); const s2 = d.sur(); const w = d.weekday();
    return [`Pt's daughter ${g} chose ${h}; liaison ${g2} ${s2} to meet the family ${w} at 2 pm in room 612.`, [g, h, g2, s2, w]];
  }],
  ['anticipated discharge weekday ride', (d) => {
    const w = d.weekday(); const rel = d.relation(); const g = d.given();
    return [`Anticipated d/c ${w} once ride confirmed; ${rel} ${g} can pick up after 4 pm.`, [w, g]];
  }],
  ['cab voucher to address', (d) => {
    const v = d.voucher(); const cab = d.cab(); const st = d.street(); const t = d.town();
    return [`Cab voucher #${v} issued; ${cab} to take pt home to ${st}, ${t}.`, [v, cab, st, t]];
  }],
  ['Medicaid transport trip number', (d) => {
    const dt = d.date(); const trip = d.digitString(d.int(7, 9));
    return [`NEMT booked through ModivCare for follow-up on ${dt}; trip #${trip}, pickup window 7:30-8:30.`, [dt, trip]];
  }],
  ['bus ticket to relative in another city', (d) => {
    const city = d.farCity(); const dt = d.date(); const cf = d.confirmation(); const g = d.given(); const s = d.sur();
    return [`Greyhound ticket to ${city} purchased with discretionary funds for ${dt}, confirmation ${cf}. Pt will stay with cousin ${g} ${s}.`, [city, dt, cf, g, s]];
  }],
  ['readmission prior stay and facility', (d) => {
    const a = d.date(); const h = d.hospital(); const f = d.snf();
    return [`Readmission: last admitted ${a} at ${h}, discharged to ${f} and left AMA after 3 days.`, [a, h, f]];
  }],
  ['treatment center bed date', (d) => {
    const rc = d.rehab(); const md = d.monDay(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Accepted to ${rc} for residential treatment; bed date ${md}. Admissions coordinator ${g} ${s}, ${ph}.`, [rc, md, g, s, p]];
  }],
  // food, churches and community
  ['food pantry appointment', (d) => {
    const pa = d.pantry(); const w = d.weekday(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Referred to ${pa}; appointment ${w} ${md}, ask for ${g} ${s}. Pt screened positive on the Hunger Vital Sign.`, [pa, w, md, g, s]];
  }],
  ['pastor visit and meals', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.church();
    return [`Pt's pastor, Rev. ${g} ${s} of ${c}, visited today; church members will bring meals after discharge.`, [g, s, c]];
  }],
  ['Meals on Wheels in county', (d) => {
    const c = d.county(); const dt = d.date();
    return [`Meals on Wheels referral faxed to the ${c} County Senior Center on ${dt}; waitlist about 6 weeks.`, [c, dt]];
  }],
  // family meetings
  ['family meeting attendees', (d) => {
    const dt = d.date(); const r1 = d.relation(); const g1 = d.given(); const s1 = d.sur(); const r2 = d.relation(); const g2 = d.given(); const [ph, p] = d.phone(); const s3 = d.sur();
    return [`Family meeting ${dt} at ${d.time()}. Present: pt, ${r1} ${g1} ${s1}, ${r2} ${g2} (by phone, ${ph}), Dr. ${s3}, and this writer.`, [dt, g1, s1, g2, p, s3]];
  }],
  ['family conflict over check', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Daughter ${g} states her brother ${g2} ${s2} has been cashing pt's SSI check; pt confirms and is tearful.`, [g, g2, s2]];
  }],
  ['holiday event', (d) => {
    const h = d.holiday(); const g = d.given();
    return [`Pt was evicted the day after ${withThe(h)} and has been doubled up with friend ${g} since then.`, [h, g]];
  }],
  ['holiday pickup planned', (d) => {
    const rel = d.relation(); const g = d.given(); const h = d.holiday();
    return [`Pt's ${rel} ${g} plans to take her home for ${withThe(h)}; pass discussed with team.`, [g, h]];
  }],
  // guardianship and court
  ['incompetency petition file and hearing', (d) => {
    const c = d.county(); const f = d.courtFile('SP'); const dt = d.date();
    return [`Petition for adjudication of incompetence filed in ${c} County, file no. ${f}; hearing set for ${dt} at 10:00 before the Clerk of Superior Court.`, [c, f, dt]];
  }],
  ['interim guardian contact', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const ag = d.guardianAgency(); const [ph, p] = d.phone(); const em = d.email(g, s);
    return [`Interim guardian appointed ${md}: ${g} ${s} of ${ag}, ${ph}, ${em}.`, [md, g, s, ag, p, em]];
  }],
  ['guardian ad litem bar number', (d) => {
    const g = d.given(); const s = d.sur(); const bar = d.digitString(5); const w = d.weekday();
    return [`Guardian ad litem ${g} ${s}, Esq. (bar no. ${bar}) met with pt at bedside ${w}.`, [g, s, bar, w]];
  }],
  ['virtual hearing meeting number', (d) => {
    const num = `${d.digitString(4)} ${d.digitString(3)} ${d.digitString(4)}`; const ord = ordinal(d.int(1, 28));
    return [`Guardianship hearing on the ${ord} will be held by Webex; meeting number ${num}. Pt to attend from the unit conference room.`, [ord, num]];
  }],
  ['HCPOA with relative and notary', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`HCPOA on chart naming ${rel} ${g} ${s}, executed ${dt}, notarized by ${g2} ${s2}.`, [g, s, dt, g2, s2]];
  }],
  ['criminal court date and public defender', (d) => {
    const md = d.monDay(); const c = d.county(); const f = d.courtFile('CR'); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Pt has court ${md} at the ${c} County Courthouse (file ${f}); public defender ${g} ${s} notified at ${ph}.`, [md, c, f, g, s, p]];
  }],
  ['probation officer ankle monitor', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const sn = d.serial();
    return [`Probation officer ${g} ${s} (${ph}) aware of admission. Ankle monitor S/N ${sn} intact, charging cord at bedside.`, [g, s, p, sn]];
  }],
  ['detention center release inmate number', (d) => {
    const c = d.county(); const dt = d.date(); const id = d.digitString(d.int(6, 8));
    return [`Pt was released from the ${c} County Detention Center on ${dt} (inmate #${id}) and came to the ED the same night.`, [c, dt, id]];
  }],
  ['eviction hearing small claims landlord', (d) => {
    const dt = d.date(); const c = d.county(); const f = d.courtFile('CVM'); const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Summary ejectment hearing ${dt} in ${c} County small claims, case ${f}; landlord ${g} ${s} of ${s2} Properties LLC.`, [dt, c, f, g, s, `${s2} Properties LLC`]];
  }],
  ['protective order and DV shelter advocate', (d) => {
    const sh = d.dvShelter(); const g = d.given(); const f = d.courtFile('CVD'); const dt = d.date();
    return [`Pt accepted to ${sh} (confidential location); advocate ${g} will meet her at discharge. 50B protective order ${f} granted ${dt}.`, [sh, g, f, dt]];
  }],
  // child and adult protective services
  ['CPS report to county intake', (d) => {
    const c = d.county(); const dt = d.date(); const rep = d.reportNo(); const g = d.given(); const s = d.sur();
    return [`CPS report made to ${c} County DSS intake on ${dt} at ${d.time()}, report #${rep}; spoke with intake worker ${g} ${s}.`, [c, dt, rep, g, s]];
  }],
  ['CPS worker kinship placement address', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext(); const g2 = d.given(); const s2 = d.sur(); const st = d.street(); const t = d.town();
    return [`CPS worker ${g} ${s} (${ph} ext ${e}) states infant may discharge to maternal grandmother ${g2} ${s2} at ${st}, ${t}, after home study.`, [g, s, p, e, g2, s2, st, t]];
  }],
  ['APS referral faxed exploitation', (d) => {
    const [fx, p] = d.phone(); const rel = d.relation(); const g = d.given(); const g2 = d.given(); const s2 = d.sur(); const cn = d.reportNo();
    return [`APS referral faxed to ${fx} re: suspected financial exploitation by ${rel} ${g}; intake worker ${g2} ${s2}, case ${cn}.`, [p, g, g2, s2, cn]];
  }],
  ['APS worker e-mail home visit', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, `${asciiLetters(d.county())}county${d.pick(['nc', 'sc', 'va'])}.gov`); const st = d.street(); const w = d.weekday();
    return [`Per APS social worker ${g} ${s} (${em}), home visit to ${st} completed ${w}; home has no heat and is cluttered.`, [g, s, em, st, w]];
  }],
  ['school social worker for child', (d) => {
    const sc = d.school(); const g = d.given(); const s = d.sur(); const em = d.email(g, s, d.pick(['gcsnc.com', 'cms.k12.nc.us', 'rcsnc.org', 'wcpss.net', 'spart7.org']));
    return [`Pt's son attends ${sc}; school social worker ${g} ${s} (${em}) will arrange McKinney-Vento transportation.`, [sc, g, s, em]];
  }],
  // housing
  ['housing authority application', (d) => {
    const t = d.town(); const app = d.digitString(d.int(6, 8)); const dt = d.date();
    return [`Application #${app} submitted to the ${t} Housing Authority on ${dt}; Section 8 waitlist currently closed, public housing list open.`, [app, `${t} Housing Authority`, dt]];
  }],
  ['online application URL', (d) => {
    const c = asciiLetters(d.county()) || 'union'; const url = d.pick([`https://www.${c}countync.gov/dss/apply`, `https://${c}housing.org/apply`, `www.${c}rescue.org/intake`, `https://${c}coc.org/coordinated-entry`]);
    return [`Pt given the link to apply online: ${url}. Library computers available if no phone data.`, [url]];
  }],
  ['pt e-mail and phone for portal', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, d.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'aol.com']), false); const [ph, p] = d.phone();
    return [`Best contact for pt after d/c: ${em}, or text ${ph} (Lifeline phone, minutes limited).`, [em, p]];
  }],
  ['replacement ID birth certificate and licence', (d) => {
    const cert = d.certNo(); const lic = d.licence(); const md = d.slashMd();
    return [`Birth certificate ordered from Vital Records, state file #${cert}; DMV ID card (old DL# ${lic}) appointment ${md}.`, [cert, lic, md]];
  }],
  ['immigration legal referral A-number', (d) => {
    const a = d.aNumber(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Pt has an immigration hearing pending (${a}); referred to the ${t} Immigrant Legal Clinic, attorney ${g} ${s}.`, [a, `${t} Immigrant Legal Clinic`, g, s]];
  }],
  ['interpreter id', (d) => {
    const id = d.digitString(d.int(5, 6)); const g = d.given();
    return [`Assessment completed with Spanish interpreter ${g}, ID #${id}, via phone.`, [g, id]];
  }],
  // letters and signatures
  ['letter to housing re hospitalization', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const h = d.hospital(); const a = d.date(); const b = d.date();
    return [`To Whom It May Concern:\n${g} ${s} (DOB ${dob}) was hospitalized at ${h} from ${a} to ${b} and could not attend the scheduled recertification.`, [g, s, dob, h, a, b]];
  }],
  ['letter to employer return to work', (d) => {
    const t = d.title(); const s = d.sur(); const e = d.employer(); const md = d.monDay();
    return [`Dear ${t} ${s},\nPlease excuse our patient from work at ${e} until ${md}; she may return with no restrictions.`, [s, e, md]];
  }],
  ['signature block licence phone fax e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.swLicence(); const h = d.hospital(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const em = d.email(g, s, `${d.pick(['atriumhealth', 'conehealth', 'novanthealth', 'ecuhealth', 'carilionclinic'])}.org`);
    return [`${g} ${s}, MSW, LCSW (lic. ${lic})\nCase Management, ${h}\nPh ${ph} | Fax ${fx}\n${em}`, [g, s, lic, h, p, pf, em]];
  }],
  ['note signed with initials and charge nurse', (d) => {
    const i = d.initials(); const g = d.given(); const dt = d.slashMd();
    return [`Discussed plan with charge RN ${g}; pt agreeable. Will follow. -- ${i}, LCSWA ${dt}`, [g, i, dt]];
  }],
  ['progress note title with patient name', (d) => {
    const t = d.title(); const s = d.sur(); const w = d.weekday(); const g = d.given();
    return [`SW follow-up: Met with ${t} ${s} at bedside ${w}. Pt states a friend, ${g}, "can't take pt back." Shelter list given.`, [s, w, g]];
  }],
  ['all lower case quick note', (d) => {
    const g = d.given().toLowerCase(); const s = d.sur().toLowerCase(); const sh = d.shelter().toLowerCase(); const md = d.slashMd();
    return [`cm note: spoke w/ ${g} ${s} at ${sh}, no beds until ${md}. pt aware.`, [g, s, sh, md]];
  }],
  ['month year eviction and previous address', (d) => {
    const my = d.monthYear(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Evicted in ${my} from ${st}, ${t} ${z} after falling behind on rent when hours were cut.`, [my, st, t, z]];
  }],
];

/** The names of the wave's frames. */
export const socialworkFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function socialworkWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10039, rounds);
}

/** Look-alikes in social work and case management style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // programs and benefits
  ['Pt receives SNAP benefits, $291 per month.', 'SNAP'], ['WIC appointment for the infant is pending.', 'WIC'], ['On the Section 8 Housing Choice Voucher waitlist.', 'Section 8'],
  ['Referred to Work First (TANF) employment services.', 'Work First'], ['TANF child-only grant', 'TANF'], ['LIHEAP crisis intervention funds requested.', 'LIHEAP'],
  ['SSI benefit is $943/month.', '$943/month'], ['SSDI pending reconsideration.', 'SSDI'], ['Meals on Wheels referral placed for weekday lunches.', 'Meals on Wheels'],
  ['Medicare Part A covers SNF days 1-20 in full.', 'days 1-20'], ['Extra Help (LIS) approved for Part D.', 'Extra Help'], ['Medicaid spend-down of $1,245 not yet met.', '$1,245'],
  ['Applied for Lifeline phone service.', 'Lifeline'], ['Rapid rehousing funds requested through the CoC.', 'CoC'], ['HUD-VASH voucher issued last month.', 'HUD-VASH'],
  ['Entered into HMIS by shelter staff.', 'HMIS'], ['VI-SPDAT score 11 (permanent supportive housing).', 'VI-SPDAT score 11'], ['Coordinated entry assessment completed.', 'Coordinated entry'],
  ['White flag night: shelters open extra cots below 32 degrees.', 'White flag'], ['Housing First model, no sobriety requirement.', 'Housing First'], ['Ticket to Work program explained.', 'Ticket to Work'],
  ['ABLE account opened for savings.', 'ABLE account'], ['McKinney-Vento rights explained for school transport.', 'McKinney-Vento'], ['Emergency Medicaid for labor and delivery only.', 'Emergency Medicaid'],
  // forms and notices
  ['FL-2 completed for SNF placement.', 'FL-2'], ['PASRR Level I screen submitted.', 'PASRR Level I'], ['MOST form on chart (DNR/limited interventions).', 'MOST form'],
  ['POLST reviewed with pt.', 'POLST'], ['SSA-827 authorization signed.', 'SSA-827'], ['Form SSA-3368 (adult disability report) started.', 'SSA-3368'],
  ['DD-214 requested from the National Personnel Records Center.', 'DD-214'], ['Important Message from Medicare given within 2 days of discharge.', 'Important Message from Medicare'],
  ['MOON notice delivered and signed.', 'MOON'], ['W-2 and last 30 days of pay stubs needed.', 'W-2'], ['ROI signed for the shelter.', 'ROI'], ['50B order explained to pt.', '50B'],
  // scales and scores
  ['PHQ-9 score 17 (moderately severe).', 'PHQ-9 score 17'], ['GAD-7 of 12.', 'GAD-7 of 12'], ['AUDIT-C 6', 'AUDIT-C 6'], ['CAGE 3/4 positive.', 'CAGE 3/4'], ['MoCA 19/30 per OT.', 'MoCA 19/30'],
  ['SLUMS 21', 'SLUMS 21'], ['LACE index 13 (high readmission risk).', 'LACE index 13'], ['Katz ADL 4/6', 'Katz ADL 4/6'], ['Zarit Burden Interview 38', 'Zarit Burden Interview 38'],
  ['ACE score of 6', 'ACE score of 6'], ['Hunger Vital Sign screen positive.', 'Hunger Vital Sign'], ['C-SSRS screen negative.', 'C-SSRS'], ['Lawton IADL scale 3/8', 'Lawton IADL'],
  ['Braden 14', 'Braden 14'], ['Morse fall score 55', 'Morse fall score 55'],
  // eponyms and statutes
  ['Wernicke-Korsakoff syndrome from chronic alcohol use.', 'Wernicke-Korsakoff'], ["Alzheimer's dementia, moderate stage.", "Alzheimer's"], ['Baker Act criteria not met.', 'Baker Act'],
  ['Marchman Act petition discussed with family.', 'Marchman Act'], ['Tarasoff duty considered; no identified victim.', 'Tarasoff'], ['Hoyer lift needed for transfers.', 'Hoyer'],
  ['Parkinson disease with frequent falls.', 'Parkinson'],
  // agencies and roles without names
  ['Report made to DSS.', 'DSS'], ['CPS report accepted for assessment.', 'CPS'], ['APS intake accepted the report for evaluation.', 'APS'], ['Pt will call the SSA about the overpayment.', 'SSA'],
  ['Referred to the VA social worker.', 'VA social worker'], ['Contacted the shelter to hold a bed.', 'the shelter'], ['Staying with her sister for now.', 'her sister'],
  ["Will go to his daughter's home.", "his daughter's home"], ['The landlord changed the locks.', 'The landlord'], ['Guardian consents to placement.', 'Guardian'],
  ['Court visitor to interview pt.', 'Court visitor'], ['Ombudsman notified per policy.', 'Ombudsman'], ['The caseworker will call back.', 'caseworker'], ['Chaplain visited at pt request.', 'Chaplain'],
  ['Paid for two nights at the motel.', 'the motel'], ["Sleeping on a friend's couch.", "a friend's couch"], ['Uses the food pantry at her church.', 'the food pantry'], ['Lives in a mobile home with no ramp.', 'mobile home'],
  ['Called 211 for rental assistance resources.', '211'], ['988 crisis line number given.', '988'], ['The clerk of court will set a hearing.', 'clerk of court'], ['Payee pays rent directly.', 'Payee'],
  // chains, brokers and payers alone
  ['Salvation Army gave a clothing voucher.', 'Salvation Army'], ['Red Cross provided vouchers after the house fire.', 'Red Cross'], ['Habitat for Humanity repair program', 'Habitat for Humanity'],
  ['Greyhound ticket purchased.', 'Greyhound'], ['Rides through ModivCare.', 'ModivCare'], ['Uber Health ride to pharmacy.', 'Uber Health'], ['Medicaid plan is WellCare.', 'WellCare'],
  ['Clothing from Goodwill.', 'Goodwill'], ['Works at Walmart part time.', 'Walmart'], ['Referred to Legal Aid for the eviction.', 'Legal Aid'],
  // codes, money, counts and times
  ['Z59.01 sheltered homelessness', 'Z59.01'], ['Z59.41 food insecurity', 'Z59.41'], ['Z63.0 relationship distress with spouse', 'Z63.0'], ['Z60.2 problems related to living alone', 'Z60.2'],
  ['CPT 99497 advance care planning, 30 min', '99497'], ['G0136 SDOH risk assessment', 'G0136'], ['T74.11XA adult physical abuse, confirmed', 'T74.11XA'],
  ['30-day notice to vacate posted.', '30-day'], ['3-midnight inpatient stay met.', '3-midnight'], ['Day 3 of 100 SNF days.', 'Day 3 of 100'], ['Room 412, bed B', 'Room 412'],
  ['Two-bedroom unit, $850/month rent.', '$850/month'], ['Household income at 138% FPL.', '138%'], ['Household of 4.', 'Household of 4'], ['Copay $35 per visit.', '$35'], ['Discharge by 11:00.', '11:00'],
  // ages, years, states
  ['The patient is a 67-year-old man.', '67'], ['Married in 1978.', '1978'], ['Moved from Ohio last year.', 'Ohio'], ['Grandson, 19, helps with groceries.', '19'], ['Homeless since 2021.', '2021'],
  ['Two children, ages 4 and 7.', 'ages 4 and 7'], ['Applied for North Carolina Medicaid.', 'North Carolina'],
  // drugs and devices
  ['Naloxone kit given at discharge.', 'Naloxone'], ['Suboxone 8 mg film daily.', 'Suboxone'], ['Rollator walker delivered.', 'Rollator'],
  // everyday words that are also names or towns
  ['Special needs trust discussed with family.', 'trust'], ['Charity care application given.', 'Charity care'], ['Patient has a living will.', 'will'], ['Hospital bill sent to collections.', 'bill'],
  ['Will call back after lunch.', 'Will'], ['Her faith community is supportive.', 'faith'], ['Expresses hope of returning home.', 'hope'], ['Union pension pays $412 monthly.', 'Union'],
  ['Advance directive reviewed; HCPOA not yet named.', 'Advance directive'], ['Grace period on rent ends this month.', 'Grace period'], ['Made to feel welcome at the shelter.', 'welcome'],
  ['Faith-based recovery program declined.', 'Faith-based'], ['Central intake line called.', 'Central intake'], ['Exercising her liberty to refuse placement.', 'liberty'], ['Family describes harmony at home.', 'harmony'],
];

export const socialworkKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedSocialworkKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(socialworkKeepCases(), find);

export function scoreSocialworkWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => socialworkWaveCases(seed)), find);
}
