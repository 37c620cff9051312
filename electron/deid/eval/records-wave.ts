// A blind wave of structured clinical record text: chart headers, registration forms, letters, lab, radiology and
// pathology report headers, referral fax covers, insurance, vehicle and implanted-device sections, with identifiers of
// all 18 Safe Harbor kinds planted in many written formats (DOBs in 17, US and UK/Canadian/Australian/German addresses,
// US and international phones, check-digit-valid NPI/DEA/NHS numbers, Medicare MBIs, VINs, GS1 UDIs, DICOM UIDs, IPv4
// and IPv6), and look-alikes that must not be touched (lab values, codes, gene variants, scores, doses, years, states,
// countries, device models). Written without reading the engine's rules or the earlier formats wave. Frames are named
// "kind: format" (kind one of RECORDS_KINDS, or "block" for a multi-field header) so recall can be read per format.
// Decisions: gold parts are the identifying characters only, never the label; names split into surname and given name,
// a lone middle initial is not planted; an address plants its street line, city and ZIP/postcode separately, never the
// state or country; an apartment or suite plants its number, a PO box its box number; a phone's country code ("+1",
// "+44") is not planted, an extension is planted on its own; a date plants its whole written form (time of day left
// out), never a bare year; ages over 89 plant the number, and sit under "date" (Safe Harbor groups them there); a
// provider's NPI, DEA or licence number is a licence; a device serial, implant lot or UDI is a device identifier, while a
// model or catalogue (REF) number is kept; a face-photo file name and a biometric template reference are planted whole.
// Measured before rules: 0.927 recall on seeds 5, 11, 23 (2425/2616), 0.924 on fresh seeds 41, 42, 43 (2418/2616);
// 3/68 look-alikes touched ("Mexico", "Canada", a stent REF).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Casing, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

/** The 18 Safe Harbor categories as frame-name prefixes (ages over 89 go under "date", ZIPs under "address"). */
export const RECORDS_KINDS = ['name', 'address', 'date', 'phone', 'fax', 'email', 'ssn', 'mrn', 'plan', 'account', 'license', 'vehicle', 'device', 'url', 'ip', 'biometric', 'photo', 'other'] as const;

