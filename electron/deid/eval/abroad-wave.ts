// A blind wave of notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice: consultant clinic
// letters ('Re:' blocks with NHS, CHI and hospital numbers, 'Dear Dr Patel', 'Yours sincerely', 'cc: GP', dictated and
// typed lines with initials), GP referral letters and e-Referral booking numbers, GP consultation entries, ward-round and
// on-call ward notes (FY1s and registrars with GMC numbers and bleeps), discharge summaries and TTO sections, Irish
// letters (MRN, PPSN, Eircodes, 'Co. Cork'), Canadian consult notes (OHIP and BC PHN, RAMQ, CPSO numbers, postal
// codes), Australian discharge summaries (Medicare and IHI numbers, UR numbers, DVA files, provider numbers, units and
// lots), New Zealand notes (NHI, ACC claims, DHB hospitals), Indian discharge summaries (UHID, IP numbers, Aadhaar and
// ABHA numbers, 'S/o' relatives, door-and-cross addresses with PIN codes, council registration numbers), and US notes
// about patients from abroad (an NHS number read out by the patient, a GP in Cork, travel insurance and passport
// numbers), in mixed case, ALL CAPS and lower case. Identifiers are written in their local forms: titles without full
// stops ('Mr', 'Mrs', 'Dr'), surnames in capitals, dates as dd/mm/yyyy, d.m.yy, '3rd March 2021', '03-Mar-21',
// 'Wednesday 3 March'; phones as '020 7946 0958', '+44 7700 900123', '(03) 9123 4567', '0412 345 678', '+91 98765 43210';
// postcodes UK, Irish, Canadian, Australian, NZ and Indian; streets of Closes, Crescents, Terraces, Parades and Groves;
// GP surgeries, NHS trusts, health boards, care homes and hospices. A list of look-alikes in the same style must not be
// touched. Written without reading the engine's rules or any gold data. `scoreAbroadWave`.
// Decisions: a title ('Mr', 'Mrs', 'Dr', 'Sister') and a credential ('FRCS', 'MRCP', 'FY1', 'MBBS') are not planted; a
// lone given-name initial ('Dr A Patel') is not planted, the surname is; initials in a 'RP/jh' reference line are
// planted; a GP surgery or practice is planted from its name through its kind word ('The Willows Surgery' plants
// 'Willows Surgery', a leading 'The' need not be covered); a hospital, NHS trust, care home or hospice is planted whole
// with its kind word ("St Thomas' Hospital", 'Leeds Teaching Hospitals NHS Foundation Trust'); a health board plants
// its place name ('Lothian' in 'NHS Lothian'); a street line is planted whole with its flat, unit, lot or house number
// ('Flat 3, 27 Mill Close', 'Unit 4/12 Smith Parade'), and so is a house name; towns, suburbs, localities and counties
// are planted ('Cork' of 'Co. Cork', the 'Co.' need not be covered); a UK county, an Irish county and a London or
// Dublin postal district are places smaller than a state; UK, Irish, Canadian, NZ postcodes and Indian PIN codes are
// planted whole, an Australian postcode is planted while its state ('NSW') is kept; states, provinces, England,
// Scotland, Wales, Northern Ireland and countries are kept; a weekday next to a date is planted with it as one part;
// NHS, CHI, hospital, MRN, PPS, OHIP, PHN, RAMQ, Medicare (with its issue digit), IHI, DVA, UR, NHI, ACC, UHID, IP,
// Aadhaar, ABHA, UBRN, lab, insurance, passport, GMC, NMC, CPSO, AHPRA, Medicare provider and council registration
// numbers are planted, and so are a practice's ODS code, bleeps and extensions, a vehicle registration, a CGM serial
// and a practice website; a phone's leading '(' need not be covered; an Australian IRN after a slash is kept; ages over
// 89 are planted as their number. Kept (look-alikes): NICE, GMC, NHS, BNF and the royal colleges as bodies; scores and
// scales (NEWS2, Wells, CURB-65, Glasgow-Blatchford, Rockall, Clinical Frailty Scale, Waterlow, MUST, Barthel, AMTS,
// 4AT, Bristol stool chart, Manchester triage, Ottawa and Canadian rules, Vancouver scar scale, Edinburgh postnatal,
// Nottingham index, Oxford knee score); eponyms; UK-style doses ('paracetamol 1 g qds'), durations written as fractions
// ('2/52', '5/7'), Snellen acuity ('6/9'), GCS and power as fractions; lab values in mmol/L, kPa and g/L; vertebral
// levels, heart sounds and complement that look like postcode districts ('L4/5', 'S1', 'C3'); generic wards ('Ward 7B',
// 'AMU', 'MAU', 'SDEC'), generic places (A&E, the GP, the ward, Resus, theatre, outpatients); ICD-10, SNOMED, OPCS
// and Read codes, MBS items and OHIP fee codes; Mental Health Act sections and years alone; ages of 89 and under;
// relations without names; everyday words that are also names or towns; states, provinces and countries.
// Measured before rules: 0.738 recall on seeds 5, 11, 23 (2372/3213), 0.731 on fresh seeds 41, 42, 43 (2347/3210); 17/113
// look-alikes touched ("GMC", "Royal College of Physicians", "AMTS 8/10", "6/52", "5/7", "3/52", Snellen "6/9", "L4/5",
// "Resus", OHIP fee code "A005", "Mental Health Act 1983", "Ontario", "Queensland", "New Zealand", "Scotland", "India",
// "Ireland").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, gb, gb, gb, ie, ind, ind, au, ca, frca];

