// A blind wave of plastic and reconstructive surgery practice records: new-patient consultations (cosmetic and
// reconstructive, the patient listed as 'SURNAME, Given' with date of birth and MRN, the referring doctor and practice,
// friends who referred them, earlier surgeons in other towns, 3D imaging sessions, weddings and holidays the patient
// wants to be healed for), clinical photography consents and logs (the photographer by name and initials, photo set
// ids, releases for the practice's website with its URL, photos sent from the patient's phone through the portal with
// the upload's IP address), implant cards and device records (the manufacturer, style and size kept; lot and serial
// numbers, RFID numbers, expander serials, acellular dermal matrix tissue ids, registry submissions, warranty
// enrollments and recall letters planted), breast reconstruction after mastectomy (co-surgeon breast surgeons, cancer
// centres, expander fill logs with the nurse's initials, genetic counselling and the relatives who had cancer,
// nipple-areola tattooing at a local studio, symmetry letters under the WHCRA), flap operative notes (DIEP and
// latissimus flaps, coupler lots, local flaps after Mohs surgery, flap checks with the nurse and the hour the surgeon
// was called, take-backs on a weekday, pressure-injury flaps for patients from named nursing homes, finger replants
// after accidents at named employers), cosmetic quotes and financing (quote numbers, deposits and receipts, CareCredit
// accounts, local credit union loans, med spa memberships, the coordinator's e-mail), surgicenter bookings (case
// numbers, arrival addresses, the ride home and their phone, pre-op clearance faxed from the PCP, aftercare suites and
// hotels), pathology of excised lesions, breast reductions and capsules (accession numbers, collected and received
// dates, the pathologist and the lab), post-op calls (the nurse, the spouse who answered, answering-service messages,
// texts and drain logs sent by e-mail), insurance pre-authorizations (member, group, reference, authorization and claim
// numbers, reviewers, peer-to-peer calls with a medical director, chiropractic and eye-clinic records dated for the
// payer) and letters to referring doctors (addresses, cc lists, signature blocks, fax covers), in mixed case, ALL CAPS
// and lower case. Dates are written every way ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the
// 4th', 'March 2024', 'Mother's Day'); ages over 89, phones, faxes, e-mails, URLs, IP addresses, SSNs and driver's
// licences are planted. Given names of patients and staff are often everyday words (Ivy, Hazel, Pearl, Ruby, Sterling,
// Cliff, Dale, Brandy); surnames often are (Gold, Moss, Marsh, Bright, Hardy, Potter, Weaver, Fairchild); towns often
// are (Apex, Spring, Humble, Hickory, Clover, Temple, Mission, Loveland). A list of look-alikes in the same style must
// not be touched. Written without reading the engine's rules or any gold data. `scorePlasticWave`.
// Decisions: every word of a person's name is planted as its own part (given names and surnames of patients, relatives,
// surgeons, nurses, photographers, coordinators, reviewers and tattoo artists); a middle initial, a title ('Dr.',
// 'Ms.') and a credential ('MD', 'FACS', 'RN', 'CRA', 'LPC', 'PA-C') are not planted; a first name alone and a staff
// member's initials are planted; a relation or a role without a name ('her husband', 'the photographer') and an age of
// 89 or under are kept; a practice, surgicenter, hospital, cancer centre, pathology lab, tattoo studio, med spa, credit
// union, nursing home, employer, hotel, park and clinic abroad is planted whole with its kind words ('Apex Plastic &
// Reconstructive Surgery', 'Magnolia Aesthetic Surgery Center', 'Ink & Areola Tattoo'); an implant or matrix
// manufacturer and its products ('Mentor MemoryGel Xtra', 'Natrelle Inspira', 'AlloDerm RTU'), their style, size,
// catalog and REF codes, national payers and their policies, national financing brands (CareCredit, Alphaeon,
// PatientFi), national bodies, registries and laws are kept; a lot number, serial number, RFID number and tissue id are
// planted, as are MRNs, account, quote, receipt, case, photo set, accession, registry, warranty, membership, loan,
// member, group, authorization, reference, claim and answering-service message numbers, a driver's licence, an SSN and
// a therapist's licence number; a town and a county are planted, a state and a country are kept; a city abroad is
// planted; a street address is planted from its number to its street type with its suite when written after it; a ZIP
// is planted; a full date, a month and a day, a month with its year, a weekday naming one day, an ordinal day and a
// holiday that fixes a day are planted (a month and day or a holiday with the year written after it as one part), a
// year alone, durations, post-op days and times are kept; phones and faxes are planted (a leading '(' need not be
// covered), e-mails, URLs and IP addresses are planted whole; ages over 89 are planted as their number. Kept
// (look-alikes): eponyms, classifications and scales (Baker grade, Regnault, Fitzpatrick, Schnur, Millard, Abbe,
// Limberg, Burow, Hartrampf, Pierre Robin, Treacher Collins, BREAST-Q, Caprini), drugs, fillers and toxins, implants,
// expanders, matrices and devices, national organisations, payers, registries and laws, CPT, HCPCS and ICD-10 codes,
// measurements, volumes and weights, ages of 89 and under, years alone, roles without names, generic places (the
// surgicenter, the PACU, the photo room, the med spa) and everyday words that are also names or towns (apex, temple,
// hazel, ruby, violet, amber, humble).
// At measurement 5616/5850 read and 5625/5848 fresh (seeds 41, 42, 43) were covered; 9/164 look-alikes were touched
// ("Coleman", "Juvéderm Voluma XC", "Mentor MemoryGel Xtra", "Natrelle Inspira", "Motiva Ergonomix2",
// "Dermabond Prineo", "Women's Health and Cancer Rights Act", "Susan G. Komen", "flap unit").
// Measured before rules: 0.960 (fresh 0.962) on seeds 5, 11, 23 (engine at b9b0d02).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as itl } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, itl, pl, ind, br, ie, de];

