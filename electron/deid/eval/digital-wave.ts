// A blind wave of the digital side of a chart as it gets pasted into notes: telehealth visit notes (Zoom, Teams and
// doxy.me links with meeting IDs and passcodes, the phone number of an audio-only connection, where the patient and the
// provider were), patient portal messages and their headers (usernames, account IDs, activation codes, proxy access),
// remote patient monitoring (BP cuffs, glucometers, CGM transmitters, pulse oximeters and scales with their serials,
// gateway IMEIs, Bluetooth MAC addresses, app user IDs, vendor alerts), implanted and home devices (pacemaker, ICD and
// loop recorder serials and their home monitors, insulin pumps, CPAP serials and modem IDs, home oxygen concentrators,
// VAD controllers), wearables (Apple Health, Fitbit and Garmin exports with device names like "Maria's iPhone"), EHR
// access and audit log excerpts (user IDs, workstation and host names, IPv4 and IPv6 addresses, ISO and compact
// timestamps), e-prescribing confirmations (pharmacy store and address, Rx and message numbers, prescriber NPI and
// DEA), fax server headers, e-mail headers, URLs with patient identifiers in their query strings, wristband barcode and
// QR payloads, file paths with patient names, biometric enrolment IDs, DICOM header dumps and HL7 v2 segments, in mixed
// case, ALL CAPS and lower case. Written without reading the engine's rules or any gold data. `scoreDigitalWave`.
// Decisions: a URL that belongs to a person or a visit (a meeting link, a doxy.me room, a portal or image-share link
// carrying a patient ID or token) is planted whole, a public site's URL (cdc.gov, uptodate.com) is kept; a meeting ID
// and its passcode, a conference ID, a portal username, account ID and activation code, an app user ID, a device's
// serial, IMEI, MAC address, modem ID, unit ID and a transmitter ID are planted, its maker, model, firmware and
// software version are kept; a workstation or host name ('WS-ICU-0423') is planted whole, as are user IDs, IPv4 and
// IPv6 addresses (a port is kept); in an ISO timestamp ('2021-03-04T14:32:07Z') and in a compact HL7 or DICOM timestamp
// ('20210304143207') only the date is planted, the time next to a date is kept; an RFC e-mail date ('Thu, 04 Mar 2021')
// is planted with its weekday; in a device name ("Maria's iPhone") the given name is planted, the possessive and the
// device word are not; in 'DOE^JANE^A' (HL7, DICOM) the surname and the given name are planted, the middle initial is
// not; a weekday is a date element and is planted, even when it recurs ('every Tuesday night'); in a file name the user
// folder, the name parts and the date are planted, each alone; a pharmacy's store number and its street address, town
// and ZIP are planted, the chain's name and the state are kept; a hospital is planted whole with its kind word; a DICOM
// UID and an HL7 message control ID are planted; a biometric enrolment or template ID is planted; a prescriber's NPI
// and DEA number are planted; a phone's leading '(' or '+1' need not be covered; credentials ('MD', 'RN') are kept.
// Kept (look-alikes): device makers, models, firmware and software versions (iOS 17.2, Dexcom G7, Medtronic 780G,
// watchOS 10.1), platform names (Zoom, Epic, MyChart, CareLink, AirView), public URLs and domains, standard ports,
// protocols and ciphers, HL7 segment and message type names (PID, OBX, MSH, ORU^R01), HL7 versions, DICOM tag numbers
// and modality codes, LOINC, SNOMED, CPT, ICD and NDC codes, CPAP, pump and pacemaker settings (IPAP 12, EPAP 6, AHI
// 4.2, DDD 60 ppm), vital signs, lab values, CGM metrics, doses, battery percentages, signal strengths, impedances,
// times alone, years alone, ages of 89 and under, relations without names, everyday words that are also
// names used as words, and generic words (the app, the portal, the cuff, the hub).
// Measured before rules: 0.831 recall on seeds 5, 11, 23 (3081/3708), 0.832 on fresh seeds 41, 42, 43 (3086/3708); 7/82
// look-alikes touched ("Dexcom G7", "FreeStyle Libre 3", "AirView", "https://www.cdc.gov/diabetes/", "uptodate.com",
// "heart.org", an error code "0x80070005").
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as deAt } from '@faker-js/faker/locale/de_AT';
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, au, za, ng, es, deAt, da, fi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Summer', 'Autumn', 'Crystal', 'Ginger', 'Candy', 'Misty', 'Storm', 'River', 'Forrest', 'Rocky', 'Buck', 'Bud', 'Chase', 'Hunter', 'Lance', 'Max', 'Miles', 'Pearl', 'Ruby', 'Ray', 'Guy', 'Gale', 'Robin', 'Cliff', 'Drew', 'Mercy', 'Patience'];
const WORD_SUR = ['Price', 'Church', 'Parsons', 'Baker', 'Cook', 'Fisher', 'Hunter', 'Shepherd', 'Walker', 'Wall', 'Waters', 'Gates', 'Lane', 'Street', 'Banks', 'Bridges', 'Fields', 'Rivers', 'Stone', 'Steel', 'Irons', 'Coffee', 'Sugar', 'Sweet', 'Love', 'Best', 'Goodman', 'Friend', 'Major', 'Noble', 'Savage', 'Wise', 'Swift', 'Moss', 'Pike', 'Crane'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Independence', 'Commerce', 'Industry', 'Enterprise', 'Progress', 'Opportunity', 'Paradise', 'Eden', 'Hope', 'Truth or Consequences', 'Plain', 'Sterling', 'Cairo', 'Athens', 'Lebanon', 'Canton', 'Marion', 'Jackson', 'Madison', 'Franklin', 'Clayton', 'Winchester', 'Beaver', 'Eagle', 'Buffalo', 'Elk', 'Orange', 'Pearl', 'Ruby', 'Mars', 'Venus', 'Dime Box', 'Accident', 'Boring', 'Protection', 'Welcome'];
const REAL_TOWNS = ['Ashtabula', 'Chillicothe', 'Kalamazoo', 'Oshkosh', 'Sheboygan', 'Muncie', 'Terre Haute', 'Paducah', 'Bowling Green', 'Dubuque', 'Ottumwa', 'Mankato', 'Bemidji', 'Minot', 'Kearney', 'Hutchinson', 'Joplin', 'Texarkana', 'Hattiesburg', 'Tupelo', 'Dothan', 'Valdosta', 'Florence', 'Spartanburg', 'Beckley', 'Altoona', 'Scranton', 'Elmira'];
const STATES = ['OH', 'MI', 'WI', 'IN', 'KY', 'IA', 'MN', 'ND', 'NE', 'KS', 'MO', 'AR', 'MS', 'AL', 'GA', 'SC', 'WV', 'PA', 'NY'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'General Hospital', 'Health Center', 'Medical Center', 'Heart Institute'];
const SAINTS = ['Luke', 'Mary', 'Elizabeth', 'Joseph', 'Francis', 'Vincent', 'Anthony', 'Catherine', 'Alphonsus'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Oak', 'Pleasant', 'Church', 'High', 'Water', 'School', 'Park', 'Prospect', 'Spring', 'Mill', 'Walnut', 'Cherry', 'Ridge', 'Lake', 'Hillcrest', 'Sunset', 'Meadow'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Dr', 'Drive', 'Ct', 'Blvd', 'Way'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIVES = ['daughter', 'son', 'wife', 'husband', 'granddaughter', 'niece', 'caregiver', 'sister', 'partner'];
const HANDLE_WORDS = ['sunflower', 'bluebird', 'gardengal', 'fishingpro', 'mamabear', 'grandpajoe', 'redsox', 'cowgirl', 'bookworm', 'hotrod', 'lakelife', 'quilter', 'buckeye', 'tigerlily', 'deerhunter'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'aol.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'comcast.net', 'att.net'];
const UNITS = ['ICU', 'ED', '4W', '5E', 'ONC', 'PACU', 'LD', 'NICU', 'CATH', 'RAD', 'PHARM', 'HIM'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const HEX = '0123456789ABCDEF';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A middle initial, without its full stop (as HL7 and DICOM carry it). */
  override mi(): string {
    return this.pick([...UPPER]);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)} ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  street(): string {
    const name = this.r() < 0.6 ? this.pick(STREET_WORDS) : this.sur();
    return `${this.int(2, 9899)} ${name} ${this.pick(STREET_KINDS)}`;
  }
  zip(): string {
    return String(this.int(10001, 99950)).padStart(5, '0');
  }
  alnum(n: number): string {
    return this.lettersOf(ALNUM, n);
  }
  hex(n: number): string {
    return this.lettersOf(HEX, n);
  }
  token(n: number): string {
    return this.lettersOf(B64, n);
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** yyyy-mm-dd. */
  iso(): string {
    const [m, d] = this.md();
    return `${this.year()}-${pad2(m)}-${pad2(d)}`;
  }
  /** yyyymmdd (HL7, DICOM, file names). */
  compact(lo = 2016, hi = 2025): string {
    const [m, d] = this.md();
    return `${this.int(lo, hi)}${pad2(m)}${pad2(d)}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  hms(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms software and people write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    switch (this.int(0, 7)) {
      case 0: return `${pad2(m)}/${pad2(d)}/${y}`;
      case 1: return `${m}/${d}/${pad2(y % 100)}`;
      case 2: return `${y}-${pad2(m)}-${pad2(d)}`;
      case 3: return `${MON[m - 1]!} ${d}, ${y}`;
      case 4: return `${d} ${MON[m - 1]!} ${y}`;
      case 5: return `${MONTHS[m - 1]!} ${d}, ${y}`;
      case 6: return `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
      default: return `${m}/${d}/${y}`;
    }
  }
  dob(lo = 1930, hi = 1995): string {
    const [m, d] = this.md();
    return `${pad2(m)}/${pad2(d)}/${this.int(lo, hi)}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' or '+1 ' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    const k = this.int(0, 4);
    if (k === 0) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (k === 1) return [`+1 ${a}-${b}-${c}`, `${a}-${b}-${c}`];
    if (k === 2) return [`${a}${b}${c}`, `${a}${b}${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`]);
    return [f, f];
  }
  /** A staff username ('jprice', 'JPRICE2') built from a name. */
  username(): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'smith';
    const k = this.int(0, 3);
    if (k === 0) return `${g.charAt(0)}${s}`;
    if (k === 1) return `${g.charAt(0)}${s}${this.int(1, 9)}`.toUpperCase();
    if (k === 2) return `${g}.${s}`;
    return `${s}${g.charAt(0)}`;
  }
  /** An employee or EHR user ID ('E104522', 'U38271'). */
  userId(): string {
    return this.r() < 0.5 ? `${this.pick(['E', 'U', 'X', 'T'])}${this.digitString(this.int(5, 6))}` : this.username();
  }
  /** A patient's own e-mail address: a handle word with digits, never the patient's name. */
  patientEmail(): string {
    return `${this.pick(HANDLE_WORDS)}${this.int(1, 99)}@${this.pick(MAIL_HOSTS)}`;
  }
  /** A staff e-mail address at a health system's domain. */
  staffEmail(): string {
    return `${this.username().toLowerCase()}@${this.pick(['mercyhealth.org', 'valleyclinic.com', 'uhsystem.org', 'riversidemed.net'])}`;
  }
  ipv4(): string {
    const first = this.pick([10, 172, 192, 68, 73, 24, 98, 107]);
    return `${first}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const g = (): string => this.hex(4).replace(/^0+(?=.)/, '').toLowerCase();
    return this.r() < 0.5 ? `2600:${g()}:${g()}:${g()}::${g()}` : `2001:db8:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  }
  mac(): string {
    const parts = Array.from({ length: 6 }, () => this.hex(2));
    return parts.join(this.r() < 0.8 ? ':' : '-');
  }
  imei(): string {
    return `35${this.digitString(13)}`;
  }
  workstation(): string {
    const k = this.int(0, 2);
    if (k === 0) return `WS-${this.pick(UNITS)}-${this.digitString(4)}`;
    if (k === 1) return `${this.letters(3)}${this.pick(UNITS)}${this.digitString(3)}`;
    return `PC${this.digitString(6)}`;
  }
  /** An app or cloud user ID (a GUID-like or numeric string). */
  appUserId(): string {
    return this.r() < 0.5 ? `${this.hex(8)}-${this.hex(4)}-${this.hex(4)}-${this.hex(4)}-${this.hex(12)}`.toLowerCase() : this.alnum(6);
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(8, 11));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 3) return `${this.digitString(4)}-${this.digitString(5)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
  }
  lot(): string {
    return this.r() < 0.5 ? `${this.digitString(4)}${this.letters(1)}${this.digitString(2)}` : this.digitString(this.int(6, 9));
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.pick(['CT', 'MR', 'US', 'DX'])}${pad2(this.int(16, 25))}${this.digitString(6)}` : this.digitString(this.int(8, 10));
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  /** A doctor's name with credentials: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    return [`${s}, ${g} MD`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // telehealth
  ['zoom link meeting ID and passcode', (d) => {
    const id = d.digitString(d.r() < 0.5 ? 10 : 11); const spaced = `${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`; const url = `https://${d.pick(['', 'us02web.', 'mercyhealth.'])}zoom.us/j/${id}?pwd=${d.token(32)}`; const pc = d.r() < 0.5 ? d.digitString(6) : d.token(6);
    return [`Video visit link: ${url}\nMeeting ID: ${spaced}\nPasscode: ${pc}`, [url, spaced, pc]];
  }],
  ['doxy.me room pt joined from home', (d) => { const room = `doxy.me/dr${asciiLetters(d.sur()) || 'smith'}`; const t = d.town(); return [`Pt joined from home via ${room}; provider located in the ${t} clinic.`, [room, t]]; }],
  ['audio-only visit connected by phone', (d) => {
    const [ph, p] = d.phone(); const t = d.town(); const h = d.hospital();
    return [`Video failed, converted to audio-only. Connected with pt by phone at ${ph}. Patient location: home, ${t}, ${d.state()}. Provider location: ${h}.`, [p, t, h]];
  }],
  ['telehealth visit header date', (d) => { const dt = d.date(); return [`TELEHEALTH VISIT (synchronous audio/video) - ${dt}\nStart 09:02  End 09:31  Total 29 min\nPlatform: Epic Video Client`, [dt]]; }],
  ['identity verified name and DOB', (d) => { const g = d.given(); const s = d.sur(); const dob = d.dob(); return [`Patient identity verified with two identifiers over video: ${g} ${s}, DOB ${dob}.`, [g, s, dob]]; }],
  ['interpreter joined with ID', (d) => { const g = d.given(); const id = d.digitString(d.int(5, 6)); return [`${d.pick(['Spanish', 'Somali', 'Vietnamese', 'ASL'])} interpreter ${g}, ID #${id}, joined the video visit via three-way call.`, [g, id]]; }],
  ['teams meeting join info', (d) => {
    const url = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${d.token(40)}%40thread.v2/0`; const [ph, p] = d.phone(); const cid = `${d.digitString(3)} ${d.digitString(3)} ${d.digitString(3)}`;
    return [`Microsoft Teams meeting\nJoin on your computer: ${url}\nOr call in (audio only): ${ph}\nPhone Conference ID: ${cid}#`, [url, p, cid]];
  }],
  ['family member joined from own device in town', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`Pt's ${d.pick(RELATIVES)} ${g} ${s} joined the visit from their own device in ${t}.`, [g, s, t]]; }],
  ['visit invite sent by email and SMS', (d) => { const e = d.patientEmail(); const [ph, p] = d.phone(); return [`Video visit invitation sent to ${e} and by text to ${ph} at 08:45.`, [e, p]]; }],
  ['telehealth age over 89 with caregiver', (d) => { const n = d.ageOver89(); return [`${n} y/o ${d.pick(['F', 'M'])} seen by video; caregiver held the tablet and assisted with the exam.`, [n]]; }],
  // patient portal
  ['portal message header', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`From: ${g} ${s} (Patient)\nTo: Cardiology Nurse Pool\nSent: ${dt} ${d.int(1, 12)}:${pad2(d.int(0, 59))} PM\nSubject: Question about my blood pressure readings`, [g, s, dt]];
  }],
  ['portal username account ID and activation code', (d) => {
    const u = `${asciiLetters(d.given()) || 'pat'}${d.int(1, 99)}`; const acct = d.digitString(d.int(8, 10)); const code = `${d.alnum(5)}-${d.alnum(5)}-${d.alnum(5)}`;
    return [`MyChart username: ${u}\nMyChart account ID: ${acct}\nActivation code: ${code} (expires in 30 days)`, [u, acct, code]];
  }],
  ['proxy access granted to relative', (d) => { const g = d.given(); const s = d.sur(); const id = d.digitString(7); const dt = d.date(); return [`Proxy access granted to ${d.pick(RELATIVES)} ${g} ${s} (portal ID ${id}) on ${dt}; signed form scanned to media.`, [g, s, id, dt]]; }],
  ['portal message signed by patient', (d) => { const g = d.given(); const s = d.sur(); return [`my sugars have been running 250s since the new pump, should I call?\nThanks,\n${g} ${s}\nSent from my iPhone`, [g, s]]; }],
  ['portal password reset from IP', (d) => { const u = d.username(); const ip = d.ipv4(); const iso = d.iso(); return [`Password reset requested for portal account ${u} from IP ${ip} on ${iso} ${d.time()}.`, [u, ip, iso]]; }],
  // remote patient monitoring
  ['BP cuff serial and gateway IMEI', (d) => { const sn = d.serial(); const imei = d.imei(); return [`RPM enrollment: Omron BP7450 cuff S/N ${sn}; cellular hub IMEI ${imei}. Education provided on cuff placement.`, [sn, imei]]; }],
  ['glucometer serial last synced', (d) => { const sn = d.serial(); const dt = d.date(); return [`Glucometer (Contour Next One, serial ${sn}) last synced ${dt}; 14-day average 162 mg/dL, 3 readings < 70.`, [sn, dt]]; }],
  ['CGM transmitter ID and sensor lot', (d) => { const tx = `${d.int(1, 9)}${d.alnum(5)}`; const dt = d.date(); const lot = d.lot(); return [`Dexcom G6 transmitter ID ${tx} (started ${dt}); sensor lot ${lot}. Time in range 68%, GMI 7.1%.`, [tx, dt, lot]]; }],
  ['pulse oximeter Bluetooth MAC', (d) => { const mac = d.mac(); return [`Masimo MightySat paired over Bluetooth (MAC ${mac}); SpO2 94% at rest, 88% with ambulation.`, [mac]]; }],
  ['scale serial and app user ID', (d) => { const sn = d.serial(); const uid = d.appUserId(); return [`Withings Body+ scale (SN ${sn}) linked to Health Mate user ID ${uid}; weight 84.2 kg, up 1.8 kg in 3 days.`, [sn, uid]]; }],
  ['RPM vendor alert with patient ID and nurse call', (d) => {
    const pid = `${d.letters(2)}${d.digitString(6)}`; const md = `${d.int(1, 12)}/${d.int(1, 28)}`; const g = d.given(); const [ph, p] = d.phone();
    return [`ALERT - RPM patient ID ${pid}: SBP 182 at 06:14 on ${md}. RN ${g} called pt at ${ph}; pt asymptomatic.`, [pid, md, g, p]];
  }],
  ['RPM billing period dates', (d) => { const a = d.mdy(); const b = d.mdy(); return [`CPT 99454 device supply: 18 reading days in period ${a} - ${b}. CPT 99457: 24 min interactive communication.`, [a, b]]; }],
  ['RPM device return address', (d) => { const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); return [`Cuff and hub shipped to ${g} ${s}, ${st}, ${t}, ${d.state()} ${z} via UPS.`, [g, s, st, t, z]]; }],
  // implanted and home devices
  ['pacemaker remote transmission', (d) => { const dt = d.date(); const sn = d.serial(); const mon = d.serial(); return [`Remote transmission received ${dt} via CareLink. Device: Medtronic Azure XT DR MRI, SN ${sn}; bedside monitor SN ${mon}. Battery 9.5 years.`, [dt, sn, mon]]; }],
  ['ICD communicator and implant site', (d) => {
    const c = d.serial(); const sn = d.digitString(6); const dt = d.date(); const h = d.hospital();
    return [`LATITUDE communicator model 6290, serial ${c}. ICD (Boston Scientific DYNAGEN EL) serial ${sn}, implanted ${dt} at ${h}.`, [c, sn, dt, h]];
  }],
  ['insulin pump serial and CareLink username', (d) => { const sn = `NG${d.digitString(7)}${d.letters(1)}`; const u = d.username(); return [`Medtronic 780G pump SN ${sn}, CareLink username ${u}; basal 0.85 U/h, ICR 1:10, ISF 45.`, [sn, u]]; }],
  ['Omnipod controller serial and pod lot', (d) => { const sn = d.serial(); const lot = d.lot(); return [`Omnipod 5 controller serial ${sn}; pod lot ${lot} (failed at 51 h, occlusion alarm).`, [sn, lot]]; }],
  ['CPAP serial modem and AirView ID', (d) => {
    const sn = d.digitString(11); const modem = d.digitString(d.int(12, 15)); const pid = d.appUserId();
    return [`ResMed AirSense 11 AutoSet SN ${sn}, modem ID ${modem}; AirView patient ID ${pid}. APAP 5-15 cm H2O, AHI 2.1, usage 94% of nights.`, [sn, modem, pid]];
  }],
  ['home oxygen concentrator delivered', (d) => { const sn = d.serial(); const t = d.town(); const dt = d.date(); return [`Home O2: Inogen One G5 portable concentrator, SN ${sn}, delivered by ${t} Home Medical on ${dt}. 2 L/min continuous.`, [sn, t, dt]]; }],
  ['loop recorder app paired to named phone', (d) => { const sn = d.serial(); const g = d.given(); return [`Reveal LINQ II ILR SN ${sn}; MyCareLink Heart app paired to "${g}'s iPhone" (iOS 17.2).`, [sn, g]]; }],
  ['VAD controller serials', (d) => { const a = d.serial(); const b = d.serial(); return [`HeartMate 3 system controller SN ${a}; backup controller SN ${b} checked and kept in go-bag. Speed 5400 rpm, flow 4.6 L/min.`, [a, b]]; }],
  ['bedside monitor transmits on a weekday', (d) => { const w = d.pick(WEEKDAYS); return [`${d.pick(['Bedside monitor', 'CareLink monitor', 'LATITUDE communicator', 'myMerlin app'])} is set to transmit automatically every ${w} ${d.pick(['night', 'morning', 'at 02:00', 'at 3 AM'])}; the last scheduled transmission was missed.`, [w]]; }],
  ['device clinic callback to patient', (d) => { const s = d.sur(); const [ph, p] = d.phone(); const dt = d.date(); return [`Device clinic RN called Mr. ${s} at ${ph} regarding missed transmission due ${dt}.`, [s, p, dt]]; }],
  // wearables
  ['Apple Health export device name', (d) => { const g = d.given(); const iso = d.iso(); return [`Source: ${g}'s Apple Watch (Watch6,2; watchOS 10.1)\nExport date: ${iso}T${d.time()}:00-05:00`, [g, iso]]; }],
  ['Fitbit CSV row with user ID', (d) => { const uid = d.alnum(6); const iso = d.iso(); return [`user_id,date,steps,resting_hr\n${uid},${iso},8412,64`, [uid, iso]]; }],
  ['watch ECG recording on named watch', (d) => { const g = d.given(); const s = d.sur(); const dt = d.date(); return [`Pt brought Apple Watch ECG from ${dt} at 2:14 AM: "Atrial Fibrillation", HR 118. Recorded on ${g} ${s}'s Apple Watch.`, [dt, g, s]]; }],
  ['Garmin user and unit ID', (d) => { const u = d.username(); const unit = d.digitString(10); const dt = d.date(); return [`Garmin Connect user ${u}, Forerunner 255 (unit ID ${unit}), last sync ${dt}. Resting HR 52.`, [u, unit, dt]]; }],
  // EHR access and audit logs
  ['EHR access log row', (d) => {
    const iso = d.iso(); const u = d.userId(); const ws = d.workstation(); const ip = d.ipv4(); const mrn = d.mrn();
    return [`${iso} ${d.time()}:${pad2(d.int(0, 59))}  USER=${u}  WS=${ws}  IP=${ip}  ACTION=Chart Open  MRN=${mrn}`, [iso, u, ws, ip, mrn]];
  }],
  ['break the glass access', (d) => {
    const s = d.sur(); const g = d.given(); const u = d.userId(); const ws = d.workstation(); const dt = d.date();
    return [`Break-the-Glass access by ${s}, ${g} (${u}) at workstation ${ws} on ${dt}; reason given: "direct patient care".`, [s, g, u, ws, dt]];
  }],
  ['IPv6 audit event', (d) => { const ip = d.ipv6(); const u = d.userId(); const iso = d.iso(); return [`src=${ip} user=${u} event=PRINT doc=AfterVisitSummary ts=${iso}T${d.time()}:07Z`, [ip, u, iso]]; }],
  ['privacy review of employee access', (d) => {
    const g = d.given(); const s = d.sur(); const badge = d.digitString(6); const a = d.date(); const b = d.date();
    return [`Privacy review: employee ${g} ${s} (badge ${badge}) opened the chart 14 times between ${a} and ${b} without a treatment relationship.`, [g, s, badge, a, b]];
  }],
  ['failed login from host and IP', (d) => { const u = d.userId(); const host = d.workstation(); const ip = d.ipv4(); const iso = d.iso(); return [`Failed login (3 attempts) for ${u} from host ${host} (${ip}:443); account locked ${iso}.`, [u, host, ip, iso]]; }],
  // e-prescribing
  ['eRx sent to pharmacy with address', (d) => {
    const store = d.digitString(d.int(4, 5)); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`eRx sent to ${d.pick(['CVS Pharmacy', 'Walgreens', 'Rite Aid', 'Kroger Pharmacy'])} #${store}, ${st}, ${t}, ${d.state()} ${z}. Ph: ${ph}`, [store, st, t, z, p]];
  }],
  ['Surescripts confirmation and Rx number', (d) => { const msg = d.token(24); const rx = d.digitString(7); const dt = d.date(); return [`Surescripts message ID ${msg} accepted; Rx #${rx} filled ${dt}, qty 90, refills 3.`, [msg, rx, dt]]; }],
  ['prescriber NPI and DEA', (d) => { const [doc, p] = d.doctor(); const npi = d.npi(); const dea = d.dea(); return [`Prescriber: ${doc}   NPI ${npi}   DEA ${dea}\nEPCS two-factor authentication completed.`, [...p, npi, dea]]; }],
  ['PDMP query ID', (d) => { const dt = d.date(); const q = d.digitString(9); return [`PDMP queried ${dt} prior to prescribing; query ID ${q}; no concerning fills.`, [dt, q]]; }],
  // fax and e-mail
  ['fax server header line', (d) => {
    const dt = d.mdy(); const [a, pa] = d.phone(); const h = d.hospital(); const [b, pb] = d.phone();
    return [`${dt} ${d.time()}  FROM: ${a}  ${h.toUpperCase()}  TO: ${b}  P. 003/007`, [dt, pa, h.toUpperCase(), pb]];
  }],
  ['fax cover to doctor re patient', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const s2 = d.sur().toUpperCase(); const g2 = d.given().toUpperCase(); const dob = d.dob();
    return [`FAX TO: Dr. ${s}   Fax: ${ph}\nRE: ${s2}, ${g2}   DOB ${dob}\nPages (including cover): 4`, [s, p, s2, g2, dob]];
  }],
  ['fax job delivered', (d) => { const job = d.digitString(8); const dt = d.date(); const [ph, p] = d.phone(); return [`RightFax job ${job} delivered ${dt} ${d.time()} to ${ph}; 6 pages, 9600 bps.`, [job, dt, p]]; }],
  ['e-mail header from patient to staff', (d) => {
    const s = d.sur(); const g = d.given(); const e = d.patientEmail(); const e2 = d.staffEmail(); const [m, dd] = d.md(); const rfc = `${d.pick(DAYS)}, ${pad2(dd)} ${MON[m - 1]!} ${d.year()}`;
    return [`From: "${s}, ${g}" <${e}>\nTo: ${e2}\nDate: ${rfc} 14:32:07 -0500\nSubject: Re: lab results`, [s, g, e, e2, rfc]];
  }],
  ['forwarded e-mail original message', (d) => {
    const e = d.patientEmail(); const [m, dd] = d.md(); const sent = `${d.pick(WEEKDAYS)}, ${MONTHS[m - 1]!} ${dd}, ${d.year()}`; const e2 = d.staffEmail();
    return [`-----Original Message-----\nFrom: ${e}\nSent: ${sent} 9:14 PM\nTo: ${e2}\nSubject: FW: pump download`, [e, sent, e2]];
  }],
  // URLs, QR and barcodes, file paths
  ['portal deep link with MRN in query', (d) => {
    const url = `https://${d.pick(['mychart', 'portal', 'results'])}.${d.pick(['mercyhealth.org', 'uhsystem.org', 'valleyclinic.com'])}/${d.pick(['results', 'Visit/Details', 'letters'])}?patientId=${d.mrn()}&enc=${d.digitString(9)}`;
    return [`Pt pasted this link into her message: ${url} (link requires login).`, [url]];
  }],
  ['image share link with token', (d) => { const url = `https://share.${d.pick(['ambrahealth.com', 'lifeimage.com', 'powershare.net'])}/s/${d.token(d.int(10, 16))}`; return [`Outside images available at ${url} (expires in 14 days).`, [url]]; }],
  ['wristband barcode payload', (d) => {
    const mrn = d.mrn(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.compact(1930, 1995);
    return [`Scanned wristband payload: ^${mrn}^${s}^${g}^${dob}^F^`, [mrn, s, g, dob]];
  }],
  ['specimen QR payload JSON', (d) => {
    const mrn = d.mrn(); const s = d.sur(); const g = d.given(); const iso = d.iso(); const acc = d.accession();
    return [`QR: {"mrn":"${mrn}","name":"${s},${g}","collected":"${iso}","acc":"${acc}","test":"CBC"}`, [mrn, s, g, iso, acc]];
  }],
  ['windows desktop path with patient name', (d) => {
    const u = asciiLetters(d.username()) || 'jsmith'; const s = asciiLetters(d.sur()) || 'smith'; const g = asciiLetters(d.given()) || 'pat'; const c = d.compact();
    return [`Report saved to C:\\Users\\${u}\\Desktop\\${s}_${g}_mri_${c}.pdf`, [u, s, g, c]];
  }],
  ['network share scan with MRN and date', (d) => {
    const mrn = d.mrn(); const s = d.sur().toUpperCase(); const dt = d.compact();
    return [`Outside records scanned to \\\\fs01\\HIM\\scans\\${mrn}_${s}_${dt}.tif`, [mrn, s, dt]];
  }],
  ['mac downloads path with joined name', (d) => {
    const u = asciiLetters(d.given()) || 'pat'; const g = d.given(); const s = d.sur();
    return [`Holter PDF at /Users/${u}/Downloads/${g}${s}_holter_report.pdf`, [u, g, s]];
  }],
  // biometrics
  ['palm vein enrolment ID', (d) => { const id = d.digitString(d.int(9, 12)); const dt = d.date(); return [`PatientSecure palm vein enrollment ID ${id}, enrolled ${dt} at registration.`, [id, dt]]; }],
  ['voiceprint enrolment for refill line', (d) => { const id = `VP-${d.alnum(8)}`; return [`Voice biometric enrollment ${id} completed for the automated refill line.`, [id]]; }],
  ['face match and fingerprint template IDs', (d) => { const f = d.appUserId(); const t = `FP${d.digitString(7)}`; return [`Kiosk check-in: face match enrollment ${f}; fingerprint template ID ${t}.`, [f, t]]; }],
  // DICOM
  ['DICOM header patient and study', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const acc = d.accession(); const dt = d.compact();
    return [`(0010,0010) PatientName: ${s}^${g}\n(0010,0020) PatientID: ${mrn}\n(0008,0050) AccessionNumber: ${acc}\n(0008,0020) StudyDate: ${dt}`, [s, g, mrn, acc, dt]];
  }],
  ['DICOM birth date institution and referring', (d) => {
    const dob = d.compact(1930, 1995); const h = d.hospital(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`(0010,0030) PatientBirthDate: ${dob}\n(0008,0080) InstitutionName: ${h}\n(0008,0090) ReferringPhysicianName: ${s}^${g}^^^DR\n(0008,0060) Modality: MR`, [dob, h, s, g]];
  }],
  ['DICOM study UID and acquisition datetime', (d) => {
    const uid = `1.2.840.113619.2.${d.int(100, 450)}.${d.digitString(4)}.${d.digitString(7)}.${d.digitString(5)}.${d.digitString(3)}`; const dt = d.compact(); const tm = d.hms();
    return [`StudyInstanceUID: ${uid}\nAcquisitionDateTime: ${dt}${tm}.000000`, [uid, dt]];
  }],
  // HL7
  ['HL7 PID segment', (d) => {
    const mrn = d.mrn(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.compact(1930, 1995); const st = d.street().toUpperCase(); const t = d.town().toUpperCase(); const z = d.zip(); const [ph, p] = d.phone();
    return [`PID|1||${mrn}^^^MRN||${s}^${g}^${d.mi()}||${dob}|F|||${st}^^${t}^${d.state()}^${z}||${ph}`, [mrn, s, g, dob, st, t, z, p]];
  }],
  ['HL7 MSH timestamp and control ID', (d) => { const dt = d.compact(); const ctrl = d.digitString(d.int(8, 12)); return [`MSH|^~\\&|EPIC|MAINLAB|LIS|MAINLAB|${dt}${d.hms()}||ORU^R01|${ctrl}|P|2.5.1`, [dt, ctrl]]; }],
  ['HL7 PV1 attending with NPI', (d) => { const npi = d.npi(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); return [`PV1|1|I|4W^412^A|||${npi}^${s}^${g}^^^DR|||MED`, [npi, s, g]]; }],
  ['HL7 NK1 next of kin', (d) => { const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [ph, p] = d.phone(); return [`NK1|1|${s}^${g}|${d.pick(['DAU', 'SON', 'SPO', 'SIS'])}|||${ph}|`, [s, g, p]]; }],
  ['HL7 OBX observation date', (d) => { const dt = d.compact(); return [`OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F|||${dt}${d.hms()}`, [dt]]; }],
  ['HL7 IN1 member ID and group', (d) => { const mem = `${d.letters(3)}${d.digitString(9)}`; const grp = d.digitString(6); return [`IN1|1|BCBS001|${d.digitString(5)}^BLUE CROSS|||||${grp}||||||||||||||||||||||||||${mem}`, [mem, grp]]; }],
];

