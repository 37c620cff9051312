// A blind wave of outpatient geriatrics and memory care records: comprehensive geriatric assessment headers and openers
// (the patient listed as 'SURNAME, Given' or 'Given "Nickname" Surname' with date of birth, MRN and an age over 89 in
// every form: 'Age: 96', '93 y/o', 'aged ninety-four', 'a 101-year-old', 'DOB ... (age 96)', a table's age column, the
// spouse's age in the social history and a '102nd birthday'), registration blocks with the street, town, state and ZIP,
// home and family phones, Medicare beneficiary identifiers (MBI) dashed and not with Medigap and Part D member ids,
// medication reconciliation (the local pharmacy named with its town, phone and fax, Rx numbers, blister packs and the
// pharmacist, brown-bag reviews from two pharmacies, deprescribing by the Beers list, vaccine lots, the serial of an
// automatic pill dispenser), falls histories at home (the street and town, the neighbor who found her, falls logs,
// outside ED visits and MRNs, medical-alert pendant subscriber numbers with the responders, the town fire department's
// lift assists and run reports), caregivers and powers of attorney (contact lists with e-mails, health care and financial
// agents with their phones, the notary and commission number, private-duty aides from a local agency, respite stays),
// community services named locally (adult day programs, senior centers and councils on aging, Meals on Wheels of a town
// or county with the client id and the driver, county offices for the aging with case numbers, senior housing with the
// apartment, dial-a-ride rider ids, the church's deacon, caregiver support-group and CaringBridge URLs), home safety
// evaluations (the OT's header, the landlord and the grab bars), driving (plates, license numbers in several states'
// shapes with their expiry, the letter to the DMV's medical review unit, the DMV's reply with its case number, on-road
// tests at a local driver rehabilitation program, disability placards), advance directives (POLST and MOLST with the
// witnesses' names and addresses, health care proxies, family meetings on holidays, a portal link to the scanned copy),
// guardianship (letters from a county probate court with the case number, the court visitor, the letter to the judge,
// the elder law attorney, the Medicaid long-term care application with an SSN, Adult Protective Services intakes),
// memory testing (MoCA with the tester and date, SLUMS and the high school, memory clinic referrals, amyloid PET
// accessions, disorientation to a former town, wandering and Silver Alerts with the police report number and where she
// was found), hearing aids with their serial numbers and the audiologist, glasses orders, phone messages with the
// taker's initials, after-hours calls from facilities, portal messages from proxies and their replies, caregiver
// e-mails, visit schedules, home-visit routes, signature blocks, fax covers, video visits with the tablet's IP address,
// claims and accounts, and nursing home transfers, in mixed case, ALL CAPS and lower case. Dates are written every way
// ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024',
// '03.04.2024', 'Tues 3/4/24', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', "Mar '24", '3/2024', holidays such
// as 'Christmas Eve' and "Mother's Day"); ages over 89, phones, faxes, e-mails, URLs and IP addresses are planted.
// Patients' given names are often everyday words or old-fashioned names (Hope, Faith, Grace, Pearl, Ruby, Opal, Iris,
// Hazel, Ivy, Rose, June, Bud, Rocky, Earl, Will, Frank; Mildred, Myrtle, Homer, Virgil), nicknames in quotes ('Dot',
// 'Babe', 'Dutch'), and staff and family names are often everyday words (Hope, Joy, Dawn, Rocky, Will, Bill, Chase;
// Stone, Hill, Walker, Cane, Bell, Rose, Long, Love, Church, Street, Ford); towns are often everyday words (Liberty,
// Union, Hope, Concord, Harmony, Normal, Eden, Sun City, Surprise, Venice, Comfort, Justice). A list of look-alikes in
// the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreGeriatricsWave`.
// Decisions: every word of a person's name is planted as its own part (patient, spouse, late husband, relatives,
// caregivers, agents, witnesses, notaries, guardians, judges, attorneys, pharmacists, staff), a surname alone after a
// title ('Mrs. Cane', 'Dr. Bell', 'Judge Long') is planted, a nickname in quotes is planted, a middle initial, a title
// and a credential ('RN', 'NP', 'LPN', 'OTR/L', 'CDRS', 'Au.D.', 'MD, CMD') are not planted; a taker's or scribe's
// initials are planted; a relation without a name and a role without a name ('the guardian', 'the notary', 'the court
// visitor', 'the DMV examiner') are kept. An age over 89 is planted as its number ('96' in 'Age: 96', '93 y/o' and
// 'a 101-year-old'), in words as written ('ninety-four', 'one hundred and two') and as an ordinal birthday ('102nd');
// an age of 89 or under (a relative's too) is kept. A local pharmacy, hospital, assisted living residence, memory care
// home, nursing home, adult day program, senior center or council on aging, Meals on Wheels of a town or county, county
// office or area agency on aging named for its region, home care agency, memory clinic, imaging center, hearing center,
// optical shop, driver rehabilitation program or driving school, practice, church, employer, law firm, diner or
// library, a town's fire or police department, a town's dial-a-ride, a county probate court and a high school are
// planted whole with their kind words ('Hometown Pharmacy', 'Maple Grove Manor', 'Meals on Wheels of Liberty',
// 'Franklin County Probate Court'); a national chain, body or program named alone ('CVS', 'Walgreens', 'Medicare',
// 'Medicaid', 'CMS', 'AGS', 'the VA', 'Area Agency on Aging', 'Meals on Wheels', 'Adult Protective Services', 'PACE',
// "Alzheimer's Association", 'the DMV', 'Department of Motor Vehicles'), a brand of device ('Phonak Audéo', 'Life
// Alert', 'MedMinder') and a car's make and model year are kept. A town is planted, a US state is kept; a street
// address is planted from its number to its street type, with the apartment when written after it; a ZIP is planted
// with its +4. Every date tied to the patient is planted as written with its weekday when one is written before it
// ('Tues 3/4/24', but 'Wednesday, February 22' is two parts); a weekday naming one day is planted; a month with a year
// and a month with a day are planted; 'the 4th' is planted; a holiday that fixes a day is planted; a year alone ('class
// of 1948', 'retired in 1987') is kept; the time next to a date is kept, and so are durations and counts. MRNs, MBIs,
// member ids, Rx numbers, vaccine lots, device serials (hearing aids, pill dispensers), pendant subscriber numbers, run
// report, police report, APS intake, court case and docket numbers, aging-services case numbers, client and rider ids,
// agency client numbers, notary commission numbers, driver's license numbers, plates, disability placards, DMV case
// numbers, registry confirmations, Medicaid applications, SSNs, accessions, claims, accounts and glasses orders are
// planted; a phone's leading '(' need not be covered; e-mails, URLs and IP addresses are planted whole. Kept
// (look-alikes): geriatric scales and scores (MoCA, MMSE, SLUMS, Katz ADL, Lawton IADL, TUG in seconds, Beers criteria,
// CAM, GDS-15, Clock Draw, Mini-Cog, Berg, FAST, CDR, Zarit, MNA-SF, Clinical Frailty Scale, STOPP/START, recall
// fractions such as '3/5'), vitals and labs, ages of 89 and under, years alone, drugs and brands, eponyms (Alzheimer
// disease, Lewy body, Parkinson disease, Charles Bonnet, Dix-Hallpike, Binswanger, Babinski, Foley), national bodies
// and programs, generic places (assisted living, nursing home, the senior center, memory care unit, the pharmacy),
// roles and relations without names, durations and counts, ICD-10 and CPT/HCPCS codes and standards (STEADI, 4Ms),
// devices and forms (rollator, Hoyer lift, POLST, MOLST, Five Wishes), and everyday words that are also names or towns
// (will, hope, grace, Frank, Rose, Union, Normal, Walker, Stone, Concord, Pearl).
// Measured before rules: 0.926 recall on seeds 5, 11, 23 (5545/5988), 0.925 on fresh seeds 41, 42, 43 (5542/5990); 6/168
// look-alikes touched ("Clock Draw 2/4", "Mini-Cog 2/5", "MNA-SF 9/14", "Charles Bonnet", "Area Agency on Aging",
// "Age-Friendly Health Systems") (engine at d9575c5).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as itl } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, gb, ie, de, itl, pl, ca];

