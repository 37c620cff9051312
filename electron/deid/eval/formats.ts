// A seeded generator of identifier surface forms: every Safe Harbor kind (names only in wave five) in many
// written formats, each planted in a clinical sentence (some frames carry a cue word, some none), and
// clinical look-alikes that must survive. Used by formats.test.ts and `npm run eval:deid -- --formats`.
import { mulberry32 } from '../../base/seeded-random';
import { coverageOf } from '../deid-test-support';
import type { DeidFinding, DeidKind } from '../kinds';

/** One planted identifier: `part` occurs in `text` and must be covered by findings. */
export interface FormatCase {
  readonly kind: DeidKind;
  /** Name of the surface format ("date dd-Mon-yy"), for per-format recall. */
  readonly format: string;
  readonly text: string;
  readonly part: string;
  /** Which wave of formats the case belongs to (1-6), each written and measured before its rules. */
  readonly wave: number;
}

/** One clinical look-alike: `part` occurs in `text` and must not be touched by any finding. */
export interface KeepCase {
  readonly format: string;
  /** 6 for wave six's look-alikes, 1 for all written with waves 1-5. */
  readonly wave: number;
  readonly text: string;
  readonly part: string;
}

type Rand = () => number;
/** A surface form: the snippet to plant and the identifier inside it. */
type Form = (r: Rand) => { readonly snippet: string; readonly part: string };
type Spec = readonly [DeidKind, string, Form];

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rand, n: number): string => Array.from({ length: n }, (_, i) => String(i === 0 ? int(r, 1, 9) : int(r, 0, 9))).join('');
const pad2 = (n: number): string => String(n).padStart(2, '0');
const upper = (r: Rand, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPRSTUVWXYZ'[int(r, 0, 22)]).join('');
const alnum = (r: Rand, n: number): string => Array.from({ length: n }, (_, i) => (i % 2 === 0 || r() < 0.5 ? String(int(r, 0, 9)) : upper(r, 1))).join('');
const lower = (r: Rand, n: number): string => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyz'[int(r, 0, 24)]).join('');
const hex = (r: Rand, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD_ABBR = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun'];
const ORD_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const STREETS = ['Main', 'Maple', 'Cedar Hollow', 'Oakridge', 'Willow Bend', 'Harborview', 'Pinecrest', 'Elmwood', 'Chestnut Hill', 'Riverside'];
const SUFFIXES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr.', 'Drive', 'Lane', 'Ln', 'Ct', 'Way', 'Terrace', 'Pkwy', 'Circle'];
const CITIES = ['Springfield', 'Riverton', 'Fairview', 'Brookhaven', 'Lakewood', 'Millbrook', 'Ashford', 'Greenville'];
const STATES = ['MA', 'NY', 'CA', 'TX', 'OH', 'PA', 'IL', 'WA', 'GA', 'NC'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Brennan', 'Castillo', 'Nguyen', 'Abernathy', 'Whitfield', 'Kowalczyk', 'Haddad', 'Oyelaran'];
const GIVEN = ['Margaret', 'Tomas', 'Aisha', 'Dmitri', 'Eleanor', 'Rafael', 'Priya', 'Gareth', 'Siobhan', 'Kenji'];
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const day = (r: Rand): number => int(r, 1, 28);
const mon = (r: Rand): number => int(r, 1, 12);
const year = (r: Rand): number => int(r, 1935, 2025);
const areaCode = (r: Rand): string => `${int(r, 2, 9)}${int(r, 0, 8)}${int(r, 0, 9)}`;
const line = (r: Rand): string => `555-0${digits(r, 3).slice(0, 3)}`;
const self = (s: string): { snippet: string; part: string } => ({ snippet: s, part: s });
/** A label and its value: only the value must be covered. */
const labelled = (label: string, value: string): { snippet: string; part: string } => ({ snippet: `${label}${value}`, part: value });

const SPECS: readonly Spec[] = [
  // Dates.
  ['DATE', 'm/d/yy', (r) => self(`${mon(r)}/${day(r)}/${pad2(year(r) % 100)}`)],
  ['DATE', 'mm-dd-yyyy', (r) => self(`${pad2(mon(r))}-${pad2(day(r))}-${year(r)}`)],
  ['DATE', 'yyyy-mm-dd', (r) => self(`${year(r)}-${pad2(mon(r))}-${pad2(day(r))}`)],
  ['DATE', 'yyyy/mm/dd', (r) => self(`${year(r)}/${pad2(mon(r))}/${pad2(day(r))}`)],
  ['DATE', 'd.m.yyyy', (r) => self(`${day(r)}.${mon(r)}.${year(r)}`)],
  ['DATE', 'ddMonyyyy', (r) => self(`${pad2(day(r))}${pick(r, ABBR)}${year(r)}`)],
  ['DATE', 'd-Mon-yy', (r) => self(`${day(r)}-${pick(r, ABBR)}-${pad2(year(r) % 100)}`)],
  ['DATE', 'Mon d', (r) => self(`${pick(r, ABBR.filter((m) => m !== 'May'))} ${day(r)}`)],
  ['DATE', 'Month dth', (r) => self(`${pick(r, MONTHS)} ${ord(day(r))}`)],
  ['DATE', 'Month d, yyyy', (r) => self(`${pick(r, MONTHS)} ${day(r)}, ${year(r)}`)],
  ['DATE', 'dth of Month', (r) => self(`${ord(day(r))} of ${pick(r, MONTHS)}`)],
  ['DATE', 'the ordinal-word of Month', (r) => {
    const d = int(r, 1, 29);
    const w = d <= 20 ? ORD_WORDS[d - 1]! : `twenty-${ORD_WORDS[d - 21]!}`;
    const s = `${w} of ${pick(r, MONTHS)}`;
    return { snippet: `the ${s}`, part: s };
  }],
  ['DATE', "Mon. 'yy", (r) => self(`${pick(r, ABBR.filter((m) => m !== 'May'))}. '${pad2(year(r) % 100)}`)],
  ['DATE', 'Month yyyy', (r) => self(`${pick(r, MONTHS)} ${year(r)}`)],
  ['DATE', 'm/d', (r) => ({ snippet: `on ${mon(r)}/${int(r, 12, 28)}`, part: '' })],
  ['DATE', 'm/yyyy', (r) => self(`${mon(r)}/${year(r)}`)],
  ['DATE', 'range m/d-m/d', (r) => { const m = mon(r); const d = int(r, 1, 20); return self(`${m}/${d}-${m}/${d + int(r, 2, 7)}`); }],
  ['DATE', 'range Month d-d', (r) => { const d = int(r, 1, 20); return self(`${pick(r, MONTHS)} ${d}-${d + int(r, 2, 7)}`); }],
  ['DATE', 'between m/d and m/d', (r) => { const m = mon(r); const d = int(r, 1, 15); const a = `${m}/${d}`; const b = `${m}/${d + int(r, 3, 12)}`; return { snippet: `between ${a} and ${b}`, part: r() < 0.5 ? a : b }; }],
  ['DATE', 'weekday', (r) => ({ snippet: `on ${pick(r, WEEKDAYS)}`, part: '' })],
  ['DATE', 'weekday abbr', (r) => ({ snippet: `on ${pick(r, WD_ABBR)}`, part: '' })],
  ['DATE', 'date with time', (r) => self(`${mon(r)}/${day(r)}/${pad2(year(r) % 100)} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}`)],
  ['DATE', 'ISO T Z', (r) => self(`${year(r)}-${pad2(mon(r))}-${pad2(day(r))}T${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}Z`)],
  // A year alone may stay: only the holiday must go.
  ['DATE', 'holiday yyyy', (r) => { const h = pick(r, ['Christmas', 'Thanksgiving', 'Easter', 'New Year\'s Day', 'Labor Day', 'Halloween', 'Christmas Eve']); return { snippet: `${h} ${year(r)}`, part: h }; }],
  ['DATE', 'DOB label', (r) => labelled(pick(r, ['DOB: ', 'D.O.B. ', 'Date of birth: ', 'born ']), `${pad2(mon(r))}/${pad2(day(r))}/${year(r)}`)],
  ['DATE', 'Month d (dd)', (r) => self(`${pick(r, MONTHS.filter((m) => m !== 'May'))} ${day(r)}`)],
  ['DATE', 'dd Month yyyy', (r) => self(`${day(r)} ${pick(r, MONTHS)} ${year(r)}`)],
  ['DATE', 'MON dd, yyyy caps', (r) => self(`${pick(r, ABBR).toUpperCase()} ${day(r)}, ${year(r)}`)],
  // Ages over 89.
  ['AGE', 'N yo', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} yo`, part: a }; }],
  ['AGE', 'Nyo', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}yo`, part: a }; }],
  ['AGE', 'N y/o', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} y/o`, part: a }; }],
  ['AGE', 'N-year-old', (r) => { const a = String(int(r, 90, 109)); return { snippet: `a ${a}-year-old`, part: a }; }],
  ['AGE', 'N year old', (r) => { const a = String(int(r, 90, 109)); return { snippet: `a ${a} year old`, part: a }; }],
  ['AGE', 'aged N', (r) => { const a = String(int(r, 90, 109)); return { snippet: `aged ${a}`, part: a }; }],
  ['AGE', 'age: N', (r) => { const a = String(int(r, 90, 109)); return { snippet: `Age: ${a}`, part: a }; }],
  ['AGE', 'words', (r) => { const s = `ninety-${pick(r, ['one', 'two', 'three', 'five', 'seven', 'nine'])}`; return { snippet: `a ${s} year old`, part: s }; }],
  ['AGE', 'N yrs old', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} yrs old`, part: a }; }],
  ['AGE', 'N y.o.', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} y.o.`, part: a }; }],
  ['AGE', 'NM/NF', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}${pick(r, ['M', 'F'])}`, part: a }; }],
  ['AGE', 'N-yo', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}-yo`, part: a }; }],
  ['AGE', 'age N years', (r) => { const a = String(int(r, 90, 109)); return { snippet: `at age ${a}`, part: a }; }],
  // Phones and fax.
  ['PHONE', '(aaa) nnn-nnnn', (r) => self(`(${areaCode(r)}) ${line(r)}`)],
  ['PHONE', 'aaa.nnn.nnnn', (r) => self(`${areaCode(r)}.${line(r).replace('-', '.')}`)],
  ['PHONE', 'aaa-nnn-nnnn x', (r) => self(`${areaCode(r)}-${line(r)} x${digits(r, 3)}`)],
  ['PHONE', 'aaa-nnn-nnnn ext.', (r) => self(`${areaCode(r)}-${line(r)} ext. ${digits(r, 4)}`)],
  ['PHONE', '+1 aaa nnn nnnn', (r) => self(`+1 ${areaCode(r)} ${line(r).replace('-', ' ')}`)],
  ['PHONE', '1-800-WORD', (r) => self(`1-800-${pick(r, ['FLOWERS', 'CALLNOW', 'GOHEALTH', 'NURSING', 'MEDCARE'])}`)],
  ['PHONE', '1-aaa-nnn-nnnn', (r) => self(`1-${areaCode(r)}-${line(r)}`)],
  ['PHONE', 'call nnn-nnnn', (r) => ({ snippet: `call ${line(r)}`, part: '' })],
  ['PHONE', 'pager nnnn', (r) => ({ snippet: `${pick(r, ['pager', 'pgr', 'beeper'])} ${digits(r, 4)}`, part: '' })],
  ['PHONE', 'aaannnnnnn', (r) => labelled(pick(r, ['phone ', 'cell: ', 'tel ']), `${areaCode(r)}555${digits(r, 4)}`)],
  ['PHONE', '+44 intl', (r) => self(`+44 20 ${digits(r, 4)} ${digits(r, 4)}`)],
  ['PHONE', 'aaa/nnn-nnnn', (r) => self(`${areaCode(r)}/${line(r)}`)],
  ['PHONE', 'aaa nnn nnnn bare', (r) => self(`${areaCode(r)} ${line(r).replace('-', ' ')}`)],
  ['FAX', 'fax: aaa nnn nnnn', (r) => labelled(pick(r, ['fax: ', 'Fax ', 'FAX# ', 'faxed to ']), `${areaCode(r)} ${line(r).replace('-', ' ')}`)],
  ['FAX', 'fax (aaa) nnn-nnnn', (r) => labelled(pick(r, ['fax: ', 'F: ', 'Fax No. ']), `(${areaCode(r)}) ${line(r)}`)],
  // E-mail, URLs, IPs.
  ['EMAIL', 'plain', (r) => self(`${pick(r, ['jdoe', 'm.smith', 'kwong77', 'r_patel'])}@${pick(r, ['gmail.com', 'yahoo.com', 'clinic.org', 'mail.example.net'])}`)],
  ['EMAIL', 'plus tag', (r) => self(`${pick(r, ['jdoe', 'nurse.lee'])}+${pick(r, ['labs', 'ptportal', 'x1'])}@${pick(r, ['gmail.com', 'hospital.org'])}`)],
  ['EMAIL', 'subdomain', (r) => self(`${pick(r, ['a.b', 'dr.kim', 'case.mgr'])}@${pick(r, ['mail.med.example.edu', 'cardio.mgh.harvard.edu', 'us.kp.org'])}`)],
  ['EMAIL', 'upper case', (r) => self(`${pick(r, ['JOHN.DOE', 'PT.FAMILY', 'KMILLER'])}@${pick(r, ['AOL.COM', 'HOTMAIL.COM', 'COMCAST.NET'])}`)],
  ['URL', 'https', (r) => self(`https://${pick(r, ['portal', 'www', 'mychart'])}.${pick(r, ['healthsys', 'example', 'ridgeclinic'])}.org/${pick(r, ['patient', 'p', 'records'])}/${digits(r, 5)}`)],
  ['URL', 'http', (r) => self(`http://${pick(r, ['example', 'myblog', 'familysite'])}.com/${pick(r, ['about', 'mom', 'updates'])}`)],
  ['URL', 'www.', (r) => self(`www.${pick(r, ['caringbridge', 'gofundme', 'familyupdates'])}.${pick(r, ['org', 'com'])}/${pick(r, ['visit', 'jane', 'f'])}${digits(r, 3)}`)],
  ['URL', 'bare domain/path', (r) => self(`${pick(r, ['caringbridge', 'pt-stories', 'ourfamily'])}.${pick(r, ['org', 'net', 'com'])}/${pick(r, ['mary', 'updates', 'site'])}`)],
  ['URL', 'ftp', (r) => self(`ftp://files.${pick(r, ['example', 'imaging'])}.com/${pick(r, ['scans', 'pacs'])}/${digits(r, 4)}`)],
  ['URL', 'bare domain', (r) => self(`${pick(r, ['smithfamily', 'johnsonlaw', 'hopefortom'])}.${pick(r, ['com', 'org', 'net', 'us'])}`)],
  ['IP', 'IPv4', (r) => self(`${int(r, 10, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`)],
  ['IP', 'IPv6 full', (r) => self(Array.from({ length: 8 }, () => hex(r, 4)).join(':'))],
  ['IP', 'IPv6 compressed', (r) => self(`fe80::${hex(r, 4)}:${hex(r, 4)}`)],
  ['IP', 'IPv6 zone', (r) => self(`fe80::${hex(r, 3)}:${hex(r, 4)}%eth0`)],
  ['IP', 'IPv6 2001:db8', (r) => self(`2001:db8:${hex(r, 4)}::${hex(r, 2)}`)],
  ['DEVICE', 'MAC colon', (r) => self(Array.from({ length: 6 }, () => hex(r, 2).toUpperCase()).join(':'))],
  ['DEVICE', 'MAC dash', (r) => self(Array.from({ length: 6 }, () => hex(r, 2)).join('-'))],
  // SSN.
  ['SSN', 'nnn-nn-nnnn', (r) => self(`${int(r, 100, 665)}-${int(r, 10, 99)}-${int(r, 1000, 9999)}`)],
  ['SSN', 'nnn nn nnnn', (r) => labelled(pick(r, ['SSN ', 'SS# ', 'social ']), `${int(r, 100, 665)} ${int(r, 10, 99)} ${int(r, 1000, 9999)}`)],
  ['SSN', 'nnnnnnnnn after SSN', (r) => labelled(pick(r, ['SSN: ', 'SSN ', 'Social Security Number: ', 'SSN#']), `${int(r, 100, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`)],
  ['SSN', 'last four', (r) => labelled(pick(r, ['SSN last 4: ', 'last four of SSN ', 'SSN xxx-xx-']), `${int(r, 1000, 9999)}`)],
  // Medical records.
  ['MRN', 'MRN nnnnnnn', (r) => labelled(pick(r, ['MRN ', 'MRN: ', 'MRN#', 'mrn ']), digits(r, 7))],
  ['MRN', 'MR#: 00nnn', (r) => labelled(pick(r, ['MR#: ', 'MR # ', 'Med Rec # ']), `00${digits(r, 3)}`)],
  ['MRN', 'unit no', (r) => labelled(pick(r, ['Unit No: ', 'unit no. ', 'Unit #']), digits(r, 6))],
  ['MRN', 'record no.', (r) => labelled(pick(r, ['record no. ', 'Medical Record Number: ', 'medical record #']), `${digits(r, 2)}-${digits(r, 2)}-${digits(r, 2)}`)],
  ['MRN', 'hospital number alnum', (r) => labelled(pick(r, ['Hospital No: ', 'Chart #', 'Patient ID: ']), `${upper(r, 1)}${digits(r, 6)}`)],
  // Health plan.
  ['HEALTH_PLAN', 'member id alnum', (r) => labelled(pick(r, ['Member ID: ', 'member # ', 'Subscriber ID ']), `${upper(r, 3)}${digits(r, 9)}`)],
  ['HEALTH_PLAN', 'policy dashed', (r) => labelled(pick(r, ['Policy #: ', 'policy number ', 'Policy No. ']), `${upper(r, 2)}-${digits(r, 4)}-${digits(r, 4)}`)],
  ['HEALTH_PLAN', 'group number', (r) => labelled(pick(r, ['Group #: ', 'group no. ', 'Grp# ']), `${digits(r, 6)}`)],
  ['HEALTH_PLAN', 'medicare MBI', (r) => labelled(pick(r, ['Medicare ID: ', 'MBI ', 'Medicare # ']), `${int(r, 1, 9)}${upper(r, 1)}${alnum(r, 1)}${digits(r, 1)}-${upper(r, 1)}${alnum(r, 1)}${digits(r, 1)}-${upper(r, 2)}${digits(r, 2)}`)],
  ['HEALTH_PLAN', 'medicaid id', (r) => labelled(pick(r, ['Medicaid ID ', 'Medicaid # ', 'insurance ID: ']), `${upper(r, 2)}${digits(r, 8)}${upper(r, 1)}`)],
  // Accounts.
  ['ACCOUNT', 'account no', (r) => labelled(pick(r, ['Account #: ', 'acct no. ', 'Acct# ', 'account number ']), digits(r, 10))],
  ['ACCOUNT', 'billing id dashed', (r) => labelled(pick(r, ['Billing ID: ', 'Invoice # ', 'Encounter #: ']), `${digits(r, 4)}-${digits(r, 6)}`)],
  ['ACCOUNT', 'credit card', (r) => self(`4${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`)],
  ['ACCOUNT', 'bank account', (r) => labelled(pick(r, ['bank account ', 'checking acct ', 'routing no. ']), digits(r, 9))],
  // Licences and certificates.
  ['LICENSE', 'DEA', (r) => labelled(pick(r, ['DEA ', 'DEA# ', 'DEA: ']), `${upper(r, 2)}${digits(r, 7)}`)],
  ['LICENSE', 'NPI', (r) => labelled(pick(r, ['NPI ', 'NPI: ', 'NPI# ']), `1${digits(r, 9)}`)],
  ['LICENSE', "driver's licence", (r) => labelled(pick(r, ["driver's license ", 'DL# ', "Driver's Lic. No. "]), `${upper(r, 1)}${digits(r, 3)}-${digits(r, 4)}-${digits(r, 4)}`)],
  ['LICENSE', 'state licence MA RN', (r) => { const v = `${pick(r, STATES)} RN ${digits(r, 6)}`; return { snippet: `license ${v}`, part: v.replace(/^\w+ RN /, '') }; }],
  ['LICENSE', 'licence number', (r) => labelled(pick(r, ['Lic #', 'License No. ', 'medical license ', 'licence number ']), `${upper(r, 1)}${digits(r, 5)}`)],
  ['LICENSE', 'certificate', (r) => labelled(pick(r, ['Certificate # ', 'board cert. no. ', 'certification number ']), `${upper(r, 2)}-${digits(r, 5)}`)],
  ['LICENSE', 'passport', (r) => labelled(pick(r, ['passport ', 'Passport No. ', 'passport #']), `${upper(r, 1)}${digits(r, 8)}`)],
  // Vehicles.
  ['VEHICLE', 'VIN', (r) => labelled(pick(r, ['VIN ', 'VIN: ', 'VIN# ', 'vehicle id ']), `1${upper(r, 2)}${alnum(r, 5)}${digits(r, 1)}${upper(r, 2)}${digits(r, 6)}`)],
  ['VEHICLE', 'VIN bare', (r) => self(`${pick(r, ['1HG', '2T1', 'JH4', '5YJ'])}${upper(r, 2)}${alnum(r, 4)}${digits(r, 1)}${upper(r, 1)}${digits(r, 6)}`)],
  ['VEHICLE', 'plate', (r) => labelled(pick(r, ['plate ', 'license plate ', 'plate #', 'tag number ']), `${digits(r, 1)}${upper(r, 3)}${digits(r, 3)}`)],
  ['VEHICLE', 'reg plate', (r) => labelled(`${pick(r, STATES)} ${pick(r, ['reg ', 'registration ', 'plates '])}`, `${digits(r, 3)}-${upper(r, 3)}`)],
  // Devices.
  ['DEVICE', 'SN:', (r) => labelled(pick(r, ['SN: ', 'S/N ', 'serial # ', 'Serial No. ']), `${upper(r, 3)}${digits(r, 6)}${upper(r, 1)}`)],
  ['DEVICE', 'pacemaker serial', (r) => labelled(pick(r, ['pacemaker serial ', 'ICD serial number ', 'device serial: ']), `${upper(r, 2)}${digits(r, 6)}`)],
  ['DEVICE', 'lot #', (r) => labelled(pick(r, ['lot # ', 'Lot: ', 'lot no. ']), `${upper(r, 1)}${digits(r, 5)}`)],
  ['DEVICE', 'model/serial', (r) => { const v = `${upper(r, 2)}${digits(r, 4)}/${digits(r, 7)}`; return labelled(pick(r, ['model/serial ', 'model/serial: ']), v); }],
  ['DEVICE', 'UDI GS1', (r) => self(`(01)00${digits(r, 12)}(17)${pad2(year(r) % 100)}${pad2(mon(r))}${pad2(day(r))}(10)${upper(r, 1)}${digits(r, 4)}`)],
  ['DEVICE', 'IMEI', (r) => labelled(pick(r, ['IMEI ', 'IMEI: ', 'IMEI# ']), digits(r, 15))],
  ['DEVICE', 'device id', (r) => labelled(pick(r, ['Device ID: ', 'implant ID ', 'pump serial ']), `${upper(r, 2)}-${digits(r, 5)}-${upper(r, 1)}`)],
  // Biometrics.
  ['BIOMETRIC', 'fingerprint id', (r) => labelled(pick(r, ['fingerprint ID ', 'Fingerprint template: ', 'fingerprint #']), `FP-${digits(r, 6)}`)],
  ['BIOMETRIC', 'retina scan', (r) => labelled(pick(r, ['retina scan ID ', 'retinal scan: ', 'iris scan ID ']), `${upper(r, 2)}${digits(r, 6)}`)],
  ['BIOMETRIC', 'voiceprint', (r) => labelled(pick(r, ['voiceprint ', 'voice print ID: ', 'Voiceprint # ']), `VP${digits(r, 7)}`)],
  // Other unique numbers.
  ['ID', 'accession', (r) => labelled(pick(r, ['accession ', 'Accession #: ', 'path ', 'Surgical pathology ']), `${upper(r, 1)}${pad2(year(r) % 100)}-${digits(r, 5)}`)],
  ['ID', 'specimen id', (r) => labelled(pick(r, ['specimen ID ', 'Specimen #: ', 'sample # ']), `${upper(r, 2)}${digits(r, 7)}`)],
  ['ID', 'case number', (r) => labelled(pick(r, ['case no. ', 'Case #', 'case number ']), `${year(r)}-${digits(r, 5)}`)],
  ['ID', 'claim number', (r) => labelled(pick(r, ['claim # ', 'Claim No: ', 'claim number ']), `${upper(r, 3)}${digits(r, 8)}`)],
  ['ID', 'study id', (r) => labelled(pick(r, ['study ID ', 'Study subject # ', 'enrolled as subject ']), `${upper(r, 3)}-${digits(r, 3)}-${digits(r, 3)}`)],
  ['ID', 'bare S21-12345', (r) => self(`${upper(r, 1)}${pad2(year(r) % 100)}-${digits(r, 5)}`)],
  // Addresses.
  ['LOCATION', 'n Name St.', (r) => self(`${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['LOCATION', 'n N. Name Street Apt 4B', (r) => self(`${int(r, 1, 9999)} ${pick(r, ['N.', 'S.', 'E.', 'W.', 'North', 'SW'])} ${pick(r, STREETS)} ${pick(r, SUFFIXES)} ${pick(r, ['Apt', 'Apt.', 'Unit', 'Suite', '#'])} ${int(r, 1, 40)}${pick(r, ['', 'B', 'C'])}`)],
  ['LOCATION', 'PO Box', (r) => self(`${pick(r, ['PO Box', 'P.O. Box', 'P O Box', 'POB'])} ${digits(r, 4)}`)],
  ['LOCATION', 'rural route', (r) => self(`${pick(r, ['RR', 'Rural Route', 'R.R.'])} ${int(r, 1, 9)} Box ${digits(r, 3)}`)],
  ['LOCATION', 'one line city state zip', (r) => self(`${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}, ${pick(r, CITIES)}, ${pick(r, STATES)} ${digits(r, 5)}`)],
  ['LOCATION', 'ZIP+4 line', (r) => self(`${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}, ${pick(r, CITIES)} ${pick(r, STATES)} ${digits(r, 5)}-${digits(r, 4)}`)],
  ['LOCATION', 'highway address', (r) => self(`${digits(r, 4)} ${pick(r, ['Highway', 'Hwy', 'State Route', 'County Road'])} ${int(r, 1, 99)}`)],
  ['ZIP', 'ZIP after city, state', (r) => { const z = digits(r, 5); return { snippet: `${pick(r, CITIES)}, ${pick(r, STATES)} ${z}`, part: z }; }],
  ['ZIP', 'ZIP+4 after state', (r) => { const z = `${digits(r, 5)}-${digits(r, 4)}`; return { snippet: `${pick(r, CITIES)} ${pick(r, STATES)} ${z}`, part: z }; }],
  ['ZIP', 'zip label', (r) => labelled(pick(r, ['zip ', 'ZIP: ', 'zip code ']), digits(r, 5))],
  // A second wave, written after the rules above were fixed, to see how far they generalize.
  ['DATE', 'Month dth, yyyy', (r) => self(`${pick(r, MONTHS)} ${ord(day(r))}, ${year(r)}`)],
  ['DATE', 'Mon-dd-yyyy', (r) => self(`${pick(r, ABBR)}-${pad2(day(r))}-${year(r)}`)],
  ['DATE', 'yyyy.mm.dd', (r) => self(`${year(r)}.${pad2(mon(r))}.${pad2(day(r))}`)],
  ['DATE', 'dth Month', (r) => self(`${ord(day(r))} ${pick(r, MONTHS)}`)],
  ['DATE', 'Sept. d', (r) => self(`${pick(r, ['Sept.', 'Aug.', 'Feb.', 'Nov.'])} ${day(r)}`)],
  ['DATE', 'MONTH DTH caps', (r) => self(`${pick(r, MONTHS).toUpperCase()} ${ord(day(r)).toUpperCase()}`)],
  ['DATE', 'mm/yyyy', (r) => self(`${pad2(mon(r))}/${year(r)}`)],
  ['DATE', 'Month d - Month d', (r) => self(`${pick(r, MONTHS)} ${day(r)} - ${pick(r, MONTHS)} ${day(r)}`)],
  ['DATE', 'm/d through m/d', (r) => { const m = mon(r); const b = `${m}/${int(r, 13, 28)}`; return { snippet: `${m}/${int(r, 5, 12)} through ${b}`, part: b }; }],
  ['DATE', 'Weekday, Month d, yyyy', (r) => self(`${pick(r, WEEKDAYS)}, ${pick(r, MONTHS)} ${day(r)}, ${year(r)}`)],
  ['DATE', 'dd/mm/yyyy day>12', (r) => self(`${int(r, 13, 28)}/${pad2(mon(r))}/${year(r)}`)],
  ['DATE', 'Wkd m/d', (r) => self(`${pick(r, ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri'])} ${mon(r)}/${int(r, 12, 28)}`)],
  ['AGE', 'N year-old', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} year-old`, part: a }; }],
  ['AGE', 'N years of age', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} years of age`, part: a }; }],
  ['AGE', '(N yo)', (r) => { const a = String(int(r, 90, 109)); return { snippet: `(${a} yo)`, part: a }; }],
  ['AGE', 'NyF', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}y${pick(r, ['F', 'M', 'f', 'm'])}`, part: a }; }],
  ['AGE', 'N-y/o', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}-y/o`, part: a }; }],
  ['AGE', 'ninety-x-year-old', (r) => { const s = `ninety-${pick(r, ['four', 'six', 'eight'])}`; return { snippet: `${s}-year-old`, part: s }; }],
  ['PHONE', '(aaa)nnn-nnnn', (r) => self(`(${areaCode(r)})${line(r)}`)],
  ['PHONE', '+1 (aaa) nnn-nnnn', (r) => self(`+1 (${areaCode(r)}) ${line(r)}`)],
  ['PHONE', '+1-aaa-nnn-nnnn', (r) => self(`+1-${areaCode(r)}-${line(r)}`)],
  ['PHONE', 'T: aaa-nnn-nnnn', (r) => labelled(pick(r, ['T: ', 'H: ', 'C: ', 'W: ', 'M: ']), `${areaCode(r)}-${line(r)}`)],
  ['PHONE', '+33 intl', (r) => self(`+33 1 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`)],
  ['PHONE', '+91 intl', (r) => self(`+91 98${digits(r, 3)} ${digits(r, 5)}`)],
  ['PHONE', 'pager #nnnn', (r) => labelled(pick(r, ['pager #', 'pgr #', 'page ']), digits(r, 5))],
  ['EMAIL', 'co.uk underscore', (r) => self(`${pick(r, ['first_last', 'j_o_smith'])}@${pick(r, ['nhs.net', 'trust.nhs.uk', 'clinic.co.uk'])}`)],
  ['EMAIL', 'mailto', (r) => self(`mailto:${pick(r, ['care', 'dr.lee'])}@${pick(r, ['example.org', 'health.com'])}`)],
  ['URL', 'caps', (r) => self(`HTTPS://WWW.${pick(r, ['EXAMPLE', 'MYCLINIC'])}.COM/${pick(r, ['PT', 'INFO'])}`)],
  ['URL', 'query string', (r) => self(`${pick(r, ['example', 'portal.myhealth'])}.com/view?id=${digits(r, 6)}&u=${pick(r, ['jd', 'x'])}`)],
  ['URL', 'ip:port', (r) => self(`http://${int(r, 10, 192)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}:${int(r, 1024, 9999)}/pacs`)],
  ['URL', 'short link', (r) => self(`${pick(r, ['bit.ly', 'tinyurl.com', 'goo.gl'])}/${alnum(r, 7)}`)],
  ['IP', 'ipv4:port', (r) => self(`${int(r, 10, 192)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}:${int(r, 1024, 9999)}`)],
  ['IP', 'ipv4-mapped', (r) => self(`::ffff:${int(r, 10, 192)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`)],
  ['SSN', 'social security # 9 digits', (r) => labelled(pick(r, ['social security # ', 'Soc Sec No. ', 'social security number is ']), `${int(r, 100, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`)],
  ['SSN', 'nnn.nn.nnnn', (r) => self(`${int(r, 100, 665)}.${int(r, 10, 99)}.${int(r, 1000, 9999)}`)],
  ['MRN', 'MRN-nnnnnnn', (r) => labelled('MRN-', digits(r, 7))],
  ['MRN', 'medical record number is', (r) => labelled(pick(r, ['medical record number is ', 'his MRN is ', 'MR no ']), digits(r, 8))],
  ['MRN', '[MRN: n]', (r) => { const v = digits(r, 7); return { snippet: `[MRN: ${v}]`, part: v }; }],
  ['HEALTH_PLAN', 'payer ID', (r) => labelled(pick(r, ['BCBS ID ', 'Aetna member ', 'Insurance: Cigna ']), `${upper(r, 1)}${digits(r, 9)}`)],
  ['HEALTH_PLAN', 'HICN', (r) => labelled(pick(r, ['HICN ', 'Medicare # ', 'HIC# ']), `${digits(r, 9)}${upper(r, 1)}`)],
  ['ACCOUNT', 'account ending', (r) => labelled(pick(r, ['account ending in ', 'card ending ', 'acct ending ']), digits(r, 4))],
  ['ACCOUNT', 'visit/FIN', (r) => labelled(pick(r, ['Visit #: ', 'FIN ', 'Encounter ID ']), `V${digits(r, 8)}`)],
  ['LICENSE', 'RN licence', (r) => labelled(pick(r, ['Lic. ', 'RN license ', 'nursing license # ']), `RN${digits(r, 6)}`)],
  ['LICENSE', 'NPI=', (r) => labelled(pick(r, ['NPI=', 'NPI:', 'npi ']), `1${digits(r, 9)}`)],
  ['LICENSE', 'DL (state)', (r) => labelled(pick(r, ['DL: ', "driver's lic ", 'DL # ']), `${upper(r, 1)}${digits(r, 7)}`)],
  ['VEHICLE', 'plate dashed', (r) => labelled(pick(r, ['license plate ', 'plate: ', 'tag# ']), `${upper(r, 3)}-${digits(r, 4)}`)],
  ['VEHICLE', 'car make + plate', (r) => labelled(`${pick(r, ['Honda Civic', 'gray Ford F-150', 'Toyota'])} ${pick(r, ['plate ', 'plates ', 'lic. plate '])}`, `${digits(r, 1)}${upper(r, 3)}${digits(r, 3)}`)],
  ['DEVICE', 'model + serial', (r) => labelled(`${pick(r, ['Medtronic Azure', 'Boston Scientific', 'St. Jude'])} ${pick(r, ['serial ', 'SN ', 'S/N: '])}`, `${upper(r, 3)}${digits(r, 6)}${upper(r, 1)}`)],
  ['DEVICE', 'IMEI dashed', (r) => labelled('IMEI ', `${digits(r, 2)}-${digits(r, 6)}-${digits(r, 6)}-${digits(r, 1)}`)],
  ['DEVICE', 'serial number alnum', (r) => labelled(pick(r, ['serial number ', 'Serial: ', 'ser# ']), `${upper(r, 2)}${digits(r, 3)}${upper(r, 3)}${digits(r, 3)}`)],
  ['BIOMETRIC', 'fingerprint hash', (r) => labelled(pick(r, ['fingerprint hash ', 'biometric template ', 'palm print ID ']), `${hex(r, 12)}`)],
  ['BIOMETRIC', 'retinal scan #', (r) => labelled(pick(r, ['retinal scan #', 'iris template ', 'voiceprint id ']), `RS-${year(r)}-${digits(r, 4)}`)],
  ['ID', 'order #', (r) => labelled(pick(r, ['order #', 'Order No. ', 'requisition # ']), `ORD-${year(r)}-${digits(r, 4)}`)],
  ['ID', 'employee/badge', (r) => labelled(pick(r, ['employee ID ', 'badge #', 'Employee # ']), `E${digits(r, 5)}`)],
  ['ID', 'ref alnum', (r) => labelled(pick(r, ['Ref #: ', 'reference ', 'ticket # ']), `${upper(r, 2)}${digits(r, 2)}${upper(r, 2)}${digits(r, 2)}`)],
  ['LOCATION', 'Apt first', (r) => self(`Apt ${int(r, 1, 30)}${pick(r, ['A', 'B', ''])}, ${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['LOCATION', 'nth Ave', (r) => self(`${int(r, 10, 9999)} ${pick(r, ['W', 'E', 'N', 'S'])} ${ord(int(r, 1, 99))} ${pick(r, ['Ave', 'St', 'Street'])}`)],
  ['LOCATION', 'half number', (r) => self(`${int(r, 10, 999)} 1/2 ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['LOCATION', 'caps street', (r) => self(`${int(r, 10, 9999)} ${pick(r, STREETS).toUpperCase()} ${pick(r, ['ST', 'AVE', 'RD', 'BLVD', 'DRIVE'])}`)],
  ['LOCATION', 'street NW', (r) => self(`${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, ['St', 'Ave'])} ${pick(r, ['NW', 'SE', 'NE'])}`)],
  ['ZIP', 'state name ZIP', (r) => { const z = `0${digits(r, 4)}`; return { snippet: `${pick(r, CITIES)}, ${pick(r, ['Massachusetts', 'New Jersey', 'Connecticut'])} ${z}`, part: z }; }],
  ['ZIP', 'zip+4 label', (r) => labelled(pick(r, ['zip ', 'Zip: ']), `0${digits(r, 4)}-${digits(r, 4)}`)],
  // A third wave, measured before any rule was written for it.
  ['DATE', 'yyyy-m-d unpadded', (r) => self(`${year(r)}-${mon(r)}-${day(r)}`)],
  ['DATE', 'd-Month-yyyy', (r) => self(`${day(r)}-${pick(r, MONTHS)}-${year(r)}`)],
  ['DATE', 'date @ time', (r) => self(`${mon(r)}/${day(r)}/${year(r)}@${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))}`)],
  ['DATE', 'date at h:mm PM', (r) => self(`${pad2(mon(r))}/${pad2(day(r))}/${pad2(year(r) % 100)} at ${int(r, 1, 12)}:${pad2(int(r, 0, 59))} ${pick(r, ['PM', 'AM', 'pm'])}`)],
  ['DATE', "Mon dth 'yy", (r) => self(`${pick(r, ABBR.filter((m) => m !== 'May'))} ${ord(day(r))} '${pad2(year(r) % 100)}`)],
  ['DATE', 'Mon. dth', (r) => self(`${pick(r, ['Jan.', 'Feb.', 'Aug.', 'Oct.', 'Nov.', 'Dec.'])} ${ord(day(r))}`)],
  ['DATE', 'iso seconds', (r) => self(`${year(r)}-${pad2(mon(r))}-${pad2(day(r))} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}`)],
  ['DATE', 'D.O.B.: m/d/yyyy', (r) => labelled(pick(r, ['D.O.B.: ', 'DOB:', 'Birthdate ']), `${mon(r)}/${day(r)}/${year(r)}`)],
  ['AGE', 'N-yr-old', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}-yr-old`, part: a }; }],
  ['AGE', 'N yo female', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}yo ${pick(r, ['female', 'male', 'F', 'M'])}`, part: a }; }],
  ['AGE', '(age N)', (r) => { const a = String(int(r, 90, 109)); return { snippet: `(age ${a})`, part: a }; }],
  ['AGE', 'N years', (r) => { const a = String(int(r, 90, 109)); return { snippet: `is ${a} years old`, part: a }; }],
  ['PHONE', 'aaa nnn-nnnn', (r) => self(`${areaCode(r)} ${line(r)}`)],
  ['PHONE', 'aaa-nnnnnnn', (r) => self(`${areaCode(r)}-555${digits(r, 4)}`)],
  ['PHONE', 'en dashes', (r) => self(`${areaCode(r)}–555–${digits(r, 4)}`)],
  ['PHONE', '+1.aaa.nnn.nnnn', (r) => self(`+1.${areaCode(r)}.555.${digits(r, 4)}`)],
  ['PHONE', 'tel:+1', (r) => self(`tel:+1${areaCode(r)}555${digits(r, 4)}`)],
  ['EMAIL', 'mixed case', (r) => self(`${pick(r, ['JDoe', 'Mary.Ann', 'KLee2'])}@${pick(r, ['Example.Com', 'Gmail.com', 'MyClinic.Org'])}`)],
  ['EMAIL', 'long tld', (r) => self(`${pick(r, ['info', 'a.b'])}@${pick(r, ['family.museum', 'smith.email', 'clinic.health'])}`)],
  ['URL', 'port query fragment', (r) => self(`https://${pick(r, ['example', 'records'])}.org:8443/a?b=${digits(r, 3)}#top`)],
  ['URL', 'www trailing period', (r) => ({ snippet: `see www.${pick(r, ['example', 'kidsfund'])}.org.`, part: '' })],
  ['IP', 'cidr', (r) => self(`${int(r, 10, 192)}.${int(r, 0, 255)}.${int(r, 0, 255)}.0/24`)],
  ['IP', 'IPv6 upper', (r) => self(`2001:DB8:${hex(r, 4).toUpperCase()}::${hex(r, 1).toUpperCase()}`)],
  ['SSN', 'social security: 9', (r) => labelled(pick(r, ['Social Security: ', 'SSN:', 'SSN-']), `${int(r, 100, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`)],
  ['MRN', 'MRN:n no space', (r) => labelled(pick(r, ['MRN:', 'MR#', 'Hosp # ', 'Medical Record #: ']), digits(r, 7))],
  ['MRN', 'MRN dashed', (r) => labelled(pick(r, ['MRN ', 'MRN: ']), `${digits(r, 3)}-${digits(r, 2)}-${digits(r, 2)}`)],
  ['HEALTH_PLAN', 'Medicaid caps', (r) => labelled(pick(r, ['MEDICAID # ', 'MEDICARE NO. ', 'INS ID: ']), `${upper(r, 2)}${digits(r, 6)}${upper(r, 1)}`)],
  ['ACCOUNT', 'acct:n', (r) => labelled(pick(r, ['Acct:', 'ACCT #', 'Account: ']), digits(r, 9))],
  ['LICENSE', 'DEA lower label', (r) => labelled(pick(r, ['dea# ', 'dea no ', 'DEA Reg. ']), `${upper(r, 2)}${digits(r, 7)}`)],
  ['DEVICE', 'serial lower label', (r) => labelled(pick(r, ['serial: ', 'sn ', 'ser. no. ']), `${upper(r, 2)}${digits(r, 6)}`)],
  ['LOCATION', 'St., Apt.', (r) => self(`${int(r, 10, 9999)} ${pick(r, STREETS)} St., Apt. ${int(r, 1, 30)}`)],
  ['LOCATION', 'Suite first', (r) => self(`Suite ${int(r, 100, 900)}, ${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['ZIP', 'City, ST, ZIP', (r) => { const z = digits(r, 5); return { snippet: `${pick(r, CITIES)}, ${pick(r, STATES)}, ${z}`, part: z }; }],
  ['ZIP', 'zip leading zero', (r) => { const z = `0${digits(r, 4)}`; return { snippet: `${pick(r, CITIES)} ${pick(r, ['MA', 'NJ', 'CT', 'RI'])} ${z}`, part: z }; }],
  // A fourth wave, measured before any rule was written for it.
  ['DATE', 'dth Mon yyyy', (r) => self(`${ord(day(r))} ${pick(r, ABBR)} ${year(r)}`)],
  ['DATE', 'Month the dth', (r) => self(`${pick(r, MONTHS.filter((m) => m !== 'May'))} the ${ord(day(r))}`)],
  ['DATE', 'yyyyMondd', (r) => self(`${year(r)}${pick(r, ABBR)}${pad2(day(r))}`)],
  ['DATE', 'Mon d-d, yyyy', (r) => { const d = int(r, 1, 20); return self(`${pick(r, ABBR.filter((m) => m !== 'May'))} ${d}-${d + int(r, 1, 8)}, ${year(r)}`); }],
  ['DATE', 'dd-Mon', (r) => self(`${pad2(day(r))}-${pick(r, ABBR)}`)],
  ['DATE', 'dd.mm.yy', (r) => self(`${pad2(day(r))}.${pad2(mon(r))}.${pad2(year(r) % 100)}`)],
  ['DATE', 'week of m/d', (r) => labelled('week of ', `${mon(r)}/${int(r, 12, 28)}`)],
  ['AGE', 'N years', (r) => { const a = String(int(r, 90, 109)); return { snippet: `Age ${a} years`, part: a }; }],
  ['AGE', '(NF)', (r) => { const a = String(int(r, 90, 109)); return { snippet: `pt (${a}${pick(r, ['F', 'M'])})`, part: a }; }],
  ['AGE', 'N y', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} y female`, part: a }; }],
  ['PHONE', 'aaa nnnnnnn', (r) => self(`${areaCode(r)} 555${digits(r, 4)}`)],
  ['PHONE', '(c) suffix', (r) => { const p = `${areaCode(r)}.555.${digits(r, 4)}`; return { snippet: `${p} (${pick(r, ['c', 'h', 'w'])})`, part: p }; }],
  ['PHONE', ', ext. n', (r) => self(`(${areaCode(r)}) 555-${digits(r, 4)}, ext. ${digits(r, 3)}`)],
  ['ID', 'lab id dashed', (r) => labelled(pick(r, ['Lab ID: ', 'Lab # ', 'Requisition ID ']), `${pad2(year(r) % 100)}-${digits(r, 3)}-${digits(r, 4)}`)],
  ['ID', 'accession long', (r) => labelled(pick(r, ['accession no. ', 'Acc# ', 'Accession: ']), `${upper(r, 2)}${year(r)}-${digits(r, 7)}`)],
  ['LICENSE', 'license: RN-n', (r) => labelled(pick(r, ['license: ', 'Lic: ', 'licence no ']), `RN-${digits(r, 6)}`)],
  ['LICENSE', 'NPI #:', (r) => labelled('NPI #: ', `1${digits(r, 9)}`)],
  ['VEHICLE', 'VIN lower', (r) => labelled('VIN: ', `1${upper(r, 2)}${alnum(r, 5)}${digits(r, 1)}${upper(r, 2)}${digits(r, 6)}`.toLowerCase())],
  ['VEHICLE', 'car license', (r) => labelled(pick(r, ['car license ', 'vehicle plate ', 'auto tag ']), `${digits(r, 1)}${upper(r, 3)}${digits(r, 3)}`)],
  ['LOCATION', 'Flat n, n High Street', (r) => self(`Flat ${int(r, 1, 20)}, ${int(r, 1, 300)} ${pick(r, ['High', 'Church', 'Station', 'Mill'])} ${pick(r, ['Street', 'Road', 'Lane'])}`)],
  ['LOCATION', 'nB Name Street', (r) => self(`${int(r, 1, 300)}${pick(r, ['A', 'B', 'C'])} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['LOCATION', 'range house number', (r) => { const n = int(r, 10, 900); return self(`${n}-${n + 2} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`); }],
  ['LOCATION', 'St SE #n', (r) => self(`${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, ['St', 'Ave'])} SE #${int(r, 1, 400)}`)],
  ['ZIP', 'City ZIP no state', (r) => { const z = digits(r, 5); return { snippet: `lives in ${pick(r, CITIES)} ${z}`, part: z }; }],
  // A fifth wave, written blind (by someone who had not read the rules) from the documents a hospital's
  // data-protection officer would sample: referral letters, discharge summaries, lab reports, insurance
  // forms, device logs, e-mails, international patients. Measured before rules: 0.787 (1649/2096, seeds 1-8); after
  // the rules for it, 0.983 (the rest: names in headers and signatures, whose rules are names.ts's, and a bare "Box 430",
  // left alone because claim forms number their boxes). Two slips of the blind generator were fixed after measuring:
  // Canadian postcodes now use only the letters Canada Post uses, and a catalogue "REF" look-alike was dropped (a
  // labelled "ref" is redacted as a reference on purpose).
  // Choices: a quarter ("Q3 2021") is a date element finer than the year, so Q3 goes and the year stays;
  // "in her nineties" is an age over 89 narrower than "90 or older", so it goes; a masked SSN showing only
  // its last four digits still carries them, so they go; a photo file name, a room or bed number, an NDC
  // (a product code) and a device catalogue REF (the same for every unit) are not identifiers of a person.
  ['DATE', 'dth Mon', (r) => self(`${ord(day(r))} ${pick(r, ABBR)}`)],
  ['DATE', 'Mon. d, yyyy', (r) => self(`${pick(r, ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'])} ${day(r)}, ${year(r)}`)],
  ['DATE', 'ddMONyyyy caps', (r) => self(`${pad2(day(r))}${pick(r, ABBR).toUpperCase()}${year(r)}`)],
  ['DATE', 'yyyy/m/d unpadded', (r) => self(`${year(r)}/${mon(r)}/${day(r)}`)],
  ['DATE', 'ISO offset', (r) => self(`${year(r)}-${pad2(mon(r))}-${pad2(day(r))}T${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}${pick(r, ['-05:00', '+01:00', '+0530', '.123Z', '-0800'])}`)],
  ['DATE', 'DOB: d.m.yy', (r) => labelled(pick(r, ['DOB: ', 'geb. ', 'Born ', 'DOB ']), `${day(r)}.${mon(r)}.${pad2(year(r) % 100)}`)],
  ['DATE', 'Qn yyyy', (r) => { const q = `Q${int(r, 1, 4)}`; return { snippet: `${pick(r, ['seen ', 'surgery in ', 'last visit ', ''])}${q} ${year(r)}`, part: q }; }],
  ['DATE', 'early/mid/late Month', (r) => { const m = pick(r, MONTHS.filter((x) => x !== 'May')); return { snippet: `${pick(r, ['mid-', 'early ', 'late ', 'mid '])}${m}`, part: m }; }],
  ['DATE', 'Month, yyyy', (r) => { const m = pick(r, MONTHS); return { snippet: `${m}, ${year(r)}`, part: m }; }],
  ['DATE', 'd/m/yy European', (r) => self(`${int(r, 13, 28)}/${mon(r)}/${pad2(year(r) % 100)}`)],
  ['DATE', 'yyyymmdd label', (r) => labelled(pick(r, ['DOS: ', 'Collected: ', 'Date: ', 'Exam date ', 'DOB ']), `${year(r)}${pad2(mon(r))}${pad2(day(r))}`)],
  ['DATE', 'yyyymmdd hh:mm:ss log', (r) => self(`${year(r)}${pad2(mon(r))}${pad2(day(r))} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}`)],
  ['DATE', 'syslog Mon dd hh:mm:ss', (r) => { const d = `${pick(r, ABBR.filter((m) => m !== 'May'))} ${pad2(day(r))}`; return { snippet: `${d} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))} pump alarm`, part: d }; }],
  ['DATE', 'dd.Mon.yyyy', (r) => self(`${pad2(day(r))}.${pick(r, ABBR)}.${year(r)}`)],
  ['DATE', 'dd Mon', (r) => self(`${pad2(day(r))} ${pick(r, ABBR.filter((m) => m !== 'May'))}`)],
  ['DATE', 'Month d and d', (r) => { const d = int(r, 1, 15); return self(`${pick(r, MONTHS.filter((m) => m !== 'May'))} ${d} and ${d + int(r, 2, 9)}`); }],
  ['DATE', 'adm m-d', (r) => labelled(pick(r, ['admitted ', 'adm ', 'd/c ', 'seen ']), `${mon(r)}-${int(r, 13, 28)}`)],
  ['DATE', 'dth of Mon', (r) => self(`${ord(day(r))} of ${pick(r, ABBR)}`)],
  ['DATE', 'Weekday dd/mm', (r) => self(`${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${int(r, 13, 28)}/${pad2(mon(r))}`)],
  ['DATE', 'DOD label', (r) => labelled(pick(r, ['DOD: ', 'Date of death: ', 'Expired ', 'Deceased ']), `${mon(r)}-${day(r)}-${year(r)}`)],
  ['DATE', 'Month dd yyyy no comma', (r) => self(`${pick(r, MONTHS)} ${pad2(day(r))} ${year(r)}`)],
  ['DATE', 'Weekday the dth', (r) => self(`${pick(r, WEEKDAYS)} the ${ord(day(r))}`)],
  ['DATE', 'mm/dd/yyyy hh:mm:ss', (r) => self(`${pad2(mon(r))}/${pad2(day(r))}/${year(r)} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}`)],
  ['AGE', 'in her nineties', (r) => labelled(`${pick(r, ['in her ', 'in his ', 'in their ', 'in her late ', 'in his early '])}`, 'nineties')],
  ['AGE', 'NYOF', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}${pick(r, ['YOF', 'YOM', 'yoF', 'yo M', ' YOF', ' YOM'])}`, part: a }; }],
  ['AGE', 'Age/Sex: N/F', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${pick(r, ['Age/Sex: ', 'Age/Gender: ', 'A/S '])}${a}/${pick(r, ['F', 'M'])}`, part: a }; }],
  ['AGE', 'N yrs', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} ${pick(r, ['yrs', 'yr', 'years'])} ${pick(r, ['F', 'M', 'female', 'man'])}`, part: a }; }],
  ['AGE', 'N YO caps', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} ${pick(r, ['YO', 'Y/O', 'YR OLD', 'YEAR OLD'])}`, part: a }; }],
  ['AGE', 'ninety three spaced', (r) => { const s = `ninety ${pick(r, ['one', 'two', 'three', 'six', 'eight'])}`; return { snippet: `${s} years old`, part: s }; }],
  ['AGE', 'turned N', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${pick(r, ['turned ', 'celebrated her ', 'will be '])}${a}`, part: a }; }],
  ['AGE', 'age N', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${pick(r, ['Age ', 'age: ', 'AGE: ', 'Age (yrs): '])}${a}`, part: a }; }],
  ['AGE', 'N-year-old caps', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a}-${pick(r, ['YEAR-OLD', 'Year-Old', 'yr-old', 'y-o'])}`, part: a }; }],
  ['AGE', 'centenarian words', (r) => { const s = pick(r, ['one hundred', 'one hundred and two', 'one hundred one']); return { snippet: `${s} years old`, part: s }; }],
  ['PHONE', 'aaa.nnn.nnnn ext n', (r) => self(`${areaCode(r)}.555.${digits(r, 4)} ${pick(r, ['ext', 'ext.', 'x', 'extension'])} ${digits(r, 2)}`)],
  ['PHONE', '(aaa)nnnnnnn', (r) => self(`(${areaCode(r)})555${digits(r, 4)}`)],
  ['PHONE', '+44 (0)', (r) => self(`+44 (0)${pick(r, ['20', '161', '131'])} ${digits(r, 3)} ${digits(r, 4)}`)],
  ['PHONE', 'UK mobile 07', (r) => labelled(pick(r, ['mob: ', 'mobile ', 'Mob. ']), `07${digits(r, 3)} ${digits(r, 6)}`)],
  ['PHONE', '+61 / +49 intl', (r) => self(pick(r, [`+61 2 ${digits(r, 4)} ${digits(r, 4)}`, `+49 30 ${digits(r, 6)}`, `+52 55 ${digits(r, 4)} ${digits(r, 4)}`, `+353 1 ${digits(r, 3)} ${digits(r, 4)}`]))],
  ['PHONE', '1 (800) nnn-nnnn', (r) => self(`1 (${pick(r, ['800', '888', '877'])}) 555-${digits(r, 4)}`)],
  ['PHONE', 'ph nnn nnnn', (r) => labelled(pick(r, ['ph ', 'Ph: ', 'tel. ', 'Tel: ']), `555 ${digits(r, 4)}`)],
  ['PHONE', 'vanity 1-888-ASK-NURSE', (r) => self(`1-${pick(r, ['888', '877', '800'])}-${pick(r, ['ASK-NURSE', 'MED-CARE', 'GO-HEALTH', 'MY-DOCTOR'])}`)],
  ['PHONE', 'callback #', (r) => labelled(pick(r, ['callback # ', 'call back number: ', 'best # to reach: ', 'Home: ']), `${areaCode(r)}555${digits(r, 4)}`)],
  ['PHONE', 'phone (mobile)', (r) => { const p = `${areaCode(r)}-555-${digits(r, 4)}`; return { snippet: `${p} (${pick(r, ['mobile', 'cell', 'home', 'work'])})`, part: p }; }],
  ['FAX', 'Fax:no space dots', (r) => labelled(pick(r, ['Fax:', 'FAX:', 'Facsimile: ', 'fax to ']), `${areaCode(r)}.555.${digits(r, 4)}`)],
  ['FAX', 'nnn (f)', (r) => { const p = `${areaCode(r)}-555-${digits(r, 4)}`; return { snippet: `${p} (${pick(r, ['f', 'fax', 'F'])})`, part: p }; }],
  ['FAX', 'fax +1', (r) => labelled(pick(r, ['fax #: ', 'F ', 'Fax: ']), `+1 ${areaCode(r)} 555 ${digits(r, 4)}`)],
  ['EMAIL', 'angle brackets', (r) => { const e = `${pick(r, ['jdoe', 'm.okafor', 'lindqvist.e'])}@${pick(r, ['gmail.com', 'outlook.com', 'stmarys.org'])}`; return { snippet: `From: ${pick(r, ['Jane Doe', 'M. Okafor', 'Eleanor'])} <${e}>`, part: e }; }],
  ['EMAIL', 'hyphen domain', (r) => self(`${pick(r, ['r.smith', 'referrals', 'a-patel'])}@${pick(r, ['st-marys-hospital.org.uk', 'north-valley.health', 'kaiser-permanente.org', 'klinik-nord.de'])}`)],
  ['EMAIL', 'digits local part', (r) => self(`${digits(r, 6)}@${pick(r, ['students.uni.edu', 'pager.hospital.org', 'txt.att.net'])}`)],
  ['EMAIL', '[at] [dot]', (r) => self(`${pick(r, ['jdoe', 'mary.k'])} ${pick(r, ['[at]', '(at)', 'AT'])} ${pick(r, ['gmail', 'yahoo'])} ${pick(r, ['[dot]', '(dot)', 'DOT'])} com`)],
  ['EMAIL', 'sentence end', (r) => ({ snippet: `e-mail ${pick(r, ['kim.lee', 'tom_b'])}@${pick(r, ['icloud.com', 'proton.me'])}.`, part: '' })],
  ['URL', 'social profile', (r) => self(`${pick(r, ['facebook.com', 'instagram.com', 'linkedin.com/in', 'twitter.com'])}/${pick(r, ['jane.doe.75', 'tomas_ab', 'priya-castillo-rn'])}`)],
  ['URL', 'angle brackets', (r) => { const u = `https://${pick(r, ['portal', 'share'])}.${pick(r, ['stmarys', 'ridgeclinic'])}.org/${pick(r, ['doc', 'img'])}/${alnum(r, 8)}`; return { snippet: `<${u}>`, part: u }; }],
  ['URL', 'subdomain path no scheme', (r) => self(`${pick(r, ['mychart', 'portal', 'patients'])}.${pick(r, ['valleyhealth', 'stmarys', 'nhs'])}.${pick(r, ['org', 'net', 'uk'])}/${pick(r, ['login', 'msg', 'p'])}/${digits(r, 5)}`)],
  ['URL', 'www no path', (r) => self(`www.${pick(r, ['okaforfamily', 'brennanlaw', 'castillo-photos'])}.${pick(r, ['com', 'net', 'co.uk'])}`)],
  ['URL', 'handle', (r) => { const h = `@${pick(r, ['jdoe1975', 'mags_okafor', 'tomas.ab'])}`; return { snippet: `${pick(r, ['IG ', 'Twitter: ', 'instagram handle '])}${h}`, part: h }; }],
  ['IP', 'IPv6 middle compression', (r) => self(`2001:0db8:${hex(r, 4)}::${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}`)],
  ['IP', 'IPv6 bracket port', (r) => self(`[2001:db8::${hex(r, 2)}]:${int(r, 1024, 9999)}`)],
  ['IP', 'IPv6 short fe80::n', (r) => self(`fe80::${hex(r, 1)}`)],
  ['IP', 'IP label no space', (r) => labelled(pick(r, ['IP:', 'ip=', 'src=', 'host ']), `${int(r, 10, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`)],
  ['SSN', 'masked XXX-XX-nnnn', (r) => labelled(pick(r, ['XXX-XX-', '***-**-', 'xxx-xx-', '###-##-']), `${int(r, 1000, 9999)}`)],
  ['SSN', 'SSN en dash', (r) => self(`${int(r, 100, 665)}–${int(r, 10, 99)}–${int(r, 1000, 9999)}`)],
  ['SSN', 'Soc. Sec. #', (r) => labelled(pick(r, ['Soc. Sec. #: ', 'S.S.N. ', 'SS No. ', 'SSN (last 4): ']), `${int(r, 100, 665)}-${int(r, 10, 99)}-${int(r, 1000, 9999)}`)],
  ['SSN', 'ITIN', (r) => labelled(pick(r, ['ITIN ', 'TIN: ', 'taxpayer ID ']), `9${digits(r, 2)}-7${digits(r, 1)}-${digits(r, 4)}`)],
  ['MRN', 'Med Rec No.', (r) => labelled(pick(r, ['Med Rec No. ', 'Med. Rec. #: ', 'MR No: ', 'Medical Rec #']), digits(r, 8))],
  ['MRN', 'NHS number spaced', (r) => labelled(pick(r, ['NHS No: ', 'NHS number ', 'NHS#']), `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`)],
  ['MRN', 'MRN alnum', (r) => labelled(pick(r, ['MRN: ', 'MRN ', 'EMPI ', 'PID: ']), `${upper(r, 2)}${digits(r, 6)}`)],
  ['MRN', 'MRN leading zeros', (r) => labelled(pick(r, ['MRN: ', 'Pt ID ', 'Patient #: ', 'Hosp No. ']), `000${digits(r, 6)}`)],
  ['MRN', 'CHI / health number', (r) => labelled(pick(r, ['CHI ', 'CHI no. ', 'Health number ', 'PHN ']), `${digits(r, 10)}`)],
  ['HEALTH_PLAN', 'MBI bare', (r) => labelled(pick(r, ['Medicare Beneficiary Identifier: ', 'MBI: ', 'Medicare MBI ']), `${int(r, 1, 9)}${upper(r, 1)}${alnum(r, 1)}${digits(r, 1)}${upper(r, 1)}${alnum(r, 1)}${digits(r, 1)}${upper(r, 2)}${digits(r, 2)}`)],
  ['HEALTH_PLAN', 'payer prefix id', (r) => labelled(pick(r, ['UHC ID ', 'BCBS ID: ', 'Humana # ', 'Anthem member ']), `${upper(r, 3)}${digits(r, 9)}`)],
  ['HEALTH_PLAN', 'Medi-Cal CIN', (r) => labelled(pick(r, ['Medi-Cal CIN ', 'CIN: ', 'Medicaid CIN ']), `9${digits(r, 7)}${upper(r, 1)}`)],
  ['HEALTH_PLAN', 'OHIP health card', (r) => labelled(pick(r, ['OHIP ', 'OHIP #: ', 'Health card ']), `${digits(r, 4)}-${digits(r, 3)}-${digits(r, 3)}-${upper(r, 2)}`)],
  ['HEALTH_PLAN', 'subscriber/dependent', (r) => labelled(pick(r, ['Subscriber #: ', 'Insured ID ', 'Primary ins ID ']), `${digits(r, 9)}-${pad2(int(r, 1, 4))}`)],
  ['ACCOUNT', 'HAR / guarantor', (r) => labelled(pick(r, ['HAR: ', 'Guarantor #: ', 'Pt Acct No. ', 'Statement # ']), digits(r, 10))],
  ['ACCOUNT', 'IBAN', (r) => self(`GB${digits(r, 2)} ${pick(r, ['NWBK', 'BARC', 'LOYD'])} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)}`)],
  ['ACCOUNT', 'card dashed', (r) => self(`${pick(r, ['5', '4'])}${digits(r, 3)}-${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}`)],
  ['ACCOUNT', 'amex', (r) => self(`37${digits(r, 2)} ${digits(r, 6)} ${digits(r, 5)}`)],
  ['LICENSE', 'NY DL spaced', (r) => labelled(pick(r, ['NY DL ', "driver's license # ", 'DL No. ']), `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`)],
  ['LICENSE', 'FL DL', (r) => labelled(pick(r, ['FL DL ', 'DL: ', "Driver's Lic "]), `${upper(r, 1)}${digits(r, 3)}-${digits(r, 3)}-${digits(r, 2)}-${digits(r, 3)}-${digits(r, 1)}`)],
  ['LICENSE', 'medical license MD', (r) => labelled(pick(r, ['Medical License No. ', 'State license: ', 'Lic# ']), `${pick(r, ['MD', 'G', 'A', 'DO'])}${digits(r, 5)}`)],
  ['LICENSE', 'DEA unlabelled after MD', (r) => { const v = `${pick(r, ['A', 'B', 'F', 'M'])}${upper(r, 1)}${digits(r, 7)}`; return { snippet: `Rx: oxycodone 5 mg #20, prescriber DEA ${v}`, part: v }; }],
  ['LICENSE', 'birth/death certificate', (r) => labelled(pick(r, ['birth certificate no. ', 'Death Certificate #: ', 'certificate of death ', 'BC# ']), `${year(r)}-${digits(r, 6)}`)],
  ['LICENSE', 'APRN / PA licence', (r) => labelled(pick(r, ['APRN ', 'PA-C lic ', 'LPN license ', 'RN Lic. ']), `${pick(r, ['AP', 'PA', 'LPN', 'RN'])}${digits(r, 7)}`)],
  ['VEHICLE', 'state plate', (r) => { const v = `${digits(r, 1)}${upper(r, 2)}${digits(r, 4)}`; return { snippet: `${pick(r, ['MD', 'VA', 'CA'])} ${pick(r, ['plate ', 'tag ', 'tags '])}${v}`, part: v }; }],
  ['VEHICLE', 'plate spaced', (r) => labelled(pick(r, ['license plate # ', 'plate no. ', 'reg. ']), `${upper(r, 3)} ${digits(r, 4)}`)],
  ['VEHICLE', 'UK reg', (r) => labelled(pick(r, ['reg ', 'registration ', 'car reg: ']), `${upper(r, 2)}${pad2(int(r, 10, 73))} ${upper(r, 3)}`)],
  ['VEHICLE', 'VIN in sentence', (r) => { const v = `${pick(r, ['1HG', '2T1', 'JH4', '1FT', '3VW'])}${upper(r, 2)}${digits(r, 2)}${upper(r, 1)}${digits(r, 1)}${upper(r, 1)}${digits(r, 7)}`; return { snippet: `driving a ${pick(r, ['2015 Honda', 'gray Ford', 'Toyota Camry'])} (${v})`, part: v }; }],
  ['DEVICE', 'UDI full', (r) => self(`(01)${digits(r, 14)}(17)${pad2(year(r) % 100)}${pad2(mon(r))}${pad2(day(r))}(10)${digits(r, 7)}${upper(r, 1)}(21)${digits(r, 2)}`)],
  ['DEVICE', 'UDI no parentheses', (r) => labelled(pick(r, ['UDI: ', 'UDI-DI ', 'barcode ']), `01${digits(r, 14)}17${pad2(year(r) % 100)}${pad2(mon(r))}${pad2(day(r))}10${upper(r, 1)}${digits(r, 5)}`)],
  ['DEVICE', 'pacemaker SN lower', (r) => labelled(`${pick(r, ['Medtronic Azure XT DR MRI W1DR01', 'Abbott Assurity MRI PM2272', 'Biotronik Edora 8 DR-T'])}, ${pick(r, ['SN ', 'sn: ', 'serial # '])}`, `${upper(r, 3)}${digits(r, 6)}${upper(r, 1)}`)],
  ['DEVICE', 'implant lot', (r) => labelled(pick(r, ['implant lot ', 'LOT ', 'Lot#: ', 'batch ']), `${digits(r, 2)}${upper(r, 1)}${digits(r, 5)}`)],
  ['DEVICE', 'CGM transmitter', (r) => labelled(pick(r, ['transmitter ID ', 'Dexcom TX ID: ', 'sensor SN ']), `${digits(r, 1)}${upper(r, 1)}${alnum(r, 4)}`)],
  ['DEVICE', 'serial all digits', (r) => labelled(pick(r, ['serial number: ', 'S/N:', 'SN#', 'Ser. ']), digits(r, 9))],
  ['DEVICE', 'asset tag', (r) => labelled(pick(r, ['asset tag ', 'Asset #: ', 'equipment ID ']), `${upper(r, 2)}-${digits(r, 6)}`)],
  ['DEVICE', 'MAC bare', (r) => labelled(pick(r, ['MAC ', 'MAC: ', 'hw addr ']), hex(r, 12).toUpperCase())],
  ['BIOMETRIC', 'iris code', (r) => labelled(pick(r, ['iris code ', 'Iris code: ', 'iris template #']), hex(r, 16))],
  ['BIOMETRIC', 'facial geometry', (r) => labelled(pick(r, ['facial geometry template ', 'face template ID ', 'facial recognition ID: ']), `FG-${digits(r, 8)}`)],
  ['BIOMETRIC', 'fingerprint template ID', (r) => labelled(pick(r, ['fingerprint template ID ', 'finger scan ID: ', 'thumbprint # ']), `${upper(r, 2)}${digits(r, 8)}`)],
  ['BIOMETRIC', 'voice print enrol', (r) => labelled(pick(r, ['voice print enrolment ', 'voice biometric ID ', 'speaker ID: ']), `${upper(r, 1)}${digits(r, 4)}-${upper(r, 2)}${digits(r, 2)}`)],
  ['ID', 'study subject', (r) => self(`${pick(r, ['SUBJ', 'SUB', 'PT', 'ENR'])}-${pad2(int(r, 0, 99))}${digits(r, 2)}`)],
  ['ID', 'case #', (r) => labelled(pick(r, ['case # ', 'Case: ', 'ME case ', 'incident # ']), `${pad2(year(r) % 100)}-${digits(r, 4)}`)],
  ['ID', 'specimen label', (r) => labelled(pick(r, ['specimen label ', 'Specimen: ', 'tube ']), `SP-${pad2(year(r) % 100)}-${digits(r, 6)}`)],
  ['ID', 'accession bare', (r) => self(`${pick(r, ['S', 'SP', 'CY', 'FN'])}${pad2(year(r) % 100)}-${digits(r, 4 + int(r, 0, 2))}`)],
  ['ID', 'prior auth', (r) => labelled(pick(r, ['prior auth # ', 'PA# ', 'authorization number ', 'referral # ']), `${upper(r, 1)}${digits(r, 9)}`)],
  ['ID', 'CSN', (r) => labelled(pick(r, ['CSN: ', 'CSN ', 'Contact serial # ']), digits(r, 10))],
  ['ID', 'blood unit ISBT', (r) => labelled(pick(r, ['unit # ', 'DIN ', 'donation number ']), `W${digits(r, 4)} ${pad2(year(r) % 100)} ${digits(r, 6)}`)],
  ['ID', 'UNOS / registry id', (r) => labelled(pick(r, ['UNOS ID ', 'registry ID: ', 'A-number ']), `${upper(r, 3)}${digits(r, 4)}`)],
  ['LOCATION', 'Canadian address', (r) => { const L = (): string => 'ABCEGHJKLMNPRSTVXY'[int(r, 0, 17)]!; const pc = `${L()}${digits(r, 1)}${L()} ${digits(r, 1)}${L()}${digits(r, 1)}`; return { snippet: `${int(r, 10, 999)} ${pick(r, ['Rue Sainte-Catherine', 'Yonge Street', 'Bloor St W'])}, ${pick(r, ['Montréal, QC', 'Toronto, ON', 'Ottawa ON'])} ${pc}`, part: pc }; }],
  ['LOCATION', 'UK postcode', (r) => { const pc = pick(r, [`SW1A ${digits(r, 1)}AA`, `M${digits(r, 1)} ${digits(r, 1)}${upper(r, 2)}`, `EH${digits(r, 1)} ${digits(r, 1)}${upper(r, 2)}`, `B${digits(r, 2)} ${digits(r, 1)}${upper(r, 2)}`]); return { snippet: `${int(r, 1, 200)} ${pick(r, ['Church Road', 'Victoria Street', 'Mill Lane'])}, ${pick(r, ['London', 'Manchester', 'Edinburgh', 'Birmingham'])} ${pc}`, part: pc }; }],
  ['LOCATION', 'postcode alone', (r) => labelled(pick(r, ['Postcode: ', 'postal code ', 'Post code ']), pick(r, [`${upper(r, 2)}${digits(r, 1)} ${digits(r, 1)}${upper(r, 2)}`, `${upper(r, 1)}${digits(r, 1)}${upper(r, 1)} ${digits(r, 1)}${upper(r, 1)}${digits(r, 1)}`]))],
  ['LOCATION', 'two-line address', (r) => self(`${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}\n${pick(r, CITIES)}, ${pick(r, STATES)} ${digits(r, 5)}`)],
  ['LOCATION', 'apt after city', (r) => { const a = `${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`; const u = `${pick(r, ['Apt', 'Apt.', 'Unit'])} ${int(r, 1, 30)}${pick(r, ['B', 'C', ''])}`; return { snippet: `${a}, ${pick(r, CITIES)} ${u}`, part: u }; }],
  ['LOCATION', 'c/o address', (r) => labelled(pick(r, ['c/o ', 'C/O ', 'Attn: ']), `${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['LOCATION', 'street name no number', (r) => labelled(pick(r, ['lives on ', 'moved to ', 'found on ', 'lives off ']), `${pick(r, STREETS)} ${pick(r, ['Street', 'Avenue', 'Road', 'Lane', 'Drive'])}`)],
  ['LOCATION', 'intersection', (r) => { const s = `${pick(r, ['Main', 'Elm', 'Maple', 'Broad'])} and ${pick(r, ['5th', 'Oak', '42nd', 'Pine'])}`; return { snippet: `found at the corner of ${s}`, part: s }; }],
  ['LOCATION', 'grid address', (r) => self(`${pick(r, ['N', 'W', 'S'])}${digits(r, 4)} ${pick(r, ['County Road', 'County Hwy', 'State Hwy'])} ${pick(r, ['K', 'JJ', '21'])}`)],
  ['LOCATION', 'European street number after', (r) => { const a = `${pick(r, ['Hauptstraße', 'Calle Mayor', 'Via Roma', 'Rue de la Paix'])} ${int(r, 1, 120)}`; return { snippet: `${a}, ${digits(r, 5)} ${pick(r, ['Berlin', 'Madrid', 'Roma', 'Paris'])}`, part: a }; }],
  ['LOCATION', 'PMB / Box', (r) => self(`${pick(r, ['PMB', 'Box', 'HC 1 Box', 'General Delivery Box'])} ${digits(r, 3)}`)],
  ['LOCATION', 'Floor + address', (r) => self(`${pick(r, ['3rd Floor', 'Floor 2', 'Bldg C'])}, ${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`)],
  ['ZIP', 'ZIP lower state', (r) => { const z = digits(r, 5); return { snippet: `${pick(r, CITIES).toLowerCase()} ${pick(r, STATES).toLowerCase()} ${z}`, part: z }; }],
  ['ZIP', 'postal code label', (r) => labelled(pick(r, ['Postal code: ', 'ZIP/Postal: ', 'Zipcode ']), digits(r, 5))],
  ['ZIP', 'ZIP caps city', (r) => { const z = digits(r, 5); return { snippet: `${pick(r, CITIES).toUpperCase()} ${pick(r, STATES)}  ${z}`, part: z }; }],
  ['ZIP', 'ZIP alone on line', (r) => { const z = digits(r, 5); return { snippet: `${pick(r, CITIES)}, ${pick(r, ['Massachusetts', 'Ohio', 'Texas'])}\n${z}`, part: z }; }],
  ['NAME', 'Surname, Given M. header', (r) => { const n = `${pick(r, SURNAMES)}, ${pick(r, GIVEN)} ${upper(r, 1)}.`; return { snippet: `${pick(r, ['Patient: ', 'PATIENT NAME: ', 'Re: ', 'Pt: '])}${n}`, part: n }; }],
  ['NAME', 'c/o / Attn:', (r) => labelled(pick(r, ['c/o ', 'Attn: ', 'ATTN: ', 'Attention: ']), `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`)],
  ['NAME', 'cc: Name, MD', (r) => { const n = `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`; return { snippet: `cc: ${n}, ${pick(r, ['MD', 'DO', 'NP', 'PA-C'])}`, part: n }; }],
  ['NAME', 'signature block', (r) => { const n = `${pick(r, GIVEN)} ${upper(r, 1)}. ${pick(r, SURNAMES)}`; return { snippet: `${pick(r, ['Electronically signed by: ', 'Signed: ', 'Sincerely,\n', 'Kind regards,\n'])}${n}`, part: n }; }],
  ['NAME', 'SURNAME, GIVEN caps', (r) => { const n = `${pick(r, SURNAMES).toUpperCase()}, ${pick(r, GIVEN).toUpperCase()}`; return { snippet: n, part: n }; }],
  ['NAME', 'Dear Mrs. Surname', (r) => labelled(pick(r, ['Dear Mrs. ', 'Dear Dr. ', 'Dear Mr. ', 'Dear Ms. ']), pick(r, SURNAMES))],
  ['NAME', 'NOK / emergency contact', (r) => labelled(pick(r, ['NOK: ', 'Emergency contact: ', 'HCP: ', 'Guarantor: ']), `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`)],
  // A sixth wave, written blind (by someone who had not read the rules) from documents the earlier waves lack:
  // radiology and pathology reports, pharmacy labels and e-prescriptions, ED triage and EMS run sheets,
  // telehealth and portal messages, consent forms, claims, HL7/FHIR/CSV pasted into notes, lab requisitions,
  // vital records, court and police papers, employment, vehicles, devices, biometrics, and international ids.
  // It plants into its own frames (W6_FRAMES) so waves 1-5 keep their figures.
  // Measured before rules: 0.643 (967/1504, seeds 1-8, two cases per format, `npm run eval:deid -- --formats`;
  // 0.638 on seeds 101,202,303,404 and 0.640 on 41-48); waves 1-5 unchanged (6057/6064). Per kind: EMAIL, FAX,
  // IP, MRN, URL 1.000; PHONE 0.963; BIOMETRIC 0.938; VEHICLE 0.792; ACCOUNT, LICENSE 0.750; HEALTH_PLAN 0.662;
  // ID 0.630; AGE 0.625; DATE 0.585; DEVICE 0.562; ZIP 0.500; SSN 0.438; NAME 0.410; LOCATION 0.208.
  // Look-alikes touched: 1 of wave six's 50, the NDC in 11-digit form ("00093-7424-56"); none of waves 1-5's.
  // Two slips of the generator were fixed before that figure (first run 0.644): each postcode now has its own
  // country's label and shape, and each foreign date its own language's lead word.
  // Choices: an rs number names a variant, not a person (kept); "FY23" is a year (kept); a Julian day
  // ("2023-045") and "week 32 of 2021" are date elements finer than the year (the day and the week go, the
  // year may stay); "nonagenarian" and "centenarian" say the age is over 89 more narrowly than "90 or
  // older", as "in her nineties" did in wave 5 (they go); a mile marker with its highway and GPS coordinates
  // locate a place smaller than a state (they go); a username, a meeting id, a FHIR resource id and a
  // biobank sample id are unique codes of a person (they go); a pharmacy store number and an EMS unit
  // number are not a person's (not planted).
  ['DATE', 'exam date label', (r) => labelled(pick(r, ['EXAM DATE: ', 'Exam date: ', 'Date of exam: ', 'DATE OF SERVICE: ']), `${pad2(mon(r))}/${pad2(day(r))}/${year(r)}`)],
  ['DATE', 'Comparison: CT m/d', (r) => { const d = `${mon(r)}/${day(r)}`; return { snippet: `${pick(r, ['Comparison: CT ', 'COMPARISON: MRI ', 'Compared with CXR of ', 'comparison: US '])}${d}`, part: d }; }],
  ['DATE', 'signed this dth day of Month', (r) => { const d = `${ord(day(r))} day of ${pick(r, MONTHS)}`; return { snippet: `signed this ${d}, ${year(r)}`, part: d }; }],
  ['DATE', 'd.o.b. lower', (r) => labelled(pick(r, ['d.o.b. ', 'dob ', 'd.o.b: ', 'DOB- ']), `${mon(r)}-${day(r)}-${pad2(year(r) % 100)}`)],
  ['DATE', 'DOS / DOD mm/dd/yy', (r) => labelled(pick(r, ['DOS ', 'DOD: ', 'date of svc ', 'D/S: ', 'Svc Dt: ']), `${pad2(mon(r))}/${pad2(day(r))}/${pad2(year(r) % 100)}`)],
  ['DATE', 'dth inst.', (r) => { const d = `${ord(day(r))} inst.`; return { snippet: `your letter of the ${d}`, part: d }; }],
  ['DATE', 'Julian yyyy-ddd', (r) => {
    const y = String(year(r));
    let d = String(int(r, 100, 365));
    while (y.includes(d)) d = String(int(r, 100, 365));
    return { snippet: `${pick(r, ['Julian date ', 'collected (YYYY-DDD) ', 'JD '])}${y}-${d}`, part: d };
  }],
  ['DATE', 'week N of yyyy', (r) => { const w = `week ${int(r, 1, 52)}`; return { snippet: `seen ${w} of ${year(r)}`, part: w }; }],
  ['DATE', 'hhmm on m/d', (r) => { const d = `${mon(r)}/${day(r)}`; return { snippet: `${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))} on ${d}`, part: d }; }],
  ['DATE', 'HL7 PID birth date', (r) => { const d = `${year(r)}${pad2(mon(r))}${pad2(day(r))}`; return { snippet: `PID|1||${digits(r, 7)}^^^MRN||${pick(r, SURNAMES).toUpperCase()}^${pick(r, GIVEN).toUpperCase()}^${upper(r, 1)}||${d}|${pick(r, ['F', 'M'])}`, part: d }; }],
  ['DATE', 'FHIR birthDate JSON', (r) => { const d = `${year(r)}-${pad2(mon(r))}-${pad2(day(r))}`; return { snippet: `{"resourceType":"Patient","gender":"${pick(r, ['female', 'male'])}","birthDate":"${d}"}`, part: d }; }],
  ['DATE', 'date in file name', (r) => { const d = `${year(r)}${pad2(mon(r))}${pad2(day(r))}`; return { snippet: `attached ${pick(r, ['IMG_', 'scan_', 'ECG_', 'wound_'])}${d}_${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))}${pad2(int(r, 0, 59))}.${pick(r, ['jpg', 'dcm', 'pdf'])}`, part: d }; }],
  ['DATE', 'Spanish / French / German date', (r) => {
    const d = day(r);
    const m = mon(r) - 1;
    const [lead, f] = pick(r, [
      ['fecha ', `${d} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m]!}`],
      ['le ', `${d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m]!}`],
      ['am ', `${d}. ${['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m]!}`],
    ] as const);
    return { snippet: `${r() < 0.5 ? lead : ''}${f} ${year(r)}`, part: f };
  }],
  ['DATE', 'd.ROMAN.yyyy', (r) => { const d = `${day(r)}.${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][mon(r) - 1]!}`; return { snippet: `${d}.${year(r)}`, part: d }; }],
  ['DATE', 'EMS times with date', (r) => { const d = `${pad2(mon(r))}/${pad2(day(r))}`; return { snippet: `Dispatched ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))} ${d}, on scene +8 min`, part: d }; }],
  ['DATE', 'Mon-yy', (r) => { const m = pick(r, ABBR.filter((x) => x !== 'May')); return { snippet: `last mammogram ${m}-${pad2(year(r) % 100)}`, part: m }; }],
  ['DATE', 'signature date caps', (r) => labelled(pick(r, ['SIGNATURE DATE: ', 'Date signed: ', 'WITNESSED ON ']), `${pick(r, ABBR).toUpperCase()}-${pad2(day(r))}-${year(r)}`)],
  ['AGE', 'nonagenarian', (r) => { const s = pick(r, ['nonagenarian', 'Nonagenarian', 'NONAGENARIAN']); return { snippet: `${s} with hip fracture`, part: s }; }],
  ['AGE', 'centenarian', (r) => { const s = pick(r, ['centenarian', 'Centenarian', 'supercentenarian']); return { snippet: `a ${s}, lives at home`, part: s }; }],
  ['AGE', 'a N-year-old words caps', (r) => { const s = `${pick(r, ['NINETY', 'Ninety', 'ninety'])}-${pick(r, ['TWO', 'four', 'Seven', 'one'])}`; return { snippet: `${s}-YEAR-OLD`, part: s }; }],
  ['AGE', 'a one hundred and N-year-old', (r) => { const s = `one hundred and ${pick(r, ['one', 'two', 'three', 'four'])}`; return { snippet: `a ${s}-year-old woman`, part: s }; }],
  ['AGE', 'triage NY', (r) => { const a = String(int(r, 90, 109)); return { snippet: `Pt age ${a}Y ${pick(r, ['F', 'M'])}`, part: a }; }],
  ['AGE', 'N yrs N mos', (r) => { const a = String(int(r, 90, 109)); return { snippet: `${a} yrs ${int(r, 1, 11)} mos`, part: a }; }],
  ['AGE', 'relative (N)', (r) => { const a = String(int(r, 90, 104)); return { snippet: `${pick(r, ['mother', 'Father', 'husband', 'aunt'])} (${a}) lives with her`, part: a }; }],
  ['AGE', 'HL7/CSV age field', (r) => { const a = String(int(r, 90, 109)); return { snippet: `age_years,sex\n${a},${pick(r, ['F', 'M'])}`, part: a }; }],
  ['PHONE', 'EU phone formats', (r) => self(pick(r, [`+49 (0)30 ${digits(r, 7)}`, `+33 6 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`, `+39 06 ${digits(r, 4)} ${digits(r, 4)}`, `+34 6${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`, `+31 20 ${digits(r, 3)} ${digits(r, 4)}`, `0049 89 ${digits(r, 6)}`]))],
  ['PHONE', 'national trunk 030/nnnnnnn', (r) => labelled(pick(r, ['Tel. ', 'Telefon: ', 'tél. ', 'ph ']), pick(r, [`030/${digits(r, 7)}`, `(02) ${digits(r, 4)} ${digits(r, 4)}`, `01 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`, `0161 ${digits(r, 3)} ${digits(r, 4)}`]))],
  ['PHONE', 'CB# run sheet', (r) => labelled(pick(r, ['CB# ', 'callback ', 'RP phone ', 'caller #: ']), `${areaCode(r)}-555-${digits(r, 4)}`)],
  ['PHONE', '+91-nnnnn-nnnnn', (r) => self(`+91-${pick(r, ['98', '99', '70'])}${digits(r, 3)}-${digits(r, 5)}`)],
  ['PHONE', 'pharmacy phone caps', (r) => labelled(pick(r, ['PHARMACY PH: ', 'RPh phone ', 'Pharmacy: ']), `(${areaCode(r)}) 555-${digits(r, 4)}`)],
  ['FAX', 'F/ dotted, eFax', (r) => labelled(pick(r, ['F/ ', 'eFax ', 'fax#', 'Fx: ']), pick(r, [`${areaCode(r)}.555.${digits(r, 4)}`, `1-${areaCode(r)}-555-${digits(r, 4)}`, `(${areaCode(r)})555 ${digits(r, 4)}`]))],
  ['EMAIL', 'name inside e-mail', (r) => self(`${pick(r, GIVEN).toLowerCase()}.${pick(r, SURNAMES).toLowerCase()}${pick(r, ['', '61', '_rn'])}@${pick(r, ['gmail.com', 'outlook.com', 'health.nhs.uk', 'web.de'])}`)],
  ['EMAIL', 'portal From caps', (r) => { const e = `${pick(r, GIVEN).toUpperCase()}${digits(r, 2)}@${pick(r, ['YAHOO.COM', 'ICLOUD.COM', 'MSN.COM'])}`; return { snippet: `FROM: ${e} SUBJECT: refill`, part: e }; }],
  ['EMAIL', 'at host dot domain', (r) => self(`${pick(r, ['m.okafor', 'ebrennan', 'kenji.n'])} at ${pick(r, ['gmail', 'comcast', 'hotmail'])} dot ${pick(r, ['com', 'net'])}`)],
  ['URL', 'meeting link', (r) => self(pick(r, [`https://zoom.us/j/${digits(r, 10)}?pwd=${alnum(r, 10)}`, `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${alnum(r, 12)}`, `https://doxy.me/dr${pick(r, SURNAMES).toLowerCase()}`, `meet.google.com/${lower(r, 3)}-${lower(r, 4)}-${lower(r, 3)}`]))],
  ['URL', '@handle in portal', (r) => { const h = `@${pick(r, GIVEN).toLowerCase()}_${pick(r, SURNAMES).toLowerCase()}${digits(r, 2)}`; return { snippet: `messaged me from ${h} on ${pick(r, ['Instagram', 'X', 'TikTok'])}`, part: h }; }],
  ['IP', 'IP in access log', (r) => { const ip = `${int(r, 10, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`; return { snippet: `${pick(r, ['login from ', 'session started, client_ip=', 'GET /chart 200 ', 'remote addr '])}${ip}`, part: ip }; }],
  ['ID', 'username', (r) => labelled(pick(r, ['username: ', 'user ', 'login ID ', 'portal user: ']), `${pick(r, GIVEN).toLowerCase().slice(0, 1)}${pick(r, SURNAMES).toLowerCase()}${digits(r, 2)}`)],
  ['ID', 'meeting ID', (r) => labelled(pick(r, ['Meeting ID: ', 'meeting id ', 'Webex #', 'Conference ID ']), `${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`)],
  ['ID', 'FHIR Patient/id', (r) => { const id = `Patient/${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}`; return { snippet: `"reference": "${id}"`, part: id }; }],
  ['ID', 'radiology accession', (r) => labelled(pick(r, ['ACC# ', 'Accession: ', 'ACCESSION NO. ', 'acc ']), pick(r, [`RAD${pad2(year(r) % 100)}-${digits(r, 7)}`, digits(r, 8), `CT${digits(r, 9)}`]))],
  ['ID', 'specimen barcode', (r) => labelled(pick(r, ['Barcode: ', 'specimen barcode ', 'Tube ID ', 'Container # ']), digits(r, 12))],
  ['ID', 'Rx number', (r) => labelled(pick(r, ['Rx# ', 'RX NO. ', 'Rx: ', 'prescription # ']), pick(r, [digits(r, 7), `${digits(r, 7)}-${digits(r, 5)}`, `${digits(r, 2)}-${digits(r, 6)}`]))],
  ['ID', 'claim ICN / DCN', (r) => labelled(pick(r, ['ICN ', 'ICN: ', 'DCN# ', 'Claim ICN ', 'TCN ']), digits(r, 13))],
  ['ID', 'incident number', (r) => labelled(pick(r, ['Incident #', 'INCIDENT NO. ', 'Run # ', 'PCR# ']), pick(r, [`${year(r)}-${digits(r, 6)}`, `${pad2(year(r) % 100)}${digits(r, 6)}`]))],
  ['ID', 'court docket', (r) => labelled(pick(r, ['Case No. ', 'Docket # ', 'docket no. ', 'CASE NUMBER: ']), pick(r, [`${int(r, 1, 9)}:${pad2(year(r) % 100)}-cv-${digits(r, 5)}`, `CR-${year(r)}-${digits(r, 5)}`, `${pad2(year(r) % 100)}-JV-${digits(r, 4)}`]))],
  ['ID', 'police report', (r) => labelled(pick(r, ['police report # ', 'RPT# ', 'Police Report No. ', 'PD case ']), `${pad2(year(r) % 100)}-${digits(r, 6)}`)],
  ['ID', 'employee / badge', (r) => labelled(pick(r, ['Emp ID: ', 'employee no. ', 'Badge # ', 'badge ']), pick(r, [digits(r, 6), `${digits(r, 4)}`, `EMP${digits(r, 5)}`]))],
  ['ID', 'biobank / DNA sample', (r) => labelled(pick(r, ['biobank ID ', 'DNA sample ', 'Biorepository #: ', 'genomic sample ID ']), `${upper(r, 2)}-${digits(r, 7)}`)],
  ['MRN', 'HL7 PID-3', (r) => { const v = digits(r, 7); return { snippet: `PID|1||${v}^^^${pick(r, ['MRN', 'MR', 'HOSP'])}^MR||`, part: v }; }],
  ['MRN', 'CSV row', (r) => { const v = digits(r, 7); return { snippet: `mrn,dob,sex\n${v},${pick(r, ['F', 'M'])}`, part: v }; }],
  ['MRN', 'MRN/FIN pair', (r) => { const v = digits(r, 8); return { snippet: `MRN/FIN: ${v}/${digits(r, 9)}`, part: v }; }],
  ['MRN', 'NHS number unlabelled style', (r) => labelled(pick(r, ['NHS: ', 'nhs no ', 'NHS No. ']), `${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`)],
  ['HEALTH_PLAN', 'Australian Medicare', (r) => labelled(pick(r, ['Medicare card ', 'Medicare No: ', 'medicare # ']), `${int(r, 2, 6)}${digits(r, 3)} ${digits(r, 5)} ${int(r, 1, 9)}`)],
  ['HEALTH_PLAN', 'Canadian health card', (r) => labelled(pick(r, ['health card # ', 'HCN ', 'Health Card Number: ', 'BC PHN ']), pick(r, [`${digits(r, 4)}-${digits(r, 3)}-${digits(r, 3)}-${upper(r, 2)}`, `9${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`]))],
  ['HEALTH_PLAN', 'German KVNR', (r) => labelled(pick(r, ['KVNR ', 'Versichertennummer: ', 'KV-Nr. ']), `${upper(r, 1)}${digits(r, 9)}`)],
  ['HEALTH_PLAN', 'group + payer ID', (r) => labelled(pick(r, ['Group No. ', 'GRP ', 'group ']), `${upper(r, 1)}${digits(r, 5)}${pick(r, ['', '-01', 'M'])}`)],
  ['HEALTH_PLAN', 'member ID with suffix', (r) => labelled(pick(r, ['ID# ', 'Member: ', 'MEM ID ']), `${upper(r, 3)}${digits(r, 8)}${pick(r, ['01', '*02', ' 00'])}`)],
  ['SSN', 'Aadhaar', (r) => labelled(pick(r, ['Aadhaar ', 'Aadhaar No: ', 'UID ']), `${int(r, 2, 9)}${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`)],
  ['SSN', 'UK NI number', (r) => labelled(pick(r, ['NI No. ', 'National Insurance: ', 'NINO ']), `${pick(r, ['AB', 'JK', 'QQ', 'NP'])} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${pick(r, ['A', 'B', 'C', 'D'])}`)],
  ['SSN', 'SSN in CSV / HL7', (r) => { const v = `${int(r, 100, 665)}-${int(r, 10, 99)}-${int(r, 1000, 9999)}`; return { snippet: `PID|1||||||||||||||||||${v}|`, part: v }; }],
  ['ACCOUNT', 'pharmacy / pt acct', (r) => labelled(pick(r, ['Pt Acct: ', 'Patient account ', 'Acct. ', 'A/C ']), `00${digits(r, 8)}`)],
  ['ACCOUNT', 'HSA / card last', (r) => labelled(pick(r, ['HSA acct ', 'Visa ****', 'MC xxxx', 'paid w/ card ending ']), digits(r, 4))],
  ['LICENSE', 'prescriber NPI on Rx', (r) => { const v = `1${digits(r, 9)}`; return { snippet: `Prescriber: Dr. ${pick(r, SURNAMES)} NPI ${v}`, part: v }; }],
  ['LICENSE', 'DEA on e-Rx', (r) => labelled(pick(r, ['DEA#: ', 'DEA-', 'dea ']), `${pick(r, ['A', 'B', 'F', 'M'])}${upper(r, 1)}${digits(r, 7)}`)],
  ['LICENSE', 'state file number', (r) => labelled(pick(r, ['State File No. ', 'file no. ', 'Certificate of Live Birth # ', 'DC# ']), `${pick(r, ['', '1'])}${year(r)}${digits(r, 6)}`)],
  ['LICENSE', 'professional licence dotted', (r) => labelled(pick(r, ['Lic. #', 'License: ', 'lic no ']), `${pick(r, ['MD', 'RN', 'DO', 'PT'])}.${digits(r, 6)}`)],
  ['VEHICLE', 'Plate: n (ST)', (r) => { const v = `${digits(r, 1)}${upper(r, 3)}${digits(r, 3)}`; return { snippet: `Plate: ${v} (${pick(r, STATES)})`, part: v }; }],
  ['VEHICLE', 'VIN in chunks', (r) => labelled(pick(r, ['VIN ', 'VIN: ', 'vin# ']), `${pick(r, ['1HGCM', '2T1BU', 'JH4KA', '1FTFW'])} ${digits(r, 5)} ${upper(r, 1)}${digits(r, 6)}`)],
  ['VEHICLE', 'foreign plate', (r) => labelled(pick(r, ['Kennzeichen ', 'plate ', 'reg. no. ', 'immatriculation ']), pick(r, [`B-${upper(r, 2)} ${digits(r, 4)}`, `${upper(r, 2)}-${digits(r, 3)}-${upper(r, 2)}`, `${upper(r, 4)} ${digits(r, 3)}`]))],
  ['DEVICE', 'MAC Cisco dotted', (r) => self(`${hex(r, 4)}.${hex(r, 4)}.${hex(r, 4)}`)],
  ['DEVICE', 'IMEI spaced', (r) => labelled(pick(r, ['IMEI ', 'imei: ', 'phone IMEI ']), `${digits(r, 2)} ${digits(r, 6)} ${digits(r, 6)} ${digits(r, 1)}`)],
  ['DEVICE', 'SN nnnn-nnn-nnn', (r) => labelled(pick(r, ['hearing aid SN ', 'pump SN ', 'SN ', 'Serial # ']), `${digits(r, 4)}-${digits(r, 3)}-${digits(r, 3)}`)],
  ['DEVICE', 'CGM / pump transmitter', (r) => labelled(pick(r, ['G6 transmitter ', 'Libre sensor SN ', 'Omnipod PDM SN ', 'Tandem serial ']), `${digits(r, 1)}${upper(r, 1)}${digits(r, 4)}`)],
  ['DEVICE', 'Bluetooth / device UUID', (r) => labelled(pick(r, ['device UUID ', 'BT ID ', 'paired device ']), `${hex(r, 8).toUpperCase()}-${hex(r, 4).toUpperCase()}-${hex(r, 4).toUpperCase()}`)],
  ['BIOMETRIC', 'retina / palm vein', (r) => labelled(pick(r, ['retina scan ID ', 'palm vein ID ', 'palm-vein template ', 'iris ID: ']), `${upper(r, 1)}${digits(r, 3)}-${hex(r, 6).toUpperCase()}`)],
  ['BIOMETRIC', 'voice / gait signature', (r) => labelled(pick(r, ['voice signature ', 'gait signature ID ', 'keystroke profile ']), `${upper(r, 3)}${digits(r, 6)}`)],
  ['LOCATION', 'cross streets', (r) => { const s = `${pick(r, ['Elm', 'Oak', 'Lincoln', 'Water'])} and ${pick(r, ['3rd', '12th', 'Main', 'Chestnut'])}`; return { snippet: `${pick(r, ['pt found at ', 'MVC at ', 'fall at ', 'x-streets '])}${s}`, part: s }; }],
  ['LOCATION', 'mile marker', (r) => { const s = `${pick(r, ['I-95', 'I-70', 'Rt 9', 'US-1'])} ${pick(r, ['mm', 'MM', 'mile marker'])} ${int(r, 2, 180)}`; return { snippet: `MVC ${s} ${pick(r, ['NB', 'SB', 'EB'])}`, part: s }; }],
  ['LOCATION', 'GPS coordinates', (r) => { const s = `${int(r, 25, 48)}.${digits(r, 4)}, -${int(r, 70, 120)}.${digits(r, 4)}`; return { snippet: `${pick(r, ['GPS ', 'coords: ', 'Lat/Long '])}${s}`, part: s }; }],
  ['LOCATION', 'pharmacy store address', (r) => { const a = `${int(r, 10, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`; return { snippet: `${pick(r, ['CVS #', 'Walgreens #', 'Rite Aid store '])}${digits(r, 4)}, ${a}`, part: a }; }],
  ['LOCATION', 'foreign postcode + city', (r) => self(pick(r, [`${digits(r, 5)} Berlin`, `${digits(r, 4)} ${upper(r, 2)} Amsterdam`, `${digits(r, 3)} ${digits(r, 2)} Stockholm`, `750${pad2(int(r, 1, 20))} Paris`, `${digits(r, 5)}-${digits(r, 3)} São Paulo`, `D0${int(r, 1, 9)} ${upper(r, 1)}${digits(r, 3)}`]))],
  ['LOCATION', 'PIN / state postcode', (r) => { const [label, v] = pick(r, [['PIN ', `${int(r, 1, 8)}${digits(r, 5)}`], ['Pin code: ', `${int(r, 1, 8)}${digits(r, 5)}`], ['NSW ', `2${digits(r, 3)}`], ['VIC ', `3${digits(r, 3)}`], ['〒', `${digits(r, 3)}-${digits(r, 4)}`]] as const); return labelled(label, v); }],
  ['ZIP', 'incident ZIP lower', (r) => { const z = digits(r, 5); return { snippet: `incident location: ${pick(r, CITIES).toLowerCase()}, ${pick(r, STATES).toLowerCase()} ${z}`, part: z }; }],
  ['ZIP', 'ZIP in CSV', (r) => { const z = digits(r, 5); return { snippet: `city,state,zip\n${pick(r, CITIES)},${pick(r, STATES)},${z}`, part: z }; }],
  ['NAME', 'Patient: DOE, JANE', (r) => { const n = `${pick(r, SURNAMES).toUpperCase()}, ${pick(r, GIVEN).toUpperCase()}`; return { snippet: `${pick(r, ['Patient: ', 'PT NAME: ', 'Name: ', 'RE: '])}${n}`, part: n }; }],
  ['NAME', 'HL7 PID-5', (r) => { const n = `${pick(r, SURNAMES).toUpperCase()}^${pick(r, GIVEN).toUpperCase()}`; return { snippet: `PID|1||${digits(r, 6)}^^^MRN||${n}^${upper(r, 1)}||`, part: n }; }],
  ['NAME', 'CSV name columns', (r) => { const n = `${pick(r, SURNAMES)},${pick(r, GIVEN)}`; return { snippet: `last,first,dx\n${n},CHF`, part: n }; }],
  ['NAME', 'witness', (r) => labelled(pick(r, ['Witness: ', 'WITNESS ', 'witnessed by ', 'Interpreter: ']), `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`)],
  ['NAME', 'initials signature', (r) => { const i = pick(r, ['jw', 'kw', 'mvb', 'dk', 'jpz', 'ck']); return { snippet: `${pick(r, ['', 'reviewed '])}/${i}`, part: i }; }],
  ['NAME', '-- A.K. sign-off', (r) => { const i = `${upper(r, 1)}.${upper(r, 1)}.`; return { snippet: `thanks -- ${i}`, part: i }; }],
  ['NAME', 'read by / dictated', (r) => { const n = `${pick(r, GIVEN)} ${pick(r, SURNAMES)}`; return { snippet: `${pick(r, ['Read by: ', 'Dictated by: ', 'Interpreted by ', 'Prescriber: '])}${n}, ${pick(r, ['MD', 'DO', 'NP'])}`, part: n }; }],
  ['NAME', 'transcriptionist initials', (r) => { const i = `${upper(r, 2)}/${pick(r, ['jw', 'kw', 'dk', 'ck'])}`; return { snippet: `DD: today DT: today ${i}`, part: i }; }],
  ['NAME', 'EMS crew', (r) => labelled(pick(r, ['Crew: EMT ', 'Medic ', 'Paramedic ', 'Attendant: ']), `${pick(r, SURNAMES)}`)],
];

