// A blind wave of prehospital and emergency hand-off documents: EMS run reports (ePCR headers, narratives, crew and
// signature blocks, refusals), ambulance and fire rescue narratives (engine companies, extrication, fire scenes),
// 911 and CAD dispatch notes (terse, often ALL CAPS: caller, callback, location, cross streets), police and bystander
// hand-offs (officers with badges, crash reports, plates and VINs, bystanders and their phones), ED triage notes built
// on the EMS report, radio reports and trauma activations (aliases, activation times), inter-facility transfer sheets
// (sending and receiving facilities, accepting physicians, transfer-center numbers, insurance) and poison-control
// calls (case numbers, callers, callbacks, specialists), in mixed case, ALL CAPS and lower case. Identifiers are
// written as these documents write them: scene locations (street addresses with apartment and unit numbers,
// intersections 'Rt 9 and Elm St', interstate mile markers 'I-95 NB mm 42', exits, businesses as places 'found down in
// the Walmart parking lot on Main St', motels with room numbers, parks, schools, churches, bars, shelters, towns,
// counties, neighbourhoods), agencies named after towns ('Salem Fire Engine 3', 'Medic 12 of Lakeview Ambulance'),
// state police barracks, sending and receiving hospitals, nursing homes ('from Maplewood Manor'), crew names with
// certification numbers ('EMT-P J. Ruiz #45821'), officers with badge numbers, CAD, run, ePCR, NFIRS, crash-report and
// poison-center case numbers, plates and VINs, AED serials, callers' and facilities' phones, dates with times, ages
// over 89. A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or
// any gold data. `scorePrehospitalWave`.
// Decisions: a unit designation alone ('Medic 12', 'Engine 3', 'Rescue 1', 'Ladder 2', 'A-12') is kept, but the town or
// proper word that names its agency is planted ('Salem' of 'Salem Fire Engine 3', 'Lakeview' of 'Lakeview Ambulance',
// a surname in 'Ryan Ambulance Service'), the service words are not; a state police troop letter is kept, its barracks'
// town planted; a route or interstate alone ('MVC on I-95', 'Route 1') is kept, but a route with a mile marker or an
// exit is planted whole as one place ('I-95 NB mm 42', 'Rt 3 SB at exit 12') and an intersection is planted whole
// ('Rt 9 and Elm St', 'Main St / Oak Ave' when written as one), cross streets written apart are planted apart; a street
// address is planted as number and street ('14 Elm St'), an apartment, unit or motel room number is planted without its
// word ('Apt 4B' plants '4B'); a business named as a scene ('Walmart', "Dunkin'") is planted and so is its street or
// town; parks, schools, churches, bars, motels, shelters, nursing homes and hospitals are planted whole with their kind
// word ('Maplewood Manor', 'Riverside Park', 'St. Anne's Church', 'Salem Hospital'); a county is planted by its name,
// the word 'County' not; the state is kept; a crew member's first initial ('J. Ruiz') is not planted, the surname and
// certification number are; credentials (EMT-P, NRP, RN, CSPI) are not; a trauma alias's number is planted (the
// phonetic word is kept); the date next to a time is planted and the time alone ('0214', '14:32') is kept; an age over
// 89 is planted as its number; a phone's leading '(' need not be covered.
// Kept (look-alikes): GCS and its parts, vitals, ETCO2, BGL, doses and drug names (naloxone 4 mg IN, Narcan, aspirin
// 324 mg), 12-lead and STEMI alert, Level 1 trauma, C-collar, KED (Kendrick Extrication Device), splints and eponyms
// (Sager, Hare, Thomas, Miller, Macintosh, Broselow, Heimlich, Trendelenburg, Battle sign, Cushing's triad, Kussmaul,
// Cheyne-Stokes, Rumack-Matthew, Parkland), stroke scales named for places (Cincinnati, Los Angeles Motor Scale),
// devices and makers (LUCAS, LifePak 15, Zoll, King airway, i-gel, Stryker), mechanism words, unit designations alone,
// dispatch codes (Code 3, 10-4, 10-50, Priority 1, MPDS determinants, ESI 2), fire-ground sides ('side Charlie'),
// credentials (NRP), highways alone, generic places (the scene, the ED, home, residence, parking lot, bathroom floor,
// the median), ages of 89 and under, years alone, times alone, states.
// Measured before rules: 0.759 recall on seeds 5, 11, 23 (2140/2821), 0.763 on fresh seeds 41, 42, 43 (2156/2826); 5/99
// look-alikes touched ("Los Angeles Motor Scale", "Kendrick" of the Kendrick Extrication Device, "Miller" blade, "side
// Charlie" of a fire scene, "the scene").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pt } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, ie, es, pt, it, de, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Dawn', 'Summer', 'Autumn', 'Crystal', 'Misty', 'Brandy', 'Candy', 'Rusty', 'Buck', 'Chase', 'Hunter', 'Colt', 'Dusty', 'Bud', 'Lane', 'Dale', 'Glen', 'Miles', 'Royal', 'Major', 'King', 'Rocky', 'Sunny', 'Star', 'Destiny', 'Precious', 'Blessing', 'Honor', 'Ace'];
const WORD_SUR = ['Price', 'Church', 'Hope', 'Rivers', 'Woods', 'Banks', 'Fields', 'Stone', 'Walker', 'Driver', 'Shepherd', 'Gardner', 'Baker', 'Cook', 'Carpenter', 'Fisher', 'Hunter', 'Porter', 'Sawyer', 'Mills', 'Lake', 'Waters', 'Burns', 'Fox', 'Wolf', 'Bird', 'Best', 'Good', 'Love', 'Sweet', 'Noble', 'Battle', 'Means', 'Paramore'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Salem', 'Union', 'Liberty', 'Bath', 'Hope', 'Harmony', 'Unity', 'Freedom', 'Concord', 'Clinton', 'Milford', 'Canton', 'Lebanon', 'Paris', 'Sharon', 'Beverly', 'Chelsea', 'Warren', 'Dover', 'Derby', 'Hudson', 'Franklin', 'Lincoln', 'Windsor', 'Newport', 'Fairfield', 'Greenfield', 'Plainfield', 'Lakeview', 'Riverside', 'Center Harbor', 'Deerfield', 'Orange', 'Athol', 'Ware', 'Hull'];
const REAL_TOWNS = ['Leominster', 'Chicopee', 'Taunton', 'Brockton', 'Attleboro', 'Laconia', 'Claremont', 'Rochester', 'Saco', 'Skowhegan', 'Presque Isle', 'St. Albans', 'Bennington', 'Westerly', 'Cranston', 'Torrington', 'Willimantic', 'Norwich', 'Methuen', 'Haverhill', 'Gloucester', 'Woburn', 'Marlborough', 'Southbridge', 'Webster', 'Palmer', 'Ludlow', 'Agawam'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY'];
const STATE_NAMES = ['Massachusetts', 'New Hampshire', 'Maine', 'Vermont', 'Rhode Island', 'Connecticut'];
const STREET_WORDS = ['Elm', 'Main', 'Maple', 'Pleasant', 'Water', 'Union', 'Church', 'Mill', 'High', 'School', 'Spring', 'Park', 'Washington', 'Prospect', 'Summer', 'Winter', 'Central', 'Pine', 'Oak', 'Cedar', 'Chestnut', 'Bridge', 'Depot', 'Pearl', 'Front', 'Liberty', 'Railroad', 'Lowell', 'Broadway', 'Franklin', 'Highland', 'Lake', 'Pond', 'North', 'Beacon', 'Grove', 'Walnut', 'Willow'];
const STREET_SUFFIX = ['St', 'Street', 'Ave', 'Rd', 'Road', 'Dr', 'Ln', 'Way', 'Blvd', 'Ct', 'Pl', 'Ter', 'Pkwy'];
const ROUTES = ['Rt 9', 'Route 1', 'Rte 20', 'Rt 2A', 'Route 125', 'Rt 12', 'Route 3', 'Rte 116', 'US-1', 'Route 28', 'Rt 6'];
const INTERSTATES = ['I-95', 'I-93', 'I-91', 'I-90', 'I-495', 'I-84', 'I-89', 'I-295', 'Mass Pike', 'Rt 3', 'Rt 128', 'Route 2'];
const DIRS = ['NB', 'SB', 'EB', 'WB', 'northbound', 'southbound'];
const BUSINESSES = ['Walmart', "Dunkin'", 'Home Depot', 'Market Basket', 'Stop & Shop', 'Hannaford', "Shaw's", 'CVS', 'Walgreens', "McDonald's", 'Burger King', 'Cumberland Farms', 'Planet Fitness', 'Target', "Lowe's", 'Price Chopper', 'Big Y', "Wendy's", '7-Eleven', 'Dollar General', 'Tractor Supply', "Applebee's", 'Irving', 'Mobil', "Dick's Sporting Goods", 'Aldi', "BJ's", 'Costco', 'Friendly\'s'];
const NH_WORDS = ['Maplewood', 'Briarwood', 'Oak Hill', 'Sunnyside', 'Pleasant View', 'Meadowbrook', 'Cedar Ridge', 'Willow Crest', 'Riverview', 'Autumn Glen', 'Evergreen', 'Heritage', 'Harbor View', 'Hillcrest', 'Fairview', 'Golden Pond', 'Countryside', 'Whispering Pines', 'Brookside', 'Elmhurst'];
const NH_KINDS = ['Manor', 'Rehabilitation and Nursing Center', 'Health Care Center', 'Nursing Home', 'Gardens Assisted Living', 'Healthcare', 'Skilled Nursing Facility', 'Senior Living', 'Center for Rehab', 'Village'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital', 'Regional Hospital', 'Health'];
const SAINTS = ['Anne', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Joseph', 'Francis', 'Jude', 'Patrick', 'Michael'];
const NEIGHBORHOODS = ['North End', 'Southside', 'Flats', 'Hilltop', 'Dorchester', 'Fox Point', 'Federal Hill', 'Brightwood', 'Acre', 'Highland Park', 'Mattapan', 'Hyde Park', 'Olneyville', 'Forest Park', 'Sixteen Acres', 'Highlands', 'Downtown Crossing', 'Five Corners'];
const COUNTIES = ['Essex', 'Middlesex', 'Worcester', 'Hampden', 'Berkshire', 'Franklin', 'Bristol', 'Plymouth', 'Barnstable', 'Hillsborough', 'Merrimack', 'Cumberland', 'York', 'Androscoggin', 'Kennebec', 'Windham', 'Rockingham', 'Grafton', 'Washington', 'Sullivan', 'Carroll', 'Coos'];
const MAKES = [['Honda', 'Civic'], ['Toyota', 'Camry'], ['Ford', 'F-150'], ['Chevy', 'Silverado'], ['Nissan', 'Altima'], ['Subaru', 'Outback'], ['Jeep', 'Wrangler'], ['Hyundai', 'Elantra'], ['Dodge', 'Ram'], ['Kia', 'Soul']] as const;
const COLORS = ['black', 'white', 'silver', 'gray', 'red', 'blue', 'green', 'maroon'];
const ALIASES = ['Alpha', 'Bravo', 'Echo', 'Hotel', 'Kilo', 'Lima', 'Papa', 'Sierra', 'Tango', 'Zulu', 'Yankee', 'Oscar'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'girlfriend', 'boyfriend', 'grandson', 'roommate'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initial(): string {
    return this.pick([...UPPER]);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A street name with its suffix ('Elm St'). */
  street(): string {
    const w = this.r() < 0.7 ? this.pick(STREET_WORDS) : this.r() < 0.5 ? this.capitalizedSurname() : this.pick(WORD_SUR);
    return `${w} ${this.pick(STREET_SUFFIX)}`;
  }
  /** A house number and street ('14 Elm St'). */
  address(): string {
    return `${this.int(1, this.r() < 0.5 ? 99 : 2999)} ${this.street()}`;
  }
  /** An apartment or unit number, without its word. */
  unit(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.int(1, 6)}${this.pick(['A', 'B', 'C', 'D', 'R', 'L'])}`;
    if (k === 1) return String(this.int(1, 6) * 100 + this.int(1, 24));
    if (k === 2) return `${this.pick(['A', 'B', 'C'])}-${this.int(1, 40)}`;
    return String(this.int(2, 19));
  }
  /** An intersection written as one place. */
  intersection(): string {
    const a = this.r() < 0.5 ? this.pick(ROUTES) : this.street();
    const b = this.street();
    return `${a}${this.pick([' and ', ' & ', ' / ', ' at '])}${b}`;
  }
  /** An interstate or route with a mile marker or an exit, written as one place. */
  mileMarker(): string {
    const hwy = this.pick(INTERSTATES);
    const dir = this.pick(DIRS);
    const mm = this.r() < 0.5 ? String(this.int(1, 190)) : `${this.int(1, 190)}.${this.int(0, 9)}`;
    const k = this.int(0, 3);
    if (k === 0) return `${hwy} ${dir} mm ${mm}`;
    if (k === 1) return `${hwy} ${dir} at mile marker ${mm}`;
    if (k === 2) return `${hwy} ${dir} at exit ${this.int(1, 60)}${this.pick(['', 'A', 'B'])}`;
    return `${hwy} ${dir} MM${mm}`;
  }
  business(): string {
    return this.pick(BUSINESSES);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  nursingHome(): string {
    return this.r() < 0.2 ? `The ${this.pick(['Arbors', 'Meadows', 'Residence', 'Oaks'])} at ${this.town()}` : `${this.pick(NH_WORDS)} ${this.pick(NH_KINDS)}`;
  }
  motel(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['Bayside', 'Pine Tree', 'Colonial', 'Starlite', 'Red Carpet', 'Sleepy Hollow'])} Motor Inn`;
    if (k === 1) return this.pick(['Super 8', 'Red Roof Inn', 'Days Inn', 'Econo Lodge', 'Motel 6', 'Quality Inn', 'Knights Inn']);
    if (k === 2) return `${this.town()} Motel`;
    if (k === 3) return `${this.pick(['Sunset', 'Travelers', 'Budget', 'Lamplighter', 'Holiday'])} Motel`;
    return `${this.capitalizedSurname()}'s Cabins`;
  }
  bar(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(["O'Malley's", "Murphy's", "Sully's", "Doyle's", "Flanagan's"])} Pub`;
    if (k === 1) return `The ${this.pick(['Rusty Anchor', 'Thirsty Moose', 'Broken Spoke', 'Red Lion', 'Black Horse', 'Iron Horse'])}`;
    if (k === 2) return `${this.capitalizedSurname()}'s Bar & Grill`;
    return `${this.pick(['Whiskey', 'Copper', 'Lucky'])} ${this.pick(['Barrel', 'Tap', 'Saloon', 'Tavern'])}`;
  }
  park(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(['Riverside', 'Veterans', 'Lincoln', 'Forest', 'Memorial', 'Pine Grove', 'Kennedy'])} Park`;
    if (k === 1) return `${this.town()} Common`;
    if (k === 2) return `${this.capitalizedSurname()} Memorial Field`;
    return `${this.pick(['Wachusett', 'Hampton Beach', 'Bear Brook', 'Sebago Lake', 'Walden Pond', 'Nickerson'])} State Park`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.capitalizedSurname()} Elementary School`;
    if (k === 1) return `${this.town()} High School`;
    if (k === 2) return `${this.town()} Regional Middle School`;
    return `St. ${this.pick(SAINTS)} School`;
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Church`;
    if (k === 1) return `${this.town()} Congregational Church`;
    if (k === 2) return `${this.pick(['Grace', 'Calvary', 'Bethel', 'Faith', 'New Hope'])} ${this.pick(['Baptist Church', 'Community Church', 'Assembly of God', 'Bible Church'])}`;
    return `${this.pick(['Holy Trinity', 'Sacred Heart', 'Our Lady of Fatima', 'Immaculate Conception'])} Church`;
  }
  shelter(): string {
    return this.pick(['Friendly House', 'Open Door shelter', 'Gospel Mission', 'Pine Street Inn', 'Mercy House', 'Safe Harbor shelter', 'Hope Shelter', 'Salvation Army shelter']);
  }
  /** A military time: kept, never planted. */
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  clock(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${this.year()}` : `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 8);
    return writtenDate(k, m, d, y) ?? `${pad2(m)}${pad2(d)}${y}`;
  }
  dob(lo = 1930, hi = 2010): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  /** A CAD or incident number. */
  cad(): string {
    const yy = pad2(this.int(15, 25));
    const k = this.int(0, 4);
    if (k === 0) return `${yy}-${String(this.int(1, 99999)).padStart(6, '0')}`;
    if (k === 1) return `${this.year()}-${String(this.int(1, 999999)).padStart(8, '0')}`;
    if (k === 2) return `${this.pick(['F', 'E', 'P'])}${yy}${this.digitString(7)}`;
    if (k === 3) return `${this.pick(['EMS', 'FD', 'PD'])}-${yy}-${this.digitString(5)}`;
    return `${yy}${this.digitString(6)}`;
  }
  run(): string {
    const k = this.int(0, 2);
    if (k === 0) return `R${pad2(this.int(15, 25))}-${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(6, 7));
    return `${this.year()}${this.digitString(5)}`;
  }
  /** A certification or licence number. */
  cert(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(5);
    if (k === 1) return `P${this.digitString(6)}`;
    if (k === 2) return `${this.pick(['E', 'A', 'P'])}-${this.digitString(5)}`;
    return this.digitString(7);
  }
  badge(): string {
    return this.digitString(this.int(3, 4));
  }
  plate(): string {
    const k = this.int(0, 4);
    const L = (n: number) => this.lettersOf(UPPER, n);
    if (k === 0) return `${this.int(1, 9)}${L(2)}-${this.digitString(3)}`;
    if (k === 1) return `${L(3)}-${this.digitString(4)}`;
    if (k === 2) return `${this.int(1, 9)}${L(3)}${this.digitString(3)}`;
    if (k === 3) return `${L(3)} ${this.digitString(3)}`;
    return `${this.digitString(3)} ${this.digitString(3)}`;
  }
  vin(): string {
    return `${this.int(1, 5)}${this.lettersOf(UPPER, 2)}${this.lettersOf(VIN_CHARS, 5)}${this.int(0, 9)}${this.pick([...'FGHJKLMNPR'])}${this.lettersOf(VIN_CHARS, 1)}${this.digitString(6)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A doctor's surname form: 'Dr. Last' or 'Dr. First Last'. */
  doctor(): readonly [string, readonly string[]] {
    const s = this.sur();
    if (this.r() < 0.5) return [`Dr. ${s}`, [s]];
    const g = this.given();
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // 911 and CAD dispatch
  ['CAD header incident number and date with time', (d) => { const c = d.cad(); const dt = d.date(); return [`CAD #${c}\nDate: ${dt}  Call rec'd ${d.time()}  Dispatched ${d.time()}  On scene ${d.time()}`, [c, dt]]; }],
  ['911 caller callback and location', (d) => {
    const g = d.given().toUpperCase(); const s = d.sur().toUpperCase(); const [ph, p] = d.phone(); const a = d.address().toUpperCase();
    return [`CALLER: ${s}, ${g}   CALLBACK: ${ph}\nLOC: ${a}   NATURE: FALL W/ HEAD INJ`, [s, g, p, a]];
  }],
  ['dispatch cross streets', (d) => { const a = d.address(); const x1 = d.street(); const x2 = d.street(); return [`LOCATION: ${a}\nXST: ${x1} / ${x2}\nMAP PAGE 14-C`, [a, x1, x2]]; }],
  ['dispatch RP states relative fell', (d) => { const a = d.address(); const u = d.unit(); const t = d.town(); return [`RP STATES ${d.pick(RELATIVES).toUpperCase()} FELL DOWN STAIRS AT ${a} APT ${u}, ${t}. PT CONSCIOUS/BREATHING. PRIORITY 2.`, [a, u, t]]; }],
  ['dispatch age over 89 chief complaint', (d) => { const n = d.ageOver89(); return [`${n} ${d.pick(['YOF', 'YOM', 'Y/O F', 'YO MALE'])} ${d.pick(['FALL', 'SICK PERSON', 'DIFF BREATHING', 'UNKNOWN PROBLEM'])}, ALPHA RESPONSE`, [n]]; }],
  ['dispatch notes business location', (d) => { const b = d.business(); const st = d.street(); const c = d.cad(); return [`${c}: MALE DOWN IN FRONT OF ${b.toUpperCase()} ON ${st.toUpperCase()}, UNK IF BREATHING, PD ENRT`, [c, b.toUpperCase(), st.toUpperCase()]]; }],
  ['dispatch interstate mile marker', (d) => { const mm = d.mileMarker(); return [`Dispatched for MVC with entrapment, ${mm}, vehicle vs guardrail, 2 pts.`, [mm]]; }],
  ['dispatch intersection', (d) => { const x = d.intersection(); return [`Responded to ${x} for a 2-car MVC with airbag deployment; Code 3.`, [x]]; }],
  // EMS run report header and crew
  ['run number and date of service', (d) => { const r = d.run(); const dt = d.mdy(); return [`Run #: ${r}   Unit: Medic ${d.int(1, 40)}   Date of Service: ${dt}   Shift: ${d.pick(['A', 'B', 'C'])}`, [r, dt]]; }],
  ['ePCR patient header LAST FIRST DOB', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const a = d.address(); const t = d.town();
    return [`PATIENT: ${s}, ${g}   DOB: ${dob}   SEX: ${d.pick(['M', 'F'])}\nHOME ADDRESS: ${a}, ${t}, ${d.pick(STATES)}`, [s, g, dob, a, t]];
  }],
  ['crew with certification numbers', (d) => {
    const s = d.sur(); const c = d.cert(); const g2 = d.given(); const s2 = d.sur(); const c2 = d.cert();
    return [`Crew: EMT-P ${d.initial()}. ${s} #${c}; EMT-B ${g2} ${s2} #${c2}`, [s, c, g2, s2, c2]];
  }],
  ['attendant and driver', (d) => {
    const g = d.given(); const s = d.sur(); const l = d.cert(); const g2 = d.given(); const s2 = d.sur();
    return [`Attendant in charge: ${g} ${s}, Paramedic, ${d.pick(STATES)} Lic# ${l}\nDriver: ${g2} ${s2}, EMT`, [g, s, l, g2, s2]];
  }],
  ['medic signature block with date', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.cert(); const dt = d.mdy();
    return [`Electronically signed: ${g} ${s}, NRP #${c}  ${dt} ${d.clock()}`, [g, s, c, dt]];
  }],
  ['agency town fire engine first on scene', (d) => { const t = d.town(); return [`${t} Fire Engine ${d.int(1, 9)} on scene prior to EMS arrival with CPR in progress and AED applied.`, [t]]; }],
  ['medic of town ambulance intercept', (d) => { const t = d.town(); return [`Medic ${d.int(1, 30)} of ${t} Ambulance requested for ALS intercept at ${d.time()}.`, [t]]; }],
  ['private ambulance named for surname', (d) => { const s = d.sur(); const h = d.hospital(); return [`Transfer by ${s} Ambulance Service (BLS) to ${h}, stretcher, 2 assist.`, [s, h]]; }],
  ['mutual aid extrication from town', (d) => { const t = d.town(); const t2 = d.town(); return [`Mutual aid from ${t} Fire Rescue 1 for extrication; ${t2} Ladder 2 stood by.`, [t, t2]]; }],
  // scene narratives
  ['found down in business parking lot on street', (d) => { const b = d.business(); const st = d.street(); return [`Pt found down in the ${b} parking lot on ${st} by a bystander who called 911.`, [b, st]]; }],
  ['called by staff at chain on route in town', (d) => { const b = d.business(); const t = d.town(); return [`Called by staff at ${b} on ${d.pick(ROUTES)} in ${t} for a customer who had a syncopal episode in line.`, [b, t]]; }],
  ['motel room', (d) => { const rm = String(d.int(1, 3) * 100 + d.int(1, 30)); const m = d.motel(); const a = d.address(); return [`Pt located in room ${rm} of the ${m}, ${a}, unresponsive with pinpoint pupils; naloxone 4 mg IN given.`, [rm, m, a]]; }],
  ['dispatched to address apartment and town', (d) => { const a = d.address(); const u = d.unit(); const t = d.town(); return [`Medic ${d.int(1, 30)} dispatched Priority 1 to ${a}, ${d.pick(['Apt', 'Unit', 'Apt.', '#'])} ${u}, ${t}, for difficulty breathing.`, [a, u, t]]; }],
  ['school injury with coach', (d) => { const sc = d.school(); const g = d.given(); const s = d.sur(); return [`16 yo M injured during football practice at ${sc}; coach ${g} ${s} on scene, C-spine held.`, [sc, g, s]]; }],
  ['church syncope during service', (d) => { const c = d.church(); const st = d.street(); return [`Syncopal episode during Sunday service at ${c} on ${st}; pt lowered to floor by parishioners.`, [c, st]]; }],
  ['bar assault with officer and badge', (d) => {
    const b = d.bar(); const st = d.street(); const t = d.town(); const s = d.sur(); const bd = d.badge();
    return [`Pt assaulted outside ${b} on ${st}; per ${t} PD Officer ${s} #${bd}, struck with a bottle.`, [b, st, t, s, bd]];
  }],
  ['found in park', (d) => { const p = d.park(); return [`Found unresponsive on a bench in ${p} near the playground by a jogger; agonal respirations.`, [p]]; }],
  ['neighborhood of town', (d) => { const n = d.pick(NEIGHBORHOODS); const t = d.town(); return [`Pt lives alone in the ${n} section of ${t} and is well known to crews.`, [n, t]]; }],
  ['county line crash', (d) => { const c = d.pick(COUNTIES); return [`Rollover on ${d.pick(ROUTES)} just past the ${c} County line, pt self-extricated.`, [c]]; }],
  ['shelter on street', (d) => { const sh = d.shelter(); const st = d.street(); return [`Pt usually stays at the ${sh} on ${st}; found in the alley behind it.`, [sh, st]]; }],
  ['crash in front of business on street', (d) => { const st = d.street(); const b = d.business(); return [`Single vehicle vs utility pole on ${st} in front of the ${b}; pole #${d.int(10, 99)} sheared.`, [st, b]]; }],
  ['AED from gym with serial', (d) => { const b = d.business(); const sn = `${d.pick(['X', 'A', 'B'])}${d.digitString(8)}`; return [`AED (serial ${sn}) from the ${b} front desk applied by staff; 1 shock delivered.`, [sn, b]]; }],
  ['neighbor let crew in', (d) => { const g = d.given(); const s = d.sur(); const u = d.unit(); return [`Neighbor ${g} ${s} from apartment ${u} let crew in with a spare key.`, [g, s, u]]; }],
  ['home health aide found patient', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`Found by home health aide ${g} ${s} of ${t} VNA at ${d.time()}, last known well the prior evening.`, [g, s, t]]; }],
  // nursing homes
  ['age over 89 from nursing home fall', (d) => { const n = d.ageOver89(); const nh = d.nursingHome(); return [`${n} ${d.pick(['yo F', 'y/o female', 'YOF', 'year old M'])} from ${nh} s/p unwitnessed fall, found on floor by staff.`, [n, nh]]; }],
  ['nursing home charge nurse report phone', (d) => { const g = d.given(); const nh = d.nursingHome(); const [ph, p] = d.phone(); return [`Report from charge nurse ${g} at ${nh} (${ph}): pt at baseline is A&Ox2, on Eliquis.`, [g, nh, p]]; }],
  // police and bystanders
  ['restrained driver vehicle and plate', (d) => {
    const [mk, md] = d.pick(MAKES); const pl = d.plate();
    return [`Pt was restrained driver of a ${d.pick(COLORS)} ${mk} ${md}, ${d.pick(STATES)} reg ${pl}, struck on driver side.`, [pl]];
  }],
  ['VIN for crash report', (d) => { const v = d.vin(); return [`Vehicle VIN ${v} recorded by PD for the crash report; moderate intrusion.`, [v]]; }],
  ['police officer and crash report number', (d) => {
    const t = d.town(); const g = d.given(); const s = d.sur(); const bd = d.badge(); const rep = `${pad2(d.int(15, 25))}-${d.digitString(4)}-${d.pick(['AC', 'OF', 'CR'])}`;
    return [`${t} PD Officer ${g} ${s} (badge ${bd}) on scene; crash report #${rep}.`, [t, g, s, bd, rep]];
  }],
  ['state police barracks trooper', (d) => {
    const t = d.town(); const s = d.sur(); const bd = d.badge();
    return [`${d.pick(STATE_NAMES)} State Police, Troop ${d.pick(['A', 'B', 'C', 'D', 'F', 'G'])} (${t} barracks), Trooper ${s} #${bd} on scene.`, [t, s, bd]];
  }],
  ['bystander name and cell', (d) => { const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); return [`Bystander ${g} ${s} (cell ${ph}) witnessed the collapse and began compressions.`, [g, s, p]]; }],
  ['other driver refused', (d) => { const g = d.given(); const s = d.sur(); return [`Other driver, ${g} ${s}, ${d.int(18, 80)} yo, ambulatory at scene, refused evaluation.`, [g, s]]; }],
  ['refusal witnessed by officer', (d) => { const s = d.sur(); const bd = d.badge(); const dt = d.date(); return [`Refusal of care signed by pt, witnessed by Officer ${s} #${bd} on ${dt} at ${d.time()}.`, [s, bd, dt]]; }],
  // fire narratives
  ['fire structure at address', (d) => { const a = d.address(); return [`E${d.int(1, 9)} arrived at ${a} to find a 2-story wood frame with heavy smoke showing from side Charlie.`, [a]]; }],
  ['firefighter removed victim from apartment', (d) => { const s = d.sur(); const u = d.unit(); return [`FF ${s} removed one victim from apartment ${u} on the 3rd floor; handed off to EMS at the curb.`, [s, u]]; }],
  ['NFIRS incident number', (d) => { const n = `${d.year()}-${d.digitString(6)}`; const a = d.address(); return [`NFIRS Incident #${n}   Address: ${a}   Type: 111 Building fire`, [n, a]]; }],
  ['helicopter LZ at field', (d) => { const p = d.park(); return [`LZ established at ${p}; ${d.pick(['Boston MedFlight', 'LifeFlight', 'DHART'])} ETA 12 min, patient flown.`, [p]]; }],
  ['school nurse calls for anaphylaxis', (d) => { const g = d.given(); const s = d.sur(); const sc = d.school(); return [`Called by school nurse ${g} ${s} at ${sc} for a 12 yo with anaphylaxis; EpiPen 0.3 mg given at ${d.time()}.`, [g, s, sc]]; }],
  // radio reports, triage, trauma activations
  ['radio report town medic to hospital', (d) => { const t = d.town(); const h = d.hospital(); return [`${t} Medic ${d.int(1, 20)} to ${h}, inbound with a 54 yo male, chest pain, STEMI on 12-lead, ETA 10.`, [t, h]]; }],
  ['transported to hospital report to charge RN', (d) => { const h = d.hospital(); const g = d.given(); return [`Transported emergent to ${h}; report given to charge RN ${g} at ${d.time()}.`, [h, g]]; }],
  ['diversion to other hospital', (d) => { const a = d.hospital(); const b = d.hospital(); return [`${a} on diversion for CT; transported to ${b} instead per medical control.`, [a, b]]; }],
  ['medical control orders from doctor at hospital', (d) => { const [doc, p] = d.doctor(); const h = d.hospital(); return [`Orders received from OLMC ${doc} at ${h} for additional fentanyl 50 mcg IV.`, [...p, h]]; }],
  ['trauma activation date and town', (d) => { const dt = d.mdy(); const t = d.town(); return [`Level 1 trauma activation ${dt} ${d.time()}; ETA 8 min by ground from ${t}.`, [dt, t]]; }],
  ['trauma alias number and MRN', (d) => { const n = d.digitString(4); const mrn = d.mrn(); return [`Registered as TRAUMA, ${d.pick(ALIASES)} ${n} (MRN ${mrn}) pending identification.`, [n, mrn]]; }],
  ['ED triage arrived via town EMS from business', (d) => {
    const t = d.town(); const md = `${d.int(1, 12)}/${d.int(1, 28)}`; const b = d.business();
    return [`Arrived via ${t} EMS on ${md} at ${d.time()}. Per medic, pt found down at ${b}, BGL 42, D10 given.`, [t, md, b]];
  }],
  ['ED triage relative at bedside with phone', (d) => { const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); return [`Pt's ${rel} ${g} ${s} at bedside, reachable at ${ph}.`, [g, s, p]]; }],
  ['ED triage month day and ordinal', (d) => { const m = `${d.pick(MONTHS)} ${ordinal(d.int(1, 28))}`; return [`Per EMS, pt has been drinking since ${m} and last drink was this morning; CIWA 14.`, [m]]; }],
  ['ED arrival date time', (d) => { const dt = d.date(); return [`ED ARRIVAL: ${dt} ${d.clock()}   MODE: ALS AMBULANCE   ESI: 2`, [dt]]; }],
  ['ED triage age over 89 from nursing home', (d) => { const n = d.ageOver89(); const nh = d.nursingHome(); return [`Triage: ${n} yo M BIBA from ${nh} for AMS; GCS 13, SpO2 91% RA.`, [n, nh]]; }],
  // inter-facility transfer sheets
  ['transfer sending receiving accepting', (d) => {
    const a = d.hospital(); const b = d.hospital(); const [doc, p] = d.doctor(); const dt = d.date();
    return [`SENDING FACILITY: ${a}\nRECEIVING FACILITY: ${b}\nACCEPTING PHYSICIAN: ${doc}\nDATE: ${dt}`, [a, b, ...p, dt]];
  }],
  ['transfer center phone and fax', (d) => { const [ph, p] = d.phone(); const [fx, pf] = d.phone(); return [`Transfer center: ${ph}; fax face sheet and MAR to ${fx}.`, [p, pf]]; }],
  ['transfer insurance and MRN', (d) => {
    const id = d.pick([`W${d.digitString(9)}`, `XJ${d.digitString(9)}`, d.digitString(12), `MA${d.digitString(9)}`]); const mrn = d.mrn();
    return [`Insurance: ${d.pick(['MassHealth', 'BCBS', 'Medicare', 'Tufts', 'Harvard Pilgrim'])} ID ${id}   Sending MRN: ${mrn}`, [id, mrn]];
  }],
  ['transfer crew surnames from town ambulance', (d) => { const t = d.town(); const s1 = d.sur(); const s2 = d.sur(); return [`Transport by ${t} Ambulance unit ${d.int(1, 12)}, crew ${s1}/${s2}, CCT level.`, [t, s1, s2]]; }],
  // poison control
  ['poison center case opened with specialist', (d) => {
    const c = `${pad2(d.int(15, 25))}-${d.digitString(6)}`; const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`Poison Center case #${c} opened ${dt} ${d.clock()}; specialist ${g} ${s}, CSPI.`, [c, dt, g, s]];
  }],
  ['poison control caller mother callback', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Caller: mother, ${g} ${s}, calling from home, callback ${ph}; 3 yo ingested up to 10 tabs of Tylenol 500 mg.`, [g, s, p]];
  }],
  ['poison control follow up to hospital ED', (d) => { const h = d.hospital(); const g = d.given(); return [`Follow-up call to ${h} ED at ${d.time()}; spoke with ${g}, RN: 4-hour APAP level 152, NAC started.`, [h, g]]; }],
  ['poison control short date recheck', (d) => { const [m, dd] = d.md(); const dt = `${m}/${dd}`; return [`Recheck call ${dt} @ ${d.time()}: asymptomatic, case closed, no further follow-up.`, [dt]]; }],
];

/** The names of the wave's frames. */
export const prehospitalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function prehospitalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8423, rounds);
}

/** Look-alikes in prehospital style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scales, vitals, measures
  ['GCS 15 (E4V5M6)', 'E4V5M6'], ['GCS 8, airway secured', 'GCS 8'], ['BP 142/88, HR 112, RR 24', 'BP 142/88'], ['SpO2 94% on RA', '94%'], ['ETCO2 38 mmHg with good waveform', 'ETCO2 38'],
  ['BGL 42 mg/dL', 'BGL 42'], ['Pain 8/10', '8/10'], ['Cincinnati stroke scale positive for facial droop', 'Cincinnati'], ['Los Angeles Motor Scale 4', 'Los Angeles Motor Scale'],
  ['RACE score 6, LVO suspected', 'RACE score 6'], ['APGAR 8 and 9', 'APGAR 8 and 9'], ['Rule of nines: 18% TBSA', '18% TBSA'], ['Parkland formula used for fluids', 'Parkland'],
  ['Pupils PERRL 3 mm', '3 mm'], ['Temp 101.4 F', '101.4 F'], ['Broselow tape: purple', 'Broselow'],
  // drugs and doses
  ['Naloxone 4 mg IN with good response', 'Naloxone 4 mg IN'], ['Narcan 2 mg IV', 'Narcan'], ['Aspirin 324 mg chewed', 'Aspirin 324 mg'], ['Nitro 0.4 mg SL x3', 'Nitro 0.4 mg SL'],
  ['Epinephrine 1 mg 1:10,000 IVP q4 min', '1:10,000'], ['Amiodarone 300 mg IO', 'Amiodarone 300 mg'], ['Adenosine 6 mg rapid IVP', 'Adenosine 6 mg'], ['Fentanyl 50 mcg IN', 'Fentanyl 50 mcg'],
  ['Zofran 4 mg ODT', 'Zofran'], ['D10 250 mL IV', 'D10 250 mL'], ['Glucagon 1 mg IM', 'Glucagon'], ['Versed 5 mg IM for seizure', 'Versed'], ['Ketamine 200 mg IM', 'Ketamine'],
  ['Albuterol 2.5 mg / Atrovent 0.5 mg neb', 'Atrovent'], ['EpiPen 0.3 mg auto-injector', 'EpiPen 0.3 mg'], ['NS 1000 mL wide open', 'NS 1000 mL'],
  // procedures, devices, makers, eponyms
  ['12-lead shows ST elevation in II, III, aVF', '12-lead'], ['STEMI alert called from the field', 'STEMI alert'], ['C-collar applied and pt secured to long board', 'C-collar'],
  ['KED used for extrication', 'KED'], ['Kendrick Extrication Device applied', 'Kendrick'], ['Sager splint applied to R femur', 'Sager'], ['Hare traction splint', 'Hare'],
  ['Thomas splint', 'Thomas'], ['Intubated with a Miller 2 blade', 'Miller'], ['Macintosh 3 blade', 'Macintosh'], ['King airway size 4', 'King airway'], ['i-gel size 4 placed', 'i-gel'],
  ['LUCAS device applied for mechanical CPR', 'LUCAS'], ['LifePak 15 monitor', 'LifePak 15'], ['Zoll pads placed', 'Zoll'], ['Stryker stretcher', 'Stryker'],
  ['Heimlich maneuver performed by bystander', 'Heimlich'], ['Placed in Trendelenburg', 'Trendelenburg'], ['Battle sign noted behind L ear', 'Battle sign'], ['Cushing\'s triad', 'Cushing'],
  ['Kussmaul respirations', 'Kussmaul'], ['Cheyne-Stokes breathing', 'Cheyne-Stokes'], ['Plotted on the Rumack-Matthew nomogram', 'Rumack-Matthew'], ['Pelvic binder applied', 'Pelvic binder'],
  // mechanism words
  ['Rollover with star on windshield', 'star on windshield'], ['T-bone, passenger side intrusion > 12 inches', 'T-bone'], ['Ejected, prolonged extrication > 20 min', 'prolonged extrication'],
  ['Fall from ladder approx 12 feet', '12 feet'], ['Rapid trauma assessment', 'Rapid trauma assessment'],
  // dispatch codes and units alone
  ['Heavy smoke showing from side Charlie', 'side Charlie'], ['Credentials: NRP, FP-C', 'NRP'], ['Responded Code 3', 'Code 3'], ['10-4, en route', '10-4'], ['10-50 PI reported', '10-50'], ['Priority 1 response', 'Priority 1'], ['MPDS 17-D-3 fall', '17-D-3'],
  ['ESI 2', 'ESI 2'], ['Level 1 trauma', 'Level 1 trauma'], ['ALS/BLS intercept', 'ALS/BLS'], ['Medic 12 on scene', 'Medic 12'], ['Engine 3 assisted with lifting', 'Engine 3'],
  ['Ladder 1 for access', 'Ladder 1'], ['Medic unit requested', 'Medic unit'], ['START triage: red tag', 'red tag'], ['MCI declared', 'MCI'], ['OLMC contacted', 'OLMC'],
  // highways alone, generic places, states
  ['MVC on I-95 with minor damage', 'I-95'], ['Traffic heavy on Route 1', 'Route 1'], ['Vehicle in the median', 'the median'], ['Pt transported from the scene', 'the scene'], ['Care transferred in the ED', 'the ED'],
  ['Pt found at home', 'home'], ['Pt found at residence', 'residence'], ['Found in the parking lot', 'parking lot'], ['Found on the bathroom floor', 'bathroom floor'],
  ['Moved to the ambulance bay', 'ambulance bay'], ['Pt lives in assisted living', 'assisted living'], ['Unloaded at the helipad', 'helipad'], ['Pt visiting from Vermont', 'Vermont'], ['Lic plate state: NH', 'NH'],
  // ages, years, times
  ['78 y/o M', '78'], ['89 yo F', '89'], ['4 yo M choking', '4 yo'], ['Hx MI in 2019', '2019'], ['On scene 0214', '0214'], ['Arrived at 14:32', '14:32'], ['Down time approx 10 min', '10 min'],
];

export const prehospitalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPrehospitalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(prehospitalKeepCases(), find);

export function scorePrehospitalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => prehospitalWaveCases(seed)), find);
}