const FAKERS = [us, us, us, gb, de, es, fr, it, pl];
const WORD_GIVEN = ['Hope', 'Faith', 'June', 'Rose', 'Grace', 'Will', 'Summer', 'Jade', 'Dean', 'Frank'];
const US_CITIES = [['Columbus', 'OH'], ['Springfield', 'IL'], ['Aurora', 'CO'], ['Bangor', 'ME'], ['Tucson', 'AZ'], ['Fresno', 'CA'], ['Duluth', 'MN'], ['Laredo', 'TX'], ['Salem', 'OR'], ['Lafayette', 'LA'], ['Paterson', 'NJ'], ['Macon', 'GA'], ['Provo', 'UT'], ['Burlington', 'VT']] as const;
const UK = [['London', 'SW1A'], ['Manchester', 'M14'], ['Leeds', 'LS6'], ['Bristol', 'BS8'], ['Glasgow', 'G12'], ['Cardiff', 'CF10'], ['Norwich', 'NR4']] as const;
const CA = [['Ottawa', 'ON', 'K1A'], ['Toronto', 'ON', 'M5V'], ['Montréal', 'QC', 'H3Z'], ['Vancouver', 'BC', 'V6B'], ['Halifax', 'NS', 'B3H'], ['Winnipeg', 'MB', 'R3T']] as const;
const AU = [['Parramatta', 'NSW', 2150], ['Fitzroy', 'VIC', 3065], ['Toowong', 'QLD', 4066], ['Fremantle', 'WA', 6160], ['Glenelg', 'SA', 5045]] as const;
const DE = [['Berlin', 10115], ['München', 80331], ['Hamburg', 20095], ['Köln', 50667], ['Leipzig', 4109]] as const;
const COUNTIES = ['Franklin', 'Cuyahoga', 'Maricopa', 'Essex', 'Orange', 'Kings', 'Lancaster', 'Travis', 'Wake', 'Marion'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((m) => m.slice(0, 3));
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-three', 'ninety-four', 'ninety-six', 'ninety-eight', 'one hundred'];
const ORGS = ['example-clinic', 'riverbend-health', 'lakeside-ortho', 'northgate-cardiology', 'mapleview-peds'];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const HEX = '0123456789abcdef';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  /** A surname: its longest word, so "de la Cruz" gives "Cruz" rather than a particle. */
  sur(): string {
    return this.faker().person.lastName().split(/\s/).reduce((a, b) => (b.length > a.length ? b : a));
  }
  /** A token from a pattern: # digit, 9 digit 1-9, @ letter (no I/O/Q), % MBI letter, & MBI letter or digit, * VIN char, ~ hex; others literal. */
  fmt(p: string): string {
    const set: Record<string, string> = { '#': '0123456789', '9': '123456789', '@': 'ABCDEFGHJKLMNPRSTUVWXYZ', '%': MBI_LETTERS, '&': MBI_LETTERS + '0123456789', '*': VIN_CHARS, '~': HEX };
    return [...p].map((c) => (set[c] ? this.pick([...set[c]]) : c)).join('');
  }
  /** A date as [year, month, day]; days stop at 26 so a later day in the same month always exists. */
  ymd(lo = 1925, hi = 2004): readonly [number, number, number] {
    return [this.int(lo, hi), this.int(1, 12), this.int(1, 26)];
  }
  override mdy(lo = 2012, hi = 2023): string {
    const [y, m, d] = this.ymd(lo, hi);
    return `${pad2(m)}/${pad2(d)}/${y}`;
  }
  /** A US number in one of the ways forms write it. */
  phone(): string {
    const [a, b, c] = [this.int(201, 989), this.int(200, 999), this.fmt('####')];
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `(${a})${b}-${c}`, `${a} ${b} ${c}`]);
  }
  city(): readonly [string, string] {
    return this.r() < 0.6 ? this.pick(US_CITIES) : [us.location.city(), us.location.state({ abbreviated: true })];
  }
  street(): string {
    return us.location.streetAddress();
  }
  ssn(): readonly [string, string, string] {
    return [String(this.int(1, 665)).padStart(3, '0'), pad2(this.int(1, 99)), String(this.int(1, 9999)).padStart(4, '0')];
  }
  /** An NPI: 9 digits and a Luhn check over the 80840 prefix (which adds 24). */
  npi(): string {
    const b = '1' + this.fmt('########');
    const s = [...b].reduce((t, c, i) => { const v = Number(c) * (i % 2 === 0 ? 2 : 1); return t + (v > 9 ? v - 9 : v); }, 24);
    return b + ((10 - (s % 10)) % 10);
  }
  /** A DEA number: registrant letter, surname initial, six digits and their check digit. */
  dea(sur: string): string {
    const n = this.fmt('######').split('').map(Number);
    const check = (n[0]! + n[2]! + n[4]! + 2 * (n[1]! + n[3]! + n[5]!)) % 10;
    return this.pick(['A', 'B', 'F', 'M']) + asciiLetters(sur).charAt(0).toUpperCase() + n.join('') + check;
  }
  /** An NHS number with its modulus-11 check digit, spaced 3-3-4. */
  nhs(): string {
    for (;;) {
      const n = this.fmt('9########');
      const c = 11 - ([...n].reduce((t, ch, i) => t + Number(ch) * (10 - i), 0) % 11);
      if (c !== 10) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}${c === 11 ? 0 : c}`;
    }
  }
  ipv4(): string {
    return [this.int(11, 223), this.int(0, 255), this.int(0, 255), this.int(1, 254)].join('.');
  }
}

type Dob = (y: number, m: number, d: number) => string;
const yy = (y: number): string => String(y).slice(2);
const DOB_FORMATS: readonly (readonly [string, Dob])[] = [
  ['yyyy-mm-dd', (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`], ['dd.mm.yyyy', (y, m, d) => `${pad2(d)}.${pad2(m)}.${y}`],
  ['d Mon yyyy', (y, m, d) => `${d} ${MON[m - 1]} ${y}`], ['Mon-dd-yyyy', (y, m, d) => `${MON[m - 1]}-${pad2(d)}-${y}`],
  ['mmddyyyy', (y, m, d) => `${pad2(m)}${pad2(d)}${y}`], ['dth Month yyyy', (y, m, d) => `${ordinal(d)} ${MONTHS[m - 1]} ${y}`],
  ["Month d, 'yy", (y, m, d) => `${MONTHS[m - 1]} ${d}, '${yy(y)}`], ['mm/dd/yyyy', (y, m, d) => `${pad2(m)}/${pad2(d)}/${y}`],
  ['m/d/yy', (y, m, d) => `${m}/${d}/${yy(y)}`], ['dd-MON-yyyy', (y, m, d) => `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`],
  ['yyyy/mm/dd', (y, m, d) => `${y}/${pad2(m)}/${pad2(d)}`], ['Month dth, yyyy', (y, m, d) => `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`],
  ['ddMonyyyy', (y, m, d) => `${pad2(d)}${MON[m - 1]}${y}`], ['yyyymmdd', (y, m, d) => `${y}${pad2(m)}${pad2(d)}`],
  ['yyyy-Mon-dd', (y, m, d) => `${y}-${MON[m - 1]}-${pad2(d)}`], ['d-m-yyyy', (y, m, d) => `${d}-${m}-${y}`],
  ['d Month yyyy', (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`],
];

/** A frame that plants one drawn token after fixed text: `{}` marks where the token goes. */
const tok = (name: string, template: string, make: (d: Draw) => string): readonly [string, Frame<Draw>] => [name, (d) => { const t = make(d); return [template.replace('{}', () => t), [t]]; }];
const pat = (name: string, template: string, pattern: string): readonly [string, Frame<Draw>] => tok(name, template, (d) => d.fmt(pattern));

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // names
  ['name: Patient LAST, FIRST M', (d) => { const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); return [`Patient: ${s}, ${g} ${d.fmt('@')}    Sex: F    Rm: 412-B`, [s, g]]; }],
  ['name: Pt Name First M. Last', (d) => { const g = d.given(); const s = d.sur(); return [`Pt Name: ${g} ${d.fmt('@')}. ${s}\nPreferred language: English`, [g, s]]; }],
  ['name: guarantor Last, First', (d) => { const g = d.given(); const s = d.sur(); return [`Guarantor: ${s}, ${g}    Relationship to patient: Mother`, [s, g]]; }],
  ['name: emergency contact (spouse)', (d) => { const g = d.given(); const s = d.sur(); const p = d.phone(); return [`Emergency contact: ${g} ${s} (spouse)  ${p}`, [g, s, p]]; }],
  ['name: ordering provider MD', (d) => { const g = d.given(); const s = d.sur(); return [`Ordering provider: ${g} ${s}, MD`, [g, s]]; }],
  ['name: electronically signed by', (d) => { const s = d.sur(); const g = d.given(); const t = d.mdy(); return [`Electronically signed by: ${s}, ${g} ${d.fmt('@')} MD on ${t} at 16:42`, [s, g, t]]; }],
  ['name: letter salutation and referral', (d) => { const s = d.sur(); const g = d.given(); const s2 = d.sur(); return [`Dear Dr. ${s},\n\nThank you for referring ${g} ${s2}, whom I saw today in clinic.`, [s, g, s2]]; }],
  ['name: cc list', (d) => { const g = d.given(); const s = d.sur(); const s2 = d.sur(); return [`cc: ${g} ${s}, MD; Dr. ${s2} (PCP)`, [g, s, s2]]; }],
  ['name: next of kin (daughter)', (d) => { const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); return [`NEXT OF KIN: ${g} ${s} (DAUGHTER)`, [g, s]]; }],
  ['name: dictated by Dr.', (d) => { const g = d.given(); const s = d.sur(); return [`Dictated by: Dr. ${g} ${s}\nDictated: 09:12  Transcribed: 11:40`, [g, s]]; }],
  ['name: pathologist sign-out', (d) => { const g = d.given(); const s = d.sur(); return [`I have personally reviewed the slides.\n${g} ${s}, M.D., Pathologist`, [g, s]]; }],
  ['name: fax ATTN', (d) => { const g = d.given(); const s = d.sur(); return [`ATTN: ${g} ${s}, Referral Coordinator`, [g, s]]; }],
  ['name: note signature pa-c', (d) => { const g = d.given().toLowerCase(); const s = d.sur().toLowerCase(); return [`pt counseled, verbalized understanding.\n-- ${g} ${s}, pa-c`, [g, s]]; }],
  // addresses
  ['address: US one line', (d) => { const st = d.street(); const [c, s] = d.city(); const z = d.fmt('#####'); return [`Address: ${st}, ${c}, ${s} ${z}`, [st, c, z]]; }],
  ['address: US split lines', (d) => { const st = d.street(); const [c, s] = d.city(); const z = d.fmt('#####'); return [`Mail to:\n${st}\n${c}, ${s}  ${z}`, [st, c, z]]; }],
  ['address: Apt unit', (d) => { const st = d.street(); const u = d.fmt('#@'); const [c, s] = d.city(); const z = d.fmt('#####'); return [`Home: ${st} Apt ${u}, ${c} ${s} ${z}`, [st, u, c, z]]; }],
  ['address: PO Box', (d) => { const b = d.fmt('9###'); const [c, s] = d.city(); const z = d.fmt('#####'); return [`Mailing address: PO Box ${b}, ${c}, ${s} ${z}`, [b, c, z]]; }],
  ['address: Suite', (d) => { const st = d.street(); const u = d.fmt('9#0'); const [c, s] = d.city(); const z = d.fmt('#####-####'); return [`Referring office: ${st}, Suite ${u}\n${c}, ${s} ${z}`, [st, u, c, z]]; }],
  ['address: UK postcode', (d) => { const st = `${d.int(2, 180)} ${gb.location.street()}`; const [c, o] = d.pick(UK); const pc = `${o} ${d.fmt('#')}${d.pick(['AA', 'BD', 'EX', 'HU', 'NP', 'TW'])}`; return [`Address: ${st}, ${c} ${pc}`, [st, c, pc]]; }],
  ['address: Canadian postal code', (d) => { const st = d.street(); const [c, p, f] = d.pick(CA); const pc = `${f} ${d.fmt('#')}${d.pick(['B', 'E', 'H', 'R'])}${d.fmt('#')}`; return [`${st}, ${c} ${p} ${pc}`, [st, c, pc]]; }],
  ['address: Australian postcode', (d) => { const st = `${d.int(1, 99)} ${d.pick(['George', 'Elizabeth', 'Wattle', 'Banksia'])} ${d.pick(['St', 'Street', 'Rd', 'Pde'])}`; const [c, s, pc] = d.pick(AU); return [`Residential: ${st}, ${c} ${s} ${pc}`, [st, c, String(pc)]]; }],
  ['address: German PLZ', (d) => { const st = de.location.streetAddress(); const [c, z] = d.pick(DE); const plz = String(z + d.int(0, 8)).padStart(5, '0'); return [`Anschrift: ${st}, ${plz} ${c}`, [st, plz, c]]; }],
  ['address: City/State/Zip fields', (d) => { const [c, s] = d.city(); const z = d.fmt('#####'); return [`City: ${c}    State: ${s}    Zip: ${z}`, [c, z]]; }],
  ['address: county of residence', (d) => { const c = d.pick(COUNTIES); return [`County of residence: ${c} County`, [c]]; }],
  ['address: PATIENT ADDRESS block', (d) => { const st = d.street().toUpperCase(); const [c, s] = d.city(); const z = d.fmt('#####'); return [`PATIENT ADDRESS\n${st}\n${c.toUpperCase()} ${s} ${z}`, [st, c.toUpperCase(), z]]; }],
  // dates: a DOB in every format, then other dated events and ages over 89
  ...DOB_FORMATS.map(([n, f]): readonly [string, Frame<Draw>] => [`date: DOB ${n}`, (d) => { const t = f(...d.ymd()); return [`${d.pick(['DOB:', 'Date of Birth:', 'D.O.B.', 'Birthdate:'])} ${t}    Sex: ${d.pick(['M', 'F'])}`, [t]]; }]),
  ['date: compact timestamp', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const t = `${y}${pad2(m)}${pad2(dd)}`; return [`Result time: ${t}T${pad2(d.int(0, 23))}30`, [t]]; }],
  ['date: ISO datetime Z', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const t = `${y}-${pad2(m)}-${pad2(dd)}`; return [`"effectiveDateTime": "${t}T14:30:00Z"`, [t]]; }],
  ['date: admission and discharge', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const a = `${pad2(m)}/${pad2(dd)}/${y}`; const b = `${pad2(m)}/${pad2(dd + 2)}/${y}`; return [`Admission Date: ${a}    Discharge Date: ${b}`, [a, b]]; }],
  ['date: service date range', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const a = `${m}/${dd}/${yy(y)}`; const b = `${m}/${dd + 1}/${yy(y)}`; return [`Date(s) of service: ${a} - ${b}`, [a, b]]; }],
  ['date: date of death', (d) => { const t = d.mdy(); return [`Date of death: ${t}    Time of death: 03:12`, [t]]; }],
  ['date: collected/received/reported', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const s = (k: number) => `${pad2(m)}/${pad2(dd + k)}/${yy(y)}`; return [`Collected: ${s(0)} 07:15  Received: ${s(1)} 09:02  Reported: ${s(2)} 13:48`, [s(0), s(1), s(2)]]; }],
  ['date: letter dateline', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const t = `${MONTHS[m - 1]} ${dd}, ${y}`; const s = d.sur(); return [`${t}\n\nRe: ${s}\nDear colleague,`, [t, s]]; }],
  ['date: procedure dd/mm/yyyy', (d) => { const [y, m, dd] = d.ymd(2010, 2023); const t = `${pad2(dd)}/${pad2(m)}/${y}`; return [`Date of procedure: ${t}`, [t]]; }],
  ['date: month and year', (d) => { const [y, m] = d.ymd(2000, 2022); const t = `${d.pick([MONTHS, MON])[m - 1]!} ${y}`; return [`Last colonoscopy ${t}, 2 tubular adenomas.`, [t]]; }],
  ['date: age over 89 y.o.', (d) => { const n = String(d.int(90, 106)); return [`${n} y.o. ${d.pick(['female', 'male', 'F', 'M'])} with CHF presents with dyspnea.`, [n]]; }],
  ['date: age over 89 Age/Sex', (d) => { const n = String(d.int(90, 106)); return [`Age/Sex: ${n}${d.pick(['Y/F', 'Y/M', ' / F', 'y M'])}`, [n]]; }],
  ['date: age over 89 in words', (d) => { const w = d.pick(AGE_WORDS); return [`This ${w}-year-old woman was seen for a fall.`, [w]]; }],
  ['date: age over 89 Age: n years', (d) => { const n = String(d.int(90, 106)); return [`Age: ${n} years`, [n]]; }],
  // phones and faxes
  tok('phone: home phone', 'Home Phone: {}', (d) => d.phone()),
  tok('phone: cell dotted', 'Cell: {}   Preferred: text', (d) => `${d.int(201, 989)}.${d.int(200, 999)}.${d.fmt('####')}`),
  tok('phone: +1 international', 'Mobile: +1 {}', (d) => d.pick([`${d.int(201, 989)} ${d.int(200, 999)} ${d.fmt('####')}`, `(${d.int(201, 989)}) ${d.int(200, 999)}-${d.fmt('####')}`])),
  tok('phone: UK +44', 'Tel: +44 {}', (d) => `${d.pick(['20 7946', '161 496', '113 496', '117 496'])} ${d.fmt('0###')}`),
  tok('phone: toll-free 1-800', 'Scheduling line: 1-{}', (d) => `${d.pick(['800', '888', '877'])}-${d.int(200, 999)}-${d.fmt('####')}`),
  ['phone: extension x123', (d) => { const p = d.phone(); const x = d.fmt('9##'); return [`Office: ${p} x${x}`, [p, x]]; }],
  ['phone: ext. on work line', (d) => { const p = d.phone(); const x = d.fmt('9###'); return [`Work: ${p} ext. ${x}`, [p, x]]; }],
  tok('phone: unseparated', 'Ph {} (home)', (d) => d.fmt('9##9######')),
  ['fax: Tel/Fax pair', (d) => { const a = d.phone(); const b = d.phone(); return [`Tel/Fax: ${a} / ${b}`, [a, b]]; }],
  ['fax: P: F: abbreviations', (d) => { const a = d.phone(); const b = d.phone(); return [`P: ${a}  F: ${b}`, [a, b]]; }],
  tok('fax: FAX TO header', 'FAX TO: {}    PAGES (incl. cover): 4', (d) => d.phone()),
  tok('fax: inline fax#', 'please fax results to fax# {} asap', (d) => d.phone()),
  // email, SSN
  tok('email: patient address', 'Email: {}', (d) => `${asciiLetters(d.given())}.${asciiLetters(d.sur())}${d.int(1, 99)}@${d.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com'])}`),
  ['email: From header with name', (d) => { const g = d.given(); const s = d.sur(); const e = `${asciiLetters(g).charAt(0)}${d.fmt('##')}x@${d.pick(['icloud.com', 'hotmail.com'])}`; return [`From: ${g} ${s} <${e}>\nSubject: refill request`, [g, s, e]]; }],
  tok('email: provider institutional', 'Questions: contact {}', (d) => `${asciiLetters(d.given()).charAt(0)}${asciiLetters(d.sur())}@${d.pick(ORGS)}.org`),
  tok('email: underscore plus tag', 'e-mail: {}', (d) => `${asciiLetters(d.given())}_${asciiLetters(d.sur())}+portal@protonmail.com`),
  tok('ssn: dashed', 'SSN: {}', (d) => d.ssn().join('-')),
  tok('ssn: spaced', 'SS# {}', (d) => d.ssn().join(' ')),
  tok('ssn: unseparated', 'Social Security No.: {}', (d) => d.ssn().join('')),
  tok('ssn: last 4', 'SSN last 4: {}   (verified)', (d) => d.ssn()[2]),
  tok('ssn: masked', 'SSN: XXX-XX-{}', (d) => d.ssn()[2]),
  // record, plan and account numbers
  pat('mrn: MRN digits', 'MRN: {}', '00######'), pat('mrn: MR# letter prefix', 'MR# {}', '@#######'), pat('mrn: Med Rec No. dashed', 'Med Rec No. {}', '###-###'),
  pat('mrn: Hospital No.', 'Hospital No.: {}    Ward: 7B', '9######'), tok('mrn: NHS number', 'NHS number {}', (d) => d.nhs()),
  pat('mrn: Patient ID PT-', 'Patient ID: {}', 'PT-9####'), pat('mrn: EMPI', 'EMPI {}', '10########'), pat('mrn: chart #', 'Chart #: {}', '9####'),
  pat('mrn: inline mrn', 'mrn {}, allergies reviewed', '9######'),
  pat('plan: Member ID', 'Member ID: {}', '@@@#########'), tok('plan: Medicare MBI', 'Medicare MBI: {}', (d) => d.fmt(d.pick(['9%&#-%&#-%%##', '9%&#%&#%%##']))),
  pat('plan: Medicaid #', 'Medicaid #: {}', '@@########'), pat('plan: Subscriber ID', 'Subscriber ID: {}   Plan: PPO', 'W#########'),
  ['plan: Policy # and Group #', (d) => { const p = d.fmt('@@#######'); const g = d.fmt('######'); return [`Policy #: ${p}    Group #: ${g}`, [p, g]]; }],
  pat('plan: legacy HICN', 'Medicare HICN: {}', '#########@'),
  pat('account: Acct', 'Acct: {}', '9######'), pat('account: FIN', 'FIN {}', '1########'), pat('account: Visit #', 'Visit #: {}', 'V00########'),
  pat('account: Encounter ID', 'Encounter ID: {}', 'ENC-####-#######'), pat('account: billing acct dashed', 'Billing Acct No. {}', '####-###-###'), pat('account: HAR', 'HAR: {}', '12########'),
  // licences and certificates
  ['license: DEA', (d) => { const s = d.sur(); const t = d.dea(s); return [`Dr. ${s}  DEA: ${t}`, [s, t]]; }],
  tok('license: NPI', 'NPI: {}', (d) => d.npi()), pat('license: DL# dashed', 'DL# {}', '@###-####-####'),
  ['license: state DL', (d) => { const t = d.fmt('@#######'); return [`${d.pick(['CA', 'NY', 'TX'])} DL ${t} (photo ID verified at registration)`, [t]]; }],
  pat('license: RN Lic. #', 'RN Lic. # {}', 'RN#######'), pat('license: GMC number', 'GMC No. {}', '7######'),
  // vehicles and devices
  pat('vehicle: VIN', 'VIN: {}', '*****************'), pat('vehicle: plate', 'Vehicle: grey sedan, plate {}', '9@@@###'),
  ['vehicle: MVC report plate and VIN', (d) => { const p = d.fmt('@@@-####'); const v = d.fmt('*****************'); return [`MVC: driver of 2014 pickup, lic plate ${p}, VIN ${v.toLowerCase()}`, [p, v.toLowerCase()]]; }],
  pat('device: pacemaker SN', 'Pacemaker: Azure XT DR MRI, Model W1DR01, SN {}', '@@@######'),
  tok('device: GS1 UDI', 'UDI {}', (d) => `(01)00${d.fmt('############')}(17)${d.fmt('2#')}${pad2(d.int(1, 12))}${pad2(d.int(1, 28))}(10)${d.fmt('9######@')}(21)${d.fmt('########d###')}`),
  pat('device: implant lot', 'Implant: femoral stem size 12, REF 1012-34-500, LOT # {}', '9######'), pat('device: ICD S/N', 'ICD S/N: {}', '9########'),
  pat('device: insulin pump serial', 'Insulin pump serial # {}', 'NG#######H'), pat('device: CGM transmitter ID', 'CGM transmitter ID {}', '8G****'),
  pat('device: cochlear implant serial', 'Cochlear implant (right) serial no. {}', '#######'),
  // URLs, IPs, biometrics, photos
  tok('url: portal https', 'Results: {}', (d) => `https://portal.${d.pick(ORGS)}.org/pt/${d.fmt('9####')}`),
  tok('url: www family blog', 'mother posts updates at {}', (d) => `www.${asciiLetters(d.sur())}familyblog.com`),
  tok('url: http query', 'Images: {}', (d) => `http://pacs.${d.pick(ORGS)}.net/viewer?patient=${d.fmt('9######')}`),
  tok('url: bare domain and path', 'fundraiser: {}', (d) => `gofundme.com/f/help-${asciiLetters(d.given())}-${asciiLetters(d.sur())}`),
  tok('ip: IPv4 portal login', 'Portal login from IP {} at 21:04', (d) => d.ipv4()),
  tok('ip: IPv6 compressed', 'Remote monitor address {}', (d) => d.fmt('2001:db8:~~~::~~:~~~~')),
  tok('ip: IPv4 with port', 'Home monitor uploads to {}:8443', (d) => d.ipv4()),
  tok('ip: IPv6 full', 'client addr {}', (d) => d.fmt('fe80:0000:0000:0000:~~~~:~~ff:fe~~:~~~~')),
  pat('biometric: fingerprint template', 'Identity: fingerprint template ID {}', 'FP-9####'), pat('biometric: retina scan ref', 'Retina scan ref: {}', 'RS-######'),
  pat('biometric: voiceprint', 'Voiceprint enrollment ID {}', 'VP########'), pat('biometric: palm-vein scan', 'Palm-vein scan on file, ID {}', '9#######'),
  tok('photo: camera file name', 'Patient photo file {} uploaded', (d) => `IMG_${d.int(2012, 2023)}${pad2(d.int(1, 12))}${pad2(d.int(1, 28))}_${pad2(d.int(7, 19))}${pad2(d.int(0, 59))}.jpg`),
  pat('photo: face photo on file', 'Full-face photo on file: {}', 'PHOTO-9######.png'), pat('photo: DSC clinical photograph', 'Clinical photograph (face): {}', 'DSC_####.JPG'),
  // other unique numbers
  pat('other: surgical accession', 'Accession: {}', 'S##-#####'), pat('other: specimen ID', 'Specimen ID: {}', '##@#####'), pat('other: order #', 'Order #: {}', '9########'),
  pat('other: claim #', 'Claim #: {}', '####@######'), pat('other: case no.', 'Case No.: {}', 'SP-##-####'),
  tok('other: DICOM Study UID', 'Study UID {}', (d) => `1.2.840.113619.2.55.3.${d.fmt('9########')}.${d.fmt('9##')}.${d.fmt('9#########')}.${d.fmt('9##')}`),
  pat('other: requisition #', 'Req #: {}', 'R########'), pat('other: prior auth #', 'Prior Auth #: {}', 'PA#########'),
  pat('other: ISBT blood unit', 'Unit number {} transfused', 'W#### ## ######'), pat('other: passport', 'Passport No. {}', '5########'),
  // multi-field headers and covers
  ['block: lab report header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const m = d.fmt('9######'); const b = d.mdy(1930, 2000); const a = d.fmt('L##-######'); const c = d.mdy(); const o = d.sur();
    return [`PATIENT: ${s}, ${g}      MRN: ${m}\nDOB: ${b}   SEX: F\nACCESSION: ${a}   COLLECTED: ${c} 07:15\nORDERING: ${o}, MD`, [s, g, m, b, a, c, o]];
  }],
  ['block: radiology report', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.mdy(); const a = d.fmt('RAD#######'); const r = d.sur();
    return [`EXAM: CT CHEST W/O CONTRAST\nPatient: ${g} ${s}    Exam date: ${t}\nAccession #: ${a}\nReferring physician: Dr. ${r}\nCOMPARISON: None.`, [g, s, t, a, r]];
  }],
  ['block: referral fax cover', (d) => {
    const f = d.phone(); const p = d.phone(); const g = d.given(); const s = d.sur(); const [y, m, dd] = d.ymd(); const b = `${m}/${dd}/${y}`;
    return [`REFERRAL - URGENT\nTo fax: ${f}   Callback: ${p}\nRe: ${s}, ${g}   DOB ${b}\nReason: new onset AF`, [f, p, g, s, b]];
  }],
  ['block: insurance section', (d) => {
    const s = d.sur(); const g = d.given(); const id = d.fmt('@@@#########'); const gr = d.fmt('#######'); const b = d.mdy(1940, 2000);
    return [`Primary insurance: BCBS PPO\nInsured: ${s}, ${g}   Insured DOB: ${b}\nMember ID: ${id}   Group: ${gr}\nRelationship: Spouse`, [s, g, b, id, gr]];
  }],
  ['block: discharge summary header', (d) => {
    const [y, m, dd] = d.ymd(2012, 2023); const a = `${MON[m - 1]} ${dd}, ${y}`; const b = `${MON[m - 1]} ${dd + 3}, ${y}`; const at = d.sur(); const pcp = d.sur();
    return [`DISCHARGE SUMMARY\nAdmitted: ${a}   Discharged: ${b}\nAttending: ${at}, MD   PCP: Dr. ${pcp}`, [a, b, at, pcp]];
  }],
];

