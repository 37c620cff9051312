// A blind wave of podiatry and foot-and-ankle care records: diabetic foot examinations (the exam form with the patient
// listed as 'SURNAME, Given', monofilament and pulse findings, ABI and TBI from the vascular lab with the technologist,
// referrals from primary care with the practice and its fax, risk categories with the next exam's date, phone messages
// from relatives with call-back numbers), nail debridement visits for nursing-home and home-bound residents (the
// facility's name, the room number, the resident's name, the attending, census tables, fax covers to the director of
// nursing, residents over 89 with a POA reached by phone, home visits at a street address, home health agencies,
// guardianship case numbers), custom orthotics and diabetic shoe orders (the supplier's name, its NSC/PTAN supplier
// number, order and tracking numbers, prior authorizations, claims denied and resubmitted, delivery receipts at the
// patient's address, supplier e-mails and web sites; HCPCS codes are kept), statements of the certifying physician
// (the MD's name, NPI, state license and DEA numbers, practice address, the certifying visit's date), wound
// measurement tables with dates, total-contact-cast logs with the applier's initials, bone biopsy accession numbers,
// wound photographs on a tablet with its asset tag and IP address, ankle fracture and bunionectomy operative notes
// (surgeon, assistant, surgery center, account numbers, implant lot and serial numbers, bone stimulator serials),
// X-ray reports of feet and ankles (accession numbers, comparison dates, the signing radiologist, outside films, the
// DR room's IP address), gait and fall-risk notes (falls on holidays, the senior center, neighbors who check in,
// assistive devices), sports and running injuries (runners injured at races named for their towns, coaches,
// athletic trainers and schools, running clubs, student ids, return-to-run letters), pedorthist and cast-room logs,
// Medicare routine-foot-care class findings (MBIs, Q-modifiers, ABNs, the MD under whose care the patient is), and
// letters between podiatrists and primary care (letterheads, greetings by first name, closings with cc lines), in
// mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24', '3-4-24', '4 March
// 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'the
// 4th', 'March 2024', '3/2024', holidays such as 'Thanksgiving Day' and 'Christmas Eve'); ages over 89, phones, fax
// numbers and extensions, e-mails, URLs and IP addresses are planted. Patients are drawn from faker's en_US names
// mostly, and en_IE, es_MX, it, en_GB, de and pl names; one in three given names and surnames is an everyday word
// (Hope, Rocky, Will, Joy, Dusty, Penny, Robin, Iris, Sandy, April; Stone, Hill, Walker, Foote, Shoemaker, Cobb,
// Silver, Brooks, Banks, Marsh, Frost, Sharp, Love), so a name may read like 'walker', 'silver alginate' or a
// running-shoe brand. Towns are often everyday words (Liberty, Union, Hope, Normal, Reading, Walker, Sandy, Golden,
// Orange, Mobile) or names of eponyms (Austin, Jones, Marion, Florence, Eugene, Tyler), so a town may read like
// 'delayed union' or 'Austin bunionectomy'. A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scorePodiatryWave`.
// Decisions: every word of a person's name is planted as its own part (patients, relatives, POAs and guardians,
// podiatrists, MDs, NPs, PAs, CRNAs, pedorthists, orthotists, cast technicians, aides, directors of nursing, coaches,
// athletic trainers, physical therapists, vascular technologists, radiologists, suppliers' staff); a middle initial, a
// title ('Dr.', 'Mrs.', 'Coach') and a credential ('DPM', 'FACFAS', 'C.Ped', 'CPO', 'ATC', 'RVT', 'DPT', 'PA-C',
// 'CRNA', 'NP') are not planted; a given name alone (the aide, the caller, 'Dear Ann,') is planted; a signer's or cast
// applier's initials are planted; a relation without a name, a role without a name ('the DON', 'the pedorthist',
// 'the coach') and an age of 89 or under are kept. A nursing home, an assisted living, a podiatry or primary-care
// practice, a DME supplier, an orthotic lab, a pedorthic shop, a hospital, a wound center, a surgery center, an
// imaging center, a physical therapy clinic, a gait lab, a senior center, a home health agency, a school and a
// running club named locally are planted whole with their kind words ('Maple Grove Manor', 'Liberty Foot & Ankle
// Associates', 'Union Medical Supply', 'Normal High School', 'Reading Striders'); a race named for its town is
// planted by the town ('the Hope Turkey Trot': 'Hope'); a room written only as a number ('Rm 214') is kept; a national
// brand, maker, body or program named alone ('Dr. Comfort', 'Apex', 'Arthrex', 'Exogen', 'Aircast', 'CMS', 'DME
// MAC', 'APMA', 'ABFAS', 'BOC', 'IWGDF', 'NCAA') is kept. A town is planted, a state is kept; a street address is
// planted from its number to its street type, with its apartment when written after it; a ZIP is planted. A weekday
// naming one day is planted, a standing schedule ('Tuesdays') is kept; a month with a year and a month with a day are
// planted; the ordinal of 'the 4th' is planted without 'the'; a holiday that fixes a day is planted; a year alone, a
// time, a post-operative day, a duration, a wound's measurements, a shoe size, a count of nails and a race's distance
// are kept. MRNs, account numbers, Medicare MBIs, plan member ids, claim numbers, prior authorizations, order numbers,
// shipping tracking numbers, DME supplier numbers (NSC/PTAN), NPIs, state license and DEA numbers, implant lot and
// serial numbers, bone stimulator and walker serials, accession numbers, asset tags, IP addresses, student ids,
// guardianship case numbers, disabled-parking placard numbers and extensions are planted; HCPCS, CPT and ICD-10
// codes, Q-modifiers and catalogue (REF) numbers are kept. A phone's leading '(' need not be covered; e-mails and URLs
// are planted whole; ages over 89 are planted as their number. Kept (look-alikes): eponyms of procedures, fractures,
// signs, angles and diseases (Austin, Akin, Lapidus, Weil, Keller, McBride, Lisfranc, Chopart, Syme, Jones, Weber,
// Maisonneuve, Tillaux, Charcot, Morton, Haglund, Sever, Freiberg, Achilles, Thompson, Silfverskiöld, Mulder, Tinel,
// Böhler, Meary, Brostrom, Evans, Cotton, Strayer, Ilizarov, Buerger, Raynaud, Dakin), scales and scores
// (Wagner, University of Texas, PEDIS, SINBAD, Morse, TUG, Tinetti, Berg, AOFAS, ABI, Semmes-Weinstein, Foot Posture
// Index, Ottawa ankle rules, Medicare class findings), drugs and dressings, device brands and makers, codes and
// modifiers, national bodies, programs and standards, generic places, relations and roles without names, ages of 89
// and under, years alone, counts, sizes, measurements and durations, and everyday words that are also names or towns
// ('delayed union', 'four-wheeled walker', 'silver nitrate', 'stone bruise', 'hill repeats', 'normal gait').
// Measured before rules: 0.929 recall on seeds 5, 11, 23 (5064/5451), 0.935 on fresh seeds 41, 42, 43 (5098/5454); 6/163
// look-alikes touched ("Böhler's", "Evans", "Dr. Comfort", "Hoka Bondi", "Richie Brace", "88-2041") (engine at 034a3eb).
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

