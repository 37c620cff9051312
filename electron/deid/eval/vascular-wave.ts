// A blind wave of vascular surgery practice and vascular lab records: non-invasive vascular lab reports (arterial and
// carotid duplex headers with the patient listed as 'SURNAME, Given', date of birth, MRN and exam date, the referring
// physician and the sonographer with their credentials and ARDMS registry numbers, ABI and TBI tables with the tech's
// initials, carotid impressions compared with a study of a month and year and signed electronically, venous reflux
// studies waiting on an insurance authorization, DVT critical-result calls read back by a nurse, scanners' serial
// numbers and the PACS node's IP address, accession numbers, lab worklist rows, portal links, reschedule messages),
// AV fistula vein mapping and access surveillance for dialysis patients (the local dialysis unit and its charge nurse,
// the nephrologist and the nephrology practice, access flow calls, faxes from the unit, maturation letters, tunneled
// catheters and HeRO grafts with lot and serial numbers, ESRD Medicare beneficiary ids and transplant listing ids,
// after-hours calls from relatives), endovascular procedure notes (headers with surgeon, assistant and hospital, drug-
// coated balloons, stents and closure devices with their lot numbers, serial numbers and UDI strings, implant logs,
// sheath pulls, consents and witnesses, discharge instructions, C-arm serials and the vendor representative's
// credential number), carotid endarterectomy and bypass operative reports (header, patch and graft lots, EEG tech,
// pathology numbers, dictation footers with job numbers, post-op checks, EVAR surveillance letters, blood bank armband
// numbers), wound and amputation follow-ups (wound centers, photo links, prosthetists, prostheses' serials, hyperbaric
// referrals, home health orders, rehab facilities, culture calls, elders over 89), compression stocking orders and DME
// suppliers (prescriptions, fax covers, delivery tickets, prior authorizations with member ids, fitters, denied claims),
// anticoagulation clinic calls (INR logs, home meters' serials, pharmacy refills with Rx numbers, holiday closures,
// bridging plans), vein clinic cosmetic consults (financial agreements with witnesses, CareCredit accounts and
// receipts, photo consents with e-mail, text reminders with the clinic's street address, late-cancellation fees),
// referral letters from PCPs (letterheads with street, town, ZIP, phone and fax, letter bodies, signatures with e-mail,
// e-fax confirmations, consult letters back) and transportation and home health coordination (wheelchair van
// bookings with trip numbers, van plates, face-to-face certifications, disability placards and driver's licenses,
// face sheets, insurance subscribers), in mixed case, ALL CAPS and lower case. Dates are written every way
// ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024',
// '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024' and '3/2024', holidays such as 'Christmas Eve');
// ages over 89, phones, fax numbers, e-mails, URLs and IP addresses are planted. Given names and surnames are often
// everyday words (Hope, Rocky, Will, Bill, Dusty, Stone, Hill, Brooks, Baker, Walker, Marsh, Hart); towns are often
// everyday words (Liberty, Union, Hope, Commerce, Harmony, Normal, Welcome, Hazard, Bath, Florence). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreVascularWave`.
// Decisions: every word of a person's name is planted as its own part (patients, relatives, surgeons, assistants,
// anesthesiologists, sonographers, nurses, fitters, prosthetists, drivers, vendor representatives, insurance
// subscribers); a surname written in capitals in a listing ('STONE, Hope') is planted as written; a middle initial, a
// title ('Dr.', 'Ms.') and a credential ('RVT', 'RDMS', 'RPVI', 'CWS', 'PA-C', 'RN') are not planted; a clerk's or
// tech's initials and a dictation's initials are planted; a relation without a name and a role without a name ('the
// sonographer', 'the charge nurse', 'the nephrologist') are kept; a hospital, a local dialysis unit, a vascular, vein,
// PCP or nephrology practice, a wound center, a home health agency, a transport company, a DME supplier, a pharmacy, a
// prosthetics shop and a rehab facility are planted whole with their kind words ('Liberty Dialysis Center', 'Hope Vein
// & Laser Center', 'Union Medical Supply'); a national dialysis chain, pharmacy chain, DME company, device maker or
// body named alone ('DaVita', 'Fresenius Kidney Care', 'CVS', 'Apria', 'Hanger Clinic', 'Medtronic', 'Gore', 'SVS',
// 'IAC', 'KDOQI', 'CMS') is kept; a town is planted, a state is kept; a street address is planted from its number to
// its street type with its apartment or suite when written after it; a ZIP is planted; a weekday naming one day is
// planted, a standing dialysis schedule ('MWF', 'Tue/Thu/Sat') is kept; a month with a year is planted, a year alone
// is kept ('CEA in 2012'); 'the 4th' is planted as '4th'; a holiday that fixes a day is planted; the time next to a
// date is kept, and so are durations, fluoro minutes and follow-up intervals; a device's lot number, serial number and
// whole UDI string are planted, its catalog (REF) number, model and size are kept; MRNs, accession, pathology,
// armband and blood bank specimen numbers, account, member, claim, prior authorization, order, delivery ticket, trip,
// referral, Rx, job, receipt and financing account numbers, Medicare beneficiary ids, transplant listing ids, ARDMS
// registry numbers, vendor credential numbers, disability placard numbers, driver's licenses and vehicle plates are
// planted; a phone's leading '(' need not be covered; e-mails and URLs are planted whole; an IP address is planted;
// ages over 89 are planted as their number. Kept (look-alikes): eponyms and named signs, syndromes, tests, canals and
// perforators (Rutherford, Fontaine, Homans, Allen, May-Thurner, Leriche, Buerger, Raynaud's, Brescia-Cimino, Baker's
// cyst, Hunter's canal, Dodd, Cockett, Giacomini, Seldinger, Fogarty), scales, stages and criteria (CEAP, Villalta,
// Wells, Caprini, WIfI, TASC II, GLASS, NASCET, Wagner, PUSH), hemodynamic and lab values (ABI, TBI, PSV, EDV, ratios,
// reflux seconds, diameters, access flow, INR, Kt/V, TcPO2), procedure settings (sheath sizes, balloon sizes and
// pressures, fluoro time, contrast, air kerma, ACT, compression classes), drugs and device brands (Eliquis, Xarelto,
// Pletal, Coumadin, Lovenox, Asclera, Varithena, Angio-Seal, Perclose ProGlide, Viabahn, Zilver PTX, Supera, Lutonix,
// ClosureFast, VenaSeal, Jobst, Sigvaris, Gore Propaten, Dacron, Unna boot), procedures, codes (CPT, ICD-10, HCPCS A-,
// E- and L-codes, a catalog REF), national bodies, programs and chains, generic places (the vascular lab, the cath lab,
// the hybrid OR, the wound center, the dialysis unit), relations and roles without names, anatomy, ages of 89 and
// under, years alone, counts, durations and standing schedules, and everyday words that are also names (hope, will,
// stone, patience, rocky, bill, mark, hill, independence, faith).
// Measured before rules: 0.961 recall on seeds 5, 11, 23 (5153/5364), 0.957 on fresh seeds 41, 42, 43 (5135/5364); 10/168
// look-alikes touched ("Circle of Willis", "6 Fr sheath", "Jobst", "Circaid Juxtafit", "Gore Propaten", "REF VBX061002A",
// "DaVita", "Fresenius Kidney Care", "Nephrologist", "Tue/Thu/Sat") (engine at 74c774c).
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