/** The names of the wave's frames. */
export const digitalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function digitalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 131, rounds);
}

/** Look-alikes in the style of pasted device, log and interface text: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // device makers, models, firmware and software versions
  ['Phone updated to iOS 17.2 last week.', 'iOS 17.2'], ['Switched from Dexcom G6 to Dexcom G7.', 'Dexcom G7'], ['Started on the Medtronic 780G in automode.', 'Medtronic 780G'],
  ['Watch runs watchOS 10.1.', 'watchOS 10.1'], ['Android 14 phone, app version 3.12.0', '3.12.0'], ['Pump firmware v2.4.1 updated at visit.', 'v2.4.1'],
  ['Omron BP7450 cuff', 'BP7450'], ['Inogen One G5 concentrator', 'Inogen One G5'], ['ResMed AirSense 11 AutoSet', 'AirSense 11'], ['Fitbit Charge 6 worn daily', 'Fitbit Charge 6'],
  ['Apple Watch Series 9', 'Apple Watch Series 9'], ['Tandem t:slim X2 with Control-IQ', 't:slim X2'], ['FreeStyle Libre 3 sensor', 'FreeStyle Libre 3'], ['Omnipod 5 pod change every 72 h', 'Omnipod 5'],
  ['Boston Scientific LATITUDE communicator model 6290', 'model 6290'], ['Withings Body+ scale', 'Withings'],
  // platforms, public URLs, ports and protocols
  ['Seen via Zoom for Healthcare.', 'Zoom'], ['Message sent through MyChart.', 'MyChart'], ['Data reviewed in CareLink.', 'CareLink'], ['Compliance pulled from AirView.', 'AirView'],
  ['See guidance at https://www.cdc.gov/diabetes/', 'https://www.cdc.gov/diabetes/'], ['Reviewed uptodate.com for dosing.', 'uptodate.com'], ['Pt education from heart.org handout.', 'heart.org'],
  ['Outbound traffic on port 443 only.', 'port 443'], ['RDP (port 3389) disabled.', '3389'], ['TLS 1.2 required for the portal.', 'TLS 1.2'], ['Hashed with SHA-256.', 'SHA-256'],
  ['Connected over Wi-Fi, 5 GHz band.', '5 GHz'], ['LTE signal -87 dBm', '-87 dBm'], ['Hub battery 78%', '78%'],
  // HL7, DICOM and code systems
  ['PID segment was missing in the feed.', 'PID'], ['The OBX value was out of range.', 'OBX'], ['MSH-9 message type ORU^R01', 'ORU^R01'], ['HL7 v2.5.1 interface', '2.5.1'],
  ['Tag (0010,0010) is PatientName.', '(0010,0010)'], ['Modality: CT', 'CT'], ['Series 3, image 112', 'image 112'], ['LOINC 2345-7 glucose', '2345-7'], ['SNOMED 38341003 hypertension', '38341003'],
  ['CPT 99457 RPM treatment management', '99457'], ['ICD-10 I48.91', 'I48.91'], ['NDC 0002-1433-80', '0002-1433-80'], ['Error code 0x80070005 on upload.', '0x80070005'],
  // settings, vitals, labs and doses
  ['BiPAP IPAP 12, EPAP 6', 'IPAP 12'], ['AHI 4.2 on current settings', 'AHI 4.2'], ['APAP 5-15 cm H2O', '5-15 cm H2O'], ['Leak 24 L/min at 95th percentile', '24 L/min'],
  ['Mode DDD, lower rate 60 ppm', 'DDD'], ['RV lead impedance 520 ohms', '520 ohms'], ['R-wave 11.2 mV', '11.2 mV'], ['Battery longevity 7.5 years', '7.5 years'],
  ['Basal 0.85 U/h', '0.85 U/h'], ['ICR 1:10', '1:10'], ['Time in range 68%', '68%'], ['GMI 7.1%', '7.1%'], ['A1c 8.4%', '8.4%'],
  ['BP 142/88, HR 72', '142/88'], ['SpO2 94% on 2 L', '94%'], ['Weight 84.2 kg', '84.2 kg'], ['Metformin 500 mg BID', '500 mg'], ['O2 2 L/min continuous', '2 L/min'],
  // times, years, weekdays, ages, counts
  ['Reading at 06:14 was elevated.', '06:14'], ['On the pump since 2019.', '2019'], ['Remote checks every 91 days.', '91 days'],
  ['The patient is an 88-year-old woman.', '88'], ['A 67 y/o man on RPM.', '67'], ['Page 3 of 7', 'Page 3 of 7'], ['90-day supply, refills: 3', '90-day supply'],
  // generic words, relations, names used as words
  ['Pt unable to log into the portal.', 'the portal'], ['The app crashed twice.', 'The app'], ['Re-educated on the cuff size.', 'the cuff'], ['The hub was unplugged.', 'The hub'],
  ["Pt's daughter set up the tablet.", "Pt's daughter"], ['Her husband helps with the pump.', 'Her husband'], ['Pt will call back.', 'will call'], ['Pressures rose to 180s.', 'rose'],
  ['Concerned about the price of the strips.', 'price'], ['Sugar logs reviewed.', 'Sugar'], ['There is hope of improvement.', 'hope'], ['Frank hematuria denied.', 'Frank'],
  ['Moved from Ohio last year.', 'Ohio'], ['Device made in Ireland.', 'Ireland'],
];

export const digitalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDigitalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(digitalKeepCases(), find);

export function scoreDigitalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => digitalWaveCases(seed)), find);
}
