// A blind wave of ophthalmology and optometry records: eye clinic visit notes (the header with the patient, chart
// number and provider, the technician's work-up and the initials that sign acuity and pressure, the relative who drives
// after dilation, the last exam with another doctor in another town, return visits on a weekday, the scribe's
// attestation, ages over 89), spectacle and contact-lens prescriptions (prescriber, licence and NPI, expiry dates,
// contact-lens verification requests faxed by sellers with their reference numbers, insertion training with a parent,
// annual supplies shipped home with order numbers, scleral lenses reordered from a lab, ortho-k maps e-mailed to a
// parent), retina injection logs and notes (log rows with drug lots and the injector's initials, time-outs, prior
// authorizations with member and authorization numbers, the next-day call, home macular monitors with serials and
// monitoring ids, angiography photographers, same-day detachment transfers), cataract surgery consents and operative
// notes (the witness, the phone interpreter and their id, the surgery center, the assistant, IOL serials and dye lots
// from the implant sticker, biometry operators, the day-one driver, arrival letters, the CRNA), low-vision and
// driving-vision forms (vision rehabilitation agencies and case numbers, loaned video magnifiers, driver licence
// numbers, the examiner's licence, bioptic driving evaluations, legal blindness certifications with an SSN, talking
// book libraries and patron numbers), optical shop orders (job numbers, the optical lab and the shipping tracking
// number, vision-plan authorizations, the voicemail that the glasses are ready, an optician's licence, invoices),
// referral and co-management letters between optometrists and ophthalmologists (letterheads, RE lines, cc lines with
// e-mail, records requests), glaucoma field test printouts and notes (the perimeter's header with the patient id, date
// and an age over 89, the perimeter serial and operator, SLT and tube shunts, the month and year of the last field),
// imaging file headers (OCT DICOM tags with names, ids, compact dates and device serials, exported file names written
// with the name and date of birth and the share's IP address, widefield photo headers, study UIDs and accessions,
// teleretinal screening uploads), and eye injuries on holidays and at work (the employer and the workers'
// compensation claim, the ambulance town, the emergency department), school and county vision screenings, amblyopia
// patching, corneal tissue from an eye bank, portal and video-visit links, e-prescriptions with the pharmacy and Rx
// number, Medicare numbers, DEA numbers, text reminders, in mixed case, ALL CAPS and lower case. Dates are written in
// every form clinics, perimeters, imaging devices and payers use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024',
// 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '3/4/2024', '03-04-2024', '20240304', 'Mar 4', '3/4',
// 'Tuesday', 'Tue 3/4', 'the 4th', '10/2023', 'March 2023', 'Fourth of July'). Given names and surnames are often
// everyday words, many of them eye words or the names of eye eponyms (Iris, Hazel, Rose, Amber, Pearl, Sharp, Gray,
// Brown, Best, Coats, Graves, Weiss, Jackson, Maddox, Worth, Hess, Bell), and towns are often everyday words (Mentor,
// Superior, Freedom, Hope, Climax, Rose City, Hazel Park, Clear Lake). A list of look-alikes in the same style must not
// be touched. Written without reading the engine's rules or any gold data. `scoreEyeWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('MD', 'OD, FAAO',
// 'COA', 'COT', 'CRA', 'ABOC', 'NCLE', 'CST', 'CRNA', 'CLVT', 'COMS', 'CDRS') are not; a given name alone (a parent, a
// driver, an interpreter) is planted; initials that sign acuity, a log row, biometry, a perimetry printout or a photo
// are planted; an eye practice, surgery center, optical shop, optical lab, eye bank, vision rehabilitation agency,
// talking book library, hospital, pharmacy, school and local employer is planted whole with its kind words ('Lakeshore
// Eye Associates', 'Mentor Vision Center', 'Gray Optical', 'Great Lakes Lions Eye Bank'), while a chain, a national
// seller, a vision plan, a manufacturer or a national organisation named alone ('LensCrafters', '1-800 Contacts',
// 'VSP', 'EyeMed', 'Alcon', 'Zeiss', 'Essilor', 'Prevent Blindness', 'the Lions Club') is kept; a town is planted, the
// state is kept; a county is planted by its name, 'County' kept; a street line is planted from its number through its
// type and any suite; a ZIP with its +4 is planted. Every date element but the year alone is planted: a weekday naming
// one day and a holiday that fixes a day are planted, as is a prescription's expiry date (it is the exam date's
// anniversary); a compact DICOM date ('20240304') and a month with its year ('10/2023') are planted; times are kept.
// Chart numbers, imaging patient ids, accessions and study UIDs, member, group, authorization, claim, order, job,
// invoice, verification reference, case, patron, interpreter, workers' compensation and Rx numbers, MBIs, SSNs, driver
// licence numbers, plates, NPIs, DEA numbers and the licences of optometrists, physicians and opticians are planted;
// device serials (OCT, perimeter, camera, magnifier, home monitor), IOL serials, drug, dye and viscoelastic lots, eye
// bank tissue ids and tracking numbers are planted, models ('SN60WF', 'HFA3 860', 'Cirrus 5000', 'Optos California')
// kept. An e-mail, a URL and an IP are planted whole; a phone's leading '(' need not be covered. Kept (look-alikes):
// eye eponyms and tests (Snellen, Goldmann, Fuchs, Schirmer, Amsler, Jaeger, Ishihara, Seidel, Krukenberg, Hollenhorst,
// Weiss ring, Best and Coats disease, Graves orbitopathy, Brown syndrome, Bell's phenomenon, Jackson cross cylinder,
// Maddox rod, Worth 4-dot, Hess chart, Shaffer, Van Herick), acuities ('20/40', 'CF 3 ft', 'J1+'), pressures,
// refractions, axes, prisms, diopters, keratometry, biometry, pachymetry, cup-to-disc ratios, clock-hour positions and
// incision meridians, field indices, OCT thicknesses, drugs, drops and doses, lens, frame, IOL and device brands and
// models, frame sizes and PDs, base curves, catalog REF and NDC codes, CPT, HCPCS and ICD-10 codes, grades and
// stages, injection counts and intervals, POD numbers, trial lens and tray numbers, vision plans, chains and national
// organisations, roles without names, everyday words that are also names or towns (hazel, iris, rose bengal, pearls,
// superior, freedom, independence, mark), relations without names, ages of 89 and under, years alone and states.
// Measured before rules (engine at 5d12ba5): 0.899 recall on seeds 5, 11, 23 (4470/4973), 0.901 on fresh seeds 41, 42, 43
// (4485/4976), 0.907 on seeds 101, 202 (3000/3309); 16/191 look-alikes touched ("Jaeger", "Jackson", "Maddox", "Van
// Herick", "Marcus Gunn", "2/14" of fixation losses, "Pred Forte", "Diamox", "Ahmed", "Acuvue Oasys", "ClearView",
// "OrCam", "LensCrafters", "Pearle Vision", "Warby Parker", "Lions Club").
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frbe } from '@faker-js/faker/locale/fr_BE';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as sk } from '@faker-js/faker/locale/sk';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ie, hr, frbe, gh, pt, sk];