const FAKERS = [us, us, us, us, us, gb, ie, mx, it, pl, de];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Penny', 'Ruby', 'Pearl', 'Iris', 'Ivy', 'Holly', 'Daisy', 'Amber', 'Destiny', 'Sterling', 'Gene', 'Cliff', 'Dale', 'Glen', 'Rusty', 'Woody', 'Sonny', 'Major', 'Precious', 'Royal'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Noble', 'Sweet', 'Marsh', 'Moss', 'Walker', 'Turner', 'Carver', 'Hart', 'Little', 'Short', 'Waters', 'Flowers', 'Bell', 'Dove', 'Hunt', 'Pope', 'Steel'];

/** Towns that are everyday words, and real towns with vascular practices. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Fairview', 'Harmony', 'Eden', 'Paradise', 'Welcome', 'Normal', 'Unity', 'Friendship', 'Pleasant Hill', 'Golden', 'Sandy', 'Orange', 'Reading', 'Hazard', 'Bath', 'Troy', 'Florence', 'Canton', 'Salem', 'Mansfield', 'Marion', 'Jasper', 'Beaver', 'Justice'];
const REAL_TOWNS = ['Johnstown', 'Altoona', 'Scranton', 'Dayton', 'Toledo', 'Akron', 'Flint', 'Lansing', 'Muncie', 'Terre Haute', 'Evansville', 'Paducah', 'Bowling Green', 'Huntington', 'Wheeling', 'Roanoke', 'Lynchburg', 'Macon', 'Dothan', 'Tupelo', 'Joplin', 'Decatur', 'Peoria', 'Rockford', 'Dubuque', 'Mankato', 'Fargo', 'Bismarck', 'Billings', 'Pueblo', 'Yuma', 'Modesto', 'Chico', 'Medford', 'Yakima', 'Spokane', 'Kokomo', 'Zanesville'];
const STATES = ['PA', 'OH', 'MI', 'IN', 'KY', 'WV', 'VA', 'GA', 'AL', 'MS', 'MO', 'IL', 'IA', 'MN', 'ND', 'MT', 'CO', 'AZ', 'CA', 'OR', 'WA', 'Ohio', 'Kentucky', 'Indiana'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Walnut', 'Chestnut', 'Spring', 'Market', 'Orchard', 'Hickory', 'Medical Park', 'Professional'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Vincent', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Margaret', 'Catherine', 'John'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Heart Hospital'];
const ORG_WORDS = ['Keystone', 'Heartland', 'Riverbend', 'Lakeshore', 'Valley', 'Summit', 'Prairie', 'Pinnacle', 'Bluegrass', 'Northstar', 'Tri-County', 'Cornerstone', 'Gateway', 'Allegheny', 'Buckeye', 'Hoosier'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'the day after Thanksgiving', 'Memorial Day', 'Labor Day', 'Good Friday'];
/** Relations a name follows. */
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'neighbor', 'grandson', 'granddaughter', 'caregiver', 'friend', 'son-in-law'];
const TITLES = ['Mr.', 'Ms.', 'Mrs.'];
const EXAMS = ['Carotid duplex', 'Arterial duplex LE bilat', 'ABI/TBI', 'Venous reflux R', 'DVT study L', 'Vein mapping UE', 'AVF surveillance', 'Renal artery duplex', 'Aortoiliac duplex', 'EVAR surveillance'];
/** Device makers named alone (kept). */
const MAKERS = ['Medtronic', 'Boston Scientific', 'Gore', 'Abbott', 'Cook Medical', 'BD', 'Philips', 'Terumo'];

