// A blind wave of hyperbaric oxygen and dive medicine records: treatment referrals (diabetic foot ulcers with their
// Wagner grade from the podiatrist's or wound center's office, radiation cystitis from the urologist with the cancer
// center where the pelvis was treated, osteoradionecrosis from the oral surgeon before extractions, carbon monoxide
// poisoning from a generator or a car left running in a home's garage with the fire department's readings and the
// family members found with the patient, decompression sickness and arterial gas embolism after a dive, with the dive
// boat, the dive shop or charter that ran the trip, the captain and the divemaster, the buddy and the named dive sites
// and wrecks, trips abroad and the flight home), pre-treatment checklists (glucose, ears, garments, the checker's
// initials), chamber logs (a chamber's position number kept, its serial planted, the operator and the safety director
// signing with names or initials, daily safety checks, oxygen lots, service work orders, incident reports, the
// monitoring workstation's IP address), treatment records on US Navy tables with the inside attendant, dive profiles
// and dive-computer downloads with the computer's serial and time-stamped dive dates, DAN case and member numbers and
// dive accident insurance policies, fitness-to-dive and return-to-diving letters for commercial divers with the
// employer, the dive support vessel, ADCI card, TWIC and Merchant Mariner Credential numbers, recreational
// certification cards with the instructor, transcutaneous oximetry tables with the monitor's serial, insurance
// prior-authorization letters, approvals, denials and appeals, Medicare MBIs, phone and pager messages and after-hours
// pages, EMS and air-medical transfer notes from a marina, a boat ramp or a town's emergency department, with run and
// incident numbers, vessels' documentation numbers, state boat registrations and hull identification numbers, cars'
// plates and VINs, in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', dive-computer stamps such as
// '2024-03-04T10:12', holidays such as 'Memorial Day' and 'the Fourth of July'); ages over 89, phones, pagers, faxes,
// e-mails, URLs and IP addresses are planted. Given names and surnames are often everyday words, many of them from the
// sea (Marina, Coral, Pearl, Shelly, Sandy, Storm, Gale, Rocky, Will, Cliff, Wade; Stone, Hill, Fish, Salmon, Gill,
// Pike, Bass, Seaman, Shore, Waters, Marsh, Pool, Sands, Reed, Swimmer, Sailor); towns are often everyday words
// (Liberty, Union, Hope, Marathon, Jupiter, Venice, Destin, Harmony, Paradise, Freeport, Anchorage, Sunrise).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreHyperbaricWave`.
// Decisions: every word of a person's name is planted as its own part (given, middle and surname; a hyphenated surname
// is one part), a middle initial, a title ('Dr.', 'Capt.') and a credential ('CHT', 'CHRN', 'RN', 'EMT-P', 'DMT') are
// not; a signer's initials and a patient's initials on a chamber log are planted; a relation without a name and a role
// without a name ('the inside attendant', 'the safety director', 'the divemaster', 'his dive buddy', 'the captain')
// are kept; a local hospital, hyperbaric or wound center, podiatry, urology, dental and oral surgery practice, cancer
// center, dive shop, dive charter, marina, commercial diving company, fire department or county fire rescue, air
// medical service, nursing home and resort abroad is planted whole with its kind words ('Tarpon Cove Dive Center',
// 'Marathon Hyperbaric & Wound Center', 'Monroe County Fire Rescue'); a dive boat's or a dive support vessel's name is
// planted without its 'M/V' or 'DSV'; a named dive site, reef, wreck or spring ('Molasses Reef', 'Spiegel Grove',
// 'Ginnie Springs') is planted; a town at home and an island town abroad ('Cozumel', 'Roatán') are planted, a
// country, a US state, a region and a body of water ('the Florida Keys', 'the Gulf of Mexico', 'the Bahamas') are
// kept; a street address is planted from its number to its street type; a ZIP is planted; a weekday naming one day is
// planted, a standing schedule ('Monday through Friday') is kept; a month with a year is planted; a holiday that fixes
// a day is planted; a dive-computer time stamp is planted as its date only; the time next to a date is kept, and so
// are depths, pressures, gas mixes, table names, bottom and surface times, treatment counts and durations; a
// chamber's position number ('Chamber 2') is kept and its serial planted; MRNs, encounter and account numbers, member,
// group, claim, prior-authorization, appeal and call reference numbers, Medicare MBIs, SSNs, NPIs, state medical
// licence numbers, DAN case and member numbers, dive insurance policy numbers, chamber, dive computer and monitor
// serials, asset tags, oxygen and dressing lot numbers, work orders, occurrence and incident reports, EMS run numbers,
// poison center case numbers, lab accessions, certification card numbers (PADI, NAUI, SSI, ADCI), CHT certificate
// numbers, TWIC and Merchant Mariner Credential numbers, USCG documentation numbers, state boat registrations, hull
// identification numbers, plates and VINs are planted as the number only; a phone's leading '(' need not be covered;
// pagers and extensions are planted; e-mails, URLs and IP addresses are planted whole; ages over 89 are planted as
// their number. Kept (look-alikes): treatment tables and pressures (US Navy Treatment Table 6, TT5, TT9, 2.4 ATA,
// 60 fsw, 18 msw), air breaks and durations, wound, radiation, ear and neurological scales (Wagner, University of
// Texas, PEDIS, LENT-SOMA, RTOG, Notani, TEED, O'Neill, Spencer, GCS, Romberg), the Marx protocol, TcPO2, COHb and lab
// values, gradient factors, gas mixes and algorithms, devices named without serials (Sechrist 3300H, Perry Sigma 34,
// Shearwater Perdix 2, Suunto D5, Garmin Descent, Radiometer TCM400), national bodies, agencies and standards (UHMS,
// DAN, NBDHMT, PADI, NAUI, ADCI, CMS, NFPA 99, PVHO-1, the US Coast Guard), codes (CPT 99183, G0277, T70.3XXA),
// eponymous laws, signs and effects (Boyle, Henry, Paul Bert, Lorrain Smith, Valsalva, Charcot), drugs and brands,
// generic places (the marina, the garage, the dive shop, the wreck, a liveaboard), regions, states and countries,
// relations and roles without names, ages of 89 and under, years alone, dive and treatment counts, and everyday words
// that are also names or towns (hope, coral, marathon, sandy, storm, shore, salmon).
// Measured before rules: 0.860 recall on seeds 5, 11, 23 (4495/5226), 0.856 on fresh seeds 41, 42, 43 (4478/5231); 12/162
// look-alikes touched ("Bühlmann ZHL-16C", "Perry Sigma 34", "Perry Sigma Elite", "Shearwater Perdix 2", "DAN Emergency
// Hotline", "Paul Bert effect", "Lorrain Smith effect", "Brown-Séquard", "the marina", "Florida Keys", "dive buddy",
// "Marina") (engine at d9575c5).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, au, gb, mx, ca];