/** Given names and surnames that are everyday words (with a few Maori names, which faker has no locale for). */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Poppy', 'Daisy', 'Holly', 'Ruby', 'Pearl', 'Hazel', 'Heather', 'Rowan', 'Mercy', 'Patience', 'Blessing', 'Precious', 'Bill', 'Jack', 'Mark', 'Will', 'Frank', 'Guy', 'Miles', 'Dean', 'Sunny', 'Aroha', 'Wiremu', 'Ngaio', 'Tama', 'Rangi', 'Kiri'];
const WORD_SUR = ['Price', 'Hope', 'Bell', 'Wood', 'Hill', 'Lane', 'Fields', 'Baker', 'Cook', 'Butcher', 'Potter', 'Walker', 'Fisher', 'Bishop', 'Parsons', 'Moss', 'Gill', 'Rowe', 'Sharp', 'Swift', 'Hart', 'Young', 'Little', 'Short', 'Marsh', 'Brook', 'Sterling', 'Ngata', 'Parata', 'Tipene', 'Reddy', 'Nair'];
/** Towns by country: everyday words first, then real small towns. */
const UK_TOWNS = ['Bath', 'Reading', 'Wells', 'Sale', 'Street', 'Ware', 'Deal', 'Battle', 'March', 'Rugby', 'Hope', 'Hythe', 'Eye', 'Diss', 'Looe', 'Settle', 'Ely', 'Poole', 'Derby', 'Chester', 'Kendal', 'Penrith', 'Truro', 'Skipton', 'Ilkley', 'Ludlow', 'Bideford', 'Barnstaple', 'Whitby', 'Oban', 'Dunfermline', 'Kirkcaldy', 'Wrexham', 'Llandudno', 'Omagh', 'Newry'];
const IE_TOWNS = ['Navan', 'Ennis', 'Tralee', 'Mallow', 'Cobh', 'Athlone', 'Birr', 'Trim', 'Nenagh', 'Clones', 'Youghal', 'Ballincollig', 'Castlebar', 'Letterkenny', 'Tullamore', 'Carlow', 'Dundalk', 'Kilkenny', 'Bray', 'Naas'];
const CA_TOWNS = ['Hope', 'Paradise', 'Moncton', 'Kamloops', 'Sudbury', 'Barrie', 'Guelph', 'Red Deer', 'Medicine Hat', 'Flin Flon', 'Canmore', 'Mississauga', 'Brampton', 'Oakville', 'Nanaimo', 'Kelowna', 'Sherbrooke', 'Saskatoon', 'Lethbridge', 'Truro'];
const AU_TOWNS = ['Orange', 'Young', 'Dubbo', 'Bendigo', 'Ballarat', 'Mildura', 'Wagga Wagga', 'Toowoomba', 'Bunbury', 'Cairns', 'Mount Isa', 'Katherine', 'Eden', 'Nowra', 'Gympie', 'Mosman', 'Footscray', 'Fitzroy', 'Parramatta', 'Subiaco', 'Glenelg', 'Kew', 'Toorak', 'Manly', 'Chatswood'];
const NZ_TOWNS = ['Gore', 'Nelson', 'Napier', 'Hastings', 'Timaru', 'Whanganui', 'Rotorua', 'Tauranga', 'Whangārei', 'Palmerston North', 'Invercargill', 'Masterton', 'Levin', 'Otaki', 'Remuera', 'Papakura', 'Porirua'];
const IN_CITIES = ['Bengaluru', 'Pune', 'Nagpur', 'Mysuru', 'Thrissur', 'Kochi', 'Madurai', 'Coimbatore', 'Vijayawada', 'Indore', 'Ludhiana', 'Nashik', 'Hubballi', 'Guntur', 'Salem', 'Erode'];
const IN_LOCALITIES = ['Indiranagar', 'Jayanagar', 'Koramangala', 'Andheri West', 'Salt Lake', 'Banjara Hills', 'Anna Nagar', 'Malleshwaram', 'Kothrud', 'Vashi', 'Adyar', 'Kakkanad'];
const UK_COUNTIES = ['Kent', 'Essex', 'Surrey', 'Devon', 'Cumbria', 'Norfolk', 'Suffolk', 'Dorset', 'Lincolnshire', 'Fife', 'Durham', 'Shropshire'];
const IE_COUNTIES = ['Cork', 'Kerry', 'Mayo', 'Clare', 'Galway', 'Down', 'Antrim', 'Meath', 'Wexford', 'Sligo', 'Louth', 'Offaly'];
const AU_STATES = ['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'NT', 'ACT'];
const CA_PROVINCES = ['ON', 'BC', 'AB', 'NS', 'MB', 'SK', 'NB'];
const SAINTS = ['Thomas', 'Mary', 'George', 'James', 'Helier', 'Richard', 'Peter', 'Luke', 'Vincent', 'Columcille', 'Michael', 'John of God'];
const STREET_WORDS = ['Mill', 'Church', 'Rowan', 'Victoria', 'Albert', 'Station', 'Park', 'Kings', 'Queens', 'Chapel', 'Manor', 'Orchard', 'Beech', 'Willow', 'Hawthorn', 'Meadow', 'Nelson', 'Wellington', 'George', 'Elm', 'Cedar', 'Kowhai', 'Wattle', 'Banksia', 'Jacaranda', 'Maple', 'Laurier', 'Rideau'];
const STREET_TYPES = ['Close', 'Crescent', 'Terrace', 'Parade', 'Grove', 'Road', 'Street', 'Lane', 'Avenue', 'Drive', 'Way', 'Gardens', 'Court', 'Place', 'Rise', 'Walk', 'Mews', 'View', 'Row'];
const PRACTICE_WORDS = ['Willows', 'Riverside', 'Beech House', 'Park Lane', 'Abbey', 'Castle', 'Meadowbank', 'Brook Lane', 'Oakwood', 'Elm Tree', 'Church View', 'Station Road', 'Market Street', 'Fairfield', 'Orchard', 'Hillside', 'Valley', 'Priory', 'Millbrook', 'Limes'];
const PRACTICE_KINDS = ['Surgery', 'Medical Practice', 'Medical Centre', 'Health Centre', 'Family Practice', 'Group Practice'];
const HOME_WORDS = ['Meadowbank', 'Rosewood', 'Ashgrove', 'Cedar Court', 'Oaklands', 'Beechwood', 'Hollybank', 'Fernlea', 'Sunnyside', 'Heatherlea'];
const HOUSE_NAMES = ['Rose Cottage', 'The Old Rectory', 'Ivy Cottage', 'Orchard House', 'The Barn', 'Hillcrest', 'Sea View', 'Fairhaven'];
const BOARDS = ['Lothian', 'Greater Glasgow and Clyde', 'Grampian', 'Tayside', 'Highland', 'Fife', 'Ayrshire and Arran', 'Borders'];
const IN_HOSPITALS = ['Sri Venkateswara Hospital', 'Lakshmi Nursing Home', 'Kaveri Multispeciality Hospital', 'Sai Krupa Hospital', 'Sparsh Hospital', 'Jeevan Jyoti Hospital', 'Annapoorna Medical Centre', 'Shanti Nursing Home'];
const IN_COUNCILS = ['KMC', 'MMC', 'TNMC', 'DMC', 'TCMC', 'APMC'];
const INSURERS = ['Bupa', 'AXA Health', 'Vhi', 'Laya Healthcare', 'Medibank', 'HCF', 'Southern Cross', 'Star Health', 'Sun Life', 'Manulife'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVES = ['daughter', 'son', 'wife', 'husband', 'partner', 'niece', 'son-in-law', 'granddaughter', 'sister'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
const PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const UK_AREAS = ['SW', 'SE', 'N', 'NW', 'E', 'W', 'EC', 'M', 'L', 'B', 'LS', 'BS', 'BA', 'CH', 'CF', 'EH', 'G', 'AB', 'OX', 'CB', 'NE', 'S', 'YO', 'TR', 'EX', 'PL', 'LA', 'DD'];
const EIR_KEYS = ['D02', 'D04', 'D6W', 'T12', 'T23', 'H91', 'V94', 'A94', 'P31', 'F94', 'R95', 'X91', 'Y35', 'K78', 'N91', 'A65'];
const EIR_CHARS = 'ACDEFHKNPRTVWXY0123456789';
const CA_FIRST = 'ABCEGHJKLMNPRSTVXY';
const CA_REST = 'ABCEGHJKLMNPRSTVWXYZ';
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.surnameOf(WORD_SUR);
  }
  title(): string {
    return this.pick(['Mr', 'Mrs', 'Ms', 'Miss']);
  }
  initial(): string {
    return this.pick([...UPPER]);
  }
  initials(): string {
    return this.lettersOf(UPPER, this.int(2, 3));
  }
  ukTown(): string {
    return this.r() < 0.75 ? this.pick(UK_TOWNS) : gb.location.city();
  }
  /** A full date as letters outside the US write them (day first). */
  date(y = this.year()): string {
    const [m, d] = this.md();
    const yy = pad2(y % 100);
    switch (this.int(0, 9)) {
      case 0: return `${pad2(d)}/${pad2(m)}/${y}`;
      case 1: return `${d}/${m}/${yy}`;
      case 2: return `${d}.${m}.${yy}`;
      case 3: return `${pad2(d)}.${pad2(m)}.${y}`;
      case 4: return `${ordinal(d)} ${MONTHS[m - 1]!} ${y}`;
      case 5: return `${d} ${MONTHS[m - 1]!} ${y}`;
      case 6: return `${pad2(d)}-${MON[m - 1]!}-${yy}`;
      case 7: return `${d} ${MON[m - 1]!} ${y}`;
      case 8: return `${pad2(d)}-${pad2(m)}-${y}`;
      default: return `${pad2(d)}/${pad2(m)}/${yy}`;
    }
  }
  /** dd/mm/yyyy. */
  dmy(): string {
    const [m, d] = this.md();
    return `${pad2(d)}/${pad2(m)}/${this.year()}`;
  }
  dob(lo = 1925, hi = 1995): string {
    return this.date(this.int(lo, hi));
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  /** An NHS number with a valid modulus-11 check digit, spaced 3-3-4 most of the time. */
  nhs(): string {
    for (;;) {
      const nine = this.digitString(9);
      const sum = [...nine].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
      const check = 11 - (sum % 11);
      if (check === 10) continue;
      const n = nine + String(check === 11 ? 0 : check);
      const k = this.int(0, 5);
      return k < 4 ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : k === 4 ? n : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
    }
  }
  /** A CHI number: date of birth (ddmmyy) then four digits. */
  chi(): string {
    const [m, d] = this.md();
    return `${pad2(d)}${pad2(m)}${pad2(this.int(25, 99))}${String(this.int(0, 9999)).padStart(4, '0')}`;
  }
  /** A UK hospital number ('K123456', 'RX1234567', 'M0123456'). */
  hospNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 2) return `${this.letters(1)}0${this.digitString(6)}`;
    return this.digitString(8);
  }
  ukPostcode(): string {
    const area = this.pick(UK_AREAS);
    const district = area.length === 1 && this.r() < 0.3 ? `${this.int(1, 9)}${this.pick(['A', 'W', 'E', 'N'])}` : String(this.int(1, 29));
    return `${area}${district} ${this.int(0, 9)}${this.lettersOf(PC_LETTERS, 2)}`;
  }
  eircode(): string {
    return `${this.pick(EIR_KEYS)} ${this.lettersOf('ACDEFHKNPRTVWXY', 1)}${this.lettersOf(EIR_CHARS, 3)}`;
  }
  caPostal(): string {
    const d = (): number => this.int(0, 9);
    return `${this.lettersOf(CA_FIRST, 1)}${d()}${this.lettersOf(CA_REST, 1)} ${d()}${this.lettersOf(CA_REST, 1)}${d()}`;
  }
  auPostcode(): string {
    return String(this.int(2000, 7999));
  }
  nzPostcode(): string {
    return String(this.int(100, 9899)).padStart(4, '0');
  }
  pin(): string {
    const p = `${this.int(1, 8)}${this.digitString(5).slice(1)}${this.int(0, 9)}`.slice(0, 6);
    return this.r() < 0.4 ? `${p.slice(0, 3)} ${p.slice(3)}` : p;
  }
  /** A street line with its house, flat or unit number. */
  street(kind: 'uk' | 'au' | 'ca' | 'nz' = 'uk'): string {
    const name = `${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
    const n = this.int(1, 240);
    if (kind === 'au') {
      const k = this.int(0, 3);
      return k === 0 ? `Unit ${this.int(1, 20)}/${n} ${name}` : k === 1 ? `${this.int(1, 12)}/${n} ${name}` : k === 2 ? `Lot ${this.int(1, 400)} ${name}` : `${n} ${name}`;
    }
    if (kind === 'ca') return this.r() < 0.5 ? `${this.int(101, 2409)}-${n} ${name}` : `${n} ${name}`;
    if (kind === 'nz') return this.r() < 0.3 ? `${this.int(1, 9)}/${n} ${name}` : `${n}${this.pick(['', '', 'A', 'B'])} ${name}`;
    const k = this.int(0, 4);
    return k === 0 ? `Flat ${this.int(1, 40)}, ${n} ${name}` : k === 1 ? `Flat ${this.int(1, 9)}${this.pick(['A', 'B', 'C'])}, ${n} ${name}` : k === 2 ? `${n}${this.pick(['A', 'B'])} ${name}` : `${n} ${name}`;
  }
  /** A GP practice: its text and the part to plant (without a leading 'The'). */
  practice(): readonly [string, string] {
    const kind = this.pick(PRACTICE_KINDS);
    if (this.r() < 0.3) { const p = `${this.ukTown()} ${kind}`; return [p, p]; }
    const p = `${this.pick(PRACTICE_WORDS)} ${kind}`;
    return this.r() < 0.5 ? [`The ${p}`, p] : [p, p];
  }
  ukHospital(): string {
    const t = this.ukTown();
    switch (this.int(0, 6)) {
      case 0: return `St ${this.pick(SAINTS)}'s Hospital`;
      case 1: return `Royal ${t} Hospital`;
      case 2: return `${t} Royal Infirmary`;
      case 3: return `${t} General Hospital`;
      case 4: return `${t} District General Hospital`;
      case 5: return `${t} Community Hospital`;
      default: return `University Hospital of ${t}`;
    }
  }
  trust(): string {
    const t = this.ukTown();
    return this.pick([`${t} Teaching Hospitals NHS Trust`, `${t} University Hospitals NHS Foundation Trust`, `${t} and District NHS Foundation Trust`, `${t} Hospitals NHS Trust`]);
  }
  careHome(): string {
    return `${this.pick(HOME_WORDS)} ${this.pick(['Care Home', 'Nursing Home', 'Residential Home', 'Lodge'])}`;
  }
  /** A UK-style doctor: text and parts ('Dr A Patel' plants the surname only). */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    switch (this.int(0, 4)) {
      case 0: return [`Dr ${this.initial()} ${s}`, [s]];
      case 1: return [`Dr ${g} ${s}`, [g, s]];
      case 2: return [`Mr ${g} ${s} FRCS`, [g, s]];
      case 3: return [`Dr ${g} ${s.toUpperCase()}`, [g, s.toUpperCase()]];
      default: return [`Professor ${g} ${s}`, [g, s]];
    }
  }
  /** A phone in a local form and the part that must be covered (a leading '(' need not be). */
  phone(country: 'uk' | 'ie' | 'au' | 'nz' | 'in' | 'ca'): readonly [string, string] {
    const n = (k: number): string => String(this.int(0, 10 ** k - 1)).padStart(k, '0');
    const same = (s: string): readonly [string, string] => [s, s];
    const k = this.int(0, 3);
    switch (country) {
      case 'uk': {
        if (k === 0) return same(`020 ${this.pick(['7', '8'])}${n(3)} ${n(4)}`);
        if (k === 1) return same(`${this.pick(['0113', '0114', '0117', '0121', '0131', '0141', '0151', '0161', '0191'])} ${n(3)} ${n(4)}`);
        if (k === 2) return same(`07${n(3)} ${n(6)}`);
        return same(this.pick([`+44 7${n(3)} ${n(6)}`, `${this.pick(['01225', '01392', '01223', '01865', '01904', '01632'])} ${n(6)}`, `+44 (0)20 7${n(3)} ${n(4)}`]));
      }
      case 'ie': {
        if (k === 0) return [`(01) ${n(3)} ${n(4)}`, `01) ${n(3)} ${n(4)}`];
        if (k === 1) return same(`${this.pick(['021', '091', '061', '066'])} ${n(3)} ${n(4)}`);
        if (k === 2) return same(`08${this.pick(['3', '5', '6', '7'])} ${n(3)} ${n(4)}`);
        return same(`+353 8${this.pick(['3', '5', '7'])} ${n(3)} ${n(4)}`);
      }
      case 'au': {
        if (k === 0) { const a = this.pick(['02', '03', '07', '08']); const b = `${n(4)} ${n(4)}`; return [`(${a}) ${b}`, `${a}) ${b}`]; }
        if (k === 1) return same(`04${n(2)} ${n(3)} ${n(3)}`);
        if (k === 2) return same(`+61 ${this.pick(['2', '3', '7', '8'])} ${n(4)} ${n(4)}`);
        return same(`0${this.pick(['2', '3', '7', '8'])} ${n(4)} ${n(4)}`);
      }
      case 'nz': {
        if (k === 0) { const a = this.pick(['09', '04', '03', '07', '06']); const b = `${n(3)} ${n(4)}`; return [`(${a}) ${b}`, `${a}) ${b}`]; }
        if (k === 1) return same(`02${this.pick(['1', '2', '7'])} ${n(3)} ${n(4)}`);
        if (k === 2) return same(`+64 2${this.pick(['1', '2', '7'])} ${n(3)} ${n(4)}`);
        return same(`0${this.pick(['3', '4', '9'])}-${n(3)} ${n(4)}`);
      }
      case 'in': {
        const mob = `${this.int(7, 9)}${n(4)} ${n(5)}`;
        if (k === 0) return same(`+91 ${mob}`);
        if (k === 1) return same(mob);
        if (k === 2) return same(`0${this.pick(['80', '22', '44', '40'])}-${n(4)} ${n(4)}`);
        return same(`+91-${this.pick(['80', '22', '44', '40'])}-${n(4)}-${n(4)}`);
      }
      default: {
        const a = this.pick(['416', '647', '613', '604', '403', '514', '902']);
        if (k === 0) { const b = `${a}) ${this.int(200, 999)}-${n(4)}`; return [`(${b}`, b]; }
        return same(this.pick([`${a}-${this.int(200, 999)}-${n(4)}`, `${a}.${this.int(200, 999)}.${n(4)}`, `1-${a}-${this.int(200, 999)}-${n(4)}`]));
      }
    }
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'sam';
    const b = asciiLetters(s) || 'lee';
    return this.pick([`${a}.${b}@nhs.net`, `${a}.${b}${this.int(1, 9)}@nhs.net`, `${a[0]!}${b}@hse.ie`, `${a}.${b}@health.qld.gov.au`, `${a}${b}${this.int(10, 99)}@gmail.com`, `${b}.${a}@yahoo.co.in`, `${a}_${b}@hotmail.co.uk`]);
  }
  /** An Australian Medicare number ('2123 45670 1') with a valid check digit. */
  medicare(): string {
    const eight = `${this.int(2, 6)}${this.digitString(7)}`;
    const w = [1, 3, 7, 9, 1, 3, 7, 9];
    const check = [...eight].reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 10;
    return `${eight.slice(0, 4)} ${eight.slice(4)}${check} ${this.int(1, 9)}`;
  }
  ihi(): string {
    const d = `800360${this.digitString(10)}`;
    return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`;
  }
  /** An NZ NHI in the old form ('ABC1234') with its check digit, or the new one ('ABC12DE'). */
  nhi(): string {
    const lets = this.lettersOf(NHI_LETTERS, 3);
    if (this.r() < 0.25) return `${lets}${this.int(10, 99)}${this.lettersOf('ABCDEFGHJKLMNPQRSTUVWXY', 2)}`;
    for (;;) {
      const digs = String(this.int(100, 999));
      const vals = [...lets].map((c) => NHI_LETTERS.indexOf(c) + 1).concat([...digs].map(Number));
      const sum = vals.reduce((s, v, i) => s + v * (7 - i), 0);
      const check = 11 - (sum % 11);
      if (check === 11) continue;
      return `${lets}${digs}${check === 10 ? 0 : check}`;
    }
  }
  ohip(): string {
    const d = this.digitString(10);
    const v = this.lettersOf('ABCDEFGHJKLMNPRSTVWXYZ', 2);
    const k = this.int(0, 2);
    return k === 0 ? `${d.slice(0, 4)}-${d.slice(4, 7)}-${d.slice(7)}-${v}` : k === 1 ? `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)} ${v}` : `${d}${v}`;
  }
  aadhaar(): string {
    const d = `${this.int(2, 9)}${this.digitString(11).slice(1)}${this.int(0, 9)}`.slice(0, 12);
    return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
  }
  uhid(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.letters(2)}${pad2(this.int(1, 40))}${this.digitString(7)}` : k === 1 ? this.digitString(9) : `UH${this.digitString(8)}`;
  }
  /** A UK number plate ('YX19 ABC'). */
  plate(): string {
    return `${this.letters(2)}${pad2(this.int(51, 74) - (this.r() < 0.5 ? 50 : 0))} ${this.letters(3)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // UK consultant clinic letters
  ['Re: block with NHS and hospital numbers', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const dob = d.dob(); const nhs = d.nhs(); const h = d.hospNo();
    return [`Re: ${d.title()} ${g} ${s}\nDOB: ${dob}   NHS No: ${nhs}   Hosp No: ${h}`, [g, s, dob, nhs, h]];
  }],
  ['patient address line in Re block', (d) => { const st = d.street(); const t = d.ukTown(); const pc = d.ukPostcode(); return [`Address: ${st}, ${t} ${pc}`, [st, t, pc]]; }],
  ['letter to GP address block', (d) => {
    const s = d.sur(); const [pt, pp] = d.practice(); const st = `${d.int(1, 99)} ${d.pick(STREET_WORDS)} ${d.pick(STREET_TYPES)}`; const t = d.ukTown(); const pc = d.ukPostcode();
    return [`Dr ${d.initial()} ${s}\n${pt}\n${st}\n${t}\n${pc}`, [s, pp, st, t, pc]];
  }],
  ['Dear Dr and clinic date ordinal', (d) => {
    const s = d.sur(); const [m, dd] = d.md(); const dt = `${ordinal(dd)} ${MONTHS[m - 1]!} ${d.year()}`; const s2 = d.sur();
    return [`Dear Dr ${s}\n\nI reviewed ${d.title()} ${s2} in the general medical clinic on ${dt}.`, [s, dt, s2]];
  }],
  ['Yours sincerely with consultant and secretary', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone('uk');
    return [`Yours sincerely\n\n\n${doc}\nConsultant Gastroenterologist\nSecretary: ${g} ${s}  Tel: ${ph}`, [...p, g, s, pp]];
  }],
  ['cc GP with practice', (d) => { const s = d.sur(); const [pt, pp] = d.practice(); const t = d.ukTown(); return [`cc: Dr ${s}, ${pt}, ${t}\n    Patient`, [s, pp, t]]; }],
  ['dictated typed reference line', (d) => {
    const a = d.initials(); const b = d.initials().toLowerCase(); const d1 = d.date(); const d2 = d.date();
    return [`Dictated: ${d1}   Typed: ${d2}   Ref: ${a}/${b}\nDictated but not checked`, [d1, d2, a, b]];
  }],
  ['clinic held at hospital with weekday date', (d) => {
    const h = d.ukHospital(); const [m, dd] = d.md(); const dt = `${d.pick(DAYS)} ${dd} ${MONTHS[m - 1]!}`;
    return [`Clinic: Cardiology Outpatients, ${h}\nDate seen: ${dt}`, [h, dt]];
  }],
  ['trust letterhead with switchboard', (d) => { const tr = d.trust(); const [ph, pp] = d.phone('uk'); return [`${tr}\nDepartment of Respiratory Medicine\nSwitchboard: ${ph}`, [tr, pp]]; }],
  ['secretary email', (d) => { const g = d.given(); const s = d.sur(); const e = d.email(g, s); return [`For appointment queries please email ${e} quoting the hospital number.`, [e]]; }],
  ['surgeon Mr consultant plan', (d) => { const g = d.given(); const s = d.sur(); const dt = d.date(); return [`Listed for laparoscopic cholecystectomy under Mr ${g} ${s} on ${dt}; pre-op assessment to follow.`, [g, s, dt]]; }],
  ['age over 89 in letter opening', (d) => { const n = d.ageOver89(); return [`Thank you for referring this ${n}-year-old ${d.pick(['lady', 'gentleman', 'woman', 'man'])} with recurrent falls.`, [n]]; }],
  // GP referral letters and GP records
  ['e-RS referral with UBRN', (d) => {
    const u = `${String(d.int(0, 9999)).padStart(4, '0')} ${d.digitString(4)} ${d.digitString(4)}`; const dt = d.dmy();
    return [`Urgent suspected cancer referral (2WW) sent via e-RS on ${dt}. UBRN: ${u}`, [dt, u]];
  }],
  ['GP referral from practice with ODS code', (d) => {
    const [doc, p] = d.doctor(); const [pt, pp] = d.practice(); const ods = `${d.letters(1)}${d.digitString(5)}`;
    return [`Referring GP: ${doc}, ${pt} (practice code ${ods})`, [...p, pp, ods]];
  }],
  ['GP consultation entry EMIS style', (d) => {
    const [m, dd] = d.md(); const dt = `${pad2(dd)}-${MON[m - 1]!}-${d.year()}`; const g = d.given(); const s = d.sur();
    return [`${dt} ${d.time()}  Surgery consultation  Dr ${g} ${s} (GP Partner)\nHistory: cough 3/52, no haemoptysis.`, [dt, g, s]];
  }],
  ['telephone consultation with relative', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const [ph, pp] = d.phone('uk');
    return [`Telephone consultation with pt's ${rel} ${g} on ${ph}; advised to attend A&E if worse.`, [g, pp]];
  }],
  ['GP seen last d.m.yy', (d) => { const [m, dd] = d.md(); const dt = `${dd}.${m}.${pad2(d.int(15, 25))}`; return [`Last seen by practice nurse ${dt} for dressing change.`, [dt]]; }],
  ['practice website and phone', (d) => {
    const w = d.pick(PRACTICE_WORDS).replace(/\s/g, '').toLowerCase(); const url = `www.${w}${d.pick(['surgery', 'medicalpractice', 'healthcentre'])}.${d.pick(['nhs.uk', 'co.uk'])}`; const [ph, pp] = d.phone('uk');
    return [`Repeat prescriptions can be ordered at ${url} or by calling ${ph}.`, [url, pp]];
  }],
  ['house name address with county', (d) => {
    const hn = d.pick(HOUSE_NAMES); const st = `${d.pick(STREET_WORDS)} ${d.pick(['Lane', 'Road', 'Hill'])}`; const t = d.ukTown(); const c = d.pick(UK_COUNTIES); const pc = d.ukPostcode();
    return [`${hn}\n${st}\n${t}\n${c}\n${pc}`, [hn, st, t, c, pc]];
  }],
  ['pharmacy nominated', (d) => { const s = d.sur(); const t = d.ukTown(); return [`Nominated pharmacy: ${s}'s Pharmacy, High Street, ${t}`, [`${s}'s Pharmacy`, t]]; }],
  // ward notes
  ['ward round entry with team', (d) => {
    const s = d.sur(); const s2 = d.sur(); const g3 = d.given(); const dt = d.dmy();
    return [`${dt} ${d.time()} WR\nCons: Dr ${s}\nReg: Dr ${s2}\nFY1: ${g3}\nPt comfortable overnight, NEWS2 1.`, [dt, s, s2, g3]];
  }],
  ['ward note signature with GMC and bleep', (d) => {
    const g = d.given(); const s = d.sur(); const gmc = d.digitString(7); const b = d.digitString(4);
    return [`${g} ${s} FY1  GMC ${gmc}  bleep ${b}`, [g, s, gmc, b]];
  }],
  ['discussed with on-call registrar', (d) => { const s = d.sur(); const b = d.digitString(4); return [`Discussed with on-call med reg Dr ${s} (bleep ${b}) at 02:15 - agrees with plan, repeat VBG in 2 h.`, [s, b]]; }],
  ['nursing entry with staff nurse and sister', (d) => {
    const s = d.sur(); const g = d.given(); const nmc = `${pad2(d.int(0, 99))}${d.letters(1)}${d.digitString(4)}${d.letters(1)}`;
    return [`Escalated to Sister ${s}. Entry by Staff Nurse ${g}, NMC PIN ${nmc}.`, [s, g, nmc]];
  }],
  ['NOK named with mobile', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone('uk');
    return [`NOK: ${rel}, ${g} ${s}, ${ph} (happy to be contacted overnight)`, [g, s, pp]];
  }],
  ['care home resident age over 89', (d) => {
    const n = d.ageOver89(); const ch = d.careHome(); const t = d.ukTown();
    return [`${n} yo ${d.pick(['F', 'M'])}, resident of ${ch}, ${t}, admitted via A&E with reduced mobility.`, [n, ch, t]];
  }],
  ['RTC with vehicle registration', (d) => { const p = d.plate(); return [`RTC: restrained driver, car reg ${p} vs lamppost at ~30 mph, airbags deployed.`, [p]]; }],
  ['ambulance CAD and arrival', (d) => { const cad = d.digitString(6); const dt = d.date(); return [`Brought in by ambulance (CAD ${cad}) on ${dt} at ${d.time()}; handed over in Resus.`, [cad, dt]]; }],
  // discharge summaries
  ['admission and discharge dates', (d) => { const a = d.dmy(); const b = d.dmy(); return [`Date of admission: ${a}\nDate of discharge: ${b}\nDischarging ward: Ward 7B`, [a, b]]; }],
  ['admitting consultant and hospital', (d) => {
    const [doc, p] = d.doctor(); const h = d.ukHospital();
    return [`Admitting consultant: ${doc}\nSite: ${h}\nSpecialty: Acute Medicine`, [...p, h]];
  }],
  ['TTO checked by pharmacist', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`TTO: paracetamol 1 g qds PRN, co-amoxiclav 625 mg tds for 5/7.\nClinically screened by ${g} ${s} (pharmacist) ${dt}`, [g, s, dt]];
  }],
  ['follow up at hospital clinic on date', (d) => {
    const h = d.ukHospital(); const [m, dd] = d.md(); const dt = `${d.pick(DAYS)} ${ordinal(dd)} ${MONTHS[m - 1]!}`;
    return [`Follow-up: respiratory clinic at ${h} on ${dt} at 10:30 with a repeat CXR.`, [h, dt]];
  }],
  ['discharge to hospice', (d) => { const sh = `St ${d.pick(SAINTS)}'s Hospice`; const t = d.ukTown(); return [`Discharged to ${sh}, ${t}, for end-of-life care; ReSPECT form completed.`, [sh, t]]; }],
  ['lab specimen number', (d) => { const lab = `${d.letters(1)}${pad2(d.int(15, 25))}.${d.digitString(7)}`; return [`Blood culture (lab no. ${lab}): Staphylococcus aureus, sensitive to flucloxacillin.`, [lab]]; }],
  ['CGM sensor serial', (d) => { const sn = `${d.digitString(2)}${d.letters(1)}${d.digitString(7)}`; return [`FreeStyle Libre 2 sensor applied to left arm, serial ${sn}.`, [sn]]; }],
  // Scotland
  ['CHI and health board', (d) => { const c = d.chi(); const b = d.pick(BOARDS); return [`CHI: ${c}\nHealth board: NHS ${b}`, [c, b]]; }],
  // Ireland
  ['Irish MRN PPSN and medical card', (d) => {
    const mrn = d.digitString(7); const pps = `${d.digitString(7)}${d.letters(1)}${d.r() < 0.5 ? 'A' : ''}`;
    return [`MRN: ${mrn}   PPSN: ${pps}   Medical card: yes (GMS)`, [mrn, pps]];
  }],
  ['Irish address with Eircode', (d) => {
    const st = `${d.int(1, 120)} ${d.pick(STREET_WORDS)} ${d.pick(['Park', 'Drive', 'Lawn', 'Grove', 'Heights', 'Crescent'])}`; const t = d.pick(IE_TOWNS); const c = d.pick(IE_COUNTIES); const e = d.eircode();
    return [`${st}, ${t}, Co. ${c}, ${e}`, [st, t, c, e]];
  }],
  ['Irish GP on Main Street', (d) => { const s = d.sur(); const t = d.pick(IE_TOWNS); const c = d.pick(IE_COUNTIES); return [`GP: Dr ${s}, Main Street, ${t}, Co. ${c}`, [s, t, c]]; }],
  ['Dublin hospital and postal district', (d) => {
    const h = d.pick(['Beaumont Hospital', 'Mater Misericordiae University Hospital', "St James's Hospital", "St Vincent's University Hospital", 'Tallaght University Hospital', 'Connolly Hospital']); const dn = `Dublin ${d.int(1, 24)}`;
    return [`Transferred to ${h}, ${dn}, for neurosurgical review.`, [h, dn]];
  }],
  ['Irish university hospital in town', (d) => { const t = d.pick(['Galway', 'Limerick', 'Waterford', 'Kerry', 'Cork']); const dt = d.date(); return [`Seen in the rapid access clinic, University Hospital ${t}, ${dt}.`, [`University Hospital ${t}`, dt]]; }],
  ['Irish phone', (d) => { const [ph, pp] = d.phone('ie'); return [`Patient contact number: ${ph}`, [pp]]; }],
  // Canada
  ['OHIP number with version code', (d) => { const o = d.ohip(); return [`Ontario Health Card (OHIP): ${o}   Sex: F`, [o]]; }],
  ['BC PHN', (d) => { const p = `9${d.digitString(9).slice(0, 9)}`; const f = `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`; return [`PHN: ${f} (BC MSP)`, [f]]; }],
  ['RAMQ number', (d) => {
    const s = d.sur(); const g = d.given(); const code = `${(asciiLetters(s) + 'xxx').slice(0, 3).toUpperCase()}${(asciiLetters(g) || 'x').charAt(0).toUpperCase()} ${d.digitString(4)} ${d.digitString(4)}`;
    return [`RAMQ: ${code}`, [code]];
  }],
  ['Canadian address with postal code', (d) => {
    const st = d.street('ca'); const t = d.pick(CA_TOWNS); const pc = d.caPostal();
    return [`${st}, ${t} ${d.pick(CA_PROVINCES)} ${pc}`, [st, t, pc]];
  }],
  ['Canadian referral with CPSO and FHT', (d) => {
    const g = d.given(); const s = d.sur(); const cpso = d.digitString(5); const t = d.pick(CA_TOWNS); const fht = `${t} Family Health Team`;
    return [`Referring physician: Dr. ${g} ${s} (CPSO #${cpso}), ${fht}`, [g, s, cpso, fht]];
  }],
  ['Canadian phone and fax', (d) => { const [a, pa] = d.phone('ca'); const [b, pb] = d.phone('ca'); return [`Clinic phone ${a}, fax ${b}.`, [pa, pb]]; }],
  // Australia
  ['Medicare number and IRN', (d) => { const m = d.medicare(); return [`Medicare No: ${m} / ${d.int(1, 5)}   Pension card: yes`, [m]]; }],
  ['IHI and UR number', (d) => { const i = d.ihi(); const ur = d.digitString(d.int(6, 7)); return [`IHI: ${i}\nUR: ${ur}`, [i, ur]]; }],
  ['Australian address unit or lot', (d) => { const st = d.street('au'); const t = d.pick(AU_TOWNS); const pc = d.auPostcode(); return [`Address: ${st}, ${t} ${d.pick(AU_STATES)} ${pc}`, [st, t, pc]]; }],
  ['Australian discharge to GP with provider number', (d) => {
    const s = d.sur(); const t = d.pick(AU_TOWNS); const pn = `${d.digitString(6)}${d.letters(1)}${d.letters(1)}`;
    return [`GP: Dr ${s}, ${t} Medical Centre (provider no. ${pn})`, [s, `${t} Medical Centre`, pn]];
  }],
  ['DVA file and phone', (d) => {
    const dva = `${d.pick(['N', 'V', 'Q', 'W'])}${d.pick(['X', 'SM', 'WW'])}${d.digitString(6)}`; const [ph, pp] = d.phone('au');
    return [`DVA Gold Card ${dva}. Contact: ${ph}`, [dva, pp]];
  }],
  ['Australian base hospital', (d) => { const t = d.pick(AU_TOWNS.slice(0, 15)); const dt = d.date(); return [`Retrieved from ${t} Base Hospital on ${dt} by RFDS.`, [`${t} Base Hospital`, dt]]; }],
  ['AHPRA registration', (d) => { const g = d.given(); const s = d.sur(); const r = `MED${d.digitString(10)}`; return [`Dr ${g} ${s}, Emergency Registrar, AHPRA ${r}`, [g, s, r]]; }],
  // New Zealand
  ['NHI number', (d) => { const n = d.nhi(); const dob = d.dob(); return [`NHI: ${n}   DOB: ${dob}`, [n, dob]]; }],
  ['NZ address', (d) => {
    const st = d.street('nz'); const sub = d.pick(NZ_TOWNS); const city = d.pick(['Auckland', 'Wellington', 'Christchurch', 'Hamilton', 'Dunedin']); const pc = d.nzPostcode();
    return [`${st}, ${sub}, ${city} ${pc}`, [st, sub, city, pc]];
  }],
  ['ACC claim number', (d) => { const c = `${d.letters(2)}${d.digitString(5)}`; const dt = d.date(); return [`ACC45 lodged, claim number ${c}, injury date ${dt}.`, [c, dt]]; }],
  ['NZ hospital and phone', (d) => {
    const h = d.pick(['Middlemore Hospital', 'Waikato Hospital', 'Christchurch Hospital', 'Whangārei Hospital', 'Hutt Hospital', 'Dunedin Hospital', 'North Shore Hospital']); const [ph, pp] = d.phone('nz');
    return [`Discharged from ${h}; whānau contact ${ph}.`, [h, pp]];
  }],
  // India
  ['UHID and IP number', (d) => { const u = d.uhid(); const ip = `${d.year()}/${d.digitString(5)}`; return [`UHID: ${u}   IP No: ${ip}   Bed: 12`, [u, ip]]; }],
  ['Indian name S/o with age over 89', (d) => {
    const g = d.given(); const s = d.sur(); const fg = d.given(); const n = d.ageOver89();
    return [`Name: Mr. ${g} ${s} S/o ${fg}\nAge/Sex: ${n}Y/M`, [g, s, fg, n]];
  }],
  ['Indian address with PIN', (d) => {
    const hn = `${d.pick(['#', 'No. ', 'H.No. '])}${d.int(1, 200)}, ${ordinal(d.int(1, 12))} ${d.pick(['Cross', 'Main'])}`; const loc = d.pick(IN_LOCALITIES); const c = d.pick(IN_CITIES); const pin = d.pin();
    return [`Address: ${hn}, ${loc}, ${c} - ${pin}`, [hn, loc, c, pin]];
  }],
  ['Aadhaar and ABHA', (d) => { const a = d.aadhaar(); const ab = `91-${d.digitString(4)}-${d.digitString(4)}-${d.digitString(4)}`; return [`ID proof: Aadhaar ${a}\nABHA No: ${ab}`, [a, ab]]; }],
  ['Indian mobile and attendant', (d) => {
    const rel = d.pick(['son', 'daughter', 'wife', 'husband']); const g = d.given(); const [ph, pp] = d.phone('in');
    return [`Attendant: ${g} (${rel}), Mob: ${ph}`, [g, pp]];
  }],
  ['Indian consultant with council registration', (d) => {
    const g = d.given(); const s = d.sur(); const reg = `${d.pick(IN_COUNCILS)} ${d.digitString(5)}`;
    return [`Dr. ${g} ${s}, MBBS, MD (General Medicine)\nReg. No. ${reg}`, [g, s, reg]];
  }],
  ['Indian hospital and city', (d) => { const h = d.pick(IN_HOSPITALS); const c = d.pick(IN_CITIES); const a = d.date(); return [`${h}, ${c}\nDOA: ${a}`, [h, c, a]]; }],
  // US notes about patients from abroad
  ['US note visitor with NHS number', (d) => {
    const t = d.ukTown(); const nhs = d.nhs();
    return [`Pt is visiting from ${t}, England. She reports her NHS number as ${nhs}; records requested from her GP.`, [t, nhs]];
  }],
  ['US note travel insurance policy', (d) => {
    const ins = d.pick(INSURERS); const pol = `${d.letters(d.int(1, 3))}${d.digitString(d.int(7, 9))}`;
    return [`Insurance: ${ins} travel policy no. ${pol} (international assistance line on card).`, [pol]];
  }],
  ['US note passport number', (d) => {
    const k = d.int(0, 2); const p = k === 0 ? d.digitString(9) : k === 1 ? `${d.letters(1)}${d.digitString(7)}` : `${d.letters(2)}${d.digitString(6)}`;
    return [`Identity confirmed by passport (${d.pick(['UK', 'Indian', 'Canadian', 'Australian', 'Irish'])}) no. ${p}.`, [p]];
  }],
  ['US note GP abroad by phone', (d) => {
    const s = d.sur(); const c = d.pick(IE_COUNTIES); const [ph, pp] = d.phone('ie');
    return [`Spoke with her GP in ${c}, Ireland, Dr ${s}, at ${ph} re: medication list.`, [c, s, pp]];
  }],
  ['US note family in Canadian town', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const t = d.pick(CA_TOWNS);
    return [`Lives alone; ${rel} ${g} lives in ${t}, Ontario and will fly down tomorrow.`, [g, t]];
  }],
  ['US note recent admission abroad', (d) => {
    const t = d.pick(IN_CITIES); const dt = `${d.pick(MON)} ${d.int(1, 28)}`;
    return [`Hospitalized in ${t}, India from ${dt} for dengue; discharge summary in chart.`, [t, dt]];
  }],
];

