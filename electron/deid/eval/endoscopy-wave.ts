// A blind wave of gastroenterology and endoscopy records, from endoscopy centres, GI practices and hospital endoscopy
// units of Maine, New Hampshire, Vermont, Massachusetts, Connecticut, Rhode Island, upstate New York and Pennsylvania:
// colonoscopy reports (the centre, the patient's header with DOB and MRN, the endoscopist and the referring clinician,
// family history with a parent over 89, the last colonoscopy at another centre by month and year, the colonoscope's
// serial, the staff in the room, specimen jars sent to a pathology group, tattoos and the surgeon told, the driver at
// discharge), EGD reports (the hospital's unit, Barrett's surveillance, clips and their lots, banding repeated on a
// weekday, food impactions transferred from another hospital, dilations, swallow studies), ERCP reports (the anesthesia
// team and the radiologic technologist, the duodenoscope's serial and the stent's lot, stent exchanges due by a month,
// cholangioscopy biopsies with accessions), capsule studies (ingestion dates, recorder serials and capsule lots, the
// recorder returned around a holiday, the reader, retention films at an imaging centre, uploads from a workstation's
// IP), bowel-prep instruction sheets (the appointment's weekday and date, the centre's address, clear liquids from a
// weekday, the pharmacy the prep was sent to, the nurse line and its e-mail, the prep video's URL, diabetes medicines
// held on a clinician's word), pathology follow-up letters (address blocks, salutations, the day of the procedure,
// pathology reports with accessions and pathologists, the signer and the typist's initials, biopsies of a written
// day), surveillance recall letters and lists (the month due, the scheduler with the extension, list rows, letters
// returned with a new address, recall stopped for a patient over 89 by a proxy), scope reprocessing and tracking logs
// (log rows with dates, serials and initials, leak-test failures sent for repair with RMA and tracking numbers,
// duodenoscope cultures with micro accessions, drying cabinets, the reprocessor's serial and the disinfectant's lot,
// scope-to-patient tracebacks), sedation records (the sedation nurse and the physician, timelines signed by initials,
// consents witnessed with an interpreter's id, patients over 89, the nurse's licence and ACLS card), GI clinic notes
// (the practice and the clinician, Crohn's diagnosed at a hospital in a month, infusions and their lots, work and home,
// hepatology referrals, signatures with NPI, prior authorizations with member and authorization numbers, serology drawn
// on an ordinal day in a town, portal messages with e-mail), referral faxes and billing (cover sheets with both fax
// numbers, face sheets with SSN and insurance, reasons and the requesting clinician's NPI, confidentiality notices,
// nursing-home residents brought by a van with its plate, patients from a rural county, statements with account numbers
// and payment sites) and discharge instructions after procedures
// (the number to call and the emergency department, the follow-up with its weekday and date, aspirin held until a day,
// teach-back signatures), in mixed case, ALL CAPS and lower case. Dates are written in every form these records use
// ('03/04/2021', '3/4/21', '3-4-21', '4 March 2021', 'March 4, 2021', 'Mar 4, 2021', '2021-03-04', '04-MAR-2021',
// '3.4.2021', 'Mar 4', '3/4', 'March 4th', 'Tuesday', 'Tuesday, March 4', 'Tue 3/4', 'the 4th', 'Labor Day',
// 'March 2026', '3/2026'); ages over 89, phones, faxes, e-mails, URLs and IPs are planted. Given names and surnames are
// often everyday words or words of the trade (Hope, Ginger, Forrest, Mallory, Barrett, Whipple, Webb, Ring, Swallow,
// Marsh, Colon) and towns are often everyday words (Hope, Unity, Freedom, Paris, Mexico, Desire, Effort, Economy, Chili,
// Intercourse). A list of look-alikes in the same style must not be touched. Written without reading the engine's
// rules or any gold data. `scoreEndoscopyWave`.
// Decisions: a person's given name and surname are planted each, a middle initial, a title ('Mr.', 'Dr.') and a
// credential ('MD', 'DO', 'PA-C', 'NP', 'RN', 'CRNA', 'CGRN') are not; initials that sign a log, give a drug, verify a
// jar or type a letter are planted; an endoscopy centre, a GI practice, a hospital, a pathology group, a primary care
// clinic, a pharmacy, an infusion centre, an imaging centre, a care centre, a transport company and an employer are
// planted whole with their kind words ('Unity Endoscopy Center', 'Pioneer Valley Digestive Health', 'Webb's Pharmacy'),
// while a maker, a reference laboratory or a payer named alone ('Olympus', 'Medivators', 'Quest', 'Harvard Pilgrim') is
// kept; a town is planted, the state is kept; a county is planted without the word 'County'; a street address is
// planted from its number to its street type, a ZIP (New England's with their leading zero) with its +4; a weekday
// naming one day ('since Tuesday') and a holiday that fixes a day ('closed on Labor Day') are planted; a weekday
// written with its date ('Tuesday, March 4', 'Tue 3/4') is planted as one part, a weekday beside a separate date
// ('Wednesday 3/4') as two; a month with its year ('March 2026', '3/2026') is planted; an ordinal day is planted
// ('14th' of 'the 14th', 'March 4th'); the time next to a date is neither planted nor a look-alike; an age over 89 is
// planted as its number; MRN, SSN, account, member, authorization, accession, interpreter, NPI, licence, ACLS card, RMA
// and tracking numbers are planted; a scope, recorder and reprocessor serial, a clip, stent, capsule, drug and
// disinfectant lot and a van's plate are planted, a model ('CF-HQ190L', 'TJF-Q190V', 'PillCam SB3', 'Advantage Plus')
// is kept; a phone's leading '(' need not be covered; an e-mail and a URL are planted whole. Kept (look-alikes):
// eponyms (Barrett, Mallory-Weiss, Schatzki, Zenker, Crohn, Hirschsprung, Whipple, Dieulafoy, Cameron, Plummer-Vinson,
// Killian, Ogilvie, Oddi, Vater, Treitz, Billroth, Roux-en-Y, Nissen, Heller, Kock, Hartmann, Auerbach, Meissner,
// Brunner, Paneth, Cajal, Peutz-Jeghers, Lynch, Gardner, Cowden, Menetrier, Murphy, Courvoisier, Charcot, Grey Turner,
// Cullen, McBurney), classifications and scores (Boston Bowel Preparation Scale, Forrest, Paris, Los Angeles, Prague,
// Seattle protocol, Sydney system, Kudo, NICE, JNET, Marsh, Mayo, SES-CD, Rutgeerts, Montreal, Lewis,
// Glasgow-Blatchford, Rockall, Child-Pugh, MELD, Zargar, Hill, Siewert, Haggitt, Chicago, Eckardt, Rome IV, Bristol,
// Hinchey, Goligher, Aldrete, ASA, Mallampati), scope models and makers, prep brands and clear liquids (SUPREP, Sutab,
// GoLYTELY, MiraLAX, Gatorade, Crystal Light, ginger ale), drugs and doses, lab values, clinical numbers (centimetres
// from the incisors, polyp sizes, withdrawal times, ADR, stent sizes, balloon diameters), CPT, HCPCS and ICD-10 codes,
// intervals and days, everyday words that are also names or towns (ring, web, swallow, colon, hope, orange, chili,
// effort, desire, bath), relations and roles without names, ages of 89 and under, years alone, generic places, states
// and countries, payers, reference labs and societies.
// Measured before rules: 0.940 recall on seeds 5, 11, 23 (4033/4289), 0.937 on fresh seeds 41, 42, 43 (4019/4288); 7/163
// look-alikes touched ("Killian's", "Oddi", "Grey Turner", "Forrest IIb", "Paris 0-IIa", "Los Angeles", "OTSC 12/6t")
// (engine at d652ed8).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, ie, frca, it, pt, gh, es, hu];