// Sentence frames: {X} is the snippet. The cue-free ones give a rule nothing but the identifier itself.
const FRAMES = [
  '{X}',
  'Pt seen in clinic today. {X}. Will follow up in 2 weeks.',
  'Per chart review, {X}; vitals stable, afebrile.',
  'NOTE: {X} -- reviewed with attending.',
  'SOCIAL: lives alone, {X}, daughter involved.',
  'Family meeting held ({X}) and plan discussed.',
  'Records faxed; ref {X}.',
  'ADDENDUM {X}\nLabs reviewed.',
  'pt reports {X} and denies cp/sob.',
];

// Wave six's own frames, from the documents it was written from (so waves 1-5 keep their figures).
const W6_FRAMES = [
  '{X}',
  'RADIOLOGY REPORT\n{X}\nIMPRESSION: No acute findings.',
  'Rx label: {X} -- take as directed.',
  'EMS run sheet: {X}; pt c/o fall, GCS 15.',
  'Portal message: "{X}" -- routed to RN pool.',
  'CONSENT: I, the undersigned, {X}.',
  'billing note: {X} resubmitted to payer',
  'OBX|1|TX|||{X}||||||F',
  'triage: {X}. ESI 3.',
  'lab req {X} - fasting specimen',
];

/** Fills the frame; cases whose part is '' take the snippet minus its leading cue word as the part. */
// The first format of each wave, in order: a case's wave is the last of these at or before its spec.
const WAVE_FIRST = ['m/d/yy', 'Month dth, yyyy', 'yyyy-m-d unpadded', 'dth Mon yyyy', 'dth Mon', 'exam date label'];
const WAVE_START = WAVE_FIRST.map((f) => SPECS.findIndex((s) => s[1] === f));
const waveOf = (i: number): number => WAVE_START.filter((at) => at <= i).length;

