// A blind wave of dermatology records: skin clinic visit notes (the patient, the referring practice and physician,
// the relative who noticed a lesion, sunburns on trips to a beach town abroad or at home, workplaces with their
// exposures, tanning salons and tattoo parlours, the daycare of a child with impetigo, scribes' attestations, the
// dermatologist's NPI), Mohs surgery reports (the surgeon, the referring practice, the outside biopsy and its
// accession, the histotech's initials, the assistant, the post-op call, the oculoplastic referral), dermatopathology
// reports (accession numbers, the lab and its client practice with address and fax, the signing dermatopathologist,
// second opinions from an outside lab with its own case number, blocks released to a hospital with a courier tracking
// number, gene expression profile orders), total body skin exam and mole-mapping logs (photo ids, imaging sessions,
// device serials, image file names that carry a surname or a date, the next exam's month), phototherapy logs (session
// dates, the nurse's initials, treatments missed on a holiday, home units delivered to an address, excimer serials,
// authorizations and member ids), cosmetic consult notes (med spas and salons, estheticians, injectors and their
// licences, neurotoxin and filler lots, photo consents, laser serials, patient accounts), teledermatology submissions
// (consult numbers, the submitting clinician and site, phone IMEIs, app device ids, upload IPs, portal URLs, image
// file names), biopsy tracking logs (log rows, results chased by phone, certified letters, voicemails), patch testing
// results (application and reading days, the workplace or salon that explains a positive, panel lots, the reading
// nurse), and letters to referring doctors (address blocks, RE lines, cc lines with faxes, the nurse's phone and
// e-mail), in mixed case, ALL CAPS and lower case. Dates are written in every form a log, a report and a letter use
// ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4', 'Friday', 'the 4th', 'March 2019', '3/2019', '20240304' in a
// file name, 'the Fourth of July'); ages over 89, phones, faxes, e-mails, SSNs, iPLEDGE ids and specialty pharmacy
// enrollment numbers are planted. Given names are often everyday words and some are also skin words (Ivy, Holly, Pearl,
// Cherry, Ash, Rose, Hazel, Amber, Dawn, Sandy, Rusty, Summer); surnames are often everyday words and some are also
// eponyms (Wood, Fox, Sutton, Becker, Hutchinson, Bowen, Sweet, Grover, Spitz, Burns, Frost, Stone); towns are often
// everyday words (Liberty, Union, Comfort, Pearl, Sandy, Peru, Burns, Sweet Home). A list of look-alikes in the same
// style must not be touched. Written without reading the engine's rules or any gold data. `scoreDermWave`.
// Decisions: a person's given name and surname are planted (patients, relatives, physicians, PAs, nurses, scribes,
// histotechs, estheticians, injectors, dermatopathologists), a middle initial, a title ('Dr.', 'Mrs.') and a
// credential ('MD', 'FAAD', 'PA-C', 'RN', 'CMA', 'HT(ASCP)', 'LE') are not; initials that sign a log row or a stage are
// planted. A dermatology practice, Mohs center, dermatopathology lab, referring practice, hospital, med spa, salon,
// tanning salon, tattoo parlour, daycare, specialty pharmacy and employer is planted whole with its kind words ('Liberty
// Dermatology Associates', 'Sutton Ink Tattoo Parlour', 'Pearl Tan & Glow'), while a national lab company, a device
// maker, a drug or a payer named alone ('LabCorp', 'Castle', 'Daavlin', 'Candela', 'Allergan', 'Aetna') is kept. A town
// and a county are planted, a state and a country are kept ('Cancún, Mexico': the town is planted); a street address is
// planted from its number to its street type, a ZIP is planted. A file name is planted by what in it points at the
// patient (the surname, the MRN, the date), not whole; a bare camera counter ('IMG_4821.JPG') is kept. An accession,
// a case, consult, photo and imaging session id, a device serial, an IMEI, an app device id, a lot, a tracking number,
// an iPLEDGE id, an enrollment, member, authorization, account and order number, an MRN and CSN, a licence and NPI, an
// SSN, an IP, a URL and an e-mail are planted whole; a phone's leading '(' need not be covered, an extension is planted.
// The date of a visit, a biopsy, a stage, a session, a reading, a sunburn, a tattoo, a peel or a letter is planted in
// every form; a weekday naming one day is planted, a holiday that fixes a day is planted; a month with a year is
// planted, a year alone is kept; the time next to a date is kept; ages over 89 are planted, other ages are kept.
// Specimen letters and blocks ('specimen A', 'A1-A3'), Mohs stages and clock positions, treatment numbers, doses
// (mJ/cm2, units, syringes), body sites and every measurement are kept. Kept (look-alikes): eponyms and signs
// (Koebner, Nikolsky, Auspitz, Darier, Asboe-Hansen, Hutchinson, Leser-Trélat, Breslow, Clark level, Fitzpatrick
// type, Wood's lamp, Mohs as a procedure, Spitz, Sutton, Becker, Bowen, Kaposi, Merkel, Grover, Hailey-Hailey,
// Stevens-Johnson, Sweet, Gottron, Wickham, Civatte, Kamino, Max Joseph, Pautrier, Munro, Kogoj, Tzanck, Sézary,
// Bateman, Favre-Racouchot, Fox-Fordyce, Dennie-Morgan, Beau, Langer, Glogau, Jessner, Baker-Gordon, Unna), scores
// (PASI, SCORAD, EASI, IGA, BSA, DLQI, POEM, SALT, Hurley, NAPSI, MASI, VASI, ABCDE), patch test allergens and series
// (nickel, cobalt, balsam of Peru, fragrance mix, MCI/MI, quaternium-15, PPD, thiuram, carba and mercapto mixes,
// colophony, tixocortol, T.R.U.E. TEST, Finn Chambers, readings 'D2', 'D5', '++', '?+', 'IR'), drug, device and
// skin-care brands, stains and immunostains, AJCC stages, ICD-10 and CPT codes, body sites, measurements and doses,
// everyday words that are also names or towns (poison ivy, pearly border, cherry angioma, ash-leaf macule, frost, burns,
// sweet, comfort, liberty), relations and roles without names, generic places (the Mohs suite, a nail salon, a
// tattoo parlour), ages of 89 and under, years alone, states, countries, lab companies, makers and payers.
// Measured before rules: 0.905 recall on seeds 5, 11, 23 (3735/4129), 0.897 on fresh seeds 41, 42, 43 (3710/4134);
// 9/155 look-alikes touched ("Leser-Trélat", "Clark level IV", "Max Joseph", "Beau's", "Langer", "Finn Chambers",
// "Restylane Kysse", "Dove", "Mexico") (engine at 029ca6a).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, gb, au, ca, ie, ind, za, de, fr, it, br, vi];

