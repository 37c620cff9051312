// A blind wave of pulmonary rehabilitation and home oxygen program records: rehab intake and initial assessments (the
// patient listed as 'SURNAME, Given', date of birth, MRN, the referring pulmonologist, the assessing therapist), six-minute
// walk tests as tables and as narrative (the tech's initials, the tester's name, the baseline walk of a month and year),
// social histories of retired coal miners (the mine, the coal company, the town, the federal black lung claim), homes
// with stairs and rural routes, emergency-contact blocks, face sheets with Medicare MBIs, Medigap policies, SSNs and
// account numbers, referral fax covers; home oxygen prescriptions with the ordering physician's NPI, delivery tickets
// of a local DME company with the concentrator's serial and the tech's number, portable concentrators with their
// batteries' serials, liquid oxygen reservoirs, units swapped after an alarm, CMS-484 certificates of medical necessity
// (initial and revised dates, the supplier's address and PTAN, the qualifying test's date and hospital, the physician's
// attestation), recertification reminders; pulse oximeters loaned with their serials, overnight oximetry reports,
// remote-monitoring hubs with their IP addresses; exercise session flowsheets and log rows with therapists' initials,
// desaturation events, education classes with the program's web page, home walking plans at a named park, holiday
// closures, virtual sessions with meeting ids and IPs; COPD action plans (the doctor's and the pharmacy's phones, the
// nurse's extension, the hospital of the red zone, rescue packs with Rx numbers); rides by a county van (trip numbers,
// dispatchers, drivers, complaints, the van's plate, the cylinder's serial, senior ride lines); lung transplant referral
// letters (the center's address, the letter's salutation and body, the coordinator's pager and e-mail, the evaluation
// week, the sign-off with cc, UNOS waitlist ids, caregivers relocating); support groups at local hospitals, churches and
// libraries (facilitators, flyers with RSVP e-mail and URL); travel oxygen letters for airlines (confirmation codes,
// ticket numbers, passengers written 'SURNAME/GIVEN MRS', destinations, hotels and oxygen vendors at the destination);
// Medicare claim denials and Medigap crossovers; phone calls, voicemails and portal messages from spouses (caller
// verification with the last four of the SSN); graduation certificates ('this 14th day of March, 2024'), graduation
// summaries with a YMCA maintenance program, class photos and receipts; fire-safety visits, PFT lab headers, prior
// authorizations, therapists' licences and NBRC numbers, hospital stays before rehab, late entries — in mixed case, ALL
// CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24', '4 March 2024', 'March 4th, 2024', 'Mar 4',
// '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Labor Day'); ages over 89, phones, faxes,
// pagers, e-mails, URLs and IP addresses are planted. Patients, spouses and staff have given names that are everyday
// words (Pearl, Opal, Fern, Earl, Rusty, Sterling, Clay, Gale, Frank, Royal) and surnames that are words (Walker, Hale,
// Short, Swift, Burns, Sparks, Ash, Miner, Bellows, Goodnight, Early) or Appalachian (Combs, Caudill, Sizemore, Fugate);
// towns are often everyday words (Hazard, Energy, Defiance, Comfort, Relief, Superior, Ordinary, Viper, Price, Helper).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scorePulmrehabWave`.
// Decisions: every word of a person's name is planted as its own part; a middle initial, a title ('Mr.', 'Dr.', 'MRS'
// after an airline name) and a credential ('RRT', 'RCP', 'OTR/L', 'MD', 'RN, BSN') are not planted; therapists' and
// techs' initials are planted; a relation or a role without a name ('his wife', 'the dispatcher', 'the RT') is kept; a
// national DME supplier, oxygen brand, airline, pharmacy chain, payer or body named alone ('Lincare', 'Apria', 'Inogen
// One G5', 'Delta', 'Frontier', 'CVS', 'Noridian', 'American Lung Association', 'Better Breathers Club', 'UNOS') is
// kept, while a local DME company, a pharmacy, a hospital, a transplant center, a clinic, a church, a library, a park, a
// YMCA branch, a fire department, a county transit service or council on aging, a mine, a coal company, a hotel and a
// bakery are planted whole with their kind words ('Tri-County Oxygen & Medical', 'Breathitt County Transit', 'Elkhorn
// No. 3 Mine'); a town, a city, a destination and a county named in a site are planted, a state and a region are kept;
// a street address is planted from its number to its street type, and a rural route ('RR 2 Box 145', 'HC 61 Box 24')
// whole; a ZIP is planted; a weekday naming one day is planted, a standing schedule ('Mon/Wed/Fri', 'the 2nd Tuesday of
// each month') is kept; a month with a year is planted; a holiday that fixes a day is planted; a certificate's date is
// planted from its ordinal to its year; the time next to a date is kept, and so are durations, flows, distances and
// session counts ('Session 12/36'); the MBI, Medigap policy, account, claim and ICN numbers, the last four of an SSN or
// of a card, the NPI and PTAN, device, battery, reservoir, oximeter and cylinder serials, the delivery ticket, tech and
// order numbers, trip, complaint and member numbers, Rx numbers, prior-auth references, PFT accessions, UNOS waitlist
// ids, confirmation codes, ticket numbers, meeting ids, hub device ids, receipts, licence and NBRC numbers, pagers, the
// van's plate and the black lung claim are planted; a phone's leading '(' need not be covered; e-mails and URLs are
// planted whole; ages over 89 are planted as their number. Kept (look-alikes): scales and measures (Borg 4/10, RPE 13/20,
// mMRC, CAT, BODE, GOLD, SGRQ, CRQ, DASI, 6MWD, FEV1, DLCO, PaO2, Session 12/36), oxygen settings and devices (L/min,
// pulse settings, Inogen, SimplyGo, EverFlo, CAIRE, HomeFill, E and M6 cylinders, Oxymizer, Venturi, AVAPS, WristOx2,
// HELiOS, Acapella, Aerobika, NuStep, SciFit, rollators and walkers), drugs and brands, eponyms and diagnoses (Hoover,
// Kussmaul, Cheyne-Stokes, Caplan, Swan-Ganz, coal workers' pneumoconiosis, black lung), codes, forms, payers' terms and
// laws (E1390, G0424, J44.1, CMS-484, Group I, Plan G, Part D, KX, CO-50, Air Carrier Access Act, 14 CFR Part 382),
// national suppliers, airlines and bodies, generic places and roles, states and regions, ages of 89 and under, years
// alone, standing schedules, and everyday words that are also names or towns (hazard, energy, comfort, frank, rusty,
// clay, carbon, relief, superior, short, early, burns, sparks, ash, ordinary).
// Look-alikes touched before rules: 15/157 ("4/10", "St. George's Respiratory Questionnaire", "SimplyGo Mini", "WristOx2",
// "HELiOS", "Trelegy Ellipta", "Breztri Aerosphere", "Spiriva Respimat", "Zephyr", "Air Carrier Access Act", "Delta",
// "county van", "Wyoming", "Appalachia", "2nd Tuesday"); recall 5238/5666 on seeds 5, 11, 23 and 5249/5668 on 41, 42, 43.
// Measured before rules: 0.924 (fresh 0.926) on seeds 5, 11, 23 (engine at b9b0d02).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, ie, gb, de, it, pl, mx];

/** Given names that are everyday words, as a rural program's older patients, spouses and staff carry them. */
const WORD_GIVEN = ['Pearl', 'Opal', 'Fern', 'Ivy', 'Goldie', 'Birdie', 'Faye', 'Ruby', 'Hazel', 'Earl', 'Bud', 'Rusty', 'Sonny', 'Sterling', 'Clay', 'Dale', 'Cliff', 'Wade', 'Gale', 'Frank', 'Royal', 'Buck', 'Coy', 'Dewey', 'Shelby', 'Melody', 'Sissy', 'Windy', 'Stormy', 'Skye', 'Forrest', 'Glen', 'Heath', 'Sunshine', 'Trinity'];
/** Surnames that are everyday words. */
const WORD_SUR = ['Walker', 'Hale', 'Steele', 'Moody', 'Short', 'Swift', 'Hardy', 'Marsh', 'Meadows', 'Waters', 'Burns', 'Sparks', 'Ash', 'Miner', 'Collier', 'Carver', 'Sawyer', 'Tanner', 'Wheeler', 'Pipes', 'Bellows', 'Rainwater', 'Goodnight', 'Lightfoot', 'Peace', 'Early', 'Couch', 'Bowling', 'Combs', 'Gentry', 'Spears', 'Cole', 'Frazier'];
/** Surnames common in the coalfields. */
const HILL_SUR = ['Caudill', 'Sizemore', 'Slone', 'Fugate', 'Napier', 'Blevins', 'Hatfield', 'McCoy', 'Mullins', 'Gayheart', 'Ritchie', 'Stidham', 'Noble', 'Hensley', 'Begley', 'Amburgey', 'Profitt', 'Tackett', 'Yonts', 'Hurt', 'Estep', 'Pennington', 'Adkins', 'Vanover', 'Stacy'];