const FAKERS = [us, us, us, us, us, us, ie, ie, mx, mx, it, gb, de, pl];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Rocky', 'Will', 'Joy', 'Faith', 'Grace', 'Dawn', 'Dusty', 'Penny', 'Robin', 'Iris', 'Sandy', 'April', 'June', 'Ruby', 'Pearl', 'Ivy', 'Holly', 'Daisy', 'Rose', 'Crystal', 'Amber', 'Skip', 'Chip', 'Buck', 'Cliff', 'Dale', 'Glen', 'Rusty', 'Bill', 'Mark', 'Chase', 'Hunter', 'Sunny', 'Misty', 'Major', 'Lucky', 'Honey', 'Summer', 'Brook'];
const WORD_SUR = ['Stone', 'Hill', 'Walker', 'Foote', 'Shoemaker', 'Cobb', 'Silver', 'Brooks', 'Banks', 'Marsh', 'Frost', 'Sharp', 'Love', 'Baker', 'Miller', 'Carpenter', 'Mason', 'Cook', 'Fisher', 'Hunter', 'Street', 'Lane', 'Wells', 'Rivers', 'Woods', 'Fields', 'Fox', 'Wolf', 'Crane', 'Swan', 'Bird', 'Snow', 'Winter', 'Long', 'Short', 'Strong', 'Little', 'Young', 'Rich', 'Price', 'Cash', 'Gold', 'Golden', 'Bell', 'Page', 'King', 'Friend', 'Sweet', 'Black', 'Brown', 'White', 'Green'];