function plant(r: Rand, spec: Spec, wave: number): FormatCase {
  const [kind, format, form] = spec;
  const f = form(r);
  const part = f.part !== '' ? f.part : f.snippet.replace(/^\S+\s+/, '');
  const text = pick(r, wave >= 6 ? W6_FRAMES : FRAMES).replace('{X}', f.snippet);
  return { kind, format, text, part, wave };
}

/** `perFormat` planted cases of every format, generated from `seed`. */
export function formatCases(seed: number, perFormat = 1): FormatCase[] {
  const r = mulberry32(seed);
  const out: FormatCase[] = [];
  SPECS.forEach((spec, at) => {
    for (let i = 0; i < perFormat; i++) out.push(plant(r, spec, waveOf(at)));
  });
  return out;
}

// Clinical text that looks like an identifier: every `part` must survive untouched.
const KEEP: readonly (readonly [string, string, string])[] = [
  ['dose mg/kg', 'Vancomycin 15 mg/kg IV q12h started.', '15 mg/kg'],
  ['potassium', 'Labs: Na 138, K 4.1, Cr 0.9.', 'K 4.1'],
  ['blood pressure', 'BP 120/80, HR 72, RR 16.', '120/80'],
  ['heart rate', 'BP 132/84, HR 72 regular.', 'HR 72'],
  ['strength', 'Motor: 5/5 strength in all extremities.', '5/5'],
  ['murmur', 'Heart: RRR, 2/6 systolic murmur at LUSB.', '2/6'],
  ['epinephrine ratio', 'Lidocaine with epinephrine 1:1000 used.', '1:1000'],
  ['temperature', 'Vitals: T 98.6, P 88.', 'T 98.6'],
  ['ICD code', 'Dx: I10 essential hypertension, E11.9 type 2 DM.', 'E11.9'],
  ['CPT code', 'Procedure billed as CPT 99213.', '99213'],
  ['O2 sat', 'O2 sat 92% on RA.', '92%'],
  ['vertebrae', 'MRI: disc bulge at L4-5 without stenosis.', 'L4-5'],
  ['G3P2', 'She is G3P2 at 32 weeks.', 'G3P2'],
  ['times x3', 'Alert and oriented x3.', 'x3'],
  ['gauge', 'Two 18G IVs placed.', '18G'],
  ['time alone', 'Medication given at 14:30 without issue.', '14:30'],
  ['year alone', 'Diagnosed with diabetes in 2019.', '2019'],
  ['GCS', 'GCS 15 on arrival.', 'GCS 15'],
  ['edema', 'Extremities: 3+ edema bilaterally.', '3+ edema'],
  ['saline', 'Started 0.9% NaCl at 100 mL/hr.', '0.9% NaCl'],
  ['dose 90 mg', 'Aspirin 90 mg daily.', '90 mg'],
  ['percent 92', 'EF estimated at 92% ... recheck.', '92%'],
  ['age under 90', 'She is an 88 yo woman with CHF.', '88'],
  ['age 45', 'A 45-year-old man presents with chest pain.', '45'],
  ['INR', 'INR 2.3 today, goal 2-3.', 'INR 2.3'],
  ['pain score', 'Pain 7/10 in the right knee.', '7/10'],
  ['vent settings', 'On AC 500/14/5 with FiO2 40%.', '500/14/5'],
  ['lab trend', 'Hct 28.1 -> 30.4 after 2 units.', '28.1'],
  ['ABG', 'ABG 7.35/45/80 on 2L.', '7.35/45/80'],
  ['visual acuity', 'Visual acuity 20/40 OU.', '20/40'],
  ['dilution', 'Dilute 1:10 in sterile water.', '1:10'],
  ['cm lesion', 'A 2.5 x 3.1 cm lesion noted.', '2.5 x 3.1 cm'],
  ['insulin', 'Lantus 22 units qHS.', '22 units'],
  ['weight', 'Weight 82.4 kg, BMI 27.1.', '82.4 kg'],
  ['glucose', 'FSBG 182 before lunch.', 'FSBG 182'],
  ['rib', 'Fracture of the 4th rib on the left.', '4th rib'],
  ['cranial nerves', 'CN II-XII intact.', 'II-XII'],
  ['HbA1c', 'HbA1c 7.2% in clinic.', '7.2%'],
  ['BUN/Cr', 'BUN/Cr 24/1.1.', '24/1.1'],
  ['platelets', 'Plt 245K, WBC 11.2.', '245K'],
  ['drip rate', 'Heparin 1200 units/hr.', '1200 units/hr'],
  ['oxygen', 'On 4L NC, sats 95%.', '4L NC'],
  ['fractional dose', 'Take 1/2 tab nightly.', '1/2 tab'],
  ['apgar', 'Apgars 8/9 at delivery.', '8/9'],
  ['TNM', 'Staged T2N0M0.', 'T2N0M0'],
  ['room number', 'Transferred to bed 4.', 'bed 4'],
  ['NYHA', 'NYHA class III symptoms.', 'class III'],
  // Near misses of the rules written for the formats above.
  ['Sat after and', 'BP 130/70 and Sat 95% on RA.', 'Sat 95%'],
  ['1800 clock', 'EXTUBATED @ 1800 WITHOUT INCIDENT. 1800 LABS DUE.', '1800 LABS'],
  ['sleep study time', 'Sleep study 2200 tonight.', '2200'],
  ['regular insulin', 'Reg insulin 10 units given.', '10 units'],
  ['pressure support', 'Weaned to pressure support.tv 450.', 'support.tv 450'],
  ['blood sample time', 'Blood sample sent at 1400.', '1400'],
  ['ate a lot', 'Ate a lot of dinner, 100% of tray.', '100%'],
  ['CA 125', 'CA-125 level 35 U/mL.', 'CA-125'],
  ['PA pressure', 'PA 45/20, CVP 12.', '45/20'],
  ['cc since', 'Diuresed 1800 ML SINCE MN.', '1800 ML'],
  ['tidal volume', 'Vt 450 x 14, PEEP 5.', '450 x 14'],
  ['lab ratio', 'PT/PTT 13.2/32.1, INR 1.2.', '13.2/32.1'],
  ['drug strength', 'Percocet 5/325 one tab q6h.', '5/325'],
  ['hyphen range', 'Urine output 30-50 cc/hr.', '30-50'],
  ['age 89 words', 'An eighty-nine year old man.', 'eighty-nine'],
  ['room', 'Moved to room 412 on 6 West.', '412'],
  ['version number', 'Pump software v2.3.1 updated.', '2.3.1'],
  ['lab value dotted', 'Mg 2.1, Phos 3.4, Ca 8.9.', 'Ca 8.9'],
  // Wave 5 look-alikes.
  ['three-quarter strength', 'Advance to 3/4 strength feeds as tolerated.', '3/4 strength'],
  ['times range', 'Voids 2-3 times per night.', '2-3 times'],
  ['20/20 vision', 'Vision 20/20 with correction.', '20/20'],
  ['O2 2L', 'Weaned to O2 2L via NC.', 'O2 2L'],
  ['genes', 'BRCA1 carrier; tumor HER2 negative, ER/PR positive.', 'BRCA1'],
  ['HER2', 'BRCA1 carrier; tumor HER2 negative, ER/PR positive.', 'HER2'],
  ['LOINC', 'Glucose (LOINC 2345-7) 104 mg/dL.', '2345-7'],
  ['NDC', 'Dispensed NDC 0002-8215-01 insulin lispro.', '0002-8215-01'],
  ['ICD-10 Z', 'Dx Z79.4 long-term insulin use.', 'Z79.4'],
  ['HCPCS', 'Billed HCPCS J1885 ketorolac.', 'J1885'],
  ['q3h', 'Oxycodone 5 mg q3h prn pain.', 'q3h'],
  ['Q4 hours', 'Neuro checks Q4 hours overnight.', 'Q4 hours'],
  ['sats nineties', 'Sats in the low nineties on room air.', 'nineties'],
  ['mid-sternal', 'Mid-sternal chest pain radiating to jaw.', 'Mid-sternal'],
  ['may verb', 'She may return to work next week.', 'may'],
  ['march verb', 'Will march up to goal rate slowly.', 'march'],
  ['cervical exam', 'Cervix 4/80/-2, membranes intact.', '4/80/-2'],
  ['1:1 sitter', 'Requires 1:1 sitter and 24/7 supervision.', '24/7'],
  ['vertebra C5-6', 'ACDF at C5-6 in the past.', 'C5-6'],
  ['HLA allele', 'HLA-B*57:01 negative before abacavir.', '57:01'],
  ['firmware version', 'Pump firmware v4.1.2.7 installed.', '4.1.2.7'],
  ['Gleason', 'Gleason 3+4=7 adenocarcinoma.', '3+4=7'],
  ['CA 19-9', 'CA 19-9 was 41 U/mL.', '19-9'],
  ['PHQ-9', 'PHQ-9 score 12 today.', 'PHQ-9 score 12'],
  ['BI-RADS', 'Mammogram BI-RADS 4, biopsy advised.', 'BI-RADS 4'],
  ['room 4B', 'Patient moved to room 4B.', '4B'],
  ['dose range', 'Morphine 2-4 mg IV q2-4h prn.', '2-4 mg'],
  ['QTc', 'QTc 452 ms on ECG.', 'QTc 452'],
  ['vitamin D', 'Vitamin D 50,000 IU weekly.', '50,000 IU'],
  ['SNOMED', 'Coded SNOMED 44054006 (type 2 diabetes).', '44054006'],
  ['ECOG', 'ECOG 1, ASA class II.', 'ECOG 1'],
  ['ninety minutes', 'Infusion over ninety minutes.', 'ninety minutes'],
  ['age 89 y', 'An 89 y/o woman with dementia.', '89'],
  ['dates of labs not', 'K 3.9, Mg 1.8 at 06:00.', '06:00'],
  ['weeks gestation', 'Delivered at 39 2/7 weeks.', '39 2/7'],
];

