// A blind wave of lactation and breastfeeding medicine clinic records: mother-infant dyad visits (the mother and the
// infant each listed as 'SURNAME, Given' or 'Given Surname' with their own dates of birth and MRNs, twins, 'Baby Boy'
// and 'Baby Girl' placeholders with the family's surname, registration blocks with street, apartment, town and ZIP,
// cell phones and e-mails, plan member, group and Medicaid numbers, the occasional SSN), weighted feeds and weight logs
// (pre- and post-feed grams, the scale's serial, the weigher's initials, dated rows), pump rentals (hospital-grade
// rental agreements with the pump's serial, deposit receipts, return and inspection dates, orders to local medical
// supply stores and national DME suppliers with account, order and prior-authorization numbers, the ordering NPI,
// warranty claims, scale rentals delivered to a street address), WIC office referrals (participant and family ids,
// county WIC offices with their phones and faxes, peer counselors, pumps issued by WIC with serials, medical
// documentation forms), donor milk bank screening and dispensing (donor ids, blood draws with requisitions, pool and lot
// numbers, dispensing logs with the recipient's name and MRN, milk depots at churches and hospitals, lot holds, milk
// shipped with a tracking number, informal milk sharing through a town's online group), pediatrician letters (headers
// with the practice's street and town, 'RE:' lines, bilirubin hand-offs, cc lists, signature blocks with IBCLC
// numbers, phones, faxes, e-mails and web sites), home visits by the lactation consultant (addresses and directions past
// local businesses, mileage between towns, household members, a great-grandmother over 89, telehealth links and the
// parent's IP address), tongue-tie referrals (pediatric dentists and ENT offices by town, frenotomy notes with a
// laser's serial, bodywork referrals, follow-ups on a weekday or 'the 14th'), phone and text messages from parents
// (timestamped texts in lower case, voicemails with a birthday and call-back number, warmline logs with the triager's
// initials, portal messages from e-mail addresses, photos of the latch sent to the consultant's cell), support group
// schedules at local churches, libraries, birth centers and cafés (flyers with RSVP links, sign-in sheets with mothers'
// and babies' names and phones, holiday changes, partner groups, La Leche League meetings in a leader's home) and
// return-to-work letters to employers (HR contacts, employee ids, supervisors, pumping rooms, daycares, return dates
// written as holidays), in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '4 March 2024', 'Mar 4', '3/4', 'Thursday', 'the 14th', 'March 2024', Spanish 'jueves 12 de junio', holidays such as
// 'Labor Day'); ages over 89, phones, faxes, e-mails, URLs and IP addresses are planted. Given names of mothers and
// staff are often everyday words (Amber, Hazel, Pearl, Willow, Sage, Clay, April, June), babies' often are (Bear,
// Atlas, Nova, Scout, Story, Wilder), surnames are often words (Swan, Finch, Cotton, Weaver, Marsh, Bell, Early,
// Swift), and towns are often words (Bountiful, Friendly, Enterprise, Providence, Success, Eagle, Sweet Home). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreLactationWave`.
// Decisions: every word of a person's name is planted as its own part (mother, infant, partner, sibling, donor,
// pediatrician, consultant, HR contact, group member), a middle initial, a title ('Dr.', 'Ms.') and a credential
// ('IBCLC', 'RN', 'MD', 'DDS', 'CLC', 'DC') are not planted; 'Baby Boy' and 'Baby Girl' are kept and the surname after
// them is planted; a relation or role without a name ('her partner', 'the peer counselor') is kept; initials of the
// weigher, the dispenser and the triager are planted; an infant's age in days or weeks, day of life, gestational age,
// weights, volumes and times of day are kept, and so are ages of 89 and under; a national organisation, program,
// supplier or brand named alone (La Leche League, HMBANA, WIC, Aeroflow, Medela) is kept, while a local practice,
// hospital, clinic, county WIC office, milk bank or depot named by its town or its own name, church, library, café,
// birth center, daycare, pharmacy, dental or ENT office, medical supply store and employer is planted whole with its
// kind words ('Cedar Falls Pediatrics', 'Mothers' Milk Bank of Eagle', 'Larimer County WIC Office', 'Grace Lutheran
// Church', 'Sweet Home Public Library'); a town and a county are planted, a state is kept; a street address is planted
// from its number to its street type with an apartment written after it; a ZIP is planted; a weekday naming one day is
// planted, a standing schedule is kept; a Spanish date is planted from its weekday to its month; a month with a year, a
// month with a day, a bare 'm/d' and an ordinal day are planted; a holiday that fixes a day is planted; MRNs, member,
// group, Medicaid and claim numbers, SSNs, WIC participant and family ids, donor ids, pool and lot numbers of donor
// milk, requisitions, pump, scale and laser serials, DME account, order, rental, receipt, prior-authorization and
// warranty numbers, NPIs, IBCLC numbers, prescription numbers, employee ids and tracking numbers are planted; a
// phone's leading '(' need not be covered; e-mails and URLs are planted whole; an IP address is planted; ages over 89
// are planted as their number. Kept (look-alikes): eponyms and named signs (Montgomery glands, Cooper's ligaments,
// Raynaud's, Pierre Robin, Kotlow, Coryllos, Hazelbaker, Marmet, Newman-Goldfarb), scales and scores (LATCH, IBFAT,
// EPDS, Bristol Tongue Assessment Tool, Fenton), measurements, pumps, bottles and feeding devices by brand (Medela
// Symphony, Spectra S1, Ameda Mya Joy, Willow Go, Motif Luna, Haakaa, Dr. Brown's, Lact-Aid), drugs, herbs and
// galactagogues (domperidone, Reglan, fenugreek, sage, brewer's yeast), national organisations and programs (La Leche
// League, HMBANA, IBLCE, WIC, InfantRisk Center, Text4baby), laws (PUMP for Nursing Mothers Act, FLSA, Pregnant Workers
// Fairness Act), codes (Z39.1, Q38.1, E0604, CPT 41010), generic places and roles (the lactation clinic, mother's
// room, milk depot, public library, fellowship hall, the peer counselor), ages of 89 and under, years alone, a standing
// schedule, and everyday words that are also names (joy, amber, pearl, clay-colored, sage, swift, early, patience).
// At measurement 19/160 look-alikes were touched ("Cooper's", "Newman's", "Candida", "Mother-Baby Assessment", "Mya Joy",
// "Lansinoh", "Elvie", "Motif Luna", "My Brest Friend", "BabyWeigh II", "Tommee Tippee", "Enfamil", "Hygeia EnDeare",
// "Hale's", "Baby-Friendly Hospital Initiative", "Aeroflow", "fellowship hall", "Mother-Baby unit", "Monday to Thursday").
// Measured before rules: 0.925 (fresh 0.926) on seeds 5, 11, 23 (engine at b9b0d02).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, inn, ng, pl, de, ie];

