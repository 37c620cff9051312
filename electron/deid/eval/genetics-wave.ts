// A blind wave of genetic counseling and family-history documentation: pedigree narratives (relatives by name with their
// ages, ages at death over 89, causes of death, and the towns where they live or lived, here and abroad), consanguinity
// notes (the shared ancestors and their village), adoption and donor-conception notes (agency towns, county courts, donor
// numbers, consumer DNA kit numbers), cascade testing letters to relatives (addresses, salutations, family testing codes),
// lab requisitions (accession numbers, saliva kit IDs, courier tracking numbers, prior authorizations, member IDs),
// variant reports (the lab's report number and the ordering provider, while the gene, the variant and its classification
// are kept), prenatal genetic counseling (the partner's name and date of birth, LMP, EDD, procedure dates, cfDNA sample
// IDs), newborn screening follow-up (state lab specimen numbers, filter card IDs, collection dates and times, birth
// hospitals, the PCP), research registry enrollment (participant IDs, biobank barcodes, consent dates, coordinators,
// personal portal links) and letters to family members, in mixed case, ALL CAPS and lower case. Written without reading
// the engine's rules or any gold data. `scoreGeneticsWave`.
// Decisions: a relative's given name and surname are planted, a middle initial and a credential ('MS, CGC', 'LGC',
// 'MD') are not; a relation without a name ('maternal aunt', 'paternal grandfather') is kept, as are pedigree positions
// ('II-3'); an age at death or a living relative's age over 89 is planted, ages of 89 and under are kept; a year alone
// ('d. 2015', 'dx 2019', 'b. 1942') is kept, a month with a year, a month with a day and every full date are planted;
// towns and villages are planted here and abroad ('Cork', 'Rivière-du-Loup'), and so is a county ('Worcester County');
// US states, Canadian provinces and countries are kept (larger than a state: 'Poland', 'Quebec', 'Ireland'), and so are
// ancestries ('Ashkenazi Jewish', 'French Canadian', 'Acadian'); a street line is planted whole ('42 Church Street'), the
// ZIP is planted, the state is kept; a hospital is planted whole with its kind word; a commercial lab's name (Invitae,
// GeneDx, Ambry, Myriad) and a state program's name are kept; accession, kit, report, specimen, filter card, donor,
// participant, family testing code, tracking, authorization and member numbers are planted whole (with their letter
// prefixes); gene, variant (HGVS, rsID), ClinVar and OMIM numbers, IRB protocol numbers, CPT and ICD codes are kept; a
// phone's leading '(' need not be covered; a personal link is planted whole; a counselor's licence number is planted.
// Measured before rules (engine at 68bd224): 0.903 recall on seeds 5, 11, 23 (2649/2934), 0.902 on fresh seeds 41, 42, 43 (2646/2934); 10/89
// look-alikes touched ("rs1801133", "de novo", "von Hippel-Lindau", "Amish", "Ireland", "Poland", "the cancer genetics
// clinic", "Invitae", "GeneDx", "Ambry").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, ie, ca, pl, it, de, mx];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Merry', 'Rose', 'Violet', 'Pearl', 'Ruby', 'Dawn', 'Crystal', 'Sunny', 'Frank', 'Bud', 'Penny', 'Bonnie', 'Patience', 'Honor', 'Mercy', 'Chance', 'Art', 'Rocky', 'Destiny', 'Summer', 'Autumn', 'Clay', 'Dale', 'Glen', 'Forrest', 'Major'];
const WORD_SUR = ['Price', 'Hill', 'Young', 'Church', 'Little', 'Bell', 'Wood', 'Strong', 'Rich', 'Small', 'Good', 'Green', 'Brown', 'Gray', 'Marsh', 'Field', 'Ford', 'Lamb', 'Hunt', 'Mason', 'Page', 'Cross', 'Rice', 'Snow', 'Frost', 'Knight', 'Bishop', 'Sharp', 'Carpenter', 'Baker', 'Fisher', 'Weaver', 'Love', 'Wise', 'Hardy', 'Noble'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Derby', 'Salem', 'Liberty', 'Union', 'Florence', 'Chester', 'Troy', 'Normal', 'Goshen', 'Hope', 'Bristol', 'Clinton', 'Auburn', 'Harmony', 'Unity', 'Freedom', 'Friendship', 'Paris', 'Mexico', 'Lebanon', 'Peru', 'Canton', 'Athens', 'Sweden', 'Poland', 'Denmark', 'Jay', 'Industry', 'Hazard', 'Independence', 'Lawrence'];
const REAL_TOWNS = ['Worcester', 'Lowell', 'Fall River', 'New Bedford', 'Lewiston', 'Biddeford', 'Woonsocket', 'Nashua', 'Manchester', 'Burlington', 'Bangor', 'Pittsfield', 'Holyoke', 'Chicopee', 'Fitchburg', 'Leominster', 'Waterville', 'Presque Isle', 'Madawaska', 'Berlin', 'Rutland', 'Norwich'];
/** Towns and villages where grandparents came from, with the country (kept) they are in. */
const ORIGIN_TOWNS: readonly (readonly [string, string])[] = [
  ['Cork', 'Ireland'], ['Galway', 'Ireland'], ['Skibbereen', 'Ireland'], ['Ballina', 'Ireland'], ['Białystok', 'Poland'], ['Tarnów', 'Poland'], ['Łomża', 'Poland'],
  ['Pinsk', 'Belarus'], ['Grodno', 'Belarus'], ['Kaunas', 'Lithuania'], ['Berdychiv', 'Ukraine'], ['Kishinev', 'Moldova'], ['Rivière-du-Loup', 'Quebec'],
  ['Trois-Rivières', 'Quebec'], ['Chicoutimi', 'Quebec'], ['Saint-Georges', 'Quebec'], ['Edmundston', 'New Brunswick'], ['Caraquet', 'New Brunswick'],
  ['Palermo', 'Italy'], ['Avellino', 'Italy'], ['Ponta Delgada', 'Portugal'], ['Oaxaca', 'Mexico'], ['Guadalajara', 'Mexico'], ['Limassol', 'Cyprus'], ['Kochi', 'India'],
];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY', 'Maine', 'New Hampshire', 'Vermont'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital', "Women's and Infants' Hospital"];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Jude'];
const STREET_WORDS = ['Church', 'Maple', 'Elm', 'Pleasant', 'Mill', 'School', 'Union', 'Prospect', 'Highland', 'Summer', 'Winter', 'Pine', 'Oak', 'Spring', 'Water', 'Park', 'Chestnut', 'Cedar', 'Liberty', 'Bridge'];
const STREET_KINDS = ['Street', 'St', 'St.', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Way', 'Court'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CAUSES = ['colon cancer', 'ovarian cancer', 'breast cancer', 'pancreatic cancer', 'an MI', 'a stroke', 'sudden cardiac death', 'liver failure', 'ALS', 'complications of diabetes', 'endometrial cancer', 'prostate cancer'];
const OLD_CAUSES = ['natural causes', 'pneumonia', 'dementia', '"old age"', 'heart failure', 'a hip fracture'];
const MAT_PAT = ['maternal', 'paternal'];
const RELATION_F = ['aunt', 'grandmother', 'cousin', 'great-aunt', 'half-sister'];
const RELATION_M = ['uncle', 'grandfather', 'cousin', 'great-uncle', 'half-brother'];
const GENES: readonly (readonly [string, string])[] = [
  ['BRCA1', 'c.68_69delAG (p.Glu23Valfs*17)'], ['BRCA2', 'c.5946delT (p.Ser1982Argfs*22)'], ['MLH1', 'c.350C>T (p.Thr117Met)'], ['MSH2', 'c.942+3A>T'],
  ['PALB2', 'c.3113G>A (p.Trp1038*)'], ['CHEK2', 'c.1100delC (p.Thr367Metfs*15)'], ['APC', 'c.3920T>A (p.Ile1307Lys)'], ['HFE', 'c.845G>A (p.Cys282Tyr)'],
  ['LDLR', 'c.1775G>A (p.Gly592Glu)'], ['MYBPC3', 'c.1504C>T (p.Arg502Trp)'], ['PMS2', 'c.137G>T (p.Ser46Ile)'], ['TP53', 'c.743G>A (p.Arg248Gln)'],
];
const CLASSES = ['Pathogenic', 'Likely pathogenic', 'Variant of uncertain significance', 'Likely benign'];
const LABS = ['Invitae', 'GeneDx', 'Ambry Genetics', 'Myriad', 'Quest', 'Fulgent', 'Baylor Genetics', 'Prevention Genetics'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

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
  alnum(n: number): string {
    return this.lettersOf(ALNUM, n);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A town or village abroad and its country. */
  origin(): readonly [string, string] {
    return this.pick(ORIGIN_TOWNS);
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  street(): string {
    return `${this.int(2, 1499)} ${this.r() < 0.6 ? this.pick(STREET_WORDS) : this.sur()} ${this.pick(STREET_KINDS)}`;
  }
  zip(): string {
    return `0${this.int(1000, 6999)}${this.r() < 0.15 ? `-${this.digitString(4)}` : ''}`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${d}-${MON[m - 1]!}-${y}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1935, hi = 2005): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  ageUnder(lo = 20, hi = 85): number {
    return this.int(lo, hi);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A genetic testing lab's accession or order number. */
  accession(): string {
    const k = this.int(0, 4);
    if (k === 0) return `RQ${this.digitString(7)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(6)}`;
    if (k === 2) return `GX${pad2(this.int(12, 25))}-${this.digitString(5)}`;
    if (k === 3) return this.digitString(8);
    return `ACC-${this.alnum(8)}`;
  }
  /** A saliva or blood kit barcode. */
  kit(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(8)}`;
    if (k === 1) return `K-${this.digitString(6)}-${this.alnum(2)}`;
    if (k === 2) return this.digitString(12);
    return `${this.alnum(4)}-${this.alnum(4)}-${this.alnum(4)}`;
  }
  /** A lab's report number. */
  report(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['R', 'RPT', 'G'])}${this.digitString(7)}`;
    if (k === 1) return `${this.int(2015, 2025)}-${this.digitString(6)}`;
    return `${this.digitString(3)}${this.letters(2)}${this.digitString(5)}`;
  }
  /** A newborn screening specimen number from the state lab. */
  nbsSpecimen(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(18, 25))}${this.digitString(7)}`;
    if (k === 1) return `${this.pick(['NB', 'S', 'NBS'])}${pad2(this.int(18, 25))}-${this.digitString(6)}`;
    return this.digitString(10);
  }
  /** A filter paper card serial. */
  filterCard(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 9)) : `${this.letters(1)}${this.digitString(7)}`;
  }
  donorId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(4);
    if (k === 1) return `${this.letters(1)}${this.digitString(4)}`;
    return `${this.digitString(5)}${this.letters(1)}`;
  }
  participant(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['GR', 'PID', 'REG', 'P'])}-${this.digitString(5)}`;
    if (k === 1) return `${this.alnum(3)}${this.digitString(4)}`;
    return this.digitString(6);
  }
  familyCode(): string {
    return this.r() < 0.5 ? `FAM-${this.year()}-${this.digitString(4)}` : `F${this.digitString(6)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const u = this.pick([`${asciiLetters(g)}.${asciiLetters(s)}`, `${asciiLetters(g).charAt(0)}${asciiLetters(s)}${this.int(1, 99)}`, `${asciiLetters(s)}family`]);
    return `${u || 'relative'}@${this.pick(['gmail.com', 'yahoo.com', 'comcast.net', 'outlook.com', 'icloud.com'])}`;
  }
  gene(): readonly [string, string] {
    return this.pick(GENES);
  }
  cls(): string {
    return this.pick(CLASSES);
  }
  lab(): string {
    return this.pick(LABS);
  }
  /** A genetic counselor or geneticist: the text and its parts. */
  counselor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MS, CGC`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, MS, LGC`, [g, s]];
    if (k === 2) return [`Dr. ${g} ${s}, MD, FACMG`, [g, s]];
    return [`${g} ${s}, ScM, CGC`, [g, s]];
  }
  /** A month with its day, written briefly ('Mar 4', 'March 4', '3/4'). */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${m}/${d}`;
  }
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // visit headers and pedigree narratives
  ['counseling note header with proband', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date();
    return [`GENETIC COUNSELING NOTE\nPatient: ${s}, ${g} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dt}\nIndication: Family history of cancer`, [s, g, dob, mrn, dt]];
  }],
  ['mother living with age and town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Mother: ${g} ${s}, ${d.ageUnder(45, 85)}, lives in ${t}, ${d.state()}. Diagnosed with ${d.pick(['triple-negative breast cancer', 'ovarian cancer', 'DCIS'])} at ${d.ageUnder(35, 60)}; treated with surgery and chemotherapy.`, [g, s, t]];
  }],
  ['named relative died at age of cause in town', (d) => {
    const rel = `${d.pick(MAT_PAT)} ${d.pick([...RELATION_F, ...RELATION_M])}`; const g = d.given(); const s = d.sur(); const t = d.town();
    return [`The patient's ${rel}, ${g} ${s}, died at ${d.ageUnder(40, 85)} of ${d.pick(CAUSES)} in ${t}.`, [g, s, t]];
  }],
  ['grandparent died at age over 89', (d) => {
    const g = d.given(); const n = d.ageOver89();
    return [`${d.pick(['Maternal', 'Paternal'])} ${d.pick(['grandmother', 'grandfather'])} (${g}) died at age ${n} of ${d.pick(OLD_CAUSES)}; no known cancer history.`, [g, n]];
  }],
  ['living relative over 89 in nursing home', (d) => {
    const n = d.ageOver89(); const t = d.town();
    return [`Paternal grandmother is living at ${n} in a nursing home in ${t}; she had a unilateral mastectomy in her 60s and was never tested.`, [n, t]];
  }],
  ['pedigree line with d. age and year', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.ageOver89();
    return [`I-${d.int(1, 4)}  ${g} ${s}, d. ${d.int(1975, 2022)} at ${n}, ${d.pick(OLD_CAUSES)}`, [g, s, n]];
  }],
  ['siblings list with given names and ages', (d) => {
    const a = d.given(); const b = d.given(); const c = d.given();
    return [`Siblings: brother ${a} (${d.ageUnder(30, 60)}, healthy), sister ${b} (${d.ageUnder(30, 60)}, breast cancer dx ${d.ageUnder(35, 50)}), brother ${c} (d. ${d.ageUnder(20, 55)}, MVA).`, [a, b, c]];
  }],
  ['children with dates of birth', (d) => {
    const a = d.given(); const b = d.given(); const da = d.dob(1995, 2020); const db = d.dob(1995, 2020);
    return [`Children: daughter ${a} (DOB ${da}) and son ${b} (DOB ${db}); neither has been tested.`, [a, da, b, db]];
  }],
  ['grandparents emigrated from town abroad', (d) => {
    const [t, c] = d.origin(); const g = d.given(); const g2 = d.given(); const s = d.sur();
    return [`Maternal grandparents ${g} and ${g2} ${s} emigrated from ${t}, ${c}, in the 1920s; ancestry is Ashkenazi Jewish on the maternal side.`, [g, g2, s, t]];
  }],
  ['French Canadian ancestry from village', (d) => {
    const [t] = d.pick(ORIGIN_TOWNS.filter(([, c]) => c === 'Quebec' || c === 'New Brunswick')); const s = d.sur(); const t2 = d.town();
    return [`Paternal ancestry is French Canadian; the ${s} family came from ${t} and settled in ${t2} to work in the mills.`, [s, t, t2]];
  }],
  ['great-grandparents born in town year', (d) => {
    const t = d.town(); const [t2, c] = d.origin();
    return [`Paternal great-grandfather was born in ${t2}, ${c} (b. ${d.int(1870, 1905)}) and worked in the quarries near ${t}.`, [t2, t]];
  }],
  ['identical twin with name', (d) => {
    const g = d.given(); const t = d.town();
    return [`She has an identical twin sister, ${g}, ${d.ageUnder(25, 60)}, who lives in ${t} and was diagnosed with breast cancer at ${d.ageUnder(30, 50)}.`, [g, t]];
  }],
  ['cousin tested positive at outside lab dated', (d) => {
    const g = d.given(); const s = d.sur(); const [gene, v] = d.gene(); const dt = d.date();
    return [`A ${d.pick(MAT_PAT)} first cousin, ${g} ${s}, tested positive for ${gene} ${v} at ${d.lab()}; a copy of her report dated ${dt} was provided.`, [g, s, dt]];
  }],
  ['Huntington father diagnosed at hospital', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Father, ${g} ${s}, was diagnosed with Huntington disease at ${d.ageUnder(40, 60)} at ${h} (CAG 43 repeats) and died at ${d.ageUnder(55, 70)}.`, [g, s, h]];
  }],
  ['relative tumor block requested with path case', (d) => {
    const s = d.sur(); const h = d.hospital(); const c = `S${pad2(d.int(10, 24))}-${d.digitString(5)}`;
    return [`We requested the colectomy block from her late uncle Mr. ${s}'s surgery at ${h} (pathology case ${c}) for MSI and IHC.`, [s, h, c]];
  }],
  ['relative seen here with MRN', (d) => {
    const g = d.given(); const mrn = d.mrn();
    return [`Her sister ${g} was seen in our clinic last year (MRN ${mrn}) and carries the familial variant.`, [g, mrn]];
  }],
  ['session attendees by phone from town', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur(); const t = d.town();
    return [`Present for the session: the patient, her husband ${g}, and her mother ${g2} ${s2}, who joined by phone from ${t}.`, [g, g2, s2, t]];
  }],
  // consanguinity
  ['consanguinity first cousins shared grandparents', (d) => {
    const g = d.given(); const g2 = d.given(); const s = d.sur(); const [t, c] = d.origin();
    return [`Consanguinity: parents are first cousins; they share grandparents ${g} and ${g2} ${s}, from the village of ${t}, ${c}.`, [g, g2, s, t]];
  }],
  ['consanguinity same small town denied', (d) => {
    const t = d.town(); const s = d.sur();
    return [`Consanguinity denied, although both sides of the family are from ${t} and share the surname ${s} three generations back.`, [t, s]];
  }],
  ['endogamous community town', (d) => {
    const t = d.town(); const s = d.sur();
    return [`Both parents are from the Old Order community in ${t}; the ${s} surname appears on both sides of the pedigree.`, [t, s]];
  }],
  // adoption and donor conception
  ['adoption through agency in town', (d) => {
    const t = d.town(); const n = d.int(1, 6);
    return [`Patient was adopted at age ${n} through Catholic Charities in ${t}; birth family history is unknown.`, [t]];
  }],
  ['adoption county court and birth mother name', (d) => {
    const c = `${d.pick([...REAL_TOWNS, ...WORD_TOWNS])} County`; const g = d.given(); const s = d.sur();
    return [`Adoption was finalized in ${c} Probate Court; the sealed record lists the birth mother as ${g} ${s}, age 17 at delivery.`, [c, g, s]];
  }],
  ['adoption finalized date', (d) => {
    const my = d.monthYear();
    return [`Adopted from ${d.pick(['South Korea', 'Guatemala', 'China', 'Russia', 'Colombia'])}; adoption finalized ${my}. No biological family information available.`, [my]];
  }],
  ['donor sperm with donor number', (d) => {
    const id = d.donorId(); const t = d.town();
    return [`Patient was conceived via donor sperm (Donor #${id}) from a cryobank in ${t}; the donor's family history on file is limited.`, [id, t]];
  }],
  ['donor sibling registry half-siblings', (d) => {
    const id = d.donorId(); const n = d.int(3, 30);
    return [`Through the Donor Sibling Registry the family has identified ${n} half-siblings from donor ${id}; one has cystic fibrosis.`, [id]];
  }],
  ['egg donor code and IVF clinic', (d) => {
    const code = `OD-${d.digitString(5)}`; const t = d.town();
    return [`Pregnancy achieved by IVF with donor oocytes (donor code ${code}) at the fertility center in ${t}. Donor carrier screen reviewed.`, [code, t]];
  }],
  ['consumer DNA match kit number', (d) => {
    const k = `${d.pick(['A', 'T', 'M'])}${d.digitString(6)}`; const g = d.given(); const s = d.sur();
    return [`Patient found a paternal half-brother, ${g} ${s}, through a GEDmatch comparison (kit ${k}); he reports a father with early colon cancer.`, [g, s, k]];
  }],
  // cascade testing letters to relatives
  ['family letter address block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${d.pick(['Mr.', 'Ms.', 'Mrs.'])} ${g} ${s}\n${st}\n${t}, ${d.pick(['MA', 'NH', 'ME', 'VT', 'RI', 'CT'])} ${z}`, [g, s, st, t, z]];
  }],
  ['family letter salutation and relative', (d) => {
    const s = d.sur(); const g = d.given(); const [gene] = d.gene();
    return [`Dear ${d.pick(['Mr.', 'Ms.', 'Mrs.'])} ${s},\nYour ${d.pick(['niece', 'cousin', 'sister', 'nephew', 'brother'])}, ${g}, asked us to send you this letter. She was found to carry a harmful change in the ${gene} gene.`, [s, g]];
  }],
  ['family letter date line', (d) => {
    const dt = d.date();
    return [`${dt}\n\nRE: Genetic test result in your family\n\nDear Relative,`, [dt]];
  }],
  ['family testing code and expiry', (d) => {
    const code = d.familyCode(); const dt = d.date();
    return [`Blood relatives may test for the familial variant at no charge through ${d.lab()} using family code ${code}, valid until ${dt}.`, [code, dt]];
  }],
  ['letter closing with counselor phone', (d) => {
    const [c, p] = d.counselor(); const [ph, pp] = d.phone();
    return [`If you have questions, please call me at ${ph}.\n\nSincerely,\n\n${c}\nCancer Genetics Program`, [pp, ...p]];
  }],
  ['letter returned address updated', (d) => {
    const g = d.given(); const st = d.street(); const t = d.town();
    return [`Letter to cousin ${g} returned as undeliverable; patient provided new address ${st}, ${t}. Re-mailed.`, [g, st, t]];
  }],
  ['relative contact by email', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.email(g, s);
    return [`Patient asked that her brother ${g} be contacted by e-mail at ${e} rather than by mail.`, [g, e]];
  }],
  // lab requisitions
  ['requisition accession and collection date', (d) => {
    const a = d.accession(); const dt = d.date(); const [gene] = d.gene();
    return [`Lab: ${d.lab()}   Accession #: ${a}\nTest: Multi-gene hereditary cancer panel incl. ${gene}\nCollected: ${dt}   Specimen: blood (EDTA)`, [a, dt]];
  }],
  ['saliva kit ID and shipped', (d) => {
    const k = d.kit(); const md = d.monthDay();
    return [`Saliva kit ID ${k} mailed to the patient's home on ${md}; instructed not to eat or drink 30 minutes before collection.`, [k, md]];
  }],
  ['courier tracking number', (d) => {
    const tr = `1Z${d.alnum(6)}${d.digitString(10)}`; const a = d.accession();
    return [`Specimen shipped via UPS, tracking ${tr}, under order ${a}.`, [tr, a]];
  }],
  ['prior authorization and member ID', (d) => {
    const pa = `PA${d.digitString(8)}`; const m = `${d.letters(3)}${d.digitString(9)}`; const dt = d.mdy();
    return [`Prior authorization ${pa} approved ${dt} for CPT 81162. Member ID: ${m}.`, [pa, dt, m]];
  }],
  ['ordering provider and NPI on requisition', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.digitString(10);
    return [`Ordering provider: ${g} ${s}, MD   NPI: ${npi}\nICD-10: Z80.3, Z15.01`, [g, s, npi]];
  }],
  ['results to be faxed', (d) => {
    const [f, p] = d.phone(); const s = d.sur();
    return [`Please fax a copy of the results to Dr. ${s}'s office at ${f}, attention genetics.`, [s, p]];
  }],
  // variant reports
  ['variant report with report number and provider', (d) => {
    const r = d.report(); const [gene, v] = d.gene(); const c = d.cls(); const s = d.sur(); const g = d.given();
    return [`Report #: ${r}\nGene: ${gene}   Variant: ${v}   Zygosity: heterozygous\nClassification: ${c}\nOrdering provider: ${s}, ${g}`, [r, s, g]];
  }],
  ['report signed by lab director date', (d) => {
    const [c, p] = d.counselor(); const dt = d.date();
    return [`Electronically signed by ${c}, Laboratory Director, on ${dt}.`, [...p, dt]];
  }],
  ['VUS reclassified letter date', (d) => {
    const [gene, v] = d.gene(); const dt = d.date(); const r = d.report();
    return [`The ${gene} ${v} variant previously reported as a VUS was reclassified to likely benign on ${dt} (amended report ${r}).`, [dt, r]];
  }],
  ['results disclosed by phone with spouse', (d) => {
    const md = d.monthDay(); const g = d.given();
    return [`Results disclosed by telephone on ${md}; the patient's ${d.pick(['husband', 'wife', 'partner'])}, ${g}, was on the call. Questions answered.`, [md, g]];
  }],
  // prenatal genetic counseling
  ['prenatal header LMP EDD', (d) => {
    const [m, dd] = d.md(); const y = d.year(); const lmp = `${m}/${dd}/${y}`; const [m2, d2] = d.md(); const edd = `${pad2(m2)}/${pad2(d2)}/${y + 1}`;
    return [`G2P1001 at ${d.int(10, 22)}w${d.int(0, 6)}d by LMP ${lmp}, EDD ${edd} (consistent with 8-week ultrasound).`, [lmp, edd]];
  }],
  ['partner name age ancestry', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1975, 2000);
    return [`Partner: ${g} ${s} (DOB ${dob}), ${d.pick(['of Irish and Italian ancestry', 'of Ashkenazi Jewish ancestry', 'French Canadian', 'of Puerto Rican ancestry'])}, is the biological father.`, [g, s, dob]];
  }],
  ['partner carrier screening kit mailed', (d) => {
    const g = d.given(); const k = d.kit(); const st = d.street(); const t = d.town();
    return [`Because the patient is a CF carrier, a carrier screening kit (${k}) was mailed to her partner ${g} at ${st}, ${t}.`, [k, g, st, t]];
  }],
  ['cfDNA sample ID and draw date', (d) => {
    const id = `${d.letters(2)}${d.digitString(7)}`; const dt = d.date();
    return [`NIPT (cfDNA) drawn ${dt}, sample ID ${id}. Fetal fraction 9%. Low risk for trisomy 21, 18 and 13.`, [dt, id]];
  }],
  ['amniocentesis scheduled weekday date', (d) => {
    const w = d.pick(WEEKDAYS); const md = d.monthDay(); const s = d.sur(); const h = d.hospital();
    return [`Amniocentesis scheduled for ${w}, ${md} with Dr. ${s} at ${h} Maternal-Fetal Medicine.`, [w, md, s, h]];
  }],
  ['prior pregnancy loss month year', (d) => {
    const my = d.monthYear(); const h = d.hospital();
    return [`Prior pregnancy in ${my} ended at 18 weeks after a diagnosis of Turner syndrome (45,X) on amniocentesis at ${h}.`, [my, h]];
  }],
  ['prenatal interpreter ID', (d) => {
    const id = d.digitString(d.int(5, 6)); const g = d.given();
    return [`Session conducted with a ${d.pick(['Spanish', 'Portuguese', 'Haitian Creole', 'Vietnamese'])} interpreter, ${g} (ID #${id}), by video.`, [g, id]];
  }],
  // newborn screening follow-up
  ['NBS specimen and filter card', (d) => {
    const sp = d.nbsSpecimen(); const fc = d.filterCard(); const dt = d.mdy(); const t = d.time();
    return [`State lab specimen #: ${sp}\nFilter card #: ${fc}\nCollected: ${dt} ${t} (${d.int(24, 48)} hours of life)`, [sp, fc, dt]];
  }],
  ['NBS baby name and birth hospital', (d) => {
    const s = d.sur().toUpperCase(); const h = d.hospital(); const dob = d.mdy();
    return [`Infant: BABY GIRL ${s}   DOB: ${dob}   Birth facility: ${h}\nResult: elevated C8 acylcarnitine, presumptive positive for MCAD deficiency`, [s, dob, h]];
  }],
  ['NBS repeat requested PCP called', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const dt = d.monthDay(); const fc = d.filterCard();
    return [`Repeat specimen requested; Dr. ${s} (PCP) notified at ${ph} on ${dt}. Please use new card ${fc}.`, [s, p, dt, fc]];
  }],
  ['NBS mother name and contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Mother: ${g} ${s}, cell ${ph}. Family informed of the positive screen for cystic fibrosis (IRT 98 ng/mL); sweat test arranged.`, [g, s, p]];
  }],
  ['NBS sweat chloride referral center town', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Sweat chloride test performed at ${h} in ${t} on ${dt}: 72 mmol/L (positive).`, [h, t, dt]];
  }],
  // research registry enrollment
  ['registry participant ID and consent date', (d) => {
    const id = d.participant(); const dt = d.date();
    return [`Enrolled in the Hereditary Cancer Registry (IRB #2014-0873). Participant ID: ${id}. Consent signed ${dt}.`, [id, dt]];
  }],
  ['biobank sample barcode', (d) => {
    const b = `BB${d.digitString(9)}`; const md = d.monthDay();
    return [`Research blood drawn ${md}; biobank tube barcode ${b}, stored at -80 C.`, [md, b]];
  }],
  ['registry coordinator and phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const x = d.ext();
    return [`Study coordinator ${g} ${s} can be reached at ${ph} ext. ${x}.`, [g, s, p, x]];
  }],
  ['personal portal link', (d) => {
    const tok = d.alnum(10); const u = `https://registry.${d.pick(['familygen', 'hcr-portal', 'genefamily'])}.org/enroll?pid=${tok}`;
    return [`Patient was e-mailed a personal enrollment link: ${u}`, [u]];
  }],
  // signatures, licences, follow-up
  ['counselor signature with licence', (d) => {
    const [c, p] = d.counselor(); const lic = `${d.pick(['GC', 'LGC', 'CGC'])}${d.pick(['-', ''])}${d.digitString(4)}`;
    return [`${c}\nLicensed Genetic Counselor, License #${lic}`, [...p, lic]];
  }],
  ['follow-up ordinal with time', (d) => {
    const o = ordinal(d.int(1, 28));
    return [`Results expected in 2-3 weeks; follow-up visit booked for the ${o} at 2:30 PM by telehealth.`, [o]];
  }],
  ['relative age over 89 year-old', (d) => {
    const n = d.ageOver89();
    return [`His ${d.pick(MAT_PAT)} ${d.pick(['aunt', 'uncle'])} is a ${n}-year-old with Alzheimer disease diagnosed in the 80s; no APOE testing was done.`, [n]];
  }],
];