/** Towns that are everyday words, towns that are eponyms or given names, and other real towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Normal', 'Reading', 'Walker', 'Sandy', 'Golden', 'Orange', 'Mobile', 'Commerce', 'Concord', 'Independence', 'Harmony', 'Eden', 'Paradise', 'Welcome', 'Friendship', 'Fairview', 'Midway', 'Pleasant Grove', 'Unity', 'Plain City', 'Bountiful', 'Mentor', 'Loveland', 'Story City'];
const NAME_TOWNS = ['Austin', 'Jones', 'Marion', 'Florence', 'Eugene', 'Tyler', 'Warren', 'Chester', 'Jackson', 'Shelby', 'Lafayette', 'Beverly', 'Laurel'];
const REAL_TOWNS = ['Springfield', 'Dayton', 'Toledo', 'Akron', 'Scranton', 'Bangor', 'Duluth', 'Peoria', 'Macon', 'Waco', 'Tulsa', 'Joplin', 'Yakima', 'Kalamazoo', 'Saginaw', 'Muncie', 'Terre Haute', 'Altoona', 'Utica', 'Binghamton', 'Wheeling', 'Bluefield', 'Kingsport', 'Dothan', 'Hattiesburg', 'Lake Charles', 'Abilene', 'Odessa', 'Pueblo', 'Cheyenne', 'Billings', 'Missoula', 'Bend', 'Medford', 'Redding', 'Visalia', 'Yuma', 'Flagstaff', 'Sioux Falls', 'Mankato', 'Eau Claire', 'Dubuque', 'Lewiston', 'Nashua'];
const STATES = ['OH', 'PA', 'NY', 'MI', 'IN', 'IL', 'WI', 'MN', 'IA', 'MO', 'KY', 'TN', 'AL', 'GA', 'TX', 'OK', 'CO', 'UT', 'OR', 'WA', 'ME', 'NH', 'Ohio', 'Michigan', 'Texas'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Oak', 'Cedar', 'Pine', 'Walnut', 'Lincoln', 'Washington', 'Park', 'Lake', 'River', 'Hill', 'Church', 'School', 'Mill', 'Spring', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Orchard', 'Meadow', 'Prospect', 'Highland', 'Ridge', 'Franklin', 'Jefferson', 'Willow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Court', 'Blvd', 'Way', 'Pl', 'Cir', 'Ter'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Vincent', 'Elizabeth', 'Michael', 'Catherine', 'Agnes', 'Clare', 'Jude', 'Camillus', 'Teresa'];
/** Words that open nursing-home and assisted-living names. */
const HOME_WORDS = ['Maple Grove', 'Sunny Acres', 'Willow Creek', 'Golden Years', 'Evergreen', 'Pine Ridge', 'Autumn Leaves', 'Heritage Oaks', 'Rosewood', 'Brookside', 'Cedar Crest', 'Green Meadows', 'Shady Lane', 'Silver Birch', 'Hillcrest', 'Lakeview', 'Orchard Hill', 'Quiet Waters', 'Whispering Pines', 'Meadowbrook'];
const HOME_KINDS = ['Manor', 'Nursing Home', 'Care Center', 'Health Care Center', 'Healthcare and Rehabilitation', 'Assisted Living', 'Senior Living', 'Village', 'Gardens', 'Nursing and Rehab'];
/** Podiatry practices and shops named by words, not by a town (planted whole). */
const PRACTICE_WORDS = ['Sole Mates', 'Happy Feet', 'Step Forward', 'Heel & Sole', 'Foot First', 'Best Foot Forward', 'Firm Footing', 'Sure Step', 'Tip Top Toes', 'Good Steps', 'Stride Right', 'Arch Angels'];
const SHOP_WORDS = ['Sole Solutions', 'Right Step', 'Well Heeled', 'Comfort Zone', 'Footprints', 'Walk On', 'Sound Footing', 'Perfect Fit', 'Stepping Stones', 'Even Keel'];
const LAB_WORDS = ['Northwoods', 'Keystone', 'Summit', 'Prairie', 'Bluewater', 'Ironwood', 'Red Oak', 'Tri-County', 'Heartland', 'Timberline'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital'];
const CLUB_KINDS = ['Striders', 'Road Runners', 'Running Club', 'Track Club', 'Harriers', 'Trail Runners', 'Pacers'];
/** Races named for their towns: the town is planted, the race's kind is kept. */
const RACE_KINDS = ['Turkey Trot', 'Half Marathon', 'Shamrock Shuffle', 'Firecracker 5K', 'Jingle Bell Run', 'Harvest 10K', 'River Run', 'Trail Challenge', 'Fun Run', 'Marathon'];
const SPORTS = ['cross-country', 'track', 'soccer', 'basketball', 'volleyball', 'lacrosse', 'dance', 'football', 'tennis'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Thanksgiving Day', 'the Fourth of July', 'Memorial Day', 'Labor Day', 'Easter Sunday', 'Halloween'];
/** Relations a name follows (no sex, since names are drawn without one). */
const RELATIONS = ['daughter', 'son', 'spouse', 'niece', 'nephew', 'grandson', 'granddaughter', 'neighbor', 'sister', 'brother', 'friend', 'caregiver'];
/** Letters an MBI draws its letters from (no S, L, O, I, B or Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

const firstWord = (s: string): string => s.split(/[\s-]/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A given name other than `g` (two people in one note). */
  otherGiven(g: string): string {
    for (let k = 0; k < 10; k++) {
      const h = this.given();
      if (h !== g) return h;
    }
    return g === 'Ruth' ? 'Carol' : 'Ruth';
  }
  /** A person's name written four ways, with its parts. */
  person(): readonly [string, readonly string[]] {
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
  age(): number {
    return this.int(19, 89);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  town(): string {
    const x = this.r();
    return x < 0.3 ? this.pick(WORD_TOWNS) : x < 0.42 ? this.pick(NAME_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  saint(): string {
    return this.pick(SAINTS);
  }
  /** A nursing home or assisted living. */
  facility(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(HOME_WORDS)} ${this.pick(HOME_KINDS)}`;
    if (k === 1) return `${this.town()} Health & Rehabilitation Center`;
    if (k === 2) return `The Gardens at ${this.town()}`;
    if (k === 3) return `St. ${this.saint()}'s ${this.pick(['Nursing Home', 'Home for the Aged', 'Villa'])}`;
    return `${this.sur()} House ${this.pick(['Assisted Living', 'Memory Care'])}`;
  }
  /** A podiatry practice. */
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Foot & Ankle Associates`;
    if (k === 1) return `${this.town()} Podiatry Group`;
    if (k === 2) return `Family Foot Care of ${this.town()}`;
    if (k === 3) return `${this.sur()} Foot and Ankle Center`;
    return `${this.pick(PRACTICE_WORDS)} Podiatry`;
  }
  /** A primary-care practice. */
  pcpPractice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.town()} Internal Medicine Associates`;
    if (k === 2) return `${this.sur()} Family Practice`;
    return `${this.town()} Primary Care`;
  }
  /** A DME supplier of diabetic shoes and inserts. */
  supplier(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.sur()} Orthotics & Prosthetics`;
    if (k === 2) return `${this.pick(SHOP_WORDS)} Pedorthics`;
    return `${this.town()} Home Medical Equipment`;
  }
  orthoLab(): string {
    return this.r() < 0.5 ? `${this.pick(LAB_WORDS)} Orthotic Lab` : `${this.town()} Custom Orthotics`;
  }
  /** A pedorthic or orthotic-and-prosthetic shop. */
  shop(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(SHOP_WORDS)} Shoe Shop`;
    if (k === 1) return `${this.sur()}'s Shoe Fitters`;
    return `${this.town()} Orthotic & Prosthetic Center`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.saint()}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  woundCenter(): string {
    return this.r() < 0.6 ? `${this.town()} Wound Care Center` : `${this.pick(LAB_WORDS)} Wound Healing Institute`;
  }
  surgeryCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Surgery Center`;
    if (k === 1) return `${this.pick(LAB_WORDS)} Ambulatory Surgery Center`;
    return `${this.town()} Outpatient Surgical Center`;
  }
  imaging(): string {
    return this.r() < 0.6 ? `${this.town()} Imaging Center` : `${this.pick(LAB_WORDS)} Open MRI`;
  }
  ptClinic(): string {
    return this.r() < 0.5 ? `${this.town()} Physical Therapy` : `${this.sur()} Sports Rehab`;
  }
  homeHealth(): string {
    return this.r() < 0.5 ? `${this.town()} Visiting Nurse Association` : `${this.pick(LAB_WORDS)} Home Health`;
  }
  gaitLab(): string {
    return this.r() < 0.5 ? `${this.town()} Gait & Motion Lab` : `${this.pick(LAB_WORDS)} Balance Center`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} High School`;
    if (k === 1) return `${this.pick(STREET_WORDS)} Middle School`;
    if (k === 2) return `St. ${this.saint()} Academy`;
    return `${this.town()} Community College`;
  }
  club(): string {
    return `${this.town()} ${this.pick(CLUB_KINDS)}`;
  }
  raceKind(): string {
    return this.pick(RACE_KINDS);
  }
  sport(): string {
    return this.pick(SPORTS);
  }
  time(): string {
    return `${pad2(this.int(6, 19))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1928, hi = 2008): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${y}-${pad2(m)}-${pad2(d)}`;
    return `${MONTHS[m - 1]!} ${d}, ${y}`;
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
  weekdayShort(): string {
    return this.pick(WEEKDAY_SHORT);
  }
  ordinalDay(): string {
    return ordinal(this.int(1, 28));
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    return `MR${this.digitString(7)}`;
  }
  acct(): string {
    return this.r() < 0.6 ? this.digitString(this.int(8, 10)) : `HAR${this.digitString(8)}`;
  }
  /** A Medicare Beneficiary Identifier, dashed or not. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const AN = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${AN()}${N()}`;
    const b = `${L()}${AN()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.4 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(9)}${pad2(this.int(1, 9))}`;
    return `W${this.digitString(8)}`;
  }
  plan(): string {
    return this.pick(['Aetna', 'Humana', 'UnitedHealthcare', 'Cigna', 'Anthem', 'Medicaid', 'the Medicare Advantage plan', 'BCBS']);
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${pad2(this.int(18, 25))}${this.digitString(3)}${this.digitString(8)}`;
  }
  auth(): string {
    return this.r() < 0.5 ? `PA${this.digitString(8)}` : `${this.letters(1)}${this.digitString(9)}`;
  }
  order(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SO-${this.digitString(6)}`;
    if (k === 1) return this.digitString(7);
    return `ORD${this.digitString(6)}`;
  }
  tracking(): string {
    return this.r() < 0.6 ? `1Z${this.letters(2)}${this.digitString(4)}${this.digitString(10)}` : `9400${this.digitString(18)}`;
  }
  /** A DME supplier's NSC number (the PTAN of a DME supplier). */
  nsc(): string {
    return `${this.digitString(6)}${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  npi(): string {
    return `${this.pick(['1', '2'])}${this.digitString(9)}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return `DP${this.digitString(5)}`;
    if (k === 1) return `MD-${this.digitString(6)}`;
    return `${this.digitString(2)}${this.letters(2)}${this.digitString(5)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${pad2(this.int(18, 25))}${this.letters(1)}${this.digitString(4)}`;
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return this.digitString(9);
    return `${this.letters(3)}-${this.digitString(5)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(8)}`;
    if (k === 1) return `XR${pad2(this.int(18, 25))}-${this.digitString(6)}`;
    return this.digitString(10);
  }
  asset(): string {
    return this.r() < 0.5 ? `IT-${this.digitString(5)}` : `${this.letters(3)}${this.digitString(6)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  studentId(): string {
    return this.r() < 0.6 ? this.digitString(this.int(6, 8)) : `S${this.digitString(7)}`;
  }
  guardianCase(): string {
    return this.r() < 0.5 ? `${this.year()}-GU-${this.digitString(5)}` : `PR-${this.digitString(2)}-${this.digitString(6)}`;
  }
  placard(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(6)}` : this.digitString(8);
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  /** An e-mail of someone not otherwise named in the text. */
  email(): string {
    const g = asciiLetters(firstWord(this.faker().person.firstName())) || 'pat';
    const s = asciiLetters(this.particleFreeSurname()) || 'lee';
    const dom = this.pick([`${asciiLetters(this.pick(LAB_WORDS))}orthotics.com`, 'gmail.com', 'yahoo.com', 'aol.com', `${asciiLetters(this.pick(PRACTICE_WORDS))}podiatry.com`, 'outlook.com', `${asciiLetters(this.pick(REAL_TOWNS))}footcare.net`]);
    const local = this.pick([`${g}.${s}`, `${g.charAt(0)}${s}${this.int(1, 99)}`, `${s}${g.charAt(0)}`, `${g}${this.int(40, 99)}`, `frontdesk.${s}`]);
    return `${local}@${dom}`;
  }
  /** A practice's or supplier's web address, of words not otherwise in the text. */
  url(): string {
    const w = asciiLetters(this.pick([...PRACTICE_WORDS, ...SHOP_WORDS, ...REAL_TOWNS]));
    return this.pick([`www.${w}podiatry.com`, `https://${w}footandankle.com/portal`, `${w}-pedorthics.net`, `https://www.${w}orthotics.com/order-status`, `http://${w}feet.org`]);
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // diabetic foot exams
  ['diabetic foot exam header', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1930, 1990); const mrn = d.mrn(); const dt = d.date(); const [dn, dp] = d.person();
    return [`DIABETIC FOOT EXAMINATION\nPatient: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nDate of exam: ${dt}   Examiner: ${dn}, DPM`, [s, g, dob, mrn, dt, ...dp]];
  }],
  ['monofilament narrative', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`${g} ${s} (${d.age()} y/o, type 2 diabetes) was seen ${w} for the annual foot exam; 10-g monofilament absent at 4 of 10 sites bilaterally, vibration diminished at the hallux.`, [g, s, w]];
  }],
  ['PCP referral with fax', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.pcpPractice(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`Referred by Dr. ${g} ${s} of ${p} (fax ${fx}) for high-risk foot care. Last A1c 8.9% on ${dt}.`, [g, s, p, fp, dt]];
  }],
  ['risk category and next exam', (d) => {
    const md = d.monDay(); const rel = d.relation(); const g = d.given();
    return [`IWGDF risk category 3. Next foot exam ${md}. Footwear and daily self-inspection reviewed with ${rel} ${g}, who does her foot checks.`, [md, g]];
  }],
  ['vascular lab ABI', (d) => {
    const dt = d.date(); const [n, np] = d.person(); const h = d.hospital();
    return [`ABI R 0.78 / L 0.91, TBI 0.52 — vascular lab at ${h}, ${dt}, performed by ${n}, RVT.`, [h, dt, ...np]];
  }],
  ['relative phone message blister', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const o = d.ordinalDay(); const t = d.time();
    return [`Phone msg ${t}: pt's ${rel} ${g} ${s} called re: new blister on R heel. Call back ${ph}. Advised to keep it covered, appt moved up to the ${o}.`, [g, s, pp, o]];
  }],
  ['insurance line on foot exam', (d) => {
    const mbi = d.mbi(); const plan = d.plan(); const mem = d.member();
    return [`Primary: Medicare Part B, MBI ${mbi}. Secondary: ${plan}, member ID ${mem}.`, [mbi, mem]];
  }],
  // nail debridement for nursing-home and home-bound patients
  ['nursing home rounds header', (d) => {
    const f = d.facility(); const g = d.given(); const s = d.sur(); const dt = d.date(); const a = d.sur();
    return [`ROUTINE FOOT CARE — ${f}\nResident: ${g} ${s}   Rm ${d.int(101, 349)}   DOS: ${dt}\nAttending: Dr. ${a}`, [f, g, s, dt, a]];
  }],
  ['homebound home visit', (d) => {
    const st = d.streetApt(); const t = d.town(); const z = d.zip(); const g = d.given();
    return [`Home visit at ${st}, ${t} ${z}. Pt is homebound (bed-bound since her stroke); caregiver ${g} present. Nails 1-5 bilaterally debrided.`, [st, t, z, g]];
  }],
  ['debridement procedure line', (d) => {
    const dt = d.date(); const md = d.monDay();
    return [`Debridement of mycotic nails x ${d.int(6, 10)} (CPT 11721) on ${dt}; no bleeding, pt tolerated well. Return in 9-10 weeks, around ${md}.`, [dt, md]];
  }],
  ['facility census table', (d) => {
    const s1 = d.sur(); const g1 = d.given(); const d1 = d.date(); const s2 = d.sur(); const g2 = d.given(); const d2 = d.date(); const s3 = d.sur(); const g3 = d.given(); const d3 = d.date();
    return [`Room  Resident             Last podiatry\n${d.int(101, 199)}   ${s1}, ${g1}    ${d1}\n${d.int(200, 299)}   ${s2}, ${g2}    ${d2}\n${d.int(300, 399)}   ${s3}, ${g3}    ${d3}`, [s1, g1, d1, s2, g2, d2, s3, g3, d3]];
  }],
  ['fax cover to director of nursing', (d) => {
    const f = d.facility(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone(); const w = d.weekday(); const sd = d.slashMd();
    return [`FAX — To: ${f}, attn DON ${g} ${s}. Fax: ${fx}. Re: podiatry rounds ${w} ${sd}; please have the list of residents ready at the nurses' station.`, [f, g, s, fp, w, sd]];
  }],
  ['resident over 89 with POA', (d) => {
    const n = d.ageOver89(); const g = d.given(); const [ph, pp] = d.phone();
    return [`${n}-year-old resident with dementia, thick dystrophic nails and onychogryphosis of the L hallux. Daughter ${g} (POA) consented by phone at ${ph}.`, [n, g, pp]];
  }],
  ['visiting podiatrist rounds plan', (d) => {
    const s = d.sur(); const f = d.facility(); const o = d.ordinalDay(); const e = d.email();
    return [`Dr. ${s} will round at ${f} on the ${o}; ${d.int(8, 24)} residents on the list. Questions to ${e}.`, [s, f, o, e]];
  }],
  ['home health agency homebound', (d) => {
    const h = d.homeHealth(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Homebound status confirmed with ${h}; case manager ${g} ${s}, RN. Current episode began ${dt}.`, [h, g, s, dt]];
  }],
  ['guardian consent for nail care', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.guardianCase(); const dt = d.date();
    return [`Consent for nail and callus care signed by court-appointed guardian ${g} ${s} (guardianship case no. ${c}) on ${dt}.`, [g, s, c, dt]];
  }],
  ['rounds jotting', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.facility(); const ws = d.weekdayShort(); const sd = d.slashMd();
    return [`saw ${g} ${s} at ${f} ${ws} ${sd} - nails 1-10 debrided, lesion sub 5th met L pared, no open areas`, [g, s, f, ws, sd]];
  }],
  // custom orthotics and diabetic shoe orders
  ['therapeutic shoe order form', (d) => {
    const g = d.given(); const s = d.sur(); const mbi = d.mbi(); const sp = d.supplier(); const nsc = d.nsc(); const o = d.order(); const dt = d.date();
    return [`THERAPEUTIC SHOE ORDER\nBeneficiary: ${g} ${s}   MBI: ${mbi}\nA5500 x1 pair; A5512 x3 pairs\nSupplier: ${sp}   NSC #: ${nsc}\nOrder #: ${o}   Order date: ${dt}`, [g, s, mbi, sp, nsc, o, dt]];
  }],
  ['custom orthotics order', (d) => {
    const lab = d.orthoLab(); const dt = d.date(); const o = d.order(); const [n, np] = d.person();
    return [`Custom foot orthoses (L3000 x2) sent to ${lab} on ${dt}, order no. ${o}. Casting by ${n}, C.Ped.`, [lab, dt, o, ...np]];
  }],
  ['shoe fitting with PTAN', (d) => {
    const w = d.weekday(); const rel = d.relation(); const g = d.given(); const ptan = d.nsc();
    return [`Fitted ${w} with Dr. Comfort extra-depth shoes, men's 10.5 W, heat-moldable inserts. Pt's ${rel} ${g} will pick them up. Supplier PTAN ${ptan}.`, [w, g, ptan]];
  }],
  ['supplier e-mail header', (d) => {
    const a = d.email(); const b = d.email(); const o = d.order(); const md = d.monDay();
    return [`From: ${a}\nTo: ${b}\nSubject: Order ${o} - shoes shipping ${md}\nPlease confirm size 9 EE before we ship.`, [a, b, o, md]];
  }],
  ['prior authorization for AFO', (d) => {
    const au = d.auth(); const plan = d.plan(); const dt = d.date();
    return [`Prior auth ${au} approved by ${plan} for L1970 custom AFO, valid through ${dt}.`, [au, dt]];
  }],
  ['orthotic lab shipping', (d) => {
    const lab = d.orthoLab(); const t = d.town(); const trk = d.tracking(); const w = d.weekday();
    return [`Casts shipped to ${lab} in ${t}, ${d.state()}, UPS tracking ${trk}; expected back ${w}.`, [lab, t, trk, w]];
  }],
  ['supplier contact line', (d) => {
    const sp = d.supplier(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone(); const u = d.url();
    return [`${sp} — ph ${ph} / fax ${fx} / ${u}`, [sp, pp, fp, u]];
  }],
  ['DME delivery receipt', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Delivered to ${st}, ${t}, ${z} on ${dt}. Received by ${g} ${s} (spouse). Proof of delivery on file.`, [st, t, z, dt, g, s]];
  }],
  ['claim denied for certifying statement', (d) => {
    const c = d.claim(); const dt = d.date();
    return [`Claim ${c} for A5513 denied ${dt}: certifying physician statement missing. Resubmit to DME MAC Jurisdiction B with KX modifier.`, [c, dt]];
  }],
  ['inserts eligible month', (d) => {
    const my = d.monthYear(); const sp = d.supplier();
    return [`Eligible for replacement inserts in ${my} (one pair of shoes and three pairs of inserts per calendar year). Order through ${sp}.`, [my, sp]];
  }],
  // certifying-physician statements
  ['certifying physician statement', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1930, 1975); const mg = d.given(); const ms = d.sur(); const npi = d.npi(); const dt = d.date();
    return [`STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES\nPatient: ${g} ${s}   DOB: ${dob}\nI certify that this patient has diabetes mellitus, has peripheral neuropathy with evidence of callus formation, is being treated under a comprehensive plan of care, and needs diabetic shoes.\nPhysician: ${mg} ${d.mi()} ${ms}, MD   NPI: ${npi}   Date: ${dt}`, [g, s, dob, mg, ms, npi, dt]];
  }],
  ['certifying visit within six months', (d) => {
    const dt = d.date(); const p = d.pcpPractice(); const [fx, fp] = d.phone();
    return [`Certifying MD visit ${dt} (within 6 months before delivery); office notes from ${p} received by fax from ${fx}.`, [dt, p, fp]];
  }],
  ['MD signature block', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.pcpPractice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone();
    return [`${g} ${s}, MD\n${p}\n${st}\n${t}, ${d.state()} ${z}\nPh ${ph}`, [g, s, p, st, t, z, pp]];
  }],
  ['NPI license and DEA', (d) => {
    const s = d.sur(); const npi = d.npi(); const lic = d.license(); const dea = d.dea();
    return [`Dr. ${s}: NPI ${npi}; state license ${lic}; DEA ${dea}.`, [s, npi, lic, dea]];
  }],
  // wound measurements with dates
  ['wound measurement table', (d) => {
    const a = d.date(); const b = d.date(); const c = d.date();
    return [`Date          L x W x D (cm)   Base\n${a}    2.4 x 1.8 x 0.3   granular\n${b}    1.9 x 1.2 x 0.2   granular\n${c}    1.1 x 0.8 x 0.1   epithelializing`, [a, b, c]];
  }],
  ['wound photo from tablet', (d) => {
    const dt = d.date(); const ip = d.ip(); const as = d.asset();
    return [`Plantar ulcer sub 1st MPJ L, Wagner 2, measured ${dt}: 1.5 x 1.0 x 0.4 cm. Photo uploaded from clinic tablet ${as} (${ip}).`, [dt, as, ip]];
  }],
  ['wound center referral', (d) => {
    const wc = d.woundCenter(); const w = d.weekday(); const md = d.monDay(); const s = d.sur();
    return [`Referred to ${wc} for HBOT evaluation; first visit ${w}, ${md} with Dr. ${s}.`, [wc, w, md, s]];
  }],
  ['total contact cast log', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const i = d.initials();
    return [`TCC #${d.int(2, 9)} applied ${a}, changed ${b}. Applied by ${i}. Skin check OK, no rubs.`, [a, b, i]];
  }],
  ['bone biopsy accession', (d) => {
    const acc = d.accession(); const dt = d.date(); const s = d.sur();
    return [`Bone biopsy L 2nd metatarsal head, accession ${acc}, collected ${dt}; read by Dr. ${s} as acute osteomyelitis.`, [acc, dt, s]];
  }],
  ['wound photo consent', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`consent for wound photography signed by ${g} ${s} ${dt}. photos stored in the chart only, not on personal phones.`, [g, s, dt]];
  }],
  // ankle fracture and bunionectomy operative notes
  ['operative report header', (d) => {
    const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const acct = d.acct(); const dt = d.date(); const [n, np] = d.person(); const ag = d.given(); const as = d.sur(); const sc = d.surgeryCenter();
    return [`OPERATIVE REPORT\nPatient: ${s}, ${g}   MRN: ${mrn}   Acct: ${acct}\nDate of surgery: ${dt}\nSurgeon: ${n}, DPM   Assistant: ${ag} ${as}, PA-C\nFacility: ${sc}`, [s, g, mrn, acct, dt, ...np, ag, as, sc]];
  }],
  ['bunionectomy fixation lots', (d) => {
    const a = d.lot(); const b = d.lot();
    return [`Procedure: right Austin bunionectomy with Akin osteotomy. Fixation: Arthrex 3.0 mm cannulated screw, lot ${a}; memory staple 15 x 12 mm, lot ${b}.`, [a, b]];
  }],
  ['ankle ORIF implants', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`ORIF left bimalleolar ankle fracture (Weber B). One-third tubular plate, 7-hole, LOT ${lot}; syndesmotic suture button, REF 88-2041, SN ${sn}.`, [lot, sn]];
  }],
  ['implant log sticker', (d) => {
    const g = d.given(); const s = d.sur(); const lot = d.lot(); const sn = d.serial(); const dt = d.date();
    return [`IMPLANT LOG — ${s}, ${g}\nItem: 4.0 mm cancellous screw, 40 mm\nLot: ${lot}\nSerial: ${sn}\nImplanted: ${dt}`, [s, g, lot, sn, dt]];
  }],
  ['anesthesia and tourniquet', (d) => {
    const s = d.sur(); const cg = d.given(); const cs = d.sur();
    return [`Anesthesia: popliteal block + MAC by Dr. ${s}, CRNA ${cg} ${cs}. Thigh tourniquet 250 mmHg x 62 min. EBL minimal.`, [s, cg, cs]];
  }],
  ['post-op visit and PT', (d) => {
    const dt = d.date(); const md = d.monDay(); const pt = d.ptClinic();
    return [`POD 14 visit ${dt}: sutures removed, incision healed. NWB in CAM boot until ${md}, then PT at ${pt}.`, [dt, md, pt]];
  }],
  ['bone stimulator serial', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Exogen bone stimulator dispensed, serial ${sn}, for delayed union of a 5th metatarsal Jones fracture. Rep ${g} ${s} trained pt.`, [sn, g, s]];
  }],
  ['surgery scheduling call', (d) => {
    const w = d.weekday(); const md = d.monDay(); const sc = d.surgeryCenter(); const g = d.given(); const x = d.ext();
    return [`Surgery set for ${w}, ${md} at ${sc}. Pre-op nurse ${g} will call; questions to ext. ${x}.`, [w, md, sc, g, x]];
  }],
  // X-ray reports of feet
  ['foot X-ray report header', (d) => {
    const acc = d.accession(); const dt = d.date(); const cmp = d.date(); const mrn = d.mrn();
    return [`EXAM: XR FOOT COMPLETE 3+ VIEWS RIGHT\nACCESSION: ${acc}   MRN: ${mrn}\nDATE: ${dt}\nCOMPARISON: ${cmp}\nCLINICAL: pain at 2nd MPJ`, [acc, mrn, dt, cmp]];
  }],
  ['X-ray impression signed', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const t = d.time();
    return [`IMPRESSION: Hallux valgus with HVA 34 degrees and IMA 16 degrees. No fracture.\nElectronically signed by ${g} ${s}, MD on ${dt} at ${t}.`, [g, s, dt]];
  }],
  ['DR room IP to PACS', (d) => {
    const ip = d.ip(); const acc = d.accession(); const i = d.initials();
    return [`Images sent from DR room 2 (${ip}) to PACS under accession ${acc}; tech ${i}.`, [ip, acc, i]];
  }],
  ['outside films on disc', (d) => {
    const im = d.imaging(); const my = d.monthYear(); const s = d.sur();
    return [`Outside films from ${im} dated ${my} reviewed on CD brought by patient; read there by Dr. ${s}.`, [im, my, s]];
  }],
  ['weight-bearing films order', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const i = d.initials();
    return [`order: xr ankle 3 views weight-bearing bilat for ${g} ${s} (dob ${dob}), r/o syndesmotic widening. ordered by ${i}.`, [g, s, dob, i]];
  }],
  // gait and fall-risk notes
  ['fall in the facility', (d) => {
    const w = d.weekday(); const f = d.facility(); const g = d.given();
    return [`Morse Fall Scale 55 (high). TUG 16 s. Fell ${w} night in the bathroom at ${f}; found by aide ${g}. No fracture on films.`, [w, f, g]];
  }],
  ['gait lab note', (d) => {
    const gl = d.gaitLab(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Gait analysis at ${gl} on ${dt}: antalgic gait with decreased push-off L. Physical therapist ${g} ${s}, DPT.`, [gl, dt, g, s]];
  }],
  ['fall on a holiday', (d) => {
    const hd = d.holiday(); const h = d.hospital();
    return [`Tripped on a rug on ${hd} and twisted the R ankle; seen at ${h} ED, films negative for fracture.`, [hd, h]];
  }],
  ['lives alone with neighbor', (d) => {
    const st = d.streetApt(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Uses a four-wheeled walker. Lives alone at ${st} in ${t}; neighbor ${g} ${s} checks in every morning.`, [st, t, g, s]];
  }],
  ['senior center balance class', (d) => {
    const t = d.town(); const md = d.monDay();
    return [`Referred to the Tai Chi for Arthritis class at the ${t} Senior Center, starting ${md}; meets Tuesdays and Thursdays.`, [`${t} Senior Center`, md]];
  }],
  ['disabled parking placard', (d) => {
    const pc = d.placard(); const dt = d.date();
    return [`Disabled parking placard application signed; placard #${pc} expires with the renewal due ${dt}.`, [pc, dt]];
  }],
  // sports and running injuries
  ['runner history with coach and race', (d) => {
    const g = d.given(); const s = d.sur(); const sch = d.school(); const cg = d.given(); const cs = d.sur(); const t = d.town();
    return [`${g} ${s}, ${d.int(14, 18)}, cross-country runner at ${sch} (coach ${cg} ${cs}), R medial tibial pain since the ${t} Turkey Trot.`, [g, s, sch, cg, cs, t]];
  }],
  ['race ankle sprain', (d) => {
    const t = d.town(); const rk = d.raceKind(); const dt = d.date();
    return [`Rolled L ankle at mile ${d.int(2, 12)} of the ${t} ${rk} on ${dt}. Ottawa ankle rules negative; ATFL tender.`, [t, dt]];
  }],
  ['coach phone message', (d) => {
    const cg = d.given(); const cs = d.sur(); const sch = d.school(); const [ph, pp] = d.phone(); const pg = d.otherGiven(cg); const w = d.weekday();
    return [`Coach ${cg} ${cs} (${sch}) called from ${ph}, asking if ${pg} can race ${w}. Told him not until cleared.`, [cg, cs, sch, pp, pg, w]];
  }],
  ['athletic trainer note', (d) => {
    const g = d.given(); const s = d.sur(); const sch = d.school(); const dt = d.date(); const im = d.imaging();
    return [`AT ${g} ${s}, ATC, at ${sch} reports navicular pain in a sprinter. MRI ${dt} at ${im}: stress reaction.`, [g, s, sch, dt, im]];
  }],
  ['running club training log', (d) => {
    const cl = d.club(); const t = d.town(); const rk = d.raceKind(); const my = d.monthYear();
    return [`Member of the ${cl}; weekly mileage went from 40 to 55 before the ${t} ${rk} in ${my}. Hill repeats twice a week.`, [cl, t, my]];
  }],
  ['return to run letter', (d) => {
    const cs = d.sur(); const pg = d.given(); const ps = d.sur(); const md = d.monDay();
    return [`To Coach ${cs}: ${pg} ${ps} may begin a walk-run return-to-run protocol on ${md}, 20 minutes every other day, no speed work.`, [cs, pg, ps, md]];
  }],
  ['sports physical form', (d) => {
    const sch = d.school(); const sid = d.studentId(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`School: ${sch}   Sport: ${d.sport()}   Student ID: ${sid}\nParent/guardian: ${g} ${s}   Cell: ${ph}`, [sch, sid, g, s, pp]];
  }],
  // pedorthist and cast-room logs
  ['cast room log row', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const i = d.initials(); const mrn = d.mrn();
    return [`${dt} | ${s}, ${g} | SLC R, fiberglass | applied by ${i} | MRN ${mrn}`, [dt, s, g, i, mrn]];
  }],
  ['foam box impressions', (d) => {
    const sd = d.slashMd(); const g = d.given(); const s = d.sur(); const o = d.order();
    return [`Foam box impressions taken ${sd} by ${g} ${s}, C.Ped; lab order ${o}. Plastazote top cover, Poron met pads.`, [sd, g, s, o]];
  }],
  ['pedorthic shop modification', (d) => {
    const sh = d.shop(); const o = d.order(); const w = d.weekday();
    return [`${sh}: rocker sole and 1/4" lift L, work order ${o}, ready for pickup ${w}.`, [sh, o, w]];
  }],
  ['cast removal', (d) => {
    const dt = d.date(); const g = d.given();
    return [`Cast removed ${dt} with the cast saw; skin intact, no pressure areas. Cast tech ${g} applied a CAM boot.`, [dt, g]];
  }],
  ['CROW walker fitting', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sh = d.shop(); const sn = d.serial();
    return [`CROW walker fitted ${dt} by ${g} ${s}, CPO, at ${sh}; serial ${sn}.`, [dt, g, s, sh, sn]];
  }],
  // Medicare routine-foot-care class findings
  ['class findings documentation', (d) => {
    const dt = d.date(); const mbi = d.mbi();
    return [`Class findings: absent DP and PT pulses bilaterally (two Class B) - Q8. Last routine foot care ${dt}. MBI ${mbi}.`, [dt, mbi]];
  }],
  ['ABN signed', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`ABN signed ${dt} by ${g} ${s} for callus paring not meeting class findings; GA modifier appended.`, [dt, g, s]];
  }],
  ['MD under active care', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const npi = d.npi();
    return [`Under active care of ${g} ${s}, MD (last seen ${dt}) for diabetic neuropathy; NPI ${npi} on claim, Q7 not met, Q8 applies.`, [g, s, dt, npi]];
  }],
  ['routine care interval', (d) => {
    const dt = d.date(); const f = d.facility(); const acct = d.acct();
    return [`Prior debridement ${dt} at ${f}; more than 60 days, frequency met. Billing acct ${acct}.`, [dt, f, acct]];
  }],
  // letters between podiatrists and primary care
  ['letterhead and re line', (d) => {
    const p = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const mg = d.given(); const ms = d.sur(); const pg = d.given(); const ps = d.sur(); const dob = d.dob();
    return [`${p}\n${st}, ${t}, ${d.state()} ${z}\n\n${dt}\n\nDr. ${mg} ${ms}\nRe: ${pg} ${ps}, DOB ${dob}`, [p, st, t, z, dt, mg, ms, pg, ps, dob]];
  }],
  ['letter greeting and body', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Dear ${g},\nThank you for referring Mrs. ${s}, whom I saw in consultation on ${w} for a painful plantar callus and hallux rigidus.`, [g, s, w]];
  }],
  ['letter closing with cc', (d) => {
    const g = d.given(); const s = d.sur(); const cg = d.given(); const cs = d.sur();
    return [`Sincerely,\n\n${g} ${s}, DPM, FACFAS\ncc: ${cg} ${cs}, NP`, [g, s, cg, cs]];
  }],
  ['letter e-mail and portal', (d) => {
    const e = d.email(); const u = d.url(); const [fx, fp] = d.phone();
    return [`Please send her notes to ${e}, fax them to ${fx}, or upload them at ${u}.`, [e, fp, u]];
  }],
  ['amputation follow-up letter', (d) => {
    const my = d.monthYear(); const h = d.hospital(); const sd = d.slashMd();
    return [`She is s/p L 2nd toe amputation in ${my} at ${h}, healed, and will see you again ${sd}.`, [my, h, sd]];
  }],
];

/** The names of the wave's frames. */
export const podiatryFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function podiatryWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11243, rounds);
}

/** Look-alikes in podiatry style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms of procedures, fractures, signs, angles and diseases
  ['Plan: right Austin bunionectomy.', 'Austin'], ['Akin osteotomy of the proximal phalanx.', 'Akin'], ['Lapidus bunionectomy with plate fixation.', 'Lapidus'],
  ['Weil osteotomy of the 2nd metatarsal.', 'Weil'], ['Keller arthroplasty in an older patient.', 'Keller'], ['Modified McBride procedure.', 'McBride'],
  ['Lisfranc injury on the stress views.', 'Lisfranc'], ['Chopart amputation was discussed.', 'Chopart'], ['Syme amputation at the ankle.', 'Syme'],
  ['Jones fracture of the 5th metatarsal.', 'Jones'], ['Weber B distal fibula fracture.', 'Weber B'], ['Maisonneuve fracture ruled out.', 'Maisonneuve'],
  ['Juvenile Tillaux fracture.', 'Tillaux'], ['Charcot neuroarthropathy, Eichenholtz stage 1.', 'Charcot'], ["Morton's neuroma, 3rd interspace.", "Morton's"],
  ["Haglund's deformity with retrocalcaneal bursitis.", "Haglund's"], ["Sever's disease in a 10-year-old soccer player.", "Sever's"],
  ["Freiberg's infraction of the 2nd metatarsal head.", "Freiberg's"], ['Achilles tendinopathy, insertional.', 'Achilles'], ['Thompson test negative.', 'Thompson'],
  ['Silfverskiöld test positive for gastrocnemius equinus.', 'Silfverskiöld'], ["Mulder's click present.", "Mulder's"], ["Tinel's sign at the tarsal tunnel.", "Tinel's"],
  ["Böhler's angle 28 degrees.", "Böhler's"], ["Meary's angle reduced on the lateral view.", "Meary's"], ['Brostrom-Gould lateral ankle repair.', 'Brostrom-Gould'],
  ['Evans calcaneal osteotomy.', 'Evans'], ['Cotton osteotomy of the medial cuneiform.', 'Cotton'],
  ['Strayer gastrocnemius recession.', 'Strayer'], ['Ilizarov frame removed.', 'Ilizarov'],
  ["Buerger's disease in a smoker.", "Buerger's"], ["Raynaud's phenomenon of the toes.", "Raynaud's"], ["Dakin's solution quarter strength.", "Dakin's"],
  // scales, scores and classes
  ['Wagner grade 2 ulcer.', 'Wagner grade 2'], ['University of Texas 1A.', 'University of Texas'], ['PEDIS grade 2 infection.', 'PEDIS'],
  ['SINBAD score 3.', 'SINBAD'], ['Morse Fall Scale 45.', 'Morse Fall Scale'], ['TUG 14 seconds.', 'TUG 14 seconds'], ['Tinetti 18/28.', '18/28'],
  ['Berg Balance Scale 41/56.', '41/56'], ['AOFAS score 82.', 'AOFAS'], ['ABI 0.82 on the right.', '0.82'], ['TBI 0.45.', 'TBI 0.45'],
  ['Semmes-Weinstein 5.07 monofilament.', 'Semmes-Weinstein'], ['128-Hz tuning fork absent at the hallux.', '128-Hz'], ['Foot Posture Index +6.', 'Foot Posture Index'],
  ['Beighton score 4/9.', '4/9'], ['Ottawa ankle rules negative.', 'Ottawa ankle rules'], ['Hallux valgus angle 32 degrees.', '32 degrees'],
  ['Medicare Class B findings present.', 'Class B'], ['IWGDF risk category 2.', 'IWGDF'], ['Rutherford category 3.', 'Rutherford'], ['Fontaine stage IIb.', 'Fontaine'],
  ['VAS pain 6/10.', '6/10'], ['Pulses DP 1+/PT 0.', '1+'],
  // drugs and dressings
  ['Terbinafine 250 mg daily for 12 weeks.', 'Terbinafine'], ['Lamisil cream to the interspaces.', 'Lamisil'], ['Jublia to the nails nightly.', 'Jublia'],
  ['Ciclopirox 8% lacquer (Penlac).', 'Penlac'], ['Urea 40% cream for the heels.', 'Urea 40%'], ['Santyl to the wound base.', 'Santyl'],
  ['Regranex gel applied.', 'Regranex'], ['Silver alginate dressing.', 'Silver alginate'], ['Silver nitrate to the granulation tissue.', 'Silver nitrate'],
  ['Unna boot applied.', 'Unna boot'], ['Keflex 500 mg QID.', 'Keflex'],
  ['Gabapentin 300 mg at night.', 'Gabapentin'], ['Metanx for neuropathy.', 'Metanx'], ['Kenalog 10 mg/mL, 0.5 cc injected.', 'Kenalog'],
  ['Marcaine 0.5% plain, 10 cc.', 'Marcaine'], ['Lovenox 40 mg daily x 4 weeks.', 'Lovenox'],
  ['Aquacel Ag to the wound.', 'Aquacel Ag'],
  // device brands and makers
  ['Dr. Comfort extra-depth shoes dispensed.', 'Dr. Comfort'], ['Apex diabetic shoes.', 'Apex'], ['Orthofeet walking shoes.', 'Orthofeet'],
  ['New Balance 928 recommended.', 'New Balance 928'], ['Runs in Hoka Bondi.', 'Hoka Bondi'], ['Brooks Adrenaline GTS for overpronation.', 'Brooks Adrenaline GTS'],
  ['ASICS Gel-Kayano.', 'Gel-Kayano'], ['Aircast walker boot.', 'Aircast'], ['Arthrex mini TightRope.', 'Arthrex'],
  ['Stryker plate set.', 'Stryker'], ['Paragon 28 Lapidus system.', 'Paragon 28'], ['Exogen ultrasound bone stimulator.', 'Exogen'],
  ['Hapad metatarsal pads.', 'Hapad'], ['Superfeet Green inserts.', 'Superfeet'],
  ['Plastazote and Poron top cover.', 'Plastazote'], ['Richie Brace.', 'Richie Brace'], ['Wound VAC at 125 mmHg.', 'Wound VAC'],
  ['Langer custom orthotics.', 'Langer'],
  // codes and modifiers
  ['HCPCS A5500 diabetic shoe.', 'A5500'], ['A5512 multi-density insert.', 'A5512'], ['A5513 custom insert.', 'A5513'], ['L3000 foot orthosis.', 'L3000'],
  ['L4631 ankle-foot orthosis.', 'L4631'], ['G0127 trimming of dystrophic nails.', 'G0127'], ['CPT 11721.', '11721'],
  ['CPT 11055 paring of one lesion.', '11055'], ['CPT 28296 bunionectomy.', '28296'],
  ['E11.621 foot ulcer due to diabetes.', 'E11.621'], ['L97.512 ulcer of the right foot.', 'L97.512'],
  ['B35.1 onychomycosis.', 'B35.1'], ['S82.61XA lateral malleolus fracture.', 'S82.61XA'],
  ['Q8 modifier.', 'Q8'], ['KX modifier.', 'KX'], ['RT and LT modifiers.', 'RT and LT'], ['REF 88-2041 suture button.', '88-2041'],
  // national bodies, programs and standards
  ['CMS guidelines for routine foot care.', 'CMS'], ['Medicare Part B.', 'Medicare Part B'], ['DME MAC Jurisdiction B.', 'DME MAC Jurisdiction B'],
  ['APMA recommends annual exams.', 'APMA'], ['ABFAS board certified.', 'ABFAS'], ['BOC certified pedorthist.', 'BOC'],
  ['NCAA Division III runner.', 'NCAA'], ['Medicare Therapeutic Shoe Bill.', 'Therapeutic Shoe Bill'],
  ['LCD for Routine Foot Care.', 'LCD'], ['Couch to 5K program.', 'Couch to 5K'],
  // generic places
  ['Seen in the nursing home.', 'nursing home'], ['Skilled nursing facility resident.', 'Skilled nursing facility'], ['Referred to the wound center.', 'wound center'],
  ['Bought at the shoe store.', 'shoe store'], ['Ran on the track.', 'the track'], ['Sent to the ED.', 'the ED'],
  ['Lives in assisted living.', 'assisted living'], ['Goes to the senior center.', 'senior center'],
  ['Seen in Rm 214 at bedside.', 'Rm 214'],
  // relations and roles without names
  ['The pedorthist adjusted the inserts.', 'pedorthist'], ['DON notified.', 'DON'], ['Charge nurse aware.', 'Charge nurse'], ['Her daughter is POA.', 'daughter'],
  ['Coach notified of restrictions.', 'Coach'], ['The athletic trainer will tape.', 'athletic trainer'], ['Caregiver trims the nails weekly.', 'Caregiver'],
  ['C.Ped on site Tuesdays.', 'C.Ped'], ['ATC present at practice.', 'ATC'],
  // ages, years, counts, sizes, measurements and durations
  ['84-year-old woman.', '84'], ['Diabetic since 2009.', '2009'], ['Nails 1-10 debrided.', '1-10'], ['Men\'s size 10.5 W.', '10.5 W'],
  ['Women\'s 8 D.', '8 D'], ['2.1 x 1.4 x 0.3 cm.', '2.1 x 1.4 x 0.3 cm'], ['Tourniquet 250 mmHg.', '250 mmHg'], ['Tourniquet time 62 minutes.', '62 minutes'],
  ['Mile 9 of the race.', 'Mile 9'], ['Ran a 5K.', '5K'], ['POD 14.', 'POD 14'],
  ['Every 61 days.', '61 days'], ['Weekly mileage 40.', '40'],
  // everyday words that are also names or towns
  ['Delayed union of the osteotomy.', 'union'], ['Uses a four-wheeled walker.', 'walker'], ['Stone bruise under the heel.', 'Stone bruise'],
  ['Hill repeats twice a week.', 'Hill repeats'], ['Normal gait.', 'Normal'], ['Hope to avoid surgery.', 'Hope'], ['Will recheck in 2 weeks.', 'Will'],
  ['Glucose reading 212.', 'reading'], ['Rocky course after surgery.', 'Rocky'], ['Golden hour.', 'Golden'], ['Independent with ADLs.', 'Independent'],
  ['Patience with the boot.', 'Patience'], ['Dawn phenomenon on his CGM.', 'Dawn'], ['Sandy soil at the work site.', 'Sandy'],
];

export const podiatryKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPodiatryKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(podiatryKeepCases(), find);

export function scorePodiatryWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => podiatryWaveCases(seed)), find);
}