/** Given names and surnames that are everyday words or words of the trade. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Ginger', 'Honey', 'Candy', 'Crystal', 'Olive', 'Sage', 'Pepper', 'Dawn', 'April', 'Summer', 'Brook', 'Robin', 'Forrest', 'Mallory', 'Barrett', 'Will', 'Bill', 'Art', 'Gene', 'Rich', 'Frank', 'Chip', 'Rusty', 'Dusty', 'Buck', 'Cliff', 'Dale', 'Pat', 'Penny', 'Bud', 'Sterling', 'Hunter'];
const WORD_SUR = ['Barrett', 'Forrest', 'Boston', 'Whipple', 'Mallory', 'Weiss', 'Webb', 'Ring', 'Swallow', 'Marsh', 'Colon', 'Hill', 'Stone', 'Frost', 'Banks', 'Burns', 'Payne', 'Sharp', 'Bloom', 'Small', 'Little', 'Long', 'Strange', 'Moody', 'Hale', 'Hardy', 'Wise', 'Good', 'Love', 'Bean', 'Rice', 'Cook', 'Baker', 'Brewer', 'Salter', 'Temple', 'Gates', 'Fields', 'Lane', 'Bishop'];
/** Towns of the region that are everyday words, countries, given names or surnames. */
const WORD_TOWNS = ['Hope', 'Unity', 'Freedom', 'Liberty', 'Friendship', 'Harmony', 'Industry', 'Paris', 'Norway', 'Poland', 'Mexico', 'Peru', 'China', 'Denmark', 'Sweden', 'Lebanon', 'Canaan', 'Berlin', 'Bath', 'Hull', 'Ware', 'Athol', 'Florence', 'Orange', 'Union', 'Victor', 'Chili', 'Greece', 'Horseheads', 'Painted Post', 'Intercourse', 'Paradise', 'Bird-in-Hand', 'Mars', 'Effort', 'Desire', 'Economy', 'Slippery Rock', 'Mystic', 'Warren', 'Salem', 'Concord', 'Jay', 'Eagle', 'Sharon', 'Chester'];
const REAL_TOWNS = ['Bangor', 'Lewiston', 'Augusta', 'Presque Isle', 'Rutland', 'Burlington', 'Keene', 'Nashua', 'Manchester', 'Pittsfield', 'Worcester', 'Springfield', 'Fall River', 'New Bedford', 'Woonsocket', 'Waterbury', 'Norwich', 'Torrington', 'Poughkeepsie', 'Kingston', 'Binghamton', 'Elmira', 'Utica', 'Watertown', 'Plattsburgh', 'Oneonta', 'Scranton', 'Wilkes-Barre', 'Williamsport', 'Altoona', 'Johnstown', 'State College', 'Lancaster', 'York', 'Reading', 'Allentown', 'Erie', 'Pottsville', 'Hazleton'];
const STATES = ['ME', 'NH', 'VT', 'MA', 'RI', 'CT', 'NY', 'PA', 'Maine', 'Vermont', 'New Hampshire', 'New York', 'Pennsylvania', 'Massachusetts'];
/** Counties of the region, many of them words or names. */
const COUNTIES = ['Aroostook', 'Penobscot', 'Kennebec', 'Androscoggin', 'Oxford', 'Franklin', 'Washington', 'Hancock', 'Lincoln', 'Knox', 'Piscataquis', 'Coos', 'Grafton', 'Orleans', 'Essex', 'Berkshire', 'Hampshire', 'Windham', 'Tioga', 'Steuben', 'Chemung', 'Broome', 'Otsego', 'Delaware', 'Clinton', 'Jefferson', 'St. Lawrence', 'Lackawanna', 'Luzerne', 'Lycoming', 'Blair', 'Centre', 'Schuylkill', 'Butler', 'Mercer', 'Greene', 'Wayne', 'Potter', 'Forest', 'Union'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'High', 'School', 'Pleasant', 'Water', 'Mill', 'Church', 'Bridge', 'Depot', 'Summer', 'Winter', 'Spring', 'Prospect', 'Union', 'Park', 'Center', 'Birch', 'North', 'River', 'Pond', 'Old County', 'Meetinghouse', 'Turnpike'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Way', 'Pike', 'Hwy', 'Terrace'];
const SAINTS = ['Mary', 'Joseph', 'Luke', 'Vincent', 'Francis', 'Elizabeth', 'Anne', 'Peter', 'Catherine', 'Michael'];
const HOSPITAL_KIND = ['Medical Center', 'Regional Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Hospital', 'Health Center'];
const REGIONS = ['Pine Tree', 'Green Mountain', 'Granite State', 'North Country', 'Seacoast', 'Pioneer Valley', 'Southern Tier', 'Finger Lakes', 'Mohawk Valley', 'Hudson Valley', 'Lehigh Valley', 'Susquehanna', 'Allegheny', 'Keystone', 'Capital Region', 'Lakes Region', 'Twin Rivers', 'Down East'];
const PAYERS = ['Harvard Pilgrim', 'Tufts Health Plan', 'Anthem', 'Aetna', 'Cigna', 'Highmark', 'Excellus', 'MVP Health Care', 'UnitedHealthcare', 'MassHealth', 'Geisinger Health Plan', 'Capital Blue Cross'];
const PREPS = ['SUPREP', 'Sutab', 'GoLYTELY', 'NuLYTELY', 'Plenvu', 'MoviPrep', 'Clenpiq', 'MiraLAX with Gatorade'];
const LANGUAGES = ['Spanish', 'Portuguese', 'Haitian Creole', 'Vietnamese', 'Somali', 'Arabic', 'Nepali', 'Khmer', 'Russian'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WKD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Memorial Day', 'Labor Day', 'Independence Day', 'Thanksgiving Day', 'Veterans Day', 'Juneteenth', 'Patriots Day', 'Columbus Day', 'Martin Luther King Day'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'partner', 'neighbor', 'friend', 'daughter-in-law', 'grandson'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
/** Area codes of the region, and toll-free lines. */
const AREA_CODES = ['207', '603', '802', '413', '508', '617', '774', '978', '401', '203', '860', '315', '518', '585', '607', '716', '845', '570', '610', '717', '724', '814', '800', '877'];
/** ZIP ranges of New England (with their leading zero), New York and Pennsylvania. */
const ZIP_RANGES: readonly (readonly [number, number])[] = [[1001, 2791], [2801, 2940], [3031, 3897], [3901, 4992], [5001, 5907], [6001, 6928], [12007, 14925], [15001, 19640]];

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
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  prep(): string {
    return this.pick(PREPS);
  }
  /** An endoscopy centre or hospital-based endoscopy unit. */
  endoCenter(): string {
    const t = this.town();
    const k = this.int(0, 5);
    if (k === 0) return `${t} Endoscopy Center`;
    if (k === 1) return `${t} Digestive Disease Center`;
    if (k === 2) return `Endoscopy Center of ${t}`;
    if (k === 3) return `${this.pick(REGIONS)} Endoscopy Center`;
    if (k === 4) return `${t} Ambulatory Endoscopy`;
    return `${this.pick(REGIONS)} Digestive Health Center`;
  }
  /** A GI practice. */
  practice(): string {
    const t = this.town();
    const k = this.int(0, 5);
    if (k === 0) return `${t} Gastroenterology`;
    if (k === 1) return `${t} Gastroenterology Associates`;
    if (k === 2) return `Gastroenterology Associates of ${t}`;
    if (k === 3) return `${this.pick(REGIONS)} Digestive Health`;
    if (k === 4) return `${t} GI & Liver Specialists`;
    return `${this.sur()} & ${this.sur()} Gastroenterology`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_KIND)}`;
  }
  lab(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pathology Associates`;
    if (k === 1) return `${this.pick(REGIONS)} Pathology`;
    if (k === 2) return `${this.town()} Regional Laboratory`;
    return `${this.sur()} Pathology Group`;
  }
  pcp(): string {
    const t = this.town();
    return this.pick([`${t} Family Medicine`, `${t} Family Practice`, `${t} Health Center`, `${t} Internal Medicine`, `${t} Community Health Center`, `${this.pick(REGIONS)} Primary Care`]);
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Pharmacy`;
    if (k === 2) return `${this.town()} Village Pharmacy`;
    return `${this.sur()} Drug`;
  }
  infusion(): string {
    return this.r() < 0.6 ? `${this.town()} Infusion Center` : `${this.pick(REGIONS)} Infusion Services`;
  }
  imaging(): string {
    return `${this.town()} ${this.pick(['Imaging Center', 'Radiology', 'Diagnostic Imaging', 'Open MRI'])}`;
  }
  /** A care centre or nursing home. */
  ltc(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.town()} Rehabilitation and Nursing Center` : k === 1 ? `${this.town()} Health Care Center` : `St. ${this.pick(SAINTS)}'s Home`;
  }
  transport(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.town()} Medical Transport` : k === 1 ? `${this.pick(REGIONS)} Wheelchair Van` : `${this.sur()} Ambulette`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Paper Company`;
    if (k === 1) return `${this.sur()} Lumber`;
    if (k === 2) return `${this.town()} School District`;
    return `${this.sur()} Construction`;
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const [lo, hi] = this.pick(ZIP_RANGES);
    const z = String(this.int(lo, hi)).padStart(5, '0');
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return `${pad2(this.int(6, 18))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms these records use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** 'March 4th'. */
  monDayOrdinal(): string {
    const [m, d] = this.md();
    return `${MONTHS[m - 1]!} ${ordinal(d)}`;
  }
  /** 'March 2026', 'Mar 2026' or '3/2026'. */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    return this.r() < 0.65 ? `${this.pick([MONTHS[m - 1]!, MON[m - 1]!])} ${y}` : `${m}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tuesday, March 4' or 'Tue 3/4': one part. */
  weekdayDate(): string {
    const [m, d] = this.md();
    const w = this.int(0, 6);
    return this.r() < 0.55 ? `${WEEKDAYS[w]!}, ${MONTHS[m - 1]!} ${d}` : `${WKD[w]!} ${m}/${d}`;
  }
  /** 'Tuesday, March 4, 2025': one part. */
  weekdayFullDate(): string {
    const [m, d] = this.md();
    return `${this.weekday()}, ${MONTHS[m - 1]!} ${d}, ${this.year()}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1930, hi = 1995): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 3);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? `E${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.pick(AREA_CODES);
    const b = String(this.int(201, 989));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const t = asciiLetters(this.town()) || 'seacoast';
    const dom = this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'comcast.net', 'icloud.com', `${t}.net`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    // Clipped, so that a name planted beside its address still occurs once in lower case.
    const a2 = a.slice(0, Math.max(2, a.length - 1));
    const b2 = b.slice(0, Math.max(2, b.length - 1));
    const local = this.pick([`${a.charAt(0)}.${b2}`, `${a.charAt(0)}${b2}${this.int(1, 99)}`, `${b2}${a.charAt(0)}${this.int(10, 999)}`, `${a2}_${b.charAt(0)}${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A practice's shared mailbox. */
  officeEmail(): string {
    const t = asciiLetters(this.town()) || 'seacoast';
    return `${this.pick(['gi.nurses', 'endoscopy', 'prepquestions', 'gischeduling', 'endo.recall'])}@${t}${this.pick(['gi.com', 'health.org', 'digestive.com', 'endo.org'])}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'seacoast';
    const k = this.int(0, 4);
    if (k === 0) return `https://www.${t}gi.com/prep`;
    if (k === 1) return `https://${t}endoscopy.org/colonoscopy-prep`;
    if (k === 2) return `https://mychart.${t}health.org`;
    if (k === 3) return `www.${t}digestive.com/videos/${this.pick(['suprep', 'sutab', 'golytely', 'miralax'])}`;
    return `https://portal.${t}gi.com/p/${this.letters(3).toLowerCase()}${this.digitString(5)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}` : `10.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(7);
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 3) return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(2)}-${this.digitString(5)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(7, 9));
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}`;
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 4);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `GI${yy}-${this.digitString(4)}`;
    if (k === 2) return `SP-${yy}-${String(this.int(1, 99999)).padStart(5, '0')}`;
    if (k === 3) return `M${yy}-${this.digitString(6)}`;
    return this.digitString(10);
  }
  rma(): string {
    return this.r() < 0.5 ? `RMA-${this.digitString(7)}` : `${this.digitString(8)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? this.digitString(12) : `1Z${this.lettersOf('0123456789ABCDEFGHJKLMNPRSTVWXY', 16)}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(11);
    if (k === 2) return `${this.letters(1)}${this.digitString(8)}`;
    return `${this.digitString(9)}${this.pick(['01', '02'])}`;
  }
  authNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA${this.digitString(8)}`;
    if (k === 1) return this.digitString(10);
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  account(): string {
    return this.r() < 0.6 ? this.digitString(this.int(8, 11)) : `G${this.digitString(8)}`;
  }
  ssn(): string {
    const a = String(this.int(100, 665));
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.r() < 0.8 ? `${a}-${b}-${c}` : `${a} ${b} ${c}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digitString(9)}`;
  }
  /** A nurse's or CRNA's licence number. */
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return `RN${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 7));
    return `${this.digitString(3)}-${this.digitString(6)}`;
  }
  /** An ACLS card's id. */
  cert(): string {
    return this.r() < 0.5 ? this.digitString(12) : `${this.digitString(6)}${this.letters(1)}${this.digitString(4)}`;
  }
  /** A van's licence plate, in one of the region's formats. */
  plate(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(4)} ${this.letters(2)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    if (k === 2) return `${this.digitString(1)}${this.letters(3)}${this.digitString(2)}`;
    return `${this.letters(2)}-${this.digitString(5)}`;
  }
  /** A physician as written in a report: the text and the parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    if (k === 3) return [`${g} ${this.mi()} ${s}, MD, FASGE`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
  /** A GI clinician (physician, physician assistant or nurse practitioner): the text and the parts. */
  clinician(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, PA-C`, [g, s]];
    if (k === 1) return [`${g} ${s}, NP`, [g, s]];
    return this.doctor();
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // colonoscopy reports
  ['colonoscopy report header center patient DOB MRN', (d) => {
    const c = d.endoCenter(); const dt = d.date(); const s = d.sur(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn();
    return [`${c}\nCOLONOSCOPY REPORT\nDate of procedure: ${dt}\nPatient: ${s}, ${g} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}`, [c, dt, s, g, dob, mrn]];
  }],
  ['endoscopist and referring clinician at clinic', (d) => {
    const [doc, p] = d.doctor(); const [ref, rp] = d.clinician(); const pc = d.pcp();
    return [`Endoscopist: ${doc}\nReferring: ${ref} (${pc})\nIndication: surveillance, personal history of adenomatous polyps (Z86.010).`, [...p, ...rp, pc]];
  }],
  ['family history parent over 89 and sibling', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`Family history: ${d.pick(['mother', 'father'])} with colon cancer at 58, now ${n} and living; ${d.pick(['brother', 'sister'])} ${g} had an advanced adenoma at 49.`, [n, g]];
  }],
  ['last colonoscopy month year at other center', (d) => {
    const my = d.monthYear(); const c = d.endoCenter(); const s = d.sur();
    return [`Last colonoscopy ${my} at ${c} (Dr. ${s}): three tubular adenomas, largest 12 mm; piecemeal EMR of the ascending colon.`, [my, c, s]];
  }],
  ['colonoscope serial prep and times', (d) => {
    const sn = d.serial();
    return [`Instrument: Olympus ${d.pick(['CF-HQ190L', 'PCF-H190DL', 'CF-H185L'])} colonoscope, S/N ${sn}. Prep: ${d.prep()}, split dose; BBPS 3-3-2 (total 8). Cecum reached at 7 min; withdrawal time 12 min.`, [sn]];
  }],
  ['staff in room nurse and technician', (d) => {
    const g = d.given(); const s = d.sur(); const i = d.initials();
    return [`Staff in room: ${g} ${s}, RN, CGRN (procedure nurse); GI technician ${i}. Time-out completed at ${d.time()}.`, [g, s, i]];
  }],
  ['specimen jars to pathology group', (d) => {
    const lab = d.lab(); const i = d.letters(3);
    return [`Jar 1: cecal polyp, 6 mm, cold snare. Jar 2: sigmoid polyp, 4 mm, cold forceps. Specimens sent to ${lab}; labels verified by ${i}.`, [lab, i]];
  }],
  ['tattoo and colorectal surgeon at hospital', (d) => {
    const [doc, p] = d.doctor(); const h = d.hospital();
    return [`Nonlifting 25 mm mass in the sigmoid at 30 cm, tattooed distally with Spot x3. Case discussed with ${doc} of colorectal surgery at ${h}.`, [...p, h]];
  }],
  ['discharged to driver with cell', (d) => {
    const g = d.given(); const [ph, p] = d.phone();
    return [`Discharged from recovery at ${d.time()}, Aldrete 10, to ${d.relation()} ${g} (cell ${ph}), who will stay overnight.`, [g, p]];
  }],
  // EGD reports
  ['EGD header hospital unit patient Barrett surveillance', (d) => {
    const h = d.hospital(); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`${h} - ENDOSCOPY UNIT\nEGD ${dt}   PATIENT: ${s}, ${g}\nIndication: Barrett's esophagus surveillance (Prague C2M4, no dysplasia on prior biopsies).`, [h, dt, s, g]];
  }],
  ['bleeding ulcer clips and lot', (d) => {
    const lot = d.lot();
    return [`Duodenal bulb ulcer, Forrest IIa (visible vessel). Epinephrine 1:10,000 8 mL injected; ${d.int(2, 4)} Resolution 360 clips placed (lot ${lot}). Hemostasis achieved.`, [lot]];
  }],
  ['variceal banding repeat weekday with date', (d) => {
    const wd = d.weekdayDate();
    return [`Grade 3 esophageal varices with red wale signs; 6 bands placed. Repeat EGD with banding ${wd} in the GI lab; continue nadolol 20 mg daily.`, [wd]];
  }],
  ['food impaction transferred from hospital in town', (d) => {
    const h = d.hospital(); const t = d.town(); const md = d.slashMd();
    return [`Transferred from ${h} ED in ${t} on ${md} with a meat impaction; bolus advanced into the stomach. Biopsies taken for EoE (proximal and distal).`, [h, t, md]];
  }],
  ['dilation and swallow study at imaging center', (d) => {
    const im = d.imaging(); const dt = d.date();
    return [`Schatzki ring at 39 cm dilated with a 20 mm CRE balloon. Barium swallow at ${im} on ${dt} had shown the 13 mm tablet lodging at the ring.`, [im, dt]];
  }],
  ['EGD findings signed by fellow and attending', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`LA grade B esophagitis; 3 cm hiatal hernia (Hill grade III). Report drafted by ${g} ${s}, MD (GI fellow); attending Dr. ${s2} present for the entire procedure.`, [g, s, s2]];
  }],
  // ERCP reports
  ['ERCP anesthesia team and radiologic technologist', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); const i = d.initials();
    return [`ERCP under general anesthesia (${doc}, anesthesiology; ${g} ${s}, CRNA). Fluoroscopy time 4.6 min; radiologic technologist ${i}.`, [...p, g, s, i]];
  }],
  ['duodenoscope serial and stent lot', (d) => {
    const sn = d.serial(); const lot = d.lot();
    return [`Duodenoscope: Olympus TJF-Q190V, S/N ${sn}. One 10 Fr x 9 cm plastic biliary stent placed (lot ${lot}); brisk drainage of purulent bile.`, [sn, lot]];
  }],
  ['stent exchange due month and scheduler phone', (d) => {
    const my = d.monthYear(); const [ph, p] = d.phone();
    return [`Your biliary stent must be exchanged or removed in 3 months (by ${my}). If you have not heard from us, call the ERCP scheduler at ${ph}.`, [my, p]];
  }],
  ['cholangioscopy biopsies with accession', (d) => {
    const dt = d.date(); const acc = d.accession();
    return [`SpyGlass DS cholangioscopy ${dt}: irregular hilar stricture; targeted biopsies x4 as ${acc}. Brushings sent for cytology and FISH.`, [dt, acc]];
  }],
  ['post-ERCP admission with attending', (d) => {
    const h = d.hospital(); const [doc, p] = d.doctor(); const w = d.weekday();
    return [`Admitted overnight to ${h} for post-ERCP pancreatitis watch under ${doc}; lipase 1,240 at 4 hours. Diet advanced ${w} and discharged.`, [h, ...p, w]];
  }],
  // capsule studies
  ['capsule ingestion date recorder serial capsule lot', (d) => {
    const dt = d.date(); const lot = d.lot(); const sn = d.serial();
    return [`PillCam SB3 capsule ingested ${dt} at 08:05 (capsule lot ${lot}); DR3 recorder S/N ${sn}. Sensor belt placed by the nurse.`, [dt, lot, sn]];
  }],
  ['capsule recorder returned around a holiday', (d) => {
    const c = d.endoCenter(); const h = d.holiday();
    return [`${c} is closed on ${h}; please leave the recorder and belt in the drop box by the front entrance the next morning.`, [c, h]];
  }],
  ['capsule read by clinician on date', (d) => {
    const [doc, p] = d.clinician(); const md = d.slashMd();
    return [`Capsule study read by ${doc} on ${md}: gastric transit 32 min, small bowel transit 4 h 10 min; two non-bleeding jejunal angioectasias.`, [...p, md]];
  }],
  ['capsule retention film at imaging center on weekday', (d) => {
    const im = d.imaging(); const w = d.weekday();
    return [`No passage of the capsule noticed. KUB at ${im} on ${w} showed the capsule in the right lower quadrant; patency concern discussed.`, [im, w]];
  }],
  ['capsule upload from workstation IP', (d) => {
    const dt = d.mdy(); const ip = d.ip(); const i = d.initials();
    return [`Upload completed ${dt} ${d.time()} from workstation ${ip} by ${i}; 8 h 12 min of video, capsule reached the cecum.`, [dt, ip, i]];
  }],
  // bowel-prep instruction sheets
  ['prep sheet appointment center address arrival', (d) => {
    const wd = d.weekdayFullDate(); const c = d.endoCenter(); const st = d.street(); const t = d.town();
    return [`YOUR COLONOSCOPY IS SCHEDULED FOR: ${wd}\nLocation: ${c}, ${st}, ${t}\nArrive at 7:15 AM, one hour before your procedure time.`, [wd, c, st, t]];
  }],
  ['prep sheet clear liquids from weekday and date', (d) => {
    const w = d.weekday(); const md = d.slashMd();
    return [`Starting the morning of ${w} ${md}, drink clear liquids only: water, broth, apple juice, Jell-O, ginger ale. Nothing red or purple.`, [w, md]];
  }],
  ['prep sheet prescription sent to pharmacy in town', (d) => {
    const ph = d.pharmacy(); const t = d.town();
    return [`Your prescription for ${d.prep()} was sent to ${ph} in ${t}. Pick it up at least 3 days before your procedure.`, [ph, t]];
  }],
  ['prep sheet nurse line and mailbox', (d) => {
    const [ph, p] = d.phone(); const em = d.officeEmail();
    return [`Questions about your prep? Call the GI nurse line at ${ph}, option 3 (Mon-Fri 8:00-4:30), or write to ${em}.`, [p, em]];
  }],
  ['prep sheet video link', (d) => {
    const u = d.url();
    return [`Watch the 4-minute prep video at ${u} before you start; the split-dose schedule is on page 2.`, [u]];
  }],
  ['prep sheet diabetes medicines held by prescriber', (d) => {
    const [doc, p] = d.clinician(); const [ph, pp] = d.phone();
    return [`Take half your usual insulin glargine the night before. Questions about your diabetes medicines: call the office of ${doc} at ${ph}.`, [...p, pp]];
  }],
  ['pre-procedure call driver and phone', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const i = d.letters(3);
    return [`Pre-procedure call ${w}: prep reviewed, semaglutide held 7 days. Driver: ${g} ${s} (${d.relation()}), ${ph}. -${i}`, [w, g, s, p, i]];
  }],
  // pathology follow-up letters
  ['pathology letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${d.title()} ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Results of your recent colonoscopy`, [dt, g, s, st, t, z]];
  }],
  ['pathology letter salutation and procedure day', (d) => {
    const s = d.sur(); const md = d.monDay();
    return [`Dear ${d.title()} ${s},\nThe ${d.int(2, 5)} polyps removed during your colonoscopy on ${md} were tubular adenomas, a precancerous type. No cancer was seen.`, [s, md]];
  }],
  ['pathology report accession pathologist group', (d) => {
    const acc = d.accession(); const dt = d.date(); const g = d.given(); const s = d.sur(); const lab = d.lab();
    return [`SURGICAL PATHOLOGY   Accession: ${acc}   Received: ${dt}\nA. Cecum, polyp: sessile serrated lesion without dysplasia.\nSigned out by ${g} ${s}, MD, ${lab}`, [acc, dt, g, s, lab]];
  }],
  ['letter interval signer and typist initials', (d) => {
    const [doc, p] = d.doctor(); const a = d.letters(3); const b = d.letters(2).toLowerCase();
    return [`Based on these results, we recommend a repeat colonoscopy in 3 years.\nSincerely,\n\n${doc}\n${a}/${b}`, [...p, a, b]];
  }],
  ['Barrett biopsy letter written day ordinal', (d) => {
    const o = d.monDayOrdinal();
    return [`Your esophageal biopsies from ${o} show Barrett's esophagus without dysplasia. Continue omeprazole 20 mg daily; repeat EGD in 3 to 5 years.`, [o]];
  }],
  ['H. pylori letter with pharmacy', (d) => {
    const g = d.given(); const ph = d.pharmacy();
    return [`Dear ${g},\nYour stomach biopsies showed H. pylori gastritis. Bismuth quadruple therapy for 14 days was sent to ${ph}; a breath test 4 weeks after treatment confirms cure.`, [g, ph]];
  }],
  // surveillance recall letters and lists
  ['recall letter due month and practice', (d) => {
    const g = d.given(); const my = d.monthYear(); const c = d.practice();
    return [`Dear ${g},\nOur records show that you are due for a surveillance colonoscopy in ${my}. ${c} follows national guidelines for polyp surveillance.`, [g, my, c]];
  }],
  ['recall scheduler phone and extension', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`To schedule, please call ${g} ${s}, our endoscopy scheduler, at ${ph} ext. ${e}.`, [g, s, p, e]];
  }],
  ['recall list row', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dt = d.mdy(); const due = `${d.int(1, 12)}/${d.year()}`;
    return [`RECALL  ${s}, ${g}  MRN ${mrn}  LAST ${dt}  DUE ${due}  INTERVAL 3 YR  LETTER 1 SENT`, [s, g, mrn, dt, due]];
  }],
  ['recall letter returned new address', (d) => {
    const md = d.slashMd(); const st = d.street(); const t = d.town(); const z = d.zip(); const i = d.letters(3);
    return [`Recall letter returned by USPS ${md}, no forwarding address. New address from patient: ${st}, ${t}, ${d.state()} ${z}. Letter resent. -${i}`, [md, st, t, z, i]];
  }],
  ['recall stopped proxy for patient over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`Patient is now ${n}. Per ${d.relation()} ${g} (health care proxy), the family declines further surveillance colonoscopy; removed from recall.`, [n, g]];
  }],
  // scope reprocessing and tracking logs
  ['reprocessing log row', (d) => {
    const dt = d.mdy(); const sn = d.serial(); const i = d.initials();
    return [`${dt} | ${d.time()} | ${d.pick(['GIF-H190', 'CF-HQ190L', 'TJF-Q190V', 'EG-3490K', 'PCF-H190DL'])} | S/N ${sn} | bedside pre-clean | leak test PASS | AER ${d.int(1, 4)} | MEC PASS | ${i}`, [dt, sn, i]];
  }],
  ['leak test failure repair RMA and tracking', (d) => {
    const sn = d.serial(); const md = d.monDay(); const rma = d.rma(); const tr = d.tracking();
    return [`Leak test FAILED on GIF-H190 S/N ${sn} (bending section). Pulled from service ${md}; shipped to Olympus for repair under RMA ${rma}, FedEx ${tr}.`, [sn, md, rma, tr]];
  }],
  ['duodenoscope culture micro accession', (d) => {
    const sn = d.serial(); const dt = d.date(); const acc = d.accession();
    return [`Quarterly culture: TJF-Q190V S/N ${sn} sampled ${dt} (micro ${acc}); < 10 CFU low-concern organisms, no high-concern organisms. Returned to service.`, [sn, dt, acc]];
  }],
  ['drying cabinet hang time', (d) => {
    const sn = d.serial(); const dt = d.date();
    return [`Drying cabinet B, slot 4: CF-HQ190L S/N ${sn}, reprocessed ${dt} ${d.time()}; hang time 7 days per policy.`, [sn, dt]];
  }],
  ['reprocessor serial disinfectant lot test strip', (d) => {
    const sn = d.serial(); const lot = d.lot(); const md = d.slashMd(); const i = d.initials();
    return [`Medivators Advantage Plus AER S/N ${sn}. Rapicide PA lot ${lot} opened ${md}, good for 28 days. Test strip QC passed, ${i}.`, [sn, lot, md, i]];
  }],
  ['scope to patient traceback', (d) => {
    const sn = d.serial(); const w = d.weekday(); const s = d.sur(); const mrn = d.mrn();
    return [`Traceback: EG-3490K S/N ${sn} was used ${w} on patient ${s} (MRN ${mrn}), room 3, case 4 of 9.`, [sn, w, s, mrn]];
  }],
  // sedation records
  ['sedation record header nurse and physician', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [doc, p] = d.doctor();
    return [`MODERATE SEDATION RECORD   ${dt}\nASA II   Mallampati 2   NPO since 22:00\nSedation RN: ${g} ${s}, RN   Physician: ${doc}`, [dt, g, s, ...p]];
  }],
  ['sedation timeline doses by initials', (d) => {
    const a = d.letters(3); const b = d.letters(3);
    return [`08:12 fentanyl 50 mcg IV (${a})\n08:13 midazolam 2 mg IV\n08:21 midazolam 1 mg IV (${b})\n08:40 SpO2 91%, chin lift, O2 increased to 4 L NC`, [a, b]];
  }],
  ['consent witnessed and interpreter id', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const id = d.digitString(d.int(5, 6));
    return [`Informed consent signed ${dt}, witnessed by ${g} ${s}, RN. ${d.pick(LANGUAGES)} interpreter ID ${id} used by phone.`, [dt, g, s, id]];
  }],
  ['sedation note patient over 89', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['man', 'woman'])}, ASA III, apixaban held 48 hours. Reduced-dose sedation: fentanyl 25 mcg, midazolam 1 mg; tolerated well.`, [n]];
  }],
  ['sedation competency licence and ACLS card', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.license(); const cert = d.cert(); const my = d.monthYear();
    return [`Sedation competency verified: ${g} ${s}, RN, license ${lic}; ACLS card #${cert}, expires ${my}.`, [g, s, lic, cert, my]];
  }],
  // GI clinic notes
  ['clinic note header practice and clinician', (d) => {
    const c = d.practice(); const dt = d.date(); const [doc, p] = d.clinician();
    return [`${c}\nGI CLINIC FOLLOW-UP   ${dt}\nProvider: ${doc}`, [c, dt, ...p]];
  }],
  ['Crohn diagnosed month year at hospital', (d) => {
    const my = d.monthYear(); const h = d.hospital(); const md = d.slashMd();
    return [`Ileocolonic Crohn's disease (Montreal A2 L3 B1) diagnosed ${my} at ${h}; adalimumab started ${md}. SES-CD 4 on the last colonoscopy.`, [my, h, md]];
  }],
  ['infliximab infusion center date lot', (d) => {
    const inf = d.infusion(); const dt = d.date(); const lot = d.lot();
    return [`Infliximab 5 mg/kg given at ${inf} on ${dt}, lot ${lot}; trough 6.2 mcg/mL, antibodies undetectable.`, [inf, dt, lot]];
  }],
  ['social history employer town relative', (d) => {
    const e = d.employer(); const t = d.town(); const g = d.given();
    return [`Social: works nights at ${e}; lives in ${t} with ${d.relation()} ${g}. No alcohol since 2019; never smoked.`, [e, t, g]];
  }],
  ['hepatology referral first visit', (d) => {
    const [doc, p] = d.doctor(); const h = d.hospital(); const md = d.monDay();
    return [`MELD-Na 19, Child-Pugh B. Referred to ${doc}, transplant hepatology, ${h}; first visit ${md}.`, [...p, h, md]];
  }],
  ['clinic signature NPI date', (d) => {
    const [doc, p] = d.clinician(); const npi = d.npi(); const dt = d.date();
    return [`Electronically signed: ${doc}   NPI ${npi}   ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['prior authorization capsule member auth', (d) => {
    const id = d.memberId(); const auth = d.authNo(); const dt = d.mdy(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Prior auth for capsule endoscopy (CPT 91110): ${d.payer()} member ID ${id}; auth #${auth} valid through ${dt}. Reviewer ${g} ${s}, ${ph}.`, [id, auth, dt, g, s, p]];
  }],
  ['celiac serology on an ordinal day in town', (d) => {
    const o = ordinal(d.int(1, 31)); const t = d.town();
    return [`tTG-IgA drawn on the ${o} at the ${d.pick(['Quest', 'Labcorp'])} service center in ${t} was 112 U/mL (ref < 4); EGD with duodenal biopsies to confirm.`, [o, t]];
  }],
  ['portal message header and weekday', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const dt = d.mdy(); const w = d.weekday();
    return [`From: ${g} ${s} <${em}>\nSent: ${dt} ${d.time()}\nSubject: bloating after EGD\nStill bloated since ${w}. Is that normal?`, [g, s, em, dt, w]];
  }],
  // referral faxes
  ['referral fax cover sheet', (d) => {
    const to = d.practice(); const [fx, pf] = d.phone(); const from = d.pcp(); const [fx2, pf2] = d.phone(); const dt = d.date();
    return [`FAX\nTo: ${to}   Fax: ${fx}\nFrom: ${from}   Fax: ${fx2}\nDate: ${dt}   Pages: 6 (including cover)`, [to, pf, from, pf2, dt]];
  }],
  ['referral face sheet SSN phone insurance', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const ssn = d.ssn(); const [ph, p] = d.phone(); const id = d.memberId();
    return [`PATIENT: ${s}, ${g}   DOB ${dob}   SSN ${ssn}\nHome phone ${ph}   Insurance: ${d.payer()} #${id}`, [s, g, dob, ssn, p, id]];
  }],
  ['referral reason requesting clinician NPI', (d) => {
    const md = d.slashMd(); const [doc, p] = d.clinician(); const pc = d.pcp(); const npi = d.npi();
    return [`Reason for referral: iron deficiency anemia, Hgb 7.9 on ${md}, FIT positive. Requested by ${doc}, ${pc}, NPI ${npi}. Urgent EGD/colonoscopy please.`, [md, ...p, pc, npi]];
  }],
  ['fax confidentiality notice sender', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`This fax contains protected health information. If you received it in error, notify ${g} ${s} at ${ph} and destroy all pages.`, [g, s, p]];
  }],
  ['nursing home resident brought by van with plate', (d) => {
    const ltc = d.ltc(); const tr = d.transport(); const pl = d.plate();
    return [`Resident of ${ltc}; brought by ${tr} wheelchair van (plate ${pl}). Facility nurse to give the prep; records sent with the driver.`, [ltc, tr, pl]];
  }],
  ['rural county and lodging', (d) => {
    const c = d.county(); const t = d.town();
    return [`Lives in rural ${c} County, 70 miles from the nearest endoscopy unit; staying the night before with family in ${t} to finish the prep.`, [c, t]];
  }],
  ['billing statement account and payment site', (d) => {
    const dt = d.date(); const acct = d.account(); const c = d.endoCenter(); const u = d.url();
    return [`STATEMENT DATE ${dt}   ACCOUNT # ${acct}\n${c}: facility fee, screening colonoscopy with polypectomy (45385-PT). Balance due $212.40. Pay online at ${u}.`, [dt, acct, c, u]];
  }],
  // discharge instructions after procedures
  ['discharge call number and emergency department', (d) => {
    const [ph, p] = d.phone(); const h = d.hospital();
    return [`Call ${ph} right away for black stools, vomiting blood, fever over 101 F or severe belly pain. After 5 PM go to the ${h} emergency department.`, [p, h]];
  }],
  ['discharge follow-up weekday date clinician practice', (d) => {
    const wd = d.weekdayDate(); const [doc, p] = d.clinician(); const c = d.practice();
    return [`Follow-up: ${wd} at 10:30 AM with ${doc}, ${c}, to review your biopsy results.`, [wd, ...p, c]];
  }],
  ['discharge aspirin held until month day', (d) => {
    const md = d.monDay();
    return [`Because large polyps were removed, do not take aspirin, ibuprofen or naproxen until ${md}. Resume apixaban in 48 hours.`, [md]];
  }],
  ['discharge teach-back signatures', (d) => {
    const g = d.given(); const s = d.sur(); const i = d.letters(3);
    return [`Instructions reviewed with the patient and driver using teach-back.\nPatient signature: ${g} ${s}   Nurse: ${i}, RN   Time: ${d.time()}`, [g, s, i]];
  }],
  ['discharge after ERCP results by phone on weekday', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Brushing results should be back by ${w}; ${g} from Dr. ${s}'s office will call you at ${ph}. Stay on clear liquids tonight.`, [w, g, s, p]];
  }],
];