/** Towns that are everyday words, and coalfield and small towns. */
const WORD_TOWNS = ['Hazard', 'Energy', 'Defiance', 'Comfort', 'Relief', 'Superior', 'Ordinary', 'Viper', 'Quicksand', 'Hi Hat', 'Marathon', 'Triumph', 'Deposit', 'Amity', 'Harmony', 'Ransom', 'Mineral', 'Coal Grove', 'Blue Diamond', 'Price', 'Helper', 'Wise'];
const REAL_TOWNS = ['Pikeville', 'Paintsville', 'Prestonsburg', 'Whitesburg', 'Jackson', 'Harlan', 'Beckley', 'Welch', 'Williamson', 'Bluefield', 'Grundy', 'Big Stone Gap', 'Norton', 'Hazleton', 'Shamokin', 'Pottsville', 'Johnstown', 'Altoona', 'Portsmouth', 'Ironton', 'Gallipolis', 'Elkins', 'Somerset', 'London', 'Corbin', 'Middlesboro', 'Kingsport', 'Abingdon', 'Gillette', 'Rock Springs', 'Salyersville', 'Hindman', 'Inez', 'Martin', 'Cumberland', 'Oak Hill', 'Mullens', 'Pineville'];
const COUNTIES = ['Breathitt', 'Perry', 'Letcher', 'Pike', 'Floyd', 'Harlan', 'Knott', 'Leslie', 'Clay', 'Bell', 'Mingo', 'McDowell', 'Raleigh', 'Logan', 'Boone', 'Buchanan', 'Dickenson', 'Schuylkill', 'Luzerne', 'Carbon', 'Cambria', 'Greene', 'Meigs', 'Gallia', 'Emery', 'Magoffin', 'Martin', 'Johnson'];
const STATES = ['KY', 'WV', 'VA', 'PA', 'OH', 'TN', 'UT', 'WY', 'Ky.', 'W.Va.'];
/** Cities with transplant centers (planted), and where patients fly (planted). */
const CENTER_CITIES = ['Lexington', 'Pittsburgh', 'Cincinnati', 'Columbus', 'Nashville', 'Charlottesville', 'Richmond', 'Durham', 'Cleveland', 'Louisville', 'Morgantown', 'Salt Lake City', 'Knoxville'];
/** The first words of transplant centers' names (the centers are planted whole). */
const CENTER_WORDS = ['Bluegrass', 'Three Rivers', 'Cumberland Valley', 'Commonwealth', 'Allegheny', 'Blue Ridge', 'Piedmont', 'Buckeye', 'Volunteer', 'Wasatch', 'Ohio Valley', 'Shenandoah'];
const DESTINATIONS = ['Orlando', 'Myrtle Beach', 'Gatlinburg', 'Branson', 'Pigeon Forge', 'Tampa', 'Phoenix', 'Las Vegas', 'Daytona Beach', 'Fort Myers', 'Biloxi', 'Sarasota', 'San Antonio', 'Destin', 'Clearwater', 'Tucson', 'Panama City Beach'];
const DME_WORDS = ['Blue Ridge', 'Cumberland', 'Big Sandy', 'Tug Valley', 'Hollow Creek', 'Pine Mountain', 'Laurel', 'Three Rivers', 'Tri-County', 'Clearbrook', 'Mountain Air', 'Kentucky River', 'Black Diamond', 'Second Wind', 'New River'];
const DEST_DME = ['Coastal Respiratory Care', 'Sunshine Home Medical', 'Gulf Breeze Oxygen', 'Desert Air Medical', 'Smoky Mountain Home Medical', 'Bayside Medical Equipment', 'Palmetto Oxygen Services', 'Suncoast Home Respiratory'];
const HOTEL_WORDS = ['Sea Breeze', 'Sandpiper', 'Palm Court', 'Mountain Laurel', 'Blue Heron', 'Driftwood', 'Golden Sands', 'Tradewinds', 'Pelican Cove', 'Cedar Lodge', 'Old Mill'];
const HOTEL_KINDS = ['Inn & Suites', 'Motel', 'Resort', 'Lodge', 'Beach Hotel', 'Cabins'];
const MINE_WORDS = ['Elkhorn', 'Black Mountain', 'Scotia', 'Pocahontas', 'Big Branch', 'Bull Creek', 'Pond Fork', 'Lick Fork', 'Rockhouse', 'Wolf Creek', 'Carbon Glow', 'Stonega'];
const COAL_COMPANIES = ['Peabody', 'Elk Horn Coal', 'Island Creek Coal', 'Westmoreland', 'Blue Diamond Coal', 'Harlan-Wallins', 'Pittston', 'Eastover Mining', 'Clinchfield Coal', 'Beth-Elkhorn'];
const SAINTS = ['Claire', 'Elizabeth', 'Joseph', 'Vincent', 'Francis', 'Luke', 'Catherine', 'Agnes', 'Margaret', 'Mary'];
const CHURCH_WORDS = ['Zion', 'Bethel', 'Calvary', 'Pleasant View', 'Mount Olive', 'Little Flock', 'Sand Lick', 'Caney Creek', 'Shiloh', 'Beech Fork'];
const STREET_WORDS = ['Poplar Hollow', 'Caney Fork', 'Lick Branch', 'Coon Creek', 'Main', 'Church', 'Locust', 'Chestnut', 'Mill', 'School House', 'Railroad', 'Depot', 'Tipple', 'Miners', 'Mountain View', 'Ridge', 'Sassafras', 'Dogwood', 'Laurel', 'Combs', 'Walker', 'Pine', 'High', 'Black Gold', 'Stone Coal'];
const STREET_TYPES = ['Rd', 'Road', 'St', 'Street', 'Ave', 'Lane', 'Ln', 'Dr', 'Pike', 'Branch Rd', 'Hollow Rd', 'Hwy'];
/** National airlines named alone (kept). */
const AIRLINES = ['Delta', 'American Airlines', 'Southwest', 'United', 'Allegiant', 'Frontier', 'Breeze Airways', 'Spirit'];
/** Medigap carriers named alone (kept). */
const MEDIGAP_CARRIERS = ['Mutual of Omaha', 'AARP/UnitedHealthcare', 'Humana', 'Aetna', 'Cigna', 'Anthem', 'Bankers Fidelity'];
const POC_MODELS = ['Inogen One G5', 'Inogen Rove 6', 'SimplyGo Mini', 'CAIRE FreeStyle Comfort', 'Invacare Platinum Mobile', 'OxyGo NEXT', 'Respironics SimplyGo'];
const STATIONARY_MODELS = ['EverFlo', 'Invacare Perfecto2', 'Drive 525', 'CAIRE Companion 5', 'Inogen At Home', 'Invacare Platinum 10'];
const OXIMETERS = ['Nonin 3150 WristOx2', 'Nonin Onyx Vantage 9590', 'Masimo MightySat', 'Nonin 7500', 'ResMed ApneaLink'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Labor Day', 'Memorial Day', 'Christmas Eve', 'Christmas', "New Year's Day", 'the Fourth of July', 'Thanksgiving', 'Good Friday', 'Easter Sunday', 'Veterans Day', "Mother's Day"];
const SPOUSES = ['wife', 'husband', 'spouse'];
const RELATIVES = ['daughter', 'son', 'granddaughter', 'grandson', 'niece', 'nephew', 'sister', 'brother', 'daughter-in-law', 'neighbor', 'stepson'];
const THERAPIST_CREDS = ['RRT', 'RT', 'exercise physiologist', 'DPT', 'OTR/L', 'RN', 'CRT'];
const EDU_TOPICS = ['Energy conservation', 'Pursed-lip breathing', 'Oxygen safety', 'Inhaler technique', 'Eating to breathe better', 'Anxiety and breathlessness', 'Travel with oxygen', 'Advance directives'];
const OCCUPATIONS = ['underground coal miner', 'roof bolter', 'shuttle car operator', 'truck driver', 'school cook', 'tobacco farmer', 'welder', 'beautician', 'textile mill worker', 'railroad brakeman'];

interface Person {
  readonly given: string;
  readonly sur: string;
}

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    const x = this.r();
    return x < 0.3 ? this.pick(WORD_SUR) : x < 0.5 ? this.pick(HILL_SUR) : this.capitalizedSurname();
  }
  person(): Person {
    return { given: this.given(), sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  /** A staff member's name written three ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  spouse(): string {
    return this.pick(SPOUSES);
  }
  relative(): string {
    return this.pick(RELATIVES);
  }
  cred(): string {
    return this.pick(THERAPIST_CREDS);
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
    return t === 'Hazard' ? 'Pikeville' : 'Hazard';
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  centerCity(): string {
    return this.pick(CENTER_CITIES);
  }
  destination(): string {
    return this.pick(DESTINATIONS);
  }
  airline(): string {
    return this.pick(AIRLINES);
  }
  /** A local DME company. */
  dme(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Home Medical`;
    if (k === 1) return `${this.pick(DME_WORDS)} Respiratory Services`;
    if (k === 2) return `${this.sur()} Oxygen & Medical Supply`;
    if (k === 3) return `${this.pick(DME_WORDS)} Home Oxygen`;
    return `${this.town()} Pharmacy & Medical Equipment`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Drug`;
    if (k === 1) return `${this.town()} Pharmacy`;
    if (k === 2) return `Hometown Drug of ${this.town()}`;
    return `${this.pick(DME_WORDS)} Apothecary`;
  }
  hospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Regional Medical Center`;
    if (k === 1) return `${this.town()} ARH Hospital`;
    if (k === 2) return `St. ${this.pick(SAINTS)} Medical Center`;
    if (k === 3) return `${this.county()} County Memorial Hospital`;
    return `${this.town()} Community Hospital`;
  }
  /** A transplant center: by its city, or (for an address block that names the city) by a regional word. */
  transplantCenter(byCity = true): string {
    if (byCity && this.r() < 0.5) {
      const c = this.centerCity();
      return this.pick([`${c} University Hospital`, `${c} Lung Transplant Center`, `University Hospitals of ${c}`]);
    }
    return `${this.pick(CENTER_WORDS)} ${this.pick(['University Medical Center', 'Transplant Institute', 'Heart & Lung Institute', 'University Hospital'])}`;
  }
  clinic(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.town()} Pulmonary Associates`;
    if (k === 2) return `${this.county()} County Health Clinic`;
    return `${this.pick(DME_WORDS)} Lung & Sleep Clinic`;
  }
  church(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} First Baptist Church`;
    if (k === 1) return `${this.pick(CHURCH_WORDS)} Freewill Baptist Church`;
    return `${this.pick(CHURCH_WORDS)} United Methodist Church`;
  }
  library(): string {
    return this.r() < 0.5 ? `${this.county()} County Public Library` : `${this.town()} Public Library`;
  }
  park(): string {
    return this.pick([`${this.town()} City Park`, `${this.pick(CHURCH_WORDS)} Walking Trail`, `${this.county()} County Fairgrounds track`]);
  }
  ymca(): string {
    return this.r() < 0.5 ? `${this.town()} Family YMCA` : `${this.county()} County Wellness Center`;
  }
  fireDept(): string {
    return `${this.town()} Volunteer Fire Department`;
  }
  transit(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.county()} County Transit`;
    if (k === 1) return `${this.county()} County Rural Transit`;
    return `${this.pick(['Kentucky River', 'Big Sandy', 'Tug Valley', 'LKLP', 'Sandy Valley'])} Transportation`;
  }
  mine(): string {
    return `${this.pick(MINE_WORDS)} No. ${this.int(1, 9)} Mine`;
  }
  coalCompany(): string {
    return this.pick(COAL_COMPANIES);
  }
  hotel(): string {
    return `${this.pick(HOTEL_WORDS)} ${this.pick(HOTEL_KINDS)}`;
  }
  bakery(): string {
    return this.r() < 0.5 ? `${this.sur()}'s Bakery` : `${this.town()} Bakery`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street, or a rural route or highway contract box. */
  address(): string {
    const x = this.r();
    if (x < 0.15) return `RR ${this.int(1, 6)} Box ${this.int(10, 499)}`;
    if (x < 0.25) return `HC ${this.int(60, 89)} Box ${this.int(10, 499)}`;
    return this.street();
  }
  zip(): string {
    const z = String(this.int(15001, 84799));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(6, 19))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}`);
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
  dob(): string {
    const [m, d] = this.md();
    const y = this.int(1930, 1965);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${MON[m - 1]!} ${d}, ${y}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  /** A certificate's date: '14th day of March, 2024'. */
  certDate(): string {
    const [m, d] = this.md();
    return `${ordinal(d)} day of ${MONTHS[m - 1]!}, ${this.year()}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(7, 9));
    if (k === 1) return `00${this.digitString(6)}`;
    return `M${this.digitString(7)}`;
  }
  acct(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `${this.letters(2)}-${this.digitString(6)}`;
  }
  /** A National Provider Identifier: ten digits, the first a 1. */
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const A = `${L}0123456789`;
    const s = `${this.int(1, 9)}${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}${this.lettersOf(L, 2)}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.4 ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  medigap(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(9)}${this.int(1, 9)}${this.int(1, 9)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    return `${this.digitString(8)}-${pad2(this.int(1, 20))}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  last4(): string {
    return String(this.int(0, 9999)).padStart(4, '0');
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.35) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.int(3, 4));
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}regional.org`, 'gmail.com', 'yahoo.com', 'aol.com', 'windstream.net', 'frontier.com', `${asciiLetters(this.pick(DME_WORDS))}oxygen.com`, 'bellsouth.net']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 999)}`, `${a}${b}${this.int(40, 79)}`, `${a}${this.int(1941, 1965)}`]);
    return `${local}@${dom}`;
  }
  /** A program's or a department's shared mailbox. */
  boxEmail(): string {
    const t = asciiLetters(this.pick([...CENTER_CITIES, ...REAL_TOWNS])) || 'hazard';
    return `${this.pick(['lungtransplant', 'txcoord', 'pulmrehab', 'betterbreathers', 'lunghealth', 'singforlunghealth'])}${this.r() < 0.5 ? this.int(1, 9) : ''}@${t}${this.pick(['health.org', 'medical.org', 'hospital.org', 'lib.org'])}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'hazard';
    return this.pick([`https://www.${t}regional.org/pulmonary-rehab`, `www.${t}arh.org/lung-health`, `https://${t}hospital.org/services/pulmonary-rehabilitation`, `http://${asciiLetters(this.pick(DME_WORDS))}oxygen.com/patients`, `https://www.facebook.com/${t}pulmrehab`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A stationary concentrator's serial, as the makers print them. */
  concSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `EF${this.digitString(9)}`;
    if (k === 1) return `${pad2(this.int(10, 24))}${this.letters(2)}${this.digitString(6)}`;
    if (k === 2) return `${this.letters(3)}${this.digitString(5)}`;
    return `${this.digitString(4)}-${this.digitString(7)}`;
  }
  pocSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `G5${this.digitString(8)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(7)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
  }
  batterySerial(): string {
    return this.r() < 0.5 ? `BA-${this.digitString(6)}` : `${this.letters(2)}${this.digitString(7)}`;
  }
  oxSerial(): string {
    return this.r() < 0.5 ? this.digitString(9) : `${this.letters(1)}${this.digitString(7)}`;
  }
  cylSerial(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(6)}` : this.digitString(8);
  }
  ticketNo(): string {
    return `${this.pick(['006', '001', '016', '526', '268'])}${this.r() < 0.5 ? ' ' : ''}${this.digitString(10)}`;
  }
  /** An airline record locator: six capitals or digits. */
  confirmation(): string {
    let s = this.letters(1);
    while (s.length < 6) s += this.r() < 0.75 ? this.letters(1) : String(this.int(2, 9));
    return s;
  }
  trip(): string {
    return this.r() < 0.5 ? this.digitString(7) : `T-${this.digitString(6)}`;
  }
  rx(): string {
    return this.digitString(7);
  }
  unosId(): string {
    return `${this.letters(4)}${this.digitString(3)}`;
  }
  licence(): string {
    return this.r() < 0.5 ? this.digitString(5) : `RCP-${this.digitString(5)}`;
  }
  plate(): string {
    return this.r() < 0.5 ? `${this.letters(3)}-${this.digitString(4)}` : `${this.digitString(3)} ${this.letters(3)}`;
  }
  ref(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(5)}`;
  }
  /** A Medicare claim's internal control number. */
  icn(): string {
    return `${this.int(1, 9)}${this.digitString(12)}`;
  }
  meetingId(): string {
    return `${this.digitString(3)} ${this.digitString(4)} ${this.digitString(4)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // intake and walk tests
  ['rehab intake header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const rs = d.sur(); const dt = d.date(); const [st, sp] = d.staff();
    return [`PULMONARY REHABILITATION — INITIAL ASSESSMENT\nPatient: ${p.sur}, ${p.given} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}\nReferring: Dr. ${rs} (pulmonology)   Dx: COPD, GOLD ${d.int(2, 4)}\nIntake date: ${dt}   Assessed by: ${st}, RRT`, [p.sur, p.given, dob, mrn, rs, dt, ...sp]];
  }],
  ['six-minute walk table', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`SIX-MINUTE WALK TEST   ${dt}\n            Rest   End   2 min\nSpO2 (%)     ${d.int(89, 96)}     ${d.int(80, 88)}    ${d.int(88, 94)}\nHR (bpm)     ${d.int(68, 90)}    ${d.int(100, 128)}   ${d.int(84, 99)}\nBorg         1      5     2\nO2 ${d.int(2, 6)} L/min via ${d.pick(['NC', 'POC pulse', 'E-tank'])}   Distance ${d.int(120, 420)} m   Stops ${d.int(0, 3)}\nTech: ${ini}`, [dt, ini]];
  }],
  ['walk test narrative with tester', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Walk test ${w}: pt walked ${d.int(130, 400)} m on ${d.int(2, 5)} L by ${d.pick(POC_MODELS)}, stopping ${d.int(1, 3)} times to rest on the rollator seat; nadir SpO2 ${d.int(79, 88)}%. Tested by ${g} ${s}, ${d.cred()}.`, [w, g, s]];
  }],
  ['walk test compared with baseline', (d) => {
    const my = d.monthYear(); const md = d.slashMd(); const a = d.int(150, 260); const gain = d.int(31, 90);
    return [`Compared with the baseline walk of ${my} (${a} m), today's walk on ${md} reached ${a + gain} m, a gain of ${gain} m, above the MCID of 30 m.`, [my, md]];
  }],
  ['coal miner social history', (d) => {
    const mine = d.mine(); const co = d.coalCompany(); const t = d.town(); const claim = d.digitString(9);
    return [`Social: retired ${d.pick(OCCUPATIONS)}, ${d.int(12, 38)} years underground at the ${mine} for ${co} near ${t}. Federal black lung claim no. ${claim}. Smoked 1 ppd x ${d.int(20, 50)} yrs, quit ${d.int(1995, 2020)}.`, [mine, co, t, claim]];
  }],
  ['home with stairs and address', (d) => {
    const g = d.given(); const a = d.address(); const t = d.town(); const z = d.zip(); const my = d.monthYear();
    return [`Lives with ${d.spouse()} ${g} in a two-story house, ${a}, ${t}, ${d.state()} ${z}; ${d.int(8, 16)} steps to the bedroom, stair lift since ${my}.`, [g, a, t, z, my]];
  }],
  ['oldest participant over 89', (d) => {
    const n = d.ageOver89(); const g = d.given(); const t = d.town();
    return [`${n}-year-old retired ${d.pick(OCCUPATIONS)}, the oldest participant in the program; walks with a rollator and lives with ${d.relative()} ${g} outside ${t}.`, [n, g, t]];
  }],
  ['questionnaires completed with relative', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`CAT ${d.int(14, 34)}, mMRC ${d.int(2, 4)}, CRQ-SAS dyspnea ${d.int(2, 5)}.${d.int(0, 9)}. Forms completed with help from ${d.relative()} ${g} ${s} on ${dt}.`, [g, s, dt]];
  }],
  ['emergency contact block', (d) => {
    const p = d.person(); const [h, hp] = d.phone(); const [c, cp] = d.phone();
    return [`EMERGENCY CONTACT\n${p.given} ${p.sur} (${d.spouse()})\nHome: ${h}\nCell: ${c}\nOK to leave message: Yes`, [p.given, p.sur, hp, cp]];
  }],
  ['face sheet medicare medigap and SSN', (d) => {
    const mbi = d.mbi(); const mg = d.medigap(); const ssn = d.ssn(); const acct = d.acct();
    return [`Primary: Medicare Part B   MBI ${mbi}\nSecondary: ${d.pick(MEDIGAP_CARRIERS)} Medigap Plan ${d.pick(['G', 'F', 'N'])}, member ID ${mg}\nSSN: ${ssn}   Acct #: ${acct}`, [mbi, mg, ssn, acct]];
  }],
  ['referral fax cover', (d) => {
    const h = d.hospital(); const [fx, fp] = d.phone(); const c = d.clinic(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const dt = d.date(); const p = d.person();
    return [`FAX\nTo: Pulmonary Rehab, ${h}\nFax: ${fx}\nFrom: ${c}, Dr. ${g} ${s}\nPhone: ${ph}\nDate: ${dt}   Pages: ${d.int(3, 14)} (incl. cover)\nRE: pulmonary rehab referral, ${p.given} ${p.sur}`, [h, fp, c, g, s, pp, dt, p.given, p.sur]];
  }],
  ['hospital stay before rehab', (d) => {
    const h = d.hospital(); const a = d.slashMd(); const b = d.slashMd(); const s = d.sur();
    return [`Admitted to ${h} ${a}–${b} for AECOPD (BiPAP x ${d.int(1, 3)} days); referred to pulmonary rehab at discharge by hospitalist Dr. ${s}.`, [h, a, b, s]];
  }],
  // home oxygen and the DME company
  ['home oxygen order with NPI', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const npi = d.npi();
    return [`HOME OXYGEN ORDER   ${dt}\nO2 at ${d.int(1, 3)} L/min via nasal cannula continuous at rest and during sleep, ${d.int(3, 6)} L/min with exertion. Length of need: 99 months. Dx J44.1, J96.11.\nOrdering physician: ${g} ${s}, MD   NPI ${npi}`, [dt, g, s, npi]];
  }],
  ['concentrator delivery ticket', (d) => {
    const tk = d.digitString(7); const dme = d.dme(); const dt = d.date(); const sn = d.concSerial(); const g = d.given(); const tech = d.digitString(3);
    return [`DELIVERY TICKET ${tk} — ${dme}\nDelivered ${dt}: ${d.pick(STATIONARY_MODELS)} stationary concentrator, S/N ${sn}; ${d.int(4, 12)} E cylinders with regulator; 50 ft tubing.\nSet up by ${g} (tech #${tech}); caregiver signature on file.`, [tk, dme, dt, sn, g, tech]];
  }],
  ['portable concentrator and batteries', (d) => {
    const sn = d.pocSerial(); const b1 = d.batterySerial(); const b2 = d.batterySerial();
    return [`Portable concentrator: ${d.pick(POC_MODELS)}, serial ${sn}; two double batteries (${b1}, ${b2}). Pulse setting ${d.int(2, 4)}, about ${d.int(3, 8)} h per battery at that setting.`, [sn, b1, b2]];
  }],
  ['DME account and after-hours line', (d) => {
    const dme = d.dme(); const acct = d.acct(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`${dme} account ${acct}; after-hours on-call RT line ${ph}. Billing questions to ${em}.`, [dme, acct, p, em]];
  }],
  ['liquid oxygen reservoir filled', (d) => {
    const w = d.weekday(); const sn = d.cylSerial(); const g = d.given();
    return [`Liquid O2 reservoir (HELiOS H${d.pick(['36', '46'])}) refilled ${w}; reservoir serial ${sn}. The portable is filled from it by pt's ${d.spouse()} ${g}.`, [w, sn, g]];
  }],
  ['concentrator swapped after alarm', (d) => {
    const dme = d.dme(); const a = d.concSerial(); const b = d.concSerial(); const md = d.monDay();
    return [`Concentrator low-purity alarm (O2 ${d.int(70, 84)}%). ${dme} swapped unit ${a} for ${b} on ${md}; old unit tagged for service.`, [dme, a, b, md]];
  }],
  ['CMN header', (d) => {
    const d1 = d.mdy(); const d2 = d.mdy(); const p = d.person(); const mbi = d.mbi(); const dme = d.dme(); const st = d.street(); const t = d.town(); const z = d.zip(); const ptan = d.digitString(10);
    return [`CERTIFICATE OF MEDICAL NECESSITY   CMS-484 — OXYGEN\nCertification type: ${d.pick(['INITIAL', 'REVISED', 'RECERTIFICATION'])}   Initial date: ${d1}   Revised date: ${d2}\nPatient: ${p.given} ${p.sur}   MBI: ${mbi}\nSupplier: ${dme}, ${st}, ${t}, ${d.state()} ${z}   NSC/PTAN: ${ptan}\nHCPCS: E1390, E0431`, [d1, d2, p.given, p.sur, mbi, dme, st, t, z, ptan]];
  }],
  ['CMN qualifying test', (d) => {
    const dt = d.date(); const h = d.hospital();
    return [`Qualifying test: SpO2 ${d.int(84, 88)}% on room air at rest, performed ${dt} at ${h} (inpatient, within 2 days of discharge). Group I.`, [dt, h]];
  }],
  ['CMN physician attestation', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dt = d.mdy();
    return [`SECTION D — PHYSICIAN ATTESTATION: I certify that the medical necessity of these items is true, accurate and complete.\nSignature: ${g} ${s}, MD   NPI ${npi}   Date signed: ${dt}`, [g, s, npi, dt]];
  }],
  ['oxygen recertification reminder', (d) => {
    const my = d.monthYear(); const s = d.sur(); const c = d.clinic();
    return [`Reminder: O2 recertification due ${my}; re-test on room air at the next visit with Dr. ${s} (${c}).`, [my, s, c]];
  }],
  // oximetry
  ['oximeter loaned', (d) => {
    const sn = d.oxSerial(); const md = d.monDay(); const w = d.weekday();
    return [`${d.pick(OXIMETERS)} S/N ${sn} loaned for overnight oximetry ${md}; returned ${w} with the charger.`, [sn, md, w]];
  }],
  ['overnight oximetry report', (d) => {
    const dt = d.date(); const sn = d.oxSerial(); const ini = d.initials();
    return [`OVERNIGHT OXIMETRY   Recorded ${dt} on ${d.int(1, 3)} L/min\nT<88%: ${d.int(20, 300)} min   ODI 4%: ${d.int(3, 40)}/h   Lowest SpO2 ${d.int(70, 85)}%\nDevice S/N ${sn}   Scored by ${ini}`, [dt, sn, ini]];
  }],
  ['remote monitoring hub IP', (d) => {
    const dev = `${d.letters(2)}-${d.digitString(6)}`; const ip = d.ip();
    return [`RPM: home oximeter pairs to the cellular hub (device ID ${dev}) at IP ${ip}; readings upload nightly to the pulmonary team's dashboard.`, [dev, ip]];
  }],
  // exercise sessions
  ['exercise session log row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`${dt} | Session ${d.int(1, 36)}/36 | NuStep L${d.int(2, 8)} ${d.int(8, 20)} min | TM ${d.int(1, 2)}.${d.int(0, 9)} mph ${d.int(0, 4)}% ${d.int(6, 15)} min | UBE ${d.int(5, 10)} min | SpO2 nadir ${d.int(82, 90)}% on ${d.int(2, 6)} L | Borg ${d.int(2, 5)} | ${ini}`, [dt, ini]];
  }],
  ['session narrative with therapist', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Pt tolerated ${d.int(10, 20)} min on the treadmill today; ${d.cred()} ${g} ${s} increased the grade to ${d.int(1, 4)}% and added ${d.int(1, 3)} lb arm weights. Pursed-lip breathing cued x3.`, [g, s]];
  }],
  ['missed session spouse call', (d) => {
    const w = d.weekday(); const md = d.monDay(); const g = d.given(); const [ph, p] = d.phone();
    return [`Missed session ${w} ${md}: ${d.spouse()} ${g} called from ${ph} to say pt had a "bad breathing night" and could not get to the van.`, [w, md, g, p]];
  }],
  ['exercise flowsheet header', (d) => {
    const h = d.hospital(); const p = d.person(); const mrn = d.mrn(); const a = d.letters(3); const b = d.letters(2);
    return [`PULMONARY REHAB EXERCISE FLOWSHEET — ${h}\nPt: ${p.sur}, ${p.given}   MRN ${mrn}   Wk ${d.int(1, 12)} of 12\nTherapists: ${a} / ${b}`, [h, p.sur, p.given, mrn, a, b]];
  }],
  ['desaturation event', (d) => {
    const s = d.sur(); const dt = d.date();
    return [`At ${d.time()} on the arm ergometer SpO2 fell to ${d.int(76, 84)}% on ${d.int(2, 4)} L; O2 increased to ${d.int(5, 8)} L with rest, recovered in 3 min. Dr. ${s} notified ${dt}.`, [s, dt]];
  }],
  ['education class with web page', (d) => {
    const g = d.given(); const s = d.sur(); const url = d.url();
    return [`Education: "${d.pick(EDU_TOPICS)}" taught by ${g} ${s}, ${d.cred()}. Handouts and videos at ${url}.`, [g, s, url]];
  }],
  ['home walking at a named park', (d) => {
    const pk = d.park(); const g = d.given();
    return [`Home plan: walk the loop at ${pk} ${d.int(3, 5)} days/wk, ${d.int(10, 30)} min, with the POC on pulse ${d.int(2, 4)}; ${d.relative()} ${g} walks with him.`, [pk, g]];
  }],
  ['holiday closure and makeup', (d) => {
    const hd = d.holiday(); const o = ordinal(d.int(1, 28));
    return [`Rehab gym closed ${hd}; makeup session on the ${o}. Pt's ${d.relative()} will drive.`, [hd, o]];
  }],
  ['virtual session meeting id and IP', (d) => {
    const mid = d.meetingId(); const ip = d.ip(); const t = d.town(); const g = d.given();
    return [`Virtual pulmonary rehab by video: meeting ID ${mid}, connected from IP ${ip}; pt exercised at home in ${t} with ${d.spouse()} ${g} present.`, [mid, ip, t, g]];
  }],
  ['late entry lower case', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const ini = d.initials();
    return [`late entry for ${w} ${md}: pt came on ${d.int(2, 5)} l via e-tank, spo2 89-93% through the circuit, no chest pain. logged by ${ini}.`, [w, md, ini]];
  }],
  // COPD action plans
  ['action plan header', (d) => {
    const p = d.person(); const dt = d.date(); const ds = d.sur(); const [ph, pp] = d.phone(); const rx = d.pharmacy(); const [ph2, pp2] = d.phone();
    return [`MY COPD ACTION PLAN\nName: ${p.given} ${p.sur}   Date: ${dt}\nDoctor: Dr. ${ds}   Phone: ${ph}\nPharmacy: ${rx}   Phone: ${ph2}`, [p.given, p.sur, dt, ds, pp, rx, pp2]];
  }],
  ['yellow zone call the nurse', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const x = d.ext();
    return [`YELLOW ZONE — more short of breath, sputum changes color: start the rescue pack (prednisone 40 mg x 5 days, doxycycline 100 mg BID) and call ${g}, Dr. ${s}'s nurse, at ${ph} ext. ${x}.`, [g, s, p, x]];
  }],
  ['red zone hospital', (d) => {
    const h = d.hospital();
    return [`RED ZONE — can't catch your breath at rest, lips or fingertips blue, confused or very drowsy: call 911 or go to the ${h} emergency room. Bring this plan and your oxygen.`, [h]];
  }],
  ['action plan reviewed with family', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.clinic();
    return [`Action plan reviewed ${dt} with pt and ${d.relative()} ${g} ${s}; teach-back correct for all three zones. Copy sent home and to ${c}.`, [dt, g, s, c]];
  }],
  ['rescue pack at pharmacy', (d) => {
    const rx = d.pharmacy(); const a = d.rx(); const b = d.rx(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Rescue pack filled at ${rx} (Rx #${a}, #${b}) on ${md}; pharmacist ${g} ${s} reviewed inhaler technique with the spacer.`, [rx, a, b, md, g, s]];
  }],
  // transport by the county van
  ['county van booking', (d) => {
    const tr = d.transit(); const a = d.address(); const t = d.town(); const trip = d.trip(); const g = d.given(); const [ph, p] = d.phone();
    return [`${tr} van booked Mon/Wed/Fri for rehab, pickup 07:15 at ${a}, ${t}. Trip #${trip}; dispatcher ${g} (${ph}).`, [tr, a, t, trip, g, p]];
  }],
  ['van late and complaint', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const tr = d.transit(); const ref = d.ref();
    return [`Van driver ${g} ${s} arrived at ${d.time()} (45 min late) on ${w}; pt missed the warm-up. Complaint to ${tr}, ref ${ref}.`, [g, s, w, tr, ref]];
  }],
  ['van oxygen securement and plate', (d) => {
    const tr = d.transit(); const pl = d.plate(); const cyl = d.cylSerial();
    return [`${tr} requires portable O2 secured in a carry bag. Lift van, plate ${pl}. E cylinder ${cyl} checked at ${d.int(9, 20)}00 psi before boarding.`, [tr, pl, cyl]];
  }],
  ['senior ride line and council on aging', (d) => {
    const [ph, p] = d.phone(); const mem = d.digitString(6); const c = `${d.county()} County Council on Aging`;
    return [`Senior ride line ${ph}: rides must be booked 48 hours ahead; member #${mem} with the ${c}.`, [p, mem, c]];
  }],
  // lung transplant referral letters
  ['transplant letter address block', (d) => {
    const dt = d.date(); const c = d.transplantCenter(false); const st = d.street(); const city = d.centerCity(); const z = d.zip(); const p = d.person(); const dob = d.dob();
    return [`${dt}\n\n${c}\nLung Transplant Program, ${d.int(2, 9)}th floor\n${st}\n${city}, ${d.pick(['KY', 'PA', 'OH', 'TN', 'VA', 'NC'])} ${z}\n\nRE: ${p.given} ${p.sur}   DOB ${dob}`, [dt, c, st, city, z, p.given, p.sur, dob]];
  }],
  ['transplant letter body', (d) => {
    const s = d.sur(); const ps = d.sur(); const h = d.hospital();
    return [`Dear Dr. ${s}:\nThank you for evaluating Mr. ${ps}, a ${d.int(52, 68)}-year-old former ${d.pick(OCCUPATIONS)} with ${d.pick(['alpha-1 antitrypsin deficiency', 'severe emphysema', 'idiopathic pulmonary fibrosis', 'progressive massive fibrosis'])}. FEV1 is ${d.int(14, 28)}% predicted, BODE index ${d.int(6, 9)}, and he completed ${d.int(18, 36)} sessions of pulmonary rehabilitation at ${h}.`, [s, ps, h]];
  }],
  ['transplant coordinator contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const pager = d.digitString(7); const em = d.boxEmail();
    return [`Transplant coordinator: ${g} ${s}, RN, BSN — ${ph} (office), pager ${pager}; ${em}.`, [g, s, p, pager, em]];
  }],
  ['transplant evaluation week', (d) => {
    const md = d.monDay(); const w = d.weekday(); const s = d.sur(); const t = d.town(); const dt = d.date();
    return [`Evaluation the week of ${md}: right heart cath ${w}, CT chest and V/Q scan; dental clearance by Dr. ${s} in ${t} needed before ${dt}.`, [md, w, s, t, dt]];
  }],
  ['transplant letter sign-off', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, fp] = d.phone(); const cg = d.given(); const cs = d.sur();
    return [`Sincerely,\n\n${g} ${d.mi()} ${s}, MD\n${c}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}\ncc: ${cg} ${cs}, MD`, [g, s, c, st, t, z, p, fp, cg, cs]];
  }],
  ['UNOS listing and distance', (d) => {
    const dt = d.date(); const id = d.unosId(); const c = d.transplantCenter(); const [ph, p] = d.phone();
    return [`Listed ${dt}; UNOS waitlist ID ${id}, LAS ${d.int(35, 60)}.${d.int(0, 9)}. Must stay within 3 hours of ${c}; call phone ${ph} kept on at all times.`, [dt, id, c, p]];
  }],
  ['transplant caregiver relocating', (d) => {
    const g = d.given(); const s = d.sur(); const city = d.centerCity(); const st = d.street();
    return [`Caregiver plan: ${d.relative()} ${g} ${s} will move to ${city} for 3 months after transplant, staying at ${st}.`, [g, s, city, st]];
  }],
  // support groups
  ['Better Breathers meeting', (d) => {
    const h = d.hospital(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Better Breathers Club meets the 2nd Tuesday of each month, 1:30 pm, Conference Room B at ${h}. Facilitator: ${g} ${s}, RRT, ${ph}.`, [h, g, s, p]];
  }],
  ['support group flyer', (d) => {
    const ch = d.church(); const st = d.street(); const t = d.town(); const w = d.weekday(); const dt = d.date(); const em = d.email(d.given(), d.sur()); const url = d.url();
    return [`SECOND WIND COPD SUPPORT GROUP\n${ch}, ${st}, ${t}\nNext meeting: ${w}, ${dt}, 10 am (fellowship hall)\nRSVP: ${em} or ${url}`, [ch, st, t, w, dt, em, url]];
  }],
  ['support group attendance', (d) => {
    const site = d.r() < 0.5 ? d.hospital() : d.church(); const md = d.monDay(); const g = d.given();
    return [`Pt attended the COPD support group at ${site} on ${md} with ${d.spouse()} ${g}; the speaker from the American Lung Association discussed flu and RSV vaccines.`, [site, md, g]];
  }],
  ['singing for lung health at library', (d) => {
    const lib = d.library(); const g = d.given(); const s = d.sur(); const em = d.boxEmail();
    return [`Joined "Singing for Lung Health" on Thursday mornings at the ${lib}; leader ${g} ${s} (${em}).`, [lib, g, s, em]];
  }],
  // travel oxygen letters
  ['travel letter header', (d) => {
    const dt = d.date(); const p = d.person(); const dob = d.dob();
    return [`TO WHOM IT MAY CONCERN\n${dt}\nRe: ${p.given} ${d.mi()} ${p.sur}, DOB ${dob}\nTravel with portable oxygen concentrator`, [dt, p.given, p.sur, dob]];
  }],
  ['airline POC and confirmation code', (d) => {
    const p = d.person(); const code = d.confirmation(); const dt = d.date(); const dest = d.destination();
    return [`${p.given} ${p.sur} is medically stable to fly on ${d.airline()} (confirmation ${code}) departing ${dt} to ${dest}. The patient requires oxygen at pulse setting ${d.int(2, 4)} via ${d.pick(POC_MODELS)}, an FAA-approved POC, for the entire flight and all layovers.`, [p.given, p.sur, code, dt, dest]];
  }],
  ['oxygen at the destination', (d) => {
    const dme = d.pick(DEST_DME); const h = d.hotel(); const st = d.street(); const dest = d.destination(); const md = d.monDay(); const ord = d.digitString(8);
    return [`${dme} will deliver a stationary concentrator and 6 E cylinders to the ${h}, ${st}, ${dest}, on ${md} (order ${ord}).`, [dme, h, st, dest, md, ord]];
  }],
  ['trip dates and battery math', (d) => {
    const a = d.monDay(); const b = d.monDay(); const code = d.confirmation(); const h = d.int(2, 5);
    return [`Trip ${a} to ${b}: flight ${h} h plus connection ${d.int(1, 3)} h; airline needs 150% battery coverage, so ${h + 2} batteries. Return flight confirmation ${code}.`, [a, b, code]];
  }],
  ['airline medical form and ticket', (d) => {
    const [fx, fp] = d.phone(); const tk = d.ticketNo(); const p = d.person();
    return [`MEDIF faxed to ${d.airline()} special assistance ${fx}; ticket number ${tk}, passenger ${p.sur.toUpperCase()}/${p.given.toUpperCase()} ${d.pick(['MRS', 'MR', 'MS'])}.`, [fp, tk, p.sur.toUpperCase(), p.given.toUpperCase()]];
  }],
  // Medicare and Medigap
  ['medicare claim denial', (d) => {
    const dt = d.date(); const icn = d.icn(); const dme = d.dme();
    return [`Medicare denied E1390 for DOS ${dt} (ICN ${icn}), CO-50 not medically necessary. ${dme} will appeal with a revised CMN and the qualifying test.`, [dt, icn, dme]];
  }],
  ['medigap crossover', (d) => {
    const mg = d.medigap(); const my = d.monthYear(); const g = d.given();
    return [`Crossover to ${d.pick(MEDIGAP_CARRIERS)} Medigap Plan G: policy ${mg}, effective ${my}. Pt's ${d.spouse()} ${g} handles the bills.`, [mg, my, g]];
  }],
  // spouses on the phone
  ['telephone encounter from spouse', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ini = d.initials();
    return [`TELEPHONE ENCOUNTER   ${dt} ${d.time()}\nCaller: ${g} ${s} (${d.spouse()})   Callback: ${ph}\nReason: pt more short of breath x2 days, using albuterol q2h, sputum green. Advised yellow zone plan. RN ${ini}`, [dt, g, s, p, ini]];
  }],
  ['spouse called about concentrator noise', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const dme = d.dme(); const [ph2, p2] = d.phone();
    return [`${d.spouse()} ${g} called from ${ph}: the concentrator is "making a clicking noise" and the humidifier bottle leaks. Gave ${dme}'s 24-hour line, ${ph2}.`, [g, p, dme, p2]];
  }],
  ['voicemail from wife transcribed', (d) => {
    const g = d.given(); const s = d.sur(); const pg = d.given(); const dob = d.dob(); const w = d.weekday(); const [ph, p] = d.phone();
    return [`voicemail ${d.time()}: "hi this is ${g} ${s}, ${pg}'s wife, his birthday is ${dob}, he can't come ${w}, the van never showed up, call me at ${ph}."`, [g, s, pg, dob, w, p]];
  }],
  ['portal message from spouse', (d) => {
    const pg = d.given(); const hd = d.holiday(); const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur());
    return [`Portal message from pt's ${d.spouse()} (proxy ${em}): "${pg} walked to the mailbox and back today without stopping!! First time since ${hd}." Reply sent by ${g} ${s}, RRT.`, [em, pg, hd, g, s]];
  }],
  ['spouse caller verified', (d) => {
    const g = d.given(); const dob = d.dob(); const l4 = d.last4(); const dt = d.date();
    return [`Caller verified as ${d.spouse()} ${g} using pt's DOB ${dob} and the last four of the SSN (${l4}); HIPAA release on file dated ${dt}.`, [g, dob, l4, dt]];
  }],
  // graduation
  ['graduation certificate', (d) => {
    const p = d.person(); const h = d.hospital(); const cd = d.certDate(); const dg = d.given(); const ds = d.sur(); const cg = d.given(); const cs = d.sur();
    return [`CERTIFICATE OF COMPLETION\nThis certifies that\n${p.given} ${d.mi()} ${p.sur}\nhas successfully completed ${d.int(24, 36)} sessions of the Pulmonary Rehabilitation Program\nat ${h}\non this ${cd}\n\n${dg} ${ds}, MD, Medical Director        ${cg} ${cs}, RRT, Program Coordinator`, [p.given, p.sur, h, cd, dg, ds, cg, cs]];
  }],
  ['graduation summary and maintenance', (d) => {
    const dt = d.date(); const y = d.ymca(); const my = d.monthYear(); const a = d.int(150, 280);
    return [`Graduated ${dt} after ${d.int(24, 36)} sessions. 6MWD ${a} → ${a + d.int(30, 110)} m, CAT ${d.int(20, 32)} → ${d.int(10, 19)}. Maintenance: ${y}, ${d.int(2, 3)}x/week; next check-in ${my}.`, [dt, y, my]];
  }],
  ['graduation photo and cake', (d) => {
    const my = d.monthYear(); const url = d.url(); const b = d.bakery();
    return [`Graduation class of ${my}: photo (signed media consent) posted to ${url}; sheet cake donated by ${b}.`, [my, url, b]];
  }],
  ['maintenance program receipt', (d) => {
    const rc = d.digitString(6); const l4 = d.last4();
    return [`Maintenance program, ${d.int(1, 12)} month(s) at $${d.int(20, 45)}: receipt ${rc}, Visa ending ${l4}.`, [rc, l4]];
  }],
  // safety, labs and paperwork
  ['fire safety visit', (d) => {
    const md = d.monDay(); const fd = d.fireDept(); const g = d.given(); const s = d.sur();
    return [`Home safety visit ${md}: ${fd} installed smoke detectors; firefighter ${g} ${s} reminded pt: no smoking within 10 ft of the oxygen and keep the tubing away from the wood stove.`, [md, fd, g, s]];
  }],
  ['PFT lab header', (d) => {
    const h = d.hospital(); const acc = `PF${d.digitString(7)}`; const dt = d.date(); const ini = d.initials();
    return [`${h} PULMONARY FUNCTION LAB   Acc# ${acc}   ${dt}\nFEV1 0.${d.int(55, 99)} L (${d.int(18, 45)}%)   FVC ${d.int(1, 3)}.${d.int(10, 99)} L (${d.int(50, 80)}%)   FEV1/FVC 0.${d.int(30, 60)}   DLCO ${d.int(20, 55)}%\nTech: ${ini}`, [h, acc, dt, ini]];
  }],
  ['inhaler prior authorization', (d) => {
    const ref = d.ref(); const [fx, fp] = d.phone(); const dt = d.date(); const my = d.monthYear();
    return [`PA for ${d.pick(['Trelegy Ellipta', 'Breztri Aerosphere', 'Ohtuvayre', 'Dupixent'])} submitted, ref ${ref}, faxed to ${fx} on ${dt}; approved through ${my}.`, [ref, fp, dt, my]];
  }],
  ['therapist licence and NBRC number', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence(); const nb = d.digitString(6);
    return [`Signed: ${g} ${s}, RRT, RCP (${d.pick(['Kentucky', 'West Virginia', 'Virginia', 'Ohio'])} license ${lic}; NBRC #${nb})`, [g, s, lic, nb]];
  }],
  ['patient preferred contact', (d) => {
    const p = d.person(); const em = d.email(p.given, p.sur); const [ph, pp] = d.phone(); const g = d.given();
    return [`Preferred contact: e-mail ${em}; text to ${ph}. Pt's ${d.relative()} ${g} manages the portal.`, [em, pp, g]];
  }],
];

