// A blind wave of inpatient ward documentation outside the ICU, as nurses, case managers and social workers type it
// into free-text notes: med-surg, telemetry, step-down and rehab-floor shift notes written system by system
// (Neuro/CV/Resp/GI/GU/Skin/Social/Dispo) with heavy abbreviation and often in lower case ('pt', 'w/', 'c/o', 'dtr',
// 'HCP'); SBAR pages and bedside handoffs; family updates ('spoke w/ wife Mary by phone', 'HCP is dtr Hope, #...');
// who was paged and aware ('Dr. Price aware', 'NP Lane paged', 'covering MD Stone'); transfers in and out ('from OSH
// in Milford', 'tx from Baystate', 'to rehab at Whittier', 'home w/ VNA of Cape Cod'); case-management and discharge
// planning (named SNFs, rehab hospitals, assisted livings, VNA and hospice agencies, their liaisons and phones, bed
// offers, insurance authorizations and member ids, chair-van bookings, DME deliveries); social-work notes (home
// situation, street and town, church, employer, guardian and court dates, APS intakes, interpreters); dates as nurses
// write them ('3/12', 'on the 14th', 'tues', 'POD#2 (3/4)', 'since Sunday', 'dc planned for Friday 4/2'), ages over
// 89, MRNs, pagers and extensions, a patient's own device serials; in mixed case, ALL CAPS and lower case. A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreWardsWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Dr.', 'Atty.', 'Pastor') and a
// credential or role ('RN', 'NP', 'CM', 'LICSW', 'charge RN') are not; a named facility or agency (hospital, SNF, rehab
// hospital, assisted living, VNA, hospice, clinic, church, employer, elder-services agency) is planted whole with its
// kind word ('Whittier Rehab', 'VNA of Cape Cod', 'Life Care Center of Bath', "St. Anne's Church"), a short name used
// alone ('back to Hebrew Rehab', 'tx from Baystate', 'MGH') is planted as written; a court is not a name: the town or
// county in it is planted ('Salem' in 'Salem District Court', 'Essex County'), the kind words are kept; a town, a
// street address and a region smaller than a state ('Cape Cod', 'the North Shore') are planted, the state is kept;
// 'OSH', 'SNF', 'VNA', 'rehab', 'the ED', 'tele', 'step-down' and units ('4 North', '6B') are generic and kept; room
// and bed numbers ('rm 412', 'bed 12B') are kept, as a judgement: they name a place inside the hospital that many
// patients pass through, and the note keeps its sense of where the patient was; a weekday that dates an event ('tues',
// 'since Sunday'), a month and day ('3/12', 'March 12th'), an ordinal day ('the 14th': the '14th' is planted), a POD
// date in brackets ('(3/4)') and a weekday with its date written as one ('Friday 4/2') are planted; a schedule
// ('MWF', 'q tues'), POD#/HD# counts, times ('@ 0340'), years alone and ages of 89 and under are kept; an age over 89
// is planted as its number ('94' in '94 yo', '95th' in '95th birthday'); MRNs, insurance member ids, Medicare MBIs,
// authorization, referral, transfer-center, conf and APS intake numbers, interpreter ids and valuables envelope numbers
// are planted; a payer's name ('Tufts Health Plan', 'Harvard Pilgrim', 'MassHealth') is kept, its numbers planted;
// phones, faxes, pagers and extensions are planted (a phone's leading '(' need not be covered); an e-mail is planted;
// the serial of the patient's own device (CPAP, pacemaker, insulin pump) is planted, its maker and model kept.
// Measured before rules (engine at 2e5a850): 0.867 recall on seeds 5, 11, 23 (2476/2857), 0.857 on fresh seeds 41, 42, 43
// (2448/2855); 4/92 look-alikes touched ("Posey" bed alarm, "MWF" dialysis schedule, "Tufts Health Plan", "Haiti").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pt } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, ie, es, pt, it, fr, de, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'June', 'Rose', 'Dawn', 'Will', 'Frank', 'Penny', 'Mercy', 'Patience', 'Summer', 'Autumn', 'Sunny', 'Robin', 'Jay', 'Wren', 'Clay', 'Reed', 'Rocky', 'Buck', 'Major', 'Pearl', 'Ruby', 'Daisy', 'Heather', 'Angel', 'Chance', 'Bud', 'Skip', 'Sandy', 'Amber', 'Ivy', 'Holly', 'Earl'];
const WORD_SUR = ['Price', 'Lane', 'Stone', 'Day', 'Bell', 'Walker', 'Cook', 'Baker', 'Porter', 'Sweet', 'Hale', 'Swift', 'Banks', 'Waters', 'Rivers', 'Woods', 'Hall', 'Mills', 'Page', 'Marsh', 'Root', 'Bush', 'Moss', 'Frost', 'Love', 'Hardy', 'Early', 'Best', 'Good', 'Small', 'Short', 'Long', 'Young', 'Strong', 'Little', 'Church', 'Temple', 'Fox', 'Wolf', 'Crane', 'Bird', 'Drake', 'Guest', 'Bliss', 'Sharp', 'Hope', 'Brown', 'Green'];
/** Towns that are everyday words, given names, surnames or countries (Maine has a Mexico, Peru, Poland and China). */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Florence', 'Chester', 'Temple', 'Harmony', 'Freedom', 'Friendship', 'Unity', 'Sandwich', 'Orleans', 'Dennis', 'Brewster', 'Chatham', 'Bourne', 'Wells', 'Gray', 'Windham', 'Derby', 'Canaan', 'Mexico', 'Peru', 'Poland', 'China', 'Norway', 'Paris', 'Denmark', 'Athens', 'Troy', 'Reading', 'Ware', 'Hull', 'Orange', 'Palmer', 'Holland', 'Wales', 'Carver', 'Harvard', 'Franklin', 'Lincoln', 'Clinton', 'Hudson', 'Douglas', 'Sharon', 'Dover'];
const REAL_TOWNS = ['Milford', 'Worcester', 'Springfield', 'Holyoke', 'Chicopee', 'Westfield', 'Brockton', 'Taunton', 'Attleboro', 'Fall River', 'New Bedford', 'Lowell', 'Lawrence', 'Haverhill', 'Methuen', 'Framingham', 'Marlborough', 'Leominster', 'Fitchburg', 'Gardner', 'Quincy', 'Weymouth', 'Plymouth', 'Hyannis', 'Yarmouth', 'Mashpee', 'Wareham', 'Nashua', 'Keene', 'Portsmouth', 'Biddeford', 'Saco', 'Sanford', 'Lewiston', 'Augusta', 'Bangor', 'Brattleboro', 'Rutland', 'Pawtucket', 'Woonsocket', 'Westerly', 'Norwich', 'Enfield', 'Athol', 'Southbridge', 'Webster'];
/** Regions smaller than a state, as agencies name them. */
const REGIONS = ['Cape Cod', 'the North Shore', 'the South Shore', 'Greater Lowell', 'the Merrimack Valley', 'the Pioneer Valley', 'the Berkshires', 'MetroWest', 'Central Mass', 'Southern Maine', 'the Seacoast', 'Cape Ann', 'Martha\'s Vineyard'];
/** Proper words that name nursing homes, rehabs, assisted livings and agencies. */
const FAC_NAMES = ['Whittier', 'Maplewood', 'Brookside', 'Cedar Hill', 'Pleasant Bay', 'Briarwood', 'Oak Knoll', 'Fairview', 'Willow Crest', 'Hillcrest', 'Harborview', 'Lakeview', 'Riverside', 'Meadowbrook', 'Linden Ponds', 'Sunny Acres', 'Blueberry Hill', 'Salmon Brook', 'Rose Garden', 'Golden Pond', 'Seacoast', 'Pine Knoll', 'Evergreen', 'Heritage', 'Laurel Ridge', 'Mary Immaculate', 'Hebrew', 'Sacred Heart', 'Bayberry', 'Windsor'];
const REHAB_NAMES = ['Whittier', 'Spaulding', 'Encompass', 'Hebrew', 'Fairlawn', 'New England Sinai', 'Vibra', 'Braintree', 'Shaughnessy-Kaplan', 'Kindred', 'Northeast'];
const HOSP_SHORT = ['Baystate', 'Lahey', 'MGH', 'BMC', 'the Brigham', 'Beth Israel', 'UMass', 'Dartmouth', 'Maine Med', 'Tufts MC', 'Cooley Dickinson', 'Heywood', 'Sturdy', 'Anna Jaques', 'Emerson', 'Harrington', 'Good Samaritan', 'Holy Family', 'Mercy', 'St. Vincent\'s', 'Saint Anne\'s', 'Cape Cod Hospital', 'Lowell General', 'Milford Regional', 'Berkshire Med', 'St. Luke\'s'];
const HOSP_SUFFIX = ['Hospital', 'General', 'Regional', 'Medical Center', 'Memorial', 'Community Hospital'];
const SAINTS = ['Anne', 'Mary', 'Joseph', 'Patrick', 'Brigid', 'Jude', 'Theresa', 'Michael', 'Anthony', 'Francis', 'Rose of Lima', 'Casimir'];
const STREET_NAMES = ['Elm', 'Maple', 'Oak', 'Main', 'Pleasant', 'Union', 'Church', 'Water', 'High', 'School', 'Mill', 'Spring', 'Prospect', 'Park', 'Summer', 'Winter', 'Pine', 'Cedar', 'Chestnut', 'Washington', 'Highland', 'Bridge', 'Pond', 'Hope', 'Liberty', 'Grove', 'Forest', 'Walnut', 'Depot', 'Center'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Rd', 'Road', 'Ln', 'Dr', 'Way', 'Ct', 'Terrace', 'Cir'];
const EMPLOYERS = ['Hannaford', 'Market Basket', 'Stop & Shop', 'Bath Iron Works', 'Electric Boat', 'Raytheon', 'UMass Memorial', 'Home Depot', 'Walmart', 'Big Y', 'Price Chopper', 'Shaw\'s', 'Dunkin\'', 'Ocean Spray', 'L.L.Bean', 'Staples'];
const PAYERS = ['Tufts Health Plan', 'Harvard Pilgrim', 'BCBS', 'Fallon', 'Humana', 'United', 'Aetna', 'MassHealth', 'Senior Whole Health', 'Medicare Advantage (Wellcare)'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_ABBR = ['Mon', 'Tues', 'Tue', 'Wed', 'Weds', 'Thurs', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RELATIVES = ['wife', 'husband', 'dtr', 'daughter', 'son', 'niece', 'nephew', 'sister', 'brother', 'grandson', 'granddaughter', 'partner', 'friend'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B or Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  region(): string {
    return this.pick(REGIONS);
  }
  /** An outside or receiving hospital: a short name as nurses write it, or a town and its kind. */
  hospital(): string {
    const x = this.r();
    if (x < 0.45) return this.pick(HOSP_SHORT);
    if (x < 0.6) return `St. ${this.pick(SAINTS)}'s`;
    return `${this.town()} ${this.pick(HOSP_SUFFIX)}`;
  }
  snf(): string {
    const k = this.int(0, 5);
    if (k === 0) return `Life Care Center of ${this.town()}`;
    if (k === 1) return `${this.town()} ${this.pick(['Nursing Home', 'Health Care Center', 'Rehab & Nursing', 'Healthcare'])}`;
    return `${this.pick(FAC_NAMES)} ${this.pick(['Nursing & Rehab', 'Nursing and Rehabilitation Center', 'Health Care Center', 'Rehab & Nursing', 'Skilled Nursing', 'Healthcare', 'Manor', 'Center'])}`;
  }
  rehab(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(REHAB_NAMES)} ${this.town()}`;
    if (k === 1) return `${this.pick(REHAB_NAMES)} Rehabilitation Hospital`;
    return `${this.pick(REHAB_NAMES)} Rehab`;
  }
  alf(): string {
    const k = this.int(0, 3);
    if (k === 0) return `Brookdale ${this.town()}`;
    if (k === 1) return `Sunrise of ${this.town()}`;
    return `${this.pick(FAC_NAMES)} ${this.pick(['Assisted Living', 'Senior Living', 'Place', 'Village', 'Commons'])}`;
  }
  vna(): string {
    const k = this.int(0, 4);
    if (k === 0) return `VNA of ${this.region()}`;
    if (k === 1) return `${this.town()} VNA`;
    if (k === 2) return `${this.town()} Area VNA`;
    return `${this.pick(FAC_NAMES)} ${this.pick(['Home Health', 'Home Care', 'Visiting Nurses'])}`;
  }
  hospice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `Hospice of ${this.region()}`;
    if (k === 1) return `${this.town()} Hospice`;
    return `${this.pick(FAC_NAMES)} Hospice${this.pick(['', ' & Palliative Care'])}`;
  }
  clinic(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Practice`;
    if (k === 1) return `${this.town()} Community Health Center`;
    if (k === 2) return `${this.sur()} Internal Medicine`;
    return `${this.pick(FAC_NAMES)} Medical Associates`;
  }
  church(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s`;
    if (k === 1) return `First Baptist Church of ${this.town()}`;
    if (k === 2) return `${this.town()} Congregational Church`;
    return `${this.pick(['Grace', 'Faith', 'Calvary', 'Bethel', 'New Hope', 'Good Shepherd'])} ${this.pick(['Chapel', 'Church', 'Assembly of God', 'Lutheran'])}`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()}'s ${this.pick(['Garage', 'Market', 'Landscaping', 'Auto Body'])}`;
    if (k === 1) return `${this.sur()} ${this.pick(['Construction', 'Farms', 'Plumbing & Heating'])}`;
    return this.pick(EMPLOYERS);
  }
  street(): string {
    const name = this.r() < 0.7 ? `${this.pick(STREET_NAMES)} ${this.pick(STREET_KINDS)}` : this.faker().location.street();
    return this.r() < 0.7 ? `${this.int(2, 480)} ${name}` : name;
  }
  weekday(): string {
    return this.r() < 0.5 ? this.pick(WEEKDAYS) : this.pick(WEEKDAY_ABBR);
  }
  /** A month and day as nurses write it: '3/12', '03/12', '3/12/24'. */
  md2(): string {
    const [m, d] = this.md();
    const k = this.int(0, 5);
    if (k === 0) return `${pad2(m)}/${pad2(d)}`;
    if (k === 1) return `${m}/${d}/${pad2(this.int(22, 25))}`;
    return `${m}/${d}`;
  }
  /** A written date: a month and day in one of the forms notes use. */
  date(): string {
    const [m, d] = this.md();
    const k = this.int(0, 6);
    if (k === 0) return `${MONTHS[m - 1]!} ${ordinal(d)}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${d}-${MON[m - 1]!}`;
    if (k === 3) return `${pad2(m)}/${pad2(d)}/${this.int(2022, 2025)}`;
    return this.md2();
  }
  /** A weekday with its date written as one ('Friday 4/2', 'fri 4/2'). */
  weekdayDate(): string {
    return `${this.weekday()} ${this.md2()}`;
  }
  ord(): string {
    return ordinal(this.int(1, 31));
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  pager(): string {
    return this.r() < 0.6 ? this.digitString(5) : `${this.int(2, 9)}-${this.digitString(4)}`;
  }
  /** A phone as nurses jot it and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    const x = this.r();
    if (x < 0.25) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (x < 0.35) return [`${b}-${c}`, `${b}-${c}`];
    if (x < 0.45) return [`${a}${b}${c}`, `${a}${b}${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  /** An insurance authorization or reference number. */
  auth(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick([...UPPER])}${this.digitString(8)}`;
    if (k === 1) return this.digitString(this.int(9, 11));
    if (k === 2) return `PA-${this.int(2023, 2025)}-${this.digitString(6)}`;
    return `${this.lettersOf(UPPER, 3)}${this.digitString(7)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.lettersOf(UPPER, 3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(12);
    return `${this.digitString(9)}-${pad2(this.int(1, 3))}`;
  }
  /** A Medicare Beneficiary Identifier, with or without its dashes. */
  mbi(): string {
    const a = () => this.pick([...MBI_LETTERS]);
    const n = () => String(this.int(0, 9));
    const an = () => (this.r() < 0.5 ? a() : n());
    const s = `${this.int(1, 9)}${a()}${an()}${n()}-${a()}${an()}${n()}-${a()}${a()}${n()}${n()}`;
    return this.r() < 0.5 ? s : s.replace(/-/g, '');
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.lettersOf(UPPER, 3)}${this.digitString(6)}${this.lettersOf(UPPER, 1)}`;
    if (k === 1) return this.digitString(this.int(10, 11));
    return `${this.lettersOf(UPPER, 2)}${this.digitString(7)}`;
  }
  email(g: string, s: string): string {
    const user = this.pick([`${asciiLetters(g)}.${asciiLetters(s)}`, `${asciiLetters(g).charAt(0)}${asciiLetters(s)}${this.int(1, 99)}`, `${asciiLetters(s)}${asciiLetters(g)}`]);
    return `${user}@${this.pick(['gmail.com', 'comcast.net', 'yahoo.com', 'aol.com', 'verizon.net', 'hotmail.com'])}`;
  }
  /** Who was told: 'Dr. Price', 'NP Lane', 'covering MD Stone', 'PA Hope Lane' and the parts. */
  provider(): readonly [string, readonly string[]] {
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`NP ${s}`, [s]];
    if (k === 2) return [`covering MD ${s}`, [s]];
    if (k === 3) return [`Dr ${s}`, [s]];
    const g = this.given();
    return [`${this.pick(['PA', 'NP', 'Dr.'])} ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // shift notes, system by system
  ['neuro A&Ox3 dtr at bedside', (d) => { const g = d.given(); return [`Neuro: A&Ox3, pleasant & cooperative, MAE. Dtr ${g} at bedside most of shift, very supportive.`, [g]]; }],
  ['CV afib RVR provider paged', (d) => { const [p, ps] = d.provider(); return [`CV: HR 110s-130s AF on tele, asymptomatic. ${p} paged @ 0215, lopressor 5 mg IVP x1 given w/ effect, HR now 90s.`, ps]; }],
  ['resp desat provider aware', (d) => { const [p, ps] = d.provider(); return [`Resp: LS diminished bases, sats 87-89% on 2L NC, ^ to 4L w/ sats 93%. ${p} aware, CXR done, lasix 40 IV x1 ordered.`, ps]; }],
  ['GI last BM since weekday', (d) => { const w = d.weekday(); return [`GI: tol reg diet, abd soft/nt, +BS. Pt states last BM was ${w}, senna/colace given, miralax offered & refused.`, [w]]; }],
  ['GU foley out POD date in brackets', (d) => { const dt = d.md2(); return [`GU: foley d/c'd @ 0600 POD#2 (${dt}), DTV by 1400, bladder scan PRN per protocol.`, [dt]]; }],
  ['skin wound RN to see weekday', (d) => { const g = d.given(); const s = d.sur(); const w = d.weekday(); return [`Skin: stage 2 sacral PI 2x1.5 cm, mepilex changed, turned q2h. Wound RN ${g} ${s} consulted, to see pt ${w}.`, [g, s, w]]; }],
  ['social and dispo lines', (d) => { const t = d.town(); const v = d.vna(); return [`Social: lives w/ ${d.rel()} in ${t}, indep at baseline.\nDispo: home w/ ${v} when medically cleared, ?tomorrow.`, [t, v]]; }],
  ['lowercase night note covering md and wife', (d) => { const [p, ps] = d.provider(); const g = d.given(); return [`pt c/o pain 7/10 l hip, dilaudid 0.5mg iv given, reassessed 3/10. ${p} aware. wife ${g} called x2 overnight, updated, pt slept on/off.`, [...ps, g]]; }],
  ['fall found on floor HCP updated by phone', (d) => {
    const [p, ps] = d.provider(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Pt found sitting on floor next to bed @ 0340, denies hitting head, no injury noted. Neuro checks q1h x4. ${p} notified, HCP ${d.rel()} ${g} ${s} updated by phone ${ph}.`, [...ps, g, s, pp]];
  }],
  ['hypoglycemia NP made aware', (d) => { const g = d.given(); const s = d.sur(); return [`FSBS 52 @ 0700, pt diaphoretic. 1 amp D50 given per protocol, recheck 118. NP ${g} ${s} made aware, lantus held tonight.`, [g, s]]; }],
  ['admit to tele from OSH in town', (d) => { const t = d.town(); const dt = d.md2(); return [`Pt admitted to tele from OSH in ${t} for NSTEMI, trop peak 2.3 on ${dt}, heparin gtt per protocol.`, [t, dt]]; }],
  ['rehab floor PT gait and dc goal', (d) => { const g = d.given(); const a = d.alf(); const dt = d.date(); return [`Rehab: amb 150 ft w/ RW + CGA w/ PT ${g}, 1 standing rest. Goal dc back to ${a} on ${dt} if stairs cleared.`, [g, a, dt]]; }],
  ['step-down RRT transfer', (d) => { const [p, ps] = d.provider(); return [`RRT called @ 0445 for SBP 78/40, 1L NS bolus given. Pt transferred to step-down rm 3112 under ${p}, report given.`, ps]; }],
  ['since weekday n/v on admit', (d) => { const w = d.weekday(); const c = d.clinic(); return [`Per pt, n/v/d since ${w}, was seen at ${c} and sent in for AKI, Cr 2.9.`, [w, c]]; }],
  ['HD# and admit date', (d) => { const dt = d.md2(); return [`HD#4. Admitted ${dt} through the ED w/ cellulitis RLE, on vanco/zosyn, afebrile x 24h.`, [dt]]; }],
  ['charge RN aware bed management ext', (d) => { const g = d.given(); const e = d.ext(); return [`Charge RN ${g} aware of pt's request for private rm; bed mgmt called at x${e}, none available tonight.`, [g, e]]; }],
  ['age over 89 lowercase header', (d) => { const n = d.ageOver89(); const a = d.alf(); return [`${n} yo f from ${a} w/ uti and ams, baseline per staff is a&ox2.`, [n, a]]; }],
  ['birthday over 89 on the unit', (d) => { const n = `${d.ageOver89()}th`; return [`Pt celebrated ${n} birthday on the unit today, family brought cake (NAS diet - 1 small slice ok per MD).`, [n]]; }],
  ['patient home CPAP serial', (d) => { const sn = d.serial(); return [`Pt's home CPAP (ResMed AirSense 10, SN ${sn}) brought in by family, checked by biomed, settings 10 cm H2O.`, [sn]]; }],
  ['pacemaker card in wallet', (d) => { const sn = d.serial(); const s = d.sur(); return [`Pt has PPM, card in wallet: Medtronic Azure, serial ${sn}, followed by Dr. ${s} in device clinic.`, [sn, s]]; }],
  // SBAR and handoff
  ['SBAR page with age over 89 and admit date', (d) => {
    const s = d.sur(); const n = d.ageOver89(); const dt = d.md2(); const g = d.given(); const e = d.ext();
    return [`S: ${s}, ${n} yo F rm 514, HR 140s irreg, BP stable.\nB: admitted ${dt} w/ CHF exac, on lasix gtt.\nA: ?rapid AF.\nR: pls come eval. -${g}, RN x${e}`, [s, n, dt, g, e]];
  }],
  ['bedside handoff to oncoming RN', (d) => { const g = d.given(); const g2 = d.given(); return [`Bedside handoff given to oncoming RN ${g} @ 1900, pt's son ${g2} present and included.`, [g, g2]]; }],
  ['SBAR situation with MRN', (d) => { const s = d.sur(); const g = d.given(); const mrn = d.mrn(); return [`Situation: ${g} ${s} (MRN ${mrn}), bed 7B, new onset confusion, pulling at lines.`, [g, s, mrn]]; }],
  ['handoff recommendation dc weekday', (d) => { const w = d.weekday(); return [`R: f/u AM labs + INR, ?dc ${w} if INR therapeutic, pt aware of plan.`, [w]]; }],
  ['SBAR fall at home POD date', (d) => { const n = d.ageOver89(); const t = d.town(); const dt = d.md2(); return [`B: ${n} y/o s/p mechanical fall at home in ${t}, L hip fx, s/p ORIF POD#1 (${dt}).`, [n, t, dt]]; }],
  ['pager number for covering', (d) => { const s = d.sur(); const p = d.pager(); return [`Night float covering tonight is Dr. ${s}, p${p}.`, [s, p]]; }],
  // family updates
  ['spoke w wife by phone', (d) => { const g = d.given(); return [`Spoke w/ wife ${g} by phone, updated on plan of care, all questions answered.`, [g]]; }],
  ['son in to visit', (d) => { const g = d.given(); return [`Son ${g} in to visit this afternoon, brought pt's glasses + hearing aids from home.`, [g]]; }],
  ['HCP is dtr with number', (d) => { const g = d.given(); const [ph, pp] = d.phone(); return [`HCP is dtr ${g}, #${ph}`, [g, pp]]; }],
  ['family meeting attendees', (d) => {
    const w = d.weekdayDate(); const s = d.sur(); const g = d.given(); const g2 = d.given(); const g3 = d.given(); const t = d.town();
    return [`Family mtg held ${w} w/ Dr. ${s}, SW ${g}, pt's wife ${g2} and son ${g3} (via phone from ${t}). Decision made for comfort focused care.`, [w, s, g, g2, g3, t]];
  }],
  ['brother flying in on the ordinal', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); const o = d.ord(); return [`Pt's brother ${g} ${s} flying in from ${t} on the ${o}, will stay at pt's home.`, [g, s, t, o]]; }],
  ['voicemail left for niece', (d) => { const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); return [`LVM for niece ${g} ${s} @ ${ph} re: needs clothes + shoes for dc.`, [g, s, pp]]; }],
  ['family email for updates', (d) => { const g = d.given(); const s = d.sur(); const e = d.email(g, s); return [`Dtr ${g} lives out of state, requests updates via email ${e} when she cannot be reached.`, [g, e]]; }],
  ['no info to ex-husband', (d) => { const g = d.given(); const s = d.sur(); return [`Pt requests NO info be given to ex-husband ${g} ${s}; security + front desk aware, pt is confidential.`, [g, s]]; }],
  // transfers in and out
  ['tx from hospital short name', (d) => { const h = d.hospital(); return [`Pt tx from ${h} @ 2130 via ALS, arrived on floor A&Ox4, VSS, oriented to rm.`, [h]]; }],
  ['dc to rehab report called', (d) => { const r = d.rehab(); const g = d.given(); return [`DC'd to rehab at ${r} via chair van @ 1100, report called to ${g}, RN.`, [r, g]]; }],
  ['back to nursing home once cleared', (d) => { const sn = d.snf(); return [`Pt is LTC resident, plan to go back to ${sn} once cleared by ortho + PT.`, [sn]]; }],
  ['home w VNA start of care weekday', (d) => { const v = d.vna(); const w = d.weekdayDate(); const [ph, pp] = d.phone(); return [`home w/ ${v}, SOC visit ${w}, referral + orders faxed to ${ph}.`, [v, w, pp]]; }],
  ['accepting MD at receiving hospital', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const n = d.digitString(6);
    return [`Accepted by Dr. ${g} ${s} at ${h}, bed pending, transfer center ref #${n}.`, [g, s, h, n]];
  }],
  ['from OSH in town via ambulance', (d) => { const t = d.town(); const h = d.hospital(); return [`arrived from osh in ${t} (${h}) via ambulance, hand off from ems, belongings w/ pt.`, [t, h]]; }],
  // case management
  ['CM bed offer liaison phone', (d) => {
    const sn = d.snf(); const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`CM: Bed offer rec'd from ${sn} in ${t}, liaison ${g} ${s} (${ph}). Pt/family accept.`, [sn, t, g, s, pp]];
  }],
  ['CM insurance auth number and review date', (d) => { const a = d.auth(); const dt = d.md2(); return [`${d.pick(PAYERS)} auth #${a} approved for SNF x 7 days, next review ${dt}.`, [a, dt]]; }],
  ['CM referrals sent list', (d) => { const a = d.snf(); const b = d.snf(); const c = d.rehab(); return [`Referrals sent via ECIN to: ${a}, ${b}, ${c}. Awaiting responses.`, [a, b, c]]; }],
  ['CM chair van booked conf number', (d) => { const w = d.weekdayDate(); const n = d.digitString(d.int(5, 8)); return [`Chair van booked for ${w} @ 1000, conf #${n}. Family aware and will meet pt at facility.`, [w, n]]; }],
  ['CM hospice referral liaison', (d) => { const h = d.hospice(); const g = d.given(); const s = d.sur(); return [`Referral placed to ${h}, RN liaison ${g} ${s} to meet w/ family tomorrow @ 1pm.`, [h, g, s]]; }],
  ['CM assisted living exec director', (d) => {
    const a = d.alf(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Pt resides at ${a}, ${t}. Spoke w/ exec dir ${g} ${s}, ok for pt to return w/ VNA + PT.`, [a, t, g, s]];
  }],
  ['CM member id and PCP', (d) => { const id = d.memberId(); const s = d.sur(); const t = d.town(); return [`Insurance: ${d.pick(PAYERS)}, member ID ${id}. PCP Dr. ${s} in ${t}.`, [id, s, t]]; }],
  ['CM dc planned for weekday date', (d) => { const w = d.weekdayDate(); const g = d.given(); return [`dc planned for ${w}, ${d.rel()} ${g} to transport.`, [w, g]]; }],
  ['CM Medicare MBI', (d) => { const m = d.mbi(); return [`Medicare A/B, MBI ${m}; 3 midnight qualifying stay met.`, [m]]; }],
  ['CM DME delivery to street', (d) => {
    const n = d.digitString(7); const st = d.street(); const t = d.town(); const dt = d.md2();
    return [`Hosp bed + commode ordered thru Apria (ref ${n}), delivery to ${st}, ${t} on ${dt}.`, [n, st, t, dt]];
  }],
  ['CM on the ordinal follow up appt', (d) => { const s = d.sur(); const c = d.clinic(); const o = d.ord(); return [`F/u w/ Dr. ${s} at ${c} on the ${o}, appt card given to pt.`, [s, c, o]]; }],
  ['CM clinic appt date time', (d) => { const c = d.clinic(); const dt = d.date(); return [`PCP f/u scheduled at ${c} ${dt} @ 1:30pm, pt's son to drive.`, [c, dt]]; }],
  ['CM pharmacy verified on street', (d) => { const st = d.street(); const t = d.town(); const [ph, pp] = d.phone(); return [`Home meds verified w/ CVS on ${st} in ${t}, ph ${ph}.`, [st, t, pp]]; }],
  ['CM dialysis chair', (d) => { const t = d.town(); const s = d.sur(); return [`Pt gets HD MWF at DaVita ${t}, chair time 0600; nephrologist Dr. ${s} updated re: dc.`, [t, s]]; }],
  // social work
  ['SW home situation street town', (d) => { const st = d.street(); const t = d.town(); return [`SW: Pt lives alone in 2nd fl apt at ${st} in ${t}, 14 stairs to enter, no rails.`, [st, t]]; }],
  ['SW church pastor visited', (d) => { const c = d.church(); const s = d.sur(); return [`Pt very active at ${c}; Pastor ${s} visited today and will bring communion.`, [c, s]]; }],
  ['SW employer FMLA', (d) => { const e = d.employer(); const t = d.town(); return [`Pt works as a cashier at ${e} in ${t}, worried re: FMLA paperwork, SW to assist.`, [e, t]]; }],
  ['SW guardian and probate court date', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.pick(['Essex', 'Worcester', 'Plymouth', 'Barnstable', 'Hampden', 'Berkshire', 'Bristol', 'Middlesex', 'Franklin', 'York', 'Cumberland']); const dt = d.date();
    return [`Temp guardian is Atty. ${g} ${s}; hearing at ${c} County Probate Court on ${dt}.`, [g, s, c, dt]];
  }],
  ['SW APS intake', (d) => {
    const n = d.digitString(d.int(6, 8)); const g = d.given(); const s = d.sur(); const r = d.region();
    return [`51A filed w/ Elder Services of ${r}, intake #${n}, worker ${g} ${s} to f/u.`, [r, n, g, s]];
  }],
  ['SW district court date', (d) => { const dt = d.md2(); const t = d.town(); const s = d.sur(); return [`Pt has court date ${dt} at ${t} District Court re: OUI; probation officer ${s} aware of admission.`, [dt, t, s]]; }],
  ['SW veteran VA social worker', (d) => { const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); return [`Pt is a Vietnam vet, gets care at VA ${t} CBOC; VA SW ${g} ${s} ph ${ph}.`, [t, g, s, pp]]; }],
  ['SW HCP form and MOLST date', (d) => { const g = d.given(); const s = d.sur(); const dt = d.date(); return [`HCP form on chart naming ${d.rel()} ${g} ${s}; MOLST DNR/DNI signed ${dt}.`, [g, s, dt]]; }],
  ['SW interpreter id and dtr town', (d) => {
    const g = d.given(); const id = d.digitString(d.int(5, 6)); const g2 = d.given(); const t = d.town();
    return [`Portuguese interpreter ${g} (ID #${id}) used for visit; pt's dtr ${g2} lives nearby in ${t}.`, [g, id, g2, t]];
  }],
  ['SW valuables envelope', (d) => { const n = d.digitString(6); const g = d.given(); return [`Valuables (wallet, $40 cash, ring) to security, envelope #${n}, receipt given to son ${g}.`, [n, g]]; }],
  ['SW lives with partner on street lowercase', (d) => { const g = d.given(); const st = d.street(); const t = d.town(); return [`sw note: pt lives w/ boyfriend ${g} on ${st} in ${t}, reports feeling safe at home.`, [g, st, t]]; }],
];

/** The names of the wave's frames. */
export const wardsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function wardsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9601, rounds);
}

/** Look-alikes in ward-note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, devices and products
  ['Foley to gravity, draining clear yellow urine.', 'Foley'], ['OOB to chair w/ Hoyer lift x2 assist.', 'Hoyer'], ['Purewick in place overnight.', 'Purewick'],
  ['Bair Hugger applied for temp 35.6.', 'Bair Hugger'], ['JP drain w/ 30 mL serosanguinous output.', 'JP drain'], ['Murphy sign negative.', 'Murphy'],
  ['Trendelenburg briefly for hypotension.', 'Trendelenburg'], ['Kerlix + ACE wrap to RLE.', 'Kerlix'], ['Tegaderm dressing c/d/i.', 'Tegaderm'],
  ['Ensure TID w/ meals.', 'Ensure'], ['Pt on a Posey bed alarm.', 'Posey'], ['Medtronic pacer interrogated, normal function.', 'Medtronic'], ['ResMed AirSense 10 from home.', 'ResMed AirSense 10'],
  // scales and scores
  ['Braden 14, Morse 45 - high fall risk.', 'Braden 14'], ['Morse fall score 65.', 'Morse'], ['CIWA 8, no ativan needed.', 'CIWA 8'], ['GCS 15, NIHSS 2.', 'NIHSS 2'],
  ['MoCA 21/30.', '21/30'], ['Pain 6/10, dull.', '6/10'], ['RASS 0.', 'RASS 0'], ['A&Ox3.', 'A&Ox3'], ['PERRLA.', 'PERRLA'],
  // drugs, doses, labs, vitals
  ['Lasix 40 mg IV x1 given.', 'Lasix 40 mg IV'], ['Dilaudid 0.5 mg IV q3h PRN.', '0.5 mg'], ['K 3.4, repleted w/ 40 mEq KCl PO.', '40 mEq'], ['INR 2.3 this AM.', 'INR 2.3'],
  ['FSBS 212, 4 units lispro given.', 'FSBS 212'], ['BP 142/88, HR 92, RR 18, SpO2 95% 2L NC.', '142/88'], ['Temp 101.2 @ 0200, tylenol given.', '101.2'], ['1 unit PRBC infusing.', '1 unit PRBC'],
  ['Hgb 7.1 -> 8.3 post transfusion.', '7.1 -> 8.3'], ['I/O +1.2 L.', '+1.2 L'], ['Sats 88-90% on 2L.', '88-90%'], ['Wt 84.2 kg (down 1.3).', '84.2 kg'],
  // counts, times, schedules, years, ages
  ['POD#2 from R TKA.', 'POD#2'], ['HD#3, LOS 5 days.', 'HD#3'], ['Turned q2h overnight.', 'q2h'], ['Found on floor @ 0340.', '0340'], ['Report called @ 1900.', '1900'],
  ['HD MWF at an outpatient unit.', 'MWF'], ['s/p CABG 2015.', '2015'], ['Pt is an 89 yo female.', '89'], ['76 yo M w/ COPD exac.', '76'], ['3 midnight qualifying stay met.', '3 midnight'],
  ['Stage 2 sacral PI.', 'Stage 2'], ['Code status: DNR/DNI per MOLST.', 'DNR/DNI'], ['ICD-10 N39.0', 'N39.0'],
  // rooms, beds and units (kept as a judgement)
  ['Pt moved to rm 412 for closer obs.', '412'], ['Bed 12B, window side.', '12B'], ['tx to 4 North tele.', '4 North'], ['Pt moved to step-down.', 'step-down'], ['Back to 6B after CT.', '6B'],
  // generic places and services
  ['Transferred from OSH for higher level of care.', 'OSH'], ['Plan dc to SNF for rehab.', 'SNF'], ['Home w/ VNA services.', 'VNA'], ['Sent to the ED.', 'the ED'],
  ['Pt to go to rehab.', 'rehab'], ['Hospice referral placed.', 'Hospice'], ['Meals on Wheels restarted.', 'Meals on Wheels'], ['PT/OT rec acute rehab.', 'PT/OT'],
  ['Insurance: Tufts Health Plan.', 'Tufts Health Plan'], ['Harvard Pilgrim approved.', 'Harvard Pilgrim'], ['MassHealth pending.', 'MassHealth'], ['Hosp bed ordered thru Apria.', 'Apria'],
  // relations without names
  ['Dtr at bedside, updated.', 'Dtr'], ['Wife aware of plan.', 'Wife'], ['HCP updated by phone.', 'HCP'], ['Son to bring clothes.', 'Son'],
  // everyday words that are also names or towns
  ['Frank hematuria noted, urology aware.', 'Frank'], ['Call bell within reach.', 'Call bell'], ['Amber urine, pt encouraged to drink.', 'Amber'], ['Pt will go home tomorrow.', 'will'],
  ['Full bed bath given.', 'bath'], ['Ate half a sandwich at lunch.', 'sandwich'], ['Pt rose from chair w/o assist.', 'rose'], ['Ice chips only.', 'chips'],
  ['Sharps container changed.', 'Sharps'], ['Normal saline @ 75 mL/hr.', 'Normal saline'], ['Strong cough, clearing secretions.', 'Strong'], ['Gray stool x1.', 'Gray'],
  ['Little PO intake today.', 'Little'], ['Pt in good spirits, full of hope.', 'hope'], ['Says her faith is important to her.', 'faith'], ['Goes to church weekly.', 'church'],
  ['Bruise to L temple.', 'temple'], ['Delayed union of fx per ortho.', 'union'], ['Pt worried about the price of meds.', 'price'], ['Walked the length of the hall.', 'hall'],
  // states and countries
  ['Dtr lives in Florida.', 'Florida'], ['Pt from Haiti, speaks Creole.', 'Haiti'], ['Snowbird, spends winters in Arizona.', 'Arizona'], ['Moved from Maine last year.', 'Maine'],
];

export const wardsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedWardsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(wardsKeepCases(), find);

export function scoreWardsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => wardsWaveCases(seed)), find);
}