/** Patients' given names that are everyday words, and the old-fashioned given names of people born in the 1920s and 30s. */
const ELDER_WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Pearl', 'Ruby', 'Opal', 'Iris', 'Violet', 'Fern', 'Hazel', 'Ivy', 'Rose', 'June', 'Constance', 'Prudence', 'Patience', 'Dolly', 'Goldie', 'Blanche', 'Lily', 'Daisy', 'Ginger', 'Bud', 'Buck', 'Rocky', 'Sonny', 'Duke', 'Earl', 'Sterling', 'Major', 'Will', 'Bill', 'Frank', 'Jack', 'Ray', 'Gene', 'Rusty', 'Merry'];
const ELDER_OLD_GIVEN = ['Mildred', 'Dorothy', 'Gladys', 'Edna', 'Bernice', 'Lorraine', 'Agnes', 'Irene', 'Myrtle', 'Eunice', 'Thelma', 'Velma', 'Lucille', 'Wilma', 'Harold', 'Walter', 'Clarence', 'Chester', 'Homer', 'Virgil', 'Elmer', 'Lloyd', 'Wendell', 'Norbert', 'Vernon', 'Otis', 'Herman', 'Stanley', 'Bernard', 'Dolores', 'Genevieve', 'Marguerite', 'Rosalie', 'Stanislaw', 'Giuseppe', 'Concetta', 'Theresa', 'Winifred', 'Ethel', 'Florence', 'Leona', 'Alphonse', 'Aurelio', 'Gertrude', 'Ignatius'];
/** Nicknames that elders go by, written in quotes after the given name. */
const NICKNAMES = ['Peggy', 'Sissy', 'Babe', 'Dot', 'Midge', 'Tootie', 'Bunny', 'Skip', 'Butch', 'Dutch', 'Lefty', 'Slim', 'Doc', 'Cookie', 'Sunny', 'Chick', 'Mimi', 'Tiny'];
/** Staff and family given names that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Charity', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Lucky', 'Ginger', 'Honey', 'Penny', 'Jordan', 'Brandy', 'Amber', 'Destiny', 'Guy', 'Miles', 'Wade', 'Gale', 'Rich'];
/** Surnames that are everyday words (Walker and Cane are also what patients lean on). */
const WORD_SUR = ['Stone', 'Hill', 'Brooks', 'Wells', 'Banks', 'Cook', 'Baker', 'Miller', 'Mason', 'Fisher', 'Walker', 'Bell', 'Gardner', 'Shepherd', 'Rivers', 'Frost', 'Winter', 'Snow', 'Strong', 'Hardy', 'Noble', 'Sweet', 'Love', 'Friend', 'Young', 'Gray', 'Green', 'White', 'Black', 'Long', 'Small', 'Little', 'Sharp', 'Wise', 'Moody', 'Bliss', 'Hope', 'Chase', 'Price', 'Cane', 'Rose', 'Lamb', 'Wolf', 'Fox', 'Sparrow', 'Steele', 'Church', 'Parish', 'Temple', 'Chambers', 'Hall', 'Street', 'Lane', 'Ford', 'Trusty', 'Goodwin', 'Oldham'];