/** Given names and surnames that are everyday words, many of them from the sea. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Marina', 'Coral', 'Pearl', 'Shelly', 'Sandy', 'Brook', 'River', 'Storm', 'Gale', 'Misty', 'Sunny', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Will', 'Bill', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Cliff', 'Wade', 'Gil', 'Rusty', 'Sonny', 'Ray', 'Major', 'Mercy', 'Jordan', 'Georgia', 'Autumn', 'Precious'];
const WORD_SUR = ['Stone', 'Hill', 'Fish', 'Salmon', 'Gill', 'Pike', 'Bass', 'Seaman', 'Shore', 'Waters', 'Marsh', 'Pool', 'Sands', 'Reed', 'Wells', 'Banks', 'Rivers', 'Brooks', 'Price', 'Cook', 'Baker', 'Mason', 'Porter', 'Fisher', 'Shepherd', 'King', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Noble', 'Sweet', 'Bell', 'Diamond', 'Carpenter', 'Swimmer', 'Sailor', 'Hook', 'Cross', 'Long', 'Little', 'Steel', 'Boatwright', 'Lake'];

/** Towns that are everyday words, and real towns on the coasts and the Gulf where divers and chambers are. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Marathon', 'Jupiter', 'Venice', 'Destin', 'Harmony', 'Paradise', 'Eden', 'Normal', 'Concord', 'Independence', 'Friendship', 'Welcome', 'Mobile', 'Sandy', 'Golden', 'Orange', 'Sunrise', 'Plantation', 'Freeport', 'Anchorage', 'Seaside', 'Rockport', 'Gulf Breeze', 'Deep River', 'Palm Bay', 'Surprise', 'Ocean City'];
const REAL_TOWNS = ['Key Largo', 'Islamorada', 'Tavernier', 'Key West', 'Big Pine Key', 'Homestead', 'Pompano Beach', 'Boynton Beach', 'Riviera Beach', 'Panama City Beach', 'Pensacola', 'Fort Walton Beach', 'Morgan City', 'Houma', 'Thibodaux', 'Lafayette', 'Galveston', 'Port Aransas', 'Corpus Christi', 'Monterey', 'Avalon', 'Anacortes', 'Port Townsend', 'Kailua-Kona', 'Kihei', 'Lahaina', 'Hilo', 'Beaufort', 'Morehead City', 'Wilmington', 'Gloucester', 'Marblehead', 'Newport', 'Mystic', 'Traverse City', 'Stuart', 'Crystal River', 'High Springs'];
const STATES = ['FL', 'LA', 'TX', 'HI', 'NC', 'CA', 'WA', 'MA', 'RI', 'MI', 'AL', 'Florida', 'Louisiana', 'Hawaii'];
const COUNTY_WORDS = ['Monroe', 'Palm Beach', 'Bay', 'Okaloosa', 'Escambia', 'Terrebonne', 'St. Mary', 'Lafourche', 'Galveston', 'Nueces', 'Carteret', 'Maui', 'Barnstable', 'Union', 'Liberty', 'Franklin', 'Martin', 'Citrus', 'Walton'];
const STREET_WORDS = ['Main', 'Ocean', 'Bay', 'Harbor', 'Palm', 'Coral', 'Seagrape', 'Mangrove', 'Pelican', 'Dolphin', 'Gulf', 'Shore', 'Beach', 'Dock', 'Anchor', 'Marlin', 'Tarpon', 'Hope', 'Union', 'Liberty', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Overseas'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Ter', 'Hwy', 'Cir'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Catherine', 'Bernard'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Baptist Hospital'];
/** Named dive sites, reefs, wrecks and springs (planted). */
const DIVE_SITES = ['Molasses Reef', 'French Reef', 'Spiegel Grove', 'Benwood', 'Looe Key', 'Sombrero Reef', 'Alligator Reef', 'Blue Heron Bridge', 'Breakers Reef', 'Oriskany', 'Vandenberg', 'Duane', 'Eagle wreck', 'Ginnie Springs', 'Peacock Springs', 'Vortex Spring', 'Morrison Springs', 'Devil\'s Eye', 'Stetson Bank', 'Flower Garden Banks', 'Casino Point', 'Molokini Crater', 'Electric Beach', 'Sharks Cove', 'Dutch Springs', 'Tenneco Towers', 'Pickles Reef', 'Hens and Chickens', 'Conch Wall', 'Thunderbolt'];
/** Island towns abroad (planted) and the countries or territories they are in (kept). */
const ABROAD: readonly (readonly [string, string])[] = [
  ['Cozumel', 'Mexico'], ['Playa del Carmen', 'Mexico'], ['Akumal', 'Mexico'], ['Tulum', 'Mexico'], ['Roatán', 'Honduras'], ['Utila', 'Honduras'],
  ['Kralendijk', 'Bonaire'], ['George Town', 'the Cayman Islands'], ['Nassau', 'the Bahamas'], ['Bimini', 'the Bahamas'], ['San Pedro', 'Belize'],
  ['Ambergris Caye', 'Belize'], ['Willemstad', 'Curaçao'], ['Oranjestad', 'Aruba'], ['Soufrière', 'St. Lucia'],
];
const BOATS = ['Sea Dancer', 'Reef Runner', 'Blue Water Lady', 'Miss Conduct', 'Knot Working', 'Ocean Quest', 'Sea Hunter', 'Island Time', 'Deep Six', 'Salt Shaker', 'Aquanaut', 'Wahoo II', 'Sundance', 'Manta Ray', 'Nauti Lady', 'Reel Therapy', 'Sea Esta', 'Happy Hour', 'Second Wind', 'Lady Grace', 'Bottom Time', 'Bubble Chaser'];
const VESSELS = ['Gulf Titan', 'Cajun Diver', 'Ocean Pioneer', 'Bayou Endeavor', 'Sea Venture', 'Atlantis Star', 'Delta Workhorse', 'Offshore Courage'];
const SHOP_WORDS = ['Blue Lagoon', 'Coral Coast', 'Reef Quest', 'Deep Blue', 'Tarpon Cove', 'Conch Republic', 'Silent World', 'Sea Horse', 'Manatee Bay', 'Wreck Alley', 'Pelican', 'Barracuda', 'Sunken Treasure', 'Island Ventures', 'Aqua Safari', 'Neptune'];
const EMPLOYER_WORDS = ['Gulf', 'Bayou', 'Delta', 'Coastal', 'Pelican', 'Offshore', 'Atlas', 'Trident', 'Poseidon', 'Sea Level', 'Crescent', 'Tidewater'];
const AIR_WORDS = ['Trauma Star', 'Sky Care', 'Air Heart', 'LifeNet', 'Gulf Flight', 'Keys Air Care', 'Coastal Air One'];
const RESORT_WORDS = ['Palmetto', 'Casa Azul', 'Coconut Grove', 'Buddy\'s', 'Reef Point', 'Sand Dollar', 'Blue Marlin', 'Hibiscus'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Memorial Day', 'Labor Day'];
/** Relations a name follows. */
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'brother', 'sister', 'mother', 'father', 'partner', 'girlfriend', 'boyfriend', 'roommate', 'neighbor', 'friend'];
/** National insurers named alone (kept). */
const INSURERS = ['Medicare', 'Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Blue Cross Blue Shield', 'Tricare'];
const COMPUTERS = ['Shearwater Perdix 2', 'Shearwater Teric', 'Suunto D5', 'Suunto EON Core', 'Garmin Descent Mk2i', 'Mares Puck Pro', 'Oceanic Geo 4.0'];
const CHAMBERS = ['Sechrist 3300H', 'Sechrist 3600E', 'Perry Sigma 34', 'Perry Sigma 40', 'Perry Sigma Elite'];
const INDICATIONS = ['diabetic foot ulcer (Wagner 3)', 'radiation cystitis', 'osteoradionecrosis of the mandible', 'compromised flap', 'chronic refractory osteomyelitis', 'delayed radiation proctitis', 'CO poisoning', 'DCS type II'];
const SITES = ['dorsal foot', 'medial ankle', 'lateral calf', 'plantar forefoot', 'anterior shin', 'periwound 12 o\'clock'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly middles: readonly string[];
  readonly surs: readonly string[];
}
const written = (p: Person): string => [p.given, ...p.middles, ...p.surs].join(' ');
const listed = (p: Person): string => `${p.surs.join(' ')}, ${[p.given, ...p.middles].join(' ')}`;
const nameParts = (p: Person): string[] => [p.given, ...p.middles, ...p.surs];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A patient or relative: a middle name one time in four, a hyphenated surname one time in ten. */
  person(): Person {
    const g = this.given();
    const middles = this.r() < 0.25 ? [this.given()] : [];
    const s = this.sur();
    return { given: g, middles, surs: [this.r() < 0.1 ? `${s}-${this.capitalizedSurname()}` : s] };
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
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
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
    return t === 'Houma' ? 'Destin' : 'Houma';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  site(): string {
    return this.pick(DIVE_SITES);
  }
  abroad(): readonly [string, string] {
    return this.pick(ABROAD);
  }
  boat(): string {
    return this.pick(BOATS);
  }
  vessel(): string {
    return this.pick(VESSELS);
  }
  insurer(): string {
    return this.pick(INSURERS);
  }
  computer(): string {
    return this.pick(COMPUTERS);
  }
  chamber(): string {
    return this.pick(CHAMBERS);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A hyperbaric or wound center named locally. */
  hboCenter(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Hyperbaric & Wound Center`;
    if (k === 1) return `${this.town()} Center for Wound Healing and Hyperbaric Medicine`;
    if (k === 2) return `St. ${this.pick(SAINTS)}'s Hyperbaric Unit`;
    if (k === 3) return `${this.pick(['Lower Keys', 'Emerald Coast', 'Gulf Coast', 'Bayou', 'Treasure Coast', 'Suncoast'])} Hyperbaric Medicine`;
    return `${this.town()} Wound Care Center`;
  }
  /** A podiatry, urology, oral surgery, dental or oncology practice named locally. */
  practice(kind: 'podiatry' | 'urology' | 'oral' | 'cancer'): string {
    const t = this.town();
    const s = this.sur();
    switch (kind) {
      case 'podiatry': return this.pick([`${t} Foot & Ankle`, `${s} Podiatry Associates`, `${t} Foot and Wound Specialists`]);
      case 'urology': return this.pick([`${t} Urology`, `${s} Urology Group`, `Coastal Urology of ${t}`]);
      case 'oral': return this.pick([`${t} Oral & Maxillofacial Surgery`, `${s} Family Dentistry`, `${t} Dental Arts`]);
      case 'cancer': return this.pick([`${t} Cancer Center`, `${s} Radiation Oncology`, `${t} Cancer Institute`]);
    }
  }
  diveShop(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(SHOP_WORDS)} Dive Center`;
    if (k === 1) return `${this.town()} Scuba`;
    if (k === 2) return `${this.pick(SHOP_WORDS)} Divers`;
    if (k === 3) return `${this.sur()}'s Dive Shop`;
    return `${this.pick(SHOP_WORDS)} Dive & Snorkel`;
  }
  charter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(SHOP_WORDS)} Charters`;
    if (k === 1) return `${this.sur()} Dive Charters`;
    return `${this.town()} Dive Charters`;
  }
  marina(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(['Whale Harbor', 'Bud N\' Mary\'s', 'Pilot House', 'Tavernier Creek', 'Holiday Isle', 'Sunset Bay', 'Pelican Point', 'Safe Harbour'])} Marina`;
    if (k === 1) return `${this.town()} Yacht Basin`;
    if (k === 2) return `${this.sur()}'s Marina`;
    return `${this.town()} City Marina`;
  }
  /** A commercial diving company. */
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(EMPLOYER_WORDS)} Subsea, LLC`;
    if (k === 1) return `${this.town()} Marine Contractors`;
    if (k === 2) return `${this.sur()} Diving Services`;
    return `${this.sur()} & Sons Salvage`;
  }
  fireRescue(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.county()} County Fire Rescue`;
    if (k === 1) return `${this.town()} Fire Department`;
    return `${this.town()} EMS`;
  }
  airMedical(): string {
    return this.pick(AIR_WORDS);
  }
  nursingHome(): string {
    return this.r() < 0.5 ? `${this.pick(['Sea Breeze', 'Harbor View', 'Palm Garden', 'Coral Shores', 'Bayside'])} Nursing & Rehab` : `${this.town()} Manor`;
  }
  resort(): string {
    return this.r() < 0.5 ? `${this.pick(RESORT_WORDS)} Beach Resort` : `Hotel ${this.pick(RESORT_WORDS)}`;
  }
  street(): string {
    return `${this.int(12, 98999)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
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
    return this.r() < 0.7 ? `${this.pick(this.r() < 0.5 ? MONTHS : MON)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  ordinalDay(): string {
    return ordinal(this.int(1, 28));
  }
  /** A dive computer's stamp: the date (planted) and the time (kept). */
  stamp(): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.year();
    const t = `${pad2(this.int(6, 18))}:${pad2(this.int(0, 59))}`;
    const k = this.int(0, 2);
    if (k === 0) return [`${y}-${pad2(m)}-${pad2(d)}`, `T${t}`];
    if (k === 1) return [`${y}-${pad2(m)}-${pad2(d)}`, ` ${t}`];
    return [`${pad2(d)}.${pad2(m)}.${y}`, ` ${t}`];
  }
  dob(lo = 1940, hi = 2008): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  hex(n: number): string {
    return this.lettersOf('0123456789ABCDEF', n);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(10);
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(9) : `HB${this.digitString(7)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
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
  /** A pager: a ten-digit number, a seven-digit one or a four-digit in-house one. */
  pager(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.phone()[1];
    if (k === 1) return `${this.int(200, 999)}-${this.anyDigits(4)}`;
    return this.digitString(4);
  }
  email(g: string, s: string, dom?: string): string {
    const d = dom ?? this.pick([`${asciiLetters(this.town())}hyperbaric.org`, 'gmail.com', 'yahoo.com', 'outlook.com', `${asciiLetters(this.pick(SHOP_WORDS))}dive.com`, 'icloud.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    // handles cut short of the whole name, so that a name planted beside its e-mail occurs once in every casing
    const a3 = a.slice(0, Math.max(1, Math.min(4, a.length - 1)));
    const b4 = b.slice(0, Math.max(1, Math.min(5, b.length - 1)));
    const local = this.pick([`${a.charAt(0)}${b4}${this.int(1, 99)}`, `${a3}.${b4}`, `${b4}${a.charAt(0)}${this.int(10, 999)}`, `${a3}${b.charAt(0)}${this.int(70, 99)}`, `${a.charAt(0)}.${b4}${this.int(1, 9)}`]);
    return `${local}@${d}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'keys';
    const w = asciiLetters(this.pick(SHOP_WORDS));
    return this.pick([`https://www.${t}hyperbaric.org/referrals`, `https://${t}woundcare.com/patients/hbo-faq.pdf`, `www.${w}dive.com/trips`, `https://www.${w}divers.com/contact`, `${t}hbot.org/forms`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `192.168.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return this.digitString(11);
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(5)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${this.digitString(2)}${this.letters(1)}${this.digitString(9)}`;
  }
  priorAuth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA${this.digitString(8)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(9)}`;
    return `${this.digitString(6)}-${this.digitString(3)}`;
  }
  callRef(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `${this.letters(1)}${this.digitString(8)}`;
  }
  /** A Medicare Beneficiary Identifier, dashed or not. */
  mbi(): string {
    const L = () => this.letters(1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  npi(): string {
    return `1${this.anyDigits(9)}`;
  }
  licence(): string {
    return this.pick([`ME${this.digitString(5)}`, `MD${this.digitString(6)}`, this.digitString(6), `${this.letters(1)}-${this.digitString(5)}`]);
  }
  danCase(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(6);
    if (k === 1) return `${pad2(this.int(15, 25))}-${this.anyDigits(5)}`;
    return `EM${this.digitString(7)}`;
  }
  danMember(): string {
    return this.digitString(this.r() < 0.5 ? 7 : 9);
  }
  policy(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : `DAN-${this.digitString(7)}`;
  }
  chamberSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SN${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
    return `${this.letters(3)}-${this.digitString(5)}`;
  }
  computerSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.hex(8);
    if (k === 1) return this.digitString(11);
    return `${this.digitString(4)}${this.letters(2)}${this.digitString(4)}`;
  }
  monitorSerial(): string {
    return this.r() < 0.5 ? this.digitString(9) : `${this.letters(1)}${this.digitString(3)}-${this.digitString(5)}`;
  }
  asset(): string {
    return this.r() < 0.5 ? `BME-${this.digitString(5)}` : `${this.letters(2)}${this.digitString(6)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    return this.digitString(8);
  }
  workOrder(): string {
    return this.r() < 0.5 ? `WO-${this.digitString(6)}` : this.digitString(7);
  }
  occurrence(): string {
    return this.r() < 0.5 ? `RL-${this.digitString(6)}` : this.digitString(7);
  }
  /** An EMS run or fire incident number. */
  runNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(15, 25))}-${this.anyDigits(6)}`;
    if (k === 1) return `${this.year()}${this.anyDigits(6)}`;
    return `F${pad2(this.int(15, 25))}${this.anyDigits(6)}`;
  }
  poisonCase(): string {
    return this.digitString(this.int(8, 10));
  }
  accession(): string {
    return `${this.letters(2)}${pad2(this.int(15, 25))}-${this.digitString(6)}`;
  }
  /** A PADI-style card number (year, month, a letter, digits), or a plain one. */
  certCard(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(0, 25))}${pad2(this.int(1, 12))}${this.letters(1)}${this.anyDigits(this.int(4, 5))}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  adci(): string {
    return this.digitString(this.int(5, 6));
  }
  twic(): string {
    return this.r() < 0.5 ? this.digitString(8) : `${this.digitString(4)} ${this.anyDigits(4)} ${this.anyDigits(4)} ${this.anyDigits(4)}`;
  }
  mmc(): string {
    return this.digitString(this.int(6, 7));
  }
  chtCert(): string {
    return this.r() < 0.5 ? this.digitString(5) : `${this.digitString(4)}-${this.digitString(2)}`;
  }
  uscgDoc(): string {
    return this.digitString(7);
  }
  /** A state boat registration ('FL 1234 AB'). */
  boatReg(): string {
    return `${this.pick(['FL', 'LA', 'TX', 'NC', 'HI'])} ${this.digitString(4)} ${this.letters(2)}`;
  }
  /** A hull identification number: maker's code, serial, month letter and year. */
  hin(): string {
    return `${this.letters(3)}${this.digitString(5)}${this.pick([...'ABCDEFGHJKL'])}${this.int(0, 9)}${pad2(this.int(0, 25))}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)} ${this.digitString(3)}`;
    if (k === 1) return `${this.digitString(3)}-${this.letters(3)}`;
    return `${this.letters(4)}${this.digitString(2)}`;
  }
  vin(): string {
    return `${this.digitString(1)}${this.lettersOf('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 10)}${this.anyDigits(6)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // referrals
  ['HBO referral header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const rg = d.given(); const rs = d.sur(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`HYPERBARIC MEDICINE REFERRAL\nPatient: ${listed(p)}\nDOB: ${dob}   MRN: ${mrn}\nReferring provider: Dr. ${rg} ${rs}   Phone ${ph}   Fax ${fx}\nIndication: ${d.pick(INDICATIONS)}\nDate received: ${dt}`, [...nameParts(p), dob, mrn, rg, rs, pp, fp, dt]];
  }],
  ['diabetic foot ulcer referral narrative', (d) => {
    const p = d.person(); const s = d.sur(); const pr = d.practice('podiatry'); const my = d.monthYear(); const wc = d.hboCenter();
    return [`${written(p)} is a ${d.int(48, 84)} y/o with type 2 DM referred by podiatrist Dr. ${s} of ${pr} for a Wagner grade ${d.int(3, 4)} ulcer of the left plantar first MTP head, present since ${my}, failing 30 days of standard care at ${wc}.`, [...nameParts(p), s, pr, my, wc]];
  }],
  ['wound measurement entry', (d) => {
    const dt = d.date(); const [nm, np] = d.staff();
    return [`Wound #1 L heel measured ${dt} by ${nm}, RN: ${d.int(1, 6)}.${d.int(0, 9)} x ${d.int(1, 4)}.${d.int(0, 9)} x 0.${d.int(2, 9)} cm, 40% slough, probe to bone negative.`, [dt, ...np]];
  }],
  ['radiation cystitis referral', (d) => {
    const p = d.person(); const s = d.sur(); const u = d.practice('urology'); const my = d.monthYear(); const cc = d.practice('cancer'); const dt = d.date();
    return [`Mr. ${p.surs[0]!}, ${d.int(62, 86)}, referred by Dr. ${s} (${u}) for gross hematuria from radiation cystitis; IMRT to the prostate completed ${my} at ${cc}. Cystoscopy ${dt}: diffuse telangiectasia, no tumor.`, [p.surs[0]!, s, u, my, cc, dt]];
  }],
  ['osteoradionecrosis and planned extractions', (d) => {
    const g = d.given(); const s = d.sur(); const o = d.practice('oral'); const w = d.weekday(); const md = d.monDay();
    return [`Referred by oral surgeon ${g} ${s}, DDS (${o}) for pre-extraction HBO per the Marx protocol 20/10; extractions of #18-#19 planned ${w}, ${md}.`, [g, s, o, w, md]];
  }],
  ['CO poisoning from car in garage', (d) => {
    const p = d.person(); const st = d.street(); const t = d.town(); const fd = d.fireRescue(); const pl = d.plate();
    return [`${written(p)} found by ${d.relation()} in the car with the engine running in the closed garage at ${st}, ${t}; ${fd} measured 650 ppm at the door. Vehicle plate ${pl}. COHb 31% at the outside ED.`, [...nameParts(p), st, t, fd, pl]];
  }],
  ['CO from generator, family members', (d) => {
    const a = d.given(); const b = d.given(); const c = d.given(); const s = d.sur(); const n = d.ageOver89();
    return [`Generator in the attached garage after the storm. Also exposed: ${d.relation()} ${a} ${s} (COHb 18%), grandchild ${b} (age ${d.int(4, 14)}, COHb 11%) and great-grandmother ${c}, ${n}, confused on arrival.`, [a, s, b, c, n]];
  }],
  ['fire department CO readings', (d) => {
    const fd = d.fireRescue(); const inc = d.runNo(); const [nm, np] = d.staff(); const st = d.street(); const z = d.zip();
    return [`Per ${fd} incident ${inc}, Battalion Chief ${nm} reported 420 ppm CO in the kitchen of ${st}, ${z}; furnace flue disconnected. Gas company shut off the meter.`, [fd, inc, ...np, st, z]];
  }],
  ['poison center call', (d) => {
    const pc = d.poisonCase(); const g = d.given(); const w = d.weekday();
    return [`Poison center contacted, case #${pc}; specialist ${g} recommended HBO for syncope and COHb 26%. Call placed ${w} at ${d.time()}.`, [pc, g, w]];
  }],
  ['pregnant CO with due date', (d) => {
    const p = d.person(); const edd = d.date(); const s = d.sur(); const h = d.hospital();
    return [`${written(p)}, G2P1 at ${d.int(14, 36)} weeks, EDD ${edd}; OB Dr. ${s} at ${h} agrees with treatment on Table 9 given fetal risk.`, [...nameParts(p), edd, s, h]];
  }],
  ['elderly CO from nursing home', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome(); const hd = d.holiday();
    return [`${n} y/o resident of ${nh} sent in after the boiler vented into the east wing on ${hd}; eleven residents evaluated, two treated.`, [n, nh, hd]];
  }],
  // diving injuries
  ['DCS after dive narrative', (d) => {
    const p = d.person(); const b = d.boat(); const ch = d.charter(); const site = d.site(); const dt = d.date();
    return [`${written(p)} made two dives from the dive boat "${b}" (${ch}) at ${site} on ${dt}, max 94 fsw; onset of left shoulder pain and paresthesias 40 min after surfacing.`, [...nameParts(p), b, ch, site, dt]];
  }],
  ['dive shop contact and divemaster', (d) => {
    const sh = d.diveShop(); const [ph, pp] = d.phone(); const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Trip booked through ${sh} (${ph}); divemaster ${g} ${s} gave surface O2 for 30 min and called 911. Diver had also dived ${w} morning.`, [sh, pp, g, s, w]];
  }],
  ['boat captain and documentation number', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.boat(); const doc = d.uscgDoc(); const md = d.monDay();
    return [`Capt. ${g} ${s} of the M/V ${b} (USCG doc. no. ${doc}) radioed the US Coast Guard on ${md} at ${d.time()}; diver brought to the dock under O2.`, [g, s, b, doc, md]];
  }],
  ['dive buddy statement', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const em = d.email(g, s);
    return [`Dive buddy ${g} ${s} (${ph}, ${em}) states they lost each other at 70 ft and the patient made a rapid ascent from the wreck.`, [g, s, pp, em]];
  }],
  ['dive profile table', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const s1 = d.site(); const s2 = d.site();
    return [`DIVE PROFILE\nDive  Date   Site                 Max    BT    Gas\n1     ${a}   ${s1}   88 ft  32 m  EAN32\n2     ${b}   ${s2}   62 ft  45 m  Air\nSurface interval 1:05. No missed stops reported.`, [a, s1, b, s2]];
  }],
  ['dive computer download', (d) => {
    const c = d.computer(); const sn = d.computerSerial(); const [dt, tm] = d.stamp(); const ini = d.initials();
    return [`Dive computer: ${c}, S/N ${sn}. Last dive ${dt}${tm}, max depth 31.4 m, dive time 48 min, GF 40/85; ceiling violated 3 min. Downloaded by ${ini}.`, [sn, dt, ini]];
  }],
  ['DAN hotline call', (d) => {
    const dc = d.danCase(); const g = d.given(); const dt = d.date();
    return [`Called the DAN Emergency Hotline ${dt} ${d.time()}; DAN case #${dc}. Spoke with DAN medic ${g}, who agreed with transfer for recompression.`, [dt, dc, g]];
  }],
  ['DAN member and dive insurance', (d) => {
    const m = d.danMember(); const pol = d.policy(); const p = d.person();
    return [`Patient ${written(p)} is DAN member #${m}; dive accident insurance policy ${pol} (Master plan). Claim form given to the patient.`, [...nameParts(p), m, pol]];
  }],
  ['trip abroad and flight home', (d) => {
    const [town, country] = d.abroad(); const r = d.resort(); const dt = d.date();
    return [`Returned ${dt} from a week of diving in ${town}, ${country}, staying at ${r}; flew home 14 hours after the last dive with headache and rash.`, [dt, town, r]];
  }],
  ['recreational cert card and instructor', (d) => {
    const c = d.certCard(); const my = d.monthYear(); const sh = d.diveShop(); const g = d.given(); const s = d.sur();
    return [`PADI Advanced Open Water, card #${c}, certified ${my} at ${sh}, instructor ${g} ${s}. About 60 logged dives.`, [c, my, sh, g, s]];
  }],
  ['EMS transfer from marina', (d) => {
    const fd = d.fireRescue(); const run = d.runNo(); const m = d.marina(); const t = d.town(); const dt = d.date();
    return [`EMS: ${fd} Medic unit, run #${run}. Picked up at ${m}, ${t}, ${dt} ${d.time()}. Diver on NRB at 15 L/min, GCS 15, numbness both legs.`, [fd, run, m, t, dt]];
  }],
  ['air medical transfer from town ED', (d) => {
    const air = d.airMedical(); const h = d.hospital(); const s = d.sur(); const acct = d.account();
    return [`Flown by ${air} from ${h} ED; sending physician Dr. ${s}. Cabin kept at sea level. Outside account #${acct}.`, [air, h, s, acct]];
  }],
  ['EMS report from boat ramp', (d) => {
    const t = d.town(); const reg = d.boatReg(); const [nm, np] = d.staff();
    return [`Called to the public boat ramp in ${t} for a diver off private vessel ${reg}; ${nm}, EMT-P, noted unequal pupils and right-sided weakness. Suspected AGE.`, [t, reg, ...np]];
  }],
  ['hull identification and trailer plate', (d) => {
    const hin = d.hin(); const pl = d.plate(); const g = d.given();
    return [`Boat left at the ramp: HIN ${hin}, trailer plate ${pl}. ${d.relation()} ${g} will retrieve it.`, [hin, pl, g]];
  }],
  // pre-treatment
  ['pre-treatment checklist', (d) => {
    const p = d.person(); const dob = d.dob(); const dt = d.mdy(); const ini = d.initials();
    return [`PRE-TREATMENT CHECKLIST\nPatient: ${listed(p)}   DOB: ${dob}\nDate: ${dt}\n[x] 100% cotton garment  [x] no lotions, hair products or makeup\n[x] ears cleared  [x] FSBG 164 mg/dL  [x] no fever\nChecked by: ${ini}`, [...nameParts(p), dob, dt, ini]];
  }],
  ['glucose before treatment', (d) => {
    const w = d.weekday(); const [nm, np] = d.staff();
    return [`FSBG 88 mg/dL before dive ${w}; given 4 oz juice, recheck 122. ${nm}, CHT, cleared pt to proceed.`, [w, ...np]];
  }],
  ['ENT myringotomy', (d) => {
    const s = d.sur(); const c = d.hospital(); const dt = d.slashMd();
    return [`Unable to equalize at 2 fsw; bilateral PE tubes placed ${dt} by Dr. ${s} (ENT) at ${c}. Resume treatments tomorrow.`, [dt, s, c]];
  }],
  ['informed consent HBO', (d) => {
    const p = d.person(); const dt = d.date(); const wg = d.given(); const ws = d.sur();
    return [`Consent for hyperbaric oxygen therapy signed by ${written(p)} on ${dt}; risks (barotrauma, seizure, myopia, fire) reviewed. Witness: ${wg} ${ws}, CHRN.`, [...nameParts(p), dt, wg, ws]];
  }],
  ['claustrophobia and spouse', (d) => {
    const g = d.given(); const md = d.monDay();
    return [`Anxious in the monoplace on ${md}; lorazepam 0.5 mg given. ${d.relation()} ${g} sat at the viewport and talked her through it.`, [md, g]];
  }],
  // chamber logs
  ['chamber log header', (d) => {
    const ch = d.chamber(); const sn = d.chamberSerial(); const dt = d.date(); const [o, op] = d.staff(); const [sd, sp] = d.staff();
    return [`CHAMBER LOG  Chamber ${d.int(1, 4)}  ${ch}  S/N ${sn}\nDate: ${dt}\nOperator: ${o}, CHT\nSafety director: ${sd}`, [sn, dt, ...op, ...sp]];
  }],
  ['chamber log row', (d) => {
    const dt = d.mdy(); const pi = d.initials(); const sn = d.chamberSerial(); const oi = d.initials(); const si = d.initials();
    return [`${dt} | ${pi} | Ch ${d.int(1, 4)} | S/N ${sn} | 2.4 ATA | ${d.time()}-${d.time()} | 90 min + 2 AB | op ${oi} | SD ${si}`, [dt, pi, sn, oi, si]];
  }],
  ['daily chamber safety check', (d) => {
    const dt = d.date(); const [nm, np] = d.staff(); const a = d.asset();
    return [`Daily pre-use check ${dt}: grounding verified, O2 analyzer calibrated, viewport intact, comms OK. Asset ${a}. Signed ${nm} (safety director).`, [dt, a, ...np]];
  }],
  ['oxygen supply lot', (d) => {
    const lot = d.lot(); const ex = d.monthYear(); const ini = d.initials();
    return [`Backup O2 H-cylinders changed; lot ${lot}, exp ${ex}. Bulk LOX at 62%. Logged by ${ini}.`, [lot, ex, ini]];
  }],
  ['chamber service work order', (d) => {
    const ch = d.chamber(); const sn = d.chamberSerial(); const wo = d.workOrder(); const [nm, np] = d.staff(); const dt = d.date();
    return [`${ch} S/N ${sn} out of service for door seal replacement; WO ${wo}, field engineer ${nm}, returned to service ${dt} after leak test per NFPA 99.`, [sn, wo, ...np, dt]];
  }],
  ['oxygen seizure incident report', (d) => {
    const occ = d.occurrence(); const md = d.monDay(); const [nm, np] = d.staff();
    return [`Occurrence report ${occ}: CNS O2 toxicity seizure at 2.4 ATA, 62 min into treatment, ${md}. Switched to air, decompressed at 1 fsw/min. Inside attendant ${nm}, RN.`, [occ, md, ...np]];
  }],
  ['chamber workstation IP', (d) => {
    const ip = d.ip(); const a = d.asset();
    return [`Chamber monitoring PC (asset ${a}) at ${ip} lost connection to the EHR interface; treatment data entered by hand.`, [a, ip]];
  }],
  ['CHT certification', (d) => {
    const [nm, np] = d.staff(); const c = d.chtCert(); const ex = d.mdy();
    return [`Staff: ${nm}, CHT (NBDHMT cert #${c}, expires ${ex}); annual fire drill completed.`, [...np, c, ex]];
  }],
  // treatment records
  ['treatment record on table 6', (d) => {
    const dt = d.date(); const [nm, np] = d.staff(); const s = d.sur(); const sn = d.chamberSerial();
    return [`USN Treatment Table 6 with one extension at 60 fsw given ${dt} in multiplace chamber S/N ${sn}; inside attendant ${nm}; Dr. ${s} supervising. Full resolution of symptoms.`, [dt, sn, ...np, s]];
  }],
  ['daily treatment note', (d) => {
    const n = d.int(2, 39); const w = d.weekday(); const ini = d.initials();
    return [`Treatment ${n} of 40 completed ${w} at 2.4 ATA for 90 min with 2 air breaks. Mild L ear fullness, TEED 1. ${ini}`, [w, ini]];
  }],
  ['ear barotrauma and ENT referral', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const p = d.practice('podiatry');
    return [`TEED grade 3 right TM after treatment ${md}; referred to ENT ${g} ${s}. Podiatry (${p}) notified of the hold.`, [md, g, s, p]];
  }],
  ['myopia change ophthalmology', (d) => {
    const my = d.monthYear(); const s = d.sur(); const t = d.town();
    return [`Reports blurred distance vision since ${my}; Dr. ${s} (optometry, ${t}) measured a -0.75 D shift, expected to reverse after the course.`, [my, s, t]];
  }],
  ['holiday schedule gap', (d) => {
    const hd = d.holiday(); const o = d.ordinalDay();
    return [`No treatments on ${hd}; pt will resume on the ${o} and finish the series of 40.`, [hd, o]];
  }],
  ['discharge summary HBO course', (d) => {
    const a = d.date(); const b = d.date(); const wc = d.hboCenter();
    return [`Completed 40 treatments at ${wc} from ${a} to ${b}. Ulcer 85% smaller; total contact cast continued.`, [wc, a, b]];
  }],
  // TcPO2
  ['TcPO2 table', (d) => {
    const dt = d.date(); const sn = d.monitorSerial(); const ini = d.initials(); const s1 = d.pick(SITES); const s2 = d.pick(SITES.filter((x) => x !== s1));
    return [`TRANSCUTANEOUS OXIMETRY  ${dt}\nMonitor: Radiometer TCM400, S/N ${sn}\nSite              Room air   100% O2   2.0 ATA\n${s1.padEnd(18)}${d.int(8, 45)} mmHg   ${d.int(60, 250)}        ${d.int(300, 900)}\n${s2.padEnd(18)}${d.int(8, 45)} mmHg   ${d.int(60, 250)}        ${d.int(300, 900)}\nChest (ref)       ${d.int(45, 70)} mmHg\nTech: ${ini}`, [dt, sn, ini]];
  }],
  ['TcPO2 narrative with oxygen challenge', (d) => {
    const md = d.monDay(); const [nm, np] = d.staff(); const s = d.sur();
    return [`TcPO2 on ${md} by ${nm}: dorsal foot 22 mmHg on room air, 168 mmHg with oxygen challenge; good candidate. Results sent to vascular surgeon Dr. ${s}.`, [md, ...np, s]];
  }],
  ['angiogram before HBO', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Angiogram ${dt} by Dr. ${s} at ${h}: peroneal runoff only; not a candidate for bypass.`, [dt, s, h]];
  }],
  ['wound culture accession', (d) => {
    const acc = d.accession(); const dt = d.slashMd();
    return [`Bone biopsy ${dt}, accession ${acc}: MSSA, osteomyelitis confirmed. ID following.`, [dt, acc]];
  }],
  // insurance
  ['prior authorization letter', (d) => {
    const ins = d.insurer(); const [fx, fp] = d.phone(); const p = d.person(); const mem = d.member(); const dob = d.dob(); const s = d.sur(); const npi = d.npi();
    return [`To: ${ins} Utilization Management, fax ${fx}\nRE: ${written(p)}   Member ID ${mem}   DOB ${dob}\nRequest: HBO (CPT 99183, HCPCS G0277) x 40 for Wagner 3 DFU per NCD 20.29.\nRequesting physician: Dr. ${s}, NPI ${npi}`, [fp, ...nameParts(p), mem, dob, s, npi]];
  }],
  ['prior authorization approved by phone', (d) => {
    const pa = d.priorAuth(); const a = d.slashMd(); const b = d.mdy(); const g = d.given(); const ref = d.callRef();
    return [`Auth ${pa} approved for 30 units, ${a} through ${b}; rep ${g}, call reference ${ref}.`, [pa, a, b, g, ref]];
  }],
  ['claim denial and appeal', (d) => {
    const cl = d.claim(); const dos = d.date(); const ap = d.priorAuth(); const ins = d.insurer();
    return [`${ins} denied claim ${cl} (DOS ${dos}) as not medically necessary; first-level appeal ${ap} filed with TcPO2 results.`, [cl, dos, ap]];
  }],
  ['insurance card and subscriber', (d) => {
    const ins = d.insurer(); const mem = d.member(); const grp = d.group(); const sub = d.person();
    return [`Primary: ${ins}, member ${mem}, group ${grp}; subscriber ${written(sub)} (${d.relation()}).`, [mem, grp, ...nameParts(sub)]];
  }],
  ['Medicare MBI and SSN', (d) => {
    const mbi = d.mbi(); const ssn = d.ssn(); const csn = d.csn();
    return [`Medicare MBI ${mbi}; SSN ${ssn} on file. Encounter ${csn} created for the series.`, [mbi, ssn, csn]];
  }],
  // messages
  ['phone message from relative', (d) => {
    const g = d.given(); const [ph, pp] = d.phone(); const w = d.weekday();
    return [`PHONE MSG ${d.time()}: pt's ${d.relation()} ${g} called from ${ph}; pt has a cold and cannot clear his ears, cancels ${w}'s treatment. Please call back.`, [g, pp, w]];
  }],
  ['pager message DCS incoming', (d) => {
    const s = d.sur(); const pg = d.pager(); const m = d.marina();
    return [`PAGE to Dr. ${s}, pgr ${pg}: diver with suspected DCS coming by ambulance from ${m}, ETA 40 min. Chamber crew called in.`, [s, pg, m]];
  }],
  ['after-hours on-call page', (d) => {
    const [nm, np] = d.staff(); const [ph, pp] = d.phone(); const hd = d.holiday();
    return [`After-hours: on-call hyperbaric physician ${nm} paged on ${hd} at ${d.time()}, called back from ${ph}; accepted CO patient from outside ED.`, [...np, hd, pp]];
  }],
  ['text from dive shop owner', (d) => {
    const g = d.given(); const sh = d.diveShop(); const [ph, pp] = d.phone(); const md = d.monDay();
    return [`Msg from ${g} at ${sh} (${ph}): two more divers from the ${md} trip report joint pain; advised ER and DAN.`, [g, sh, pp, md]];
  }],
  ['scheduling row', (d) => {
    const w = d.weekday(); const p = d.person(); const x = d.ext();
    return [`${w}  0800  ${p.given} ${p.surs[0]!}  Ch 1  DFU #${d.int(2, 39)}/40  transport needed, ext ${x}`, [w, p.given, p.surs[0]!, x]];
  }],
  ['follow-up on the ordinal', (d) => {
    const o = d.ordinalDay(); const g = d.given(); const s = d.sur();
    return [`Return on the ${o} for repeat TcPO2 with ${g} ${s}, RN; bring glucose log.`, [o, g, s]];
  }],
  // commercial diving
  ['fitness-to-dive letter', (d) => {
    const dt = d.date(); const e = d.employer(); const gs = d.given(); const ss = d.sur(); const p = d.person(); const dob = d.dob(1965, 2003); const ad = d.adci(); const s = d.sur(); const lic = d.licence();
    return [`${dt}\n${e}\nAttn: ${gs} ${ss}, Diving Safety Manager\nRE: Fitness to dive, ${written(p)}, DOB ${dob}, ADCI card no. ${ad}\nThe above diver is medically fit for surface-supplied diving without restriction.\n${s}, MD   License ${lic}`, [dt, e, gs, ss, ...nameParts(p), dob, ad, s, lic]];
  }],
  ['commercial diver credentials', (d) => {
    const tw = d.twic(); const mmc = d.mmc(); const v = d.vessel(); const e = d.employer();
    return [`Diver holds TWIC ${tw} and Merchant Mariner Credential ${mmc}; assigned to DSV ${v} for ${e}, saturation rotation 28 days.`, [tw, mmc, v, e]];
  }],
  ['employer safety manager contact', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const em = d.email(g, s, `${asciiLetters(d.pick(EMPLOYER_WORDS))}subsea.com`); const [ph, pp] = d.phone();
    return [`Return-to-work form to ${g} ${s} at ${e}: ${em}, cell ${ph}.`, [g, s, e, em, pp]];
  }],
  ['return to diving after DCS', (d) => {
    const p = d.person(); const dt = d.date(); const mo = d.monthYear();
    return [`${written(p)} may return to diving after ${dt} if the bubble study is negative; last DCS episode ${mo}. No diving deeper than 60 fsw this season.`, [...nameParts(p), dt, mo]];
  }],
  // identifiers of places and people
  ['center signature block', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.hboCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone(); const em = d.email(g, s);
    return [`${g} ${d.r() < 0.5 ? `${d.mi()} ` : ''}${s}, MD, FUHM\nMedical Director, ${c}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}  Fax ${fx}\n${em}`, [g, s, c, st, t, z, pp, fp, em]];
  }],
  ['patient address and phone', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const mrn = d.mrn();
    return [`MRN ${mrn}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph}`, [mrn, st, t, z, pp]];
  }],
  ['patient education URL', (d) => {
    const url = d.url();
    return [`Gave the HBO patient guide; video and FAQs at ${url}.`, [url]];
  }],
  ['car VIN for CO investigation', (d) => {
    const vin = d.vin(); const pl = d.plate(); const s = d.sur();
    return [`Officer ${s} noted keyless ignition left on: VIN ${vin}, plate ${pl}; the car ran until empty.`, [s, vin, pl]];
  }],
  ['monthly chamber count and month-year', (d) => {
    const my = d.monthYear(); const c = d.hboCenter(); const [nm, np] = d.staff();
    return [`${my} utilization at ${c}: 412 treatments, 3 emergencies (2 CO, 1 DCS). Reviewed by ${nm}, safety director.`, [my, c, ...np]];
  }],
  ['resort dive operator abroad', (d) => {
    const [town, country] = d.abroad(); const sh = d.diveShop(); const g = d.given();
    return [`Diving with ${sh} in ${town} (${country}); local chamber declined, divemaster ${g} advised flying home.`, [sh, town, g]];
  }],
  ['age over 89 DFU', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome(); const s = d.sur();
    return [`Pt is ${n} years old, from ${nh}; family and Dr. ${s} agree to a 20-treatment trial.`, [n, nh, s]];
  }],
];