/** Given names and surnames that are everyday words (many of them eye words or the names of eye eponyms). */
const WORD_GIVEN = ['Iris', 'Hazel', 'Rose', 'Violet', 'Amber', 'Pearl', 'Ruby', 'Crystal', 'Jewel', 'Sunny', 'Skye', 'Dawn', 'Faith', 'Hope', 'Grace', 'Joy', 'Misty', 'Summer', 'Clarity', 'Rocky', 'Bill', 'Will', 'Mark', 'Art', 'Gene', 'Chase', 'Lance', 'Rusty', 'Sonny', 'Clay', 'Glen', 'Dale', 'Cliff', 'Grant', 'Buck', 'Major'];
const WORD_SUR = ['Sharp', 'Gray', 'Brown', 'Best', 'Coats', 'Graves', 'Weiss', 'Jackson', 'Maddox', 'Worth', 'Hess', 'Bell', 'Frost', 'Fields', 'Glass', 'Shade', 'Bright', 'Light', 'Ray', 'Seymour', 'Winkler', 'Knapp', 'Parks', 'Hudson', 'Ferry', 'Wills', 'Marshall', 'Lane', 'Banks', 'Price', 'Stone', 'Hill', 'Moody', 'Hale', 'Crane', 'Fairweather', 'Bloom', 'Sterling'];
/** Towns that are everyday words or eye words, and real towns of the Great Lakes states. */
const WORD_TOWNS = ['Mentor', 'Superior', 'Freedom', 'Hope', 'Climax', 'Hell', 'Paradise', 'Holland', 'Brighton', 'Marshall', 'Chelsea', 'Milan', 'Rome', 'Athens', 'Troy', 'Eden', 'Liberty', 'Harmony', 'Friendship', 'Felicity', 'Independence', 'Sparta', 'Medina', 'Berea', 'Galena', 'Sylvania', 'Bath', 'Loyal', 'Unity', 'Fairview', 'Clearfield', 'Clear Lake', 'Rose City', 'Hazel Park', 'Bad Axe', 'Painted Post', 'Horseheads', 'Grand Haven', 'Big Rapids', 'Eyota', 'Bellevue'];
const REAL_TOWNS = ['Kalamazoo', 'Saginaw', 'Traverse City', 'Marquette', 'Muskegon', 'Jackson', 'Lansing', 'Toledo', 'Findlay', 'Mansfield', 'Zanesville', 'Chillicothe', 'Sandusky', 'Erie', 'Altoona', 'Scranton', 'Williamsport', 'Binghamton', 'Elmira', 'Utica', 'Rochester', 'Duluth', 'Mankato', 'St. Cloud', 'Eau Claire', 'Oshkosh', 'Wausau', 'La Crosse', 'Green Bay', 'Fort Wayne', 'Petoskey', 'Ypsilanti'];
const STATES = ['MI', 'OH', 'PA', 'NY', 'WI', 'MN', 'IN', 'Michigan', 'Ohio', 'Wisconsin'];
const STREET_WORDS = ['Main', 'Division', 'Michigan', 'Lake Shore', 'Maple', 'Elm', 'Orchard', 'Clearview', 'Sunset', 'Ridge', 'Mill', 'Church', 'Woodward', 'Portage', 'Huron', 'Superior', 'Crystal', 'Lakeview', 'Harbor', 'Washington'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Blvd', 'Pkwy', 'Ct', 'Hwy'];
/** Place words practices, surgery centers, labs and shops are named for. */
const GROVES = ['Lakeshore', 'Clearview', 'Bay View', 'Harbor', 'North Shore', 'Pine Ridge', 'Maple Grove', 'Great Lakes', 'Riverside', 'Birchwood', 'Oak Hollow', 'Lighthouse', 'Sunrise', 'Northern Lights', 'Stonebridge', 'Heritage', 'Brookside', 'Blue Water', 'Keystone', 'Twin Pines'];
const COUNTIES = ['Kent', 'Ottawa', 'Washtenaw', 'Lucas', 'Summit', 'Erie', 'Dane', 'Brown', 'Marathon', 'Monroe', 'Oakland', 'Genesee', 'Ingham', 'Allegheny', 'Lackawanna', 'Hennepin', 'Olmsted', 'Tompkins', 'Chautauqua', 'Allen', 'Marquette', 'Emmet'];
const SAINTS = ["Mary's", "Joseph's", "Luke's", "Vincent's", "Elizabeth's", "Anne's", "Francis", "Clare's"];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri'];
/** Holidays that fix a day, each with the way an eye gets hurt on it. */
const HOLIDAY_INJURIES: readonly (readonly [string, string])[] = [
  ['Fourth of July', 'a bottle rocket'], ['Independence Day', 'a sparkler'], ["New Year's Eve", 'a champagne cork'], ["New Year's Day", 'a firework mortar'],
  ['Christmas Eve', 'a bungee cord while tying a tree to the car'], ['Thanksgiving', 'hot grease from a turkey fryer'], ['Halloween', 'a costume contact lens'],
  ['Memorial Day', 'a fishing hook'], ['Labor Day', 'string trimmer debris'],
];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'granddaughter', 'grandson', 'niece', 'nephew', 'neighbor', 'friend', 'partner'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss'];
const LANGUAGES = ['Spanish', 'Arabic', 'Vietnamese', 'Bosnian', 'Somali', 'Hmong', 'Polish', 'Karen', 'Haitian Creole', 'Portuguese'];
const EMPLOYER_KINDS = ['Tool & Die', 'Machine Works', 'Stamping, Inc.', 'Lumber Co.', 'Auto Body', 'Foundry', 'Welding & Fabrication', 'Plastics', 'Orchards'];
/** Letters an MBI uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
/** Capitals and digits for tracking numbers. */
const TRACK_CHARS = '0123456789ABCDEFGHJKLMNPRSTVWXYZ';

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
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.82 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  grove(): string {
    return this.pick(GROVES);
  }
  /** A street line: number through type, and any suite. */
  street(): string {
    const suite = this.r() < 0.2 ? this.pick([`, Suite ${this.int(100, 450)}`, `, Ste ${this.int(1, 40)}`, ` #${this.int(101, 320)}`]) : '';
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}${suite}`;
  }
  zip(): string {
    const z = String(this.int(14001, 56999));
    return this.r() < 0.25 ? `${z}-${String(this.int(1, 9999)).padStart(4, '0')}` : z;
  }
  /** An eye practice: optometry, ophthalmology or a subspecialty group. */
  practice(): string {
    const k = this.int(0, 11);
    if (k === 0) return `${this.grove()} Eye Associates`;
    if (k === 1) return `${this.town()} Vision Center`;
    if (k === 2) return `${this.sur()} Eye Care`;
    if (k === 3) return `${this.town()} Retina Consultants`;
    if (k === 4) return `${this.grove()} Optometry`;
    if (k === 5) return `${this.sur()} & ${this.sur()} Ophthalmology`;
    if (k === 6) return `${this.grove()} Family Eye Care`;
    if (k === 7) return `${this.town()} Glaucoma Specialists`;
    if (k === 8) return `Eyes of ${this.town()}`;
    if (k === 9) return `${this.grove()} Cornea & Cataract`;
    if (k === 10) return `${this.town()} Eye Clinic`;
    return `${this.sur()} Vision Associates`;
  }
  /** An ambulatory surgery center where cataracts are done. */
  asc(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.grove()} Surgery Center`;
    if (k === 1) return `${this.town()} Eye Surgery Center`;
    if (k === 2) return `${this.town()} Laser & Cataract Institute`;
    return `${this.grove()} Ambulatory Surgery Center`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)} Hospital`;
    if (k === 1) return `${this.town()} Regional Medical Center`;
    if (k === 2) return `${this.town()} Community Hospital`;
    return `${this.grove()} Medical Center`;
  }
  /** An optical shop. */
  optical(): string {
    return this.pick([`${this.sur()} Optical`, `${this.town()} Opticians`, `${this.grove()} Eyewear`, `Spectacle Shop of ${this.town()}`, `${this.grove()} Optical Boutique`]);
  }
  /** An optical or contact-lens laboratory. */
  lab(): string {
    return this.pick([`${this.grove()} Optical Lab`, `${this.town()} Ophthalmic Laboratory`, `${this.sur()} Contact Lens Lab`, `${this.grove()} Lens Works`]);
  }
  eyeBank(): string {
    return this.pick([`${this.grove()} Lions Eye Bank`, `${this.town()} Eye Bank`, `Lions Eye Bank of ${this.town()}`]);
  }
  /** A vision rehabilitation agency. */
  agency(): string {
    return this.pick([`${this.town()} Center for the Blind`, `${this.grove()} Vision Rehabilitation Services`, `${this.town()} Association for the Blind and Visually Impaired`, `${this.town()} Low Vision Clinic`]);
  }
  school(): string {
    return this.pick([`${this.sur()} Elementary School`, `${this.town()} Middle School`, `${this.grove()} Elementary`, `${this.town()} High School`, `${this.grove()} Academy`]);
  }
  employer(): string {
    return this.pick([`${this.sur()} ${this.pick(EMPLOYER_KINDS)}`, `${this.town()} ${this.pick(EMPLOYER_KINDS)}`, `${this.grove()} ${this.pick(EMPLOYER_KINDS)}`]);
  }
  pharmacy(): string {
    return this.pick([`${this.town()} Pharmacy`, `${this.sur()}'s Drug Store`, `${this.grove()} Apothecary`, `${this.town()} Family Pharmacy`]);
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(7, 17))}:${pad2(this.int(0, 59))}` : `${this.int(7, 11)}:${pad2(this.int(0, 59))} AM`;
  }
  /** A full date in one of the forms clinics, perimeters and payers write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  /** A date and its anniversary one or two years on, written the same way (an exam and its prescription's expiry). */
  dateAndExpiry(): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    const at = (yy: number): string => writtenDate(k, m, d, yy) ?? (k === 8 ? `${m}/${d}/${yy}` : `${pad2(m)}-${pad2(d)}-${yy}`);
    return [at(y), at(y + this.int(1, 2))];
  }
  /** A DICOM date ('20240304'). */
  compactDate(lo = 2016, hi = 2025): string {
    const [m, d] = this.md();
    return `${this.int(lo, hi)}${pad2(m)}${pad2(d)}`;
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
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  /** '10/2023' or '04/2023'. */
  slashMonthYear(): string {
    const y = this.year();
    return this.r() < 0.6 ? `${this.int(1, 12)}/${y}` : `${pad2(this.int(1, 12))}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  weekdayShort(): string {
    return this.pick(WEEKDAYS_SHORT);
  }
  dob(lo = 1926, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 3);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return `E${this.digitString(7)}`;
    return this.digitString(this.int(6, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(216, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.grove())}eye.com`, 'gmail.com', 'yahoo.com', 'hotmail.com', `${asciiLetters(this.town()) || 'lake'}vision.net`, 'icloud.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}.${b.slice(0, 4)}${this.int(1, 99)}`, `${a.slice(0, 2)}${b.charAt(0)}${this.int(10, 9999)}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(1, 99)}`, `${a.charAt(0)}${b.charAt(0)}eyes${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  ip(): string {
    const k = this.int(0, 2);
    if (k === 0) return `10.${this.int(0, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
    if (k === 1) return `192.168.${this.int(0, 254)}.${this.int(2, 254)}`;
    return `172.${this.int(16, 31)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A state optometry or medical licence number. */
  licence(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['4405', '4301', '4302'])}${this.digitString(6)}`;
    if (k === 1) return `OE.${this.digitString(6)}`;
    if (k === 2) return `${this.pick(['OD', 'MD', 'OP'])}${this.digitString(6)}`;
    if (k === 3) return `${this.digitString(6)}-${this.pick(['27', '20', '35'])}`;
    return this.digitString(this.int(5, 6));
  }
  /** A dispensing optician's licence. */
  opticianLicence(): string {
    return this.pick([`DO${this.digitString(5)}`, `${this.digitString(6)}`, `OPT-${this.digitString(4)}`]);
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A driver licence number in one of the Great Lakes states' forms. */
  driverLicence(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.letters(1)} ${this.digitString(3)} ${this.digitString(3)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 3) return `${this.digitString(3)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 4) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}-${this.digitString(2)}`;
    return `${this.letters(1)}${this.digitString(12)}`;
  }
  plate(): string {
    return this.pick([`${this.letters(3)} ${this.digitString(4)}`, `${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`]);
  }
  /** A device serial (OCT, perimeter, camera, magnifier, monitor). */
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 9));
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    return `${this.letters(1)}${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
  }
  /** An intraocular lens serial as its sticker prints it. */
  iolSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(11);
    if (k === 1) return `${this.digitString(8)}.${String(this.int(1, 999)).padStart(3, '0')}`;
    return this.digitString(10);
  }
  /** A drug, dye or viscoelastic lot. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(5)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(7, 8));
    if (k === 2) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    return `${this.digitString(1)}${this.letters(1)}${this.digitString(1)}${this.letters(1)}${this.digitString(2)}`;
  }
  tissueId(): string {
    return this.pick([`${this.digitString(2)}-${this.digitString(5)}-${this.pick(['OD', 'OS'])}`, `${this.letters(2)}${this.digitString(7)}`, `${this.digitString(7)}`]);
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${this.letters(3)}${this.digitString(8)}`;
    if (k === 2) return `E${this.digitString(8)}`;
    return this.digitString(11);
  }
  groupNo(): string {
    return this.pick([this.digitString(this.int(5, 8)), `${this.digitString(5)}-${String(this.int(1, 9999)).padStart(4, '0')}`, `${this.letters(2)}${this.digitString(5)}`]);
  }
  /** An authorization, claim or reference number. */
  refNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(9, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(8)}`;
    if (k === 2) return `${pad2(this.int(16, 25))}${this.digitString(3)}-${this.digitString(5)}`;
    return `${this.letters(1)}${this.digitString(9)}`;
  }
  orderNo(): string {
    return this.pick([this.digitString(this.int(6, 9)), `SO-${this.digitString(7)}`, `${this.letters(2)}${this.digitString(6)}`]);
  }
  jobNo(): string {
    return this.pick([this.digitString(this.int(5, 7)), `J${this.digitString(6)}`, `${this.digitString(4)}-${this.digitString(3)}`]);
  }
  caseNo(): string {
    return this.pick([`${pad2(this.int(16, 25))}-${this.digitString(6)}`, this.digitString(this.int(7, 9)), `BVS-${this.digitString(6)}`]);
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.lettersOf(TRACK_CHARS, 6)}${this.digitString(10)}` : this.digitString(12);
  }
  rxNo(): string {
    return this.digitString(this.int(6, 8));
  }
  accession(): string {
    const yy = pad2(this.int(16, 25));
    return this.pick([`OPH${yy}-${this.digitString(6)}`, `${this.letters(2)}${yy}${this.digitString(6)}`, this.digitString(this.int(8, 10))]);
  }
  /** A DICOM study instance UID under a device maker's root. */
  studyUid(): string {
    return `1.2.276.0.75.2.${this.int(1, 5)}.${this.int(10, 90)}.${this.digitString(14)}.${this.digitString(6)}`;
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
  /** An eye doctor as notes and letters write them: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, OD, FAAO`, [g, s]];
    if (k === 2) return [`${g} ${s}, O.D.`, [g, s]];
    if (k === 3) return [`Dr. ${s}`, [s]];
    if (k === 4) return [`${s}, ${g} MD`, [s, g]];
    return [`${g} ${this.mi()} ${s}, DO`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // eye clinic visit notes
  ['visit note header', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const dob = d.dob(); const [doc, p] = d.doctor();
    return [`COMPREHENSIVE EYE EXAM   DOS: ${dt}\nPatient: ${s}, ${g} ${d.mi()}   MRN: ${mrn}   DOB: ${dob}\nProvider: ${doc}`, [dt, s, g, mrn, dob, ...p]];
  }],
  ['chief complaint accompanied by relative', (d) => {
    const g = d.given();
    return [`CC: "blurry vision" OS x 3 weeks, worse at night with glare from headlights. Pt accompanied by ${d.relation()} ${g}, who will drive after dilation.`, [g]];
  }],
  ['acuity and pressure signed with initials', (d) => {
    const i = d.initials();
    return [`VA sc: OD 20/25-2   OS 20/70 PH 20/40\nIOP (Goldmann): 17 / 21 mmHg at ${d.time()}\nDilated with 1% tropicamide + 2.5% phenylephrine OU.   Tech: ${i}`, [i]];
  }],
  ['last eye exam elsewhere', (d) => {
    const my = d.monthYear(); const s = d.sur(); const t = d.town();
    return [`Last dilated exam ${my} with Dr. ${s} in ${t}; current glasses about 2 years old and "too weak" for reading.`, [my, s, t]];
  }],
  ['return visit weekday and date', (d) => {
    const w = d.weekday(); const md = d.monDay(); const s = d.sur();
    return [`Plan: RTC ${w} ${md} for DFE and OCT macula with Dr. ${s}; continue AREDS2 1 tab BID.`, [w, md, s]];
  }],
  ['history age over 89', (d) => {
    const n = d.ageOver89();
    return [`${n} yo ${d.pick(['WF', 'WM', 'BF', 'BM', 'female', 'male'])} with h/o wet ARMD OD, dry ARMD OS, pseudophakia OU, here for injection follow-up.`, [n]];
  }],
  ['scribe attestation', (d) => {
    const g = d.given(); const s = d.sur(); const [doc, p] = d.doctor();
    return [`Documentation scribed by ${g} ${s}, COA, in the presence of ${doc}. I have reviewed the note and agree with the findings above.`, [g, s, ...p]];
  }],
  ['technician work-up', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Pupils: PERRL, no APD (swinging flashlight). EOM full. CVF full to finger count OU. Work-up by ${g} ${s}, COT.`, [g, s]];
  }],
  // refraction and glasses
  ['spectacle prescription block', (d) => {
    const g = d.given(); const s = d.sur(); const [dt, ex] = d.dateAndExpiry(); const [doc, p] = d.doctor(); const lic = d.licence(); const npi = d.npi();
    return [`SPECTACLE PRESCRIPTION\nName: ${g} ${s}    Date: ${dt}    Expires: ${ex}\nOD  -2.25 -0.75 x 180   ADD +2.25\nOS  -1.75 -1.00 x 005   ADD +2.25\nPD 63/60   Progressive, AR coat\n${doc}   Lic. ${lic}   NPI ${npi}`, [g, s, dt, ex, ...p, lic, npi]];
  }],
  ['occupational lenses and employer', (d) => {
    const e = d.employer(); const t = d.town();
    return [`Works 10-hour shifts at a monitor for ${e} in ${t}; Rx for occupational lenses (intermediate add +1.25) given in addition to PALs.`, [e, t]];
  }],
  // contact lenses
  ['contact lens prescription', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(1950, 2010); const ex = d.mdy(); const [doc, p] = d.doctor(); const [ph, pp] = d.phone();
    return [`CONTACT LENS Rx\nPatient: ${s}, ${g}   DOB ${dob}\nOD: Acuvue Oasys 1-Day  BC 8.5  DIA 14.3  PWR -3.25\nOS: Acuvue Oasys 1-Day  BC 8.5  DIA 14.3  PWR -3.75\nExpiration: ${ex}   Supply: 1 year\nPrescriber: ${doc}   Ph ${ph}`, [s, g, dob, ex, ...p, pp]];
  }],
  ['contact lens verification fax', (d) => {
    const dt = d.date(); const [fx, pf] = d.phone(); const ref = d.refNo(); const g = d.given(); const i = d.initials();
    return [`Contact lens verification request from ${d.pick(['1-800 Contacts', 'Warby Parker', 'Costco Optical', 'Walmart Vision Center'])} received ${dt} ${d.time()} via fax ${fx}, ref # ${ref}. Rx confirmed as written; faxed back by ${g} (${i}).`, [dt, pf, ref, g, i]];
  }],
  ['contact lens insertion training', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`CL I&R training completed with ${g} ${s}, NCLE. Pt (age 11) and ${d.pick(['mother', 'father', 'grandmother', 'stepfather'])} ${g2} both demonstrated safe removal; reviewed no sleeping or swimming in lenses.`, [g, s, g2]];
  }],
  ['annual supply shipped home', (d) => {
    const md = d.slashMd(); const o = d.orderNo(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Annual supply Dailies Total1 (8 boxes x 90) ordered ${md}, order #${o}, ship to ${st}, ${t} ${z}.`, [md, o, st, t, z]];
  }],
  ['scleral lens reorder from lab', (d) => {
    const lab = d.lab(); const o = d.orderNo(); const w = d.weekday();
    return [`Scleral lens (16.0 mm, sag 4350, Boston XO2) reordered from ${lab}, order ${o}; flatten LPC 2 steps. Dispense ${w} if the lens arrives.`, [lab, o, w]];
  }],
  ['ortho-k maps e-mailed to parent', (d) => {
    const g2 = d.given(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Ortho-K follow-up for ${g2}: axial length stable (24.12 mm OD, 24.30 mm OS). Topography maps e-mailed to parent ${g} ${s} at ${em}.`, [g2, g, s, em]];
  }],
  // retina injection logs and notes
  ['injection log row', (d) => {
    const dt = d.date(); const lot = d.lot(); const i = d.initials();
    const drug = d.pick(['Eylea 2 mg/0.05 mL', 'Vabysmo 6 mg/0.05 mL', 'Avastin 1.25 mg/0.05 mL', 'Lucentis 0.5 mg/0.05 mL', 'Eylea HD 8 mg/0.07 mL', 'Byooviz 0.5 mg']);
    return [`${dt} | ${d.pick(['OD', 'OS'])} | ${drug} | Lot ${lot} | Inj #${d.int(2, 60)} | ${i}`, [dt, lot, i]];
  }],
  ['injection procedure time-out', (d) => {
    const g = d.given(); const s = d.sur(); const [doc, p] = d.doctor();
    return [`INTRAVITREAL INJECTION: Time-out with ${g} ${s}, COA; correct eye marked. Lidocaine 3.5% gel, povidone-iodine 5%, lid speculum. 30-gauge needle 4.0 mm posterior to the limbus inferotemporally. Optic nerve perfused, CF vision confirmed. Injected by ${doc}.`, [g, s, ...p]];
  }],
  ['anti-VEGF prior authorization', (d) => {
    const id = d.memberId(); const auth = d.refNo(); const [m, dd] = d.md(); const y = d.year(); const dt = `${pad2(m)}/${pad2(dd)}/${y}`; const dt2 = `${pad2(m)}/${pad2(dd)}/${y + 1}`;
    return [`${d.pick(['Humana Medicare Advantage', 'Priority Health', 'Medical Mutual', 'Aetna', 'Highmark'])} member ${id}: Vabysmo (J2777) x 6 approved, auth ${auth}, valid ${dt} through ${dt2}.`, [id, auth, dt, dt2]];
  }],
  ['post-injection call', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const g = d.given();
    return [`Post-injection call ${w} to ${ph}: spoke with ${d.relation()} ${g}; no pain, redness improving, vision at baseline.`, [w, p, g]];
  }],
  ['home macular monitor', (d) => {
    const sn = d.serial(); const id = d.digitString(d.int(7, 9)); const md = d.slashMd();
    return [`ForeseeHome enrolled OS; device S/N ${sn}, Notal Vision monitoring ID ${id}. Alert ${md}: seen for OCT, no new fluid.`, [sn, id, md]];
  }],
  ['angiography photographer', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`FA/ICG ${dt} (photographer ${g} ${s}, CRA): late leakage from a CNV membrane OD, no polyps on ICG. Fluorescein 10% 5 mL IV, no reaction.`, [dt, g, s]];
  }],
  ['detachment same-day transfer', (d) => {
    const s = d.sur(); const h = d.hospital();
    return [`Mac-on RD OS with horseshoe tear at 11:00. Discussed by phone with Dr. ${s} at ${h} at ${d.time()}; accepted for same-day PPV/SB.`, [s, h]];
  }],
  // cataract consents and operative notes
  ['cataract surgery consent', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const wg = d.given(); const ws = d.sur(); const dt = d.date();
    return [`INFORMED CONSENT\nI, ${g} ${s}, consent to cataract extraction with intraocular lens implant, ${d.pick(['RIGHT', 'LEFT'])} eye, to be performed by Dr. ${s2}. Risks including infection, retinal detachment and the need for glasses were explained.\nWitness: ${wg} ${ws}, RN     Date: ${dt}`, [g, s, s2, wg, ws, dt]];
  }],
  ['consent through interpreter', (d) => {
    const g = d.given(); const id = d.digitString(d.int(5, 6));
    return [`Consent reviewed in ${d.pick(LANGUAGES)} via phone interpreter ${g} (ID #${id}); patient verbalized understanding and signed.`, [g, id]];
  }],
  ['operative report header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); const asc = d.asc();
    return [`OPERATIVE REPORT\nDate of surgery: ${dt}\nSurgeon: ${doc}\nAssistant: ${g} ${s}, CST\nFacility: ${asc}\nProcedure: Phacoemulsification with posterior chamber IOL, ${d.pick(['right', 'left'])} eye (CPT 66984)`, [dt, ...p, g, s, asc]];
  }],
  ['IOL sticker serial and dye lot', (d) => {
    const sn = d.iolSerial(); const lot = d.lot();
    return [`Implant: ${d.pick(['Alcon AcrySof IQ SN60WF', 'J&J Tecnis ZCB00', 'Alcon Clareon CNA0T0', 'B+L enVista MX60E', 'Tecnis Eyhance DIB00'])} +${d.int(16, 26)}.${d.pick(['0', '5'])} D   SN ${sn}\nVisionBlue trypan blue 0.06% lot ${lot}`, [sn, lot]];
  }],
  ['pre-op holding and marking', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const lot = d.lot();
    return [`Patient identified in pre-op holding by ${g} ${s}, RN; operative eye marked by Dr. ${s2}. Healon lot ${lot} opened at 07:42.`, [g, s, s2, lot]];
  }],
  ['biometry sheet', (d) => {
    const dt = d.date(); const i = d.initials();
    return [`IOLMaster 700 biometry ${dt}: AL 23.45 mm OD / 23.51 mm OS; K1 43.25 @ 92, K2 44.50 @ 2; ACD 3.12. Barrett Universal II target -0.25. Operator ${i}.`, [dt, i]];
  }],
  ['post-op day one driver', (d) => {
    const md = d.slashMd(); const g = d.given(); const [ph, p] = d.phone();
    return [`POD #1 (${md}): VA 20/40 sc, IOP 19, wound Seidel negative, trace cell. Driver today: ${d.relation()} ${g}, cell ${ph}.`, [md, g, p]];
  }],
  ['surgery arrival letter', (d) => {
    const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`; const asc = d.asc(); const st = d.street(); const t = d.town();
    return [`Your cataract surgery is scheduled for ${when}. Please arrive at 6:45 AM at the ${asc}, ${st}, ${t}. Nothing to eat after midnight; take your blood pressure pill with a sip of water.`, [when, asc, st, t]];
  }],
  ['anesthesia record age over 89', (d) => {
    const n = d.ageOver89(); const g = d.given(); const s = d.sur();
    return [`ANESTHESIA: MAC with topical and intracameral lidocaine. ${n} y/o, ASA 3. CRNA ${g} ${s}; midazolam 1 mg IV.`, [n, g, s]];
  }],
  // low vision and driving
  ['low vision referral agency case', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.agency(); const c = d.caseNo();
    return [`Referred by ${g} ${s}, CVRT, of ${a} (case #${c}) for magnification; goal is reading mail and insulin syringes.`, [g, s, a, c]];
  }],
  ['video magnifier loan serial', (d) => {
    const sn = d.serial(); const w = d.weekday(); const i = d.initials();
    return [`Loaned desktop video magnifier (Optelec ClearView C, 24") S/N ${sn} for a 30-day home trial; delivery ${w}. Eschenbach 4x illuminated stand magnifier dispensed. ${i}`, [sn, w, i]];
  }],
  ['driver vision form patient block', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dl = d.driverLicence(); const dob = d.dob(1930, 2006); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`VISION STATEMENT FOR DRIVER LICENSING\nName: ${s}, ${g}   DL#: ${dl}   DOB: ${dob}\nAddress: ${st}, ${t}, ${d.state()} ${z}`, [s, g, dl, dob, st, t, z]];
  }],
  ['driver vision form examiner block', (d) => {
    const [doc, p] = d.doctor(); const lic = d.licence(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`Binocular VA with correction 20/40; horizontal field 120 degrees. Restriction: corrective lenses, daylight only.\nExaminer: ${doc}   License No. ${lic}   Phone ${ph}   Date of exam: ${dt}`, [...p, lic, pp, dt]];
  }],
  ['bioptic driving evaluation', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const w = d.weekday();
    return [`Bioptic telescope (3x Ocutech) training with driver rehabilitation specialist ${g} ${s}, OTR/L, CDRS, at ${h}; behind-the-wheel evaluation ${w}.`, [g, s, h, w]];
  }],
  ['legal blindness certification', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const dt = d.date();
    return [`CERTIFICATION OF LEGAL BLINDNESS\n${g} ${s}, SSN ${ssn}: best corrected VA 20/400 OD, CF 2 ft OS; Goldmann III4e field less than 20 degrees OU. Onset ${dt}.`, [g, s, ssn, dt]];
  }],
  ['talking book library patron', (d) => {
    const t = d.town(); const id = d.digitString(d.int(6, 8)); const [ph, p] = d.phone();
    return [`NLS application signed; patron ID ${id} at the ${t} Talking Book & Braille Library (${ph}).`, [id, t, p]];
  }],
  // optical shop
  ['optical work order', (d) => {
    const job = d.jobNo(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [ph, p] = d.phone();
    return [`JOB # ${job}   Tray 14   PT: ${s}, ${g}   PH: ${ph}\nFrame: Ray-Ban RB5154 49-21-145 tortoise\nLens: Varilux X 1.67 Crizal Sapphire   PD 63/60   Seg 18/18`, [job, s, g, p]];
  }],
  ['lab and tracking', (d) => {
    const lab = d.lab(); const md = d.slashMd(); const tr = d.tracking();
    return [`Uncut lenses sent to ${lab} ${md}; returned edged via UPS ${tr}.`, [lab, md, tr]];
  }],
  ['vision plan authorization', (d) => {
    const auth = d.refNo(); const id = d.memberId(); const g = d.given(); const s = d.sur();
    return [`${d.pick(['VSP', 'EyeMed', 'Davis Vision', 'Spectera'])} authorization ${auth} for ${g} ${s} (member ID ${id}): exam, lenses and $150 frame allowance.`, [auth, g, s, id]];
  }],
  ['glasses ready voicemail', (d) => {
    const g = d.given(); const w = d.weekday(); const [ph, p] = d.phone(); const o = d.optical();
    return [`Glasses ready for pickup at ${o}; left VM for ${g} ${w} at ${ph}.`, [o, g, w, p]];
  }],
  ['optician remake note', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.opticianLicence();
    return [`Remake (doctor redo): OS cyl axis off by 8 degrees, re-verified in lensometer. ${g} ${s}, ABOC, LDO #${lic}.`, [g, s, lic]];
  }],
  ['optical invoice', (d) => {
    const inv = d.digitString(d.int(6, 8)); const dt = d.date(); const o = d.optical();
    return [`${o} - Invoice ${inv} - ${dt}\nFrame Oakley OX8156 54-17  $229.00\nLenses SV poly AR  $145.00\nPlan paid $130.00   Pt paid $244.00`, [o, inv, dt]];
  }],
  // referral and co-management letters
  ['referral letter opening', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const dob = d.dob();
    return [`Dear Dr. ${s},\nI am referring ${d.title()} ${g} ${s2} (DOB ${dob}) for evaluation of a pigmented choroidal lesion OS with overlying orange pigment and subretinal fluid.`, [s, g, s2, dob]];
  }],
  ['practice letterhead', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st}\n${t}, ${d.state()} ${z}\nPhone ${ph}   Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['co-management letter', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const [doc, p] = d.doctor();
    return [`${g} ${s} returned to our office on ${dt} for the one-week post-operative visit; UCVA 20/25 OD, IOP 16. We will co-manage per our agreement.\nSincerely,\n${doc}`, [g, s, dt, ...p]];
  }],
  ['letter cc with e-mail', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`cc: ${doc}, ${pr} (${em})`, [...p, pr, em]];
  }],
  ['records request fax', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const [fx, pf] = d.phone(); const g2 = d.given();
    return [`Please fax records, fields and OCTs for ${g} ${s}, DOB ${dob}, to ${fx}, attn: ${g2} in medical records.`, [g, s, dob, pf, g2]];
  }],
  ['letter RE line', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn();
    return [`RE: ${s}, ${g}   DOB ${dob}   Chart # ${mrn}\nDiagnosis: POAG OU, moderate stage (H40.1132)`, [s, g, dob, mrn]];
  }],
  // glaucoma fields and notes
  ['visual field printout header', (d) => {
    const s = d.sur(); const g = d.given(); const id = d.mrn(); const dob = d.dob(1920, 1935); const dt = d.date(); const n = d.ageOver89();
    return [`Central 24-2 Threshold Test   SITA Standard\nPatient: ${s}, ${g}   Patient ID: ${id}   DOB: ${dob}\nDate: ${dt}   Age: ${n}   Eye: Right\nFixation Monitor: Gaze/Blind Spot   Stimulus: III, White   Pupil Diameter: 3.1 mm   VA: 20/30\nRX: +2.25 DS -0.50 DC X 95   GHT: Outside normal limits   VFI 88%   MD -6.32 dB P < 0.5%`, [s, g, id, dob, dt, n]];
  }],
  ['perimeter serial and operator', (d) => {
    const sn = d.serial(); const i = d.initials();
    return [`Humphrey Field Analyzer HFA3 860   Serial: 860-${sn}   Version 1.5.3   Operator: ${i}   Fixation losses 2/14, FP 3%, FN 5%`, [sn, i]];
  }],
  ['SLT treatment', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`SLT 360 degrees OD on ${dt} by Dr. ${s}: 100 spots, 0.8 mJ, no bubbles; IOP 1 hr post 18. Apraclonidine given.`, [dt, s]];
  }],
  ['tube shunt at hospital', (d) => {
    const h = d.hospital(); const md = d.monDay(); const s = d.sur();
    return [`Ahmed FP7 valve OS at ${h} on ${md} (Dr. ${s}); tube in the AC, bevel up, patched with Tutoplast pericardium.`, [h, md, s]];
  }],
  ['last field month and year', (d) => {
    const my = d.slashMonthYear(); const s = d.sur();
    return [`Last HVF 24-2 ${my}: stable superior arcuate OD, GPA no progression. Dr. ${s} to review next visit.`, [my, s]];
  }],
  ['pressure check from the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`IOP check from the ${o} was 26/19 on latanoprost; adding Rhopressa qhs OD.`, [o]];
  }],
  // imaging file headers
  ['OCT DICOM header', (d) => {
    const s = d.sur(); const g = d.given(); const id = d.mrn(); const bd = d.compactDate(1926, 2012); const sd = d.compactDate(); const sn = d.serial();
    return [`(0010,0010) PatientName: ${s}^${g}\n(0010,0020) PatientID: ${id}\n(0010,0030) PatientBirthDate: ${bd}\n(0008,0020) StudyDate: ${sd}\n(0008,0070) Manufacturer: Carl Zeiss Meditec\n(0008,1090) ManufacturerModelName: Cirrus HD-OCT 5000\n(0018,1000) DeviceSerialNumber: ${sn}`, [s, g, id, bd, sd, sn]];
  }],
  ['OCT export file name and share', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const bd = d.compactDate(1926, 2012); const ip = d.ip();
    return [`Exported ${s}_${g}_${bd}_OD_Macular Cube 512x128.img to \\\\${ip}\\octexport`, [s, g, bd, ip]];
  }],
  ['widefield photo header', (d) => {
    const sn = d.serial(); const pr = d.practice(); const dt = d.date(); const i = d.initials();
    return [`Optos California   SN ${sn}   Site: ${pr}   Acquired ${dt} ${d.time()}   Photographer: ${i}   Optomap af OU`, [sn, pr, dt, i]];
  }],
  ['study UID and accession', (d) => {
    const uid = d.studyUid(); const acc = d.accession();
    return [`StudyInstanceUID: ${uid}\nAccessionNumber: ${acc}\nModality: OPT   BodyPartExamined: EYE   Laterality: R`, [uid, acc]];
  }],
  ['teleretinal screening upload', (d) => {
    const pr = d.practice(); const t = d.town(); const ip = d.ip(); const s = d.sur(); const w = d.weekday();
    return [`Diabetic retinal screening images captured at ${pr} in ${t} and uploaded from ${ip}; read by Dr. ${s} ${w}: mild NPDR OU, no DME.`, [pr, t, ip, s, w]];
  }],
  // injuries, screenings and the rest
  ['holiday injury', (d) => {
    const [h, how] = d.pick(HOLIDAY_INJURIES); const t = d.town();
    return [`Struck OD by ${how} on ${h} at a family gathering in ${t}; hyphema 1 mm, IOP 28.`, [h, t]];
  }],
  ['workplace injury and claim', (d) => {
    const e = d.employer(); const c = d.refNo(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Metallic FB OD while grinding without safety glasses at ${e}; rust ring removed with Alger brush. WC claim #${c}, adjuster ${g} ${s}, ${ph}.`, [e, c, g, s, p]];
  }],
  ['emergency transfer by EMS', (d) => {
    const h = d.hospital(); const t = d.town();
    return [`Transferred from ${h} ED by ${t} EMS with a fox shield OS for open-globe evaluation; NPO, IV cefazolin given.`, [h, t]];
  }],
  ['school vision screening', (d) => {
    const sc = d.school(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Failed vision screening at ${sc} on ${dt} (20/50 OD, 20/25 OS); referral letter from school nurse ${g} ${s}, RN.`, [sc, dt, g, s]];
  }],
  ['county health screening', (d) => {
    const c = d.county(); const md = d.slashMd();
    return [`Seen at the ${c} County Health Department vision clinic ${md}; sent with a voucher for an exam and glasses.`, [c, md]];
  }],
  ['amblyopia patching with parent', (d) => {
    const g = d.given(); const g2 = d.given();
    return [`Amblyopia OS: patching OD 2 hrs/day. ${d.pick(['Mom', 'Dad', 'Grandma'])} (${g}) reports ${g2} tolerates the patch at home but not at daycare.`, [g, g2]];
  }],
  ['corneal tissue from eye bank', (d) => {
    const dt = d.date(); const id = d.tissueId(); const eb = d.eyeBank();
    return [`DMEK OD ${dt}; donor tissue ID ${id} from ${eb}, ECD 2,750 cells/mm2, donor age 64.`, [dt, id, eb]];
  }],
  ['portal message and video visit link', (d) => {
    const g = d.given(); const url = `https://doxy.me/${asciiLetters(d.sur()) || 'eyedoc'}${d.pick(['eye', 'od', 'retina', ''])}${d.int(1, 99)}`;
    return [`Video visit for ${g} today; the doctor's room link: ${url}. Patient to hold the phone 1 foot from the eye for the red-eye check.`, [g, url]];
  }],
  ['patient portal link', (d) => {
    const url = `https://${d.pick(['portal', 'mychart', 'pay'])}.${asciiLetters(d.grove())}eye.com`; const [ph, p] = d.phone();
    return [`Your visit summary and glasses Rx are in the patient portal at ${url}. Questions about your bill: ${ph}.`, [url, p]];
  }],
  ['drove home dilated plate', (d) => {
    const pl = d.plate(); const g = d.given(); const s = d.sur();
    return [`Pt declined to wait for a driver and left dilated in a ${d.pick(['silver Buick', 'red F-150', 'white Equinox', 'blue Corolla'])}, plate ${pl}. Witnessed by ${g} ${s}, front desk.`, [pl, g, s]];
  }],
  ['vision plan claim denial', (d) => {
    const id = d.memberId(); const grp = d.groupNo(); const c = d.refNo(); const dt = d.date();
    return [`EyeMed member ${id}, group ${grp}: claim ${c} denied ${dt} (frequency limit); resubmitted to medical for H25.13.`, [id, grp, c, dt]];
  }],
  ['Medicare MBI', (d) => {
    const m = d.mbi(); const s = d.sur(); const g = d.given();
    return [`Insurance: Medicare Part B, MBI ${m}; secondary AARP Medigap. Subscriber: ${s}, ${g}.`, [m, s, g]];
  }],
  ['drops e-prescribed', (d) => {
    const ph = d.pharmacy(); const t = d.town(); const rx = d.rxNo();
    return [`Latanoprost 0.005% 1 gtt OU qhs e-prescribed to ${ph} in ${t}, Rx #${rx}; timolol 0.5% BID continued.`, [ph, t, rx]];
  }],
  ['oral analgesic with DEA', (d) => {
    const [doc, p] = d.doctor(); const dea = d.dea(); const lic = d.licence();
    return [`Rx: acetaminophen-hydrocodone 325/5 mg, #8, 1 tab q6h prn pain after PRK.\n${doc}   DEA ${dea}   Lic ${lic}`, [...p, dea, lic]];
  }],
  ['text reminder', (d) => {
    const g = d.given(); const when = `${d.weekdayShort()} ${d.slashMd()}`; const pr = d.practice();
    return [`Hi ${g}, reminder of your eye appt ${when} at 2:15 PM with ${pr}. Bring your glasses and contact lens boxes. Reply C to confirm.`, [g, when, pr]];
  }],
  ['address in demographics', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.given(); const [ph, p] = d.phone();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nEmergency contact: ${g} (${d.relation()}) ${ph}`, [st, t, z, g, p]];
  }],
];

/** The names of the wave's frames. */
export const eyeFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function eyeWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 4813, rounds);
}