/** Given names that are everyday words, some of them also skin words. */
const WORD_GIVEN = ['Ivy', 'Holly', 'Heather', 'Rose', 'Cherry', 'Ash', 'Pearl', 'Ruby', 'Amber', 'Jade', 'Coral', 'Hazel', 'Olive', 'Dawn', 'Sandy', 'Rusty', 'Sunny', 'Summer', 'Hope', 'Faith', 'Joy', 'Grace', 'Mercy', 'Misty', 'Ginger', 'Scarlett', 'Will', 'Bill', 'Mark', 'Rocky', 'Chase', 'Clay', 'Dale', 'Glen', 'Reed', 'Forrest', 'Storm', 'Guy', 'Art', 'Major'];
/** Surnames that are everyday words, or also dermatology eponyms. */
const WORD_SUR = ['Wood', 'Woods', 'Fox', 'Sutton', 'Becker', 'Hutchinson', 'Bowen', 'Sweet', 'Grover', 'Spitz', 'Gordon', 'Baker', 'Burns', 'Frost', 'Stone', 'Brown', 'White', 'Black', 'Gray', 'Price', 'Banks', 'Rivers', 'Marsh', 'Moss', 'Fields', 'Hart', 'Hardy', 'Bond', 'Cash', 'Bloom', 'Lane', 'Parks', 'Snow', 'Little', 'Rich', 'Young', 'Love', 'Sharp', 'Noble', 'Street', 'Bishop', 'Temple'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Comfort', 'Pearl', 'Sandy', 'Peru', 'Burns', 'Sweet Home', 'Ash Grove', 'Rose Hill', 'Cherry Hill', 'Harmony', 'Concord', 'Eden', 'Paradise', 'Normal', 'Plain', 'Marathon', 'Bliss', 'Athens', 'Lebanon', 'Canton', 'Cairo', 'Paris', 'Mexico', 'Moscow', 'Florence', 'Jasper', 'Marion', 'Warren', 'Fairview', 'Midway', 'Salem', 'Clinton', 'Sunrise', 'Summerville', 'Hazard', 'Mount Pleasant', 'Sun City'];
const REAL_TOWNS = ['Muncie', 'Kokomo', 'Decatur', 'Joplin', 'Paducah', 'Owensboro', 'Hattiesburg', 'Tupelo', 'Dothan', 'Macon', 'Valdosta', 'Texarkana', 'Lake Charles', 'Lawton', 'Abilene', 'Odessa', 'Beaumont', 'Cookeville', 'Altoona', 'Scranton', 'Utica', 'Bangor', 'Pocatello', 'Yakima', 'Medford', 'Mankato', 'Dubuque', 'Eau Claire', 'Saginaw', 'Zanesville', 'Morgantown', 'Naples', 'Sarasota', 'Ocala', 'Prescott', 'Flagstaff', 'St. George', 'Boca Raton'];
/** Beach and travel towns, with the country or state written after them (kept). */
const TRAVEL: readonly (readonly [string, string])[] = [['Cancún', 'Mexico'], ['Puerto Vallarta', 'Mexico'], ['Cozumel', 'Mexico'], ['Cabo San Lucas', 'Mexico'], ['Punta Cana', 'Dominican Republic'], ['Montego Bay', 'Jamaica'], ['Roatán', 'Honduras'], ['Belize City', 'Belize'], ['Iquitos', 'Peru'], ['Cusco', 'Peru'], ['Manaus', 'Brazil'], ['Tamarindo', 'Costa Rica'], ['Phuket', 'Thailand'], ['Bali', 'Indonesia'], ['Destin', 'Florida'], ['Key West', 'Florida'], ['Gulf Shores', 'Alabama'], ['Myrtle Beach', 'South Carolina'], ['Lake Havasu City', 'Arizona'], ['South Padre Island', 'Texas']];
const COUNTY_WORDS = ['Clay', 'Union', 'Boone', 'Monroe', 'Jackson', 'Marion', 'Washington', 'Orange', 'Lee', 'Hamilton', 'Douglas', 'Lake', 'Warren', 'Butler', 'Polk', 'Knox', 'Grant', 'Wayne', 'Franklin', 'Pike', 'Logan', 'Madison', 'Sumter', 'Pinellas', 'Maricopa'];
const STATES = ['OH', 'IN', 'KY', 'TN', 'MS', 'AL', 'GA', 'FL', 'AR', 'LA', 'OK', 'TX', 'AZ', 'UT', 'MO', 'PA', 'NY', 'WV', 'MI', 'WI', 'MN', 'Ohio', 'Florida', 'Arizona', 'Texas'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Pecan', 'Magnolia', 'Depot', 'College', 'Liberty', 'Hickory', 'Dogwood', 'Lakeview', 'Pleasant', 'Sunset', 'Meadow', 'Elm', 'Oak', 'Maple', 'Ridge', 'Orchard', 'Palm', 'Gulf Breeze', 'Professional', 'Medical Park'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Pkwy', 'Blvd', 'Way', 'Circle'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Thomas', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Baptist Hospital', 'Methodist Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day, as written and the part to plant. */
const HOLIDAYS: readonly (readonly [string, string])[] = [['the Fourth of July', 'Fourth of July'], ['Memorial Day', 'Memorial Day'], ['Labor Day', 'Labor Day'], ['Christmas Eve', 'Christmas Eve'], ['Christmas Day', 'Christmas Day'], ["New Year's Day", "New Year's Day"], ['Thanksgiving Day', 'Thanksgiving Day'], ['July 4th', 'July 4th'], ["Valentine's Day", "Valentine's Day"], ['Easter Sunday', 'Easter Sunday'], ["Mother's Day", "Mother's Day"]];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'partner', 'granddaughter', 'grandson', 'niece', 'girlfriend', 'boyfriend'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Miss'];
const CARRIERS = ['Aetna', 'Anthem BCBS', 'UnitedHealthcare', 'Cigna', 'Humana', 'Tricare', 'Medicare Part B', 'Medicaid', 'Oscar'];
const SITES = ['L nasal ala', 'R helical rim', 'L preauricular cheek', 'R temple', 'mid upper back', 'L upper arm', 'R lower leg', 'scalp vertex', 'L dorsal hand', 'R medial canthus', 'L lower eyelid', 'upper lip vermilion'];
const FILE_SITES = ['back', 'lcheek', 'rarm', 'scalp', 'nose', 'lleg', 'chest', 'rhand', 'abd'];
const HEX = '0123456789ABCDEF';
const hexLower = '0123456789abcdef';

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
  site(): string {
    return this.pick(SITES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  travel(): readonly [string, string] {
    return this.pick(TRAVEL);
  }
  /** A travel town abroad (the first fourteen). */
  abroad(): readonly [string, string] {
    return this.pick(TRAVEL.slice(0, 14));
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
  /** A dermatology practice or Mohs center. */
  dermPractice(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Dermatology`;
    if (k === 1) return `${this.sur()} Dermatology Associates`;
    if (k === 2) return `${this.town()} Skin & Cancer Center`;
    if (k === 3) return `Dermatology Specialists of ${this.town()}`;
    if (k === 4) return `${this.sur()} Skin Institute`;
    if (k === 5) return `${this.town()} Mohs Surgery Center`;
    return `${this.town()} Dermatology and Laser Center`;
  }
  /** A dermatopathology lab. */
  dermpathLab(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Dermatopathology`;
    if (k === 1) return `${this.sur()} Dermpath Laboratory`;
    if (k === 2) return `${this.town()} Pathology Associates`;
    if (k === 3) return `Dermatopathology Laboratory of ${this.town()}`;
    return `${this.sur()} Skin Pathology Lab`;
  }
  /** A referring primary care practice. */
  referringPractice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.sur()} Family Practice`;
    if (k === 2) return `${this.town()} Internal Medicine Associates`;
    if (k === 3) return `${this.town()} Primary Care`;
    return `${this.sur()} Pediatrics`;
  }
  eyePractice(): string {
    return this.r() < 0.5 ? `${this.town()} Eye Associates` : `${this.sur()} Oculoplastic Surgery`;
  }
  /** A med spa or day spa. */
  spa(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Med Spa`;
    if (k === 1) return `${this.sur()} Aesthetics`;
    if (k === 2) return `${this.given()}'s Day Spa`;
    if (k === 3) return `Radiance Medical Spa of ${this.town()}`;
    return `${this.town()} Laser & Skin Spa`;
  }
  /** A hair salon. */
  salon(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Hair Studio`;
    if (k === 1) return `${this.given()}'s Beauty Salon`;
    if (k === 2) return `${this.town()} Hair Design`;
    return `Salon ${this.sur()}`;
  }
  nailSalon(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.given()}'s Nail Salon`;
    if (k === 1) return `${this.town()} Nails & Spa`;
    return `${this.sur()} Nail Bar`;
  }
  tanning(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Tan & Glow`;
    if (k === 1) return `Sunkissed Tanning of ${this.town()}`;
    return `${this.sur()}'s Tanning Salon`;
  }
  tattoo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Ink Tattoo Parlour`;
    if (k === 1) return `${this.town()} Tattoo Co.`;
    if (k === 2) return `${this.sur()}'s Tattoo Parlor`;
    return `Iron Rose Tattoo of ${this.town()}`;
  }
  daycare(): string {
    return this.r() < 0.5 ? `${this.town()} Learning Center` : `${this.sur()} Kids Daycare`;
  }
  /** A workplace with a skin exposure, and the exposure. */
  employer(): readonly [string, string] {
    const k = this.int(0, 6);
    if (k === 0) return [`${this.sur()} Landscaping`, 'sun and plants'];
    if (k === 1) return [`${this.town()} Poultry`, 'wet work and gloves'];
    if (k === 2) return [`${this.sur()} Auto Body`, 'epoxy and solvents'];
    if (k === 3) return [`${this.sur()} Concrete`, 'wet cement'];
    if (k === 4) return [`${this.town()} Fiberglass`, 'fiberglass and resins'];
    if (k === 5) return [`${this.town()} Machine Works`, 'metalworking fluids'];
    return [`${this.sur()} Roofing`, 'sun and tar'];
  }
  specialtyPharmacy(): string {
    return this.r() < 0.5 ? `${this.town()} Specialty Pharmacy` : `${this.sur()} Specialty Rx`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  suite(): string {
    return this.pick([`Suite ${this.int(100, 450)}`, `Ste ${this.int(1, 30)}${this.pick(['', 'A', 'B'])}`, `Bldg ${this.pick(['A', 'B', 'C'])}`]);
  }
  zip(): string {
    const z = String(this.int(10001, 89999)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  time(): string {
    return `${pad2(this.int(7, 18))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms notes, logs and letters write. */
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
  dob(lo = 1930, hi = 2010): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(this.int(9, 10));
  }
  /** A dermatopathology accession ('DP24-01873', 'S24-3312', 'SD-24-004417'). */
  accession(): string {
    const yy = pad2(this.year() % 100);
    return this.pick([`DP${yy}-${this.digitString(5)}`, `S${yy}-${this.digitString(4)}`, `SD-${yy}-${this.int(1000, 99999).toString().padStart(6, '0')}`, `D${yy}-${this.digitString(6)}`, `DS${this.year()}-${this.digitString(5)}`, `${yy}-DP-${this.digitString(4)}`]);
  }
  /** A clinical photo or media id. */
  photoId(): string {
    return this.pick([`PH-${this.digitString(7)}`, `IMG${this.digitString(8)}`, `DRM-${this.digitString(6)}`, this.digitString(this.int(9, 11)), `P${this.digitString(2)}-${this.digitString(5)}`]);
  }
  /** A mole-mapping or imaging session id. */
  sessionId(): string {
    return this.pick([`MM-${this.digitString(6)}`, `S${this.digitString(7)}`, `${this.letters(2)}${this.digitString(6)}`, `${this.year()}-${this.digitString(5)}`]);
  }
  consultId(): string {
    return this.pick([`TD-${this.digitString(6)}`, `EC${this.digitString(7)}`, this.digitString(8), `TDM-${this.year()}-${this.digitString(4)}`]);
  }
  /** A dermatoscope, phototherapy unit, laser or camera serial. */
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    if (k === 2) return `SN-${this.digitString(7)}`;
    if (k === 3) return `${this.letters(2)}${this.digitString(2)}-${this.digitString(5)}`;
    return this.digitString(this.int(8, 10));
  }
  lot(): string {
    return this.pick([`C${this.digitString(4)}C${this.digitString(1)}`, `${this.letters(1)}${this.digitString(6)}`, `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`, `${this.digitString(4)}${this.letters(1)}${this.digitString(2)}`, this.digitString(this.int(6, 8))]);
  }
  tracking(): string {
    return this.pick([this.digitString(12), `1Z${this.lettersOf('0123456789ABCDEFGHJKLMNPRSTVWXY', 16)}`, `9${this.digitString(21)}`, this.digitString(15)]);
  }
  imei(): string {
    return this.digitString(15);
  }
  /** An app's device id (a UUID). */
  deviceUuid(): string {
    const h = (n: number) => this.lettersOf(this.r() < 0.5 ? HEX : hexLower, n);
    return `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
  }
  ip(): string {
    return this.pick([`${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  account(): string {
    return this.pick([this.digitString(this.int(7, 10)), `A${this.digitString(7)}`, `${this.digitString(3)}-${this.digitString(6)}`, `CS${this.digitString(6)}`]);
  }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digitString(9)}`, this.digitString(10), `${this.letters(1)}${this.digitString(8)}`, `${this.digitString(9)}${this.letters(2)}`]);
  }
  auth(): string {
    return this.pick([this.digitString(this.int(8, 10)), `PA${this.digitString(7)}`, `${this.digitString(4)}-${this.digitString(6)}`, `A${this.digitString(9)}`]);
  }
  /** An iPLEDGE patient id. */
  ipledge(): string {
    return this.digitString(10);
  }
  enrollment(): string {
    return this.pick([`${this.letters(2)}-${this.digitString(7)}`, this.digitString(this.int(8, 10)), `ENR${this.digitString(6)}`]);
  }
  orderId(): string {
    return this.pick([`ORD-${this.digitString(7)}`, this.digitString(this.int(7, 9)), `${this.letters(2)}${this.digitString(6)}`]);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  licence(): string {
    return this.pick([`MD${this.digitString(6)}`, this.digitString(this.int(5, 8)), `${this.letters(2)}.${this.digitString(6)}`, `RN${this.digitString(7)}`, `PA-${this.digitString(5)}`]);
  }
  ssn(): string {
    const a = this.int(100, 665); const b = pad2(this.int(10, 99)); const c = String(this.int(1000, 9999));
    return this.r() < 0.8 ? `${a}-${b}-${c}` : `${a} ${b} ${c}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A short word for a web domain. */
  domain(): string {
    return this.pick([asciiLetters(this.town()), `${asciiLetters(this.town())}derm`, `${asciiLetters(this.sur())}dermatology`, `${asciiLetters(this.town())}skin`]) || 'skinclinic';
  }
  /** A personal or staff e-mail address (its name drawn apart from the frame's names). */
  email(): string {
    const a = asciiLetters(this.faker().person.firstName()) || 'sam';
    const b = asciiLetters(this.faker().person.lastName()) || 'lee';
    const local = this.pick([`${a.charAt(0)}${b}`, `${a}.${b}`, `${b}${a.charAt(0)}${this.int(1, 99)}`, `${a}${this.int(10, 1999)}`, `${a}_${b.slice(0, 4)}`]);
    const dom = this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com', 'outlook.com', 'hotmail.com', `${this.domain()}.com`, `${this.domain()}.org`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const dom = this.domain();
    return this.pick([`https://portal.${dom}.com/photos`, `https://${dom}.teledermvisit.com/submit/${this.letters(4).toLowerCase()}${this.int(10, 99)}`, `www.${dom}.com/upload`, `https://mychart.${dom}.org/MyChart/`, `http://${dom}.org/patch-test-instructions`]);
  }
  /** A physician as written, and the parts to plant. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, ${this.pick(['MD', 'DO'])}`, [g, s]];
    if (k === 2) return [`${s}, ${g} MD`, [s, g]];
    if (k === 3) return [`${g} ${s}, MD, FAAD`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
  /** A surname-bearing image file name ('Stone_J_20240314_back.jpg'), and its planted parts. */
  namedFile(): readonly [string, readonly string[]] {
    const s = this.sur();
    const fd = this.fileDate();
    const site = this.pick(FILE_SITES);
    const k = this.int(0, 2);
    if (k === 0) return [`${s}_${this.letters(1)}_${fd}_${site}.jpg`, [s, fd]];
    if (k === 1) return [`${asciiLetters(s)}-${fd}-${site}-${this.int(1, 9)}.JPG`, [asciiLetters(s), fd]];
    return [`${fd}_${s.toUpperCase()}_${site}.heic`, [s.toUpperCase(), fd]];
  }
  /** An MRN-bearing image file name ('0034512_20240314_03.jpg'), and its planted parts. */
  mrnFile(): readonly [string, readonly string[]] {
    const m = this.mrn();
    const fd = this.fileDate();
    return this.r() < 0.5 ? [`${m}_${fd}_${pad2(this.int(1, 24))}.jpg`, [m, fd]] : [`derm_${m}_${fd}.png`, [m, fd]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // clinic visit notes
  ['visit note header', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date();
    return [`DERMATOLOGY CLINIC NOTE\nPatient: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dt}`, [s, g, dob, mrn, dt]];
  }],
  ['referred by practice for changing mole', (d) => {
    const [doc, p] = d.doctor(); const pr = d.referringPractice();
    return [`Referred by ${doc} of ${pr} for a changing pigmented lesion of the ${d.site()}.`, [...p, pr]];
  }],
  ['relative noticed lesion on holiday', (d) => {
    const g = d.given(); const [h, hp] = d.holiday();
    return [`Her ${d.relation()} ${g} noticed the spot at the lake over ${h}; it has bled twice since and does not heal.`, [g, hp]];
  }],
  ['sunburn on trip to travel town', (d) => {
    const [t, c] = d.travel(); const my = d.monthYear();
    return [`Blistering sunburn on a trip to ${t}, ${c} in ${my}; uses SPF 30 only at the beach.`, [t, my]];
  }],
  ['occupational exposure at workplace', (d) => {
    const [e, x] = d.employer(); const t = d.town();
    return [`Works full time at ${e} in ${t}; hands exposed to ${x} daily, worse on workdays, better on vacation.`, [e, t]];
  }],
  ['age over 89 with nonhealing lesion', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} with Fitzpatrick type II skin and a history of multiple BCCs presents with a nonhealing lesion of the ${d.site()}.`, [n]];
  }],
  ['return weekday and month day for suture removal', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`RTC ${w} ${md} for suture removal; wound care handout given, Vaseline and a bandage daily.`, [w, md]];
  }],
  ['indoor tanning salon history', (d) => {
    const t = d.tanning();
    return [`Tanning bed use at ${t} about ${d.int(20, 120)} sessions a year until ${d.year()}; quit after her first melanoma.`, [t]];
  }],
  ['tattoo reaction at parlour', (d) => {
    const md = d.monDay(); const tp = d.tattoo(); const t = d.town();
    return [`Red ink of a forearm tattoo placed ${md} at ${tp} in ${t} is raised, scaly and itchy; black ink areas spared.`, [md, tp, t]];
  }],
  ['child with impetigo from daycare', (d) => {
    const g = d.given(); const s = d.sur(); const dc = d.daycare();
    return [`Accompanied by ${d.pick(['mother', 'father', 'grandmother'])} ${g} ${s}; two other children at ${dc} have similar honey-crusted sores.`, [g, s, dc]];
  }],
  ['scribe attestation', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`I, ${g} ${s}, am scribing for and in the presence of Dr. ${s2}, who has reviewed and agrees with this documentation.`, [g, s, s2]];
  }],
  ['note signature with NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`${doc}\nBoard Certified Dermatologist   NPI ${npi}\nElectronically signed ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['results callback phone and relative', (d) => {
    const [ph, p] = d.phone(); const g = d.given();
    return [`Path results to be called to the patient at ${ph}; OK to leave a detailed message with ${d.relation()} ${g}.`, [p, g]];
  }],
  // Mohs surgery reports
  ['Mohs report header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const [doc2, p2] = d.doctor(); const pr = d.dermPractice();
    return [`MOHS MICROGRAPHIC SURGERY REPORT\nDate of surgery: ${dt}\nMohs surgeon: ${doc}\nReferring: ${doc2}, ${pr}`, [dt, ...p, ...p2, pr]];
  }],
  ['Mohs outside biopsy and accession', (d) => {
    const dt = d.date(); const pr = d.dermPractice(); const acc = d.accession();
    return [`Pre-op: shave biopsy ${dt} at ${pr} (accession ${acc}) showed nodular and infiltrative basal cell carcinoma.`, [dt, pr, acc]];
  }],
  ['Mohs stage histotech and reader', (d) => {
    const i = d.initials(); const s = d.sur();
    return [`Stage I: 2 sections, residual tumor at 3 o'clock on the deep margin. Histotech ${i}. Frozen sections read by Dr. ${s}.`, [i, s]];
  }],
  ['Mohs repair and assistant', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Final defect 1.4 x 1.1 cm repaired with a bilobed transposition flap by Dr. ${s}; assisted by ${g} ${s2}, CMA.`, [s, g, s2]];
  }],
  ['Mohs post-op call weekday', (d) => {
    const w = d.weekday(); const g = d.given(); const [ph, p] = d.phone();
    return [`Post-op call ${w}: no bleeding, pain controlled with acetaminophen. Spoke with ${d.relation()} ${g} at ${ph}.`, [w, g, p]];
  }],
  ['Mohs referral to oculoplastics', (d) => {
    const s = d.sur(); const ep = d.eyePractice(); const md = d.slashMd();
    return [`Lower lid defect involving the margin; referred to Dr. ${s} at ${ep} for repair on ${md}.`, [s, ep, md]];
  }],
  ['Mohs patient drove in from town', (d) => {
    const t = d.town(); const n = d.ageOver89();
    return [`Patient is ${n} and drove in from ${t} with her ${d.relation()}; she prefers a single-day procedure.`, [n, t]];
  }],
  // dermatopathology reports
  ['dermpath report header', (d) => {
    const acc = d.accession(); const g = d.given(); const s = d.sur(); const dt = d.date(); const dt2 = d.date(); const lab = d.dermpathLab();
    return [`DERMATOPATHOLOGY REPORT\nAccession: ${acc}\nPatient: ${g} ${s}\nCollected: ${dt}   Received: ${dt2}\nLaboratory: ${lab}`, [acc, g, s, dt, dt2, lab]];
  }],
  ['dermpath client address and fax', (d) => {
    const pr = d.dermPractice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, p] = d.phone();
    return [`Client: ${pr}, ${st}, ${d.suite()}, ${t}, ${d.state()} ${z}   Fax: ${fx}`, [pr, st, t, z, p]];
  }],
  ['dermpath diagnosis signed out', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`DIAGNOSIS: Skin, left upper back, shave: melanoma in situ, margins involved.\nElectronically signed out by ${g} ${s}, MD, Dermatopathologist, on ${dt}.`, [g, s, dt]];
  }],
  ['dermpath second opinion outside case', (d) => {
    const lab = d.dermpathLab(); const t = d.town(); const acc = d.accession(); const md = d.monDay();
    return [`Slides sent for second opinion to ${lab}, ${t} (their case ${acc}) on ${md}; concurs with atypical Spitz tumor.`, [lab, t, acc, md]];
  }],
  ['dermpath blocks released with tracking', (d) => {
    const h = d.hospital(); const dt = d.date(); const tr = d.tracking();
    return [`Blocks A1-A3 and 10 unstained slides released to ${h} on ${dt}; FedEx tracking ${tr}.`, [h, dt, tr]];
  }],
  ['gene expression profile order', (d) => {
    const md = d.slashMd(); const o = d.orderId();
    return [`DecisionDx-Melanoma ordered ${md} on the block from specimen B; Castle order ID ${o}. Result: Class 1A.`, [md, o]];
  }],
  ['dermpath clinical history age over 89', (d) => {
    const n = d.ageOver89(); const acc = d.accession();
    return [`Clinical history: ${n} yo, r/o SCC vs KA, right dorsal hand. Specimen A (${acc}): well-differentiated SCC, invasive.`, [n, acc]];
  }],
  // total body skin exam and mole mapping
  ['TBSE log row', (d) => {
    const dt = d.mdy(); const ph = d.photoId(); const i = d.initials();
    return [`${dt} | TBSE | ${d.int(20, 140)} nevi, 2 atypical | photos ${ph} | ${i}`, [dt, ph, i]];
  }],
  ['mole mapping session and device serial', (d) => {
    const sid = d.sessionId(); const sn = d.serial(); const mrn = d.mrn();
    return [`FotoFinder ATBM session ${sid}, device S/N ${sn}; 36 dermoscopic images stored under MRN ${mrn}.`, [sid, sn, mrn]];
  }],
  ['image file with surname and date', (d) => {
    const [f, p] = d.namedFile();
    return [`Baseline overview photo uploaded as ${f}; compare at next TBSE.`, [...p]];
  }],
  ['image file with MRN and date', (d) => {
    const [f, p] = d.mrnFile();
    return [`Dermoscopy of the L shoulder lesion saved: ${f} (camera counter IMG_${d.int(1000, 9999)}.JPG).`, [...p]];
  }],
  ['next TBSE month year with relative', (d) => {
    const my = d.monthYear(); const g = d.given();
    return [`Next full skin exam due ${my}; ${d.relation()} ${g} to check the back monthly using the ABCDE handout.`, [my, g]];
  }],
  ['TBSE photo ids list', (d) => {
    const a = d.photoId(); const b = d.photoId(); const dt = d.date();
    return [`Clinical photos ${a} and ${b} taken ${dt} (patient consented, face excluded).`, [a, b, dt]];
  }],
  // phototherapy
  ['phototherapy log row', (d) => {
    const dt = d.date(); const i = d.initials();
    return [`Tx #${d.int(2, 60)}  ${dt}  NB-UVB ${d.int(3, 15) * 100} mJ/cm2  no erythema  goggles on  ${i}`, [dt, i]];
  }],
  ['phototherapy missed on holiday', (d) => {
    const [h, hp] = d.holiday(); const w = d.weekday();
    return [`No treatment ${h} (clinic closed); resume ${w} at the same dose.`, [hp, w]];
  }],
  ['home phototherapy unit delivered', (d) => {
    const sn = d.serial(); const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home NB-UVB panel (Daavlin 7 Series) S/N ${sn} delivered ${dt} to ${st}, ${t}, ${d.state()} ${z}.`, [sn, dt, st, t, z]];
  }],
  ['excimer serial and operator', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`XTRAC excimer S/N ${sn}; session ${d.int(2, 24)}, 400 mJ/cm2 to both elbows. Operator: ${g} ${s}, RN.`, [sn, g, s]];
  }],
  ['phototherapy authorization and member', (d) => {
    const a = d.auth(); const dt = d.mdy(); const m = d.member();
    return [`${d.carrier()} auth #${a} for 36 phototherapy sessions valid through ${dt}; member ID ${m}.`, [a, dt, m]];
  }],
  ['phototherapy session calendar ordinal', (d) => {
    const o = ordinal(d.int(1, 28)); const w = d.weekday();
    return [`Missed the session on the ${o} (car trouble); made up ${w} afternoon.`, [o, w]];
  }],
  // cosmetic consult notes
  ['referred from spa after peel', (d) => {
    const sp = d.spa(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Referred by ${sp} after a reaction to a chemical peel on ${md}; esthetician ${g} ${s}, LE, sent photos.`, [sp, md, g, s]];
  }],
  ['neurotoxin lot and injector licence', (d) => {
    const lot = d.lot(); const g = d.given(); const s = d.sur(); const lic = d.licence();
    return [`Botox 20 units to the glabella, lot ${lot}. Injector: ${g} ${s}, PA-C, license #${lic}.`, [lot, g, s, lic]];
  }],
  ['filler lot and photo consent', (d) => {
    const lot = d.lot(); const ph = d.photoId(); const dt = d.date();
    return [`Juvederm Voluma XC 1 syringe to the cheeks, lot ${lot}; pre-procedure photos ${ph} with consent signed ${dt}.`, [lot, ph, dt]];
  }],
  ['cosmetic account and quote e-mail', (d) => {
    const a = d.account(); const em = d.email();
    return [`Cosmetic account ${a}; quote for 3 IPL sessions e-mailed to ${em}. Not billed to insurance.`, [a, em]];
  }],
  ['laser serial and tech', (d) => {
    const sn = d.serial(); const dt = d.date(); const i = d.initials();
    return [`Candela GentleMax Pro S/N ${sn}: session 3 of 6 on ${dt}, 18 mm spot, 14 J/cm2. Tech ${i}.`, [sn, dt, i]];
  }],
  ['prior microneedling at med spa in town', (d) => {
    const sp = d.spa(); const t = d.town(); const my = d.monthYear();
    return [`Had microneedling with PRP at ${sp} in ${t} in ${my}; post-inflammatory hyperpigmentation since.`, [sp, t, my]];
  }],
  ['nail salon acrylics', (d) => {
    const sl = d.nailSalon(); const t = d.town();
    return [`Gets acrylic nails every 2 weeks at ${sl} (${t}); periungual dermatitis and onycholysis of several fingernails.`, [sl, t]];
  }],
  // teledermatology submissions
  ['teledermatology submission header', (d) => {
    const id = d.consultId(); const dt = d.date(); const [doc, p] = d.doctor(); const pr = d.referringPractice();
    return [`TELEDERMATOLOGY CONSULT ${id}\nSubmitted ${dt} ${d.time()} by ${doc} (${pr})\nImages attached: ${d.int(2, 8)}`, [id, dt, ...p, pr]];
  }],
  ['submitting phone IMEI and upload IP', (d) => {
    const imei = d.imei(); const ip = d.ip();
    return [`Captured on an iPhone 13 (IMEI ${imei}), uploaded from ${ip}; image quality adequate for triage.`, [imei, ip]];
  }],
  ['app device id and dermatoscope serial', (d) => {
    const sn = d.serial(); const u = d.deviceUuid();
    return [`DermLite DL5 (S/N ${sn}) attached to the clinic phone; app device ID ${u}.`, [sn, u]];
  }],
  ['patient photos through portal', (d) => {
    const url = d.url(); const w = d.weekday(); const [f, p] = d.namedFile();
    return [`Patient submitted photos through ${url} on ${w}; file ${f}.`, [url, w, ...p]];
  }],
  ['e-consult reply to referring clinician e-mail', (d) => {
    const em = d.email(); const pr = d.dermPractice();
    return [`Reply sent to ${em}: lesion is suspicious; recommend an in-person biopsy at ${pr} within 2 weeks.`, [em, pr]];
  }],
  ['telederm site and CSN', (d) => {
    const h = d.hospital(); const csn = d.csn(); const g = d.given(); const s = d.sur();
    return [`Originating site: ${h} wound clinic. CSN ${csn}. Presenter: ${g} ${s}, RN.`, [h, csn, g, s]];
  }],
  // biopsy tracking logs
  ['biopsy tracking log row', (d) => {
    const dt = d.mdy(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const acc = d.accession(); const md = d.slashMd(); const i = d.initials();
    return [`${dt} | ${s}, ${g} | MRN ${mrn} | shave bx ${d.site()} | ${acc} | notified ${md} ${i}`, [dt, s, g, mrn, acc, md, i]];
  }],
  ['biopsy result overdue call to lab', (d) => {
    const acc = d.accession(); const dt = d.date(); const lab = d.dermpathLab(); const [ph, p] = d.phone();
    return [`No report for ${acc} (biopsy ${dt}) after 14 days; called ${lab} at ${ph}, slides in recuts.`, [acc, dt, lab, p]];
  }],
  ['certified letter with tracking and address', (d) => {
    const tr = d.tracking(); const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Unable to reach by phone x3. Certified letter ${tr} mailed ${dt} to ${st}, ${t}, ${d.state()} ${z}.`, [tr, dt, st, t, z]];
  }],
  ['biopsy voicemail attempts', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Left VM ${w} at ${ph} re: results; 2nd attempt ${md}, no answer.`, [w, p, md]];
  }],
  ['biopsy consent and specimen photo', (d) => {
    const g = d.given(); const s = d.sur(); const ph = d.photoId();
    return [`Consent signed by ${d.pick(['patient', 'POA'])}; site marked and photographed (${ph}); witnessed by ${g} ${s}, MA.`, [ph, g, s]];
  }],
  // patch testing
  ['patch test application day and date', (d) => {
    const w = d.weekday(); const dt = d.date();
    return [`Patches applied ${w}, ${dt} (NACDG series + hairdressing series); keep back dry until final read.`, [w, dt]];
  }],
  ['patch test relevance at workplace', (d) => {
    const [e] = d.employer(); const t = d.town();
    return [`Methylisothiazolinone ++ at D5: relevant to the hand soap at ${e}, ${t}.`, [e, t]];
  }],
  ['patch test panel lot', (d) => {
    const lot = d.lot(); const lot2 = d.lot();
    return [`T.R.U.E. TEST panels 1-3, lot ${lot}; supplemental allergens in Finn Chambers, batch ${lot2}.`, [lot, lot2]];
  }],
  ['hairdresser at salon PPD positive', (d) => {
    const sl = d.salon(); const t = d.town();
    return [`Hairdresser at ${sl} in ${t} for 12 years; paraphenylenediamine +++ and ammonium persulfate ++.`, [sl, t]];
  }],
  ['patch test reader and photos', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const ph = d.photoId();
    return [`Final reading by ${g} ${s}, RN on ${dt}; photos ${ph}. Patient given the CAMP safe product list.`, [g, s, dt, ph]];
  }],
  ['patch test read weekday and month day', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Delayed reading ${w} ${md}: gold sodium thiosulfate + (late), nickel sulfate ++.`, [w, md]];
  }],
  // letters to referring doctors
  ['letter address block to referring doctor', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const pr = d.referringPractice(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${doc}\n${pr}\n${st}\n${t}, ${d.state()} ${z}`, [dt, ...p, pr, st, t, z]];
  }],
  ['letter RE line DOB', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`RE: ${g} ${s}   DOB: ${dob}\nDear Colleague,\nThank you for referring this patient for evaluation of psoriasis.`, [g, s, dob]];
  }],
  ['letter thank you with title and age', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const n = d.ageOver89();
    return [`Dear Dr. ${s},\nThank you for asking me to see ${d.title()} ${g} ${s2}, a pleasant ${n}-year-old with a scaly plaque on the scalp.`, [s, g, s2, n]];
  }],
  ['letter cc with fax', (d) => {
    const [doc, p] = d.doctor(); const pr = d.referringPractice(); const [fx, pf] = d.phone();
    return [`cc: ${doc}, ${pr} (via fax ${fx})`, [...p, pr, pf]];
  }],
  ['letter nurse phone extension and e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext(); const em = d.email();
    return [`Please contact my nurse, ${g} ${s}, at ${ph} ext. ${e} or ${em} with any questions.`, [g, s, p, e, em]];
  }],
  ['letter practice letterhead', (d) => {
    const pr = d.dermPractice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`${pr}\n${st} | ${t}, ${d.state()} ${z} | Tel ${ph}`, [pr, st, t, z, p]];
  }],
  // systemic therapy, registries and other numbers
  ['iPLEDGE enrollment and pregnancy test', (d) => {
    const id = d.ipledge(); const dt = d.date(); const w = d.weekday();
    return [`iPLEDGE patient ID ${id}; first negative pregnancy test ${dt}, confirmed in the REMS system ${w}.`, [id, dt, w]];
  }],
  ['biologic hub enrollment and specialty pharmacy', (d) => {
    const id = d.enrollment(); const sp = d.specialtyPharmacy(); const [ph, p] = d.phone();
    return [`Dupixent MyWay enrollment #${id}; shipped by ${sp}, ${ph}. First dose 600 mg in clinic.`, [id, sp, p]];
  }],
  ['SSN on old intake form', (d) => {
    const ssn = d.ssn(); const mrn = d.mrn();
    return [`Old paper intake scanned to chart (MRN ${mrn}); SSN ${ssn} redacted on the copy sent to the lab.`, [mrn, ssn]];
  }],
  ['scabies outbreak at nursing home in county', (d) => {
    const h = d.hospital(); const c = d.county(); const dt = d.date();
    return [`Crusted scabies; resident transferred from the long-term care wing of ${h} (${c}); outbreak reported to public health ${dt}.`, [h, c, dt]];
  }],
  ['sun exposure outdoor job in county', (d) => {
    const c = d.county(); const g = d.given();
    return [`Retired mail carrier for ${c}; ${d.relation()} ${g} says he never wore a hat.`, [c, g]];
  }],
  ['travel rash leishmaniasis', (d) => {
    const [t, c] = d.abroad(); const md = d.slashMd();
    return [`Painless ulcer after a jungle tour near ${t} (${c}), returned ${md}; PCR for Leishmania sent.`, [t, md]];
  }],
];