/** The names of the wave's frames. */
export const hyperbaricFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function hyperbaricWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11489, rounds);
}

/** Look-alikes in hyperbaric and dive medicine style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // treatment tables, pressures, depths and durations
  ['Treated on US Navy Treatment Table 6 with two extensions.', 'US Navy Treatment Table 6'], ['USN TT6 completed without complication.', 'USN TT6'],
  ['TT5 for the pain-only recurrence.', 'TT5'], ['Treatment Table 9 for the CO poisoning.', 'Treatment Table 9'], ['TT6A for arterial gas embolism.', 'TT6A'],
  ['Treated at 2.4 ATA for 90 minutes.', '2.4 ATA'], ['Compressed to 2.8 ATA (60 fsw).', '60 fsw'], ['Max depth 18 msw.', '18 msw'],
  ['Descent to 45 fsw over 2 minutes.', '45 fsw'], ['Three 30-minute oxygen periods with 5-minute air breaks.', '5-minute air breaks'],
  ['Total time 4 hours 45 minutes.', '4 hours 45 minutes'], ['Treatment 17 of 40.', '17 of 40'], ['Pre-extraction HBO per the Marx protocol.', 'Marx protocol'],
  ['Marx 20/10: twenty before and ten after.', '20/10'], 
  // wound, radiation, ear and neurological scales
  ['Wagner grade 3 ulcer with osteomyelitis.', 'Wagner grade 3'], ['University of Texas grade 2B.', 'University of Texas grade 2B'], ['PEDIS grade 3.', 'PEDIS grade 3'],
  ['LENT-SOMA grade 2 hematuria.', 'LENT-SOMA'], ['RTOG grade 3 cystitis.', 'RTOG grade 3'], ['Notani class II osteoradionecrosis.', 'Notani class II'],
  ['TEED grade 2 left TM after treatment.', 'TEED grade 2'], ['Modified Teed scale 1.', 'Modified Teed scale'], ["O'Neill grade 1 middle ear barotrauma.", "O'Neill grade 1"],
  ['Spencer grade III bubbles on Doppler.', 'Spencer grade III'], ['Glasgow Coma Scale 14 on arrival.', 'Glasgow Coma Scale 14'], ['Sharpened Romberg 30 seconds.', 'Sharpened Romberg'],
  ['MoCA 24/30 at discharge.', '24/30'], ['Semmes-Weinstein monofilament 4/10 sites.', 'Semmes-Weinstein'], 
  // values
  ['TcPO2 28 mmHg at the dorsal foot.', '28 mmHg'], ['TcPO2 rose to 214 mmHg at 2.0 ATA.', '214 mmHg'], ['Periwound TcPO2 below 40 mmHg predicts poor healing.', '40 mmHg'],
  ['Reference electrode at the 2nd intercostal space.', '2nd intercostal space'], ['ABI 0.62 on the left.', '0.62'], ['Carboxyhemoglobin 31% on arrival.', '31%'],
  ['COHb 4.2% on room air.', 'COHb 4.2%'], ['Lactate 3.4 mmol/L.', '3.4 mmol/L'], ['Troponin I 0.09 ng/mL.', '0.09 ng/mL'], ['CO 650 ppm at the door.', '650 ppm'], 
  // gases, algorithms and dive numbers
  ['Gradient factors 30/70 on the computer.', '30/70'], ['EAN32 nitrox, PO2 1.4.', 'EAN32'], ['Trimix 18/45 for the deep dive.', 'Trimix 18/45'],
  ['CNS oxygen toxicity clock 42%.', '42%'], ['OTU 310 for the day.', 'OTU 310'], ['Bühlmann ZHL-16C algorithm.', 'Bühlmann ZHL-16C'], ['RGBM algorithm on the Suunto.', 'RGBM'],
  ['No-decompression limit exceeded by 6 minutes.', '6 minutes'], ['Surface interval 1:10.', '1:10'], ['Safety stop 3 minutes at 15 feet.', '15 feet'],
  ['Fourth dive of the day.', 'Fourth dive'], ['Flew 18 hours after the last dive.', '18 hours'], ['Cabin altitude 8,000 feet.', '8,000 feet'], ['Logged 350 dives.', '350 dives'], 
  // devices named without serials
  ['Sechrist 3300H monoplace chamber.', 'Sechrist 3300H'], ['Perry Sigma 34 monoplace.', 'Perry Sigma 34'], ['Perry Sigma Elite chamber.', 'Perry Sigma Elite'],
  ['Shearwater Perdix 2 computer downloaded.', 'Shearwater Perdix 2'], ['Suunto D5 dive computer.', 'Suunto D5'], ['Suunto EON Core on air.', 'Suunto EON Core'],
  ['Garmin Descent Mk3i.', 'Garmin Descent Mk3i'], ['Shearwater Cloud export reviewed.', 'Shearwater Cloud'], ['Radiometer TCM400 monitor.', 'Radiometer TCM400'],
  ['PeriFlux 6000 for TcPO2.', 'PeriFlux 6000'], ['BIBS mask for air breaks.', 'BIBS'], ['Hood with neck dam in the multiplace.', 'neck dam'],
  ['Sechrist 500A ventilator in the chamber.', 'Sechrist 500A'], ['Masimo Rad-57 SpCO 22%.', 'Rad-57'],
  
  // national bodies, agencies and standards
  ['UHMS-accredited facility.', 'UHMS'], ['Called the DAN Emergency Hotline.', 'DAN Emergency Hotline'], ['DAN recommends waiting 24 hours before flying.', 'DAN'],
  ['NBDHMT certified technician.', 'NBDHMT'], ['PADI Open Water Diver.', 'PADI Open Water Diver'], ['NAUI Advanced Scuba Diver.', 'NAUI'],
  ['TDI Advanced Nitrox.', 'TDI Advanced Nitrox'], ['Per CMS NCD 20.29.', 'NCD 20.29'], ['A CMS-covered indication.', 'CMS'], ['NFPA 99 Chapter 14.', 'NFPA 99'],
  ['ASME PVHO-1 pressure vessel.', 'PVHO-1'], ['ADCI consensus standards.', 'ADCI'], ['OSHA 29 CFR 1910 Subpart T.', '29 CFR 1910'],
  ['US Coast Guard notified.', 'US Coast Guard'], ['US Navy Diving Manual Rev 7.', 'US Navy Diving Manual'], ['Joint Commission survey.', 'Joint Commission'],
  ['CHT credential.', 'CHT'], ['CHRN on staff.', 'CHRN'], ['Medicare Part B.', 'Medicare Part B'], ['Aetna requires prior authorization.', 'Aetna'],
  // codes
  ['CPT 99183 physician attendance.', '99183'], ['HCPCS G0277 per 30 minutes.', 'G0277'], ['ICD-10 T70.3XXA caisson disease.', 'T70.3XXA'],
  ['T58.01XA toxic effect of motor vehicle exhaust.', 'T58.01XA'], ['E11.621 diabetic foot ulcer.', 'E11.621'], ['L97.422 ulcer of left heel.', 'L97.422'],
  ['N30.41 irradiation cystitis with hematuria.', 'N30.41'], ['M27.2 inflammatory condition of the jaw.', 'M27.2'],
  // eponyms, laws, signs and effects
  ["Boyle's law explains the ear squeeze.", "Boyle's law"], ["Henry's law and nitrogen loading.", "Henry's law"],
  ['Paul Bert effect (CNS oxygen toxicity).', 'Paul Bert effect'], ['Lorrain Smith effect (pulmonary).', 'Lorrain Smith effect'], ['Valsalva maneuver to clear.', 'Valsalva'],
  ['Eustachian tube dysfunction.', 'Eustachian tube'], ['Babinski downgoing.', 'Babinski'],
  ['Charcot foot, stable.', 'Charcot'], ['Brown-Séquard pattern of weakness.', 'Brown-Séquard'], ['Haldane ratio of 2:1.', 'Haldane'], ['PFO on bubble study.', 'PFO'],
  // drugs and brands
  ['Pentoxifylline and tocopherol (PENTOCLO).', 'PENTOCLO'], ['Bleomycin history noted.', 'Bleomycin'], ['Disulfiram (Antabuse) held.', 'Antabuse'],
  ['Mafenide acetate (Sulfamylon).', 'Sulfamylon'], ['Oxymetazoline (Afrin) before each dive.', 'Afrin'], ['Pseudoephedrine (Sudafed) 60 mg.', 'Sudafed'],
  ['Lorazepam 1 mg for claustrophobia.', 'Lorazepam'], ['Becaplermin (Regranex) gel.', 'Regranex'], 
  ['Aquacel Ag dressing.', 'Aquacel Ag'], ['Apligraf applied.', 'Apligraf'], ['Hydroxocobalamin (Cyanokit) 5 g.', 'Cyanokit'],
  // generic places, regions and things
  ['Transported from the marina by ambulance.', 'the marina'], ['Car was running in the garage.', 'the garage'], ['Rented gear at the dive shop.', 'the dive shop'],
  ['Monoplace chamber.', 'Monoplace chamber'], ['Multiplace chamber.', 'Multiplace chamber'], ['Chamber 2 in use.', 'Chamber 2'], ['Seen in the wound center.', 'wound center'],
  ['Week on a liveaboard.', 'liveaboard'], ['Penetration of the wreck.', 'the wreck'], ['Shore dive from the beach.', 'Shore dive'], ['Offshore platform work.', 'Offshore platform'],
  ['Dive support vessel on station.', 'Dive support vessel'], ['Deck decompression chamber (DDC).', 'DDC'], ['Diving in the Gulf of Mexico.', 'Gulf of Mexico'],
  ['Vacation in the Florida Keys.', 'Florida Keys'], ['Caribbean trip.', 'Caribbean'], ['Lives in Louisiana.', 'Louisiana'], ['Dove in the Bahamas.', 'the Bahamas'],
  ['Cave diving in north Florida springs.', 'springs'],
  // relations and roles without names
  ['Inside attendant RN.', 'Inside attendant'], ['Safety director signed off.', 'Safety director'], ['Chamber operator at the console.', 'Chamber operator'],
  ['The divemaster called 911.', 'divemaster'], ['His dive buddy surfaced with him.', 'dive buddy'], ['The captain gave oxygen.', 'captain'],
  ['His wife drove him in.', 'wife'], ['Diving supervisor aware.', 'Diving supervisor'],
  // ages, years, counts and schedules
  ['78-year-old with radiation cystitis.', '78'], ['89-year-old woman, COHb 18%.', '89'], ['Diving since 2004.', '2004'], ['Prostate radiation in 2016.', '2016'],
  ['Ulcer present for 14 weeks.', '14 weeks'], ['Treatment #12 today.', '#12'], ['Treatments Monday through Friday.', 'Monday through Friday'],
  // everyday words that are also names or towns
  ['Patient expressed hope about the foot.', 'hope'], ['Coral cut on the right shin.', 'Coral'], ['Ran a marathon last year.', 'marathon'], ['Marina staff called EMS.', 'Marina'],
  ['Sandy bottom at 40 feet.', 'Sandy'], ['Storm cancelled the afternoon dive.', 'Storm'], ['Strong current at depth.', 'Strong'], ['Long surface swim.', 'Long'],
  ['Salmon-colored granulation tissue.', 'Salmon'], ['Gale warning for the weekend.', 'Gale'], ['Reef hook used in current.', 'Reef hook'], ['Pool session before the open water dives.', 'Pool'],
];

export const hyperbaricKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedHyperbaricKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(hyperbaricKeepCases(), find);

export function scoreHyperbaricWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => hyperbaricWaveCases(seed)), find);
}