/** Look-alikes in eye-care style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, tests and signs
  ['VA measured with the Snellen chart at 20 feet', 'Snellen'], ['IOP by Goldmann applanation 18 mmHg', 'Goldmann'], ['Fuchs endothelial dystrophy with guttae OU', 'Fuchs'],
  ['Schirmer I without anesthesia 5 mm OU', 'Schirmer'], ['Amsler grid: no metamorphopsia OD', 'Amsler'], ['Near vision J1+ at 14 inches (Jaeger)', 'Jaeger'],
  ['Ishihara plates 14/14 OU', 'Ishihara'], ['Wound Seidel negative', 'Seidel'], ['Krukenberg spindle on the endothelium', 'Krukenberg'], ['Hollenhorst plaque at the superotemporal bifurcation', 'Hollenhorst'],
  ['Weiss ring present, PVD OD', 'Weiss'], ['Best disease (vitelliform macular dystrophy)', 'Best'], ['Coats disease with peripheral telangiectasia', 'Coats'], ['Graves orbitopathy, CAS 3/7', 'Graves'],
  ['Brown syndrome OS, limited elevation in adduction', 'Brown'], ["Good Bell's phenomenon", "Bell's"], ['Refined with the Jackson cross cylinder', 'Jackson'], ['Maddox rod: 2 prism diopters exo at near', 'Maddox'],
  ['Worth 4-dot: fusion at distance and near', 'Worth'], ['Hess chart shows underaction of the right LR', 'Hess'], ['Gonioscopy: Shaffer grade 3 all quadrants', 'Shaffer'], ['Van Herick grade 2 OU', 'Van Herick'],
  ['Marcus Gunn pupil OS', 'Marcus Gunn'], ['Horner syndrome with 2 mm of ptosis', 'Horner'], ['Adie tonic pupil OD', 'Adie'], ['Argyll Robertson pupils', 'Argyll Robertson'],
  ["Descemet's membrane folds", "Descemet's"], ['Hudson-Stahli line inferiorly', 'Hudson-Stahli'], ['Ferry line at the filtering bleb', 'Ferry'], ['Kayser-Fleischer ring absent', 'Kayser-Fleischer'],
  ['Stargardt disease, ABCA4 confirmed', 'Stargardt'], ['Leber congenital amaurosis', 'Leber'], ['Vogt-Koyanagi-Harada disease', 'Vogt-Koyanagi-Harada'], ['Roth spots in both eyes', 'Roth'],
  ['Elschnig pearls on the posterior capsule', 'Elschnig'], ['Salzmann nodular degeneration', 'Salzmann'], ['Posner-Schlossman syndrome', 'Posner-Schlossman'], ['Mooren ulcer', 'Mooren'],
  ['Thygeson superficial punctate keratitis', 'Thygeson'], ['Dalen-Fuchs nodules', 'Dalen-Fuchs'], ['Lisch nodules on the iris', 'Lisch'], ['Haab striae in the cornea', 'Haab'],
  ['Bielschowsky head tilt test positive to the right', 'Bielschowsky'], ['Hertel exophthalmometry 22 / 18 at base 104', 'Hertel'], ['Hirschberg 15 degrees XT', 'Hirschberg'], ['Titmus stereo 40 seconds of arc', 'Titmus'],
  ['Farnsworth D-15: deutan pattern', 'Farnsworth'], ['Pelli-Robson contrast 1.35 log units', 'Pelli-Robson'], ['Esterman binocular field: 118 of 120 points', 'Esterman'], ['ETDRS chart 70 letters', 'ETDRS'],
  ['Hruby lens exam of the disc', 'Hruby'], ['Volk 90D lens', 'Volk'], ['Watzke-Allen sign negative', 'Watzke-Allen'], ['Tyndall effect in the AC', 'Tyndall'],
  // acuities, pressures, refractions and measurements
  ['VA cc 20/40 OD', '20/40'], ['VA OS CF at 3 ft', 'CF at 3 ft'], ['HM OD, LP with projection', 'HM'], ['BCVA 20/25-2', '20/25-2'], ['IOP 18/21 mmHg', '18/21'],
  ['MRx -2.25 -0.75 x 180', '-2.25 -0.75 x 180'], ['axis 090', '090'], ['Add +2.50 OU', '+2.50'], ['Prism 3 BO OD', '3 BO'], ['PD 64/61', '64/61'],
  ['K 43.25/44.50 @ 92', '43.25/44.50 @ 92'], ['AL 23.45 mm', '23.45 mm'], ['CCT 545 microns', '545'], ['C/D 0.6 OD, 0.7 OS', '0.6'], ['IOL +21.5 D', '+21.5 D'],
  ['MD -4.31 dB, PSD 3.2 dB', '-4.31 dB'], ['VFI 92%', 'VFI 92%'], ['Average RNFL 78 microns', '78 microns'], ['CST 312 microns OD', '312'], ['Fixation losses 2/14', '2/14'],
  ['Stereo 40 arc sec', '40 arc sec'], ['Schirmer 5 mm at 5 min', '5 mm'], ['TBUT 6 seconds', 'TBUT 6'], ['ECD 2,750 cells/mm2', '2,750'],
  // clock hours and meridians
  ['Horseshoe tear at 10:30 OD', '10:30'], ["Paracentesis at 2 o'clock", "2 o'clock"], ['Temporal clear corneal incision at 180 degrees', '180 degrees'],
  ['3 clock hours of peripheral nonperfusion', '3 clock hours'], ["Lattice from 4 to 8 o'clock", "4 to 8 o'clock"],
  // drugs, drops and doses
  ['Eylea 2 mg/0.05 mL OD', 'Eylea'], ['Vabysmo q8 weeks', 'Vabysmo'], ['Avastin 1.25 mg', 'Avastin'], ['Ozurdex implant OS', 'Ozurdex'], ['Syfovre for GA OS', 'Syfovre'],
  ['latanoprost 0.005% 1 gtt OU qhs', '0.005%'], ['Combigan BID OS', 'Combigan'], ['Rhopressa qhs', 'Rhopressa'], ['Pred Forte QID x 1 week then taper', 'Pred Forte'], ['Durezol BID', 'Durezol'],
  ['Vigamox QID OD x 1 week', 'Vigamox'], ['Restasis BID', 'Restasis'], ['Xiidra BID', 'Xiidra'], ['Miebo 1 gtt QID', 'Miebo'], ['Diamox Sequels 500 mg BID', 'Diamox'],
  ['Rose bengal staining of the conjunctiva', 'Rose'], ['Omidria in the irrigation', 'Omidria'], ['Mitomycin C 0.2 mg/mL for 2 minutes', '0.2 mg/mL'],
  // lens, IOL, frame and device brands and models
  ['AcrySof IQ SN60WF +20.0 D', 'SN60WF'], ['Tecnis ZCB00 in the bag', 'ZCB00'], ['PanOptix trifocal', 'PanOptix'], ['Vivity EDOF lens', 'Vivity'], ['Light Adjustable Lens', 'Light Adjustable Lens'],
  ['REF DIB00 on the carton', 'DIB00'], ['NDC 61755-005-02', '61755-005-02'], ['Malyugin ring 6.25', 'Malyugin'], ['iStent inject W', 'iStent'], ['Ahmed FP7 valve', 'Ahmed'],
  ['Baerveldt 350 tube', 'Baerveldt'], ['Acuvue Oasys 1-Day', 'Acuvue Oasys'], ['Dailies Total1', 'Dailies Total1'], ['Biofinity toric -2.75 -1.25 x 170', 'Biofinity'], ['Boston XO2 material', 'Boston XO2'],
  ['Varilux X series progressive', 'Varilux'], ['Crizal Sapphire AR', 'Crizal'], ['Transitions Gen S gray', 'Transitions'], ['Ray-Ban RB5154 49-21-145', 'RB5154'], ['Frame size 52-18-140', '52-18-140'],
  ['Base curve 8.6, diameter 14.2', '8.6'], ['Seg height 19 mm', '19 mm'], ['Cirrus HD-OCT 5000', 'Cirrus'], ['Spectralis OCT', 'Spectralis'], ['Optos California', 'Optos California'],
  ['IOLMaster 700', 'IOLMaster 700'], ['Humphrey Field Analyzer 3', 'Humphrey'], ['SITA Faster 24-2C', '24-2C'], ['Barrett Universal II formula', 'Barrett'], ['Tono-Pen 19 mmHg', 'Tono-Pen'],
  ['iCare IC200 tonometer', 'iCare'], ['Pentacam topography', 'Pentacam'], ['Optelec ClearView C', 'ClearView'], ['Eschenbach 4x stand magnifier', 'Eschenbach'], ['OrCam MyEye', 'OrCam'],
  ['Trial lens 8.0/15.0, sag 4300', 'sag 4300'], ['Tray 14', 'Tray 14'],
  // codes, grades, counts and intervals
  ['CPT 66984', '66984'], ['CPT 92134 OCT retina', '92134'], ['J0178 aflibercept', 'J0178'], ['H40.1132 POAG, moderate', 'H40.1132'], ['E11.3593 PDR without DME', 'E11.3593'],
  ['H35.3211 exudative AMD OD', 'H35.3211'], ['Nuclear sclerosis 2+', '2+'], ['AC cell 1+', '1+'], ['ROP zone II stage 2', 'zone II stage 2'], ['ETDRS severity level 53', 'level 53'],
  ['Injection #14 OD', '#14'], ['Treat and extend to q10 weeks', 'q10 weeks'], ['POD #1', 'POD #1'], ['Patching week 4', 'week 4'], ['RTC 4-6 weeks', '4-6 weeks'],
  // plans, chains, sellers and organisations named alone
  ['Covered by VSP', 'VSP'], ['EyeMed vision benefit', 'EyeMed'], ['Davis Vision plan', 'Davis Vision'], ['Bought glasses at LensCrafters', 'LensCrafters'], ['Ordered lenses from 1-800 Contacts', '1-800 Contacts'],
  ['Pearle Vision exam last year', 'Pearle Vision'], ['Glasses from Warby Parker', 'Warby Parker'], ['Frames donated through the Lions Club', 'Lions Club'], ['Prevent Blindness screening kit', 'Prevent Blindness'],
  ['Lenses made by Essilor', 'Essilor'], ['Alcon rep in the OR', 'Alcon'], ['Zeiss lenses', 'Zeiss'], ['Guide dog from The Seeing Eye', 'The Seeing Eye'],
  // everyday words that are also names or towns
  ['Hazel irides OU', 'Hazel'], ['Iris nevus at 7:00 OS', 'Iris'], ['Mark the operative eye in holding.', 'Mark'], ['Superior arcuate defect OD', 'Superior'], ['Wants freedom from glasses after LASIK.', 'freedom'],
  ['Maintains independence with reading aids.', 'independence'], ['Sharp pain on blinking', 'Sharp'], ['Bright light sensitivity since the injection', 'Bright'], ['Gray line of the lid margin', 'Gray'],
  ['Frost-like crystalline deposits', 'Frost'], ['Will return after the holidays for refraction.', 'Will'], ['Clear lens, no cataract', 'Clear'], ['Has hope of reading again with magnification.', 'hope'],
  ['Amber tint reduces glare.', 'Amber'], ['Visual fields full to confrontation', 'fields'],
  // relations without names, roles, ages, years, states and generic places
  ['Her daughter drove her home after dilation.', 'daughter'], ['Discussed with the retina specialist.', 'retina specialist'], ['The optician adjusted the nose pads.', 'optician'],
  ['87-year-old woman with GA', '87'], ['Cataract surgery OD in 2019.', '2019'], ['Moved here from Ohio.', 'Ohio'], ['Seen at the eye clinic today.', 'eye clinic'],
  ['Sent to the ASC for YAG.', 'ASC'], ['Picked up at the optical shop.', 'optical shop'], ['Referred back to the referring optometrist.', 'referring optometrist'],
];

export const eyeKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedEyeKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(eyeKeepCases(), find);

export function scoreEyeWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => eyeWaveCases(seed)), find);
}