// Wave 6 look-alikes, in the documents wave 6 plants into.
const KEEP6: readonly (readonly [string, string, string])[] = [
  ['rs variant', 'COMT rs4680 Val158Met heterozygous.', 'rs4680'],
  ['HGVS c.35delG', 'GJB2 c.35delG homozygous on panel.', 'c.35delG'],
  ['BRCA1 185delAG', 'BRCA1 185delAG founder mutation detected.', '185delAG'],
  ['HGVS transcript', 'CFTR NM_000492.4:c.350G>A (p.Arg117His).', 'NM_000492.4:c.350G>A'],
  ['HGVS protein', 'CFTR NM_000492.4:c.350G>A (p.Arg117His).', 'p.Arg117His'],
  ['fiscal year', 'Screening rates for FY23 per quality dashboard.', 'FY23'],
  ['LOINC HbA1c', 'OBX|1|NM|4548-4^Hemoglobin A1c^LN||7.1|%|4.0-5.6|H|||F', '4548-4'],
  ['reference range', 'OBX|1|NM|4548-4^Hemoglobin A1c^LN||7.1|%|4.0-5.6|H|||F', '4.0-5.6'],
  ['CPT radiology', 'CPT 71046 XR CHEST 2 VIEWS.', '71046'],
  ['ICD-10 fracture', 'Dx S72.001A fracture of right femoral neck.', 'S72.001A'],
  ['SNOMED code', 'SNOMED CT 22298006 myocardial infarction.', '22298006'],
  ['NDC 11-digit', 'NDC 00093-7424-56 metformin ER 500 mg.', '00093-7424-56'],
  ['RxNorm', 'RxCUI 197361 amlodipine 5 mg tablet.', 'RxCUI 197361'],
  ['time alone 0830', 'Rx label: metoprolol given 0830 and 2030.', '0830'],
  ['duration', 'Amoxicillin 500 mg TID x 10 days.', 'x 10 days'],
  ['I:E ratio', 'Vent: I:E 1:2, PEEP 8.', '1:2'],
  ['SpO2', 'triage: SpO2 94% RA, RR 22. ESI 3.', 'SpO2 94%'],
  ['NIHSS', 'NIHSS 4 on arrival, last known well unknown.', 'NIHSS 4'],
  ['MMSE', 'MMSE 24/30 today.', '24/30'],
  ['HL7 version', 'Interface message HL7 v2.5.1 received.', '2.5.1'],
  ['page of pages', 'RADIOLOGY REPORT Page 2 of 3', 'Page 2 of 3'],
  ['CMS-1500', 'Submitted on Form CMS-1500 to payer.', 'CMS-1500'],
  ['Box 24J', 'Rendering provider in Box 24J.', 'Box 24J'],
  ['Step 2', 'Step 2 of the asthma plan: add ICS.', 'Step 2'],
  ['Stage IIIA', 'NSCLC Stage IIIA, pT3N1aM0.', 'Stage IIIA'],
  ['pTNM', 'NSCLC Stage IIIA, pT3N1aM0.', 'pT3N1aM0'],
  ['combination strength', 'Amoxicillin-clavulanate 875-125 mg BID.', '875-125 mg'],
  ['quantity and refills', 'Disp #30, refills 3, DAW 0.', '#30'],
  ['90-day supply', 'Mail order 90-day supply sent.', '90-day'],
  ['GCS components', 'EMS run sheet: GCS E4V5M6 on scene.', 'E4V5M6'],
  ['Lung-RADS', 'LDCT Lung-RADS 2, repeat in 12 months.', 'Lung-RADS 2'],
  ['catalogue number', 'Catheter BD Insyte 20G, catalog 381434.', '381434'],
  ['hearing aid battery', 'Hearing aid size 312 batteries replaced.', 'size 312'],
  ['PR interval', 'ECG: PR 160 ms, QRS 92 ms.', 'PR 160 ms'],
  ['CT dose', 'CT head DLP 842 mGy*cm, CTDIvol 55.', '842 mGy*cm'],
  ['contrast', 'Omnipaque 350 100 mL IV.', 'Omnipaque 350'],
  ['series image', 'Nodule on series 3 image 45 measures 6 mm.', 'series 3 image 45'],
  ['CGM model', 'Dexcom G6 sensor changed today.', 'G6'],
  ['gestational age', 'GA 32w4d by early US.', '32w4d'],
  ['post-op day', 'POD 3 s/p lap chole, tolerating diet.', 'POD 3'],
  ['EMS code', 'Code 3 transport, Priority 1.', 'Code 3'],
  ['leads', 'ST elevation in V1-V4 and lead II.', 'V1-V4'],
  ['Mallampati', 'Airway Mallampati II, ASA 3.', 'Mallampati II'],
  ['CD4', 'CD4 350 cells/mm3, VL undetectable.', '350 cells/mm3'],
  ['ESI level', 'triage: chest pain. ESI 2.', 'ESI 2'],
  ['MAP', 'MAP 65 mmHg on norepinephrine.', 'MAP 65'],
  ['calcium score', 'Agatston score 412 (LAD).', '412'],
  ['tablet imprint', 'Pill imprint M 30, blue round.', 'M 30'],
  ['spec version', 'FHIR R4 bundle imported.', 'R4'],
  ['age 89 in triage', 'triage: Pt age 89Y F. ESI 3.', '89'],
];