/** The names of the wave's frames. */
export const endoscopyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function endoscopyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11117, rounds);
}

/** Look-alikes in gastroenterology and endoscopy style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and anatomy
  ["Long-segment Barrett's esophagus without dysplasia.", "Barrett's"], ['Mallory-Weiss tear at the GEJ, not bleeding.', 'Mallory-Weiss'], ['Schatzki ring dilated to 20 mm.', 'Schatzki'],
  ['Zenker diverticulum, 3 cm, on the barium swallow.', 'Zenker'], ["Crohn's ileitis, SES-CD 9.", "Crohn's"], ['Hirschsprung disease, repaired as an infant.', 'Hirschsprung'],
  ['Status post Whipple procedure for an ampullary adenoma.', 'Whipple'], ['Whipple disease was excluded (PAS stain negative).', 'Whipple disease'], ['Dieulafoy lesion in the fundus, clipped.', 'Dieulafoy'],
  ['Cameron lesions within the hiatal hernia.', 'Cameron'], ['Plummer-Vinson syndrome with a cervical web.', 'Plummer-Vinson'], ["Killian's triangle", "Killian's"], ['Ogilvie syndrome, cecum 11 cm.', 'Ogilvie'],
  ['Sphincter of Oddi dysfunction, type II.', 'Oddi'], ['Ampulla of Vater appeared normal.', 'Vater'], ['Scope advanced to the ligament of Treitz.', 'Treitz'], ['Billroth II anatomy; afferent limb entered.', 'Billroth II'],
  ['Roux-en-Y gastric bypass in 2016.', 'Roux-en-Y'], ['Nissen fundoplication intact.', 'Nissen'], ['Heller myotomy with Dor fundoplication.', 'Heller'], ['Kock pouch intubated.', 'Kock'],
  ["Hartmann's pouch, 15 cm.", "Hartmann's"], ["Auerbach's plexus", "Auerbach's"], ["Meissner's plexus", "Meissner's"], ["Brunner's gland hyperplasia", "Brunner's"], ['Paneth cell metaplasia', 'Paneth'],
  ['interstitial cells of Cajal', 'Cajal'], ['Peutz-Jeghers polyps in the jejunum', 'Peutz-Jeghers'], ['Lynch syndrome (MSH2)', 'Lynch'], ['Gardner syndrome', 'Gardner'], ['Cowden syndrome', 'Cowden'],
  ["Menetrier's disease", "Menetrier's"], ["Murphy's sign negative.", "Murphy's"], ["Courvoisier's sign", "Courvoisier's"], ["Charcot's triad present on arrival.", "Charcot's"],
  ['No Grey Turner or Cullen sign.', 'Grey Turner'], ['Tender at McBurney point.', 'McBurney'],
  // classifications and scores
  ['Boston Bowel Preparation Scale 2-3-3 (total 8).', 'Boston Bowel Preparation Scale'], ['BBPS 2-3-3', '2-3-3'], ['Ulcer with adherent clot, Forrest IIb.', 'Forrest IIb'], ['Paris 0-IIa lesion, 18 mm.', 'Paris 0-IIa'],
  ['Los Angeles grade C esophagitis.', 'Los Angeles'], ['LA grade B', 'LA grade B'], ['Prague C2M4', 'Prague C2M4'], ['Biopsies per the Seattle protocol (4-quadrant every 2 cm).', 'Seattle'],
  ['Gastric mapping per the updated Sydney system.', 'Sydney'], ['Kudo pit pattern IIIL', 'Kudo'], ['NICE type 2', 'NICE type 2'], ['JNET 2A', 'JNET 2A'], ['Marsh 3b villous atrophy', 'Marsh 3b'],
  ['Mayo endoscopic subscore 2', 'Mayo'], ['Rutgeerts i2b at the anastomosis', 'Rutgeerts i2b'], ['Montreal A2 L3 B1', 'Montreal'], ['Lewis score 790', 'Lewis score'], ['Glasgow-Blatchford score 12', 'Glasgow-Blatchford'],
  ['Rockall 5', 'Rockall'], ['Child-Pugh B', 'Child-Pugh'], ['MELD-Na 19', 'MELD-Na 19'], ['Zargar grade 2b caustic injury', 'Zargar'], ['Hill grade III flap valve', 'Hill grade III'],
  ['Siewert type II adenocarcinoma', 'Siewert'], ['Haggitt level 2', 'Haggitt'], ['Chicago Classification v4.0: type II achalasia', 'Chicago'], ['Eckardt score 6', 'Eckardt'], ['Rome IV criteria for IBS-C', 'Rome IV'],
  ['Bristol stool type 6', 'Bristol'], ['Hinchey Ib diverticulitis', 'Hinchey'], ['Goligher grade III internal hemorrhoids', 'Goligher'], ['Aldrete 10/10', 'Aldrete 10/10'], ['ASA III', 'ASA III'], ['Mallampati 3', 'Mallampati 3'],
  // scope models, devices and makers
  ['Olympus CF-HQ190L', 'CF-HQ190L'], ['GIF-H190 gastroscope', 'GIF-H190'], ['TJF-Q190V duodenoscope', 'TJF-Q190V'], ['Pentax EG-3490K', 'EG-3490K'], ['Fujifilm EC-760R-V/L', 'EC-760R-V/L'],
  ['PillCam SB3', 'PillCam SB3'], ['SpyGlass DS', 'SpyGlass DS'], ['Endocuff Vision on the scope tip', 'Endocuff Vision'], ['Resolution 360 clip', 'Resolution 360'], ['OTSC 12/6t', 'OTSC 12/6t'],
  ['Boston Scientific WallFlex stent', 'Boston Scientific'], ['Cook Medical Soehendra dilator', 'Cook Medical'], ['ERBE VIO 3, Endocut Q effect 3', 'ERBE VIO 3'], ['Medivators Advantage Plus', 'Advantage Plus'],
  ['Rapicide PA high-level disinfectant', 'Rapicide PA'], ['Cidex OPA', 'Cidex OPA'], ['Ambu aScope Duodeno', 'aScope Duodeno'],
  // preps and clear liquids
  ['SUPREP split dose', 'SUPREP'], ['Sutab 24 tablets', 'Sutab'], ['GoLYTELY 4 L', 'GoLYTELY'], ['MiraLAX 238 g in 64 oz Gatorade', 'MiraLAX'], ['Plenvu 1 L', 'Plenvu'], ['Clenpiq', 'Clenpiq'],
  ['Crystal Light lemonade is allowed.', 'Crystal Light'], ['Ginger ale, Sprite or 7UP are fine.', 'Ginger'], ['No red, orange or purple gelatin.', 'orange'], ['Dulcolax 10 mg at noon', 'Dulcolax'], ['simethicone 80 mg with the prep', 'simethicone'],
  // drugs, doses and lab values
  ['propofol 240 mg total', '240 mg'], ['fentanyl 100 mcg, midazolam 4 mg', '100 mcg'], ['omeprazole 40 mg BID', '40 mg BID'], ['infliximab 5 mg/kg every 8 weeks', '5 mg/kg'], ['ustekinumab 90 mg SC q8 weeks', '90 mg'],
  ['Hgb 7.9 g/dL', '7.9 g/dL'], ['INR 1.4', 'INR 1.4'], ['lipase 1,240 U/L', '1,240 U/L'], ['CA 19-9 of 412', 'CA 19-9'], ['fecal calprotectin 480 mcg/g', '480 mcg/g'], ['total bilirubin 4.2 mg/dL', '4.2 mg/dL'],
  // clinical numbers
  ['GEJ at 38 cm from the incisors', '38 cm'], ['3 cm hiatal hernia', '3 cm'], ['6 mm sessile polyp', '6 mm'], ['Withdrawal time 11 min', '11 min'], ['ADR 38% this quarter', 'ADR 38%'],
  ['10 Fr x 9 cm plastic stent', '10 Fr x 9 cm'], ['CRE balloon 15-16.5-18 mm', '15-16.5-18 mm'], ['CBD 12 mm with a distal stone', 'CBD 12 mm'], ['SpO2 96% on 2 L NC', 'SpO2 96%'],
  // codes
  ['CPT 45378 diagnostic colonoscopy', '45378'], ['CPT 45385 snare polypectomy', '45385'], ['CPT 43239 EGD with biopsy', '43239'], ['CPT 43264 ERCP stone removal', '43264'], ['G0121 screening colonoscopy', 'G0121'],
  ['ICD-10 K22.70 Barrett without dysplasia', 'K22.70'], ['K57.30 diverticulosis', 'K57.30'], ['Z12.11 screening for colon cancer', 'Z12.11'], ['K50.012 with fistula', 'K50.012'], ['K92.2 GI hemorrhage', 'K92.2'],
  // intervals and days
  ['Repeat colonoscopy in 3 years.', '3 years'], ['EGD in 8-12 weeks to confirm healing.', '8-12 weeks'], ['Day 2 of the prep.', 'Day 2'], ['POD 1 after the ERCP.', 'POD 1'], ['Recall interval 10 years.', '10 years'],
  // everyday words that are also names or towns
  ['Distal esophageal ring, nonobstructing.', 'ring'], ['Cervical esophageal web dilated.', 'web'], ['Swallow study ordered.', 'Swallow'], ['Colon prep was excellent.', 'Colon'], ['We hope your procedure went well.', 'hope'],
  ['Desire to defecate at 80 mL on manometry.', 'Desire'], ['Poor effort on the balloon expulsion test.', 'effort'], ['Warm sitz bath twice daily.', 'bath'], ['Avoid chili and spicy food for a day.', 'chili'],
  ['Will call with the biopsy results.', 'Will'], ['Faith is important to her.', 'Faith'], ['Born in China; hepatitis B screening sent.', 'China'], ['Recently returned from Mexico; stool O&P sent.', 'Mexico'],
  // relations and roles without names, ages, years, generic places, states, payers, labs and societies
  ['Her husband will drive her home.', 'husband'], ['The patient is an 86-year-old woman.', '86'], ['Last colonoscopy in 2018.', '2018'], ['Seen in the endoscopy suite.', 'endoscopy suite'],
  ['Taken to the recovery area.', 'recovery area'], ['Specimens sent to the pathology lab.', 'pathology lab'], ['Recently moved from Vermont.', 'Vermont'], ['Medicare covers screening colonoscopy.', 'Medicare'],
  ['Harvard Pilgrim requires prior authorization.', 'Harvard Pilgrim'], ['Labs drawn at Quest.', 'Quest'], ['Cologuard by Exact Sciences was positive.', 'Exact Sciences'], ['Per the ASGE guideline.', 'ASGE'],
  ['USMSTF 2020 recommendations', 'USMSTF'], ['Reported to the GIQuIC registry.', 'GIQuIC'], ['The charge nurse was notified.', 'charge nurse'], ['Call the gastroenterologist on call.', 'gastroenterologist on call'],
];

export const endoscopyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedEndoscopyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(endoscopyKeepCases(), find);

export function scoreEndoscopyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => endoscopyWaveCases(seed)), find);
}
