// A blind wave of ICU and ward nursing progress notes: telegraphic fragments in mixed case, ALL CAPS and
// lower case, with the identifiers nurses write (patients, relatives and proxies, staff, hospitals and their
// initials, nursing homes, towns, EMS services, partial dates, ages over 89, phones and pagers), and a list of
// look-alikes in the same style that must not be touched. Written without reading the engine's rules or the
// kit's PhysioNet notes. `npm run eval:deid -- --nursing [--misses]`.
// Decisions: weekdays alone are neither planted nor kept (not a Safe Harbor date); holidays that name a day
// ("x-mas", "new year's") are planted as dates; pager and beeper numbers are planted as phones; a unit with a
// donor's name ("Ellison 4") is a place, a unit with a compass point ("5 West") is kept.
// Measured before rules: 0.818 recall on seeds 5, 11, 23 (825/1008), 0.823 on fresh seeds 41, 42, 43 (830/1008);
// 0/63 look-alikes touched.
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, ie, es, it, pl, de];

/** Given names and surnames that are everyday words: the hard half of nursing-note names. */
const WORD_GIVEN = ['Rose', 'Grace', 'Bill', 'Hope', 'Faith', 'Frank', 'Drew', 'Mark', 'Will', 'Joy', 'June', 'Art', 'Sue', 'Dawn', 'Pat', 'Gene', 'Sandy', 'Lily'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Small', 'Young', 'Bush', 'Wood', 'White', 'Rice', 'Ward', 'Bell', 'Cook', 'Wells', 'Stone', 'Fields', 'Hall', 'Little', 'Church', 'Lamb', 'Gay'];
/** Towns that are everyday words or given names. */
const WORD_TOWNS = ['Laurel', 'Columbia', 'Bowie', 'Essex', 'Salisbury', 'Union', 'Harmony', 'Hope', 'Friendship', 'Severn', 'Germantown', 'Dundalk', 'Glen Burnie', 'Ocean City', 'Easton', 'Milford', 'Chester', 'Hanover', 'Dover', 'Clinton'];
const SAINTS = ['Brigid', 'Luke', 'Agnes', 'Joseph', 'Mary', 'Vincent', 'Clare', 'Francis', 'Elizabeth', 'Anne', 'Jude', 'Catherine'];
const HOSP_HEADS = ['Northside', 'Harbor View', 'Bayview', 'Good Samaritan', 'Mercy', 'Sinai', 'Union Memorial', 'Fairhaven', 'Riverbend', 'Lakeshore', 'Greenspring', 'Valley', 'Oakview', 'Cedar Crest', 'Pine Ridge', 'Holy Cross'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.r() < 0.3 ? this.pick(WORD_SUR) : this.fakerSur();
  }
  /** A surname that is not an everyday word, where a word would make the text ambiguous to any reader. */
  fakerSur(): string {
    return this.faker().person.lastName().split(/\s/)[0]!;
  }
  town(): string {
    return this.r() < 0.4 ? this.pick(WORD_TOWNS) : this.faker().location.city();
  }
  street(): string {
    return this.faker().location.street().replace(/\.$/, '');
  }
  /** A hospital as written, and the words of it that identify it. */
  hospital(): readonly [string, string] {
    const k = this.int(0, 5);
    if (k === 0) {
      const s = `St. ${this.pick(SAINTS)}'s`;
      return [s, s];
    }
    if (k === 1) {
      const saint = this.pick(SAINTS).toLowerCase();
      const s = `st ${saint}${saint.endsWith('s') || this.r() < 0.4 ? '' : 's'}`;
      return [s, s];
    }
    const head = k === 2 ? this.town() : this.pick(HOSP_HEADS);
    const tail = this.pick(['General', 'Hospital', 'Medical Center', 'Memorial', 'Regional', 'Community Hospital']);
    const part = tail === 'General' || tail === 'Memorial' || tail === 'Regional' ? `${head} ${tail}` : head;
    return [`${head} ${tail}`, part];
  }
  /** A nursing home or rehab as written, and its identifying words. */
  facility(): readonly [string, string] {
    const head = this.r() < 0.5 ? this.pick(HOSP_HEADS) : this.town();
    const tail = this.pick(['Rehab', 'Nursing Home', 'NH', 'Manor', 'Nursing and Rehab', 'Care Center', 'Health Care', 'Gardens']);
    const part = tail === 'Manor' || tail === 'Gardens' ? `${head} ${tail}` : head;
    return [`${head} ${tail}`, part];
  }
  initials(): string {
    return this.pick(['S', 'N', 'G', 'B', 'U', 'J', 'H', 'F']) + this.pick(['M', 'G', 'B', 'S', 'C', 'R']) + this.pick(['H', 'C', 'MC', 'RH']);
  }
  phone(): readonly [string, string, string] {
    return [String(this.int(201, 989)), String(this.int(200, 999)), String(this.int(0, 9999)).padStart(4, '0')];
  }
}