/** The names of the wave's frames. */
export const dermFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function dermWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 7417, rounds);
}

/** Look-alikes in dermatology style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and signs
  ['Koebner phenomenon along the scratch marks.', 'Koebner'], ['Nikolsky sign negative.', 'Nikolsky'], ['Auspitz sign present on removal of scale.', 'Auspitz'],
  ["Darier's sign positive after stroking the macule.", "Darier's"], ['Asboe-Hansen sign positive', 'Asboe-Hansen'], ['Hutchinson sign: periungual pigment extends to the proximal fold.', 'Hutchinson'],
  ['Sign of Leser-Trélat suspected.', 'Leser-Trélat'], ['Breslow thickness 0.8 mm, no ulceration.', 'Breslow'], ['Clark level IV', 'Clark level IV'],
  ['Fitzpatrick type III', 'Fitzpatrick'], ["Wood's lamp: coral-red fluorescence in the groin.", "Wood's lamp"], ['Scheduled for Mohs on the nasal tip.', 'Mohs'],
  ['Mohs micrographic surgery, 2 stages', 'Mohs micrographic surgery'], ['Spitz nevus on the cheek of a child', 'Spitz'], ['Sutton nevus (halo nevus) on the back', 'Sutton'],
  ["Becker's nevus on the shoulder", "Becker's"], ["Bowen's disease of the shin", "Bowen's"], ['Kaposi sarcoma, patch stage', 'Kaposi'], ['Merkel cell carcinoma of the cheek', 'Merkel'],
  ["Grover's disease, truncal papules", "Grover's"], ['Hailey-Hailey disease in the axillae', 'Hailey-Hailey'], ['Stevens-Johnson syndrome after lamotrigine', 'Stevens-Johnson'],
  ['Sweet syndrome with neutrophilic infiltrate', 'Sweet syndrome'], ['Gottron papules over the knuckles', 'Gottron'], ['Wickham striae on the buccal mucosa', 'Wickham'],
  ['Civatte bodies at the junction', 'Civatte'], ['Kamino bodies present', 'Kamino'], ['Max Joseph spaces', 'Max Joseph'], ['Pautrier microabscesses in the epidermis', 'Pautrier'],
  ['Munro microabscesses in the stratum corneum', 'Munro'], ['spongiform pustules of Kogoj', 'Kogoj'], ['Tzanck smear positive for multinucleated giant cells', 'Tzanck'],
  ['Sézary syndrome, erythrodermic', 'Sézary'], ['Bateman purpura on the forearms', 'Bateman'], ['Favre-Racouchot comedones at the temples', 'Favre-Racouchot'],
  ['Fox-Fordyce disease of the axillae', 'Fox-Fordyce'], ['Dennie-Morgan folds', 'Dennie-Morgan'], ["Beau's lines on all fingernails", "Beau's"], ['Incision placed along Langer lines.', 'Langer'],
  ['Glogau photoaging type III', 'Glogau'], ["Jessner's solution peel, 3 coats", "Jessner's"], ['Baker-Gordon phenol peel', 'Baker-Gordon'], ['Unna boot applied to the left leg.', 'Unna'],
  // scores and staging
  ['PASI 12.4, BSA 9%', 'PASI 12.4'], ['SCORAD 45', 'SCORAD 45'], ['EASI 18.2 at week 16', 'EASI 18.2'], ['IGA 3 (moderate)', 'IGA 3'], ['DLQI 14', 'DLQI 14'],
  ['POEM 17', 'POEM 17'], ['SALT score 60', 'SALT score 60'], ['Hurley stage II', 'Hurley stage II'], ['NAPSI 24', 'NAPSI 24'], ['MASI 11.5', 'MASI 11.5'], ['VASI 0.8', 'VASI 0.8'],
  ['ABCDE: asymmetry, irregular border', 'ABCDE'], ['pT1a N0 M0, AJCC 8th edition', 'pT1a N0 M0'], ['mitotic rate 1/mm2', '1/mm2'], ['stage IIA melanoma', 'stage IIA'],
  // patch test allergens, series and readings
  ['Nickel sulfate 2.5% pet: ++ at D5', 'Nickel sulfate 2.5% pet'], ['Cobalt chloride 1% pet: ?+', 'Cobalt chloride'], ['Balsam of Peru (Myroxylon pereirae) +', 'Peru'],
  ['Fragrance mix I 8% pet', 'Fragrance mix I'], ['MCI/MI (Kathon CG) 0.02% aq', 'Kathon CG'], ['Quaternium-15 2% pet', 'Quaternium-15'], ['Paraphenylenediamine 1% pet +++', 'Paraphenylenediamine'],
  ['Thiuram mix negative', 'Thiuram mix'], ['Carba mix and mercapto mix negative', 'mercapto mix'], ['Colophony 20% pet', 'Colophony'], ['Tixocortol pivalate 0.1% pet', 'Tixocortol pivalate'],
  ['Compositae mix 6% pet', 'Compositae'], ['Read at D2 and D5.', 'D2 and D5'], ['Irritant reaction (IR) to sodium lauryl sulfate', 'IR'], ['T.R.U.E. TEST panel 2', 'T.R.U.E. TEST'],
  ['Applied in Finn Chambers on Scanpor tape', 'Finn Chambers'], ['NACDG standard series, 80 allergens', 'NACDG'], ['Consult the CAMP database for safe products.', 'CAMP'],
  // drug, device and skin-care brands
  ['Dupixent 300 mg every 2 weeks', 'Dupixent'], ['Otezla 30 mg BID', 'Otezla'], ['Skyrizi 150 mg at week 0 and 4', 'Skyrizi'], ['Taltz 80 mg every 4 weeks', 'Taltz'],
  ['Cosentyx loading doses', 'Cosentyx'], ['Tremfya started', 'Tremfya'], ['Opzelura cream BID to the face', 'Opzelura'], ['Vtama cream daily', 'Vtama'], ['Zoryve foam to the scalp', 'Zoryve'],
  ['Efudex 5% BID x 3 weeks', 'Efudex'], ['Aldara 5% cream 5 nights a week', 'Aldara'], ['Protopic 0.1% ointment', 'Protopic'], ['Absorica LD 32 mg daily', 'Absorica'],
  ['Dysport 50 units', 'Dysport'], ['Restylane Kysse 1 mL', 'Restylane Kysse'], ['Sculptra 2 vials', 'Sculptra'], ['Kybella to the submental fat', 'Kybella'],
  ['CeraVe moisturizing cream', 'CeraVe'], ['Vanicream gentle cleanser', 'Vanicream'], ['Aquaphor to the wound', 'Aquaphor'], ['EltaMD UV Clear SPF 46', 'EltaMD'],
  ['La Roche-Posay Anthelios SPF 50', 'La Roche-Posay'], ['Cetaphil and Dove for sensitive skin', 'Dove'], ['DermLite DL4 dermatoscope', 'DermLite DL4'],
  ['Daavlin 7 Series home unit', 'Daavlin 7 Series'], ['XTRAC excimer laser', 'XTRAC'], ['Fraxel Dual 1550', 'Fraxel Dual'], ['VECTRA WB360 imaging', 'VECTRA WB360'],
  // stains, histology, codes, sites, measurements and doses
  ['SOX10 and Melan-A highlight junctional nests.', 'SOX10'], ['PRAME diffusely positive', 'PRAME'], ['Ki-67 index 5%', 'Ki-67'], ['Specimen A: shave, left cheek', 'Specimen A'],
  ['Blocks A1-A3', 'A1-A3'], ['ICD-10 C44.311 basal cell carcinoma of nose', 'C44.311'], ['L40.0 psoriasis vulgaris', 'L40.0'], ['D22.5 melanocytic nevi of trunk', 'D22.5'],
  ['CPT 17311 Mohs first stage', '17311'], ['CPT 11102 tangential biopsy', '11102'], ['88305 surgical pathology', '88305'], ['Defect 1.4 x 1.1 cm', '1.4 x 1.1 cm'],
  ['NB-UVB 800 mJ/cm2', '800 mJ/cm2'], ['Botox 20 units glabella', '20 units'], ['tumor at 3 o\'clock on the deep margin', "3 o'clock"], ['Stage II clear', 'Stage II'],
  ['left nasal ala', 'left nasal ala'], ['right helical rim', 'right helical rim'], ['vermilion border of the lower lip', 'vermilion border'], ['Tx #14 today', 'Tx #14'],
  // everyday words that are also names or towns
  ['Poison ivy dermatitis after yard work.', 'ivy'], ['Pearly papule with a rolled border.', 'Pearly'], ['Cherry angiomas scattered on the trunk.', 'Cherry'],
  ['Three ash-leaf macules on the trunk.', 'ash-leaf'], ['Liquid nitrogen: two freeze-thaw cycles until a 2 mm frost rim.', 'frost'], ['Old burns on both forearms.', 'burns'],
  ['Sweet-smelling discharge from the axilla.', 'Sweet-smelling'], ['Wants comfort measures only for the scalp.', 'comfort'], ['Rose-colored patches on the trunk.', 'Rose-colored'],
  ['Worse every summer.', 'summer'], ['Amber crusts over the lesions.', 'Amber'], ['Sandy grit in the wound.', 'Sandy'], ['Hope the new biologic helps.', 'Hope'],
  ['Will return in 6 weeks.', 'Will'], ['Black dot tinea capitis', 'Black dot'], ['White sponge nevus', 'White sponge'],
  // relations, roles, generic places, ages, years, states, countries, labs, makers and payers
  ['Her husband noticed the mole.', 'husband'], ['Seen with the dermatopathologist at the multiheaded scope.', 'dermatopathologist'], ['Taken to the Mohs suite.', 'Mohs suite'],
  ['Gets gel manicures at a nail salon.', 'nail salon'], ['Tattoo done at a tattoo parlour last year.', 'tattoo parlour'], ['Uses a tanning bed at the gym.', 'tanning bed'],
  ['The patient is an 86-year-old woman.', '86'], ['Melanoma in 2017.', '2017'], ['Moved from Florida.', 'Florida'], ['Vacationed in Mexico.', 'Mexico'],
  ['Slides sent to LabCorp.', 'LabCorp'], ['Castle Biosciences test ordered.', 'Castle Biosciences'], ['Candela laser', 'Candela'], ['Allergan rebate program', 'Allergan'], ['Covered by Aetna.', 'Aetna'],
];

export const dermKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDermKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(dermKeepCases(), find);

export function scoreDermWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => dermWaveCases(seed)), find);
}