/** The names of the wave's frames. */
export const abroadFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function abroadWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 127, rounds);
}

/** Look-alikes in the style of notes from outside the US: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // bodies, guidance and services
  ['Managed in line with NICE guideline NG28.', 'NICE'], ['Referred to the GMC for advice on confidentiality.', 'GMC'], ['Dose checked in the BNF.', 'BNF'],
  ['Advised to call NHS 111 if symptoms worsen.', 'NHS 111'], ['Royal College of Physicians guidance on falls', 'Royal College of Physicians'],
  ['Per BTS guidelines, repeat CXR at 6 weeks.', 'BTS'], ['SIGN 50 methodology', 'SIGN 50'], ['Eligible under the PBS.', 'PBS'], ['Covered by OHIP.', 'OHIP'], ['Bulk billed to Medicare.', 'Medicare'],
  // scores and scales
  ['NEWS2 score 5, escalated to FY1.', 'NEWS2 score 5'], ['Wells score 4 - CTPA requested.', 'Wells score 4'], ['CURB-65 score 2', 'CURB-65'],
  ['Glasgow-Blatchford score 6', 'Glasgow-Blatchford'], ['Pre-endoscopy Rockall 3', 'Rockall'], ['Clinical Frailty Scale 6', 'Clinical Frailty Scale 6'], ['Waterlow 15 - pressure mattress', 'Waterlow 15'],
  ['MUST score 2', 'MUST score 2'], ['Barthel 60/100', 'Barthel 60/100'], ['AMTS 8/10', 'AMTS 8/10'], ['4AT 0 - delirium unlikely', '4AT'], ['Bristol stool chart type 6', 'Bristol stool chart'],
  ['Manchester triage category orange', 'Manchester triage'], ['Ottawa ankle rules negative', 'Ottawa ankle rules'], ['Canadian C-spine rule applied', 'Canadian C-spine rule'],
  ['Vancouver scar scale 4', 'Vancouver scar scale'], ['Edinburgh Postnatal Depression Scale 14', 'Edinburgh Postnatal Depression Scale'], ['Nottingham Prognostic Index 3.4', 'Nottingham Prognostic Index'],
  ['Oxford knee score 22/48', 'Oxford knee score'], ['GCS 14/15 (E4 V4 M6)', 'GCS 14/15'], ['Power 4/5 in the left arm', '4/5'], ['Rockwood CFS 5', 'Rockwood CFS 5'],
  // eponyms
  ["Known Parkinson's disease on Madopar.", "Parkinson's"], ["Crohn's disease, on azathioprine", "Crohn's"], ["Bell's palsy on the right", "Bell's palsy"], ['Colles fracture of the left wrist', 'Colles'],
  ['Size 3 Guedel airway inserted.', 'Guedel'], ["Murphy's sign positive", "Murphy's sign"], ["Hartmann's procedure in 2016", "Hartmann's"], ['Down syndrome with hypothyroidism', 'Down syndrome'], ['Addisonian crisis', 'Addisonian'],
  // UK-style drugs, doses, durations, acuity
  ['paracetamol 1 g qds', 'paracetamol 1 g qds'], ['co-amoxiclav 625 mg tds', '625 mg tds'], ['Oramorph 2.5-5 mg 2-hourly PRN', 'Oramorph'], ['Adcal-D3 one tablet bd', 'Adcal-D3'],
  ['Laxido one sachet od', 'Laxido'], ['Fortisip 2 bottles daily', 'Fortisip'], ['Review in clinic in 6/52.', '6/52'], ['Antibiotics for 5/7.', '5/7'], ['Cough for 3/52.', '3/52'],
  ['Visual acuity 6/9 right, 6/12 left', '6/9'], ['Snellen 6/12 left', '6/12'],
  // measures and lab values
  ['Na 134 mmol/L, K 5.1 mmol/L', '134 mmol/L'], ['eGFR 48 mL/min/1.73m2', 'eGFR 48'], ['pO2 8.2 kPa on air', '8.2 kPa'], ['HbA1c 58 mmol/mol', '58 mmol/mol'], ['Hb 98 g/L', '98 g/L'],
  ['BP 142/86 mmHg', '142/86'], ['CRP 120', 'CRP 120'], ['Troponin 34 ng/L', '34 ng/L'], ['Platelets 150 x 10^9/L', '150 x 10^9/L'],
  // anatomy and labs that look like postcode districts
  ['L4/5 disc prolapse', 'L4/5'], ['Heart sounds S1 + S2 + 0', 'S1 + S2'], ['T2-weighted MRI', 'T2-weighted'], ['Low C3 and C4', 'C3 and C4'], ['B12 level normal', 'B12'], ['CA125 raised', 'CA125'],
  // wards and generic places
  ['Transferred to Ward 7B.', 'Ward 7B'], ['Admitted via AMU.', 'AMU'], ['Seen in MAU overnight.', 'MAU'], ['Reviewed in SDEC.', 'SDEC'], ['Self-presented to A&E.', 'A&E'],
  ['Advised to see the GP next week.', 'the GP'], ['Back to the ward at 16:00.', 'the ward'], ['Moved to Resus.', 'Resus'], ['Returned from theatre.', 'theatre'], ['Follow-up in outpatients.', 'outpatients'],
  ['Booked an appointment at the surgery.', 'the surgery'],
  // codes, legal sections, years
  ['ICD-10 J18.9', 'J18.9'], ['SNOMED CT 22298006', '22298006'], ['OPCS-4 H22.9', 'H22.9'], ['Read code G30..', 'G30..'], ['MBS item 721', 'MBS item 721'], ['OHIP fee code A005', 'A005'],
  ['Detained under Section 2 of the Mental Health Act 1983.', 'Section 2'], ['Mental Health Act 1983', '1983'], ['Stable since 2019.', '2019'], ['Diagnosed in 2000.', '2000'],
  // ages, relations, staff roles
  ['An 84-year-old lady.', '84'], ['Aged 67.', '67'], ['89 yo M with chest pain', '89'], ['Age/Sex: 72Y/F', '72Y/F'],
  ['Her daughter was present.', 'daughter'], ['NOK: son', 'son'], ['Husband (next of kin) informed.', 'Husband'], ['Reviewed by the on-call registrar.', 'registrar'], ['Band 6 nurse', 'Band 6'],
  // everyday words that are names or towns
  ['There is still hope of recovery.', 'hope'], ['Needs reading glasses.', 'reading'], ['Bed bath given.', 'bath'], ['Orange juice with breakfast.', 'Orange'], ['Happy to deal with this.', 'deal'],
  ['Crossing the street unaided.', 'street'], ['Young adult with asthma.', 'Young'], ['A long battle with depression.', 'battle'], ['Gait: able to march on the spot unaided.', 'march'],
  // states, provinces, countries
  ['Moved from Ontario in 2018.', 'Ontario'], ['Recently arrived from Queensland.', 'Queensland'], ['Family in Kerala.', 'Kerala'], ['Born in New Zealand.', 'New Zealand'],
  ['Lived in Scotland until retirement.', 'Scotland'], ['Returned from India 2 weeks ago.', 'India'], ['Her parents emigrated from Ireland.', 'Ireland'],
];

export const abroadKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedAbroadKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(abroadKeepCases(), find);

export function scoreAbroadWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => abroadWaveCases(seed)), find);
}