/** Mothers' and staff given names that are everyday words (months among them). */
const WORD_GIVEN = ['Amber', 'Ivy', 'Olive', 'Hazel', 'Pearl', 'Ruby', 'Iris', 'Violet', 'Willow', 'Meadow', 'Brooke', 'Wren', 'Robin', 'Clover', 'Poppy', 'Destiny', 'Trinity', 'Serenity', 'Journey', 'Lyric', 'Sage', 'Rowan', 'Reed', 'Clay', 'Dale', 'Glen', 'Brandy', 'Sherry', 'Candy', 'April', 'June', 'Heather', 'Holly', 'Jasmine', 'Summer', 'Sky'];
/** Babies' given names that are everyday words. */
const BABY_WORDS = ['Bear', 'Atlas', 'Nova', 'Scout', 'Story', 'Wilder', 'Ocean', 'Blue', 'Royal', 'Ace', 'Archer', 'Colt', 'Ember', 'Juniper', 'Briar', 'Oakley', 'True', 'Honor', 'Justice', 'Miracle', 'Promise', 'Haven', 'Legend', 'Maverick', 'Ryder', 'River', 'Sunny', 'Bodhi', 'Zion', 'Lilac'];
const WORD_SUR = ['Swan', 'Finch', 'Crane', 'Drake', 'Hawk', 'Cotton', 'Miller', 'Weaver', 'Carpenter', 'Potter', 'Tanner', 'Sawyer', 'Chandler', 'Glass', 'Gold', 'Silver', 'Marsh', 'Moss', 'Heath', 'Grove', 'Bush', 'Ash', 'Pond', 'Ford', 'Bridge', 'Hall', 'Short', 'Little', 'Small', 'Good', 'Hardy', 'Bell', 'Pepper', 'Bean', 'Berry', 'Booth', 'Castle', 'Chambers', 'Temple', 'Early', 'Swift', 'Gentry', 'Meek', 'Best', 'Day', 'Waters'];