/** The names of the wave's frames. */
export const geneticsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function geneticsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9419, rounds);
}

/** Look-alikes in genetic counseling style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // genes, variants, nomenclature
  ['BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic', 'c.5946delT'], ['Heterozygous for MLH1 c.350C>T', 'MLH1'], ['HFE C282Y homozygous', 'C282Y'], ['HFE H63D heterozygote', 'H63D'],
  ['rs1801133 (MTHFR C677T)', 'rs1801133'], ['ClinVar Variation ID 9325', '9325'], ['OMIM #113705', '113705'], ['Karyotype 47,XX,+21', '47,XX,+21'],
  ['45,X in 30 of 30 cells', '45,X'], ['CAG repeat length 43', '43'], ['FMR1 premutation, 78 CGG repeats', '78 CGG'], ['Deletion of exons 3-5 of MSH2', 'exons 3-5'],
  ['APC I1307K, common in Ashkenazi Jewish individuals', 'I1307K'], ['PALB2 c.3113G>A', 'PALB2'], ['Chromosome 22q11.2 deletion', '22q11.2'], ['NM_000059.4', 'NM_000059.4'],
  // classifications and inheritance
  ['Variant of uncertain significance (VUS)', 'Variant of uncertain significance'], ['Likely pathogenic', 'Likely pathogenic'], ['autosomal dominant with incomplete penetrance', 'autosomal dominant'],
  ['X-linked recessive', 'X-linked recessive'], ['de novo', 'de novo'], ['50% recurrence risk', '50%'], ['Carrier frequency 1 in 25', '1 in 25'], ['Residual risk 1 in 240', '1 in 240'],
  // syndromes and eponyms
  ['Meets criteria for Lynch syndrome', 'Lynch'], ['Marfan syndrome (Ghent criteria)', 'Marfan'], ['Down syndrome', 'Down'], ['Turner syndrome', 'Turner'], ['Li-Fraumeni syndrome', 'Li-Fraumeni'],
  ['hypermobile Ehlers-Danlos syndrome', 'Ehlers-Danlos'], ['Huntington disease', 'Huntington'], ['Tay-Sachs carrier screening', 'Tay-Sachs'], ['Gaucher disease type 1', 'Gaucher'],
  ['Amsterdam II criteria met', 'Amsterdam II'], ['Revised Bethesda guidelines', 'Bethesda'], ['Cowden syndrome (PTEN)', 'Cowden'], ['Peutz-Jeghers polyps', 'Peutz-Jeghers'],
  ['von Hippel-Lindau', 'von Hippel-Lindau'], ['Tyrer-Cuzick lifetime risk 24%', 'Tyrer-Cuzick'], ['Manchester score 18', 'Manchester score'], ['Beighton score 7/9', 'Beighton'],
  ['PREMM5 score 3.1%', 'PREMM5'], ['Angelman syndrome', 'Angelman'], ['Klinefelter syndrome (47,XXY)', 'Klinefelter'], ['Fabry disease', 'Fabry'], ['Wilson disease', 'Wilson'],
  // relations without names, pedigree positions, ages, years
  ['Maternal aunt with breast cancer at 42', 'Maternal aunt'], ['Paternal grandfather died of an MI at 58', 'Paternal grandfather'], ['Proband is III-2 on the pedigree', 'III-2'],
  ['Her mother died at 47 of ovarian cancer', '47'], ['Paternal grandmother died at 89', '89'], ['Brother diagnosed at 38', '38'], ['d. 2015', '2015'], ['b. 1942', '1942'], ['Diagnosed in 2009', '2009'],
  ['in her 60s', '60s'], ['the 1920s', '1920s'], ['three generations', 'three generations'],
  // ancestries, countries, states, generic places
  ['Ashkenazi Jewish ancestry', 'Ashkenazi Jewish'], ['French Canadian ancestry on the paternal side', 'French Canadian'], ['Acadian heritage', 'Acadian'], ['Old Order Amish community', 'Amish'],
  ['Grandparents emigrated from Ireland', 'Ireland'], ['Paternal family is from Poland', 'Poland'], ['Family settled in Quebec', 'Quebec'], ['Moved from New Hampshire', 'New Hampshire'],
  ['Seen in the cancer genetics clinic', 'the cancer genetics clinic'], ['Referred to Maternal-Fetal Medicine', 'Maternal-Fetal Medicine'], ['sent to the state newborn screening lab', 'the state newborn screening lab'],
  // labs, tests, codes, measures
  ['Sent to Invitae', 'Invitae'], ['Tested at GeneDx', 'GeneDx'], ['Ambry CancerNext panel', 'Ambry'], ['Myriad MyRisk', 'Myriad'], ['CPT 81162', '81162'], ['ICD-10 Z15.01', 'Z15.01'],
  ['IRB #2014-0873', '2014-0873'], ['Fetal fraction 9%', '9%'], ['Sweat chloride 72 mmol/L', '72 mmol/L'], ['IRT 98 ng/mL', '98 ng/mL'], ['C8 0.85 umol/L', '0.85 umol/L'],
  ['EDTA lavender-top tube, 4 mL', '4 mL'], ['at 12w3d', '12w3d'], ['G2P1001', 'G2P1001'], ['NT 3.4 mm', '3.4 mm'], ['24 hours of life', '24 hours'],
  // everyday words that are also names
  ['There is hope that the test will clarify risk.', 'hope'], ['Patient has a strong family history.', 'strong'], ['Gave her a little time to process.', 'little'], ['Results were in good agreement.', 'good'],
];

export const geneticsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedGeneticsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(geneticsKeepCases(), find);

export function scoreGeneticsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => geneticsWaveCases(seed)), find);
}