/** The wave: every frame `rounds` times, mostly as written, sometimes in ALL CAPS or lower case (whatever casing a frame was written in). */
export function recordsWaveCases(seed: number, rounds = 4): WaveCase[] {
  const casing = (r: () => number): Casing => { const x = r(); return x < 0.7 ? 'mixed' : x < 0.85 ? 'upper' : 'lower'; };
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 59, rounds, casing);
}

/** Look-alikes from records: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  ['Na 138 (135-145) mmol/L', '138 (135-145)'], ['K 4.1 (3.5-5.1) mmol/L', '3.5-5.1'], ['Creatinine 1.02 mg/dL', '1.02'], ['HbA1c 7.2%', '7.2%'],
  ['WBC 11.4 x10^9/L', '11.4'], ['Plt 245 K/uL', '245'], ['INR 2.3 (goal 2-3)', '2-3'], ['TSH 2.1 mIU/L (0.4-4.0)', '0.4-4.0'],
  ['metformin 500 mg PO BID', '500 mg'], ['apixaban 5 mg 1-0-1', '1-0-1'], ['insulin glargine 20 units qHS', '20 units'], ['vitamin D3 1000 IU daily', '1000 IU'],
  ['Dx: E11.9 Type 2 diabetes mellitus', 'E11.9'], ['I10 Essential hypertension', 'I10'], ['J18.9 Pneumonia, unspecified', 'J18.9'], ['Z79.4 Long-term insulin use', 'Z79.4'],
  ['CPT 99213 office visit', '99213'], ['CPT 71046 chest x-ray, 2 views', '71046'], ['HCPCS J1100 dexamethasone', 'J1100'], ['LOINC 2345-7 Glucose', '2345-7'],
  ['LOINC 4548-4 Hemoglobin A1c', '4548-4'], ['NDC 0002-8215-01', '0002-8215-01'], ['SNOMED CT 44054006', '44054006'],
  ['BRCA1 c.68_69delAG pathogenic', 'c.68_69delAG'], ['HLA-B*57:01 negative', 'HLA-B*57:01'], ['KRAS G12C detected', 'G12C'], ['CYP2C19*2 carrier', 'CYP2C19*2'],
  ['t(9;22) BCR-ABL1 positive', 't(9;22)'], ['Karyotype 46,XX', '46,XX'], ['ER 95%, PR 80%, HER2 1+', 'HER2 1+'], ['Ki-67 20%', 'Ki-67'],
  ['BP 142/88 mmHg', '142/88'], ['Dose given at 14:30', '14:30'], ['Clinic hours 08:00-16:00', '08:00-16:00'], ['Procedure duration: 45 min', '45 min'],
  ['Analyzer software version 3.2.1', '3.2.1'], ['Placed 18G IV left AC', '18G'], ['Foley 16 Fr', '16 Fr'], ['Suture 4-0 Vicryl', '4-0'],
  ['QTc 452 ms', 'QTc 452 ms'], ['PR 168 ms, QRS 94 ms', 'QRS 94 ms'], ['PHQ-9 score 14', 'PHQ-9 score 14'], ['NYHA class III', 'NYHA class III'],
  ['LVEF 55-60%', '55-60%'], ['SpO2 96% on Room air', 'Room air'], ['Mass measures 2.3 x 1.4 cm', '2.3 x 1.4 cm'], ['Stage pT2N0M0', 'T2N0M0'],
  ['Stage IIIA', 'IIIA'], ['Gleason 3+4=7', '3+4=7'], ['ASA class II', 'ASA class II'], ['CHA2DS2-VASc 3', 'CHA2DS2-VASc'],
  ['Diagnosed with diabetes in 2019', '2019'], ['Influenza vaccine, 2019-2020 season', '2019-2020'], ['Moved from Ohio as a child', 'Ohio'],
  ['Texas Medicaid formulary applies', 'Texas'], ['Recent travel to Mexico', 'Mexico'], ['Born in Canada', 'Canada'],
  ['Pacemaker model W1DR01', 'W1DR01'], ['Stent REF 1012-34-500', '1012-34-500'], ['pH 7.32, pCO2 48, HCO3 24', 'pH 7.32'], ['Pain 7/10', '7/10'],
  ['Weight 72.5 kg, BMI 31.4', '72.5 kg'], ['Smoking: 20 pack-years', '20 pack-years'], ['ETT 7.5 at 22 cm at the lip', '22 cm'],
  ['Viral load <20 copies/mL', '<20'], ['Return in 2-3 weeks', '2-3 weeks'], ['Braden score 16', 'Braden score 16'], ['G2P1 at 38+2 weeks', '38+2'],
];

export const recordsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedRecordsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(recordsKeepCases(), find);

export function scoreRecordsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => recordsWaveCases(seed)), find);
}