/** Towns that are everyday words, and real towns of every size. */
const WORD_TOWNS = ['Bountiful', 'Friendly', 'Enterprise', 'Providence', 'Victory', 'Success', 'Eagle', 'Sweet Home', 'Rising Sun', 'Loveland', 'Hurricane', 'Rifle', 'Beaver', 'Mount Pleasant', 'Plain City', 'Prosperity', 'Shiloh', 'Goshen', 'Buffalo', 'Castle Rock', 'Cedar Falls', 'Moose Lake', 'Fruita', 'Marion'];
const REAL_TOWNS = ['Tempe', 'Nampa', 'Ames', 'Ankeny', 'Bozeman', 'Kalispell', 'Missoula', 'Eau Claire', 'Appleton', 'Oshkosh', 'Duluth', 'Mankato', 'Fargo', 'Bismarck', 'Sioux Falls', 'Rapid City', 'Kearney', 'Grand Island', 'Salina', 'Joplin', 'Springdale', 'Bentonville', 'Tupelo', 'Hattiesburg', 'Dothan', 'Valdosta', 'Asheville', 'Hickory', 'Roanoke', 'Hagerstown', 'Scranton', 'Altoona', 'Ithaca', 'Elmira', 'Keene', 'Nashua', 'Bangor', 'Rutland', 'Pittsfield', 'Greeley'];
const STATES = ['CO', 'UT', 'IA', 'MT', 'WI', 'MN', 'ND', 'SD', 'NE', 'KS', 'MO', 'AR', 'MS', 'AL', 'GA', 'NC', 'VA', 'MD', 'PA', 'NY', 'NH', 'ME', 'VT', 'Oregon', 'Colorado', 'Iowa'];
const COUNTY_WORDS = ['Coconino', 'Yavapai', 'Larimer', 'Weld', 'Boulder', 'Dane', 'Outagamie', 'Winnebago', 'Story', 'Linn', 'Sedgwick', 'Shawnee', 'Greene', 'Clark', 'Summit', 'Butler', 'Warren', 'Wood', 'Cass', 'Pike', 'Berkshire', 'Cumberland', 'Buncombe', 'Chatham', 'Gallatin', 'Cache'];
const STREET_WORDS = ['Oak', 'Magnolia', 'Dogwood', 'Walnut', 'Chestnut', 'Hickory', 'Poplar', 'Aspen', 'Spruce', 'Laurel', 'Orchard', 'Meadowlark', 'Harvest', 'Sunset', 'Hillcrest', 'Ridge', 'Valley View', 'Spring', 'Market', 'Water', 'High', 'School', 'Academy', 'Depot', 'Railroad', 'Second', 'Third', 'Fifth', 'Adams', 'Madison', 'Monroe', 'Cottonwood'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Circle', 'Way', 'Trail', 'Pkwy'];
const SAINTS = ['Brigid', 'Monica', 'Gerard', 'Margaret', 'Cecilia', 'Paul', 'Andrew', 'Catherine', 'Thomas', 'Agnes', 'Bernadette', 'Columba'];
const CHURCH_NAMES = ['Grace Lutheran Church', 'Good Shepherd Lutheran Church', 'Bethel AME Church', 'Trinity Presbyterian Church', 'Cornerstone Baptist Church', 'Hope Community Church', 'Living Waters Fellowship', 'Emmanuel Episcopal Church', 'Redeemer Covenant Church', 'Peace United Church of Christ', 'Christ the King Catholic Church', 'New Life Assembly of God'];
const CAFE_NAMES = ['The Daily Grind', 'Bean & Barley', 'Little Owl Coffee', 'Common Cup', 'Steam Whistle Café', 'The Nest Coffee House', 'Rise & Shine Bakery', 'Third Place Café'];
const BIRTH_CENTERS = ['Blue Heron Birth Center', 'Willow Tree Birth Center', 'Cradle Rock Birth Center', 'Nest Family Wellness', 'Mama Bird Collective', 'Bloom Maternal Health', 'Hearth Midwifery'];
const PRACTICE_WORDS = ['Little Sprouts', 'Kids First', 'Tiny Toes', 'Growing Together', 'Bright Start', 'Acorn', 'Sunflower', 'Big Sky', 'Children\'s Choice', 'Rainbow'];
const EMPLOYER_KINDS = ['Credit Union', 'Distribution Center', 'School District', 'Dental Group', 'Veterinary Hospital', 'Family Farms', 'Public Works', 'Hardware', 'Auto Body', 'Fire Department'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Women\'s Hospital', 'Community Hospital', 'Memorial Hospital', 'Birthing Center', 'Children\'s Hospital'];
/** Pumps and scales named alone (kept). */
const PUMPS = ['Medela Symphony', 'Ameda Platinum', 'Spectra S1', 'Lansinoh Smartpump', 'Hygeia EnDeare', 'Medela Pump in Style', 'Motif Luna'];
const NATIONAL_DME = ['Aeroflow Breastpumps', 'Edgepark', 'Byram Healthcare', 'Yummy Mummy', 'Pumping Essentials', 'Apria'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ES_WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Labor Day', 'Memorial Day', 'Easter Sunday', 'Presidents Day', 'Christmas Eve', "New Year's Day", 'Independence Day', 'Veterans Day', 'Thanksgiving Day', 'Martin Luther King Jr. Day'];
/** Relations a name follows. */
const PARTNERS = ['husband', 'wife', 'partner', 'boyfriend', 'fiancé', 'co-parent'];
const HELPERS = ['mother', 'sister', 'mother-in-law', 'aunt', 'doula', 'neighbor', 'best friend', 'cousin'];

interface Person {
  readonly given: string;
  readonly sur: string;
}
const full = (p: Person): string => `${p.given} ${p.sur}`;
const listed = (p: Person): string => `${p.sur}, ${p.given}`;
const parts = (p: Person): string[] => [p.given, p.sur];
/** A faker name's first word of two letters or more. */
const firstWord = (s: string): string => s.split(/[\s-]/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

class Draw extends WaveDraw {
  given(): string {
    return firstWord(this.givenOf(WORD_GIVEN));
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  baby(): string {
    return this.r() < 0.3 ? this.pick(BABY_WORDS) : firstWord(this.faker().person.firstName());
  }
  person(): Person {
    return { given: this.given(), sur: this.sur() };
  }
  infant(): Person {
    return { given: this.baby(), sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  partner(): string {
    return this.pick(PARTNERS);
  }
  helper(): string {
    return this.pick(HELPERS);
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
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Ames' ? 'Nampa' : 'Ames';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  street(): string {
    return `${this.int(7, 19850)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 60)}${this.pick(['', 'B', 'D'])}`;
    if (a === 1) return `${st} #${this.int(100, 999)}`;
    if (a === 2) return `${st}, Lot ${this.int(1, 88)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.pick(CHURCH_NAMES);
    if (k === 1) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Episcopal', 'Catholic', 'Lutheran'])} Church`;
    if (k === 2) return `First ${this.pick(['Methodist', 'Baptist', 'Presbyterian', 'Congregational'])} Church of ${this.town()}`;
    return `${this.town()} Church of the Nazarene`;
  }
  library(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Public Library`;
    if (k === 1) return `${this.sur()} Memorial Library`;
    if (k === 2) return `${this.pick(STREET_WORDS)} Branch Library`;
    return `${this.town()} Carnegie Library`;
  }
  venue(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.church();
    if (k === 1) return this.library();
    if (k === 2) return this.pick(BIRTH_CENTERS);
    return this.pick(CAFE_NAMES);
  }
  practice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pediatrics`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Pediatrics`;
    if (k === 2) return `${this.sur()} & ${this.sur()} Pediatric Associates`;
    return `${this.town()} Family Medicine`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  dentist(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pediatric Dentistry`;
    if (k === 1) return `${this.pick(['Smile Sprouts', 'Tiny Teeth', 'Brushy Creek', 'Happy Tooth'])} Pediatric Dental`;
    return `${this.town()} ENT & Allergy`;
  }
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Medical Supply`;
    if (k === 1) return `${this.sur()} Medical Supply`;
    return `${this.pick(['Cradle & Care', 'Mother Hen', 'Milk & Honey', 'Snug Harbor'])} Medical Supply, LLC`;
  }
  milkBank(): string {
    const k = this.int(0, 2);
    if (k === 0) return `Mothers' Milk Bank of ${this.town()}`;
    if (k === 1) return `${this.county()} County Donor Milk Bank`;
    return `${this.town()} Community Milk Bank`;
  }
  wicOffice(): string {
    return this.r() < 0.6 ? `${this.county()} County WIC Office` : `${this.town()} WIC Clinic`;
  }
  employer(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} ${this.pick(EMPLOYER_KINDS)}`;
    if (k === 1) return `${this.sur()} ${this.pick(['Hardware', 'Family Farms', 'Auto Body', 'Dental Group', 'Insurance Agency'])}`;
    return `${this.county()} County ${this.pick(["Sheriff's Office", 'Public Works', 'Human Services'])}`;
  }
  daycare(): string {
    return this.r() < 0.5 ? `${this.sur()} Little Learners Childcare` : `${this.town()} ${this.pick(['Kids Academy', 'Early Learning Center', 'Montessori'])}`;
  }
  pharmacy(): string {
    return this.r() < 0.5 ? `${this.town()} Pharmacy` : `${this.sur()}'s Drug`;
  }
  business(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()}'s ${this.pick(['Feed & Seed', 'Tire', 'Grocery', 'Diner'])}`;
    if (k === 1) return `${this.town()} Dollar General`;
    return `${this.pick(['Casey', 'Kum & Go', 'Sheetz', 'Maverik'])} on ${this.pick(STREET_WORDS)}`;
  }
  time(): string {
    return `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1983, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  infantDob(): string {
    const [m, d] = this.md();
    const y = this.int(2023, 2025);
    return writtenDate(this.pick([0, 0, 1, 4, 5, 6]), m, d, y)!;
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
    return ordinal(this.int(2, 28));
  }
  spanishDate(): string {
    const [m, d] = this.md();
    return `${this.pick(ES_WEEKDAYS)} ${d} de ${ES_MONTHS[m - 1]!}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', `${asciiLetters(this.town())}pediatrics.com`, `${asciiLetters(this.town())}lactation.com`, 'outlook.com']);
    const a = asciiLetters(g) || 'mama';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${a}${b}${this.int(80, 99)}`, `${b}.${a.charAt(0)}`, `${a}loves${asciiLetters(this.baby()) || 'baby'}`]);
    return `${local}@${dom}`;
  }
  url(s: string): string {
    const t = asciiLetters(this.town()) || 'eagle';
    const n = asciiLetters(s) || 'milk';
    return this.pick([`https://www.${t}lactation.com/groups`, `www.${n}ibclc.com`, `https://doxy.me/${n}ibclc`, `https://calendly.com/${n}-lactation/weighted-feed`, `https://${t}breastfeeding.org/cafe`, `facebook.com/groups/${t}breastfeeding`]);
  }
  /** A span of a month or two within one year, both ends mm/dd/yyyy. */
  span(): readonly [string, string] {
    const y = this.year();
    const m = this.int(1, 10);
    const m2 = m + this.int(1, 2);
    return [`${pad2(m)}/${pad2(this.int(1, 28))}/${y}`, `${pad2(m2)}/${pad2(this.int(1, 28))}/${y}`];
  }
  /** The online group of a county's milk-sharing families. */
  shareUrl(): string {
    const n = `${asciiLetters(this.county())}county`;
    return this.pick([`facebook.com/groups/${n}milkshare`, `https://www.facebook.com/groups/hm4hb.${n}`, `https://eatsonfeets.org/${n}`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `192.168.${this.int(0, 255)}.${this.int(2, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  ibclc(): string {
    const k = this.int(0, 2);
    if (k === 0) return `L-${this.digitString(5)}`;
    if (k === 1) return `L${this.digitString(5)}`;
    return this.digitString(8);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `SY${this.digitString(7)}`;
    if (k === 1) return `${this.letters(2)}-${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(4)}${this.letters(1)}${this.digitString(5)}`;
    return `S1${this.letters(2)}${this.digitString(6)}`;
  }
  account(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `AF-${this.digitString(7)}`;
    return `${this.letters(3)}${this.digitString(6)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? `SO-${this.digitString(6)}` : this.digitString(9);
  }
  rental(): string {
    return this.r() < 0.5 ? `R-${pad2(this.int(21, 25))}-${this.digitString(4)}` : this.digitString(6);
  }
  receipt(): string {
    return this.r() < 0.5 ? `R${this.digitString(6)}` : this.digitString(7);
  }
  priorAuth(): string {
    return this.r() < 0.5 ? `PA${this.digitString(8)}` : `${this.digitString(4)}-${this.digitString(6)}`;
  }
  wicId(): string {
    return this.digitString(this.int(8, 10));
  }
  wicFamily(): string {
    return this.r() < 0.5 ? `F${this.digitString(7)}` : this.digitString(7);
  }
  donorId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `D-${this.digitString(5)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(4)}`;
    return `DN${pad2(this.int(21, 25))}${this.digitString(4)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(22, 25))}${this.digitString(4)}-${this.letters(1)}`;
    if (k === 1) return `P${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(3)}`;
  }
  requisition(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(9)}` : this.digitString(10);
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.letters(1)}${this.digitString(8)}${pad2(this.int(1, 4))}`;
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(5)}`;
  }
  medicaid(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 11)) : `${this.letters(2)}${this.digitString(6)}${this.letters(1)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? `${this.digitString(4)}${this.letters(2)}${this.digitString(5)}` : this.digitString(12);
  }
  rx(): string {
    return this.r() < 0.5 ? `${this.digitString(7)}` : `${this.digitString(6)}-${this.digitString(2)}`;
  }
  employeeId(): string {
    return this.r() < 0.5 ? `E${this.digitString(5)}` : this.digitString(6);
  }
  tracking(): string {
    const k = this.int(0, 2);
    if (k === 0) return `1Z${this.letters(3)}${this.digitString(3)}${this.digitString(10)}`;
    if (k === 1) return this.digitString(12);
    return `9400 ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)} ${pad2(this.int(10, 99))}`;
  }
  warranty(): string {
    return `WC-${this.digitString(7)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // mother-infant dyad visits
  ['dyad visit header', (d) => {
    const m = d.person(); const i = d.infant(); const mdob = d.dob(); const idob = d.infantDob(); const mm = d.mrn(); const im = d.mrn(); const dt = d.date();
    return [`OUTPATIENT LACTATION CONSULTATION\nVisit date: ${dt}\nMother: ${listed(m)}   DOB ${mdob}   MRN ${mm}\nInfant: ${listed(i)}   DOB ${idob}   MRN ${im}`, [dt, ...parts(m), mdob, mm, ...parts(i), idob, im]];
  }],
  ['dyad registration address and contacts', (d) => {
    const m = d.person(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const em = d.email(d.given(), d.sur());
    return [`Mother ${full(m)}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph} (texts OK)   E-mail: ${em}`, [...parts(m), st, t, z, p, em]];
  }],
  ['insurance, Medicaid and SSN at registration', (d) => {
    const mem = d.memberId(); const grp = d.group(); const mcd = d.medicaid(); const ssn = d.ssn();
    return [`Primary: commercial plan, member ID ${mem}, group ${grp}. Infant added to Medicaid, ID ${mcd}. Mother's SSN ${ssn} on the DME order only.`, [mem, grp, mcd, ssn]];
  }],
  ['referral from pediatrician with fax', (d) => {
    const [n, np] = d.staff(); const pr = d.practice(); const [fx, p] = d.phone(); const md = d.monDay();
    return [`Referred by Dr. ${n} of ${pr} on ${md} for poor weight gain; notes faxed to ${fx}.`, [...np, pr, md, p]];
  }],
  ['birth history from the delivering hospital', (d) => {
    const h = d.hospital(); const dt = d.date(); const s = d.sur(); const w = d.int(2410, 4380);
    return [`Born at ${h} on ${dt} at 39+2 weeks by repeat cesarean (Dr. ${s}); birth weight ${w} g, discharged day 3 with a nipple shield.`, [h, dt, s]];
  }],
  ['weighted feed table', (d) => {
    const dt = d.mdy(); const ini = d.initials(); const ser = d.serial(); const pre = d.int(2900, 4800); const l = d.int(8, 60); const r = d.int(6, 58);
    return [`WEIGHTED FEED ${dt}\n  Pre-feed     ${pre} g\n  After left   ${pre + l} g   (+${l} mL)\n  After right  ${pre + l + r} g   (+${r} mL)\n  Scale: BabyWeigh II s/n ${ser}   Weighed by: ${ini}`, [dt, ser, ini]];
  }],
  ['infant weight log by date', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd(); const w = d.int(2900, 4200);
    return [`Weights: birth ${w} g | ${a} ${w - d.int(150, 320)} g | ${b} ${w - d.int(20, 140)} g | ${c} ${w + d.int(40, 260)} g (back above birth weight).`, [a, b, c]];
  }],
  ['assessment narrative with family', (d) => {
    const m = d.given(); const i = d.baby(); const pg = d.given(); const dol = d.int(3, 21);
    return [`${m} brought ${i} (day of life ${dol}) with her ${d.partner()} ${pg}. Latch shallow on the left, clicking heard, nipple creased after feeds.`, [m, i, pg]];
  }],
  ['great-grandmother over 89 at home', (d) => {
    const n = d.ageOver89(); const g = d.given(); const s = d.sur();
    return [`Lives with her grandmother and great-grandmother ${g} ${s}, ${n}, who bottle-feeds pumped milk while mom sleeps.`, [g, s, n]];
  }],
  ['plan and follow-up weekday', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const g = d.given();
    return [`Plan: triple feeding q3h, pump after day feeds. Return ${w} for a weighted feed. ${g} to call ${ph} if fewer than 6 wet diapers.`, [w, g, p]];
  }],
  ['spanish after-visit summary', (d) => {
    const dt = d.spanishDate(); const s = d.sur(); const c = d.practice(); const [ph, p] = d.phone();
    return [`Su próxima cita de lactancia es el ${dt} a las 10:30 con la consultora ${s}. Para el pediatra (${c}) o preguntas, llame al ${ph}.`, [dt, s, c, p]];
  }],
  ['twins dyad header', (d) => {
    const m = d.person(); const a = d.baby(); const b = d.baby(); const dob = d.infantDob(); const mrn = d.mrn();
    return [`Twin dyad: mother ${full(m)} (MRN ${mrn}). Twin A ${a} and Twin B ${b}, born ${dob} at 35+6 weeks; tandem feeding in double football hold.`, [...parts(m), mrn, a, b, dob]];
  }],
  ['baby boy placeholder with surname', (d) => {
    const s = d.sur(); const h = d.hospital(); const mrn = d.mrn(); const dt = d.slashMd();
    return [`Baby ${d.pick(['Boy', 'Girl'])} ${s} (name pending), MRN ${mrn}, still inpatient at ${h} under phototherapy as of ${dt}.`, [s, mrn, h, dt]];
  }],
  ['NICU pumping log', (d) => {
    const h = d.hospital(); const bed = d.int(1, 48); const a = d.monDay(); const i = d.baby(); const ml = d.int(80, 900);
    return [`${i} in the NICU at ${h}, pod ${bed}. Pumping log since ${a}: 8 sessions/day, ${ml} mL/24h, colostrum brought in syringes.`, [i, h, a]];
  }],
  ['fax cover to the pediatric office', (d) => {
    const pr = d.practice(); const [fx, p] = d.phone(); const [f2, p2] = d.phone(); const dt = d.date(); const [n, np] = d.staff();
    return [`FAX\nTo: ${pr}   Fax: ${fx}\nFrom: ${n}, IBCLC   Fax: ${f2}\nDate: ${dt}   Pages: 3\nRe: lactation visit summary`, [pr, p, ...np, p2, dt]];
  }],
  // pump rentals and DME
  ['hospital-grade pump rental agreement', (d) => {
    const m = d.person(); const dob = d.dob(); const ser = d.serial(); const ra = d.rental(); const [st, due] = d.span();
    return [`PUMP RENTAL AGREEMENT #${ra}\nRenter: ${listed(m)}   DOB: ${dob}\nPump: ${d.pick(PUMPS)}, serial ${ser}\nRental start: ${st}   Return due: ${due}`, [ra, ...parts(m), dob, ser, st, due]];
  }],
  ['pump returned and inspected', (d) => {
    const ser = d.serial(); const dt = d.date(); const ini = d.initials(); const rc = d.receipt();
    return [`Rental pump s/n ${ser} returned ${dt}; motor hours logged, wiped down and inspected by ${ini}. Deposit refunded, receipt ${rc}.`, [ser, dt, ini, rc]];
  }],
  ['local medical supply order', (d) => {
    const s = d.dme(); const acct = d.account(); const ord = d.orderNo(); const npi = d.npi(); const [n, np] = d.staff();
    return [`Order sent to ${s} (account ${acct}): HCPCS E0604 rental x 30 days plus kit. Order #${ord}. Ordering provider ${n}, NPI ${npi}.`, [s, acct, ord, ...np, npi]];
  }],
  ['national supplier account and order', (d) => {
    const acct = d.account(); const ord = d.orderNo(); const mem = d.memberId(); const md = d.monDay();
    return [`${d.pick(NATIONAL_DME)} account ${acct}, order ${ord}: double electric pump through insurance (member ${mem}), shipped ${md}.`, [acct, ord, mem, md]];
  }],
  ['prior authorization for rental', (d) => {
    const pa = d.priorAuth(); const [a, b] = d.span(); const [ph, p] = d.phone();
    return [`Prior auth ${pa} approved for hospital-grade pump rental ${a} through ${b} (infant in NICU). Plan UM line ${ph}.`, [pa, a, b, p]];
  }],
  ['baby scale rental delivered', (d) => {
    const ser = d.serial(); const st = d.streetApt(); const t = d.town(); const w = d.weekday();
    return [`Infant scale (s/n ${ser}) delivered ${w} to ${st}, ${t}; mother shown how to tare with the blanket on.`, [ser, w, st, t]];
  }],
  ['pump warranty claim with e-mail', (d) => {
    const ser = d.serial(); const wc = d.warranty(); const m = d.person(); const em = d.email(d.given(), d.sur());
    return [`Personal pump stopped cycling at 7 weeks. Warranty claim ${wc} opened for serial ${ser}; replacement to ship to ${em} account holder ${full(m)}.`, [wc, ser, em, ...parts(m)]];
  }],
  // WIC
  ['WIC referral form', (d) => {
    const m = d.person(); const wid = d.wicId(); const fam = d.wicFamily(); const off = d.wicOffice(); const [ph, p] = d.phone(); const [fx, p2] = d.phone();
    return [`WIC REFERRAL\nParticipant: ${full(m)}   WIC ID ${wid}   Family ID ${fam}\nOffice: ${off}   Ph ${ph}   Fax ${fx}\nReason: breastfeeding support, pump needed for return to school`, [...parts(m), wid, fam, off, p, p2]];
  }],
  ['WIC peer counselor note', (d) => {
    const pc = d.person(); const off = d.wicOffice(); const st = d.street(); const dt = d.date();
    return [`WIC breastfeeding peer counselor ${full(pc)} (${off}, ${st}) will call after the ${dt} certification appointment.`, [...parts(pc), off, st, dt]];
  }],
  ['WIC pump issuance', (d) => {
    const wid = d.wicId(); const ser = d.serial(); const md = d.slashMd(); const ini = d.initials();
    return [`WIC issued a multi-user pump on ${md}: participant ${wid}, pump serial ${ser}, issued by ${ini}. Return when exclusively nursing.`, [md, wid, ser, ini]];
  }],
  ['WIC medical documentation form', (d) => {
    const i = d.infant(); const dob = d.infantDob(); const wid = d.wicId(); const [n, np] = d.staff(); const npi = d.npi();
    return [`WIC Medical Documentation: ${listed(i)}, DOB ${dob}, WIC #${wid}. Supplement with expressed milk first, then standard formula 2 oz. Signed ${n}, MD, NPI ${npi}.`, [...parts(i), dob, wid, ...np, npi]];
  }],
  // donor milk bank
  ['donor screening intake', (d) => {
    const m = d.person(); const dob = d.dob(); const did = d.donorId(); const dt = d.date(); const mb = d.milkBank();
    return [`${mb} - DONOR SCREENING\nDonor: ${listed(m)}   DOB ${dob}\nDonor ID: ${did}   Interview: ${dt}\nMedications: levothyroxine (approved), prenatal vitamin`, [mb, ...parts(m), dob, did, dt]];
  }],
  ['donor blood draw requisition', (d) => {
    const did = d.donorId(); const req = d.requisition(); const st = d.street(); const t = d.town(); const md = d.monDay();
    return [`Donor ${did}: serology (HIV, HTLV, HBV, HCV, syphilis) drawn ${md} at the lab on ${st}, ${t}; requisition ${req}.`, [did, md, st, t, req]];
  }],
  ['donor milk dispensing log', (d) => {
    const lot = d.lot(); const i = d.infant(); const mrn = d.mrn(); const dt = d.mdy(); const ini = d.initials();
    return [`${dt} | Lot ${lot} | 4 x 100 mL pasteurized donor milk | Recipient ${full(i)} MRN ${mrn} | Dispensed by ${ini}`, [dt, lot, ...parts(i), mrn, ini]];
  }],
  ['milk depot drop-off', (d) => {
    const ch = d.r() < 0.5 ? d.church() : d.hospital(); const did = d.donorId(); const w = d.weekday(); const oz = d.int(120, 900);
    return [`Approved donor ${did} dropped ${oz} oz frozen milk at the depot at ${ch} on ${w}; depot freezer log signed.`, [did, ch, w]];
  }],
  ['donor milk lot hold', (d) => {
    const a = d.lot(); const b = d.lot(); const my = d.monthYear(); const mb = d.milkBank();
    return [`Notice from ${mb}: lots ${a} and ${b} (pooled ${my}) on hold pending repeat culture; quarantine any unopened bottles.`, [mb, a, b, my]];
  }],
  ['bereaved donor', (d) => {
    const m = d.given(); const i = d.baby(); const dt = d.date(); const did = d.donorId();
    return [`${m} wishes to donate after the loss of her son ${i} on ${dt}. Screening expedited; donor ID ${did}. Lactation suppression plan also discussed.`, [m, i, dt, did]];
  }],
  ['informal milk sharing group', (d) => {
    const g = d.given(); const t = d.town(); const url = d.shareUrl();
    return [`Has been receiving unscreened milk from a friend, ${g}, arranged through the ${t} milk-sharing group (${url}). Risks of informal sharing reviewed.`, [g, t, url]];
  }],
  ['donor milk shipped with tracking', (d) => {
    const tr = d.tracking(); const mb = d.milkBank(); const did = d.donorId(); const w = d.weekday();
    return [`Shipped donor ${did}'s milk to ${mb} in dry-ice cooler; tracking ${tr}. Expected ${w}.`, [did, mb, tr, w]];
  }],
  // pediatrician letters
  ['pediatrician letter header', (d) => {
    const dt = d.date(); const [n, np] = d.staff(); const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const i = d.infant(); const dob = d.infantDob();
    return [`${dt}\n\nDr. ${n}\n${pr}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: ${full(i)}, DOB ${dob}`, [dt, ...np, pr, st, t, z, ...parts(i), dob]];
  }],
  ['pediatrician letter body', (d) => {
    const i = d.baby(); const m = d.given(); const dt = d.date(); const tr = d.int(18, 90);
    return [`Thank you for the referral. I saw ${i} and his mother ${m} on ${dt}. Transfer on weighted feed was ${tr} mL; LATCH 7. Findings consistent with restricted tongue mobility.`, [i, m, dt]];
  }],
  ['letter signature with IBCLC number', (d) => {
    const lc = d.person(); const ib = d.ibclc(); const [ph, p] = d.phone(); const [fx, p2] = d.phone(); const em = d.email(d.given(), d.sur()); const url = d.url(d.sur());
    return [`Warmly,\n${full(lc)}, RN, IBCLC\nIBCLC #${ib}\nPhone ${ph} | Fax ${fx}\n${em} | ${url}`, [...parts(lc), ib, p, p2, em, url]];
  }],
  ['letter cc list', (d) => {
    const s = d.sur(); const ob = d.practice(); const wic = d.wicOffice(); const g = d.given(); const s2 = d.sur();
    return [`cc: Dr. ${s}, ${ob}\n    ${wic}\n    ${g} ${s2}, CNM`, [s, ob, wic, g, s2]];
  }],
  ['bilirubin hand-off', (d) => {
    const i = d.baby(); const lab = `${d.town()} Outpatient Lab`; const t = d.int(13, 19); const g = d.given(); const [ph, p] = d.phone();
    return [`${i}'s bilirubin ${t}.4 at ${lab} this morning; called result to ${g} at the pediatric office, ${ph}. Continue feeding q2-3h.`, [i, lab, g, p]];
  }],
  // home visits
  ['home visit note header', (d) => {
    const dt = d.date(); const st = d.streetApt(); const t = d.town(); const lc = d.person(); const ib = d.ibclc();
    return [`HOME VISIT ${dt}, ${d.time()}\nLocation: ${st}, ${t}\nConsultant: ${full(lc)}, IBCLC (${ib})`, [dt, st, t, ...parts(lc), ib]];
  }],
  ['home visit directions', (d) => {
    const b = d.business(); const st = d.street(); const g = d.given();
    return [`Directions: gravel drive just past ${b}; yellow farmhouse at ${st}. ${g} says to text on arrival, dogs are loose.`, [b, st, g]];
  }],
  ['home visit mileage', (d) => {
    const a = d.town(); const b = d.otherTown(a); const md = d.slashMd(); const mi = d.int(6, 78);
    return [`Mileage ${md}: ${a} to ${b} and back, ${mi} mi. Rural home visit, no cell signal past the county line.`, [md, a, b]];
  }],
  ['household members', (d) => {
    const pg = d.given(); const ps = d.sur(); const s1 = d.baby(); const s2 = d.baby(); const a1 = d.int(2, 8);
    return [`Household: ${d.partner()} ${pg} ${ps} (works nights), siblings ${s1} (${a1}) and ${s2} (${a1 + d.int(1, 5)}). ${d.helper()} visiting for two weeks.`, [pg, ps, s1, s2]];
  }],
  ['telehealth link and IP', (d) => {
    const url = d.url(d.sur()); const ip = d.ip(); const g = d.given();
    return [`Virtual follow-up via ${url}; connected from IP ${ip}. ${g} positioned the laptop to show the latch from the side.`, [url, ip, g]];
  }],
  // tongue-tie referrals
  ['tongue-tie referral letter', (d) => {
    const s = d.sur(); const of = d.dentist(); const [fx, p] = d.phone(); const i = d.infant(); const dob = d.infantDob();
    return [`Referral to Dr. ${s}, ${of} (fax ${fx}), for evaluation of lingual frenulum.\nInfant: ${full(i)}   DOB: ${dob}\nHATLFF appearance 6 / function 8; Kotlow class II.`, [s, of, p, ...parts(i), dob]];
  }],
  ['frenotomy procedure note', (d) => {
    const dt = d.date(); const [n, np] = d.staff(); const ser = d.serial(); const of = d.dentist();
    return [`Laser frenotomy ${dt} at ${of} by ${n}, DDS. CO2 laser s/n ${ser}. Fed at the breast immediately after; minimal bleeding.`, [dt, of, ...np, ser]];
  }],
  ['post-frenotomy follow-up', (d) => {
    const w = d.weekday(); const o = d.nth(); const [ph, p] = d.phone();
    return [`Stretches 4x/day. Recheck ${w} with me and with the dentist on the ${o}; parents will text ${ph} with photos of the wound.`, [w, o, p]];
  }],
  ['bodywork referral', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const pl = `${t} Family Chiropractic`;
    return [`Tension in the jaw and neck; offered referral to ${g} ${s}, DC, at ${pl} for infant bodywork. Parents undecided.`, [g, s, pl]];
  }],
  ['ENT consult for posterior tie', (d) => {
    const of = `${d.town()} ENT Associates`; const md = d.monDay(); const s = d.sur();
    return [`Pediatric ENT (${of}) appointment ${md} with Dr. ${s}; parents prefer scissors release over laser.`, [of, md, s]];
  }],
  // phone and text messages
  ['text message from parent', (d) => {
    const [ph, p] = d.phone(); const dt = d.slashMd(); const yy = pad2(d.int(23, 25)); const g = d.given(); const i = d.baby();
    return [`SMS from ${ph} [${dt}/${yy} ${d.time()}]: hi its ${g}, ${i} has only had 3 wet diapers today and is super sleepy, should i come in?`, [p, `${dt}/${yy}`, g, i]];
  }],
  ['voicemail with birthday', (d) => {
    const pg = d.given(); const m = d.person(); const dob = d.dob(); const [ph, p] = d.phone();
    return [`VM: "Hi, this is ${pg} calling for my ${d.pick(['wife', 'partner', 'girlfriend'])} ${full(m)}, birthday ${dob}. Her breast is red and she has a fever. Please call back at ${ph}."`, [pg, ...parts(m), dob, p]];
  }],
  ['warmline log', (d) => {
    const dt = d.mdy(); const m = d.person(); const [ph, p] = d.phone(); const ini = d.initials();
    return [`WARMLINE ${dt} ${d.time()} | Caller: ${full(m)} | ${ph} | engorgement day 4, reverse pressure softening reviewed | ${ini}`, [dt, ...parts(m), p, ini]];
  }],
  ['portal message from e-mail', (d) => {
    const m = d.person(); const em = d.email(d.given(), d.sur()); const md = d.monDay();
    return [`Portal message from ${em} (${full(m)}), ${md}: pumping 2 oz total per session, is that normal at 5 weeks?`, [em, ...parts(m), md]];
  }],
  ['consultant reply text', (d) => {
    const g = d.given(); const v = d.venue(); const w = d.weekday();
    return [`Hi ${g}! Totally normal to see a dip. Come to the group at ${v} ${w} and we can do a weighted feed there.`, [g, v, w]];
  }],
  ['lower-case quick text thread', (d) => {
    const i = d.baby(); const g = d.given(); const md = d.slashMd();
    return [`ok thank you!! ${i} latched w the shield and fed 20 min. ${g} (my mom) says hi. see u ${md}`, [i, g, md]];
  }],
  ['photo of latch sent to cell', (d) => {
    const [ph, p] = d.phone(); const md = d.monDay(); const g = d.given();
    return [`${g} sent a photo of the latch to the consultant cell ${ph} on ${md}; nipple lipstick-shaped after feeds. Photo saved to chart media.`, [g, p, md]];
  }],
  // support groups
  ['support group schedule', (d) => {
    const ch = d.church(); const st = d.street(); const t = d.town(); const w = d.weekday(); const dt = d.date();
    return [`BREASTFEEDING CAFÉ\n${ch}, ${st}, ${t}\nNext meeting: ${w}, ${dt}, 10-11:30\nBabes in arms welcome; scale available.`, [ch, st, t, w, dt]];
  }],
  ['library group flyer', (d) => {
    const lib = d.library(); const md = d.monDay(); const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur()); const url = d.url(d.sur());
    return [`New Parents' Feeding Circle at the ${lib}, community room, ${md}. Facilitator ${g} ${s}, CLC. Questions: ${em}. RSVP ${url}`, [lib, md, g, s, em, url]];
  }],
  ['support group sign-in sheet', (d) => {
    const a = d.person(); const ab = d.baby(); const b = d.person(); const bb = d.baby(); const [ph, p] = d.phone(); const [ph2, p2] = d.phone();
    return [`SIGN-IN\n${full(a)}   baby ${ab}, ${d.int(2, 14)} wks   ${ph}\n${full(b)}   baby ${bb}, ${d.int(2, 14)} wks   ${ph2}`, [...parts(a), ab, p, ...parts(b), bb, p2]];
  }],
  ['group moved for holiday', (d) => {
    const h = d.holiday(); const w = d.weekday(); const md = d.monDay(); const v = d.venue();
    return [`No group on ${h}. We will meet ${w} ${md} instead at ${v}.`, [h, w, md, v]];
  }],
  ['partner group leader', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.venue(); const my = d.monthYear();
    return [`Partners' night starts ${my} at ${c}, led by ${g} ${s}, a dad of three and trained peer supporter.`, [my, c, g, s]];
  }],
  ['La Leche League meeting at leader home', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const [ph, p] = d.phone();
    return [`La Leche League of ${t}: evening series meets at leader ${g} ${s}'s home (${st}). Call ${ph} for the gate code.`, [t, g, s, st, p]];
  }],
  // return-to-work letters
  ['return-to-work letter header', (d) => {
    const dt = d.date(); const [n, np] = d.staff(); const e = d.employer(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\nAttn: ${n}, Human Resources\n${e}\n${st}\n${t}, ${d.state()} ${z}`, [dt, ...np, e, st, t, z]];
  }],
  ['return-to-work letter body', (d) => {
    const m = d.person(); const dt = d.date(); const eid = d.employeeId();
    return [`RE: ${full(m)}, employee ID ${eid}\nMy patient returns to work on ${dt} and will need reasonable break time and a private, non-bathroom space to express milk every 3 hours, as required by the PUMP for Nursing Mothers Act.`, [...parts(m), eid, dt]];
  }],
  ['accommodation with supervisor and holiday', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.holiday(); const eid = d.employeeId();
    return [`Employee #${eid} back after ${h}. Supervisor ${g} ${s} agreed to two 20-minute pumping breaks per shift in the first-aid room.`, [eid, h, g, s]];
  }],
  ['daycare feeding letter', (d) => {
    const dc = d.daycare(); const g = d.given(); const s = d.sur(); const i = d.baby();
    return [`To ${dc}, attn. director ${g} ${s}: please use paced bottle feeding for ${i}, 3-4 oz per feed, and hold the bottle horizontal.`, [dc, g, s, i]];
  }],
  ['employer lactation room badge', (d) => {
    const e = d.employer(); const eid = d.employeeId(); const w = d.weekday(); const [ph, p] = d.phone();
    return [`${e} facilities will add badge ${eid} to the mothers' room door by ${w}; HR line ${ph}.`, [e, eid, w, p]];
  }],
  // billing, pharmacy and other records
  ['billing line with claim', (d) => {
    const dt = d.date(); const cl = d.claim(); const mem = d.memberId();
    return [`DOS ${dt} | CPT 99403 x1, S9443 | Dx Z39.1, P92.5 | Claim ${cl} | Member ${mem} | paid in full`, [dt, cl, mem]];
  }],
  ['galactagogue prescription at pharmacy', (d) => {
    const ph = d.pharmacy(); const rx = d.rx(); const [n, np] = d.staff(); const md = d.slashMd();
    return [`Domperidone not available; metoclopramide 10 mg TID x 14 days sent to ${ph}, Rx #${rx}, by ${n}, NP, on ${md}.`, [ph, rx, ...np, md]];
  }],
  ['mastitis urgent care', (d) => {
    const uc = `${d.town()} Urgent Care`; const w = d.weekday(); const s = d.sur();
    return [`Seen at ${uc} ${w} night for fever 102.4 and a wedge-shaped red area; Dr. ${s} started cephalexin. Ultrasound if not better in 48 h.`, [uc, w, s]];
  }],
  ['postpartum mood referral', (d) => {
    const g = d.given(); const s = d.sur(); const pr = `${d.town()} Perinatal Counseling`; const [ph, p] = d.phone();
    return [`EPDS 15. Warm handoff to ${g} ${s}, LCSW, at ${pr}, ${ph}. Safety plan reviewed, partner present.`, [g, s, pr, p]];
  }],
  ['induced lactation for adoption', (d) => {
    const m = d.person(); const ag = `${d.sur()} Family Adoption Services`; const my = d.monthYear();
    return [`${full(m)}, adoptive parent, started the Newman-Goldfarb protocol for an expected placement in ${my} through ${ag}.`, [...parts(m), my, ag]];
  }],
  ['gestational carrier pumping', (d) => {
    const c = d.person(); const t = d.town(); const tr = d.tracking(); const w = d.weekday();
    return [`Gestational carrier ${full(c)} of ${t} is pumping for the intended parents; milk shipped overnight ${w}, tracking ${tr}.`, [...parts(c), t, w, tr]];
  }],
  ['consent to photograph with witness', (d) => {
    const m = d.person(); const wn = d.person(); const dt = d.mdy();
    return [`Consent to photograph breasts and infant's oral anatomy for the chart. Signed: ${full(m)}. Witness: ${full(wn)}. Date: ${dt}.`, [...parts(m), ...parts(wn), dt]];
  }],
];

