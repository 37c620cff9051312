// A blind wave of dates as clinicians write them inside running clinical text: nursing shift and event notes (last BM,
// lines and drains placed and due, falls, sitters, family visits around holidays), physician progress notes (POD and
// hospital-day lines with the date in parentheses, antibiotic courses as ranges, cultures, lines, transfusions, held
// and restarted anticoagulation), hospital course paragraphs ('admitted on March 4th', 'from the 4th to the 7th', 'in
// the ICU March 4-7', 'over the Labor Day weekend'), medication and procedure histories ('s/p CABG 3/09', 'last dose
// 12/24', 'restarted 1/3 after holding', 'LHC 03.04.21', 'Cx done 11/29', start dates in tables), flowsheet comments
// and logs ('0600 3/4', '6/2 @ 0300', glucose and weight tables), discharge instructions (follow-up on 'Tuesday, March
// 4th', staples out, no driving until), ICU event lists, oncology treatment timelines ('C1D1 4/2', 'MAR '21: dx via
// EBUS', radiation from/to), OB dating (LMP, EDC, SROM, Rhogam), immunization histories ('Tdap 8/2019', 'Flu 10/3/22')
// and weekday and holiday references ('on Tuesday', 'last Thurs', 'this am (Mon)', 'on Christmas Eve', 'since Xmas'),
// months alone ('began in early March', 'LMP ~mid-Feb'), flowsheet exports ('2021-03-04 06:00'), pasted spreadsheet
// columns ('4-Mar'), registry lists ('Influenza Oct-22') and 'the week of 3/4', in mixed case, ALL CAPS and lower case.
// Numeric dates are written with and without a year, with 2- and 4-digit years, with slashes, dashes and dots; month
// names full, abbreviated, lower case and upper case, with and without a day or an ordinal. A few staff, family names
// and towns ride along. A list of look-alikes in the same style must not be touched. Written without reading the
// engine's rules or any gold data. `scoreTimelineWave`.
// Decisions: every date element but a year alone is planted, as written: a month with a day ('Mar 4th', '4th of March',
// 'march 4', '3/4', '3-4'), a full date ('3/4/21', '03.04.21', '03/04/2021'), a month with a year ('March 2021', "MAR
// '21", '8/2019', 'Oct-22', 's/p CABG 3/09') since the month is an element, a month alone naming when something
// happened ('in early March', '~mid-Feb'; the month planted without 'early' or 'mid-'), an ordinal day alone ('on the
// 14th', the ordinal planted without 'the'), a weekday that names a day of this history ('on Tuesday', 'last Thurs',
// '(Mon)'), and named days that fix a calendar day in a year: Christmas (and 'Xmas'), Christmas Eve, New Year's
// Eve/Day, Thanksgiving, Easter, July 4th, Memorial Day, Labor Day, Halloween, Valentine's Day, Mother's and Father's
// Day (planted without a following 'weekend' or 'dinner'). A range written as one ('3/4-3/7', 'March 4-7', 'Apr-Jun
// 2021', '3/4-7') is one part; a range in words ('3/4 to 3/7', 'from the 4th to the 7th') plants each end. The time
// beside a date ('@ 0300', '0600') is kept, as are the event words glued to a date ('POD#2', 'C1D1', 'LMP', 'EDC',
// 'HD#4'). Kept (look-alikes): a weekday of a recurring schedule ('HD on Tuesdays, Thursdays and Saturdays', 'MWF',
// 'every Tuesday'), seasons even with a year ('spring of 2019'), vague spans ('the holidays', 'last month', 'next
// week', 'yesterday', 'POD 3', 'x3 days'), years alone, ages of 89 and under, times alone, and every slash or dash
// number that is not a date: doses and fractions (1/2 tab, 3/4 strength, D5 1/2 NS, Percocet 5/325, NPH 70/30), BP,
// strength 4/5, pain 7/10, murmurs 2/6 and III/VI, visual acuity 20/20, GCS 3/15, cervical exams 4/80/-1, gestational
// ages 32 2/7, G/P and TPAL, frequencies (q4-6h, 3x/week), lab pairs and fishbones, ABGs, vent settings, Apgars 8/9,
// lymph nodes 2/14, culture bottles 2/4, cycles 4/6, '2/2' meaning 'secondary to', 24/7, 50/50, 1:1 sitter, rooms;
// ordinals that are anatomy or grades ('5th metatarsal', '2nd degree'); words that are month or weekday abbreviations
// ('MAR', 'Sat 94%', 'May need', 'Dec breath sounds', 'march in place'); eponyms ('Christmas tree pattern', Parkinson,
// Bishop score); states.
// Measured before rules: 0.898 recall on seeds 5, 11, 23 (2070/2304), 0.886 on fresh seeds 41, 42, 43 (2041/2304);
// 6/116 look-alikes touched ("Tuesdays" and "every Tuesday" of a schedule, "MWF", lymph nodes "2/14", "Christmas tree"
// pattern, "Morse 45").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, au, mx, it, br, vi, ng];