/** A person: the given name and the surname are planted, the middle initial is not. */
interface Person {
  readonly given: string;
  readonly mi: string;
  readonly sur: string;
}
const written = (p: Person): string => [p.given, p.mi, p.sur].filter((w) => w !== '').join(' ');
const listed = (p: Person): string => `${p.sur.toUpperCase()}, ${p.given}${p.mi === '' ? '' : ` ${p.mi}`}`;
const nameParts = (p: Person): string[] => [p.given, p.sur];
const listedParts = (p: Person): string[] => [p.sur.toUpperCase(), p.given];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), mi: this.r() < 0.35 ? this.mi() : '', sur: this.sur() };
  }
  title(): string {
    return this.pick(TITLES);
  }
  initials(): string {
    return this.letters(3);
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  side(): string {
    return this.pick(['right', 'left']);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its apartment or suite. */
  streetUnit(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 1) return `${st}, Suite ${this.int(100, 450)}`;
    if (a === 2) return `${st} #${this.int(2, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  dialysisUnit(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Dialysis Center`;
    if (k === 1) return `${this.town()} Kidney Center`;
    if (k === 2) return `${this.pick(ORG_WORDS)} Renal Care`;
    return `${this.town()} Home & In-Center Dialysis`;
  }
  nephrology(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Kidney Associates`;
    if (k === 1) return `${this.pick(ORG_WORDS)} Nephrology`;
    return `${this.sur()} & ${this.sur()} Nephrology, PC`;
  }
  veinPractice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Vein & Laser Center`;
    if (k === 1) return `${this.sur()} Vein Institute`;
    if (k === 2) return `${this.pick(ORG_WORDS)} Vein Clinic`;
    return `Vascular Surgery Associates of ${this.town()}`;
  }
  pcpPractice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.town()} Internal Medicine Associates`;
    if (k === 2) return `${this.sur()} Family Practice`;
    return `${this.pick(ORG_WORDS)} Primary Care`;
  }
  woundCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Wound & Hyperbaric Center` : `${this.pick(ORG_WORDS)} Wound Care Center`;
  }
  homeHealth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Health`;
    if (k === 1) return `${this.pick(ORG_WORDS)} Home Care`;
    return `Visiting Nurses of ${this.town()}`;
  }
  transport(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Transport`;
    if (k === 1) return `${this.pick(ORG_WORDS)} Wheelchair Van Service`;
    return `${this.sur()}'s Ambulette`;
  }
  dme(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.sur()}'s Home Medical`;
    if (k === 2) return `${this.pick(ORG_WORDS)} Mobility & Medical`;
    return `${this.town()} Surgical Supply`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()}'s Pharmacy`;
    if (k === 1) return `${this.town()} Drug`;
    return `${this.town()} Apothecary`;
  }
  prosthetics(): string {
    return this.r() < 0.5 ? `${this.town()} Orthotics & Prosthetics` : `${this.sur()} Prosthetic Services`;
  }
  rehab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Health & Rehabilitation`;
    if (k === 1) return `${this.pick(ORG_WORDS)} Rehabilitation Hospital`;
    return `${this.town()} Manor Skilled Nursing`;
  }
  time(): string {
    return `${pad2(this.int(6, 21))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms vascular practices write. */
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
  dob(lo = 1928, hi = 1980): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
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
  /** A person's e-mail from a name not written in the same text. */
  email(): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'doe';
    const dom = this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'comcast.net', 'hotmail.com', `${asciiLetters(this.town())}vascular.com`]);
    const local = this.pick([`${g}.${s}`, `${g.charAt(0)}${s}${this.int(1, 99)}`, `${s}${g.charAt(0)}${this.int(40, 79)}`, `${g}${s}${this.int(1, 9)}`]);
    return `${local}@${dom}`;
  }
  /** A clinician's work e-mail from the first letters of a name written in the same text (so the name occurs once). */
  workEmail(g: string, s: string, practice: string): string {
    const dom = `${asciiLetters(practice.split(/\s/)[0]!).slice(0, 6) || 'pcp'}${this.pick(['fm.org', 'health.com', 'med.net'])}`;
    return `${asciiLetters(g).charAt(0)}${asciiLetters(s).slice(0, 3)}${this.int(2, 98)}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'union';
    return this.pick([`https://portal.${t}vascular.com`, `https://www.${t}heartandvascular.org/mychart`, `www.${t}veincenter.com/results`, `https://${t}vascularlab.org/patient-login`]);
  }
  photoUrl(): string {
    return this.pick([`https://woundphotos.${asciiLetters(this.town()) || 'hope'}health.org/case/${this.digitString(6)}`, `https://secure.${asciiLetters(this.pick(ORG_WORDS))}wound.com/p/${this.letters(2).toLowerCase()}${this.digitString(5)}`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(10);
    return `VL-${pad2(this.int(18, 25))}-${this.digitString(5)}`;
  }
  /** A device lot number. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(3)}${this.digitString(4)}${this.letters(1)}`;
  }
  /** A device or equipment serial number. */
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(8)}`;
    if (k === 1) return this.digitString(9);
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  /** A GS1 UDI: device identifier, expiration and lot. */
  udi(): string {
    return `(01)00${this.digitString(12)}(17)${pad2(this.int(25, 29))}${pad2(this.int(1, 12))}${pad2(this.int(1, 28))}(10)${this.lot()}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `H${this.digitString(8)}`;
    return `${this.digitString(9)}${this.letters(1)}`;
  }
  /** A Medicare beneficiary identifier, dashed or not. */
  mbi(): string {
    const L = (): string => this.lettersOf('ACDEFGHJKMNPQRTUVWXY', 1);
    const A = (): string => (this.r() < 0.5 ? L() : String(this.int(0, 9)));
    const parts = [`${this.int(1, 9)}${L()}${A()}${this.int(0, 9)}`, `${L()}${A()}${this.int(0, 9)}`, `${L()}${L()}${this.int(0, 9)}${this.int(0, 9)}`];
    return this.r() < 0.5 ? parts.join('-') : parts.join('');
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${pad2(this.int(20, 25))}${this.digitString(3)}E${this.digitString(7)}`;
  }
  priorAuth(): string {
    return this.r() < 0.5 ? `PA${this.digitString(8)}` : `${this.letters(1)}${this.digitString(9)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `A${this.digitString(8)}`;
  }
  rxNo(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.digitString(2)}-${this.digitString(6)}`;
  }
  pathNo(): string {
    return `${this.pick(['S', 'SP', 'SG'])}${pad2(this.int(18, 25))}-${this.digitString(this.int(4, 6))}`;
  }
  armband(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(6)}` : `BB${this.digitString(7)}`;
  }
  financeAcct(): string {
    return `6019${this.anyDigits(12)}`;
  }
  receipt(): string {
    return this.r() < 0.5 ? `R-${this.digitString(6)}` : this.digitString(8);
  }
  trip(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.letters(2)}${this.digitString(6)}`;
  }
  referralId(): string {
    return this.r() < 0.5 ? `REF${this.digitString(7)}` : this.digitString(9);
  }
  vendorId(): string {
    return this.r() < 0.5 ? `V${this.digitString(7)}` : this.digitString(6);
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  placard(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(6)}` : this.digitString(7);
  }
  driversLicense(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
    return this.digitString(9);
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // non-invasive vascular lab
  ['arterial duplex report header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const rg = d.given(); const rs = d.sur(); const sg = d.given(); const ss = d.sur();
    return [`NON-INVASIVE VASCULAR LABORATORY\nLOWER EXTREMITY ARTERIAL DUPLEX\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nExam date: ${dt}\nReferring: Dr. ${rg} ${rs}\nSonographer: ${sg} ${ss}, RVT`, [...listedParts(p), dob, mrn, dt, rg, rs, sg, ss]];
  }],
  ['ABI and TBI table', (d) => {
    const dt = d.mdy(); const ini = d.initials(); const s = d.sur();
    const b = () => d.int(112, 168);
    return [`ABI/TBI (${dt})\n             Right   Left\nBrachial     ${b()}     ${b()}\nDP           ${b() - 40}      ${b() - 60}\nPT           ${b() - 30}      ${b() - 70}\nABI          0.${d.int(60, 99)}    0.${d.int(30, 69)}\nTBI          0.${d.int(40, 79)}    0.${d.int(10, 49)}\nTech: ${ini}    Interpreted by: Dr. ${s}`, [dt, ini, s]];
  }],
  ['carotid duplex impression signed', (d) => {
    const my = d.monthYear(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`IMPRESSION: Right ICA 50-69% stenosis (PSV ${d.int(130, 229)} cm/s, EDV ${d.int(40, 99)} cm/s), increased from <50% on the study of ${my}. Left ICA <50%. Antegrade vertebral flow bilaterally.\nElectronically signed by ${g} ${s}, MD, RPVI on ${dt} ${d.time()}.`, [my, g, s, dt]];
  }],
  ['venous reflux study awaiting authorization', (d) => {
    const p = d.person(); const pa = d.priorAuth(); const dt = d.date();
    return [`Venous insufficiency study for ${written(p)}: right GSV reflux ${d.int(1, 4)}.${d.int(0, 9)} s at the SFJ, diameter ${d.int(5, 9)}.${d.int(0, 9)} mm; SSV competent. Done after ${d.int(6, 12)} weeks of compression; auth ${pa} pending since ${dt}.`, [...nameParts(p), pa, dt]];
  }],
  ['DVT critical result call', (d) => {
    const s = d.sur(); const w = d.weekday(); const g = d.given(); const gs = d.sur();
    return [`CRITICAL RESULT: acute occlusive DVT of the ${d.side()} popliteal and posterior tibial veins. Called to Dr. ${s} at ${d.time()} on ${w}; read back by ${g} ${gs}, RN.`, [s, w, g, gs]];
  }],
  ['sonographer registry number', (d) => {
    const g = d.given(); const s = d.sur(); const ard = d.digitString(d.int(6, 7)); const md = d.slashMd();
    return [`Study performed ${md} by ${g} ${s}, RDMS, RVT (ARDMS registry #${ard}); reviewed by the medical director.`, [md, g, s, ard]];
  }],
  ['scanner serial and PACS node', (d) => {
    const sn = d.serial(); const ip = d.ip(); const acc = d.accession();
    return [`Acquired on ${d.pick(['Philips EPIQ 7', 'GE LOGIQ E10', 'Siemens ACUSON Sequoia', 'Canon Aplio i800'])}, serial ${sn}; DICOM push to PACS node ${ip} port 104 failed twice, resent manually. Accession ${acc}.`, [sn, ip, acc]];
  }],
  ['treadmill exercise ABI', (d) => {
    const p = d.person(); const md = d.slashMd();
    return [`${written(p)} walked ${d.int(1, 4)}:${pad2(d.int(0, 59))} on the treadmill (2 mph, 12% grade) on ${md}, stopped for ${d.side()} calf pain; post-exercise ABI fell from 0.${d.int(70, 89)} to 0.${d.int(30, 59)}.`, [...nameParts(p), md]];
  }],
  ['outside CTA addendum', (d) => {
    const md = d.slashMd(); const h = d.hospital(); const dt = d.date();
    return [`ADDENDUM ${md}: compared with outside CTA runoff from ${h} dated ${dt}; the SFA occlusion is unchanged in length (${d.int(8, 24)} cm).`, [md, h, dt]];
  }],
  ['lab reschedule phone message', (d) => {
    const p = d.person(); const o = d.nth(); const w = d.weekday(); const [ph, pp] = d.phone();
    return [`Phone msg: ${written(p)} needs to move the ABI from the ${o} to ${w} afternoon; does not drive after dark. Call back ${ph}.`, [...nameParts(p), o, w, pp]];
  }],
  ['vascular lab worklist row', (d) => {
    const p = d.person(); const mrn = d.mrn(); const ini = d.initials();
    return [`${d.time()} | ${listed(p)} | ${mrn} | ${d.pick(EXAMS)} | Rm ${d.int(1, 6)} | ${ini}`, [...listedParts(p), mrn, ini]];
  }],
  ['portal result link', (d) => {
    const url = d.url();
    return [`Your vascular study results are ready. Log in at ${url} to view them, or call the lab with questions.`, [url]];
  }],
  ['carotid screening over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} referred for an asymptomatic carotid bruit; ${d.relation()} ${g} asks that no surgery be offered whatever the result.`, [n, g]];
  }],
  ['prior vascular history', (d) => {
    const my = d.monthYear(); const h = d.hospital(); const s = d.sur();
    return [`PVH: ${d.side()} fem-pop bypass (PTFE) ${my} at ${h} by Dr. ${s}; ${d.side()} CEA in ${d.int(2006, 2014)}.`, [my, h, s]];
  }],
  // AV fistula mapping and access surveillance
  ['vein mapping header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const du = d.dialysisUnit(); const ng = d.given(); const ns = d.sur();
    return [`UPPER EXTREMITY VEIN MAPPING (PRE-ACCESS)\nName: ${listed(p)}\nDOB: ${dob}   MRN: ${mrn}\nDialysis unit: ${du}\nNephrologist: ${ng} ${ns}, MD\nDominant hand: ${d.side()}`, [...listedParts(p), dob, mrn, du, ng, ns]];
  }],
  ['vein mapping plan and surgery date', (d) => {
    const w = d.weekday(); const md = d.monDay(); const s = d.sur(); const h = d.hospital();
    return [`Left cephalic vein 3.${d.int(0, 9)} mm at the wrist, 4.${d.int(0, 9)} mm at the antecubital fossa, compressible and continuous; radial artery 2.${d.int(0, 9)} mm. Plan left radiocephalic AVF ${w} ${md} with Dr. ${s} at ${h}.`, [w, md, s, h]];
  }],
  ['access flow drop call from unit', (d) => {
    const g = d.given(); const du = d.dialysisUnit(); const [ph, p] = d.phone(); const dt = d.date();
    return [`Call from ${g} (charge RN) at ${du}, ${ph}: access flow fell from ${d.int(800, 1200)} to ${d.int(350, 550)} mL/min, venous pressures rising. Fistulogram booked ${dt}.`, [g, du, p, dt]];
  }],
  ['dialysis unit fax', (d) => {
    const du = d.dialysisUnit(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`FAX FROM: ${du}\nFax: ${fx}\nRe: prolonged bleeding after needle removal (${d.int(20, 45)} min), ${d.pick(['MWF', 'TTS'])} 2nd shift, chair ${d.int(1, 24)}\nContact: ${g} ${s}, RN, clinic manager`, [du, p, g, s]];
  }],
  ['fistula maturation letter', (d) => {
    const dt = d.date(); const s = d.sur(); const pr = d.nephrology();
    return [`The left brachiocephalic AVF created ${dt} has matured (diameter ${d.int(6, 9)} mm, depth ${d.int(3, 6)} mm, flow ${d.int(600, 1400)} mL/min) and may be cannulated.\ncc: Dr. ${s}, ${pr}`, [dt, s, pr]];
  }],
  ['tunneled dialysis catheter lot', (d) => {
    const lot = d.lot(); const s = d.sur(); const md = d.slashMd();
    return [`${d.int(19, 28)} cm ${d.pick(['Palindrome', 'HemoSplit', 'GlidePath'])} tunneled dialysis catheter placed via the right IJ, lot ${lot}, by Dr. ${s} on ${md}; tip at the cavoatrial junction.`, [lot, s, md]];
  }],
  ['no thrill after-hours call', (d) => {
    const g = d.given(); const w = d.weekday(); const h = d.hospital();
    return [`After-hours: pt's ${d.relation()} ${g} called ${w} night; no thrill or bruit over the left arm fistula since dialysis. Advised to go to the ${h} ED now.`, [g, w, h]];
  }],
  ['ESRD Medicare and transplant listing', (d) => {
    const mbi = d.mbi(); const h = d.hospital(); const my = d.monthYear(); const id = `${d.letters(3)}${d.digitString(6)}`;
    return [`Medicare (ESRD) MBI ${mbi}. Kidney transplant waitlist at ${h} since ${my}, listing ID ${id}.`, [mbi, h, my, id]];
  }],
  ['HeRO graft implant record', (d) => {
    const dt = d.date(); const lot = d.lot(); const sn = d.serial();
    return [`HeRO graft implanted ${dt}: arterial graft component lot ${lot}, venous outflow component serial ${sn}; implant card given to the patient.`, [dt, lot, sn]];
  }],
  // endovascular procedures
  ['endovascular procedure header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const sg = d.given(); const ss = d.sur(); const ag = d.given(); const as = d.sur(); const h = d.hospital();
    return [`PROCEDURE NOTE\nPatient: ${written(p)}   MRN: ${mrn}\nDate of procedure: ${dt}\nSurgeon: ${sg} ${ss}, MD\nAssistant: ${ag} ${as}, PA-C\nLocation: ${h}, hybrid OR\nProcedure: ${d.side()} SFA angioplasty and stent, closure device`, [...nameParts(p), mrn, dt, sg, ss, ag, as, h]];
  }],
  ['drug-coated balloon lot', (d) => {
    const lot = d.lot();
    return [`Balloon: Lutonix 035 DCB ${d.pick(['5 x 150', '6 x 100', '5 x 80', '4 x 220'])} mm, REF 9005${d.int(10, 99)}, LOT ${lot}; inflated to ${d.int(6, 12)} atm for 3 min.`, [lot]];
  }],
  ['stent lot and serial', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`Stent: ${d.pick(['Supera', 'Zilver PTX', 'Eluvia', 'Viabahn', 'Innova'])} ${d.pick(['5.5 x 120', '6 x 100', '6 x 150', '7 x 60'])} mm, lot #${lot}, serial ${sn}, deployed across the adductor canal.`, [lot, sn]];
  }],
  ['closure device UDI', (d) => {
    const udi = d.udi();
    return [`Closure: ${d.pick(['Angio-Seal VIP 6F', 'Perclose ProGlide', 'MynxGrip 6F/7F', 'Celt ACD'])}, UDI ${udi}. Hemostasis at ${d.time()}.`, [udi]];
  }],
  ['implant log table', (d) => {
    const l1 = d.lot(); const l2 = d.lot(); const sn = d.serial(); const ini = d.initials();
    return [`IMPLANT LOG\nItem                       Lot          Serial\nViabahn 6 x 100 mm         ${l1}     n/a\nPerclose ProGlide          ${l2}     n/a\nJetstream console          n/a          ${sn}\nRecorded by: ${ini}`, [l1, l2, sn, ini]];
  }],
  ['sheath pull nursing note', (d) => {
    const g = d.given(); const s = d.sur(); const rg = d.given();
    return [`Sheath pulled ${d.time()} by ${g} ${s}, RN; manual pressure 20 min, groin soft, DP/PT dopplerable. Pt's ${d.relation()} ${rg} at bedside and updated.`, [g, s, rg]];
  }],
  ['angiography consent and witness', (d) => {
    const p = d.person(); const dt = d.mdy(); const wg = d.given(); const ws = d.sur();
    return [`I, ${written(p)}, consent to angiography of the ${d.side()} leg with possible angioplasty, stent or atherectomy. Signed ${dt} ${d.time()}. Witness: ${wg} ${ws}.`, [...nameParts(p), dt, wg, ws]];
  }],
  ['post-angiogram discharge instructions', (d) => {
    const [ph, p] = d.phone(); const s = d.sur(); const w = d.weekday(); const md = d.monDay();
    return [`No lifting over 10 lb for 5 days. Call ${ph} for groin swelling or a cold foot. Follow up with Dr. ${s} ${w}, ${md}, with an arterial duplex.`, [p, s, w, md]];
  }],
  ['radiation dose and C-arm serial', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Fluoro ${d.int(4, 38)}.${d.int(0, 9)} min, air kerma ${d.int(90, 900)} mGy, contrast ${d.int(30, 140)} mL. C-arm serial ${sn}. Tech: ${g} ${s}, RT(R).`, [sn, g, s]];
  }],
  ['vendor representative in room', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.vendorId();
    return [`${d.pick(MAKERS)} representative ${g} ${s} present for device support (vendor credential #${v}); did not scrub.`, [g, s, v]];
  }],
  // carotid endarterectomy and bypass
  ['CEA operative report header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const sg = d.given(); const ss = d.sur(); const ag = d.given(); const as = d.sur(); const ng = d.given(); const ns = d.sur(); const h = d.hospital();
    return [`OPERATIVE REPORT\nPatient: ${listed(p)}   MRN: ${mrn}\nDate of surgery: ${dt}\nSurgeon: ${sg} ${ss}, MD\nAssistant: ${ag} ${as}, MD (resident)\nAnesthesia: ${ng} ${ns}, MD, general endotracheal\nFacility: ${h}\nProcedure: ${d.side()} carotid endarterectomy with patch angioplasty`, [...listedParts(p), mrn, dt, sg, ss, ag, as, ng, ns, h]];
  }],
  ['CEA patch lot and EEG tech', (d) => {
    const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`Bovine pericardial patch (${d.pick(['XenoSure', 'Vascu-Guard', 'PhotoFix'])}) 1 x 6 cm, lot ${lot}, sewn with 6-0 Prolene. EEG unchanged throughout, monitored by ${g} ${s}, R. EEG T.; no shunt required.`, [lot, g, s]];
  }],
  ['bypass graft lot and serial', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`A 6 mm ringed PTFE graft (Gore Propaten), lot ${lot}, serial ${sn}, was tunneled subsartorially from the common femoral to the above-knee popliteal artery.`, [lot, sn]];
  }],
  ['vein conduit and pathology number', (d) => {
    const pn = d.pathNo(); const md = d.slashMd();
    return [`Ipsilateral GSV harvested, ${d.int(3, 5)} mm, reversed. Plaque from the CFA sent to pathology as ${pn} on ${md}.`, [pn, md]];
  }],
  ['dictation footer', (d) => {
    const a = d.initials(); const b = d.initials(); const dd = d.mdy(); const td = d.mdy(); const job = d.digitString(7); const pc = d.pcpPractice();
    return [`${a}/${b}\nD: ${dd} ${d.time()}\nT: ${td} ${d.time()}\nJob #: ${job}\ncc: ${pc}`, [a, b, dd, td, job, pc]];
  }],
  ['post-op check on weekday', (d) => {
    const w = d.weekday(); const s = d.sur(); const g = d.given();
    return [`POD ${d.int(1, 3)} (${w}): neuro intact, no neck hematoma, BP ${d.int(110, 150)}/${d.int(60, 88)}. Seen with Dr. ${s}. Pt's ${d.relation()} ${g} will stay with the patient for the first week.`, [w, s, g]];
  }],
  ['EVAR surveillance letter', (d) => {
    const p = d.person(); const my = d.monthYear(); const dt = d.date();
    return [`Dear ${d.title()} ${p.sur}: your EVAR surveillance CT is due. Your last scan was in ${my}; please call us to schedule before ${dt}.`, [p.sur, my, dt]];
  }],
  ['blood bank armband and specimen', (d) => {
    const arm = d.armband(); const sp = `${d.letters(1)}${d.digitString(8)}`; const md = d.monDay();
    return [`Type and crossmatch 2 units PRBC; blood bank armband ${arm}, specimen ${sp} drawn ${d.time()} ${md}.`, [arm, sp, md]];
  }],
  // wounds and amputations
  ['wound center visit', (d) => {
    const wc = d.woundCenter(); const g = d.given(); const s = d.sur(); const o = d.nth();
    return [`Seen at ${wc} by ${g} ${s}, CWS. Left heel ulcer ${d.int(1, 5)}.${d.int(0, 9)} x ${d.int(1, 4)}.${d.int(0, 9)} cm, ${d.int(4, 9)}0% granulation; sharp debridement. Next visit on the ${o}.`, [wc, g, s, o]];
  }],
  ['wound photo link', (d) => {
    const md = d.monDay(); const url = d.photoUrl();
    return [`Serial wound photos of ${md} uploaded for the surgeon's review: ${url}`, [md, url]];
  }],
  ['amputation follow-up with prosthetist', (d) => {
    const pr = d.prosthetics(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`${d.side()} BKA healed, staples out. Referred to ${pr}; prosthetist ${g} ${s} (${ph}) will cast ${w}.`, [pr, g, s, p, w]];
  }],
  ['prosthesis delivery and serial', (d) => {
    const dt = d.date(); const sn = d.serial();
    return [`Prosthesis delivered ${dt}: ${d.pick(['Genium X3 knee', 'C-Leg 4 knee', 'Proprio foot', 'Pro-Flex foot', 'Rheo knee'])}, serial ${sn}; gait training ordered.`, [dt, sn]];
  }],
  ['hyperbaric referral fax', (d) => {
    const h = d.hospital(); const [fx, p] = d.phone(); const md = d.slashMd();
    return [`Referred to ${h} hyperbaric medicine for a Wagner 3 ulcer; records faxed to ${fx} on ${md}.`, [h, p, md]];
  }],
  ['home health wound order', (d) => {
    const hh = d.homeHealth(); const soc = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Home health: ${hh}, start of care ${soc}. Nurse ${g} ${s} (${ph}) to do wet-to-dry dressings daily and report signs of infection.`, [hh, soc, g, s, p]];
  }],
  ['rehab facility discharge', (d) => {
    const rf = d.rehab(); const dt = d.date();
    return [`Discharged to ${rf} for PT/OT after ${d.side()} transmetatarsal amputation on ${dt}; non-weight-bearing for 4 weeks.`, [rf, dt]];
  }],
  ['wound culture result call', (d) => {
    const acc = d.accession(); const g = d.given(); const w = d.weekday();
    return [`Wound culture (accession ${acc}) grew MRSA; ${g} from the microbiology lab called ${w} at ${d.time()}. Doxycycline started.`, [acc, g, w]];
  }],
  ['amputation declined over 89', (d) => {
    const n = d.ageOver89(); const md = d.monDay();
    return [`${n} y/o with dry gangrene of the ${d.side()} second toe; family declines amputation, comfort-focused plan documented ${md}.`, [n, md]];
  }],
  // compression stockings and DME
  ['compression stocking prescription', (d) => {
    const p = d.person(); const dob = d.dob(); const sup = d.dme(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`PRESCRIPTION: GRADUATED COMPRESSION STOCKINGS\nPatient: ${written(p)}   DOB: ${dob}\nDx: I87.2 venous insufficiency\nItem: A6531 knee-high 30-40 mmHg, 2 pairs, bilateral\nSupplier: ${sup}\nPrescriber: ${g} ${s}, NP   Date: ${dt}`, [...nameParts(p), dob, sup, g, s, dt]];
  }],
  ['DME fax cover', (d) => {
    const sup = d.dme(); const [fx, f] = d.phone(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const ord = d.digitString(d.int(6, 8));
    return [`FAX COVER\nTo: ${sup}\nFax: ${fx}   Phone: ${ph}\nAttn: ${g} ${s}, intake\nRe: order #${ord}, signed detailed written order and last two visit notes enclosed`, [sup, f, p, g, s, ord]];
  }],
  ['DME delivery ticket', (d) => {
    const st = d.streetUnit(); const t = d.town(); const z = d.zip(); const tk = d.digitString(8); const g = d.given(); const md = d.slashMd();
    return [`Delivered ${md}: pneumatic compression pump E0652 to ${st}, ${t} ${z}; delivery ticket ${tk}, signed for by ${d.relation()} ${g}.`, [md, st, t, z, tk, g]];
  }],
  ['pump prior authorization', (d) => {
    const mem = d.memberId(); const pa = d.priorAuth(); const a = d.date(); const b = d.date();
    return [`Prior auth approved for the lymphedema pump: member ID ${mem}, auth ${pa}, valid ${a} through ${b}.`, [mem, pa, a, b]];
  }],
  ['stocking fitter measurement', (d) => {
    const g = d.given(); const s = d.sur(); const sup = d.dme(); const md = d.monDay();
    return [`Measured by certified fitter ${g} ${s} at ${sup} on ${md}: ankle ${d.int(19, 29)} cm, calf ${d.int(31, 48)} cm, floor to knee ${d.int(38, 46)} cm.`, [g, s, sup, md]];
  }],
  ['denied claim appeal', (d) => {
    const cl = d.claim(); const dt = d.date(); const mem = d.memberId();
    return [`Claim ${cl} for the RFA of ${dt} denied (no documented trial of compression). Appeal sent with stocking receipts; member ${mem}.`, [cl, dt, mem]];
  }],
  // anticoagulation clinic
  ['anticoagulation clinic call', (d) => {
    const p = d.person(); const w = d.weekday(); const [ph, pp] = d.phone();
    return [`ANTICOAG CLINIC CALL: ${written(p)}, home INR 3.${d.int(2, 9)} (goal 2-3). Warfarin 5 mg: hold tonight, then 2.5 mg daily; recheck ${w}. Reached at ${ph}.`, [...nameParts(p), w, pp]];
  }],
  ['INR log table', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd(); const w = d.weekday();
    return [`INR LOG\n${a}    2.1    5 mg daily\n${b}    3.6    hold x1, then 4 mg\n${c}    2.7    4 mg daily\nNext check: ${w}`, [a, b, c, w]];
  }],
  ['home INR meter serial', (d) => {
    const sn = d.serial(); const acct = d.account();
    return [`Home INR meter (CoaguChek XS) serial ${sn}; test strips billed by the monitoring service, account ${acct}.`, [sn, acct]];
  }],
  ['anticoagulant refill and Rx number', (d) => {
    const ph = d.pharmacy(); const [tel, p] = d.phone(); const rx = d.rxNo();
    return [`${d.pick(['Eliquis 5 mg', 'Xarelto 2.5 mg', 'warfarin 5 mg'])} refill sent to ${ph}, tel ${tel}, Rx #${rx}; pt has 3 days left.`, [ph, p, rx]];
  }],
  ['holiday INR rescheduled', (d) => {
    const hd = d.holiday(); const md = d.monDay();
    return [`Anticoag clinic closed ${hd}; INR moved to ${md}. Pt aware and will keep greens steady over the holiday.`, [hd, md]];
  }],
  ['bridging plan', (d) => {
    const dt = d.date(); const w = d.weekday(); const s = d.sur();
    return [`Bridging: last warfarin dose ${dt}; enoxaparin 1 mg/kg BID from ${w}; procedure with Dr. ${s}; resume warfarin the evening after.`, [dt, w, s]];
  }],
  // vein clinic cosmetic consults
  ['cosmetic financial agreement', (d) => {
    const pr = d.veinPractice(); const p = d.person(); const dt = d.date(); const wg = d.given(); const ws = d.sur();
    return [`FINANCIAL AGREEMENT: COSMETIC SCLEROTHERAPY\n${pr}\nI, ${written(p)}, understand that sclerotherapy of spider veins is cosmetic and not covered by insurance. Fee: $${d.int(35, 45)}0 per session, due at the time of service.\nSigned: ${dt}   Witness: ${wg} ${ws}`, [pr, ...nameParts(p), dt, wg, ws]];
  }],
  ['financing account and receipt', (d) => {
    const fa = d.financeAcct(); const md = d.monDay(); const rc = d.receipt();
    return [`Paid $${d.int(3, 9)}${d.int(0, 9)}0 via CareCredit, account ${fa}, on ${md}; receipt ${rc} given. Balance $0.`, [fa, md, rc]];
  }],
  ['photo consent and e-mail', (d) => {
    const em = d.email();
    return [`Before and after photos consented (legs only, no face); copies e-mailed to ${em}. Not for use on the practice website.`, [em]];
  }],
  ['sclerotherapy text reminder', (d) => {
    const pr = d.veinPractice(); const w = d.weekday(); const md = d.monDay(); const st = d.streetUnit();
    return [`Reminder from ${pr}: sclerotherapy ${w} ${md} at ${d.time()}, ${st}. Wear shorts; no lotion on the legs. Reply C to confirm.`, [pr, w, md, st]];
  }],
  ['insurance versus cosmetic split', (d) => {
    const mem = d.memberId(); const my = d.monthYear();
    return [`Symptomatic GSV reflux (CEAP C2s) billed to insurance, member ID ${mem}; spider veins (C1) self-pay. Compression trial since ${my}.`, [mem, my]];
  }],
  ['late cancellation fee', (d) => {
    const s = d.sur(); const dt = d.date(); const acct = d.account();
    return [`${d.title()} ${s} cancelled the ${dt} visit with less than 24 hours' notice; $50 fee posted to account ${acct}.`, [s, dt, acct]];
  }],
  // referral letters
  ['PCP referral letterhead', (d) => {
    const pc = d.pcpPractice(); const st = d.streetUnit(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, f] = d.phone();
    return [`${pc}\n${st}\n${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}`, [pc, st, t, z, p, f]];
  }],
  ['referral letter body', (d) => {
    const dt = d.date(); const s = d.sur(); const p = d.person(); const dob = d.dob();
    return [`${dt}\n\nDear Dr. ${s},\n\nI am referring ${written(p)} (DOB ${dob}) for evaluation of a nonhealing left shin ulcer and absent pedal pulses. ABI in our office was 0.${d.int(40, 69)}.`, [dt, s, ...nameParts(p), dob]];
  }],
  ['referral letter signature', (d) => {
    const g = d.given(); const s = d.sur(); const pc = d.pcpPractice(); const em = d.workEmail(g, s, pc);
    return [`Sincerely,\n\n${g} ${s}, MD\n${pc}\n${em}`, [g, s, pc, em]];
  }],
  ['e-fax referral confirmation', (d) => {
    const id = d.referralId(); const [fx, p] = d.phone(); const dt = d.date();
    return [`eFax confirmation: referral ${id}, ${d.int(4, 12)} pages to ${fx}, delivered ${dt} ${d.time()}.`, [id, p, dt]];
  }],
  ['consult letter back to PCP', (d) => {
    const s = d.sur(); const ps = d.sur(); const dt = d.date();
    return [`Dear Dr. ${s}: Thank you for referring ${d.title()} ${ps}, whom I saw on ${dt} for ${d.side()} calf claudication at ${d.int(1, 3)} blocks.`, [s, ps, dt]];
  }],
  // transportation and home health coordination
  ['wheelchair van booking', (d) => {
    const tc = d.transport(); const trip = d.trip(); const st = d.streetUnit(); const t = d.town(); const w = d.weekday(); const md = d.monDay();
    return [`Wheelchair van booked with ${tc}, trip #${trip}: pickup at ${st}, ${t} at ${d.time()} ${w} ${md} for the fistulogram; return is on call.`, [tc, trip, st, t, w, md]];
  }],
  ['van no-show and plate', (d) => {
    const tc = d.transport(); const g = d.given(); const pl = d.plate();
    return [`Ride no-show: ${tc} driver ${g} (van plate ${pl}) went to the wrong entrance; pt missed the 9:00 duplex and was rebooked.`, [tc, g, pl]];
  }],
  ['home health face-to-face', (d) => {
    const dt = d.date(); const hh = d.homeHealth(); const [fx, f] = d.phone();
    return [`Face-to-face encounter for home health certification ${dt}: homebound after BKA, needs skilled wound care. Agency: ${hh}, fax ${fx}.`, [dt, hh, f]];
  }],
  ['disability placard and license', (d) => {
    const md = d.monDay(); const pl = d.placard(); const dl = d.driversLicense();
    return [`Disabled parking placard form signed ${md}; placard #${pl}; driver's license ${dl} copied for the DMV form.`, [md, pl, dl]];
  }],
  ['face sheet address and contacts', (d) => {
    const st = d.streetUnit(); const t = d.town(); const z = d.zip(); const [h, hp] = d.phone(); const [c, cp] = d.phone(); const g = d.given(); const s = d.sur(); const [e, ep] = d.phone();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nHome: ${h}   Cell: ${c}\nEmergency contact: ${g} ${s} (${d.relation()}) ${e}`, [st, t, z, hp, cp, g, s, ep]];
  }],
  ['insurance subscriber', (d) => {
    const mem = d.memberId(); const g = d.given(); const s = d.sur(); const dob = d.dob(1935, 1985);
    return [`Primary: ${d.pick(['Humana Medicare Advantage', 'Aetna', 'UnitedHealthcare', 'Anthem'])}, member ${mem}\nSubscriber: ${g} ${s} (${d.relation()})   DOB ${dob}`, [mem, g, s, dob]];
  }],
];

/** The names of the wave's frames. */
export const vascularFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function vascularWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 18329, rounds);
}

/** Look-alikes in vascular practice style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, named signs, syndromes, tests and anatomy
  ['Rutherford category 5 tissue loss, left foot.', 'Rutherford'], ['Fontaine stage IIb claudication.', 'Fontaine stage IIb'],
  ['Homans sign negative bilaterally.', 'Homans'], ['Allen test normal on the left.', 'Allen test'], ['May-Thurner anatomy suspected on CT venogram.', 'May-Thurner'],
  ['Leriche syndrome with buttock claudication.', 'Leriche'], ['Takayasu arteritis on prednisone.', 'Takayasu'], ['Buerger disease, active smoker.', 'Buerger'],
  ["Raynaud's phenomenon of the fingers.", "Raynaud's"], ['Klippel-Trenaunay syndrome, right leg.', 'Klippel-Trenaunay'], ['Brescia-Cimino fistula, left wrist.', 'Brescia-Cimino'],
  ['Trendelenburg test positive.', 'Trendelenburg'], ["Baker's cyst in the popliteal fossa, 3.1 cm.", "Baker's cyst"], ["Hunter's canal stenosis.", "Hunter's canal"],
  ['Dodd perforator incompetent.', 'Dodd perforator'], ['Cockett perforators of the medial calf.', 'Cockett perforators'], ['Giacomini vein refluxes.', 'Giacomini vein'],
  ['Seldinger technique with a micropuncture needle.', 'Seldinger technique'], ['Fogarty embolectomy catheter, 4 Fr.', 'Fogarty'], ['Marfan syndrome in the family.', 'Marfan'],
  ['Ehlers-Danlos type IV (vascular).', 'Ehlers-Danlos'], ["Virchow's triad reviewed.", "Virchow's triad"],
  ["Scarpa's fascia closed with 2-0 Vicryl.", "Scarpa's fascia"], ['Doppler signals biphasic at the DP.', 'Doppler'], ['Superficial femoral artery occluded.', 'Superficial femoral artery'],
  ['Greater saphenous vein harvested.', 'Greater saphenous vein'], ['Peroneal artery reconstitutes at the ankle.', 'Peroneal artery'], ['Circle of Willis intact on CTA.', 'Circle of Willis'],
  // scales, stages and criteria
  ['CEAP C4a, Ep As Pr.', 'CEAP C4a'], ['Villalta score 9 at six months.', 'Villalta score 9'], ['Wells score 2, DVT likely.', 'Wells score 2'],
  ['Caprini score 6, high risk.', 'Caprini score 6'], ['WIfI stage 3 (W2 I2 fI1).', 'WIfI stage 3'], ['TASC II D lesion of the SFA.', 'TASC II D'], ['GLASS stage III.', 'GLASS stage III'],
  ['NASCET 70% stenosis.', 'NASCET'], ['50-69% stenosis by SRU consensus criteria.', '50-69%'], ['Wagner grade 3 ulcer.', 'Wagner grade 3'], ['PUSH score 9.', 'PUSH score 9'],
  ['NIHSS 0 post-op.', 'NIHSS 0'], ['ASA 3 per anesthesia.', 'ASA 3'], ['Rule of 6s met at 6 weeks.', 'Rule of 6s'],
  // hemodynamic and lab values
  ['Ankle-brachial index 0.58 on the right.', '0.58'], ['TBI 0.41 left great toe.', 'TBI 0.41'], ['PSV 312 cm/s in the proximal ICA.', '312 cm/s'],
  ['ICA/CCA ratio 4.2.', 'ICA/CCA ratio 4.2'], ['EDV 128 cm/s.', 'EDV 128 cm/s'], ['Reflux time 2.4 seconds at the SFJ.', '2.4 seconds'], ['Cephalic vein 3.2 mm at the wrist.', '3.2 mm'],
  ['Access flow (Qa) 480 mL/min.', '480 mL/min'], ['Kt/V 1.4 this month.', 'Kt/V 1.4'], ['TcPO2 22 mmHg at the forefoot.', 'TcPO2 22 mmHg'], ['Toe pressure 38 mmHg.', '38 mmHg'],
  ['INR 2.6 today, in range.', 'INR 2.6'], ['Goal INR 2-3.', 'Goal INR 2-3'], ['Creatinine 1.8, eGFR 38.', 'eGFR 38'],
  ['BP 148/82 right arm, 132/76 left.', '148/82'],
  // procedure settings
  ['Fluoro time 14.2 min.', '14.2 min'], ['Contrast 85 mL Visipaque.', '85 mL'], ['Air kerma 412 mGy.', '412 mGy'], ['ACT 268 seconds.', 'ACT 268'],
  ['6 Fr sheath, right CFA retrograde.', '6 Fr sheath'], ['5 x 120 mm balloon at 8 atm for 3 minutes.', '5 x 120 mm'], ['Compression 20-30 mmHg knee-high.', '20-30 mmHg'],
  ['Class II thigh-high, open toe.', 'Class II'], ['Wound 2.1 x 1.4 x 0.3 cm, 80% granulation.', '2.1 x 1.4 x 0.3 cm'], ['EBL 150 mL.', 'EBL 150 mL'], ['0.035 inch Glidewire.', '0.035 inch'],
  // drugs
  ['Apixaban (Eliquis) 5 mg twice daily.', 'Eliquis'], ['Rivaroxaban (Xarelto) 2.5 mg BID with aspirin.', 'Xarelto'], ['Clopidogrel 75 mg daily for 3 months.', 'Clopidogrel'],
  ['Cilostazol (Pletal) 100 mg BID.', 'Pletal'], ['Warfarin 5 mg Mon/Wed/Fri, 2.5 mg other days.', 'Warfarin'], ['Coumadin held for 5 days.', 'Coumadin'],
  ['Enoxaparin (Lovenox) bridge 1 mg/kg.', 'Lovenox'], ['Heparin 5,000 units IV bolus.', 'Heparin'], ['Atorvastatin 80 mg nightly.', 'Atorvastatin'],
  ['Polidocanol 1% (Asclera) for spider veins.', 'Asclera'], ['Varithena foam to the GSV.', 'Varithena'], ['Vitamin K 2.5 mg PO.', 'Vitamin K'], ['Protamine 30 mg given.', 'Protamine'],
  // device brands and equipment
  ['Angio-Seal VIP 6F deployed.', 'Angio-Seal'], ['Perclose ProGlide x2 preclose.', 'Perclose ProGlide'], ['MynxGrip closure, hemostasis achieved.', 'MynxGrip'],
  ['Viabahn 6 x 100 mm stent graft.', 'Viabahn'], ['Zilver PTX drug-eluting stent.', 'Zilver PTX'], ['Supera 5.5 x 120 mm.', 'Supera'], ['Lutonix DCB 5 x 150.', 'Lutonix'],
  ['IN.PACT Admiral balloon.', 'IN.PACT Admiral'], ['Jetstream atherectomy.', 'Jetstream'], ['ClosureFast catheter, 7 cm segments.', 'ClosureFast'], ['VenaSeal cyanoacrylate closure.', 'VenaSeal'],
  ['Jobst Opaque knee-high.', 'Jobst'], ['Sigvaris 20-30 thigh-high.', 'Sigvaris'], ['Circaid Juxtafit wrap ordered.', 'Circaid Juxtafit'], ['Unna boot applied.', 'Unna boot'],
  ['Wound VAC at 125 mmHg continuous.', 'Wound VAC'], ['Gore Propaten 6 mm graft.', 'Gore Propaten'], ['Dacron patch angioplasty.', 'Dacron'], ['Pruitt-Inahara shunt available.', 'Pruitt-Inahara'],
  ['Philips EPIQ 7 scanner.', 'Philips EPIQ 7'], ['Ellipsys percutaneous AVF.', 'Ellipsys'], ['Flexitouch pneumatic pump.', 'Flexitouch'], ['CoaguChek XS meter.', 'CoaguChek XS'],
  ['Stent graft REF VBX061002A.', 'REF VBX061002A'],
  // procedures
  ['Left carotid endarterectomy with patch.', 'carotid endarterectomy'], ['Right fem-pop bypass above knee.', 'fem-pop bypass'], ['TCAR performed.', 'TCAR'],
  ['EVAR for a 5.8 cm AAA.', 'EVAR'], ['Radiofrequency ablation of the right GSV.', 'Radiofrequency ablation'], ['Ambulatory phlebectomy, 12 stab incisions.', 'Ambulatory phlebectomy'],
  ['Left brachiocephalic AV fistula creation.', 'brachiocephalic AV fistula'], ['Fistulogram with angioplasty of the outflow.', 'Fistulogram'],
  ['Transmetatarsal amputation healed.', 'Transmetatarsal amputation'], ['Below-knee amputation, left.', 'Below-knee amputation'],
  // codes
  ['CPT 93880 bilateral carotid duplex.', '93880'], ['CPT 37224 fem-pop angioplasty.', '37224'], ['ICD-10 I70.213 claudication.', 'I70.213'], ['N18.6 ESRD on dialysis.', 'N18.6'],
  ['Z99.2 dependence on dialysis.', 'Z99.2'], ['HCPCS A6531 gradient compression stocking.', 'A6531'], ['L5301 below-knee prosthesis.', 'L5301'], ['E0651 pneumatic compressor.', 'E0651'],
  // national bodies, programs and chains named alone
  ['IAC-accredited vascular lab.', 'IAC'], ['Per SVS guidelines.', 'SVS'], ['KDOQI 2019 vascular access guideline.', 'KDOQI'], ['CMS competitive bidding.', 'CMS'],
  ['Fistula First initiative.', 'Fistula First'], ['FDA letter on paclitaxel devices.', 'FDA'], ['Medicare Part B covers the stockings only with an ulcer.', 'Medicare Part B'],
  ['ARDMS registry current.', 'ARDMS'], ['AHA/ACC PAD guideline.', 'AHA/ACC'], ['Dialyzes at DaVita.', 'DaVita'], ['Fresenius Kidney Care unit.', 'Fresenius Kidney Care'],
  ['Prescription sent to CVS.', 'CVS'], ['Apria delivered the pump.', 'Apria'], ['Hanger Clinic for the prosthetic fitting.', 'Hanger Clinic'], ['Medtronic rep present.', 'Medtronic'],
  // generic places, relations and roles without names
  ['Seen in the vascular lab.', 'vascular lab'], ['Sent to the cath lab.', 'cath lab'], ['Hybrid OR booked.', 'Hybrid OR'], ['Follows at the wound center weekly.', 'wound center'],
  ['Dialysis unit notified.', 'Dialysis unit'], ['Anticoagulation clinic will call.', 'Anticoagulation clinic'], ['Daughter drives her to dialysis.', 'Daughter'],
  ['The sonographer noted poor windows.', 'sonographer'], ['Nephrologist agrees with the plan.', 'Nephrologist'], ['Home health nurse to change dressings.', 'Home health nurse'],
  ['PCP to manage diabetes.', 'PCP'], ['Prosthetist to cast next week.', 'Prosthetist'], ['Charge nurse at the unit aware.', 'Charge nurse'],
  // ages, years, counts, durations and standing schedules
  ['78-year-old man with rest pain.', '78'], ['89-year-old woman, lives alone.', '89'], ['CEA in 2016.', '2016'], ['Two-vessel runoff to the foot.', 'Two-vessel runoff'],
  ['Follow up in 6 months with a duplex.', '6 months'], ['Stockings on 14 hours a day.', '14 hours'], ['Dialyzes Tue/Thu/Sat.', 'Tue/Thu/Sat'],
  // everyday words that are also names or towns
  ['Hope to avoid a major amputation.', 'Hope'], ['Will return in 3 months.', 'Will'], ['Stone removed from the left kidney in the past.', 'Stone'],
  ['Patience with wound healing discussed.', 'Patience'], ['Rocky course after the bypass.', 'Rocky'], ['Bill sent to the secondary insurance.', 'Bill'],
  ['Mark the vein with a skin marker.', 'Mark'], ['Walks up the hill to the mailbox.', 'hill'], ['Independence with transfers.', 'Independence'],
  ['Faith is important to her; chaplain visited.', 'Faith'],
];

export const vascularKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedVascularKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(vascularKeepCases(), find);

export function scoreVascularWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => vascularWaveCases(seed)), find);
}