/** The names of the wave's frames. */
export const lactationFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function lactationWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 20389, rounds);
}

/** Look-alikes in lactation-clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named signs
  ['Montgomery glands prominent bilaterally.', 'Montgomery'], ["Cooper's ligaments intact; no masses.", "Cooper's"],
  ["Raynaud's phenomenon of the nipple after feeds.", "Raynaud's"], ['Pierre Robin sequence; cleft palate team following.', 'Pierre Robin'],
  ['Haberman feeder trialed for the cleft.', 'Haberman'], ['Down syndrome, low tone, weak suck.', 'Down syndrome'],
  ['Kotlow class III lingual frenulum.', 'Kotlow'], ['Coryllos type 4 posterior tie.', 'Coryllos'],
  ['Hazelbaker appearance 8, function 11.', 'Hazelbaker'], ['Marmet technique for hand expression taught.', 'Marmet'],
  ['Hoffman exercises not recommended for flat nipples.', 'Hoffman'], ['Newman-Goldfarb protocol for induced lactation.', 'Newman-Goldfarb'],
  ["APNO (Newman's all purpose nipple ointment) twice daily.", "Newman's"], ["Sheehan's syndrome considered after the hemorrhage.", "Sheehan's"],
  ['Rooting and Babkin reflexes present.', 'Babkin'], ['Erb palsy on the right limits cradle hold.', 'Erb palsy'],
  ['Brazelton newborn behavioral assessment reviewed.', 'Brazelton'], ['Candida on the nipples and in the mouth.', 'Candida'],
  ['Staphylococcus aureus grew from the milk culture.', 'Staphylococcus aureus'], ['Lactogenesis II delayed to day 5.', 'Lactogenesis II'],
  ['Epstein pearls on the palate.', 'Epstein pearls'], 
  // scales, scores and measurements
  ['LATCH score 7/10.', 'LATCH score 7/10'], ['IBFAT 10.', 'IBFAT 10'], ['Mother-Baby Assessment 8.', 'Mother-Baby Assessment'],
  ['EPDS 11, item 10 negative.', 'EPDS 11'], ['Edinburgh Postnatal Depression Scale repeated at 6 weeks.', 'Edinburgh Postnatal Depression Scale'],
  ['Bristol Tongue Assessment Tool score 5.', 'Bristol Tongue Assessment Tool'], ['Apgars 8 and 9.', 'Apgars'],
  ['Plotted on the Fenton growth chart.', 'Fenton'], ['WHO growth chart, 15th percentile.', '15th percentile'],
  ['Weight loss 8.2% from birth weight.', '8.2%'], ['Transfer 46 mL on the weighted feed.', '46 mL'],
  ['Pre-feed 3,412 g, post-feed 3,460 g.', '3,460 g'], ['Bilirubin 14.8 mg/dL at 72 hours.', '14.8 mg/dL'],
  ['Output: 6 wet, 4 yellow seedy stools.', '6 wet'], ['Flange size 24 mm; 21 mm insert tried.', '24 mm'],
  ['Day of life 5.', 'Day of life 5'], ['Born at 36+4 weeks.', '36+4 weeks'], ['G2P2002.', 'G2P2002'],
  ['Pumping 8 times in 24 hours, 620 mL/day.', '620 mL/day'], ['Baby is 11 days old.', '11 days old'], ['Prolactin 212 ng/mL.', '212 ng/mL'],
  // pumps, bottles and feeding devices
  ['Medela Symphony hospital-grade pump.', 'Medela Symphony'], ['Spectra S1 Plus through insurance.', 'Spectra S1'],
  ['Ameda Mya Joy pump.', 'Mya Joy'], ['Lansinoh Smartpump 2.0.', 'Lansinoh'], ['Willow Go wearable pump.', 'Willow Go'],
  ['Elvie Stride hands-free.', 'Elvie'], ['Motif Luna through insurance.', 'Motif Luna'], ['Haakaa silicone collector.', 'Haakaa'],
  ['Baby Buddha pump for travel.', 'Baby Buddha'], ["Dr. Brown's bottle with preemie nipple.", "Dr. Brown's"],
  ['Pigeon peristaltic nipple.', 'Pigeon'], ['Medela Supplemental Nursing System at the breast.', 'Supplemental Nursing System'],
  ['Lact-Aid trainer.', 'Lact-Aid'], ['Contact nipple shield 20 mm.', 'nipple shield'], ['My Brest Friend pillow.', 'My Brest Friend'],
  ['Boppy pillow under the baby.', 'Boppy'], ['Medela BabyWeigh II scale.', 'BabyWeigh II'], ["Pumpin' Pal angled flanges.", "Pumpin' Pal"],
  ['Owlet sock alarms overnight.', 'Owlet'], 
  ['Tommee Tippee bottles at daycare.', 'Tommee Tippee'], ['Similac Pro-Advance 20 kcal as supplement.', 'Similac Pro-Advance'],
  ['Enfamil NeuroPro sample given by the pediatrician.', 'Enfamil'], ['Prolacta fortifier in the NICU.', 'Prolacta'],
  ['Hygeia EnDeare rental.', 'Hygeia EnDeare'], 
  // drugs, herbs and galactagogues
  ['Domperidone 10 mg TID.', 'Domperidone'], ['Metoclopramide (Reglan) declined.', 'Reglan'], ['Fenugreek stopped due to GI upset.', 'Fenugreek'],
  ['Sunflower lecithin 1200 mg for plugged ducts.', 'Sunflower lecithin'], ['Fluconazole (Diflucan) 400 mg load.', 'Diflucan'],
  ['Dicloxacillin 500 mg QID x 10 days.', 'Dicloxacillin'], ['Cephalexin (Keflex) 500 mg.', 'Keflex'], ['Lansinoh HPA lanolin.', 'HPA lanolin'],
  ['Sage tea to reduce supply at weaning.', 'Sage'], ['Peppermint oil may lower supply.', 'Peppermint'], ["Blessed thistle and goat's rue.", "goat's rue"],
  ["Brewer's yeast lactation cookies.", "Brewer's yeast"], ["Mother's Milk tea (Traditional Medicinals).", 'Traditional Medicinals'],
  ['Moringa capsules twice daily.', 'Moringa'], ['Sertraline 50 mg; compatible per LactMed.', 'LactMed'],
  ["Checked Hale's Medications and Mothers' Milk.", "Hale's"], ['Pseudoephedrine (Sudafed) can reduce supply.', 'Sudafed'],
  ['Cabergoline (Dostinex) for lactation suppression.', 'Dostinex'], ['Vitamin D 400 IU daily for the infant.', '400 IU'],
  ['Ibuprofen (Motrin) 600 mg q6h.', 'Motrin'], ['No honey before 12 months.', 'honey'], ['Cabbage leaves for engorgement.', 'Cabbage leaves'],
  ['Ginger tea for nausea.', 'Ginger'], ['Olive oil on the nipples is not needed.', 'Olive oil'], 
  // organisations, programs and laws
  ['La Leche League materials given.', 'La Leche League'], ['HMBANA-accredited milk bank.', 'HMBANA'], ['IBLCE code of professional conduct.', 'IBLCE'],
  ['ILCA clinical competencies.', 'ILCA'], ['Baby-Friendly Hospital Initiative steps.', 'Baby-Friendly Hospital Initiative'],
  ['WHO Code of Marketing of Breast-milk Substitutes.', 'WHO Code'], ['ABM Clinical Protocol #36 on mastitis.', 'ABM Clinical Protocol'],
  ['AAP recommends exclusive breastfeeding for about 6 months.', 'AAP'], ['WIC breastfeeding peer counselor.', 'WIC'],
  ['InfantRisk Center hotline consulted.', 'InfantRisk Center'], ['PUMP for Nursing Mothers Act.', 'PUMP for Nursing Mothers Act'],
  ['FLSA break time for nursing employees.', 'FLSA'], ['Pregnant Workers Fairness Act.', 'Pregnant Workers Fairness Act'],
  ['Affordable Care Act covers a pump.', 'Affordable Care Act'], ['Medicaid covers the rental.', 'Medicaid'],
  ['Aeroflow Breastpumps shipped the pump.', 'Aeroflow'], ['Edgepark order pending.', 'Edgepark'], ['Byram Healthcare supplies.', 'Byram Healthcare'],
  ['Text4baby enrolled.', 'Text4baby'], ['Healthy Start program.', 'Healthy Start'], ['Nurse-Family Partnership nurse visits.', 'Nurse-Family Partnership'],
  ['Milk tested by the milk bank for drugs of abuse.', 'milk bank'],
  // codes
  ['Z39.1 care of the lactating mother.', 'Z39.1'], ['O91.23 nonpurulent mastitis.', 'O91.23'], ['P92.5 neonatal difficulty feeding at breast.', 'P92.5'],
  ['Q38.1 ankyloglossia.', 'Q38.1'], ['HCPCS E0604 hospital-grade pump rental.', 'E0604'], ['E0603 electric breast pump.', 'E0603'],
  ['CPT 41010 frenotomy.', '41010'], ['CPT 99403 counseling, 30 minutes.', '99403'], ['S9443 lactation class.', 'S9443'],
  // generic places, roles, ages and schedules
  ['Seen in the lactation clinic.', 'lactation clinic'], ["Pumped in the mother's room at work.", "mother's room"],
  ['Milk depot at the hospital.', 'Milk depot'], ['Support group at the public library.', 'public library'],
  ['Group meets in the church fellowship hall.', 'fellowship hall'], ['WIC office called back.', 'WIC office'], ['Well-baby nursery.', 'Well-baby nursery'],
  ['Mother-Baby unit.', 'Mother-Baby unit'], ['Level III NICU.', 'Level III NICU'], ['The pediatrician agrees with the plan.', 'pediatrician'],
  ['The peer counselor will call.', 'peer counselor'], ['Her partner bottle-feeds at night.', 'partner'], ['Grandmother, 71, helps in the mornings.', '71'],
  ['Maternal age 38.', '38'], ['Breastfed her first child in 2019.', '2019'], ['Warmline answered weekdays.', 'weekdays'], ['Baby Girl, name pending.', 'Baby Girl'],
  ['Drop-in hours Monday to Thursday.', 'Monday to Thursday'], ['The daycare uses paced feeding.', 'daycare'],
  // everyday words that are also names or towns
  ['Mother reports joy at the first latch.', 'joy'], ['Colostrum thick and amber.', 'amber'], ['Small pearl of milk at the nipple pore.', 'pearl'],
  ['Clay-colored stools reported to the pediatrician.', 'Clay-colored'], ['Swift milk ejection; baby gulps and clicks.', 'Swift'],
  ['Early weaning discussed.', 'Early'], ['Good latch, deep and asymmetric.', 'Good'], ['Little milk transfer on the left.', 'Little'],
  ['Short frenulum, heart-shaped tongue tip.', 'Short'], ['Patience with the shield weaning.', 'Patience'], ['Success with the football hold.', 'Success'],
  ['Power pumping for one hour in the evening.', 'Power pumping'], ['Paced bottle feeding taught.', 'Paced bottle feeding'],
  ['Reverse pressure softening before the latch.', 'Reverse pressure softening'], ['Milk bleb on the right nipple.', 'bleb'],
  ['Clogged duct in the upper outer quadrant.', 'upper outer quadrant'], ['Cluster feeding every evening.', 'Cluster feeding'],
  ['Laid-back nursing (biological nurturing).', 'biological nurturing'], ['Football hold on the right.', 'Football hold'],
  ['Summer heat: offer the breast more often.', 'Summer'], 
];

export const lactationKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedLactationKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(lactationKeepCases(), find);

export function scoreLactationWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => lactationWaveCases(seed)), find);
}