/** Towns that are everyday words (retirement towns among them) and real towns where elders live. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Concord', 'Harmony', 'Friendship', 'Unity', 'Paradise', 'Normal', 'Eden', 'Welcome', 'Independence', 'Golden', 'Sandy', 'Fairview', 'Pleasant Hill', 'Sun City', 'Surprise', 'Venice', 'Naples', 'Green Valley', 'Comfort', 'Justice', 'Loyal', 'Plain City', 'Bountiful'];
const REAL_TOWNS = ['Sarasota', 'Boca Raton', 'Sun City West', 'Scottsdale', 'Asheville', 'Bangor', 'Lewiston', 'Dubuque', 'Ames', 'Duluth', 'Bismarck', 'Keene', 'Brattleboro', 'Rutland', 'Pittsfield', 'Worcester', 'Springfield', 'Erie', 'Altoona', 'Scranton', 'Wilkes-Barre', 'Cheyenne', 'Roanoke', 'Lynchburg', 'Frederick', 'Hagerstown', 'Sedona', 'Prescott', 'Yuma', 'Ocala', 'Punta Gorda', 'Port Charlotte', 'Lakeland', 'Eau Claire', 'Mankato', 'Oshkosh', 'Saginaw', 'Zanesville', 'Chillicothe', 'Bennington'];
const STATES = ['ME', 'VT', 'NH', 'MA', 'NY', 'PA', 'OH', 'MI', 'WI', 'MN', 'IA', 'FL', 'AZ', 'NC', 'VA', 'Florida', 'Ohio', 'Vermont', 'Arizona', 'Pennsylvania'];
const COUNTY_WORDS = ['Franklin', 'Washington', 'Hampden', 'Berkshire', 'Windham', 'Penobscot', 'Sarasota', 'Maricopa', 'Dubuque', 'Erie', 'Blair', 'Lackawanna', 'Laramie', 'Marion', 'Polk', 'Douglas', 'Muskingum', 'Ross', 'Winnebago', 'Saginaw', 'Union', 'Liberty', 'Charlotte', 'Buncombe'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Lincoln', 'Washington', 'Church', 'School', 'Mill', 'Pleasant', 'Prospect', 'Hope', 'Union', 'Liberty', 'Orchard', 'Meadow', 'Sunset', 'Spring', 'Walnut', 'Chestnut', 'Highland', 'Park', 'Lake', 'River', 'Depot', 'Academy'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Circle', 'Way', 'Ter', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Stanislaus', 'Casimir', 'Hedwig'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital'];
/** Words that name the local facilities, programs and businesses (planted whole with their kind words). */
const PLACE_WORDS = ['Maple Grove', 'Willow Creek', 'Evergreen', 'Heritage', 'Autumn Leaves', 'Brookside', 'Cedar Ridge', 'Golden Pond', 'Shady Oaks', 'Rolling Hills', 'Meadowbrook', 'Silver Birch', 'Lakeview', 'Sunny Acres', 'Pinecrest', 'Harbor House', 'Hillcrest', 'Orchard View', 'Briarwood', 'Whispering Pines', 'Riverbend', 'Fox Run', 'Bluebird', 'Primrose Hill'];
const PHARMACY_WORDS = ['Corner', 'Village', 'Main Street', 'Hometown', 'Family', 'Medicine Chest', 'Bluebird', 'Apple Tree', 'Friendly', 'Good Neighbor', 'Lakeside', 'Owl'];
/** National chains, bodies and brands named alone (kept). */
const CHAINS = ['CVS', 'Walgreens', 'Rite Aid', 'Walmart Pharmacy', 'the mail-order pharmacy'];
const HEARING_BRANDS = ['Phonak Audéo', 'Oticon More', 'Signia Pure', 'ReSound Omnia', 'Starkey Genesis', 'Widex Moment'];
const DISPENSERS = ['MedMinder', 'Hero', 'e-pill', 'Livi'];
const PENDANTS = ['Life Alert', 'Philips Lifeline', 'Medical Guardian', 'Bay Alarm'];
const VACCINES = ['Shingrix dose 2', 'Prevnar 20', 'Fluzone High-Dose', 'Arexvy (RSV)', 'Tdap (Boostrix)', 'COVID-19 booster'];
const CARS = ['2008 Buick LeSabre', '2011 Toyota Camry', '2004 Mercury Grand Marquis', '2013 Honda Accord', '2006 Crown Victoria', '2010 Chevrolet Impala', '1999 Cadillac DeVille', '2015 Subaru Outback'];
const DIAGNOSES = ['mixed Alzheimer and vascular dementia', 'Parkinson disease', 'Lewy body dementia', 'mild cognitive impairment', 'HFpEF and CKD 3b', 'osteoporosis with a prior hip fracture', 'macular degeneration', 'normal pressure hydrocephalus'];
const JOBS = ['schoolteacher', 'dairy farmer', 'machinist', 'telephone operator', 'postal carrier', 'nurse', 'railroad conductor', 'seamstress', 'bookkeeper', 'Navy radioman', 'librarian', 'shoe-factory worker'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Thanksgiving Day', 'Easter Sunday', "Mother's Day", "Father's Day", 'the Fourth of July', 'Veterans Day', 'Memorial Day', 'Labor Day', "Valentine's Day"];
/** Relations a family caregiver's name follows. */
const RELATIONS = ['daughter', 'son', 'niece', 'nephew', 'granddaughter', 'grandson', 'daughter-in-law', 'son-in-law', 'stepdaughter', 'neighbor', 'friend', 'sister', 'brother', 'wife', 'husband', 'goddaughter'];
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** The letters a Medicare beneficiary identifier uses (no S, L, O, I, B or Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** A patient: the given name, a middle initial or none, the surname and a nickname or none; every word is planted. */
interface Patient {
  readonly given: string;
  readonly mi: string;
  readonly sur: string;
  readonly nick: string | undefined;
}

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A patient's given name: an everyday word, an old-fashioned name or a faker locale's. */
  elderGiven(): string {
    const x = this.r();
    if (x < 0.35) return this.pick(ELDER_WORD_GIVEN);
    if (x < 0.75) return this.pick(ELDER_OLD_GIVEN);
    return this.faker().person.firstName().split(/[\s-]/)[0]!;
  }
  patient(): Patient {
    const mi = this.r() < 0.4 ? this.mi() : '';
    return { given: this.elderGiven(), mi, sur: this.sur(), nick: this.r() < 0.2 ? this.pick(NICKNAMES) : undefined };
  }
  /** A patient's name the ways charts write it, with its parts. */
  patientName(p: Patient = this.patient()): readonly [string, readonly string[]] {
    const nick = p.nick ? ` "${p.nick}"` : '';
    const nickParts = p.nick ? [p.nick] : [];
    const mid = p.mi ? ` ${p.mi}` : '';
    const k = this.int(0, 2);
    if (k === 0) return [`${p.given}${nick}${mid} ${p.sur}`, [p.given, ...nickParts, p.sur]];
    if (k === 1) return [`${p.sur.toUpperCase()}, ${p.given}${mid}`, [p.sur.toUpperCase(), p.given]];
    return [`${p.sur}, ${p.given}${nick}${mid}`, [p.sur, p.given, ...nickParts]];
  }
  /** A staff member's or relative's name written three ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(['Mrs.', 'Mr.', 'Ms.', 'Miss']);
  }
  /** An age over 89. */
  age(): number {
    return this.int(90, 104);
  }
  /** An age over 89 in words ('ninety-four', 'one hundred and two'). */
  ageInWords(n: number): string {
    if (n < 100) return `ninety${n % 10 ? `-${UNITS[n % 10]!}` : ''}`;
    if (n === 100) return 'one hundred';
    return `one hundred ${this.pick(['', 'and '])}${UNITS[n - 100]!}`;
  }
  /** A date of birth that fits the age, in the forms registration writes it. */
  dobFor(age: number): string {
    const [m, d] = this.md();
    const y = 2025 - age - this.int(0, 1);
    const k = this.int(0, 4);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${MONTHS[m - 1]!} ${d}, ${y}`;
    if (k === 3) return `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A local pharmacy, planted whole. */
  pharmacy(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(PHARMACY_WORDS)} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Pharmacy`;
    if (k === 2) return `${this.sur()} Drug`;
    if (k === 3) return `${this.town()} Apothecary`;
    return `${this.pick(PHARMACY_WORDS)} Drug & Gift`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** An assisted living residence, memory care home or nursing home named locally. */
  facility(): string {
    const w = this.pick(PLACE_WORDS);
    const k = this.int(0, 5);
    if (k === 0) return `${w} Manor`;
    if (k === 1) return `${w} Assisted Living`;
    if (k === 2) return `${this.sur()} House Memory Care`;
    if (k === 3) return `The ${w} at ${this.town()}`;
    if (k === 4) return `${this.town()} Health & Rehabilitation Center`;
    return `${w} Senior Living`;
  }
  adultDay(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(PLACE_WORDS)} Adult Day Center`;
    if (k === 1) return `${this.town()} Adult Day Health`;
    if (k === 2) return `${this.pick(PLACE_WORDS)} Adult Day Program`;
    return `Friendship House of ${this.town()}`;
  }
  seniorCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Senior Center`;
    if (k === 1) return `${this.sur()} Senior Center`;
    return `${this.pick(PLACE_WORDS)} Council on Aging`;
  }
  mealsOnWheels(): string {
    const k = this.int(0, 2);
    if (k === 0) return `Meals on Wheels of ${this.town()}`;
    if (k === 1) return `${this.county()} County Meals on Wheels`;
    return `${this.town()} Area Meals on Wheels`;
  }
  agingOffice(): string {
    return this.r() < 0.5 ? `${this.county()} County Office for the Aging` : `${this.pick(['Tri-County', 'Three Rivers', 'Southern Tier', 'North Country', 'Heartland'])} Agency on Aging`;
  }
  homeCare(): string {
    return this.r() < 0.5 ? `${this.pick(PLACE_WORDS)} Home Care` : `${this.town()} Home Companions`;
  }
  memoryClinic(): string {
    return this.r() < 0.5 ? `${this.town()} Memory & Aging Center` : `${this.pick(PLACE_WORDS)} Memory Clinic`;
  }
  hearingCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Hearing Center` : `${this.sur()} Audiology`;
  }
  optical(): string {
    return this.r() < 0.5 ? `${this.town()} Eye Associates` : `${this.sur()} Optical`;
  }
  imaging(): string {
    return this.r() < 0.5 ? `${this.town()} Imaging Center` : `${this.pick(PLACE_WORDS)} Radiology`;
  }
  drivingProgram(): string {
    return this.r() < 0.5 ? `${this.town()} Driver Rehabilitation Program` : `${this.sur()} Driving School`;
  }
  practice(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Geriatrics`;
    if (k === 1) return `${this.town()} Senior Health Associates`;
    return `${this.sur()} Family Practice`;
  }
  church(): string {
    const k = this.int(0, 2);
    if (k === 0) return `St. ${this.pick(SAINTS)} Catholic Church`;
    if (k === 1) return `First Methodist Church of ${this.town()}`;
    return `${this.pick(['Grace', 'Bethel', 'Calvary', 'Zion', 'Emmanuel'])} Lutheran Church`;
  }
  employer(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Savings Bank`;
    if (k === 1) return `${this.sur()} Hardware`;
    return `${this.town()} Public Schools`;
  }
  lawFirm(): string {
    return this.r() < 0.5 ? `${this.sur()} & ${this.sur()} Elder Law` : `${this.town()} Elder Law Group`;
  }
  /** A place where a lost elder is found. */
  business(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()}'s Diner`;
    if (k === 1) return `the ${this.town()} Public Library`;
    return `${this.pick(PLACE_WORDS)} Market`;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}` : `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${WEEKDAY_SHORT[this.int(0, 6)]!} ${m}/${d}/${pad2(y % 100)}`);
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
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(MONTHS)} ${this.year()}`;
    if (k === 1) return `${this.pick(MON)} '${pad2(this.year() % 100)}`;
    return `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  theOrdinal(): string {
    return ordinal(this.int(1, 28));
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick(['aol.com', 'aol.com', 'gmail.com', 'yahoo.com', 'comcast.net', 'att.net', 'verizon.net', 'hotmail.com', `${asciiLetters(this.town())}.net`]);
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${b}${this.int(40, 99)}`, `grandma${b}${this.int(1, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A local program's or a family's web address. */
  url(): string {
    const k = this.int(0, 3);
    if (k === 0) return `https://www.${asciiLetters(this.town())}seniorcenter.org/${this.pick(['caregivers', 'calendar', 'support-groups'])}`;
    if (k === 1) return `www.${asciiLetters(this.pick(PLACE_WORDS))}adultday.com`;
    if (k === 2) return `https://www.caringbridge.org/visit/${asciiLetters(this.elderGiven())}${asciiLetters(this.sur())}`;
    return `https://portal.${asciiLetters(this.town())}geriatrics.org/docs/${this.digitString(7)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `192.168.${this.int(0, 255)}.${this.int(2, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A Medicare beneficiary identifier, dashed or not. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const A = () => (this.r() < 0.5 ? L() : String(this.int(0, 9)));
    const D = () => String(this.int(0, 9));
    const a = `${this.int(1, 9)}${L()}${A()}${D()}`;
    const b = `${L()}${A()}${D()}`;
    const c = `${L()}${L()}${D()}${D()}`;
    return this.r() < 0.3 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(11);
    return `${this.letters(1)}${this.digitString(8)}-${pad2(this.int(1, 9))}`;
  }
  rx(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.digitString(7)}-${this.digitString(5)}`;
    return `RX${this.digitString(6)}`;
  }
  lot(): string {
    return this.pick([`${this.letters(2)}${this.digitString(1)}${this.letters(1)}${this.digitString(1)}`, `${this.letters(1)}${this.digitString(5)}`, `${this.digitString(2)}${this.letters(3)}${this.digitString(3)}`]);
  }
  /** A device serial number (hearing aids, pill dispensers, pendants). */
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(10);
    if (k === 1) return `${this.digitString(4)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 2) return `${this.letters(2)}-${this.digitString(7)}`;
    return `${pad2(this.int(18, 24))}${this.letters(1)}${this.digitString(6)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `${this.letters(2)}${this.digitString(6)}`;
  }
  /** A driver's license number in one of several states' shapes. */
  license(): string {
    const D = (n: number) => this.digitString(n);
    const k = this.int(0, 5);
    if (k === 0) return `${this.letters(1)}${D(3)}-${D(4)}-${D(4)}`;
    if (k === 1) return `${this.letters(1)}${D(3)}-${D(3)}-${D(2)}-${D(3)}-${this.int(0, 9)}`;
    if (k === 2) return `${this.letters(1)}${D(7)}`;
    if (k === 3) return `${D(3)} ${D(3)} ${D(3)}`;
    if (k === 4) return `${D(2)} ${D(3)} ${D(3)}`;
    return `${this.letters(1)} ${D(3)} ${D(3)} ${D(3)} ${D(3)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  placard(): string {
    return this.r() < 0.5 ? `P${this.digitString(7)}` : `${this.digitString(2)}-${this.digitString(6)}`;
  }
  /** A court's, agency's or police department's case or report number. */
  caseNo(): string {
    const y = pad2(this.int(15, 25));
    const k = this.int(0, 3);
    if (k === 0) return `20${y}-GM-${this.digitString(6)}`;
    if (k === 1) return `PR-${y}-${this.digitString(4)}`;
    if (k === 2) return `${y}-${this.digitString(6)}`;
    return `${this.letters(2)}${y}${this.digitString(5)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  claim(): string {
    return this.r() < 0.5 ? `${this.digitString(13)}` : `CLM-${this.digitString(8)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : `A${this.digitString(9)}`;
  }
  commission(): string {
    return this.r() < 0.5 ? this.digitString(8) : `${this.digitString(3)}-${this.digitString(4)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // comprehensive geriatric assessment: headers, openers and registration
  ['CGA header', (d) => {
    const [pn, pp] = d.patientName(); const age = String(d.age()); const dob = d.dobFor(Number(age)); const mrn = d.mrn(); const dt = d.date(); const s = d.sur();
    return [`COMPREHENSIVE GERIATRIC ASSESSMENT\nPatient: ${pn}\nDOB: ${dob}   Age: ${age}   MRN: ${mrn}\nDate of visit: ${dt}   Attending: Dr. ${s}`, [...pp, dob, age, mrn, dt, s]];
  }],
  ['y/o opener with relative', (d) => {
    const age = String(d.age()); const g = d.given();
    return [`${age} y/o ${d.pick(['woman', 'man', 'widow', 'widower', 'retired farmer'])} with ${d.pick(DIAGNOSES)} here for CGA, accompanied by ${d.relation()} ${g}.`, [age, g]];
  }],
  ['aged in words living alone', (d) => {
    const s = d.sur(); const w = d.ageInWords(d.age()); const st = d.street(); const t = d.town();
    return [`${d.title()} ${s} is aged ${w}, widowed, and lives alone at ${st}, ${t}; she still does her own laundry.`, [s, w, st, t]];
  }],
  ['year-old referral from outside practice', (d) => {
    const age = String(d.age()); const t = d.town(); const s = d.sur(); const pr = d.practice();
    return [`A ${age}-year-old retired ${d.pick(JOBS)} from ${t}, referred by Dr. ${s} of ${pr} for falls and memory loss.`, [age, t, s, pr]];
  }],
  ['DOB with age and preferred name', (d) => {
    const p = d.patient(); const nick = d.pick(NICKNAMES); const age = String(d.age()); const dob = d.dobFor(Number(age));
    return [`Name: ${p.given} ${p.sur}   DOB ${dob} (age ${age})   Sex: ${d.pick(['F', 'M'])}   Goes by: "${nick}"`, [p.given, p.sur, dob, age, nick]];
  }],
  ['demographics table row', (d) => {
    const p = d.patient(); const age = String(d.age()); const dob = d.dobFor(Number(age)); const mbi = d.mbi(); const [ph, pp] = d.phone();
    return [`Name               | DOB         | Age | MBI           | Phone\n${p.sur}, ${p.given} | ${dob} | ${age} | ${mbi} | ${ph}`, [p.sur, p.given, dob, age, mbi, pp]];
  }],
  ['registration address and phones', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [h, hp] = d.phone(); const [c, cp] = d.phone();
    return [`Address: ${st}\n${t}, ${d.state()} ${z}\nHome: ${h}   Cell (${d.relation()}): ${c}`, [st, t, z, hp, cp]];
  }],
  ['Medicare and supplement ids', (d) => {
    const mbi = d.mbi(); const mem = d.memberId(); const pd = d.memberId();
    return [`Medicare MBI ${mbi}; Medigap Plan G member ID ${mem}; Part D ID ${pd}. Card copied at check-in.`, [mbi, mem, pd]];
  }],
  ['centenarian birthday', (d) => {
    const o = ordinal(d.age()); const md = d.monDay(); const f = d.facility();
    return [`Celebrated her ${o} birthday on ${md} at ${f} with ${d.int(4, 19)} great-grandchildren; cake, no falls.`, [o, md, f]];
  }],
  ['spouse age in social history', (d) => {
    const g = d.elderGiven(); const age = String(d.age()); const st = d.street();
    return [`Married ${d.int(60, 75)} years to ${g}, now ${age}, who is blind from macular degeneration; both still at ${st}.`, [g, age, st]];
  }],
  ['life history and employer', (d) => {
    const t = d.town(); const e = d.employer();
    return [`Grew up on a farm outside ${t}; left school after 8th grade; worked ${d.int(20, 45)} years at ${e} before retiring.`, [t, e]];
  }],
  // medication reconciliation
  ['med rec pharmacy header', (d) => {
    const dt = d.date(); const ph = d.pharmacy(); const t = d.town(); const [tel, tp] = d.phone(); const [fx, fp] = d.phone(); const g = d.given();
    return [`MEDICATION RECONCILIATION — ${dt}\nPreferred pharmacy: ${ph}, ${t} (ph ${tel}, fax ${fx})\nSource: ${d.relation()} ${g} and pill bottles`, [dt, ph, t, tp, fp, g]];
  }],
  ['Rx label number', (d) => {
    const rx = d.rx(); const md = d.slashMd(); const ph = d.pharmacy();
    return [`Donepezil 10 mg at bedtime — Rx #${rx}, last filled ${md} at ${ph}; ${d.int(2, 40)} tablets left in the bottle.`, [rx, md, ph]];
  }],
  ['blister packs delivered', (d) => {
    const g = d.given(); const s = d.sur(); const ph = d.pharmacy(); const w = d.weekday();
    return [`Weekly blister packs prepared by pharmacist ${g} ${s} at ${ph}; next delivery ${w}.`, [g, s, ph, w]];
  }],
  ['brown bag review two pharmacies', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.pharmacy(); const b = d.pharmacy();
    return [`Brown-bag review: ${d.relation()} ${g} ${s} brought ${d.int(9, 24)} bottles filled at ${a} and at ${b}; 3 duplicates removed.`, [g, s, a, b]];
  }],
  ['deprescribing with date', (d) => {
    const dt = d.date(); const g = d.given(); const ph = d.pharmacy();
    return [`Oxybutynin stopped ${dt} (Beers list); refills moved from ${d.pick(CHAINS)} to ${ph}; ${d.relation()} ${g} will return the old bottle.`, [dt, ph, g]];
  }],
  ['vaccine lot', (d) => {
    const dt = d.date(); const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`${d.pick(VACCINES)} given ${dt}, lot ${lot}, left deltoid, by ${g} ${s}, LPN. VIS given.`, [dt, lot, g, s]];
  }],
  ['pill dispenser serial', (d) => {
    const sn = d.serial(); const w = d.weekday(); const g = d.given();
    return [`Automatic pill dispenser (${d.pick(DISPENSERS)}) serial ${sn}, loaded ${w} by home health nurse ${g}; missed doses alert the family.`, [sn, w, g]];
  }],
  // falls
  ['fall at home narrative', (d) => {
    const w = d.weekday(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Fell ${w} night walking to the bathroom at home (${st}, ${t}); found on the floor by neighbor ${g} ${s} the next morning.`, [w, st, t, g, s]];
  }],
  ['falls log table', (d) => {
    const a = d.date(); const st = d.street(); const b = d.date(); const f = d.facility();
    return [`FALLS LOG\nDate        | Location                    | Injury\n${a} | kitchen, ${st} | none\n${b} | ${f} dining room | skin tear L forearm`, [a, st, b, f]];
  }],
  ['ED visit after fall', (d) => {
    const h = d.hospital(); const dt = d.date(); const mrn = d.mrn();
    return [`Seen at ${h} ED ${dt} after a fall; CT head negative, discharged home. Outside MRN ${mrn}.`, [h, dt, mrn]];
  }],
  ['falls since the ordinal', (d) => {
    const o = d.theOrdinal(); const g = d.given(); const s = d.sur();
    return [`Two falls since the ${o}; TUG 19 s today with a cane. Daughter-in-law ${g} ${s} now stays nights.`, [o, g, s]];
  }],
  ['medical alert pendant', (d) => {
    const acct = d.account(); const g = d.given(); const s = d.sur(); const [a, ap] = d.phone(); const g2 = d.given(); const [b, bp] = d.phone();
    return [`Wears a ${d.pick(PENDANTS)} pendant, subscriber #${acct}; responders on file: ${g} ${s} (${a}) and ${g2} (${b}).`, [acct, g, s, ap, g2, bp]];
  }],
  ['fire department lift assists', (d) => {
    const fd = `${d.town()} Fire Department`; const my = d.monthYear(); const no = d.caseNo();
    return [`${fd} lift assist x${d.int(2, 6)} since ${my}; last run report ${no}. No injuries.`, [fd, my, no]];
  }],
  // caregivers and powers of attorney
  ['caregiver contact list', (d) => {
    const g = d.given(); const s = d.sur(); const [a, ap] = d.phone(); const em = d.email(d.given(), d.sur()); const g2 = d.given(); const s2 = d.sur(); const [b, bp] = d.phone();
    return [`CAREGIVERS\n1. ${g} ${s} (${d.relation()}) — ${a} — ${em}\n2. ${g2} ${s2} (${d.relation()}) — ${b}`, [g, s, ap, em, g2, s2, bp]];
  }],
  ['health care power of attorney', (d) => {
    const g = d.given(); const s = d.sur(); const [a, ap] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const [b, bp] = d.phone(); const dt = d.date();
    return [`Health care power of attorney: ${g} ${s} (${d.relation()}), ${a}; alternate agent ${g2} ${s2}, ${b}. Document dated ${dt}.`, [g, s, ap, g2, s2, bp, dt]];
  }],
  ['financial POA and notary', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur(); const c = d.commission();
    return [`Durable financial POA to ${d.relation()} ${g} ${s}, notarized ${dt} by ${g2} ${s2}, notary commission #${c}.`, [g, s, dt, g2, s2, c]];
  }],
  ['private aide agency', (d) => {
    const g = d.given(); const h = d.homeCare(); const [ph, pp] = d.phone(); const acct = d.account();
    return [`Private-duty aide ${g} from ${h} (${ph}) 4 h/day; agency client no. ${acct}.`, [g, h, pp, acct]];
  }],
  ['respite stay', (d) => {
    const f = d.facility(); const a = d.slashMd(); const b = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Respite stay at ${f} ${a} through ${b}; admissions coordinator ${g} ${s} has the med list.`, [f, a, b, g, s]];
  }],
  // community services
  ['adult day program', (d) => {
    const a = d.adultDay(); const t = d.town(); const g = d.given(); const g2 = d.given(); const s2 = d.sur(); const [ph, pp] = d.phone();
    return [`Attends ${a} in ${t} three days a week; van driver ${g} picks her up at ${d.time()}. Program RN ${g2} ${s2}, ${ph}.`, [a, t, g, g2, s2, pp]];
  }],
  ['senior center', (d) => {
    const sc = d.seniorCenter(); const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Plays cards at the ${sc}; activities director ${g} ${s} called about missed lunches since ${md}.`, [sc, g, s, md]];
  }],
  ['Meals on Wheels client', (d) => {
    const m = d.mealsOnWheels(); const id = d.account(); const g = d.given(); const w = d.weekday();
    return [`${m}: hot lunch weekdays, client ID ${id}; driver ${g} reported the meal untouched and the porch light on ${w}.`, [m, id, g, w]];
  }],
  ['aging services case manager', (d) => {
    const g = d.given(); const s = d.sur(); const o = d.agingOffice(); const c = d.caseNo(); const [ph, pp] = d.phone();
    return [`Case manager ${g} ${s}, ${o}, case #${c}, ${ph}; homemaker hours raised to 6/week.`, [g, s, o, c, pp]];
  }],
  ['senior housing address', (d) => {
    const f = d.facility(); const sa = `${d.street()} Apt ${d.int(1, 40)}${d.pick(['', 'A', 'B'])}`; const t = d.town(); const z = d.zip(); const g = d.given(); const s = d.sur();
    return [`Lives at ${f}, ${sa}, ${t} ${z}; building manager ${g} ${s} has a key.`, [f, sa, t, z, g, s]];
  }],
  ['paratransit rider', (d) => {
    const dar = `${d.town()} Dial-A-Ride`; const id = d.account(); const a = d.date(); const b = d.slashMd();
    return [`${dar} rider ID ${id}; rides booked for ${a} and ${b}, wheelchair van.`, [dar, id, a, b]];
  }],
  ['church visitor', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.church(); const [ph, pp] = d.phone();
    return [`Deacon ${g} ${s} of ${c} brings communion; parish nurse line ${ph}.`, [g, s, c, pp]];
  }],
  ['caregiver resources URL', (d) => {
    const sc = d.seniorCenter(); const u = d.url();
    return [`Caregiver support group meets at the ${sc}; schedule and sign-up: ${u}`, [sc, u]];
  }],
  // home safety evaluation
  ['home safety evaluation header', (d) => {
    const [pn, pp] = d.patientName(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`HOME SAFETY EVALUATION\nClient: ${pn}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nDate: ${dt}   OT: ${g} ${s}, OTR/L`, [...pp, st, t, z, dt, g, s]];
  }],
  ['home hazards and landlord', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const md = d.monDay();
    return [`${d.int(4, 16)} steps to the front door without rails; throw rugs in the hall. Landlord ${g} ${s} (${ph}) agreed to add grab bars by ${md}.`, [g, s, pp, md]];
  }],
  // driving
  ['driving license and plate', (d) => {
    const pl = d.plate(); const dl = d.license(); const ex = d.date();
    return [`Still driving a ${d.pick(CARS)}, plate ${pl}; driver license #${dl}, expires ${ex}.`, [pl, dl, ex]];
  }],
  ['DMV medical review letter', (d) => {
    const [pn, pp] = d.patientName(); const age = d.age(); const dob = d.dobFor(age); const dl = d.license(); const dt = d.date();
    return [`To: Department of Motor Vehicles, Medical Review Unit\nRe: ${pn}   DOB ${dob}   DL ${dl}\nDate: ${dt}\nIn my opinion this driver is not safe to operate a motor vehicle.`, [...pp, dob, dl, dt]];
  }],
  ['DMV reply and road test', (d) => {
    const dt = d.date(); const c = d.caseNo(); const w = d.weekday(); const md = d.monDay(); const t = d.town();
    return [`DMV letter dated ${dt}: case no. ${c}; re-examination road test set for ${w}, ${md}, at the ${t} office.`, [dt, c, w, md, t]];
  }],
  ['on-road evaluation', (d) => {
    const p = d.drivingProgram(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`On-road evaluation at ${p} with CDRS ${g} ${s} on ${dt}: unsafe lane changes, ran a stop sign; failed.`, [p, g, s, dt]];
  }],
  ['placard and car sold', (d) => {
    const pl = d.placard(); const g = d.given(); const my = d.monthYear();
    return [`Disability placard #${pl}. Keys now kept by ${d.relation()} ${g}; car sold ${my}.`, [pl, g, my]];
  }],
  // advance directives and POLST
  ['POLST form witnesses', (d) => {
    const dt = d.date(); const [pn, pp] = d.patientName(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`POLST (${dt}): Section A DNR; Section B comfort-focused treatment. Signed by ${pn}; witnesses ${g1} ${s1} and ${g2} ${s2}.`, [dt, ...pp, g1, s1, g2, s2]];
  }],
  ['health care proxy and living will', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const my = d.monthYear();
    return [`Health care proxy: ${g} ${s} (${d.relation()}), ${ph}. Living will dated ${my} on file.`, [g, s, pp, my]];
  }],
  ['family meeting on a holiday', (d) => {
    const h = d.holiday(); const g = d.given(); const g2 = d.given();
    return [`Family meeting held ${h} with ${d.relation()} ${g} and ${d.relation()} ${g2}; goals of care reviewed, hospice declined for now.`, [h, g, g2]];
  }],
  ['advance directive on the portal', (d) => {
    const c = d.account(); const u = `https://portal.${asciiLetters(d.town())}geriatrics.org/docs/${d.digitString(7)}`; const dt = d.slashMd();
    return [`Advance directive registered with the state registry, confirmation ${c}, on ${dt}; scanned copy: ${u}`, [c, dt, u]];
  }],
  ['MOLST witness block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const dt = d.date();
    return [`MOLST witness: ${g} ${s}   Address: ${st}, ${t}   Date: ${dt}`, [g, s, st, t, dt]];
  }],
  // guardianship
  ['letters of guardianship', (d) => {
    const dt = d.date(); const ct = `${d.county()} County Probate Court`; const c = d.caseNo(); const g = d.given(); const s = d.sur();
    return [`Letters of Guardianship issued ${dt} by the ${ct}, case no. ${c}; guardian ${g} ${s}.`, [dt, ct, c, g, s]];
  }],
  ['court visitor interview', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.facility(); const w = d.weekday(); const md = d.slashMd();
    return [`Court visitor ${g} ${s} will interview the patient at ${f} on ${w} ${md}.`, [g, s, f, w, md]];
  }],
  ['capacity letter to the judge', (d) => {
    const s = d.sur(); const ct = `${d.county()} County Probate Court`; const [pn, pp] = d.patientName(); const c = d.caseNo();
    return [`To the Honorable Judge ${s}\n${ct}\nRe: ${pn}, docket ${c}\nThe patient lacks capacity to manage finances.`, [s, ct, ...pp, c]];
  }],
  ['elder law attorney', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.lawFirm(); const [ph, pp] = d.phone();
    return [`Elder law attorney ${g} ${s} (${f}, ${ph}) is preparing the Medicaid spend-down.`, [g, s, f, pp]];
  }],
  ['Medicaid LTC application and SSN', (d) => {
    const app = d.account(); const dt = d.date(); const ssn = d.ssn();
    return [`Medicaid long-term care application #${app} filed ${dt}; SSN ${ssn} verified with the card.`, [app, dt, ssn]];
  }],
  ['APS report', (d) => {
    const dt = d.date(); const no = d.caseNo(); const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`Report to Adult Protective Services ${dt}, intake #${no}, worker ${g} ${s}; concern: nephew ${g2} cashing her checks.`, [dt, no, g, s, g2]];
  }],
  // memory testing
  ['MoCA with tester and date', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`MoCA ${d.int(10, 22)}/30 on ${dt} (administered by ${g} ${s}, RN); delayed recall 0/5, clock 1/3.`, [dt, g, s]];
  }],
  ['SLUMS and high school', (d) => {
    const sc = `${d.town()} High School`;
    return [`SLUMS ${d.int(9, 20)}/30 with high school education (${sc}, class of ${d.int(1938, 1952)}).`, [sc]];
  }],
  ['memory clinic referral', (d) => {
    const m = d.memoryClinic(); const [fx, fp] = d.phone(); const s = d.sur(); const md = d.monDay();
    return [`Referred to ${m} (fax ${fx}); neuropsychological testing with Dr. ${s} on ${md}.`, [m, fp, s, md]];
  }],
  ['amyloid PET accession', (d) => {
    const im = d.imaging(); const dt = d.date(); const acc = d.accession();
    return [`Amyloid PET at ${im} ${dt}, accession ${acc}: positive; lecanemab discussed and declined.`, [im, dt, acc]];
  }],
  ['disoriented to town and late husband', (d) => {
    const t = d.town(); const g = d.elderGiven();
    return [`Oriented to self only; believes she still lives in ${t} and that her late husband ${g} is at work.`, [t, g]];
  }],
  ['wandering and Silver Alert', (d) => {
    const f = d.facility(); const dt = d.date(); const pd = `${d.town()} Police Department`; const no = d.caseNo(); const b = d.business();
    return [`Wandered from ${f} ${dt}; Silver Alert issued by the ${pd}, report #${no}; found at ${b} two hours later.`, [f, dt, pd, no, b]];
  }],
  // hearing and vision
  ['hearing aid serials', (d) => {
    const a = d.serial(); const b = d.serial(); const h = d.hearingCenter(); const g = d.given(); const s = d.sur();
    return [`Hearing aids (${d.pick(HEARING_BRANDS)}): left s/n ${a}, right s/n ${b}; fitted at ${h} by ${g} ${s}, Au.D.`, [a, b, h, g, s]];
  }],
  ['glasses order', (d) => {
    const o = d.optical(); const t = d.town(); const ord = d.account(); const md = d.monDay();
    return [`New bifocals from ${o} (${t}), order #${ord}; ready for pickup ${md}, old pair kept as a spare.`, [o, t, ord, md]];
  }],
  // phone and portal messages
  ['phone message', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const w = d.weekday(); const ini = d.initials();
    return [`PHONE MESSAGE\nDate: ${dt} ${d.time()}\nFrom: ${g} ${s} (${d.relation()})  Callback: ${ph}\nRe: more confused since ${w}; not eating. Please call.\nTaken by: ${ini}`, [dt, g, s, pp, w, ini]];
  }],
  ['after-hours facility call', (d) => {
    const f = d.facility(); const g = d.given(); const [ph, pp] = d.phone();
    return [`After-hours call from ${f}, nurse ${g}, ${ph}: resident found on the floor at ${d.time()}, no injury, neuro checks started.`, [f, g, pp]];
  }],
  ['portal message from proxy', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const st = d.street();
    return [`Portal message (proxy access: ${g} ${s}) sent ${dt} ${d.time()}: "Mom fell again at ${st} last night. Should we come in?"`, [g, s, dt, st]];
  }],
  ['portal reply signature', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice();
    return [`Thank you for your message; we will see her this week.\n— ${g} ${s}, RN, care coordinator, ${pr}`, [g, s, pr]];
  }],
  ['caregiver e-mail', (d) => {
    const em = d.email(d.given(), d.sur()); const w = d.weekday(); const md = d.slashMd();
    return [`E-mail from ${em} (${d.relation()}): asking to move the visit to ${w} ${md} because of the snow.`, [em, w, md]];
  }],
  // visit schedules
  ['upcoming visits table', (d) => {
    const a = d.date(); const b = d.date(); const c = d.date(); const f = d.facility();
    return [`UPCOMING VISITS\n${a}   Annual wellness visit\n${b}   Memory clinic follow-up\n${c}   Podiatry at ${f}`, [a, b, c, f]];
  }],
  ['return to clinic line', (d) => {
    const my = d.monthYear(); const md = d.monDay(); const o = d.theOrdinal();
    return [`RTC ${my}; AWV due ${md}; fasting labs drawn the ${o}.`, [my, md, o]];
  }],
  ['weekday visit with relative', (d) => {
    const w = d.weekday(); const g = d.given();
    return [`Pt to come ${w} at ${d.time()} with ${d.relation()} ${g}; bring all pill bottles and the hearing aids.`, [w, g]];
  }],
  ['holiday closure reschedule', (d) => {
    const h = d.holiday(); const dt = d.date();
    return [`Clinic closed ${h}; home visit moved to ${dt}.`, [h, dt]];
  }],
  ['home visit route', (d) => {
    const dt = d.date(); const a = d.sur(); const st = d.street(); const t = d.town(); const b = d.sur(); const f = d.facility();
    return [`Home visits ${dt}: 9:00 ${d.title()} ${a} (${st}, ${t}); 10:30 ${d.title()} ${b} (${f}).`, [dt, a, st, t, b, f]];
  }],
  // signatures and exchanges
  ['signature block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone();
    return [`${g} ${d.mi()} ${s}, MD, CMD\n${pr}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx}`, [g, s, pr, st, t, z, pp, fp]];
  }],
  ['scribe and cosign', (d) => {
    const ini = d.initials(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Scribed by ${ini}; reviewed and signed by ${g} ${s}, NP, ${dt} ${d.time()}.`, [ini, g, s, dt]];
  }],
  ['fax cover to facility', (d) => {
    const f = d.facility(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone(); const pr = d.practice();
    return [`FAX\nTo: ${f}, attn ${g} ${s}\nFax: ${fx}\nFrom: ${pr}\nPages: ${d.int(2, 9)}   Re: updated POLST and med list`, [f, g, s, fp, pr]];
  }],
  ['video visit IP', (d) => {
    const ip = d.ip(); const g = d.given(); const t = d.town();
    return [`Video visit; patient tablet IP ${ip}; ${d.relation()} ${g} joined from ${t}.`, [ip, g, t]];
  }],
  ['claim and account', (d) => {
    const c = d.claim(); const dt = d.date(); const a = d.account();
    return [`Claim ${c} for DOS ${dt} denied (CPT 99483 frequency); patient account ${a}.`, [c, dt, a]];
  }],
  ['nursing home transfer', (d) => {
    const f = d.facility(); const st = d.street(); const t = d.town(); const s = d.sur(); const g = d.given(); const [ph, pp] = d.phone();
    return [`Transfer to ${f}, ${st}, ${t}; accepting physician Dr. ${s}; report called to nurse ${g}, ${ph}.`, [f, st, t, s, g, pp]];
  }],
];

/** The names of the wave's frames. */
export const geriatricsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function geriatricsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 14563, rounds);
}

/** Look-alikes in geriatrics style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scales, scores and measures
  ['MoCA 21/30 (education-adjusted).', '21/30'], ['MMSE 24/30.', 'MMSE 24/30'], ['SLUMS 19/30, consistent with mild neurocognitive disorder.', 'SLUMS 19/30'],
  ['Katz ADL 4/6 (needs help bathing and dressing).', 'Katz ADL 4/6'], ['Lawton IADL 3/8.', 'Lawton IADL 3/8'], ['TUG 18 seconds with a rollator.', '18 seconds'],
  ['Beers criteria reviewed; two drugs flagged.', 'Beers criteria'], ['CAM negative for delirium.', 'CAM negative'], ['GDS-15 score 7.', 'GDS-15 score 7'],
  ['Clock Draw 2/4: hands misplaced.', 'Clock Draw 2/4'], ['Mini-Cog 2/5.', 'Mini-Cog 2/5'], ['Five-times sit-to-stand 16.2 s.', '16.2 s'],
  ['Gait speed 0.6 m/s.', '0.6 m/s'], ['Berg Balance 38/56.', '38/56'], ['PHQ-9 of 11.', 'PHQ-9 of 11'], ['FAST stage 6c.', 'FAST stage 6c'],
  ['CDR global 1.0.', 'CDR global 1.0'], ['Zarit burden 28.', 'Zarit burden 28'], ['MNA-SF 9/14, at risk of malnutrition.', 'MNA-SF 9/14'],
  ['Braden 16.', 'Braden 16'], ['Morse Fall Scale 65.', 'Morse Fall Scale 65'], ['Grip strength 14 kg.', '14 kg'], ['Clinical Frailty Scale 6.', 'Clinical Frailty Scale 6'],
  ['STOPP/START criteria applied.', 'STOPP/START'], ['Trails B not completed in 300 s.', 'Trails B'], ['Whisper test failed bilaterally.', 'Whisper test'],
  ['Snellen 20/70 OU.', '20/70'], ['Orthostatic: 142/78 lying, 118/64 standing.', '118/64'], ['CHA2DS2-VASc 5, HAS-BLED 3.', 'CHA2DS2-VASc 5'],
  ['eGFR 38.', 'eGFR 38'], ['Vitamin B12 212 pg/mL.', '212 pg/mL'], ['Recall 3/5 with cues.', '3/5'], ['Serial 7s: 2/5 correct.', 'Serial 7s'],
  ['Animal naming 9 in 60 seconds.', '60 seconds'], ['Weight down 4.2 kg (6%).', '4.2 kg'],
  // ages of 89 and under
  ['89-year-old woman with osteoporosis.', '89'], ['Aged eighty-seven.', 'eighty-seven'], ['Age 84.', 'Age 84'], ['Her husband died at 78.', '78'],
  ['Onset of memory loss at age 85.', '85'], ['Screen adults 65 and older for falls.', '65 and older'], ['Age ≥ 80: reduce the apixaban dose.', '80'],
  ['Her 72 y/o husband is the caregiver.', '72 y/o'],
  // years alone
  ['Retired in 1987.', '1987'], ['Widowed since 2009.', '2009'], ['Hip fracture in 2019.', '2019'], ['Served in Korea, 1951-1953.', '1951-1953'],
  ['Cataract surgery 2016, both eyes.', '2016'], ['Last drove in 2022.', '2022'],
  // drugs
  ['Donepezil 5 mg nightly.', 'Donepezil'], ['Aricept caused vivid dreams.', 'Aricept'], ['Memantine titration pack.', 'Memantine'], ['Namenda XR 28 mg.', 'Namenda XR'],
  ['Rivastigmine patch 4.6 mg/24 h (Exelon).', 'Exelon'], ['Galantamine stopped for bradycardia.', 'Galantamine'], ['Lecanemab (Leqembi) discussed.', 'Leqembi'],
  ['Quetiapine 12.5 mg at bedtime.', 'Quetiapine'], ['Mirtazapine 7.5 mg for appetite.', 'Mirtazapine'], ['Tamsulosin 0.4 mg.', 'Tamsulosin'],
  ['Apixaban (Eliquis) 2.5 mg BID.', 'Eliquis'], ['Carbidopa-levodopa (Sinemet) 25/100 TID.', 'Sinemet'], ['Pimavanserin (Nuplazid) for hallucinations.', 'Nuplazid'],
  ['Stop diphenhydramine (Tylenol PM).', 'Tylenol PM'], ['Denosumab (Prolia) every 6 months.', 'Prolia'], ['Vitamin D3 2000 IU daily.', '2000 IU'],
  // eponyms
  ['Alzheimer disease, moderate stage.', 'Alzheimer disease'], ['Lewy body dementia with fluctuations.', 'Lewy body'], ['Parkinson disease, H&Y stage 3.', 'Parkinson disease'],
  ['Charles Bonnet syndrome explains the visions.', 'Charles Bonnet'], ['Dix-Hallpike positive on the right.', 'Dix-Hallpike'], ['Romberg positive.', 'Romberg'],
  ["Heberden's nodes on both hands.", "Heberden's"], ["Paget's disease of bone.", "Paget's"], ["Ménière's disease, left ear.", "Ménière's"],
  ['Binswanger disease on MRI.', 'Binswanger'], ['Creutzfeldt-Jakob disease unlikely.', 'Creutzfeldt-Jakob'], ['Babinski upgoing on the left.', 'Babinski'],
  ["Bell's palsy in 2005.", "Bell's palsy"], ["Sjögren's dry eye.", "Sjögren's"], ['Foley catheter removed.', 'Foley'],
  // national bodies and programs named alone
  ['Medicare Annual Wellness Visit.', 'Medicare'], ['Applied for Medicaid.', 'Medicaid'], ['AGS Beers Criteria 2023 update.', 'AGS'], ['CMS guidance on GUIDE.', 'CMS'],
  ['Referred to the Area Agency on Aging.', 'Area Agency on Aging'], ['Social Security pays her rent.', 'Social Security'], ['Enrolled at the VA.', 'the VA'],
  ["Alzheimer's Association helpline given.", "Alzheimer's Association"], ['AARP driver safety course.', 'AARP'], ['Letter to the DMV.', 'the DMV'],
  ['Adult Protective Services notified.', 'Adult Protective Services'], ['Meals on Wheels started.', 'Meals on Wheels'], ['Eligible for the PACE program.', 'PACE program'],
  ['Older Americans Act funding.', 'Older Americans Act'], ['Medicare Part D donut hole.', 'Part D'],
  // generic places
  ['Moved to assisted living.', 'assisted living'], ['Refuses a nursing home.', 'nursing home'], ['Goes to the senior center for lunch.', 'the senior center'],
  ['Adult day program three days a week.', 'Adult day program'], ['Locked memory care unit.', 'memory care unit'], ['Skilled nursing facility for rehab.', 'Skilled nursing facility'],
  ['Call the pharmacy for a refill.', 'the pharmacy'], ['Sent to the emergency department.', 'the emergency department'], ['Independent living apartment.', 'Independent living'],
  ['Continuing care retirement community waitlist.', 'Continuing care retirement community'], ['Seen at home.', 'at home'], ['Filled at CVS.', 'CVS'],
  // roles and relations without names
  ['Daughter at the bedside.', 'Daughter'], ['Son-in-law drives her.', 'Son-in-law'], ['Health care proxy agrees.', 'Health care proxy'],
  ['Home health aide 3x/week.', 'Home health aide'], ['Geriatric care manager hired.', 'Geriatric care manager'], ['The DMV examiner will call.', 'DMV examiner'],
  ['The guardian consented.', 'guardian'], ['Signed before a notary.', 'notary'], ['Court visitor report pending.', 'Court visitor'],
  ['POA reviewed the bills.', 'POA'], ['A neighbor checks on her daily.', 'neighbor'], ['The Meals on Wheels driver found her.', 'driver'], ['Two witnesses signed.', 'witnesses'],
  // durations and counts
  ['Memory decline over 3 years.', '3 years'], ['90-day supply.', '90-day supply'], ['No falls in the past 6 months.', 'past 6 months'],
  ['2 falls in 6 months.', '2 falls'], ['14 stairs to the bedroom.', '14 stairs'], ['Aide 4 hours a day.', '4 hours a day'], ['PT twice weekly.', 'twice weekly'],
  ['Visit lasted 40 minutes.', '40 minutes'], ['Labs every 3 months.', 'every 3 months'],
  // codes and standards
  ['G30.1 Alzheimer disease with late onset.', 'G30.1'], ['F03.90 unspecified dementia.', 'F03.90'], ['R26.81 unsteadiness on feet.', 'R26.81'],
  ['W19.XXXA unspecified fall.', 'W19.XXXA'], ['Z91.81 history of falling.', 'Z91.81'], ['CPT 99483 cognitive care planning.', '99483'], ['G0438 initial AWV.', 'G0438'],
  ['99497 advance care planning, 30 min.', '99497'], ['CDC STEADI algorithm.', 'STEADI'], ['The 4Ms framework.', '4Ms'], ['Age-Friendly Health Systems.', 'Age-Friendly Health Systems'],
  // devices, brands and forms
  ['Phonak hearing aids.', 'Phonak'], ['Oticon receivers replaced.', 'Oticon'], ['Uses a rollator.', 'rollator'], ['Four-wheeled walker with seat.', 'Four-wheeled walker'],
  ['Life Alert pendant.', 'Life Alert'], ['Hoyer lift for transfers.', 'Hoyer lift'], ['Pocket Talker amplifier.', 'Pocket Talker'], ['Bed alarm on.', 'Bed alarm'],
  ['POLST completed.', 'POLST'], ['MOLST on the fridge.', 'MOLST'], ['DNR confirmed.', 'DNR'], ['Five Wishes document.', 'Five Wishes'],
  ['Durable power of attorney.', 'Durable power of attorney'],
  // everyday words that are also names or towns
  ['Living will on file.', 'will'], ['Expressed hope to stay home.', 'hope'], ['Faith community is important to her.', 'Faith'], ['Says grace before meals.', 'grace'],
  ['Frank discussion about driving.', 'Frank'], ['Rose from the chair without using her arms.', 'Rose'], ['Union of the fracture on X-ray.', 'Union'],
  ['Normal gait not observed.', 'Normal'], ['Walker at the bedside.', 'Walker'], ['Poison ivy rash on the forearms.', 'ivy'], ['Hazel eyes, pupils equal.', 'Hazel'],
  ['Fall risk high.', 'Fall'], ['Stone in the left kidney.', 'Stone'], ['Concord grape juice with meds.', 'Concord'], ['Pearl-sized nodule on the scalp.', 'Pearl'],
];

export const geriatricsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedGeriatricsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(geriatricsKeepCases(), find);

export function scoreGeriatricsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => geriatricsWaveCases(seed)), find);
}