/** The names of the wave's frames. */
export const pulmrehabFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function pulmrehabWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 30911, rounds);
}

/** Look-alikes in pulmonary rehab and home oxygen style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scales and measures
  ['Modified Borg dyspnea 4/10 at the end of the walk.', '4/10'], ['RPE 13/20 on the NuStep.', '13/20'], ['mMRC grade 3.', 'mMRC grade 3'],
  ['CAT score 24 at intake.', 'CAT score 24'], ['BODE index 6.', 'BODE index 6'], ['GOLD 3, group E.', 'GOLD 3'],
  ["St. George's Respiratory Questionnaire total 58.", "St. George's Respiratory Questionnaire"],
  ['Chronic Respiratory Questionnaire dyspnea domain 3.2.', 'Chronic Respiratory Questionnaire'], ['Duke Activity Status Index 14.', 'Duke Activity Status Index'],
  ['PHQ-9 of 8.', 'PHQ-9 of 8'], ['Incremental shuttle walk test 270 m.', 'Incremental shuttle walk test'], ['6MWD 305 m (1,001 ft).', '305 m'],
  ['FEV1 0.86 L (31% predicted).', '0.86 L'], ['FEV1/FVC 0.48.', '0.48'], ['DLCO 38% predicted.', 'DLCO 38%'], ['PaO2 54 mmHg on room air.', 'PaO2 54 mmHg'],
  ['PaCO2 52, chronically compensated.', 'PaCO2 52'], ['SpO2 87% at rest on room air.', 'SpO2 87%'], ['Session 12/36 completed.', '12/36'],
  ['Treadmill 1.8 mph, 2% grade.', '1.8 mph'], ['Nadir SpO2 84% at minute 4.', '84%'],
  ['MCID for the 6MWD is 30 m.', 'MCID'], ['T<88% for 142 minutes overnight.', 'T<88%'],
  ['ODI 4% of 12 per hour.', 'ODI 4%'],
  ['BP 142/78 after exercise.', '142/78'], ['50 pack-years.', '50 pack-years'],
  // oxygen settings and devices
  ['O2 2 L/min via nasal cannula at rest.', '2 L/min'], ['Pulse setting 3 on exertion.', 'Pulse setting 3'], ['Inogen One G5 portable concentrator.', 'Inogen One G5'],
  ['Philips SimplyGo Mini.', 'SimplyGo Mini'], ['EverFlo stationary concentrator at 3 L.', 'EverFlo'], ['CAIRE FreeStyle Comfort POC.', 'CAIRE FreeStyle Comfort'],
  ['Invacare Platinum 10 for high flow.', 'Invacare Platinum 10'], ['HomeFill system for cylinders.', 'HomeFill'], ['E cylinders with a conserving regulator.', 'E cylinders'],
  ['M6 cylinder in a shoulder bag.', 'M6 cylinder'], ['Oxymizer pendant cannula.', 'Oxymizer'], ['Venturi mask at 28%.', 'Venturi mask'],
  ['High-flow nasal cannula in the hospital.', 'High-flow nasal cannula'], ['BiPAP with AVAPS at night.', 'AVAPS'],
  ['Nonin WristOx2 for overnight oximetry.', 'WristOx2'], ['Masimo Rad-97 on the treadmill.', 'Masimo Rad-97'],
  ['Liquid oxygen reservoir (HELiOS).', 'HELiOS'], ['Acapella valve twice daily.', 'Acapella'], ['Aerobika OPEP device.', 'Aerobika'],
  ['Flutter valve for secretions.', 'Flutter valve'], ['Incentive spirometer to 1,250 mL.', 'Incentive spirometer'], ['NuStep T5 recumbent stepper.', 'NuStep T5'],
  ['SciFit arm ergometer.', 'SciFit'], ['Rollator with a seat.', 'Rollator'], ['Uses a rolling walker for long distances.', 'walker'],
  // drugs
  ['Trelegy Ellipta 1 puff daily.', 'Trelegy Ellipta'], ['Breztri Aerosphere 2 puffs BID.', 'Breztri Aerosphere'], ['Spiriva Respimat 2.5 mcg.', 'Spiriva Respimat'],
  ['DuoNeb nebs q6h PRN.', 'DuoNeb'], ['Albuterol HFA 2 puffs.', 'Albuterol'], ['Roflumilast (Daliresp) 500 mcg.', 'Daliresp'],
  ['Azithromycin 250 mg three times weekly.', 'Azithromycin'], ['Prednisone 40 mg x 5 days.', 'Prednisone'],
  ['Dupixent approved for COPD with eosinophils.', 'Dupixent'], ['Ohtuvayre (ensifentrine) nebulized.', 'Ohtuvayre'], ['Prolastin-C weekly infusions.', 'Prolastin-C'],
  ['Ofev (nintedanib) for IPF.', 'Ofev'],
  // eponyms and diagnoses
  ["Hoover's sign present.", "Hoover's sign"], ['Kussmaul respirations absent.', 'Kussmaul'], ['Cheyne-Stokes breathing overnight.', 'Cheyne-Stokes'],
  ['Caplan syndrome in a coal miner.', 'Caplan'],
  ['Swan-Ganz catheter at the right heart cath.', 'Swan-Ganz'], ['Fick cardiac output 4.1.', 'Fick'], ['Heimlich valve on the chest tube.', 'Heimlich'],
  ["Coal workers' pneumoconiosis.", "Coal workers' pneumoconiosis"], ['Progressive massive fibrosis on CT.', 'Progressive massive fibrosis'],
  ['Black lung benefits approved.', 'Black lung'], ['Alpha-1 antitrypsin PiZZ.', 'PiZZ'], ['Bullous emphysema, upper lobes.', 'Bullous emphysema'],
  ['Zephyr endobronchial valves considered.', 'Zephyr'],
  // codes, forms, payers' terms and laws
  ['HCPCS E1390 stationary concentrator.', 'E1390'], ['E0431 portable gaseous system.', 'E0431'],
  ['G0424 pulmonary rehab per hour.', 'G0424'], ['CPT 94618 for the walk test.', '94618'], ['ICD-10 J44.1.', 'J44.1'], ['J96.11 chronic respiratory failure with hypoxia.', 'J96.11'],
  ['J60 coalworker pneumoconiosis.', 'J60'], ['Form CMS-484.', 'CMS-484'], ['Group I qualification.', 'Group I'], ['Length of need 99 months.', '99 months'],
  ['Medicare Part B covers 80%.', 'Medicare Part B'], ['Medigap Plan G.', 'Plan G'], ['Part D formulary tier 3.', 'Part D'], ['Modifier KX on the claim.', 'KX'],
  ['CO-50 denial.', 'CO-50'], ['Air Carrier Access Act.', 'Air Carrier Access Act'], ['14 CFR Part 382.', '14 CFR Part 382'], ['Black Lung Benefits Act.', 'Black Lung Benefits Act'],
  ['HIPAA release signed.', 'HIPAA'],
  // national suppliers, airlines and bodies named alone
  ['Lincare delivers cylinders monthly.', 'Lincare'], ['Apria on-call RT.', 'Apria'], ['AdaptHealth took over the account.', 'AdaptHealth'],
  ['American Lung Association materials.', 'American Lung Association'], ['Better Breathers Club.', 'Better Breathers Club'], ['COPD Foundation.', 'COPD Foundation'],
  ['AACVPR-certified program.', 'AACVPR'], ['ATS/ERS guidelines.', 'ATS/ERS'], ['UNOS match run.', 'UNOS'], ['FAA-approved POC.', 'FAA'], ['TSA screening of the concentrator.', 'TSA'],
  ['Noridian is the DME MAC.', 'Noridian'], ['Department of Labor black lung program.', 'Department of Labor'], ['Delta requires 48 hours notice.', 'Delta'],
  ['Southwest allows POCs on board.', 'Southwest'], ['Frontier flight, aisle seat.', 'Frontier'], ['Spirit Airlines.', 'Spirit Airlines'], ['Allegiant to Florida.', 'Allegiant'],
  ['Picked up at CVS.', 'CVS'],
  // generic places and roles
  ['Seen in the pulmonary rehab gym.', 'pulmonary rehab gym'], ['The county van brought him.', 'county van'], ['The DME company called.', 'DME company'],
  ['Evaluated at the transplant center.', 'transplant center'], ['Lunch at the senior center.', 'senior center'], ['Worked in the coal mine.', 'coal mine'],
  ['Her husband called.', 'husband'], ['Wife present.', 'Wife'], ['RT adjusted the flow.', 'RT'], ['Exercise physiologist present.', 'Exercise physiologist'],
  ['Transplant coordinator will call.', 'Transplant coordinator'], ['The dispatcher called back.', 'dispatcher'],
  // states and regions
  ['Lives in eastern Kentucky.', 'Kentucky'], ['Moved from West Virginia.', 'West Virginia'], ['Worked the mines in Wyoming.', 'Wyoming'], ['Grew up in Appalachia.', 'Appalachia'],
  // ages, years and schedules
  ['88-year-old man.', '88'], ['Quit smoking in 2012.', '2012'], ['Classes Monday, Wednesday and Friday.', 'Monday, Wednesday and Friday'],
  ['Meets the 2nd Tuesday of each month.', '2nd Tuesday'], ['36 sessions.', '36 sessions'],
  // everyday words that are also names or towns
  ['Hazard ratio 0.78 for readmission.', 'Hazard'], ['Energy conservation techniques taught.', 'Energy'], ['Comfort care discussed.', 'Comfort'],
  ['Frank hemoptysis denied.', 'Frank'], ['Rusty sputum.', 'Rusty'], ['Clay-colored stools.', 'Clay'], ['Carbon dioxide retention.', 'Carbon'],
  ['Relief with albuterol.', 'Relief'], ['Superior vena cava.', 'Superior'], ['Short of breath on stairs.', 'Short'], ['Early morning cough.', 'Early'],
  ['Burns from smoking on oxygen.', 'Burns'], ['Sparks from the wood stove.', 'Sparks'], ['Ash from the coal stove.', 'Ash'], ['Ordinary activities.', 'Ordinary'],
  ['Sterling effort on the treadmill.', 'Sterling'], ['Swift recovery after the flare.', 'Swift'],
  ['Moody and tearful since the diagnosis.', 'Moody'], ['Chest wall acts as a bellows.', 'bellows'],
  ['Former miner.', 'miner'], ['Mineral oil for constipation.', 'Mineral'], ['Poison ivy rash on the forearm.', 'ivy'],
];

export const pulmrehabKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPulmrehabKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(pulmrehabKeepCases(), find);

export function scorePulmrehabWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => pulmrehabWaveCases(seed)), find);
}
