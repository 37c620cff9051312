// A blind wave of care-transition notes: social work, case management and discharge planning notes, PT/OT notes,
// ED triage and transfer/acceptance notes and home-care (VNA) referrals, telegraphic or in full sentences, in mixed
// case, ALL CAPS and lower case. They are dense in places (towns, many of them everyday words or given names;
// hospitals, outside hospitals and their initials; nursing homes, rehabs, LTACHs, assisted living, shelters and
// home-care agencies named by a town, a chain or a person; street addresses with apartment numbers; ZIP codes;
// counties), relatives, proxies and contacts, staff, dates in every form, phones, faxes, extensions and pagers,
// ages over 89 and payer, referral, authorization and record numbers. A list of look-alikes in the same style must
// not be touched. Written without reading the engine's rules or any gold data. `scoreTransitionsWave`.
// Decisions: what identifies a place is planted, its generic tail is not ('Hospital', 'Medical Center', 'Rehab',
// 'Nursing Home', 'VNA', 'County', 'Senior Center', 'Fire', 'Assisted Living', 'Life Care Center of'), but a tail
// that is part of the name is ('X General', 'X Memorial', 'X Regional', 'X Manor', 'X Gardens', 'X Village', 'X Place');
// a chain's proper name is a place ('Kindred', 'Wingate', 'Benchmark'), and so is a street named without a number;
// an apartment number is planted apart from its street ('Apt' need not be covered); an extension ('x1234', 'ext.
// 55') and a pager number are phones (digits only); a leading '(' or '1-' of a phone need not be covered; in
// "next Tuesday the 9th" only "9th" is planted; holidays that name a day are dates; a month alone is a date; MRNs,
// Medicare MBIs, MassHealth and member ids, authorization and referral numbers are planted. Kept (look-alikes):
// states (also 'NH' and 'ME' as states), countries, weekdays alone, years alone, ages of 89 and under, payer and
// program names (Medicare, Medicaid, MassHealth, SSI, Section 8, PACE, Meals on Wheels, Lifeline), agency types
// (VNA, SNF, LTACH, ALF), pharmacy chains, generic places ('rehab', 'home', 'the ED', 'MICU', '5 West'), scores,
// doses, times, levels of assist, drug, device and eponym names, and everyday words that are also names. Initials
// of a first name before a surname ('Dr. K. Smith') and an interpreter's language are not planted.
// Measured before rules: 0.862 recall on seeds 5, 11, 23 (2192/2544), 0.860 on fresh seeds 41, 42, 43 (2195/2551);
// 4/86 look-alikes touched ("Florida", "Portugal" after place cues; "Tuesday", "Mon/Wed/Fri").
import { faker as in_ } from '@faker-js/faker/locale/en_IN';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, ie, mx, br, fr, in_];