export function keepCases(): KeepCase[] {
  return [...KEEP.map(([format, text, part]) => ({ format, wave: 1, text, part })), ...KEEP6.map(([format, text, part]) => ({ format, wave: 6, text, part }))];
}

export const FORMAT_KINDS: readonly DeidKind[] = [...new Set(SPECS.map((s) => s[0]))];

export interface Tally {
  found: number;
  total: number;
}

export interface FormatScore {
  readonly perKind: Map<DeidKind, Tally>;
  readonly perFormat: Map<string, Tally>;
  readonly perWave: Map<number, Tally>;
  /** Planted cases not wholly covered (for the developer's eyes; generated text, no patient data). */
  readonly misses: FormatCase[];
  /** Look-alikes touched by some finding. */
  readonly touched: KeepCase[];
}

function add<K>(map: Map<K, Tally>, key: K, ok: boolean): void {
  const t = map.get(key) ?? { found: 0, total: 0 };
  t.total++;
  if (ok) t.found++;
  map.set(key, t);
}

/** Recall of the planted formats of waves up to `maxWave` over several seeds, and the look-alikes of those waves a finder touches. */
export function scoreFormats(
  find: (text: string) => readonly DeidFinding[],
  seeds: readonly number[],
  perFormat = 1,
  maxWave = Infinity,
): FormatScore {
  const perKind = new Map<DeidKind, Tally>();
  const perFmt = new Map<string, Tally>();
  const perWave = new Map<number, Tally>();
  const misses: FormatCase[] = [];
  for (const seed of seeds) {
    for (const c of formatCases(seed, perFormat).filter((c) => c.wave <= maxWave)) {
      const ok = coverageOf(c.text, find(c.text), c.part).all;
      add(perKind, c.kind, ok);
      add(perFmt, `${c.kind} ${c.format}`, ok);
      add(perWave, c.wave, ok);
      if (!ok) misses.push(c);
    }
  }
  const touched = keepCases().filter((k) => k.wave <= maxWave).filter((k) => {
    const at = k.text.indexOf(k.part);
    return find(k.text).some((f) => f.start < at + k.part.length && at < f.end);
  });
  return { perKind, perFormat: perFmt, perWave, misses, touched };
}