const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // people
  ['relative in to visit', (d) => { const g = d.given(); return [`${d.pick(['wife', 'husband', 'dtr', 'son', 'sister'])} ${g} in to visit, updated on poc.`, [g]]; }],
  ['DTR CALLED', (d) => { const g = d.given(); return [`${d.pick(['DTR', 'SON', 'WIFE', 'HUSB'])} ${g} CALLED X2, UPDATED BY RN.`, [g]]; }],
  ['hcp with phone', (d) => { const g = d.given(); const s = d.sur(); const [a, b, c] = d.phone(); return [`social: niece/hcp ${g} ${s} (${a}) ${b}-${c}, aware of plan.`, [g, s, `${a}) ${b}-${c}`]]; }],
  ['seen by dr', (d) => { const s = d.sur(); return [`pt seen by dr ${s.toLowerCase()} this am, no new orders.`, [s.toLowerCase()]]; }],
  ['per Dr./service', (d) => { const s = d.sur(); return [`Lasix 40 IV given per Dr. ${s}/${d.pick(['renal', 'cards', 'GI', 'ID', 'pulm'])}.`, [s]]; }],
  ['RN initial and surname', (d) => { const s = d.sur(); return [`Report given to RN ${d.given()[0]}. ${s} at 1900.`, [s]]; }],
  ['MD aware (name)', (d) => { const s = d.sur(); return [`HR 130s afib, MD aware (${s}), lopressor 5mg IV x1.`, [s]]; }],
  ["pt's friend", (d) => { const g = d.given(); return [`pt's friend ${g.toLowerCase()} at bedside most of shift.`, [g.toLowerCase()]]; }],
  ['Mr. and Mrs.', (d) => { const s = d.sur(); return [`Mr. and Mrs. ${s} in, questions answered.`, [s]]; }],
  ["dr's team possessive", (d) => { const s = d.sur(); return [`will f/u w/ dr ${s}'s team re: PEG.`, [s]]; }],
  ['S/W name', (d) => { const g = d.given(); return [`S/W ${g} following for placement, ?rehab vs home.`, [g]]; }],
  ['c/b, paged, spoke w/', (d) => { const s = d.sur(); const g = d.given(); return [`c/b ${s} from pharmacy re heparin. paged ${g}, spoke w/ ${g} re gtt.`, [s, g]]; }],
  ['notified', (d) => { const g = d.given(); const s = d.sur(); return [`K 3.1, Dr ${g} ${s} notified, 40 meq KCL ordered.`, [g, s]]; }],
  ['sign-off', (d) => { const g = d.given(); const s = d.sur(); return [`Plan: cont to monitor, wean as tol.\n${g} ${s}, RN`, [g, s]]; }],
  ['initials sign-off', (d) => { const i = `${d.given()[0]}${d.sur()[0]}`; return [`pt resting comfortably. -${i}`, [i]]; }],
  ['patient name in note', (d) => { const g = d.given(); const s = d.sur(); return [`Neuro: ${g} ${s} A&O x3, MAE, follows commands.`, [g, s]]; }],
  // places
  ['transferred from hospital', (d) => { const [h, p] = d.hospital(); return [`Transferred from ${h} for cath.`, [p]]; }],
  ['OSH (name)', (d) => { const [, p] = d.hospital(); return [`admitted to OSH (${p}) 2 days ago w/ SOB.`, [p]]; }],
  ['sent from initials', (d) => { const i = d.initials(); return [`pt sent from ${i} ED w/ GI bleed.`, [i]]; }],
  ['records from', (d) => { const [h, p] = d.hospital(); return [`hx obtained from ${h.toLowerCase()} records.`, [p.toLowerCase()]]; }],
  ['d/c to NH or rehab', (d) => { const [f, p] = d.facility(); return [`dispo: d/c to ${f} when bed avail.`, [p]]; }],
  ['to go to the ... rehab', (d) => { const [f, p] = d.facility(); return [`plan is to go to the ${f} on discharge.`, [p]]; }],
  ['lives in town', (d) => { const t = d.town(); return [`Social: lives in ${t} w/ ${d.pick(['wife', 'husb', 'dtr', 'son'])}, retired.`, [t]]; }],
  ['from region', (d) => { const t = d.town(); return [`pt is from ${t}, family driving in.`, [t]]; }],
  ['via fire dept', (d) => { const t = d.town(); return [`brought in via ${t} ${d.pick(['fire dept', 'FD', 'EMS', 'ambulance', 'rescue squad'])}.`, [t]]; }],
  ['vacation in', (d) => { const t = d.town(); return [`fell while on vacation in ${t}.`, [t]]; }],
  ['works at', (d) => { const [, p] = d.hospital(); return [`wife works at ${p} as a nurse.`, [p]]; }],
  ['street address', (d) => { const s = d.street(); const n = String(d.int(2, 9800)); return [`family lives at ${n} ${s}.`, [`${n} ${s}`]]; }],
  ['church', (d) => { const g = d.pick(SAINTS); const c = d.pick([`St. ${g}'s`, `st ${g}`, `St ${g}`]); return [`pastor from ${c} church in to see pt.`, [c]]; }],
  ['named unit', (d) => { const s = d.fakerSur(); return [`transfer to ${s} ${d.int(2, 12)} when bed available.`, [s]]; }],
  // dates
  ['m/d at time', (d) => { const [m, dd] = d.md(); const [m2, d2] = d.md(); return [`last BM ${m}/${dd}, on ${m2}/${d2} at 0400 pt pulled out NGT.`, [`${m}/${dd}`, `${m2}/${d2}`]]; }],
  ['m-d and since', (d) => { const [m, dd] = d.md(); const [m2, d2] = d.md(); return [`on cipro since ${m}-${dd}, cx from ${m2}/${d2} pending.`, [`${m}-${dd}`, `${m2}/${d2}`]]; }],
  ['the ordinal', (d) => { const n = d.int(1, 30); return [`family mtg planned for the ${ordinal(n)}.`, [ordinal(n)]]; }],
  ['s/p procedure m/yy', (d) => { const m = d.int(1, 12); const y = String(d.int(0, 15)).padStart(2, '0'); return [`PMH: s/p CABG ${m}/${y}, DM2, HTN.`, [`${m}/${y}`]]; }],
  ['range m/d-m/d', (d) => { const [m, dd] = d.md(); return [`vanco ${m}/${dd}-${m}/${dd + 2}, due ${m}/${dd + 5}.`, [`${m}/${dd}-${m}/${dd + 2}`, `${m}/${dd + 5}`]]; }],
  ['month name', (d) => { const k = d.int(0, 11); const m = d.pick([MONTHS[k]!, MON[k]!]); const q = d.pick(['early', 'mid-', 'late', 'since']); return [`c/o wt loss since ${q}${q.endsWith('-') ? '' : ' '}${m}.`, [m]]; }],
  ['month day', (d) => { const k = d.int(0, 11); const n = d.int(1, 28); return [`${d.pick(['admitted', 'intubated', 'extubated'])} ${MON[k]} ${n}, trach planned.`, [`${MON[k]} ${n}`]]; }],
  ['holiday', (d) => { const h = d.pick(['x-mas', 'xmas', 'Christmas', "New Year's", 'Thanksgiving', 'easter']); return [`family hoping pt home by ${h}.`, [h]]; }],
  ['DOB', (d) => { const [m, dd] = d.md(); const y = d.int(1920, 1960); return [`ID band checked, DOB ${m}/${dd}/${y}.`, [`${m}/${dd}/${y}`]]; }],
  ['age over 89', (d) => { const n = String(d.int(90, 104)); const f = d.pick([`${n} y/o`, `${n}YO`, `${n} yr old`, `${n} yo`, `${n}y.o.`]); return [`${f} ${d.pick(['F', 'M', 'woman', 'man'])} adm w/ PNA.`, [n]]; }],
  // phones
  ['phone written oddly', (d) => { const [a, b, c] = d.phone(); const f = d.pick([`(${a}) ${b} ${c}`, `${a}.${b}.${c}`, `${a} ${b}-${c}`, `${a}-${b}-${c}`]); return [`son's cell ${f}, call w/ changes.`, [f.replace(/^\(/, '')]]; }],
  ['pager or beeper', (d) => { const n = String(d.int(1000, 99999)); const g = d.sur(); return [`paged resident ${g} (beeper #${n}).`, [g, n]]; }],
  ['home phone no area', (d) => { const [, b, c] = d.phone(); return [`wife's home # ${b}-${c}.`, [`${b}-${c}`]]; }],
  ['mini-note', (d) => {
    const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const t = d.town(); const [f, p] = d.facility();
    return [`NPN 7p-7a\nNeuro: A&O x2. Resp: LS clear, 2L NC.\nSocial: dtr ${g} called, lives in ${t}.\nDispo: ${f} ${m}/${dd}. Dr ${s} aware.`, [g, t, p, `${m}/${dd}`, s]];
  }],
];

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function nursingWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 53, rounds);
}