/** Given names that are everyday words (gems, plants, colours, landforms and trades). */
const WORD_GIVEN = ['Ivy', 'Hazel', 'Pearl', 'Ruby', 'Amber', 'Jade', 'Opal', 'Coral', 'Fern', 'Clover', 'Sage', 'Wren', 'Robin', 'Lark', 'Violet', 'Magnolia', 'Sterling', 'Forrest', 'Heath', 'Cliff', 'Dale', 'Glen', 'Rod', 'Brandy', 'Candy', 'Ebony', 'Destiny', 'Trinity', 'Justice', 'Honor', 'Royal', 'Deacon', 'Chance', 'Gage', 'Ransom', 'Skye', 'Rain', 'Blaze'];
/** Surnames that are everyday words. */
const WORD_SUR = ['Gold', 'Silver', 'Steel', 'Glass', 'Bell', 'Hall', 'Field', 'Marsh', 'Moss', 'Reed', 'Rush', 'Swift', 'Hardy', 'Bright', 'Fairchild', 'Small', 'Little', 'Short', 'Best', 'Good', 'Moody', 'Savage', 'Law', 'Chambers', 'Walker', 'Carpenter', 'Weaver', 'Potter', 'Turner', 'Fowler', 'Archer', 'Bowman', 'Sawyer', 'Cutter', 'Painter', 'Sharp', 'Keen', 'Blount', 'Rainwater', 'Goodnight', 'Lovejoy', 'Beaver', 'Salmon', 'Crane', 'Peacock'];
/** Towns that are everyday words, and real towns of the suburbs where cosmetic practices cluster. */
const WORD_TOWNS = ['Apex', 'Spring', 'Humble', 'Hickory', 'Clover', 'Magnolia', 'Temple', 'Mission', 'Loveland', 'Bountiful', 'Ozark', 'Canyon', 'Sweet Home', 'Battle Ground', 'Rising Sun', 'Fruitland', 'Lake Forest', 'Fair Oaks', 'Friendswood', 'Sugar Land', 'Pearland', 'Cleveland', 'Paris', 'Athens', 'Laurel', 'Orange Park'];
const REAL_TOWNS = ['Cary', 'Boone', 'Shelby', 'Gastonia', 'Mooresville', 'Matthews', 'Kannapolis', 'Asheboro', 'Sanford', 'Goldsboro', 'Clemmons', 'Statesville', 'Morganton', 'Lenoir', 'Brentwood', 'Murfreesboro', 'Franklin', 'Smyrna', 'Frisco', 'Plano', 'Katy', 'Conroe', 'Tomball', 'Round Rock', 'Boerne', 'Scottsdale', 'Chandler', 'Gilbert', 'Boca Raton', 'Naples', 'Sarasota', 'Alpharetta', 'Marietta', 'Roswell', 'Edina', 'Wayzata', 'Carmel', 'Fishers', 'Dublin', 'Westlake'];
const STATES = ['NC', 'TN', 'TX', 'AZ', 'FL', 'GA', 'MN', 'IN', 'OH', 'SC', 'North Carolina', 'Texas', 'Florida', 'Tennessee'];
const COUNTY_WORDS = ['Wake', 'Mecklenburg', 'Harris', 'Travis', 'Williamson', 'Collin', 'Denton', 'Cabarrus', 'Guilford', 'Forsyth', 'Buncombe', 'Rutherford', 'Knox', 'Fort Bend', 'Maricopa', 'Sarasota', 'Hamilton', 'Hennepin', 'Cobb', 'Gwinnett', 'Iredell', 'Catawba'];
const STREET_WORDS = ['Dogwood', 'Magnolia', 'Peachtree', 'Azalea', 'Juniper', 'Laurel', 'Hawthorn', 'Bluebonnet', 'Pecan', 'Willow', 'Tanglewood', 'Meadowlark', 'Quail Run', 'Fox Hollow', 'Old Mill', 'Ridgecrest', 'Summit', 'Harbor', 'Vista', 'Glenwood', 'Stonebridge', 'Cypress', 'Palmetto', 'Mockingbird', 'Preston', 'Kingsley'];
const STREET_TYPES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Circle', 'Cir', 'Boulevard', 'Blvd', 'Parkway', 'Pkwy', 'Trail', 'Place', 'Way', 'Cove'];
/** Words practices, surgicenters and spas are named after. */
const BRAND_WORDS = ['Magnolia', 'Bellevue', 'Riverstone', 'Crescent', 'Willowbrook', 'Silverleaf', 'Lakeside', 'Northpoint', 'Brookhaven', 'Summit', 'Parkway', 'Cedar Ridge', 'Harborview', 'Stonegate', 'Evergreen', 'Aurora', 'Radiance', 'Belle Vie', 'Sapphire', 'Luxe', 'Halcyon', 'Serenity'];
const SAINTS = ['Agnes', 'Clare', 'Dominic', 'Gabriel', 'Helena', 'Ignatius', 'Lucy', 'Margaret', 'Raphael', 'Teresa', 'Bernard', 'Catherine'];
/** Cities abroad where cosmetic surgery is bought (planted), with their countries (kept). */
const CITIES_ABROAD: readonly (readonly [string, string])[] = [
  ['Tijuana', 'Mexico'], ['Cancún', 'Mexico'], ['Guadalajara', 'Mexico'], ['Santo Domingo', 'the Dominican Republic'], ['Punta Cana', 'the Dominican Republic'],
  ['Medellín', 'Colombia'], ['Cali', 'Colombia'], ['Bogotá', 'Colombia'], ['Istanbul', 'Turkey'], ['Antalya', 'Turkey'], ['San José', 'Costa Rica'],
  ['Bangkok', 'Thailand'], ['Seoul', 'South Korea'], ['Panama City', 'Panama'], ['Lima', 'Peru'], ['São Paulo', 'Brazil'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ["Mother's Day", 'Memorial Day', 'Labor Day', 'Christmas Eve', "New Year's Eve", 'Independence Day', 'Thanksgiving', 'Good Friday', 'Easter Sunday', 'Veterans Day'];
const RELATIONS = ['husband', 'wife', 'partner', 'daughter', 'son', 'sister', 'mother', 'fiancé', 'friend', 'boyfriend', 'girlfriend', 'niece'];
/** Implants and expanders: manufacturer and product (kept) with a style and size (kept). */
const IMPLANTS: readonly (readonly [string, string, string])[] = [
  ['Mentor', 'MemoryGel Xtra Moderate Plus', '350-3451BC'], ['Mentor', 'MemoryShape Medium Height Moderate Profile', '334-1007'],
  ['Allergan', 'Natrelle Inspira SRF', 'SRF-415'], ['Allergan', 'Natrelle Inspira SRX', 'SRX-375'], ['Sientra', 'HSC+ Smooth Round High Profile', '10480-375HP'],
  ['Sientra', 'OPUS Luxe Moderate Plus', '20460-325MP'], ['Establishment Labs', 'Motiva Ergonomix2 Diamond', 'ERGF2-320'], ['Ideal Implant', 'Structured Saline Moderate Profile', 'IDL-M330'],
  ['Mentor', 'Smooth Round Saline High Profile', '350-7300'], ['Allergan', 'Natrelle 410 FX', '410FX-290'],
];
const EXPANDERS: readonly (readonly [string, string])[] = [['Mentor', 'Artoura 8200 Medium Height'], ['Allergan', 'Natrelle 133 Plus'], ['Sientra', 'AlloX2 Pro'], ['Mentor', 'CPX4 with Suture Tabs'], ['AirXpanders', 'AeroForm']];
const MATRICES = ['AlloDerm RTU', 'SurgiMend PRS', 'FlexHD Pliable', 'DermACELL', 'Cortiva', 'BellaDerm', 'Strattice'];
const FILLERS = ['Juvéderm Voluma XC', 'Restylane Kysse', 'RHA 3', 'Radiesse', 'Sculptra', 'Belotero Balance', 'Botox Cosmetic', 'Dysport', 'Xeomin', 'Daxxify'];
const PAYERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Blue Cross Blue Shield', 'Ambetter', 'Oscar', 'Medicare', 'Tricare'];
const COSMETIC = ['breast augmentation', 'abdominoplasty', 'mommy makeover', 'rhinoplasty', 'lower blepharoplasty', 'deep-plane facelift', 'brachioplasty', 'liposuction of the flanks', 'Brazilian butt lift', 'mastopexy with implants', 'neck lift', 'implant exchange'];
const LESIONS = ['basal cell carcinoma, nodular type', 'squamous cell carcinoma in situ', 'compound melanocytic nevus', 'seborrheic keratosis', 'epidermal inclusion cyst', 'lipoma', 'dermatofibroma', 'invasive squamous cell carcinoma, well differentiated', 'melanoma in situ', 'pilomatrixoma'];

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
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Cary' ? 'Boone' : 'Cary';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  brand(): string {
    return this.pick(BRAND_WORDS);
  }
  street(): string {
    return `${this.int(10, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its suite, as practices and surgicenters write them. */
  streetSuite(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st}, Suite ${this.int(100, 450)}`;
    if (a === 1) return `${st} Ste ${this.int(1, 30)}${this.pick(['', 'A', 'B'])}`;
    if (a === 2) return `${st} #${this.int(101, 320)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(10001, 89899));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A plastic surgery practice. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Plastic & Reconstructive Surgery`;
    if (k === 1) return `${this.sur()} Plastic Surgery`;
    if (k === 2) return `${this.brand()} Aesthetics`;
    if (k === 3) return `${this.sur()} & ${this.sur()} Plastic Surgery Associates`;
    if (k === 4) return `${this.brand()} Center for Cosmetic Surgery`;
    return `Plastic Surgery Specialists of ${this.town()}`;
  }
  surgicenter(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Surgery Center`;
    if (k === 1) return `${this.brand()} Aesthetic Surgery Center`;
    if (k === 2) return `${this.brand()} Ambulatory Surgery Center`;
    if (k === 3) return `The Surgery Center at ${this.brand()} Commons`;
    return `${this.town()} Outpatient Surgical Suites`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Medical Center`;
    if (k === 1) return `${this.town()} Regional Hospital`;
    if (k === 2) return `${this.county()} County Medical Center`;
    return `${this.town()} Memorial Hospital`;
  }
  cancerCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Breast Center`;
    if (k === 1) return `${this.brand()} Cancer Institute`;
    return `${this.town()} Radiation Oncology`;
  }
  /** A local practice of another speciality (a PCP, dermatology, gynecology, eye or chiropractic office). */
  otherPractice(kind: 'pcp' | 'derm' | 'obgyn' | 'eye' | 'chiro' | 'onc'): string {
    const t = this.r() < 0.5 ? this.town() : this.brand();
    switch (kind) {
      case 'pcp': return this.pick([`${t} Family Medicine`, `${t} Internal Medicine`, `${t} Primary Care`]);
      case 'derm': return this.pick([`${t} Dermatology`, `${t} Skin & Mohs Surgery`, `${this.sur()} Dermatology Associates`]);
      case 'obgyn': return this.pick([`${t} OB/GYN`, `${t} Women's Health`]);
      case 'eye': return this.pick([`${t} Eye Associates`, `${t} Vision Center`, `${this.sur()} Eye Clinic`]);
      case 'chiro': return this.pick([`${t} Chiropractic`, `${this.sur()} Family Chiropractic`]);
      case 'onc': return this.pick([`${t} Hematology & Oncology`, `${t} Oncology Associates`]);
    }
  }
  pathLab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pathology Associates`;
    if (k === 1) return `${this.brand()} Dermatopathology`;
    return `${this.county()} Pathology Group`;
  }
  tattooStudio(): string {
    return this.pick([`${this.brand()} Tattoo Studio`, `Ink & Areola Tattoo`, `${this.town()} Restorative Ink`, `${this.sur()} Tattoo Co.`]);
  }
  medSpa(): string {
    return this.pick([`${this.brand()} Med Spa`, `${this.town()} MedSpa`, `${this.brand()} Skin Bar`]);
  }
  creditUnion(): string {
    return this.pick([`${this.town()} Community Credit Union`, `${this.county()} County Federal Credit Union`, `${this.brand()} Credit Union`]);
  }
  nursingHome(): string {
    return this.pick([`${this.brand()} Nursing and Rehabilitation`, `${this.town()} Health and Rehab`, `The Gardens at ${this.brand()}`, `${this.town()} Manor`]);
  }
  employer(): string {
    return this.pick([`${this.town()} Cabinet Works`, `${this.sur()} Roofing`, `${this.county()} County Schools`, `${this.brand()} Poultry Processing`, `${this.town()} Tool & Die`]);
  }
  hotel(): string {
    return this.pick([`${this.brand()} Recovery Retreat`, `Hampton Inn ${this.town()}`, `${this.town()} Aftercare Suites`, `The ${this.brand()} Inn`]);
  }
  clinicAbroad(city: string): string {
    return this.pick([`Clínica ${this.brand()}`, `${city} Aesthetic Hospital`, `Centro Médico ${this.pick(['Bella', 'Vida', 'Esthetic', 'Renacer'])}`, `Hospital ${this.pick(['Ángeles', 'Esperanza', 'San Lucas'])} ${city}`]);
  }
  time(): string {
    return `${pad2(this.int(5, 20))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms practices write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${WEEKDAYS[this.int(0, 6)]!}, ${MONTHS[m - 1]!} ${d}, ${y}`);
  }
  /** Two mm/dd/yyyy dates a few days apart (collected and received). */
  mdyPair(): readonly [string, string] {
    const m = this.int(1, 12); const d = this.int(1, 24); const y = this.year();
    return [`${pad2(m)}/${pad2(d)}/${y}`, `${pad2(m)}/${pad2(d + this.int(1, 4))}/${y}`];
  }
  /** Two dates written the same way, months apart in one year (an authorization's span). */
  datePair(): readonly [string, string] {
    const m = this.int(1, 6); const d = this.int(1, 28); const y = this.year(); const k = this.int(0, 7);
    return [writtenDate(k, m, d, y)!, writtenDate(k, m + this.int(2, 6), this.int(1, 28), y)!];
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
  dob(lo = 1945, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? `PS${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com', `${asciiLetters(this.brand())}aesthetics.com`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${a}${b}${this.int(70, 2006)}`, `${b}.${a}`]);
    return `${local}@${dom}`;
  }
  /** A practice's shared inbox, or a staff member's by initial and surname (the surname not planted where it is used). */
  staffEmail(s: string, practice: string): string {
    const dom = `${asciiLetters(practice.split(/\s/)[0]!) || 'magnolia'}${this.pick(['plasticsurgery.com', 'ps.com', 'aesthetics.com', 'md.com'])}`;
    return `${this.pick(['quotes', 'coordinator', 'surgery', 'info', `${this.pick([...'abcdefghjkmnprstw'])}${asciiLetters(s)}`])}@${dom}`;
  }
  /** An e-mail whose handle is no name (for frames that plant the owner's names beside it). */
  handleEmail(): string {
    const h = this.pick(['mamabear', 'texasgirl', 'bluebird', 'coffeeaddict', 'runnergirl', 'lakelife', 'sunnydays', 'bookworm', 'mrsfit', 'bigsky', 'peachy', 'nightowl']);
    return `${h}${this.int(1, 2006)}@${this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com'])}`;
  }
  url(): string {
    const b = asciiLetters(this.brand()) || 'summit';
    return this.pick([`https://www.${b}plasticsurgery.com/gallery/breast`, `www.${b}aesthetics.com/before-and-after`, `https://portal.${b}ps.com/photos`, `https://${b}surgerycenter.com/pre-op`, `http://${b}md.com/financing`]);
  }
  ip(): string {
    return this.r() < 0.4 ? `192.168.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    return `L${this.digitString(8)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(7)}-${this.anyDigits(3)}`;
    if (k === 1) return this.digitString(8);
    if (k === 2) return `${this.letters(2)}${this.digitString(6)}`;
    return `${this.digitString(2)}${this.anyDigits(6)}`;
  }
  /** A fifteen-digit RFID number, written in groups of three or whole. */
  rfid(): string {
    const s = `${this.digitString(3)}${this.anyDigits(12)}`;
    return this.r() < 0.5 ? s : s.replace(/(\d{3})(?=\d)/g, '$1 ');
  }
  tissueId(): string {
    return this.r() < 0.5 ? `${this.digitString(7)}-${this.anyDigits(3)}` : `${this.letters(2)}${this.digitString(5)}-${this.anyDigits(2)}`;
  }
  accession(): string {
    const yy = pad2(this.int(18, 25));
    const k = this.int(0, 2);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `SP-${yy}-${this.digitString(6)}`;
    return `D${yy}-${this.anyDigits(5)}`;
  }
  quoteNo(): string {
    return this.r() < 0.5 ? `Q-${this.digitString(5)}` : `${pad2(this.int(18, 25))}${this.digitString(4)}`;
  }
  receipt(): string {
    return this.r() < 0.5 ? `R${this.digitString(7)}` : this.digitString(6);
  }
  caseNo(): string {
    return this.r() < 0.5 ? `C${this.digitString(6)}` : `${pad2(this.int(18, 25))}-${this.digitString(5)}`;
  }
  photoSet(): string {
    return this.pick([`PS-${this.digitString(6)}`, `IMG_${this.digitString(4)}`, `${this.letters(2)}${this.digitString(5)}`]);
  }
  careCredit(): string {
    return `6019 ${this.anyDigits(4)} ${this.anyDigits(4)} ${this.anyDigits(4)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return `${this.digitString(9)}${pad2(this.int(1, 4))}`;
  }
  groupNo(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(5)}`;
  }
  authNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(9)}`;
    if (k === 1) return `PA-${this.digitString(8)}`;
    return this.digitString(10);
  }
  claimNo(): string {
    return this.r() < 0.5 ? this.digitString(12) : `${this.digitString(4)}${this.letters(3)}${this.digitString(5)}`;
  }
  licence(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(7)}` : this.digitString(8);
  }
  ext(): string {
    return this.digitString(this.int(3, 4));
  }
  cityAbroad(): readonly [string, string] {
    return this.pick(CITIES_ABROAD);
  }
}

/** An implant or expander line: [manufacturer, product, style]. */
const implantOf = (d: Draw): readonly [string, string, string] => d.pick(IMPLANTS);

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // consultations
  ['consult header with referring doctor', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const rs = d.sur(); const rp = d.otherPractice(d.pick(['pcp', 'obgyn', 'derm'] as const)); const ss = d.sur();
    return [`PLASTIC SURGERY NEW PATIENT CONSULTATION\nPatient: ${s.toUpperCase()}, ${g}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dt}\nReferring: Dr. ${rs}, ${rp}\nSurgeon: Dr. ${ss}, MD, FACS`, [s.toUpperCase(), g, dob, mrn, dt, rs, rp, ss]];
  }],
  ['cosmetic HPI with workplace and town', (d) => {
    const g = d.given(); const t = d.town(); const p = d.pick(COSMETIC);
    return [`${g} is a ${d.int(24, 67)}-year-old ${d.pick(['woman', 'man'])} from ${t} who presents to discuss ${p}. Two children, done with childbearing; works as a dental hygienist.`, [g, t]];
  }],
  ['referred by a friend who had surgery', (d) => {
    const g = d.given(); const s = d.sur(); const my = d.monthYear();
    return [`Referred by her friend ${g} ${s}, who had ${d.pick(COSMETIC)} with us in ${my} and is very happy with the result.`, [g, s, my]];
  }],
  ['prior surgeon in another town', (d) => {
    const s = d.sur(); const pr = d.practice(); const t = d.town(); const y = d.year();
    return [`Primary rhinoplasty ${y} by Dr. ${s} at ${pr} in ${t}; since then nasal obstruction on the left and a dorsal irregularity.`, [s, pr, t]];
  }],
  ['wedding date to be healed for', (d) => {
    const md = d.monDay(); const fg = d.given();
    return [`Getting married ${md}; wants to be fully healed before the wedding. Fiancé ${fg} will be her caregiver for the first week.`, [md, fg]];
  }],
  ['holiday timing of cosmetic surgery', (d) => {
    const h = d.holiday(); const y = d.year(); const p = d.pick(COSMETIC);
    return [`Pt would like the ${p} the week before ${h} ${y} so she can recover during time off from ${d.pick(['school', 'work', 'the salon', 'the hospital'])}.`, [`${h} ${y}`]];
  }],
  ['3D imaging session', (d) => {
    const dt = d.mdy(); const ps = d.photoSet(); const ini = d.initials();
    return [`Vectra H2 3D imaging performed ${dt}, session ${ps}; simulated 325 cc and 375 cc moderate plus shown. Imaging by ${ini}.`, [dt, ps, ini]];
  }],
  ['revision consult with outside operative report', (d) => {
    const dt = d.date(); const h = d.surgicenter(); const t = d.town(); const st = d.state(); const s = d.sur();
    return [`Outside op report reviewed: augmentation ${dt} at ${h}, ${t}, ${st} (Dr. ${s}); submuscular, smooth round implants. Now Baker III on the right.`, [dt, h, t, s]];
  }],
  ['surgery abroad complication', (d) => {
    const [c, country] = d.cityAbroad(); const cl = d.clinicAbroad(c); const dt = d.date();
    return [`Had liposuction and fat transfer at ${cl} in ${c}, ${country}, on ${dt}; flew home POD 4. Now with a draining wound of the left flank.`, [cl, c, dt]];
  }],
  // photography consents and logs
  ['photography consent form', (d) => {
    const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const [pn, pp] = d.staff(); const dt = d.date(); const ps = d.photoSet();
    return [`CONSENT FOR CLINICAL PHOTOGRAPHY\nPatient: ${g} ${s}   MRN ${mrn}\nPhotographer: ${pn}, CRA\nDate: ${dt}\nViews: frontal, oblique, lateral, with arms raised\nPhoto set: ${ps}\nUse: medical record only`, [g, s, mrn, ...pp, dt, ps]];
  }],
  ['photo release for the website', (d) => {
    const g = d.given(); const s = d.sur(); const url = d.url(); const dt = d.mdy(); const [wn, wp] = d.staff();
    return [`I, ${g} ${s}, authorize use of my before-and-after photographs (face not shown) on ${url} and the practice's social media. Signed ${dt}. Witness: ${wn}.`, [g, s, url, dt, ...wp]];
  }],
  ['photo log row', (d) => {
    const dt = d.mdy(); const mrn = d.mrn(); const ps = d.photoSet(); const ini = d.initials();
    return [`${dt} | MRN ${mrn} | ${d.pick(['pre-op', '3 mo post-op', '6 wk post-op', '1 yr post-op'])} | 7 views | ${ps} | ${ini}`, [dt, mrn, ps, ini]];
  }],
  ['patient photos from phone via portal', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const ip = d.ip(); const w = d.weekday();
    return [`Pt uploaded 4 photos of the incision through the portal ${w} night (login ${em}, IP ${ip}). Mild erythema at the T-junction; no dehiscence.`, [w, em, ip]];
  }],
  ['photographer first name and retake', (d) => {
    const g = d.given(); const md = d.slashMd();
    return [`Photos retaken ${md} because of the flash glare; ${g} in photography will redo the lateral views at the next visit.`, [md, g]];
  }],
  // implant cards and device records
  ['implant device card', (d) => {
    const [m, p, style] = implantOf(d); const g = d.given(); const s = d.sur(); const lot = d.lot(); const sn = d.serial(); const dt = d.date(); const ss = d.sur(); const f = d.surgicenter();
    return [`BREAST IMPLANT DEVICE CARD\nPatient: ${g} ${s}\nManufacturer: ${m}\nProduct: ${p}\nStyle/REF: ${style}\nLot: ${lot}\nSerial: ${sn}\nSide: ${d.pick(['Left', 'Right'])}\nImplant date: ${dt}\nSurgeon: Dr. ${ss}\nFacility: ${f}`, [g, s, lot, sn, dt, ss, f]];
  }],
  ['implant stickers in op note', (d) => {
    const [m, p, style] = implantOf(d); const l1 = d.lot(); const s1 = d.serial(); const l2 = d.lot(); const s2 = d.serial();
    return [`Implants: ${m} ${p}, REF ${style}. Right: LOT ${l1}, SN ${s1}. Left: LOT ${l2}, SN ${s2}. Stickers placed on the implant record.`, [l1, s1, l2, s2]];
  }],
  ['implant RFID number', (d) => {
    const rf = d.rfid(); const sn = d.serial();
    return [`Motiva Ergonomix2 with Q Inside Safety Technology; RFID ${rf} read with the handheld reader, matches serial ${sn}.`, [rf, sn]];
  }],
  ['tissue expander record', (d) => {
    const [m, p] = d.pick(EXPANDERS); const sn = d.serial(); const lot = d.lot(); const dt = d.mdy();
    return [`Tissue expander: ${m} ${p}, 550 cc, serial ${sn}, lot ${lot}; intraop fill 200 mL. Placed ${dt}, prepectoral.`, [sn, lot, dt]];
  }],
  ['acellular dermal matrix tissue id', (d) => {
    const mat = d.pick(MATRICES); const tid = d.tissueId(); const lot = d.lot();
    return [`${mat} 16 x 20 cm, tissue ID ${tid}, lot ${lot}, rehydrated per IFU and used to cover the inferolateral expander.`, [tid, lot]];
  }],
  ['implant registry submission', (d) => {
    const id = `NBIR-${d.digitString(7)}`; const dt = d.mdy(); const ini = d.initials();
    return [`Device data entered in the National Breast Implant Registry, submission ${id}, ${dt}, by ${ini}.`, [id, dt, ini]];
  }],
  ['explant with serials to pathology', (d) => {
    const s1 = d.serial(); const s2 = d.serial(); const acc = d.accession();
    return [`En bloc capsulectomy and explant. Removed: right Sientra implant SN ${s1}, left SN ${s2}; capsules to pathology (${acc}) with CD30 requested.`, [s1, s2, acc]];
  }],
  ['recall letter mailed to patient', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const sn = d.serial(); const dt = d.date();
    return [`${dt}\n\n${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRe: Allergan BIOCELL textured implant recall, your device serial ${sn}`, [dt, g, s, st, t, z, sn]];
  }],
  ['implant warranty enrollment', (d) => {
    const w = `${d.letters(2)}${d.digitString(7)}`; const em = d.email(d.given(), d.sur()); const md = d.monDay();
    return [`Enrolled in the Mentor Advantage warranty, enrollment #${w}, confirmation sent to ${em} on ${md}.`, [w, em, md]];
  }],
  // breast reconstruction
  ['co-surgeon mastectomy and immediate reconstruction', (d) => {
    const bs = d.sur(); const h = d.hospital(); const dt = d.date(); const ps = d.sur();
    return [`Bilateral nipple-sparing mastectomy by Dr. ${bs} (breast surgery) at ${h} on ${dt}, followed by immediate prepectoral expander reconstruction by Dr. ${ps}.`, [bs, h, dt, ps]];
  }],
  ['radiation at cancer center', (d) => {
    const c = d.cancerCenter(); const g = d.given(); const s = d.sur(); const my = d.monthYear();
    return [`Post-mastectomy radiation at ${c} under Dr. ${g} ${s}, completed ${my}; expander left at 400 cc during treatment.`, [c, g, s, my]];
  }],
  ['expander fill log table', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdy(); const i1 = d.initials(); const i2 = d.initials(); const i3 = d.initials();
    return [`EXPANDER FILLS\nDate        R (mL)  L (mL)  RN\n${a}  60      60      ${i1}\n${b}  60      60      ${i2}\n${c}  50      40      ${i3}`, [a, i1, b, i2, c, i3]];
  }],
  ['genetic counselling and family cancer', (d) => {
    const g = d.given(); const s = d.sur(); const ag = d.given(); const c = d.cancerCenter();
    return [`BRCA2 pathogenic variant. Genetic counselor ${g} ${s} (${c}). Maternal aunt ${ag} had breast cancer at 42.`, [g, s, ag, c]];
  }],
  ['nipple tattoo at local studio', (d) => {
    const g = d.given(); const st = d.tattooStudio(); const t = d.town(); const md = d.monDay();
    return [`3D nipple-areola tattoo planned with ${g} at ${st} in ${t} on ${md}; 3 months after nipple reconstruction.`, [g, st, t, md]];
  }],
  ['symmetry procedure letter citing WHCRA', (d) => {
    const g = d.given(); const s = d.sur(); const mem = d.memberId(); const payer = d.pick(PAYERS);
    return [`To ${payer} Utilization Review: Under the Women's Health and Cancer Rights Act, ${g} ${s} (member ${mem}) is entitled to a contralateral mastopexy for symmetry.`, [g, s, mem]];
  }],
  // flap operative notes
  ['DIEP operative note header', (d) => {
    const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const dt = d.date(); const [an, ap] = d.staff(); const as = d.sur(); const h = d.hospital();
    return [`OPERATIVE REPORT\nPatient: ${s}, ${g}   MRN ${mrn}\nDate of surgery: ${dt}\nProcedure: delayed bilateral DIEP flap breast reconstruction\nSurgeon: Dr. ${as}\nAssistant: ${an}, PA-C\nLocation: ${h}, OR 7`, [s, g, mrn, dt, as, ...ap, h]];
  }],
  ['microsurgery assistant and coupler', (d) => {
    const rg = d.given(); const rs = d.sur(); const lot = d.lot();
    return [`Internal mammary vessels exposed at the third rib. Venous anastomosis with a 3.0 mm GEM Coupler (lot ${lot}); arterial hand-sewn with 9-0 nylon by Dr. ${rg} ${rs}, microsurgery fellow.`, [lot, rg, rs]];
  }],
  ['flap check night call', (d) => {
    const g = d.given(); const s = d.sur(); const ps = d.sur(); const w = d.weekday();
    return [`Flap check at 0300 ${w}: flap congested, Doppler signal softer. Nurse ${g} ${s} called Dr. ${ps}, who came in.`, [w, g, s, ps]];
  }],
  ['flap take-back', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Returned to the OR ${w} ${md} for venous congestion; clot in the coupler, redone, flap salvaged.`, [w, md]];
  }],
  ['latissimus flap with prior radiation', (d) => {
    const dt = d.date(); const h = d.hospital(); const y = d.year();
    return [`Right latissimus dorsi flap with implant ${dt} at ${h}; irradiated ${y}, thin skin. Thoracodorsal pedicle intact.`, [dt, h]];
  }],
  ['local flap after Mohs', (d) => {
    const ds = d.sur(); const dp = d.otherPractice('derm'); const dt = d.date();
    return [`Mohs by Dr. ${ds} at ${dp} on ${dt} cleared in 2 stages, leaving a 1.8 cm defect of the left nasal ala; bilobed flap repair today.`, [ds, dp, dt]];
  }],
  ['pressure injury flap from nursing home', (d) => {
    const n = d.nursingHome(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Stage 4 sacral pressure injury; resides at ${n}. Wound nurse ${g} ${s} (${ph}) confirms air mattress and turning q2h before the gluteal rotation flap.`, [n, g, s, p]];
  }],
  ['finger replant after workplace accident', (d) => {
    const e = d.employer(); const t = d.town(); const dt = d.mdy();
    return [`Table saw injury at ${e} in ${t} on ${dt}; amputated index finger brought on ice. Replant, K-wire fixation, 2 arterial anastomoses.`, [e, t, dt]];
  }],
  ['age over 89 with scalp cancer', (d) => {
    const n = d.ageOver89(); const g = d.given(); const [ph, p] = d.phone();
    return [`${n}-year-old with a 3.4 cm invasive SCC of the vertex scalp; lives alone. Daughter ${g}, ${ph}, will bring him the day of surgery.`, [n, g, p]];
  }],
  // cosmetic quotes and financing
  ['cosmetic quote', (d) => {
    const q = d.quoteNo(); const g = d.given(); const s = d.sur(); const dt = d.date(); const [cn, cp] = d.staff(); const x = d.ext();
    return [`SURGICAL QUOTE #${q}\nPatient: ${g} ${s}\nProcedure: ${d.pick(COSMETIC)}\nSurgeon fee $8,400 | Facility $2,950 | Anesthesia $1,200\nValid until: ${dt}\nPatient coordinator: ${cn}, ext. ${x}`, [q, g, s, dt, ...cp, x]];
  }],
  ['deposit receipt', (d) => {
    const r = d.receipt(); const dt = d.mdy(); const ini = d.initials();
    return [`$1,000 surgical deposit received ${dt}, receipt ${r}, Visa; non-refundable within 14 days of surgery. Posted by ${ini}.`, [dt, r, ini]];
  }],
  ['CareCredit financing account', (d) => {
    const acct = d.careCredit(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Financing: CareCredit approved ${md} for $12,000, 18-month promotional plan, account ${acct}, cardholder ${g} ${s}.`, [md, acct, g, s]];
  }],
  ['financing application with SSN and licence', (d) => {
    const ssn = d.ssn(); const dl = d.licence(); const st = d.state(); const dob = d.dob(1960, 2000);
    return [`Alphaeon Credit application: DOB ${dob}, SSN ${ssn}, driver's license ${dl} (${st}), annual income $64,000.`, [dob, ssn, dl]];
  }],
  ['credit union loan', (d) => {
    const cu = d.creditUnion(); const ln = d.digitString(d.int(8, 10)); const g = d.given(); const s = d.sur();
    return [`Pt financing through ${cu}, loan #${ln}; loan officer ${g} ${s} requested an itemized quote on letterhead.`, [cu, ln, g, s]];
  }],
  ['med spa membership and injector', (d) => {
    const sp = d.medSpa(); const m = `${d.letters(1)}${d.digitString(5)}`; const [nn, np] = d.staff(); const lot = d.lot(); const f = d.pick(FILLERS);
    return [`${sp} membership ${m}. ${f} placed by nurse injector ${nn}, RN; lot ${lot} recorded on the injection map.`, [sp, m, ...np, lot]];
  }],
  ['coordinator e-mail exchange', (d) => {
    const g = d.given(); const pr = d.practice(); const cg = d.given(); const em = d.staffEmail(d.sur(), pr); const pem = d.handleEmail();
    return [`From: ${em}\nTo: ${pem}\nSubject: Your quote from ${pr}\n\nHi ${g}, attached is your quote. Let me know if you would like to hold a date.\n${cg}`, [em, pem, pr, g, cg]];
  }],
  ['cancellation and rescheduling', (d) => {
    const w = d.weekday(); const a = d.date(); const b = d.monDay();
    return [`Pt called ${w} to cancel surgery of ${a} (sick child); rebooked for ${b}. Deposit transferred, no fee.`, [w, a, b]];
  }],
  // surgicenter bookings
  ['surgicenter booking sheet', (d) => {
    const sc = d.surgicenter(); const dt = d.date(); const cn = d.caseNo(); const g = d.given(); const s = d.sur(); const as = d.sur();
    return [`SURGERY BOOKING\nFacility: ${sc}\nDate: ${dt}   Arrive 06:00   OR 2\nCase #: ${cn}\nPatient: ${s}, ${g}\nAnesthesia: Dr. ${as} (general, LMA)\nLength: 3.5 h   Overnight: no`, [sc, dt, cn, s, g, as]];
  }],
  ['pre-op arrival address', (d) => {
    const sc = d.surgicenter(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const w = d.weekday(); const md = d.monDay();
    return [`Please arrive at ${sc}, ${st}, ${t} ${z}, at 6:00 AM on ${w}, ${md}. Nothing to eat or drink after midnight.`, [sc, st, t, z, w, md]];
  }],
  ['ride home and caregiver phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const rel = d.relation();
    return [`Ride home: ${rel} ${g} ${s}, cell ${ph}; will stay with the patient the first 24 hours.`, [g, s, p]];
  }],
  ['pre-op clearance faxed from PCP', (d) => {
    const s = d.sur(); const pr = d.otherPractice('pcp'); const [fx, p] = d.phone(); const dt = d.mdy();
    return [`Pre-op H&P and clearance from Dr. ${s}, ${pr}, faxed ${dt} from ${fx}; EKG NSR, Hgb 13.1.`, [s, pr, dt, p]];
  }],
  ['aftercare suite and private nurse', (d) => {
    const h = d.hotel(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Will stay 2 nights at ${h}; private duty nurse ${g} ${s}, ${ph}.`, [h, g, s, p]];
  }],
  ['surgicenter schedule ordinal', (d) => {
    const o = ordinal(d.int(1, 28)); const sc = d.surgicenter(); const ss = d.sur();
    return [`Block time moved to the ${o} at ${sc}; Dr. ${ss} has the first case.`, [o, sc, ss]];
  }],
  // pathology
  ['pathology report header', (d) => {
    const acc = d.accession(); const g = d.given(); const s = d.sur(); const dob = d.dob(); const [c, rc] = d.mdyPair(); const lab = d.pathLab(); const pg = d.given(); const ps = d.sur();
    return [`SURGICAL PATHOLOGY REPORT   ${acc}\n${lab}\nPatient: ${s}, ${g}   DOB ${dob}\nCollected: ${c}   Received: ${rc}\nPathologist: ${pg} ${ps}, MD`, [acc, lab, s, g, dob, c, rc, pg, ps]];
  }],
  ['excised lesion diagnosis', (d) => {
    const acc = d.accession(); const les = d.pick(LESIONS); const ss = d.sur();
    return [`${acc}: Skin, left cheek, excision: ${les}; margins clear, closest 2 mm. Clinical: Dr. ${ss}.`, [acc, ss]];
  }],
  ['breast reduction specimen', (d) => {
    const acc = d.accession(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`${acc}, received ${dt}: A. Right breast tissue, reduction, 742 g. B. Left, 688 g. Benign fibrocystic changes. Grossed by ${g} ${s}, PA(ASCP).`, [acc, dt, g, s]];
  }],
  ['capsule sent to reference lab', (d) => {
    const lab = d.pathLab(); const cs = `${d.letters(2)}${d.digitString(6)}`; const md = d.slashMd();
    return [`Seroma fluid and capsule sent ${md} to ${lab} for CD30 immunostain and flow cytometry, reference case ${cs}; BIA-ALCL excluded.`, [md, lab, cs]];
  }],
  ['melanoma re-excision and path call', (d) => {
    const ps = d.sur(); const w = d.weekday(); const acc = d.accession();
    return [`Dr. ${ps} (pathology) called ${w}: ${acc} shows melanoma, Breslow 1.1 mm, Clark IV; wide local excision and SLNB to be scheduled.`, [ps, w, acc]];
  }],
  // post-op calls
  ['post-op day one call', (d) => {
    const [ph, p] = d.phone(); const rg = d.given(); const g = d.given(); const s = d.sur();
    return [`POD 1 call to ${ph}: spoke with ${d.relation()} ${rg}; pt ambulating, drains 40 and 35 mL, pain 4/10. No fever. ${g} ${s}, RN`, [p, rg, g, s]];
  }],
  ['answering service message', (d) => {
    const m = d.digitString(6); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const hd = d.holiday();
    return [`ANSWERING SERVICE MSG #${m} (${hd}, 22:14): Caller ${g} ${s}, callback ${ph}, "right side more swollen since this afternoon."`, [m, hd, g, s, p]];
  }],
  ['seroma aspiration visit', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Seroma aspirated ${md}, 120 mL straw-colored fluid. Next aspiration with ${g} ${s}, PA-C.`, [md, g, s]];
  }],
  ['text message from patient', (d) => {
    const [ph, p] = d.phone(); const g = d.given(); const ss = d.sur(); const w = d.weekday();
    return [`SMS from ${ph} (${w} 7:42 PM): "Hi Dr. ${ss} it's ${g}, my left drain fell out, should I come in?"`, [p, w, ss, g]];
  }],
  ['drain log e-mailed', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const dt = d.slashMd();
    return [`Drain log received by e-mail from ${em} on ${dt}: JP 1 total 22 mL/24 h; OK to remove at next visit.`, [em, dt]];
  }],
  // insurance pre-authorizations
  ['pre-authorization request', (d) => {
    const payer = d.pick(PAYERS); const mem = d.memberId(); const grp = d.groupNo(); const g = d.given(); const s = d.sur(); const dob = d.dob(); const [fx, p] = d.phone();
    return [`PRIOR AUTHORIZATION REQUEST\nPayer: ${payer}\nMember: ${g} ${s}   DOB ${dob}\nMember ID: ${mem}   Group: ${grp}\nCPT: 19318 x2   ICD-10: N62, M54.2\nReturn fax: ${fx}`, [g, s, dob, mem, grp, p]];
  }],
  ['authorization approved', (d) => {
    const a = d.authNo(); const [f, t] = d.datePair(); const g = d.given(); const s = d.sur();
    return [`Authorization ${a} approved for 19364 and 19350, valid ${f} through ${t}. Reviewer: ${g} ${s}, RN.`, [a, f, t, g, s]];
  }],
  ['denial and peer-to-peer', (d) => {
    const md = d.sur(); const w = d.weekday(); const ref = d.authNo(); const [ph, p] = d.phone();
    return [`Panniculectomy denied as cosmetic. Peer-to-peer with medical director Dr. ${md} set for ${w} at 12:30, reference ${ref}; call ${ph}.`, [md, w, ref, p]];
  }],
  ['chiropractic records for reduction', (d) => {
    const c = d.otherPractice('chiro'); const y = d.year(); const m = d.int(0, 5); const a = `${MONTHS[m]!} ${y}`; const b = `${MONTHS[m + 6]!} ${y}`;
    return [`Reduction criteria: 6 months of chiropractic care at ${c} (${a} to ${b}), PT, NSAIDs; grooving from bra straps; Schnur requirement met.`, [c, a, b]];
  }],
  ['visual fields for blepharoplasty', (d) => {
    const e = d.otherPractice('eye'); const dt = d.date(); const s = d.sur();
    return [`Humphrey visual fields at ${e} on ${dt} (Dr. ${s}): superior field improves 14 degrees taped. Photos attached for the payer.`, [e, dt, s]];
  }],
  ['claim and appeal', (d) => {
    const c = d.claimNo(); const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`Claim ${c} denied ${dt} (CO-50). First-level appeal drafted by billing specialist ${g} ${s}.`, [c, dt, g, s]];
  }],
  ['insurance card subscriber', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1950, 1995); const mem = d.memberId(); const grp = d.groupNo();
    return [`Subscriber: ${g} ${s} (${d.pick(['spouse', 'self', 'parent'])}), DOB ${dob}; ID ${mem}; Grp ${grp}; Rx BIN 610014.`, [g, s, dob, mem, grp]];
  }],
  ['gender-affirming surgery support letter', (d) => {
    const g = d.given(); const s = d.sur(); const lic = `LPC-${d.digitString(5)}`; const dt = d.date();
    return [`Letter of support for chest masculinization from ${g} ${s}, LPC (license ${lic}), dated ${dt}, meets WPATH SOC-8 criteria.`, [g, s, lic, dt]];
  }],
  // letters to referring doctors and registration
  ['letter to referring doctor', (d) => {
    const rs = d.sur(); const rp = d.otherPractice(d.pick(['pcp', 'obgyn', 'onc'] as const)); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`Dr. ${rs}\n${rp}\n${st}\n${t}, ${d.state()} ${z}\n\nDear Colleague:\nThank you for referring ${g} ${s} (DOB ${dob}) for evaluation of symptomatic macromastia.`, [rs, rp, st, t, z, g, s, dob]];
  }],
  ['letter cc list', (d) => {
    const a = d.sur(); const ap = d.otherPractice('onc'); const b = d.sur(); const [fx, p] = d.phone();
    return [`cc: Dr. ${a}, ${ap}\n    Dr. ${b}, breast surgery (fax ${fx})`, [a, ap, b, p]];
  }],
  ['surgeon signature block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const url = d.url();
    return [`${g} ${s}, MD, FACS\n${pr}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}\n${url}`, [g, s, pr, st, t, z, p, url]];
  }],
  ['fax cover sheet', (d) => {
    const pr = d.practice(); const [f1, p1] = d.phone(); const [f2, p2] = d.phone(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`FAX\nFrom: ${pr}   Fax: ${f1}\nTo: ${g} ${s}, prior authorization dept.   Fax: ${f2}\nDate: ${dt}   Pages: 9 (including cover)`, [pr, p1, g, s, p2, dt]];
  }],
  ['registration block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const co = d.county(); const [ph, p] = d.phone(); const em = d.handleEmail();
    return [`Name: ${s}, ${g}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nCounty: ${co}\nCell: ${ph}\nE-mail: ${em}`, [s, g, st, t, z, co, p, em]];
  }],
  ['emergency contact and SSN', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ssn = d.ssn(); const acct = d.digitString(d.int(7, 9));
    return [`Emergency contact: ${g} ${s} (${d.relation()}) ${ph}. SSN ${ssn}. Guarantor account ${acct}.`, [g, s, p, ssn, acct]];
  }],
  ['follow-up letter with weekday and date', (d) => {
    const g = d.given(); const w = d.weekday(); const md = d.monDay(); const y = d.year(); const ss = d.sur();
    return [`Dear ${g}, your 3-month post-operative visit with Dr. ${ss} is on ${w}, ${md}, ${y} at 10:15.`, [g, w, `${md}, ${y}`, ss]];
  }],
  ['cleft team and parents', (d) => {
    const cg = d.given(); const mg = d.given(); const s = d.sur(); const h = d.hospital(); const dob = d.dob(2021, 2025);
    return [`${cg} ${s}, born ${dob}, unilateral complete cleft lip; Millard repair planned at ${h}. Mother ${mg} prefers morning calls.`, [cg, s, dob, h, mg]];
  }],
  ['dog bite scar at a named park', (d) => {
    const pk = `${d.pick(STREET_WORDS)} ${d.pick(['Park', 'Dog Park', 'Greenway'])}`; const t = d.town(); const md = d.monDay();
    return [`Dog bite to the left cheek at ${pk} in ${t} on ${md}; now a 4 cm hypertrophic scar, for revision with Z-plasty.`, [pk, t, md]];
  }],
];

/** The names of the wave's frames. */
export const plasticFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function plasticWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 30517, rounds);
}

/** Look-alikes in plastic surgery style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, classifications and scales
  ['Baker grade III capsular contracture of the left breast.', 'Baker grade III'], ['Regnault grade 2 ptosis bilaterally.', 'Regnault grade 2'],
  ['Fitzpatrick skin type IV; counseled on hyperpigmentation.', 'Fitzpatrick skin type IV'], ['Glogau photoaging type III.', 'Glogau'],
  ['Wise-pattern reduction planned.', 'Wise-pattern'], ['Hall-Findlay vertical reduction with a medial pedicle.', 'Hall-Findlay'],
  ['Lejour vertical scar technique.', 'Lejour'], ['Pitanguy markings at the inframammary fold.', 'Pitanguy'],
  ['Schnur sliding scale: 540 g required per side.', 'Schnur sliding scale'], ['Millard rotation-advancement repair of the cleft lip.', 'Millard'],
  ['Abbe flap for the upper lip defect.', 'Abbe flap'], ['Limberg rhomboid flap to the cheek.', 'Limberg'],
  ["Burow's triangle excised at the base.", "Burow's triangle"], ["Incision placed along Langer's lines.", "Langer's lines"],
  ['Tessier number 7 cleft.', 'Tessier'], ['Mohs micrographic surgery cleared the margins.', 'Mohs'],
  ['Breslow depth 0.8 mm, Clark level III.', 'Clark level III'], ["Marjolin's ulcer ruled out on biopsy.", "Marjolin's ulcer"],
  ["Dupuytren's cord of the ring finger.", "Dupuytren's"], ['Poland syndrome with absent sternal head of pectoralis.', 'Poland syndrome'],
  ['Parry-Romberg syndrome, left hemifacial atrophy.', 'Parry-Romberg'], ['Pierre Robin sequence, airway stable prone.', 'Pierre Robin sequence'],
  ['Treacher Collins syndrome, staged reconstruction.', 'Treacher Collins'], ['Gillies approach to the zygomatic arch.', 'Gillies approach'],
  ['Kirschner wire fixation of the fifth metacarpal.', 'Kirschner wire'], ['Allen test normal before the radial forearm flap.', 'Allen test'],
  ['Hartrampf zone IV discarded.', 'Hartrampf zone IV'], ['Cook-Swartz implantable Doppler on the vein.', 'Cook-Swartz'],
  ['Jackson-Pratt drains x2.', 'Jackson-Pratt'], ['Coleman fat grafting technique, 120 mL per side.', 'Coleman'],
  ['Pfannenstiel scar from prior C-section.', 'Pfannenstiel'],
   ['Z-plasty to release the band.', 'Z-plasty'],
  ['Clavien-Dindo grade II complication.', 'Clavien-Dindo'], ['Caprini score 6; enoxaparin started.', 'Caprini score 6'],
  ['ASA II, BMI 27.', 'ASA II'], ['BREAST-Q satisfaction with breasts 72.', 'BREAST-Q'], ['FACE-Q completed at baseline.', 'FACE-Q'],
  ['Vancouver Scar Scale 7.', 'Vancouver Scar Scale'], ['NPUAP stage 4 sacral injury.', 'NPUAP'],
  // drugs, fillers and toxins
  ['Botox Cosmetic 20 units to the glabella.', 'Botox Cosmetic'], ['Dysport 50 units to the crow\'s feet.', 'Dysport'], ['Xeomin for the forehead lines.', 'Xeomin'],
  ['Daxxify lasted 5 months.', 'Daxxify'], ['Juvéderm Voluma XC 1 mL to each cheek.', 'Juvéderm Voluma XC'], ['Restylane Lyft to the dorsal hands.', 'Restylane Lyft'],
  ['Sculptra 2 vials to the temples.', 'Sculptra'], ['Radiesse diluted for the neck.', 'Radiesse'], ['Kybella to the submental fat.', 'Kybella'],
  ['Hylenex 150 units for the vascular occlusion.', 'Hylenex'], ['Exparel 266 mg infiltrated as a TAP block.', 'Exparel'],
  ['Tranexamic acid 1 g IV at incision.', 'Tranexamic acid'], ['Keflex 500 mg QID x7 days.', 'Keflex'],
  ['Tumescent: lidocaine with epinephrine 1:1,000,000.', '1:1,000,000'],
  ['Tretinoin 0.05% nightly before peel.', 'Tretinoin 0.05%'],
   ['Silicone gel sheeting (Scaraway) nightly.', 'Scaraway'],
  ['Kenalog-10 injected into the keloid.', 'Kenalog-10'], ['Enoxaparin 40 mg daily x7 days.', 'Enoxaparin'],
  ['Indocyanine green angiography of the mastectomy flaps.', 'Indocyanine green'],
  // implants, expanders, matrices and devices
  ['Mentor MemoryGel Xtra, moderate plus profile.', 'Mentor MemoryGel Xtra'], ['Natrelle Inspira SRF implants.', 'Natrelle Inspira'],
  ['Sientra HSC+ round implant.', 'Sientra'], ['Motiva Ergonomix2 with Q Inside Safety Technology.', 'Motiva Ergonomix2'],
  ['IDEAL IMPLANT structured saline.', 'IDEAL IMPLANT'], ['Allergan BIOCELL textured implants recalled in 2019.', 'Allergan'],
  ['AbbVie Aesthetics representative present.', 'AbbVie'], ['Mentor Artoura expander, 550 cc.', 'Artoura'], ['AlloX2 expander with drain port.', 'AlloX2'],
  ['AlloDerm RTU 16 x 20 cm.', 'AlloDerm RTU'], ['SurgiMend PRS meshed.', 'SurgiMend'], ['GalaFLEX scaffold for the mastopexy.', 'GalaFLEX'],
  ['Keller Funnel used for insertion.', 'Keller Funnel'], ['Vectra H2 3D imaging.', 'Vectra H2'], ['SPY Elite perfusion assessment.', 'SPY Elite'],
  ['Prevena incisional wound vac for 7 days.', 'Prevena'], ['Synovis GEM Coupler 2.5 mm.', 'GEM Coupler'], ['Dermabond Prineo mesh closure.', 'Dermabond Prineo'],
  ['Steri-Strips and Tegaderm.', 'Steri-Strips'], ['Marena stage 2 compression garment.', 'Marena'],
  ['VASER ultrasound-assisted liposuction.', 'VASER'], ['CoolSculpting to the flanks.', 'CoolSculpting'], ['Renuvion to the neck.', 'Renuvion'],
  ['Morpheus8 microneedling, 3 sessions.', 'Morpheus8'], ['Canon EOS R6 with a ring flash.', 'Canon EOS R6'],
  ['Zeiss Pentero microscope.', 'Zeiss'],
  // national organisations, payers, registries and laws
  ['Board certified by the ABPS.', 'ABPS'], ['ASPS member surgeon.', 'ASPS'], ['Per The Aesthetic Society guidelines.', 'The Aesthetic Society'],
  ['AAAASF-accredited facility.', 'AAAASF'], ['Accredited by The Joint Commission.', 'The Joint Commission'], ['FDA boxed warning for breast implants.', 'FDA'],
  ['Patient Decision Checklist signed.', 'Patient Decision Checklist'], ["Women's Health and Cancer Rights Act of 1998.", "Women's Health and Cancer Rights Act"],
  ['No Surprises Act good faith estimate provided.', 'No Surprises Act'], ['HIPAA authorization for photographs.', 'HIPAA'],
  ['NCCN guidelines for post-mastectomy radiation.', 'NCCN'], ['Entered in the National Breast Implant Registry.', 'National Breast Implant Registry'],
  ['PROFILE registry for BIA-ALCL.', 'PROFILE registry'], ['CareCredit 12-month promotional financing.', 'CareCredit'], ['Alphaeon Credit offered.', 'Alphaeon'],
  ['PatientFi payment plan.', 'PatientFi'], ['Cherry payment plan declined.', 'Cherry'], ['Medicare does not cover cosmetic surgery.', 'Medicare'],
  ['Blue Cross Blue Shield requires 500 g per side.', 'Blue Cross Blue Shield'], ['UnitedHealthcare denied the request.', 'UnitedHealthcare'],
  ['Aetna Clinical Policy Bulletin 0017.', 'Aetna Clinical Policy Bulletin'], ['Cigna coverage policy for panniculectomy.', 'Cigna'],
  ['Susan G. Komen support resources given.', 'Susan G. Komen'], ['American Cancer Society Reach to Recovery volunteer.', 'Reach to Recovery'],
  ['Look Good Feel Better class.', 'Look Good Feel Better'], ['WPATH SOC-8 criteria met.', 'WPATH'],
  // codes
  ['CPT 19357 tissue expander placement.', '19357'], ['CPT 19364 free flap breast reconstruction.', '19364'], ['CPT 15830 panniculectomy.', '15830'],
  ['CPT 19318 reduction mammaplasty.', '19318'], ['CPT 15823 blepharoplasty with excess skin.', '15823'], ['ICD-10 Z90.12 acquired absence of left breast.', 'Z90.12'],
  ['C50.911 malignant neoplasm of right breast.', 'C50.911'], ['N62 hypertrophy of breast.', 'N62'],
  ['Z42.1 breast reconstruction following mastectomy.', 'Z42.1'], ['T85.44XA capsular contracture of implant.', 'T85.44XA'], ['HCPCS S2068 DIEP flap.', 'S2068'],
  ['Bilateral with modifier 50.', 'modifier 50'],
  // measurements, volumes and weights
  ['350 cc smooth round, 12.4 cm base width.', '12.4 cm'], ['Sternal notch to nipple 31 cm.', '31 cm'], ['Resection weight 742 g right.', '742 g'],
  ['Flap weight 812 grams.', '812 grams'], ['Ischemia time 48 minutes.', '48 minutes'], ['Lesion 1.2 x 0.8 cm.', '1.2 x 0.8 cm'],
   ['BMI 31.4 at consult.', '31.4'],
  // ages, years, times, durations and roles without names
  ['86-year-old man with SCC of the scalp.', '86'], ['Mastectomy in 2019.', '2019'], ['Implants placed in 2008, never exchanged.', '2008'],
  ['Seen on post-op day 3.', 'post-op day 3'], ['Follow up in 6 weeks.', '6 weeks'], ['Quote valid for 90 days.', '90 days'], ['Arrive at 0600.', '0600'],
  ['Her husband drove her home.', 'husband'], ['Photographer present for the views.', 'Photographer'], ['Patient coordinator will send the quote.', 'Patient coordinator'],
  ['Circulating nurse counted the sponges.', 'Circulating nurse'], ['The breast surgeon performed the mastectomy.', 'breast surgeon'],
  // generic places
  ['Seen in the plastic surgery clinic.', 'plastic surgery clinic'], ['Booked at the surgicenter.', 'the surgicenter'], ['Transferred to the PACU.', 'PACU'],
  ['Photos taken in the photo room against a blue backdrop.', 'photo room'], ['Injector appointment at the med spa.', 'the med spa'],
  ['Radiation at the cancer center.', 'the cancer center'], ['Admitted to the flap unit overnight.', 'flap unit'], ['Stayed in the 23-hour recovery suite.', 'recovery suite'],
  // everyday words that are also names or towns
  ['Apex of the flap is viable.', 'Apex'], ['Hazel eyes, mild dermatochalasis.', 'Hazel'], ['Ruby laser for the tattoo removal.', 'Ruby laser'],
  ['Poison ivy dermatitis on the forearm.', 'ivy'], ['Humble, grateful patient.', 'Humble'], ['Pearly papule with rolled borders.', 'Pearly'],
  ['Amber drainage from the JP.', 'Amber'], ['Temple hollowing treated with filler.', 'Temple'], ['Violet discoloration of the flap tip.', 'Violet'],
  ['Will call if any fever.', 'Will'], ['Grace period of 30 days on the quote.', 'Grace period'], ['Sterling silver earring embedded in the keloid.', 'Sterling silver'],
  ['Mark the incision lines standing.', 'Mark'], ['Rose-colored scar, still maturing.', 'Rose-colored'], ['Spring break is the busiest time for consults.', 'Spring break'],
];

export const plasticKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPlasticKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(plasticKeepCases(), find);

export function scorePlasticWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => plasticWaveCases(seed)), find);
}