/** Given names and surnames that are everyday words (or clinical words: 'Walker', 'Cane', 'Case', 'Ward'). */
const WORD_GIVEN = ['Hope', 'Grace', 'Will', 'May', 'Bill', 'Faith', 'Joy', 'June', 'Rose', 'Iris', 'Ivy', 'Dawn', 'Frank', 'Drew', 'Art', 'Sue', 'Pat', 'Gene', 'Sandy', 'Summer', 'Amber', 'Ruby', 'Pearl', 'Hazel', 'Chase', 'Guy', 'Max', 'Dean', 'Jack', 'Patience', 'Precious', 'Sunny'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Small', 'Young', 'Wood', 'White', 'Rice', 'Ward', 'Bell', 'Cook', 'Wells', 'Stone', 'Fields', 'Hall', 'Little', 'Church', 'Moody', 'Best', 'Strong', 'Walker', 'Cane', 'Baker', 'Banks', 'Case', 'Rhodes', 'Lane', 'Brook', 'Nurse', 'Friend'];
/** Towns that are everyday words or given names. */
const WORD_TOWNS = ['Hope', 'Union', 'Florence', 'Chelsea', 'Canton', 'Reading', 'Bath', 'Milton', 'Needham', 'Clinton', 'Salem', 'Auburn', 'Sharon', 'Beverly', 'Shirley', 'Warren', 'Orange', 'Concord', 'Lincoln', 'Franklin', 'Dover', 'Chester', 'Marion', 'Lawrence', 'Ware', 'Harvard', 'Athol', 'Hull', 'Hudson', 'Liberty', 'Independence', 'Mansfield', 'Easton', 'Grafton'];
const REAL_TOWNS = ['Worcester', 'Brockton', 'Quincy', 'Lowell', 'Framingham', 'Taunton', 'Fall River', 'New Bedford', 'Wrentham', 'Weymouth', 'Somerville', 'Pittsfield', 'Haverhill', 'Leominster', 'Attleboro', 'Stoughton', 'Norwood', 'Dedham', 'Woonsocket', 'Nashua'];
const COUNTIES = ['Plymouth', 'Bristol', 'Essex', 'Middlesex', 'Norfolk', 'Suffolk', 'Worcester', 'Hampden', 'Berkshire', 'Barnstable', 'Franklin', 'Hampshire', 'Orange', 'Union', 'Washington', 'Jefferson', 'Madison', 'Cumberland', 'Providence', 'Kent'];
const SAINTS = ['Luke', 'Anne', 'Vincent', 'Elizabeth', 'Joseph', 'Mary', 'Francis', 'Clare', 'Jude', 'Margaret', 'Agnes', 'Camillus'];
const HOSP_HEADS = ['Good Samaritan', 'Holy Family', 'Sturdy', 'Baystate', 'Lahey', 'Signature', 'Heywood', 'Morton', 'Emerson', 'Faulkner', 'Carney', 'Mercy', 'Harrington', 'Cooley Dickinson', 'Anna Jaques', 'Saints', 'Milford-Whitinsville', 'Noble'];
const FAC_HEADS = ['Briarwood', 'Maple Crest', 'Heathwood', 'Oosterman', 'Pleasant Bay', 'Blue Hills', 'Sachem', 'Laurel Ridge', 'Cedar View', 'Meadow Green', 'Fox Hill', 'Golden Pond', 'Marina Bay', 'Alden Court', 'Hillcrest', 'Rosewood', 'Sippican', 'Brandon Woods'];
const CHAINS = ['Kindred', 'Wingate', 'Genesis', 'Benchmark', 'Encompass', 'Brookdale', 'Spaulding', 'Whittier', 'Atria', 'Sunrise', 'Hebrew SeniorLife', 'Vibra'];
const SHELTERS = ['Pine Street Inn', "Rosie's Place", 'Lazarus House', 'Bethany House', 'Haven House', 'Open Door', 'Harbor Light', 'Samaritan Inn', "Shepherd's Place", 'Father Bill\'s Place'];
const STATES = ['MA', 'NH', 'RI', 'CT', 'ME', 'VT'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri'];
const MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.surnameOf(WORD_SUR);
  }
  fakerSur(): string {
    return this.particleFreeSurname();
  }
  fakerGiven(): string {
    return this.faker().person.firstName().split(/[\s-]/)[0]!;
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.65 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  wordTown(): string {
    return this.pick(WORD_TOWNS);
  }
  /** A street name, sometimes abbreviated ('Elm St'). */
  street(): string {
    const s = this.faker().location.street().replace(/\.$/, '');
    return this.r() < 0.5 ? s.replace(/ Street$/, ' St').replace(/ Avenue$/, ' Ave').replace(/ Road$/, ' Rd') : s;
  }
  streetAddress(): string {
    return `${this.int(2, 2400)} ${this.street()}`;
  }
  apt(): string {
    return `${this.int(1, 40)}${this.pick(['', '', 'A', 'B', 'C', 'R', 'L'])}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99950)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${String(this.int(1, 9999)).padStart(4, '0')}` : z;
  }
  /** A hospital as written, and the words of it that identify it. */
  hospital(): readonly [string, readonly string[]] {
    const k = this.int(0, 6);
    if (k === 0) {
      const s = `${this.pick(['St.', 'St', 'Saint'])} ${this.pick(SAINTS)}'s`;
      return [s, [s]];
    }
    if (k === 1) {
      const saint = this.pick(SAINTS).toLowerCase();
      const s = `st ${saint}${saint.endsWith('s') ? '' : 's'}`;
      return [s, [s]];
    }
    if (k === 2) {
      const t = this.town();
      return [`${t} ${this.pick(['Hospital', 'Medical Center', 'Hosp', 'Health'])}`, [t]];
    }
    if (k === 3) {
      const s = `${this.town()} ${this.pick(['General', 'Memorial', 'Regional'])}`;
      return [`${s}${this.r() < 0.4 ? ' Hospital' : ''}`, [s]];
    }
    if (k === 4) {
      const h = this.pick(HOSP_HEADS);
      return [`${h} ${this.pick(['Hospital', 'Medical Center', 'Med Ctr', 'Healthcare'])}`, [h]];
    }
    if (k === 5) {
      const i = this.initials();
      return [i, [i]];
    }
    const s = `${this.fakerGiven()} ${this.fakerSur()} Memorial`;
    return [`${s} Hospital`, [s]];
  }
  initials(): string {
    return this.pick(['B', 'N', 'S', 'M', 'L', 'C', 'W', 'H', 'F']) + this.pick(['I', 'W', 'M', 'G', 'E', 'R', 'S']) + this.pick(['H', 'MC', 'DH', 'RH', 'GH']);
  }
  /** A nursing home, rehab or LTACH as written, and its identifying words. */
  facility(): readonly [string, readonly string[]] {
    const k = this.int(0, 5);
    const tail = (): string => this.pick(['Rehab', 'Nursing and Rehab', 'Health Care Center', 'Skilled Nursing', 'Nursing Home', 'Care Center', 'Rehab Center']);
    if (k === 0) {
      const h = this.pick(FAC_HEADS);
      return [`${h} ${tail()}`, [h]];
    }
    if (k === 1) {
      const t = this.town();
      return [`${t} ${tail()}`, [t]];
    }
    if (k === 2) {
      const s = `${this.pick(FAC_HEADS)} ${this.pick(['Manor', 'Gardens', 'Village', 'Commons'])}`;
      return [s, [s]];
    }
    if (k === 3) {
      const c = this.pick(CHAINS);
      const t = this.town();
      return [`${c} ${this.pick(['at ', '- ', ''])}${t}`, [c, t]];
    }
    if (k === 4) {
      const t = this.town();
      return [`${this.pick(['Life Care Center', 'Center for Rehab and Nursing', 'Rehab and Nursing Center'])} of ${t}`, [t]];
    }
    const c = this.pick(CHAINS);
    return [`${c} ${this.pick(['Rehab', 'SNF', 'TCU', 'LTACH'])}`, [c]];
  }
  /** An assisted living residence as written, and its identifying words. */
  alf(): readonly [string, readonly string[]] {
    const h = this.r() < 0.5 ? this.pick(FAC_HEADS) : this.town();
    const tail = this.pick(['Assisted Living', 'Senior Living', 'Place', 'Village', 'Terrace']);
    return tail.endsWith('Living') ? [`${h} ${tail}`, [h]] : [`${h} ${tail}`, [`${h} ${tail}`]];
  }
  yy(): string {
    return String(this.int(0, 30)).padStart(2, '0');
  }
  phone(): readonly [string, string, string] {
    return [String(this.int(201, 989)), String(this.int(200, 999)), String(this.int(0, 9999)).padStart(4, '0')];
  }
  /** A phone as written, and the part that must be covered (a leading '(' or '1-' need not be). */
  phoneForm(): readonly [string, string] {
    const [a, b, c] = this.phone();
    const k = this.int(0, 6);
    if (k === 0) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (k === 1) return [`(${a})${b}-${c}`, `${a})${b}-${c}`];
    if (k === 2) return [`1-${a}-${b}-${c}`, `${a}-${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b}-${c}`, `${a}/${b}-${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  /** A Medicare Beneficiary Identifier (1EG4-TE5-MK73), with or without dashes. */
  mbi(): string {
    const a = (): string => this.pick([...MBI_ALPHA]);
    const n = (): string => String(this.int(0, 9));
    const an = (): string => (this.r() < 0.5 ? a() : n());
    const [p, q, r] = [`${this.int(1, 9)}${a()}${an()}${n()}`, `${a()}${an()}${n()}`, `${a()}${a()}${n()}${n()}`];
    return this.r() < 0.5 ? `${p}-${q}-${r}` : `${p}${q}${r}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // relatives, proxies and contacts
  ['SW met with spouse', (d) => { const g = d.given(); return [`SW met w/ pt and ${d.pick(['wife', 'husband', 'partner'])} ${g} at bedside to review dispo options.`, [g]]; }],
  ['HCP son with cell', (d) => { const g = d.given(); const s = d.sur(); const [t, p] = d.phoneForm(); return [`HCP: son ${g} ${s}, cell ${t}.`, [g, s, p]]; }],
  ['guardian (sentence)', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`Pt has a court-appointed guardian, ${g} ${s} of ${t}, who must sign all placement paperwork.`, [g, s, t]]; }],
  ['neighbour has key', (d) => { const g = d.given(); return [`${d.pick(['Neighbor', 'Neighbour', 'neighbor'])} ${g} checks on pt daily, has key to apt.`, [g]]; }],
  ['friend to transport', (d) => { const g = d.given(); const s = d.sur(); return [`friend ${g} ${s} to pick pt up at 1400 for d/c.`, [g, s]]; }],
  ['emergency contact niece', (d) => { const g = d.given(); const s = d.sur(); const [t, p] = d.phoneForm(); return [`Emergency contact: niece ${g} ${s} ${t}`, [g, s, p]]; }],
  ['dtr POA lives in town', (d) => { const g = d.given(); const t = d.town(); return [`Dtr ${g} is POA, lives in ${t}, very involved.`, [g, t]]; }],
  ['CM left VM', (d) => { const g = d.given(); const [, b, c] = d.phone(); return [`CM left VM for ${d.pick(['dtr', 'son', 'wife', 'grandson', 'sister'])} ${g} at ${b}-${c}, awaiting call back.`, [g, `${b}-${c}`]]; }],
  ['spoke with contact at chain', (d) => { const g = d.given(); const c = d.pick(CHAINS); return [`Spoke with ${g} at ${c} admissions re: bed offer; needs updated PT notes.`, [g, c]]; }],
  // staff
  ['PT eval by', (d) => { const g = d.given(); const s = d.sur(); return [`PT eval completed by ${g} ${s}, PT, DPT. Recommend acute rehab.`, [g, s]]; }],
  ['OT signature with pager', (d) => { const g = d.given(); const s = d.sur(); const n = d.digitString(d.int(4, 5)); return [`${g} ${s}, OTR/L\npgr ${n}`, [g, s, n]]; }],
  ['accepting MD', (d) => { const s = d.sur(); return [`Accepting MD: Dr. ${s} (hospitalist), bed assigned on 6 North.`, [s]]; }],
  ['PCP at practice with fax', (d) => { const s = d.sur(); const t = d.town(); const [f, p] = d.phoneForm(); return [`PCP: Dr. ${d.fakerGiven()[0]}. ${s} at ${t} Family Medicine, fax ${f}.`, [s, t, p]]; }],
  ["outside doctor's office", (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`Records faxed to Dr ${g} ${s}'s office (ortho) in ${t}.`, [g, s, t]]; }],
  ['triaged by RN', (d) => { const g = d.given(); return [`Triaged by ${g}, RN. ESI 3, placed in hallway bed.`, [g]]; }],
  ['CM signature with extension', (d) => { const g = d.given(); const s = d.sur(); const e = d.digitString(4); return [`${g} ${s}, RN, Case Manager x${e}`, [g, s, e]]; }],
  ['SW covering for', (d) => { const g = d.given(); const g2 = d.given(); return [`SW ${g} covering for ${g2} today, will f/u on SNF list.`, [g, g2]]; }],
  ['Mrs. surname (sentence)', (d) => { const s = d.sur(); return [`Mrs. ${s} reports she cannot manage the stairs to her apartment and is afraid of falling.`, [s]]; }],
  ['patient full name', (d) => { const g = d.given(); const s = d.sur(); return [`${g} ${s}, ${d.int(55, 89)} yo ${d.pick(['M', 'F'])}, referred for home PT/OT after TKA.`, [g, s]]; }],
  ['interpreter', (d) => { const g = d.given(); return [`${d.pick(['Spanish', 'Portuguese', 'Haitian Creole', 'Vietnamese', 'Russian'])} interpreter ${g} present for entire session.`, [g]]; }],
  // places
  ['lives alone at address with apt', (d) => { const a = d.streetAddress(); const apt = d.apt(); const f = d.pick([`, Apt ${apt}`, ` #${apt}`, `, Unit ${apt}`, ` apt ${apt}`]); return [`Lives alone at ${a}${f}, walk-up, no elevator.`, [a, apt]]; }],
  ['home address with ZIP', (d) => { const a = d.streetAddress(); const t = d.town(); const z = d.zip(); return [`Home address: ${a}, ${t}, ${d.pick(STATES)} ${z}`, [a, t, z]]; }],
  ['ZIP outside service area', (d) => { const z = d.zip(); return [`Agency unable to staff ZIP ${z}, re-referred to second choice.`, [z]]; }],
  ['county elder services', (d) => { const c = d.pick(COUNTIES); return [`Referral to ${c} County elder services for homemaker and PCA.`, [c]]; }],
  ['transfer from OSH', (d) => { const [h, p] = d.hospital(); return [`Transfer from ${h} ED for ${d.pick(['neurosurg eval', 'cath', 'ERCP', 'higher level of care'])}.`, p]; }],
  ['OSH (name)', (d) => { const [h, p] = d.hospital(); return [`admitted to OSH (${h}) x3 days, then transferred.`, p]; }],
  ['accepted from initials via fire', (d) => { const i = d.initials(); const t = d.town(); const t2 = d.town(); return [`Accepted from ${i} in ${t}; arrived via ${t2} Fire.`, [i, t, t2]]; }],
  ['BIBA from facility', (d) => { const [f, p] = d.facility(); return [`BIBA from ${f} after unwitnessed fall.`, p]; }],
  ['d/c to SNF', (d) => { const [f, p] = d.facility(); return [`D/C to ${f} for short-term rehab once auth obtained.`, p]; }],
  ['bed offers', (d) => { const [f1, p1] = d.facility(); const [f2, p2] = d.facility(); const [f3, p3] = d.facility(); return [`Bed offers: ${f1}, ${f2}. Family declined ${f3}.`, [...p1, ...p2, ...p3]]; }],
  ['assisted living', (d) => { const [a, p] = d.alf(); return [`Pt resides at ${a} (ALF), 2 meals/day included.`, p]; }],
  ['shelter', (d) => { const s = d.pick(SHELTERS); const t = d.town(); return [`Currently staying at ${s} in ${t}, can return at d/c.`, [s, t]]; }],
  ['VNA named by town', (d) => { const t = d.town(); const [m, dd] = d.md(); return [`Referral faxed to ${t} VNA, SOC ${m}/${dd}.`, [t, `${m}/${dd}`]]; }],
  ['home care named by person', (d) => { const s = d.fakerSur(); return [`${d.pick([`${s} Home Care`, `${s} Home Health`, `${s} & Sons Home Care`])} to provide HHA 3x/wk.`, [s]]; }],
  ['LTACH chain with town', (d) => { const c = d.pick(CHAINS); const t = d.town(); return [`Referral to ${c} Hospital ${t} (LTACH) for vent wean.`, [c, t]]; }],
  ['records from hospital', (d) => { const [h, p] = d.hospital(); const [f, fp] = d.phoneForm(); return [`records requested from ${h.toLowerCase()} HIM, fax ${f}.`, [...p.map((x) => x.toLowerCase()), fp]]; }],
  ['pharmacy on street', (d) => { const s = d.street(); const t = d.town(); return [`Rx sent to ${d.pick(['CVS', 'Walgreens', 'Rite Aid'])} on ${s} in ${t}.`, [s, t]]; }],
  ['senior center', (d) => { const t = d.town(); return [`Attends adult day at ${t} Senior Center M/W/F.`, [t]]; }],
  ['moved from town', (d) => { const t = d.town(); return [`Recently moved from ${t} to live with dtr.`, [t]]; }],
  ['grew up in word town (sentence)', (d) => { const t = d.wordTown(); return [`She grew up in ${t} and worked there as a teacher for thirty years.`, [t]]; }],
  // dates
  ['admit and anticipated DC', (d) => { const [m, dd] = d.md(); const y = d.yy(); const [m2, d2] = d.md(); return [`Admit ${m}/${dd}/${y}; anticipated DC ${m2}/${d2}.`, [`${m}/${dd}/${y}`, `${m2}/${d2}`]]; }],
  ['family meeting on the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`Family meeting set for the ${o} at 1300 with CM and team.`, [o]]; }],
  ['next weekday the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`SOC next ${d.pick(WEEKDAYS)} the ${o}.`, [o]]; }],
  ['month and month day', (d) => { const k = d.int(0, 11); const k2 = d.int(0, 11); const n = d.int(1, 30); return [`Last saw PCP in ${MONTHS[k]}; f/u appt ${MON[k2]} ${n}.`, [MONTHS[k]!, `${MON[k2]} ${n}`]]; }],
  ['stay range m/d-m/d', (d) => { const [f, p] = d.facility(); const [m, dd] = d.md(); const m2 = m === 12 ? 1 : m + d.int(0, 1); const d2 = m2 === m ? dd + d.int(1, 3) : d.int(1, 28); return [`Pt at ${f} ${m}/${dd}-${m2}/${d2}, then home w/ VNA.`, [...p, `${m}/${dd}-${m2}/${d2}`]]; }],
  ['from-to dates', (d) => { const [m, dd] = d.md(); const [m2, d2] = d.md(); return [`Medicare covered days from ${m}/${dd} to ${m2}/${d2}.`, [`${m}/${dd}`, `${m2}/${d2}`]]; }],
  ['holiday', (d) => { const h = d.pick(['Christmas', 'Xmas', 'x-mas', 'Thanksgiving', 'Easter', "New Year's", 'the 4th of July']); return [`Dtr hoping to have pt home by ${h}.`, [h.replace(/^the /, '')]]; }],
  ['DOB on referral', (d) => { const [m, dd] = d.md(); const y = d.int(1920, 1965); return [`DOB: ${m}/${dd}/${y}`, [`${m}/${dd}/${y}`]]; }],
  ['long date', (d) => { const s = `${d.pick(MONTHS)} ${d.int(1, 28)}, ${d.int(2005, 2030)}`; return [`Medicaid application submitted ${s}.`, [s]]; }],
  ['dashed date', (d) => { const [m, dd] = d.md(); const s = `${m}-${dd}-${d.yy()}`; return [`LOC screen expires ${s}.`, [s]]; }],
  ['month ordinal', (d) => { const s = `${d.pick(MONTHS)} ${ordinal(d.int(1, 31))}`; return [`Last covered day is ${s} per NOMNC.`, [s]]; }],
  // ages
  ['age over 89 at triage', (d) => { const n = String(d.int(90, 104)); const [f, p] = d.facility(); const a = d.pick([`${n} yo`, `${n}yo`, `${n} y/o`, `${n}F`, `${n} yr old`]); return [`${a} ${a.endsWith('F') ? '' : 'F '}BIBA from ${f} s/p fall, +head strike.`, [n, ...p]]; }],
  ['age over 89 (sentence)', (d) => { const n = String(d.int(90, 106)); return [`Pt is a ${n}-year-old widow who lives alone and still drives.`, [n]]; }],
  // phones and numbers
  ['phone with ext.', (d) => { const [f, p] = d.phoneForm(); const e = d.digitString(d.int(2, 5)); return [`Call ${d.pick(['intake', 'admissions', 'the SNF'])} at ${f} ${d.pick(['ext.', 'ext', 'x'])} ${e}.`, [p, e]]; }],
  ['intake line x ext', (d) => { const [, b, c] = d.phone(); const e = d.digitString(4); return [`Intake line ${b}-${c} x${e}`, [`${b}-${c}`, e]]; }],
  ['fax attn', (d) => { const [f, p] = d.phoneForm(); const g = d.given(); return [`Fax H&P and PT notes to ${f}, attn ${g}.`, [p, g]]; }],
  ['page SW', (d) => { const g = d.given(); const n = d.digitString(d.int(4, 5)); return [`Page SW ${g} at pgr ${n} with questions.`, [g, n]]; }],
  ['MassHealth id', (d) => { const n = d.digitString(12); return [`MassHealth ID ${n}, active.`, [n]]; }],
  ['Medicare MBI', (d) => { const m = d.mbi(); return [`Medicare MBI ${m}`, [m]]; }],
  ['commercial member id', (d) => { const id = `${d.pick(['XJH', 'ZBW', 'MAQ', 'W'])}${d.digitString(9)}`; return [`${d.pick(['BCBS', 'Aetna', 'Humana', 'UnitedHealthcare'])} member ID ${id}`, [id]]; }],
  ['auth number', (d) => { const n = d.digitString(d.int(6, 10)); const [m, dd] = d.md(); return [`Auth #${n} for 7 days, next review ${m}/${dd}.`, [n, `${m}/${dd}`]]; }],
  ['referral number', (d) => { const n = d.digitString(7); return [`Referral #${n} sent via ${d.pick(['CarePort', 'Allscripts', 'ePREP', 'Ensocare'])}.`, [n]]; }],
  ['OSH MRN', (d) => { const n = d.digitString(d.int(7, 9)); const i = d.initials(); return [`OSH MRN ${n} (${i}).`, [n, i]]; }],
  // mini-notes
  ['SW assessment mini-note', (d) => {
    const t = d.town(); const a = d.streetAddress(); const g = d.given(); const g2 = d.given(); const s = d.sur(); const [ph, pp] = d.phoneForm(); const s2 = d.sur(); const [f, fp] = d.facility(); const t2 = d.town();
    return [`SW ASSESSMENT\nPt is a widowed retired machinist from ${t}, lives at ${a} w/ dtr ${g}.\nHCP: ${g2} ${s} (niece), ${ph}.\nPCP Dr. ${s2}. Plan: ${f} vs home w/ ${t2} VNA.`, [t, a, g, g2, s, pp, s2, ...fp, t2]];
  }],
  ['transfer acceptance mini-note', (d) => {
    const [m, dd] = d.md(); const s = d.sur(); const [h, hp] = d.hospital(); const [ph, pp] = d.phoneForm(); const s2 = d.sur(); const t = d.town(); const n = String(d.int(90, 99));
    return [`TRANSFER ACCEPTANCE ${m}/${dd} 0215\nReferring: Dr. ${s} at ${h} (${ph})\n${n} y/o M w/ SDH on Eliquis.\nAccepting: Dr. ${s2}, NSICU. Transport: ${t} ambulance.`, [`${m}/${dd}`, s, ...hp, pp, n, s2, t]];
  }],
  ['VNA referral mini-note', (d) => {
    const t = d.town(); const [ph, pp] = d.phoneForm(); const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const y = d.int(1925, 1960); const mbi = d.mbi();
    const a = d.streetAddress(); const apt = d.apt(); const t2 = d.town(); const k = d.int(0, 11); const n = d.int(1, 28); const g2 = d.given(); const [, b, c] = d.phone();
    return [
      `VNA REFERRAL to ${t} VNA, fax ${ph}\nPt: ${g} ${s}, DOB ${m}/${dd}/${y}, MBI ${mbi}\nAddress: ${a}, Apt ${apt}, ${t2}\nSOC requested ${MON[k]} ${n}. Contact: wife ${g2} ${b}-${c}.`,
      [t, pp, g, s, `${m}/${dd}/${y}`, mbi, a, apt, t2, `${MON[k]} ${n}`, g2, `${b}-${c}`],
    ];
  }],
  ['PT discharge recs mini-note', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.pick(CHAINS); const t = d.town(); const o = ordinal(d.int(1, 31));
    return [`PT D/C RECS\nAmb 150 ft w/ RW, CGA; Tinetti 18/28.\nRec: acute rehab, ${c} ${t} screening on the ${o}.\n${g} ${s}, PT`, [c, t, o, g, s]];
  }],
];

/** The names of the wave's frames. */
export const transitionsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function transitionsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 71, rounds);
}