/** Look-alikes in nursing style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  ['haldol 2mg IV x1 for agitation', 'haldol'], ['Ativan 1mg prn', 'Ativan'], ['FOLEY DRAINING CLEAR YELLOW URINE', 'FOLEY'],
  ['swan placed, PA pressures 40/20', 'swan'], ['Levophed titrated to MAP >65', 'Levophed'], ['lasix 40 iv w/ good response', 'lasix'],
  ['cont flagyl and zosyn', 'flagyl'], ['cont flagyl and zosyn', 'zosyn'], ['dsg c/d/i, kerlix and coban to LLE', 'kerlix'],
  ['dsg c/d/i, kerlix and coban to LLE', 'coban'], ['TF: JEVITY @ 60CC/HR, GOAL 70', 'JEVITY'], ['ensure w/ meals, poor po intake', 'ensure'],
  ['Pulmocare at goal', 'Pulmocare'], ['placed in trendelenburg for line', 'trendelenburg'], ['hx Parkinson\'s, tremor at baseline', 'Parkinson'],
  ['CHEYNE-STOKES RESP NOTED WHILE ASLEEP', 'CHEYNE-STOKES'], ["+Murphy's sign per team", 'Murphy'], ['PLAN: CONT TO MONITOR', 'CONT TO MONITOR'],
  ['FAMILY MEETING TOMORROW W/ TEAM', 'FAMILY MEETING'], ['CALLED HOUSE OFFICER RE: LOW UO', 'HOUSE OFFICER'], ['vent: PS 5/10, fio2 40%', '5/10'],
  ['BP 120/80 HR 88 SR', '120/80'], ['IVF 1/2 NS @ 100', '1/2'], ['at 2/3 maintenance', '2/3'], ['I/O 1200/800', '1200/800'],
  ['pt turned q2h, skin intact', 'q2h'], ['3+ pitting edema BLE', '3+'], ['FIO2 40%, PEEP 5', 'FIO2 40%'], ['GCS 15, PERRL', 'GCS 15'],
  ['labs drawn at 0400', '0400'], ['transfer to MICU', 'MICU'], ['CCU team aware', 'CCU'], ['back from SICU', 'SICU'], ['to 5 West when bed', '5 West'],
  ['pt c/o pain 6/10', 'c/o'], ['pain 6/10, medicated', '6/10'], ['ambulating w/ walker', 'w/'], ['s/p fall at home', 's/p'], ['d/c foley today', 'd/c'],
  ['hcp aware of plan', 'hcp'], ['team aware', 'team'], ['attending in to see pt', 'attending'], ['resident paged x2', 'resident'],
  ['rn to cont to monitor', 'rn'], ['md aware', 'md'], ['NEURO: A&O X3', 'NEURO'], ['RESP: LS CLEAR', 'RESP'], ['SOCIAL: FAMILY IN', 'SOCIAL'],
  ['DISPO: REMAINS IN ICU', 'DISPO'], ['A/P: stable, cont plan', 'A/P'], ['npn 7a-7p', 'npn'], ['hr 80s, sbp 100-110s', '100-110s'],
  ['urine sent for c+s', 'c+s'], ['BS 180, covered w/ 4u RISS', '4u RISS'], ['pt x2 assist to chair', 'x2'], ['Bair Hugger on for temp 35.2', 'Bair Hugger'],
  ['Hope to wean today', 'Hope'], ['will cont to follow', 'will'], ['Mark for f/u', 'Mark'], ['grace period for TF', 'grace'],
  ['using Yankauer for secretions', 'Yankauer'], ['Guaiac neg stool', 'Guaiac'], ['Dobhoff in place, placement confirmed', 'Dobhoff'],
];

export const nursingKeepCases = (_seed = 0): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(nursingKeepCases(), find);

export function scoreNursingWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => nursingWaveCases(seed)), find);
}