/** Given names and surnames that are everyday words (and given names that are months). */
const WORD_GIVEN = ['Hope', 'Grace', 'Joy', 'April', 'June', 'May', 'Augusta', 'Summer', 'Autumn', 'Dawn', 'Holly', 'Noel', 'Carol', 'Christian', 'Easton', 'Rusty', 'Sandy', 'Will', 'Bill', 'Penny', 'Faith', 'Gay', 'Sonny', 'Buck', 'Pat'];
const WORD_SUR = ['Price', 'Church', 'Monday', 'Friday', 'March', 'Winters', 'Summers', 'Day', 'Early', 'Knight', 'Noble', 'Hall', 'Bush', 'Lamb', 'Booth', 'Wolf', 'Sterling', 'Christmas', 'Easter', 'Week', 'Mayo'];
/** Towns that are everyday words, and real small towns. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Eden', 'Paris', 'Florence', 'Harmony', 'Concord', 'Independence', 'Commerce', 'Christmas', 'Easter', 'Friday Harbor', 'Sunday Lake', 'Mayday', 'Noel'];
const REAL_TOWNS = ['Lowell', 'Ayer', 'Athol', 'Gardner', 'Ware', 'Palmer', 'Orange', 'Amherst', 'Greenfield', 'Keene', 'Claremont', 'Skowhegan', 'Presque Isle', 'Rumford', 'Barre', 'Bennington', 'Westerly'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_ALT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
const WD_3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Christmas Eve', 'Christmas', 'Christmas Day', 'Xmas', "New Year's Eve", "New Year's Day", "New Year's", 'Thanksgiving', 'Thanksgiving Day', 'Easter', 'Easter Sunday', 'July 4th', 'the Fourth of July', '4th of July', 'Memorial Day', 'Labor Day', 'Halloween', "Valentine's Day", "Mother's Day", "Father's Day"];
const RELATIVES = ['daughter', 'son', 'wife', 'husband', 'niece', 'sister', 'granddaughter', 'HCP'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  yy(): string {
    return pad2(this.year() % 100);
  }
  /** A month and day with a slash, as notes write it ('3/4', '03/04'). */
  slash(): string {
    const [m, d] = this.md();
    return this.r() < 0.75 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  /** A month and day without a year: slash mostly, else dash or dot. */
  numMD(): string {
    const [m, d] = this.md();
    const k = this.int(0, 5);
    if (k === 3) return `${m}-${d}`;
    if (k === 4) return `${pad2(m)}-${pad2(d)}`;
    if (k === 5 && this.r() < 0.5) return `${pad2(m)}.${pad2(d)}`;
    return this.r() < 0.75 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  /** A numeric date with its year ('3/4/21', '03/04/2021', '3-4-21', '03.04.21'). */
  numMDY(): string {
    const [m, d] = this.md();
    const y = this.year();
    const yy = pad2(y % 100);
    return this.pick([`${m}/${d}/${yy}`, `${m}/${d}/${yy}`, `${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${m}-${d}-${yy}`, `${pad2(m)}.${pad2(d)}.${yy}`, `${pad2(m)}-${pad2(d)}-${y}`]);
  }
  /** A full date in any written form. */
  fullDate(): string {
    const [m, d] = this.md();
    const y = this.year();
    return writtenDate(this.int(0, 7), m, d, y) ?? `${m}/${d}/${y}`;
  }
  /** A month name with a day and no year, in the forms notes use ('Mar 4', 'March 4th', '4th of March', 'march 4'). */
  monthDay(): string {
    const [m, d] = this.md();
    const full = MONTHS[m - 1]!;
    const short = this.pick([MON[m - 1]!, MON_ALT[m - 1]!]);
    switch (this.int(0, 7)) {
      case 0: return `${short} ${d}`;
      case 1: return `${full} ${d}`;
      case 2: return `${short} ${ordinal(d)}`;
      case 3: return `${ordinal(d)} of ${full}`;
      case 4: return `${d} ${short}`;
      case 5: return `${full.toLowerCase()} ${d}`;
      case 6: return short === full ? `${short} ${d}` : `${short}. ${d}`;
      default: return `${full} ${ordinal(d)}`;
    }
  }
  /** A month with a year and no day ('March 2021', "Mar '21", "MARCH '21", '8/2019', '08/2019'). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    const yy = pad2(y % 100);
    switch (this.int(0, 5)) {
      case 0: return `${MONTHS[m - 1]!} ${y}`;
      case 1: return `${MON[m - 1]!} ${y}`;
      case 2: return `${MON[m - 1]!} '${yy}`;
      case 3: return `${MONTHS[m - 1]!.toUpperCase()} '${yy}`;
      case 4: return `${m}/${y}`;
      default: return `${pad2(m)}/${y}`;
    }
  }
  /** A weekday, full or abbreviated. */
  weekday(): string {
    const k = this.int(0, 6);
    const x = this.r();
    return x < 0.45 ? WEEKDAYS[k]! : x < 0.8 ? WD_SHORT[k]! : WD_3[k]!;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A holiday and the part planted ('the Fourth of July' plants 'Fourth of July'). */
  holidayPart(): readonly [string, string] {
    const h = this.holiday();
    return [h, h.replace(/^the /, '')];
  }
  /** An ordinal day of the month. */
  ord(): string {
    return ordinal(this.int(1, 31));
  }
  /** A 24-hour clock time ('0300', '14:20'). */
  time(): string {
    const h = this.int(0, 23);
    const mi = this.pick([0, 0, 15, 30, 45, this.int(0, 59)]);
    return this.r() < 0.7 ? `${pad2(h)}${pad2(mi)}` : `${pad2(h)}:${pad2(mi)}`;
  }
  /** A range written as one ('3/4-3/7', 'March 4-7', 'Mar 4-7', '3/4-7', '3/4 - 3/7'). */
  range(): string {
    const [m, d] = this.md();
    const e = d + this.int(1, 3);
    const [m2, d2] = m < 12 && this.r() < 0.3 ? [m + 1, this.int(1, 9)] : [m, e];
    switch (this.int(0, 4)) {
      case 0: return `${m}/${d}-${m2}/${d2}`;
      case 1: return `${MONTHS[m - 1]!} ${d}-${e}`;
      case 2: return `${MON[m - 1]!} ${d}-${e}`;
      case 3: return `${m}/${d}-${e}`;
      default: return `${m}/${d} - ${m2}/${d2}`;
    }
  }
  /** Two distinct month/day slashes, in order. */
  twoSlashes(): readonly [string, string] {
    const m = this.int(1, 12);
    const d = this.int(1, 20);
    const d2 = d + this.int(1, 8);
    return this.r() < 0.8 ? [`${m}/${d}`, `${m}/${d2}`] : [`${pad2(m)}/${pad2(d)}`, `${pad2(m)}/${pad2(d2)}`];
  }
  /** Three distinct month/day slashes, in order. */
  threeSlashes(): readonly [string, string, string] {
    const m = this.int(1, 12);
    const d = this.int(1, 14);
    const d2 = d + this.int(1, 6);
    const d3 = d2 + this.int(1, 6);
    return [`${m}/${d}`, `${m}/${d2}`, `${m}/${d3}`];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // nursing progress notes
  ['nursing shift note last BM', (d) => { const dt = d.numMD(); return [`0700-1900: Pt A&Ox4, ambulating in hall with RW and standby assist. Last BM ${dt}, abd soft, +BS. Voiding qs.`, [dt]]; }],
  ['nursing overnight events this am (weekday)', (d) => { const s = d.sur(); const w = d.weekday(); return [`Pt restless overnight, pulled at PIV x2, redirected. Dr. ${s} paged and aware this am (${w}); no new orders.`, [s, w]]; }],
  ['nursing Foley removed date @ time', (d) => { const dt = d.slash(); return [`Foley d/c'd ${dt} @ ${d.time()} per protocol, pt to void within 6 hrs. Bladder scan PRN.`, [dt]]; }],
  ['nursing fall on weekday at time', (d) => { const w = d.weekday(); return [`Pt found on floor next to bed on ${w} at ${d.time()}, unwitnessed. Denies hitting head. Neuro checks q1h x4 initiated, bed alarm on.`, [w]]; }],
  ['nursing PIV placed and due dates', (d) => { const [a, b] = d.twoSlashes(); return [`PIV #20g L FA placed ${a}, due for change ${b}. Site c/d/i, no s/s infiltration.`, [a, b]]; }],
  ['nursing wound care last changed (date)', (d) => { const dt = d.numMD(); const g = d.given(); return [`Sacral stage 2 dressing last changed (${dt}) by WOC RN ${g}; Mepilex intact, no drainage noted.`, [dt, g]]; }],
  ['nursing family plans for holiday', (d) => { const g = d.given(); const [h, hp] = d.holidayPart(); return [`Pt's ${d.pick(RELATIVES)} ${g} called for update, hoping pt can be home for ${h}. Explained PT rec for rehab.`, [g, hp]]; }],
  ['nursing lower-case month day in text', (d) => { const [m, dd] = d.md(); const md = `${MONTHS[m - 1]!.toLowerCase()} ${dd}`; return [`pt states she has not had a BM since ${md}, senna and miralax given, will reassess.`, [md]]; }],
  // physician progress notes
  ['progress HD# admitted date', (d) => { const dt = d.numMD(); return [`HD#${d.int(2, 9)}. Admitted ${dt} with RLL CAP. Afebrile x24h, WBC down-trending.`, [dt]]; }],
  ['progress POD# with date in parentheses', (d) => { const dt = d.slash(); return [`POD#${d.int(1, 6)} (${dt}) s/p lap chole. Tolerating clears, pain controlled on PO meds.`, [dt]]; }],
  ['progress s/p CABG month/yy', (d) => { const my = `${d.int(1, 12)}/${pad2(d.int(0, 20))}`; return [`PMH: CAD s/p CABG x3 ${my} (LIMA-LAD, SVG-OM, SVG-PDA), HFrEF EF 35%, DM2.`, [my]]; }],
  ['progress subjective since weekday', (d) => { const w = d.weekday(); return [`S: Reports worsening ${d.pick(['DOE', 'cough', 'abd pain', 'HA', 'back pain', 'nausea'])} since ${w}, ${d.pick(['now 3-pillow orthopnea', 'no relief with APAP', 'worse at night', 'poor PO intake'])}.`, [w]]; }],
  ['progress abx course ranges', (d) => { const a = d.range(); const b = d.slash(); return [`ID: vanc ${a}, zosyn ${b}-present; plan 7 day course total.`, [a, b]]; }],
  ['progress cultures list', (d) => { const [a, b, c] = d.threeSlashes(); return [`Micro: BCx ${a} NGTD; UCx ${b} >100K E. coli pan-S; sputum Cx ${c} pending.`, [a, b, c]]; }],
  ['progress lines list with dates', (d) => { const [a, b, c] = d.threeSlashes(); return [`Lines: R IJ TLC (${a}), L radial A-line (${b}), Foley (${c}).`, [a, b, c]]; }],
  ['progress plan recheck on weekday', (d) => { const w = d.weekday(); return [`P: Repeat ${d.pick(['BMP and Mg', 'CBC', 'LFTs', 'CXR', 'lipase', 'INR'])} ${w} AM. ${d.pick(['Cont diuresis, goal net neg 1-1.5 L.', 'Advance diet as tolerated.', 'PT/OT to see.', 'Wean O2 to RA.'])}`, [w]]; }],
  ['progress transfusion history', (d) => { const a = d.slash(); const b = d.monthDay(); return [`Transfused 1u PRBC ${a} for Hgb 6.8, and 2u on ${b} prior to transfer; Hgb stable since.`, [a, b]]; }],
  ['progress heparin held and restarted', (d) => { const [a, b] = d.twoSlashes(); return [`Heparin gtt held ${a} for guaiac+ stool, restarted ${b} after holding x48h per GI.`, [a, b]]; }],
  ['progress seen by covering on the ordinal', (d) => { const o = d.ord(); const s = d.sur(); return [`Pt was seen by Dr. ${s} (covering) on the ${o}, who started IV Lasix.`, [o, s]]; }],
  // hospital course
  ['course admitted Month day then Month day', (d) => {
    const a = d.monthDay(); const b = d.monthDay();
    return [`HOSPITAL COURSE: Pt was admitted on ${a} after presenting to the ED with substernal CP. On ${b}, she underwent LHC with DES to the mid LAD.`, [a, b]];
  }],
  ['course pressors from the ordinal to the ordinal', (d) => { const a = d.int(1, 20); const oa = ordinal(a); const ob = ordinal(a + d.int(2, 8)); return [`She required norepinephrine from the ${oa} to the ${ob}, then was weaned off and transferred to the floor.`, [oa, ob]]; }],
  ['course on the ordinal of Month transferred', (d) => { const [m, dd] = d.md(); const x = `${ordinal(dd)} of ${MONTHS[m - 1]!}`; return [`On the ${x} he was transferred to the MICU for hypoxemic respiratory failure.`, [x]]; }],
  ['course ICU stay as a month range', (d) => { const rg = d.range(); return [`Pt was in the ICU ${rg} for septic shock secondary to cholangitis, now resolved.`, [rg]]; }],
  ['course discharge delayed over holiday weekend', (d) => { const [, hp] = d.holidayPart(); return [`Discharge was delayed over the ${hp} weekend pending ${d.pick(['SNF bed availability', 'insurance auth', 'PT eval', 'a repeat echo', 'HHA set-up', 'family meeting'])}; ${d.int(2, 6)} extra LOS days.`, [hp]]; }],
  ['course intubated and extubated dates', (d) => { const [a, b] = d.twoSlashes(); return [`Intubated ${a} for airway protection after GTC seizure, extubated ${b} to 4L NC without difficulty.`, [a, b]]; }],
  ['course off work date to date', (d) => { const [a, b] = d.twoSlashes(); return [`Off work ${a} to ${b}; note provided for employer.`, [a, b]]; }],
  // medication histories
  ['med history last dose of warfarin', (d) => { const dt = d.numMD(); return [`Last dose of warfarin ${dt} per pt; INR today 1.3. Bridging not indicated.`, [dt]]; }],
  ['med history started in month year', (d) => { const my = d.monthYear(); return [`Metoprolol started in ${my} by cardiology for rate control, tolerating well.`, [my]]; }],
  ['med rec table with start dates', (d) => {
    const a = d.numMDY(); const b = d.numMDY();
    return [`Medication | Dose | Start\nLisinopril | 10 mg daily | ${a}\nAtorvastatin | 40 mg qhs | ${b}\nASA | 81 mg daily | unknown`, [a, b]];
  }],
  ['med history immunotherapy held since', (d) => { const dt = d.monthDay(); return [`Pembrolizumab last given ${dt}, held since due to grade 2 colitis.`, [dt]]; }],
  ['med history prednisone taper with ranges', (d) => { const a = d.range(); const b = d.range(); return [`Prednisone 40 mg daily x5d (${a}), then 20 mg daily x5d (${b}), then stop.`, [a, b]]; }],
  ['med history hold Eliquis weekday date', (d) => { const w = d.weekday(); const [a, b] = d.twoSlashes(); return [`Hold Eliquis starting ${w} ${a} (2 days prior to procedure), resume ${b} evening if hemostasis ok.`, [w, a, b]]; }],
  ['med history last dose 12/24 restarted', (d) => { const [a, b] = d.twoSlashes(); return [`Ran out of Lantus, last dose ${a}; restarted ${b} after holding, FSBG 300s in between.`, [a, b]]; }],
  // procedure histories
  ['procedure history PSH list', (d) => { const a = d.numMDY(); const my = d.monthYear(); return [`PSH: appy (1998), R TKA ${a}, colonoscopy ${my} - 2 TAs, repeat in 3 yrs.`, [a, my]]; }],
  ['procedure history LHC dotted date', (d) => { const [m, dd] = d.md(); const x = `${pad2(m)}.${pad2(dd)}.${d.yy()}`; return [`Cardiac hx: LHC ${x} -> DES x2 to LAD, on DAPT.`, [x]]; }],
  ['procedure history Cx done', (d) => { const dt = d.slash(); return [`Cx done ${dt} (ECC + biopsy at 12 o'clock), path pending.`, [dt]]; }],
  ['procedure history EGD with short dashed date', (d) => { const [m, dd] = d.md(); const x = `${m}-${dd}-${d.yy()}`; return [`EGD ${x}: LA grade B esophagitis, 3 cm hiatal hernia, bx neg for Barrett.`, [x]]; }],
  ['procedure history last colonoscopy ALL-CAPS month year', (d) => { const m = d.int(1, 12); const x = `${MONTHS[m - 1]!.toUpperCase()} '${d.yy()}`; const s = d.sur(); return [`Last colonoscopy ${x} w/ Dr. ${s}, 1 sessile polyp removed.`, [x, s]]; }],
  ['procedure history s/p with Month ordinal', (d) => { const dt = d.monthDay(); return [`s/p ORIF L ankle ${dt}, NWB LLE, f/u ortho for suture removal.`, [dt]]; }],
  // flowsheet comments and logs
  ['flowsheet comment time then date', (d) => { const dt = d.slash(); return [`Comment (${d.time()} ${dt}): pt refused AM labs, MD aware, will redraw at noon.`, [dt]]; }],
  ['flowsheet I/O period header', (d) => { const [m, dd] = d.md(); const y = d.year(); const a = `${m}/${dd}/${y}`; const b = `${m}/${dd + 1}/${y}`; return [`${a} 0700 - ${b} 0659:  I 1850 / O 2200  Net -350`, [a, b]]; }],
  ['flowsheet glucose log table', (d) => {
    const [a, b] = d.twoSlashes();
    return [`Date    | 0700 | 1100 | 1600 | 2100\n${a}     | 142  | 188  | 201  | 176\n${b}     | 131  | 164  | 159  | 149`, [a, b]];
  }],
  ['flowsheet daily weights trend', (d) => { const [a, b, c] = d.threeSlashes(); return [`Daily wts: ${a} 82.4 kg, ${b} 81.1 kg, ${c} 80.3 kg (dry wt 79).`, [a, b, c]]; }],
  ['flowsheet date @ time entry', (d) => { const dt = d.slash(); return [`Lovenox 40 mg SQ last given ${dt} @ ${d.time()}, next due after procedure.`, [dt]]; }],
  // discharge instructions
  ['discharge follow up weekday Month ordinal', (d) => {
    const [m, dd] = d.md(); const w = d.pick(WEEKDAYS); const x = `${w}, ${d.pick([MONTHS[m - 1]!, MON[m - 1]!])} ${d.pick([String(dd), ordinal(dd)])}`; const s = d.sur();
    return [`Follow up with Dr. ${s} on ${x} at 10:30 AM. Bring all medication bottles.`, [s, x]];
  }],
  ['discharge staples out on or around', (d) => { const dt = d.numMD(); return [`Staples to be removed on or around ${dt} at your PCP's office.`, [dt]]; }],
  ['discharge no driving until Month day', (d) => { const dt = d.monthDay(); return [`No driving until ${dt} or until cleared by your surgeon.`, [dt]]; }],
  ['discharge INR check on weekday date in town', (d) => { const w = d.pick(WD_SHORT); const dt = d.slash(); const t = d.town(); return [`Have INR checked ${w} ${dt} at the ${t} lab; results to Coumadin clinic.`, [w, dt, t]]; }],
  ['discharge return to work', (d) => { const dt = d.monthDay(); return [`You may return to work on ${dt} with no lifting more than 10 lbs for 6 weeks.`, [dt]]; }],
  // ICU events
  ['ICU events dated list', (d) => { const [a, b, c] = d.threeSlashes(); return [`ICU events:\n${a} - intubated in ED\n${b} - bronch, BAL sent\n${c} - self-extubated, reintubated`, [a, b, c]]; }],
  ['ICU code event date @ time', (d) => { const dt = d.slash(); return [`Code blue called ${dt} @ ${d.time()} for PEA arrest, ROSC after 2 rounds of CPR + epi x2.`, [dt]]; }],
  ['ICU CRRT started weekday night (date)', (d) => { const w = d.weekday(); const dt = d.numMD(); return [`CRRT initiated ${w} night (${dt}) for refractory acidosis and anuria.`, [w, dt]]; }],
  ['ICU off pressors since the ordinal', (d) => { const o = d.ord(); return [`Off ${d.pick(['levophed', 'vaso', 'neo', 'pressors'])} since the ${o}, MAPs ${d.pick(['65-70', '70s', '>65', '60s-70s'])} on no support.`, [o]]; }],
  // oncology timelines
  ['oncology C1D1 and C2D1 dates', (d) => { const [a, b] = d.twoSlashes(); return [`C1D1 FOLFOX ${a}; C2D1 ${b} delayed 1 wk for ANC 900.`, [a, b]]; }],
  ['oncology timeline bullets month year', (d) => {
    const y = d.year(); const m = d.int(1, 6); const a = `${MON[m - 1]!} ${y}`; const b = `${MON[m]!}-${MON[m + 3]!} ${y}`; const c = d.monthYear();
    return [`Onc history:\n- ${a}: dx stage IIIA NSCLC via EBUS\n- ${b}: carbo/pem + XRT\n- ${c}: started durvalumab`, [a, b, c]];
  }],
  ['oncology XRT from date to date', (d) => { const a = d.numMDY(); const b = d.numMDY(); return [`Completed XRT 50 Gy/25 fx from ${a} to ${b}, tolerated with grade 1 dermatitis.`, [a, b]]; }],
  ['oncology next cycle due weekday', (d) => { const w = d.weekday(); const dt = d.monthDay(); return [`Next cycle due ${w} (${dt}) pending counts.`, [w, dt]]; }],
  // OB dating
  ['OB LMP and EDC', (d) => { const a = d.numMD(); const b = d.numMD(); return [`LMP ${a}, EDC ${b} by ${d.int(7, 12)} wk US; dating c/w LMP.`, [a, b]]; }],
  ['OB LMP with year and gestational age', (d) => { const dt = d.numMDY(); return [`G2P1 at 32 2/7 wks by LMP ${dt}, c/w 8 wk US.`, [dt]]; }],
  ['OB SROM date @ time', (d) => { const dt = d.slash(); return [`SROM ${dt} @ ${d.time()}, clear fluid, GBS neg.`, [dt]]; }],
  ['OB Rhogam given', (d) => { const dt = d.numMD(); return [`Rh neg, Rhogam given ${dt} at 28 wks.`, [dt]]; }],
  ['OB prior delivery month year', (d) => { const my = d.monthYear(); return [`OB hx: SVD ${my}, 7 lb 2 oz, uncomplicated.`, [my]]; }],
  // immunization histories
  ['immunization list with mixed dates', (d) => {
    const a = `${d.int(1, 12)}/${d.year()}`; const b = d.numMDY(); const c = d.monthDay();
    return [`Immunizations: Tdap ${a}; influenza ${b}; PPSV23 2019; COVID-19 booster ${c}.`, [a, b, c]];
  }],
  ['immunization flu shot at pharmacy in town', (d) => { const t = d.town(); const dt = d.numMD(); return [`Got flu shot at CVS in ${t} on ${dt}.`, [t, dt]]; }],
  ['immunization Shingrix doses', (d) => { const a = d.monthDay(); const b = d.monthYear(); return [`Shingrix #1 ${a}, #2 due ${b}.`, [a, b]]; }],
  // holidays and weekday references
  ['holiday fell at home on', (d) => { const [h, hp] = d.holidayPart(); return [`Per family, pt fell at home on ${h} and has been declining since, ${d.pick(['poor PO intake', 'more confused', 'unable to walk', 'incontinent', 'sleeping most of the day'])}.`, [hp]]; }],
  ['holiday ran out of meds around', (d) => { const [h, hp] = d.holidayPart(); return [`Ran out of ${d.pick(['insulin', 'Eliquis', 'metoprolol', 'Keppra', 'Suboxone', 'lithium'])} around ${h} and could not get a refill.`, [hp]]; }],
  ['weekday last Thurs at urgent care', (d) => { const w = d.pick(['Thurs', 'Thursday', 'Tues', 'Monday', 'Friday', 'Sat', 'Wednesday']); return [`Seen at ${d.pick(['urgent care', 'the walk-in clinic', 'an outside ED', 'her PCP'])} last ${w}, given ${d.pick(['Augmentin', 'a Z-pak', 'Keflex', 'prednisone', 'Tamiflu'])}, no improvement.`, [w]]; }],
  ['weekday missed dialysis with date', (d) => { const w = d.weekday(); const dt = d.slash(); return [`Missed HD on ${w} (${dt}), K 6.4 on arrival.`, [w, dt]]; }],
  ['ordinal alone symptoms since', (d) => { const o = d.ord(); return [`Symptoms began on the ${o}, ${d.int(2, 9)} days after her last ${d.pick(['infusion', 'chemo', 'dose', 'dialysis'])}.`, [o]]; }],
  ['month alone early mid late', (d) => { const m = d.pick(MONTHS); return [`HPI: Intermittent epigastric pain that began in ${d.pick(['early ', 'mid-', 'late ', 'the end of '])}${m}, now daily and waking her at night.`, [m]]; }],
  ['OB LMP unsure mid-month', (d) => { const m = d.pick([...MON, ...MONTHS]); return [`LMP unsure, ~${d.pick(['mid-', 'early ', 'late '])}${m}; dating by US today${d.pick(['', ', +UPT at home', ', G1P0', ', G3P1'])}.`, [m]]; }],
  ['yesterday with date in parentheses', (d) => { const dt = d.slash(); return [`Tmax 38.9 yesterday (${dt}) at 2200, none since. Cx pending.`, [dt]]; }],
  ['date then weekday in parentheses', (d) => { const dt = d.numMD(); const w = d.pick(WD_SHORT); return [`Plan for ex lap ${dt} (${w}) with ${d.pick(['acute care surgery', 'the surgical team'])}; NPO after midnight.`, [dt, w]]; }],
  ['surgery planned for the week of', (d) => { const dt = d.slash(); return [`TKA tentatively planned for the week of ${dt} pending dental clearance.`, [dt]]; }],
  ['flowsheet export ISO date with RN', (d) => {
    const [m, dd] = d.md(); const x = `${d.year()}-${pad2(m)}-${pad2(dd)}`; const g = d.given(); const s = d.sur();
    return [`${x} 06:00  Temp 38.4  HR 112  BP 96/58  SpO2 93%  RN: ${g} ${s}`, [x, g, s]];
  }],
  ['oncology spreadsheet day-Mon counts', (d) => {
    const m = d.int(0, 11); const a = d.int(1, 14); const x = `${a}-${MON[m]!}`; const y = `${a + 7}-${MON[m]!}`;
    return [`Weekly CBC (pasted):\n${x}  WBC 3.1  ANC 1.8  Plt 142\n${y}  WBC 2.2  ANC 0.9  Plt 98`, [x, y]];
  }],
  ['immunization registry Mon-yy', (d) => { const a = `${d.pick(MON)}-${d.yy()}`; const b = `${d.pick(MON)}-${d.yy()}`; return [`From state registry: Influenza ${a}; Tdap ${b}; Hep B series complete.`, [a, b]]; }],
  ['OB EDC written out with year', (d) => { const dt = d.fullDate(); return [`EDC: ${dt} by 1st tri US (CRL c/w 8w3d).`, [dt]]; }],
];

/** The names of the wave's frames. */
export const timelineFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function timelineWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8171, rounds);
}

/** Look-alikes in running clinical text: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // doses, fractions and drugs with numbers
  ['Take 1/2 tab PO qhs for sleep.', '1/2 tab'], ['Tube feeds at 3/4 strength, advance as tolerated.', '3/4 strength'], ['IVF: D5 1/2 NS with 20 KCl at 75 mL/hr.', 'D5 1/2 NS'],
  ['Percocet 5/325 1-2 tabs q4-6h PRN pain', '5/325'], ['Norco 10/325 mg q6h PRN', '10/325'], ['Humalog Mix 75/25, 12 units with breakfast', '75/25'], ['NPH 70/30 insulin 20 units BID', '70/30'],
  ['Advair 250/50 1 puff BID', '250/50'], ['Symbicort 160/4.5 2 puffs BID', '160/4.5'], ['Bactrim DS 800/160 mg BID x7 days', '800/160'], ['Zosyn 3.375 g IV q8h', '3.375 g'], ['Lantus 10 units qhs', '10 units'],
  // vitals and exam
  ['Vitals: BP 120/80, HR 72, RR 16, T 98.6', 'BP 120/80'], ['BP 142/88 sitting, 118/70 standing', '118/70'], ['Strength 4/5 RLE, 5/5 elsewhere.', '4/5'], ['Pain 7/10, sharp, nonradiating.', '7/10'],
  ['2/6 systolic murmur at LUSB', '2/6'], ['3/6 SEM radiating to carotids', '3/6 SEM'], ['Murmur III/VI holosystolic', 'III/VI'], ['Visual acuity 20/20 OU', '20/20'], ['VA 20/40 OD, 20/30 OS', '20/40'],
  ['GCS 3/15 at the scene, intubated by EMS.', '3/15'], ['GCS 15/15, A&Ox3', '15/15'], ['Reflexes 2/4 throughout', '2/4'], ['Pulses 2+ bilaterally', '2+'], ['Sat 94% on 2L NC', 'Sat 94%'],
  // obstetrics
  ['SVE: 4/80/-1, vertex, intact', '4/80/-1'], ['IUP at 32 2/7 weeks by LMP', '32 2/7 weeks'], ['G2P1 at 39 wks', 'G2P1'], ['OB hx: G3P2012', 'G3P2012'], ['TPAL 2-0-1-2', '2-0-1-2'],
  ['APGARS 8/9', '8/9'], ['Apgars 8 and 9 at 1 and 5 minutes', 'Apgars 8 and 9'], ['FHR 140s with moderate variability', 'FHR 140s'], ['Bishop score 8, starting Pitocin', 'Bishop score 8'],
  ['Pitocin at 2 mU/min', '2 mU/min'], ['Admitted in active labor at 6 cm.', 'active labor'], ['EBL 350 mL', 'EBL 350 mL'],
  // frequencies, times, durations, relative spans
  ['Oxycodone 5 mg q4-6h PRN', 'q4-6h'], ['PT 3x/week for 4 weeks', '3x/week'], ['Repositioned at 0300, tolerated well.', '0300'], ['Cough x3 days', 'x3 days'], ['Keflex for 2 weeks', 'for 2 weeks'],
  ['POD 3, tolerating diet', 'POD 3'], ['Hospital day 4 of admission', 'Hospital day 4'], ['Plan discussed yesterday with family.', 'yesterday'], ['Seen 3 days ago in clinic', '3 days ago'],
  ['Admitted last month for CHF', 'last month'], ['Surgery scheduled for next week', 'next week'], ['Day 5 of 7 of ceftriaxone', 'Day 5 of 7'], ['Month 3 of 6 of INH therapy', 'Month 3 of 6'],
  ['Nursing line available 24/7', '24/7'], ['Told family there is a 50/50 chance of recovery.', '50/50'], ['1:1 sitter for safety', '1:1 sitter'],
  // schedules, seasons, vague holidays
  ['Dialysis on Tuesdays, Thursdays and Saturdays.', 'Tuesdays'], ['HD MWF via L AVF', 'MWF'], ['Coumadin clinic every Tuesday', 'every Tuesday'], ['Symptoms worse in the spring of 2019', 'spring'],
  ['Last winter she had pneumonia', 'winter'], ['Over the holidays she ran out of insulin.', 'the holidays'],
  // years alone and ages
  ['Diagnosed with DM2 in 2019.', '2019'], ['On HD since 2015.', '2015'], ['PPSV23 2019', '2019'], ['67 y/o M with COPD', '67'], ['An 89-year-old woman', '89'], ['85yo F with dementia', '85'],
  // labs, fishbones, gases, vent
  ['Na/K 138/4.2', '138/4.2'], ['Hgb/Hct 10.2/30.6', '10.2/30.6'], ['CBC 7.2 > 10.1/30.4 < 245', '10.1/30.4'], ['BMP 138 | 102 | 18\n4.1 | 24 | 1.1 < 112', '4.1 | 24 | 1.1'],
  ['ABG 7.32/48/80/24 on FiO2 40%', '7.32/48/80/24'], ['Vent: AC 500/14/5/40%', '500/14/5/40%'], ['Vent: I:E 1:2, RR 14', 'I:E 1:2'], ['I/O 1200/800', '1200/800'], ['Vanc trough 15.2', '15.2'],
  ['INR 2.3', '2.3'], ['FSBG 142 at 1100', 'FSBG 142'],
  // oncology and microbiology ratios
  ['LN 2/14 positive for metastatic carcinoma', '2/14'], ['BCx 2/4 bottles GPC in clusters', '2/4 bottles'], ['Completed cycle 4/6 of R-CHOP', '4/6'], ['C1D1 today', 'C1D1'],
  ['Carboplatin AUC 5, day 1 q21 days', 'q21 days'], ['XRT 50 Gy/25 fx', '50 Gy/25 fx'], ['ECOG 1', 'ECOG 1'], ['ER 90%, PR 10%, HER2 1+', 'HER2 1+'], ['Stage IIIA (T2N2M0)', 'T2N2M0'],
  ['HPV vaccine dose 2 of 3', 'dose 2 of 3'], ['COVID-19 vaccine x3', 'COVID-19'], ['SOB 2/2 fluid overload', '2/2'],
  // ordinals that are anatomy or grades, month and weekday words
  ['5th metatarsal fracture', '5th metatarsal'], ['Chest tube at the 4th intercostal space', '4th intercostal'], ['2nd degree AV block, Mobitz II', '2nd degree'], ['3rd trimester bleeding', '3rd trimester'],
  ['Started 2nd line therapy', '2nd line'], ['MAR reviewed, no missed doses.', 'MAR'], ['May need PT/OT eval prior to discharge.', 'May'], ['Will follow up with renal', 'Will'],
  ['Patient able to march in place x30 sec', 'march'], ['Dec breath sounds at bases', 'Dec'], ['Sun protection counseled', 'Sun'],
  // eponyms, scales, rooms, states
  ['Christmas tree pattern of pityriasis rosea', 'Christmas tree'], ['Parkinson disease with freezing', 'Parkinson'], ['Braden 14, Morse 45', 'Morse 45'], ['RASS -2, CAM-ICU negative', 'RASS -2'],
  ['CIWA 8 at 0400', 'CIWA 8'], ['NYHA class III', 'NYHA class III'], ['CKD stage 3a', 'stage 3a'], ['Pt moved to Rm 412B', '412B'], ['Transferred to 4 West', '4 West'],
  ['Celebrated her 80th birthday with family.', '80th birthday'], ['Fever after the 1st dose of Moderna', '1st dose'], ['HD twice weekly', 'twice weekly'], ['Week 3 of 6 of XRT', 'Week 3 of 6'],
  ['Mass 3.4 x 2.1 cm', '3.4 x 2.1 cm'], ['ICD-10 I10', 'I10'], ['Pt moved here from Massachusetts', 'Massachusetts'],
];

export const timelineKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTimelineKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(timelineKeepCases(), find);

export function scoreTimelineWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => timelineWaveCases(seed)), find);
}