/** Look-alikes in care-transition style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // drugs, devices, eponyms, scales
  ['Foley removed prior to transfer', 'Foley'], ["hx Parkinson's disease, on Sinemet", 'Parkinson'], ["hx Parkinson's disease, on Sinemet", 'Sinemet'],
  ['+Babinski on R', 'Babinski'], ['HOYER LIFT FOR ALL TRANSFERS', 'HOYER'], ['amb 150 ft w/ rolling walker, CGA', 'walker'],
  ['Lofstrand crutches at home', 'Lofstrand'], ['Jobst stockings to BLE', 'Jobst'], ['Ace wrap to LLE', 'Ace'], ['Rollator, shower chair, commode', 'Rollator'],
  ['Eliquis held for procedure', 'Eliquis'], ['coumadin clinic f/u, INR 2.4', 'coumadin'], ['Keppra 500 bid', 'Keppra'], ['Dilaudid 2mg IV q3h prn', 'Dilaudid'],
  ['Ensure TID w/ meals', 'Ensure'], ['PICC placed for IV abx x6 wks', 'PICC'], ['wound vac to sacrum, change MWF', 'wound vac'], ['Depends and chux supplied', 'Depends'],
  ["Alzheimer's dementia, MMSE 24/30", 'Alzheimer'], ["Alzheimer's dementia, MMSE 24/30", '24/30'], ['Lewy body dementia', 'Lewy'], ["Bell's palsy 2019", 'Bell'],
  ['Glasgow Coma Scale 15', 'Glasgow'], ['Braden 14, turn q2h', 'Braden'], ['Morse fall score 65', 'Morse'], ['Barthel index 55/100', 'Barthel'],
  ['Epley maneuver performed, sx improved', 'Epley'], ['romberg neg', 'romberg'], ['TINETTI 18/28, HIGH FALL RISK', '18/28'], ['MoCA 21/30', '21/30'],
  ['Berg 38/56', '38/56'], ['sit to stand 2/4 assist', '2/4'], ['strength 4/5 BLE', '4/5'], ['BP 148/92, HR 102', '148/92'], ['ESI 2 per triage', 'ESI 2'],
  ['CIWA 12, ativan given', 'CIWA'], ['dx code Z74.09', 'Z74.09'],
  // levels of assist, times, ages
  ['Level of assist: mod A x1', 'mod A'], ['min assist for bathing', 'bathing'], ['Independent w/ ADLs prior to admit', 'Independent'], ['Supervision for stairs', 'Supervision'],
  ['WBAT RLE per ortho', 'WBAT'], ['TTWB LLE x6 wks', 'TTWB'], ['f/u appt at 1400', '1400'], ['family mtg at 1330', '1330'], ['85 yo F from home', '85'], ['89 y/o M', '89'],
  // programs, payers, agency types, generic places
  ['needs VNA for PT/OT/RN', 'VNA'], ['PACE program referral discussed', 'PACE'], ['SNF vs LTACH vs ALF discussed w/ family', 'SNF'], ['SNF vs LTACH vs ALF discussed w/ family', 'LTACH'],
  ['SNF vs LTACH vs ALF discussed w/ family', 'ALF'], ['Meals on Wheels 5x/wk', 'Meals on Wheels'], ['Lifeline button in place', 'Lifeline'], ['Section 8 voucher', 'Section 8'],
  ['Medicare A days remaining: 60', 'Medicare'], ['Medicaid pending', 'Medicaid'], ['receives SSI and SSDI', 'SSI'], ['MassHealth application started', 'MassHealth'],
  ['APS report filed', 'APS'], ['MOLST completed: DNR/DNI', 'MOLST'], ['HCP form on chart', 'HCP'], ['elder services referral', 'elder services'], ['Rx to CVS', 'CVS'],
  ['to rehab when medically stable', 'rehab'], ['pt lives at home w/ spouse', 'home'], ['boarding in the ED overnight', 'the ED'], ['transfer to MICU', 'MICU'], ['bed on 5 West', '5 West'],
  // states, countries, weekdays, years
  ['pt moving to Florida w/ son', 'Florida'], ['originally from NH and VT', 'NH'], ['originally from NH and VT', 'VT'], ['emigrated from Portugal in 1970', 'Portugal'],
  ['emigrated from Portugal in 1970', '1970'], ['travels to Haiti yearly', 'Haiti'], ['SOC planned for Tuesday', 'Tuesday'], ['PT on Mon/Wed/Fri', 'Mon/Wed/Fri'],
  // everyday words that are also names or towns
  ['hope to d/c tomorrow', 'hope'], ['will need 24h supervision', 'will'], ['may need SNF', 'may'], ['grace period for coverage', 'grace'], ['billing office aware', 'billing'],
  ['Reading glasses at bedside', 'Reading'], ['Bath bench and raised toilet seat ordered', 'Bath'], ['Union rep called re: pension', 'Union'], ['Faith important to pt, chaplain consulted', 'Faith'],
];

export const transitionsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTransitionsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(transitionsKeepCases(), find);

export function scoreTransitionsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => transitionsWaveCases(seed)), find);
}
