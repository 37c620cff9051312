// A blind wave of ICU, CCU, step-down and floor nursing notes in the terse style of a large Boston-area teaching
// hospital's nurses circa 2000-2010: MICU/CCU/CSRU nursing progress notes by system ('NEURO: A&OX3...', 'CV:',
// 'RESP:', 'GI/GU:', 'SOCIAL:', 'PLAN:'), event notes, transfer and accept notes, family meeting and discharge
// planning notes, run-on lines, abbreviations, in mixed case, ALL CAPS and lower case. The weight is on identifiers
// with little or no cue: places named by everyday words (neighbourhoods and local nicknames — 'lives in southie',
// 'from the cape', 'summers on the vineyard', 'back to the north shore', 'driving down from the berkshires'; hospitals
// by nickname or initials — 'from the brigham', 'came from the general', 'MGH', 'st. e's'; ward buildings named for
// donors — 'to farr 10', 'back to ellison 12', 'white 9'; rehabs and nursing homes — 'hebrew rehab', 'the pavilion',
// 'seaview'; towns that are words — 'lives in Hope', 'son in Reading'; streets; out-of-state and foreign cities);
// names (family by first name or nickname — 'daughter kathy called', 'son-jimmy in to visit'; staff first names,
// surnames and initials — 'report given to lisa rn', 'per dr. k', 'HO-BROWN AWARE'; family surnames that are
// words); dates in shorthand ('on 3/2', 'since 2/28', 'tues', 'last thurs', 'on the 14th', 'b-day tomorrow',
// 'x-mas'); ages over 89 ('92 yo', '94yo', '100th b-day'); phones, pagers and beepers; an interpreter's id, a
// valuables envelope number and an MRN. A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scoreIcuWave`.
// Decisions: a person's given name, nickname, surname and initials are planted, a title or credential ('dr.', 'RN',
// 'HO-', 'SW', 'NP', 'Fr.') and the relation word ('dtr', 'son-') are not; a single-letter doctor's initial ('dr. k')
// is planted; a hospital is planted as it is named ('brigham', 'general', 'MGH', 'st. e's', 'Lawrence General'), the
// article before a nickname ('the') is not; a ward building named for a donor or a word ('farr', 'ellison', 'white')
// is planted, its floor number is not, and unit names (MICU, CSRU, 7 west, the floor) are kept; a rehab or nursing
// home is planted with the kind word when it belongs to the name ('hebrew rehab', 'marian manor', 'sherrill house'),
// a generic category after it ('nh', 'for rehab', 'ecf') is not; a region or neighbourhood ('cape', 'vineyard',
// 'north shore', 'berkshires', 'southie', 'JP', 'north end') is planted without its article, since it names a place
// smaller than a state — 'the cape' meaning Cape Cod is a place, 'Cape Verdean Creole' (a language) is kept; towns,
// streets (with the house number) and out-of-state or foreign cities are planted, states, countries and Puerto Rico
// are kept; 'm/d', weekdays in any abbreviation ('tues', 'thurs', the weekday after 'last'), ordinal days ('the 14th'),
// holidays ('x-mas', 'thanksgiving', 'the 4th of july') are dates and planted as written; a birthday told relative to
// the note ('b-day tomorrow') is planted whole, since it gives the birth date; an age over 89 is planted as its
// number ('92' in '92 yo', '92yo', '100th b-day' as '100th'); times and years alone are kept; phones, pagers, beepers
// and extensions are planted (the digits; the word 'beeper' is not); an interpreter's id, a valuables envelope
// number and an MRN are planted. Kept (look-alikes): unit abbreviations and generic places (MICU, CSRU, CCU, 7 west,
// the floor, the unit, the OR, home, rehab), vent settings, drips, doses, lab values, ABGs written like dates,
// numbers over 89 that are not ages (PTT 98, FS 92, sats), bedside abbreviations that look like names or places
// (CAB, PEEP, MAP, PA line, SBP, HOB, BS, NAD, WNL, CVP, MAE, JP drain, HCP, CMO), eponyms and devices (Foley,
// Swan, Quinton, Dobhoff, Hoyer, Posey, Trendelenburg), scales named for people (Braden, Morse, Ramsay, RASS),
// everyday words that are also names or towns (brown stool, frank blood, call bell, bed bath, BP reading, amber
// urine, normal saline, hope to wean, will cont, sandwich), ordinary words near cues (went to sleep, back to
// baseline, from home, to the OR), relatives without names, ages of 89 and under, times, years, states, countries.
// Measured before rules: 0.771 recall on seeds 5, 11, 23 (1680/2178), 0.754 on fresh seeds 41, 42, 43 (1642/2178); 4/127 look-alikes touched ("DNR/DNI", "FL", "Ireland", "Puerto Rico").
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ie, ie, it, pt, br, vi, es, fr, gb];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'June', 'Rose', 'Dawn', 'Rusty', 'Sandy', 'Frank', 'Will', 'Penny', 'Amber', 'Holly', 'Earl', 'Bud', 'Chip', 'Sonny', 'Dot', 'Pat', 'Bunny', 'Gene', 'Ray', 'Bea', 'Red'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Young', 'Church', 'Little', 'Bell', 'Wood', 'Strong', 'Rich', 'Small', 'Short', 'Green', 'Brown', 'Black', 'Marsh', 'Ford', 'Lamb', 'Hunt', 'Page', 'Cross', 'Rice', 'Snow', 'Frost', 'Sharp', 'Moody', 'Golden', 'Hope', 'Love', 'Wise'];
/** Surnames of the city's old families, for a Boston ward. */
const LOCAL_SUR = ['Sullivan', "O'Brien", 'Murphy', 'Flaherty', 'DiMarco', 'Kelleher', 'Nguyen', 'Pereira', 'Medeiros', 'Tavares', 'Fitzgerald', 'Callahan', 'McDonough', 'Doherty', 'Gallagher', 'Connolly', 'Ferrante', 'Tran', 'Desrosiers', 'Kowalski'];
/** First names and nicknames nurses write for family. */
const NICKS = ['jimmy', 'kathy', 'bobby', 'peggy', 'sully', 'mikey', 'tommy', 'patty', 'bud', 'chip', 'sonny', 'dottie', 'bunny', 'peg', 'jackie', 'terry', 'billy', 'joey', 'frankie', 'ritchie', 'tina', 'maggie', 'nonie', 'mary beth', 'donna', 'eileen', 'kevin', 'danny', 'stevie', 'noreen'];
/** Nurses', techs' and therapists' first names. */
const STAFF = ['lisa', 'karen', 'maureen', 'colleen', 'kathy', 'jen', 'deb', 'sue', 'mary beth', 'eileen', 'noreen', 'kerry', 'meg', 'trish', 'beth', 'maura', 'siobhan', 'kristen', 'mike', 'dave', 'sean', 'kevin', 'carla', 'nancy'];
/** Towns that are everyday words, given names or surnames (most in Massachusetts). */
const WORD_TOWNS = ['Ware', 'Hull', 'Reading', 'Sharon', 'Hope', 'Union', 'Orange', 'Athol', 'Canton', 'Dover', 'Lynn', 'Beverly', 'Marion', 'Revere', 'Chelsea', 'Everett', 'Quincy', 'Milton', 'Lincoln', 'Sandwich', 'Dennis', 'Bourne', 'Harvard', 'Concord', 'Salem', 'Bath', 'Liberty', 'Florence', 'Sterling', 'Wales', 'Hudson', 'Warren', 'Holden', 'Carver', 'Rockland', 'Hanover', 'Essex', 'Harmony', 'Freedom', 'Gray'];
const REAL_TOWNS = ['Hingham', 'Cohasset', 'Scituate', 'Marshfield', 'Duxbury', 'Braintree', 'Weymouth', 'Brockton', 'Stoughton', 'Norwood', 'Dedham', 'Needham', 'Natick', 'Framingham', 'Waltham', 'Woburn', 'Malden', 'Medford', 'Saugus', 'Peabody', 'Danvers', 'Gloucester', 'Ipswich', 'Haverhill', 'Methuen', 'Lowell', 'Dracut', 'Chelmsford', 'Billerica', 'Taunton', 'Fall River', 'New Bedford', 'Fairhaven', 'Falmouth', 'Mashpee', 'Hyannis', 'Wellfleet', 'Leominster', 'Fitchburg', 'Somerville'];
/** Boston neighbourhoods as said on the unit: the part and the article written before it. */
const HOODS: readonly (readonly [string, string])[] = [['', 'southie'], ['', 'eastie'], ['', 'dot'], ['', 'dorchester'], ['', 'rozzie'], ['', 'roslindale'], ['', 'JP'], ['', 'jamaica plain'], ['the ', 'north end'], ['the ', 'south end'], ['', 'charlestown'], ['', 'brighton'], ['', 'allston'], ['', 'mattapan'], ['', 'hyde park'], ['', 'west rox'], ['', 'roxbury'], ['', 'mission hill'], ['', 'back bay'], ['', 'beacon hill'], ['', 'chinatown'], ['the ', 'fenway'], ['', 'savin hill'], ['', 'fields corner'], ['', 'lower mills']];
/** Regions by their local names: the part and its article. */
const REGIONS: readonly (readonly [string, string])[] = [['the ', 'cape'], ['the ', 'vineyard'], ['', 'nantucket'], ['the ', 'north shore'], ['the ', 'south shore'], ['the ', 'berkshires'], ['the ', 'pioneer valley'], ['the ', 'merrimack valley'], ['', 'metrowest'], ['the ', 'seacoast'], ['', 'cape ann'], ['the ', 'white mountains'], ['the ', 'outer cape'], ['the ', 'upper cape']];
/** Hospitals by nickname or initials: the part and its article. */
const HOSPITALS: readonly (readonly [string, string])[] = [['the ', 'brigham'], ['the ', 'general'], ['the ', 'beth'], ['the ', 'deaconess'], ['the ', 'BI'], ['the ', 'carney'], ['', 'faulkner'], ['', 'lahey'], ['', 'MGH'], ['', 'BWH'], ['', 'NEMC'], ['', 'BMC'], ['', 'mass general'], ['', 'tufts'], ['', "st. e's"], ['', 'mt auburn'], ['', 'caritas norwood'], ['', 'good sam'], ['', 'newton-wellesley'], ['', 'south shore hospital'], ['', 'lawrence general'], ['', 'cape cod hospital'], ['', 'anna jaques'], ['', 'melrose-wakefield'], ['', 'quincy medical'], ['', 'st. vincent\'s'], ['', 'baystate'], ['', 'emerson']];
/** Ward buildings named for donors or by words. */
const BUILDINGS = ['farr', 'feldberg', 'reisman', 'stoneman', 'rabb', 'kirstein', 'ellison', 'white', 'bigelow', 'blake', 'phillips', 'lunder', 'shapiro', 'proger', 'yawkey', 'gryzmish', 'finard'];
/** Rehabs and nursing homes: the text as written and its planted part. */
const REHABS: readonly (readonly [string, string])[] = [['hebrew rehab', 'hebrew rehab'], ['the pavilion', 'pavilion'], ['seaview', 'seaview'], ['spaulding', 'spaulding'], ['youville', 'youville'], ['radius', 'radius'], ['braintree rehab', 'braintree rehab'], ['whittier', 'whittier'], ['the sherrill house', 'sherrill house'], ['marian manor', 'marian manor'], ['the german centre', 'german centre'], ['the goddard', 'goddard'], ['harborside', 'harborside'], ['maplewood', 'maplewood'], ['meadowbrook', 'meadowbrook'], ['oak hill', 'oak hill'], ['briarwood', 'briarwood'], ['the boston home', 'boston home'], ['kathleen daniel', 'kathleen daniel'], ['marina bay', 'marina bay']];
const REHAB_KIND = ['', ' nh', ' rehab', ' for rehab', ' ecf', ' (ltc)', ' nursing home'];
/** Out-of-state and foreign cities: the city (planted) and its state or country (kept). */
const AWAY: readonly (readonly [string, string])[] = [['Fort Lauderdale', 'FL'], ['Naples', 'FL'], ['Sarasota', 'FL'], ['Port St. Lucie', 'FL'], ['Myrtle Beach', 'SC'], ['Scottsdale', 'AZ'], ['Scranton', 'PA'], ['Albany', 'NY'], ['Providence', 'RI'], ['Nashua', 'NH'], ['Portland', 'ME'], ['Burlington', 'VT'], ['Syracuse', 'NY'], ['San Diego', 'CA'], ['Charlotte', 'NC'], ['Marietta', 'GA'], ['Augusta', 'ME'], ['Mobile', 'AL'], ['Eugene', 'OR'], ['Cork', 'Ireland'], ['Galway', 'Ireland'], ['Sligo', 'Ireland'], ['Ponce', 'PR'], ['Santo Domingo', 'DR'], ['Port-au-Prince', 'Haiti'], ['Praia', 'Cape Verde'], ['Kingston', 'Jamaica'], ['Sao Paulo', 'Brazil'], ['Ponta Delgada', 'the Azores'], ['Avellino', 'Italy'], ['Hue', 'Vietnam']];
const STREETS = ['Dot Ave', 'Blue Hill Ave', 'E. Broadway', 'L St', 'Centre St', 'Hyde Park Ave', 'Adams St', 'Gallivan Blvd', 'Columbia Rd', 'Hancock St', 'Morrissey Blvd', 'Summer St', 'River St', 'Walk Hill St', 'Bunker Hill St'];
const WEEKDAYS = ['mon', 'monday', 'tues', 'tue', 'tuesday', 'wed', 'weds', 'wednesday', 'thurs', 'thur', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday'];
const HOLIDAYS = ['x-mas', 'xmas', 'christmas', 'thanksgiving', 'easter', 'new years', 'the 4th of july', 'christmas eve', 'labor day', 'memorial day', "mother's day", "st. patty's day", 'halloween', "valentine's day"];
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec'];
const AREA = ['617', '781', '508', '978', '339', '774', '857', '401', '603'];
const RELATIVES = ['dtr', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson'];

/** A letter that does not occur in `rest` (any case): a doctor's single initial that occurs once. */
const absentLetter = (rest: string, pick: (xs: readonly string[]) => string): string => {
  const free = [...'bcfhjkmqwyz'].filter((c) => !rest.toLowerCase().includes(c));
  return pick(free.length > 0 ? free : ['q']).toUpperCase();
};

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  /** A family member as nurses write them: a nickname, a word name or a faker given name. */
  fam(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(NICKS) : this.given();
  }
  /** A staff member's first name. */
  staff(): string {
    return this.r() < 0.5 ? this.pick(STAFF) : this.given();
  }
  sur(): string {
    const x = this.r();
    return x < 0.3 ? this.pick(WORD_SUR) : x < 0.55 ? this.pick(LOCAL_SUR) : this.capitalizedSurname();
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** [article, neighbourhood]. */
  hood(): readonly [string, string] {
    return this.pick(HOODS);
  }
  /** [article, region]. */
  region(): readonly [string, string] {
    return this.pick(REGIONS);
  }
  /** [article, hospital]. */
  hosp(): readonly [string, string] {
    return this.pick(HOSPITALS);
  }
  building(): string {
    return this.pick(BUILDINGS);
  }
  floor(): number {
    return this.int(3, 12);
  }
  /** [as written, planted part]. */
  rehab(): readonly [string, string] {
    const [t, p] = this.pick(REHABS);
    return [t + this.pick(REHAB_KIND), p];
  }
  /** [city, state or country]: a listed one, or a foreign faker city with no country. */
  away(): readonly [string, string] {
    if (this.r() < 0.25) {
      const f = this.pick([it, pt, br, es, fr, gb, ie]);
      return [f.location.city(), ''];
    }
    return this.pick(AWAY);
  }
  street(): string {
    const s = this.r() < 0.6 ? this.pick(STREETS) : us.location.street();
    return this.r() < 0.4 ? `${this.int(2, 400)} ${s}` : s;
  }
  /** 'm/d'. */
  slashDay(): string {
    return `${this.int(1, 12)}/${this.int(1, 28)}`;
  }
  /** A short date as nurses write it: 'm/d', 'm-d', 'mar 2' or 'm/d/yy'. */
  shortDate(): string {
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    switch (this.int(0, 5)) {
      case 0: return `${m}-${d}`;
      case 1: return `${MON[m - 1]!} ${d}`;
      case 2: return `${m}/${d}/0${this.int(1, 9)}`;
      default: return `${m}/${d}`;
    }
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  ord(): string {
    return ordinal(this.int(1, 31));
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  age90(): string {
    return String(this.int(90, 104));
  }
  pager(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(4);
    if (k === 1) return this.digitString(5);
    if (k === 2) return `${this.int(2, 9)}-${this.digitString(4)}`;
    return `${this.int(1, 9)}${this.int(0, 9)}-${this.digitString(3)}`;
  }
  phone(): string {
    const a = this.pick(AREA);
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    switch (this.int(0, 5)) {
      case 0: return `(${a})${b}-${c}`;
      case 1: return `${a} ${b} ${c}`;
      case 2: return `${b}-${c}`;
      case 3: return `${a}.${b}.${c}`;
      default: return `${a}-${b}-${c}`;
    }
  }
  /** Initials of two letters. */
  initials(): string {
    return this.lettersOf('BCDFGHJKLMNPRSTVWZ', 2);
  }
  /** An age of 89 or under, for the frame's text (kept). */
  youngAge(): number {
    return this.int(38, 89);
  }
}

/** A phone that may open with '(': the part to cover is the number without it. */
const phonePart = (p: string): string => p.replace(/^\(/, '');

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // places named by ordinary words: regions, neighbourhoods, towns, streets, away
  ['neuro asking for daughter driving down from region', (d) => {
    const g = d.fam(); const [a, r] = d.region();
    return [`NEURO: A&OX3, MAE, FOLLOWS COMMANDS. PLEASANT, ASKING FOR DAUGHTER ${g} WHO IS DRIVING DOWN FROM ${a}${r} TONIGHT.`, [g, r]];
  }],
  ['social daughter in to visit from town with HCP cell', (d) => {
    const g = d.fam(); const t = d.town(); const g2 = d.fam(); const ph = d.phone();
    return [`SOCIAL: DAUGHTER ${g} IN TO VISIT FROM ${t}, UPDATED BY RN & HO. HCP IS SON ${g2}, CELL ${ph}.`, [g, t, g2, phonePart(ph)]];
  }],
  ['social lives in neighbourhood with wife, son away', (d) => {
    const [a, h] = d.hood(); const g = d.fam(); const [c, st] = d.away();
    return [`Social: pt lives in ${a}${h} w/ wife ${g}, retired longshoreman. 2 sons, one local, one in ${c}${st ? `, ${st}` : ''}.`, [h, g, c]];
  }],
  ['widowed lives alone summers on the island', (d) => {
    const t = d.town(); const [a, r] = d.pick([['the ', 'vineyard'], ['', 'nantucket'], ['the ', 'cape'], ['', 'plum island'], ['', 'hull']] as const);
    return [`pt widowed, lives alone in ${t}, summers on ${a}${r}. independent w/ adls at baseline, still drives.`, [t, r]];
  }],
  ['dtr moved back to region from away', (d) => {
    const [a, r] = d.region(); const [c] = d.away(); const g = d.fam();
    return [`dtr ${g} recently moved back to ${a}${r} from ${c}, plans to be more involved in pt's care.`, [g, r, c]];
  }],
  ['pt from neighbourhood, three-decker', (d) => {
    const [a, h] = d.hood(); const g = d.fam();
    return [`PT FROM ${a}${h}, LIVES IN 3-DECKER W/ SISTER ${g}, 2ND FLR WALKUP. WILL NEED PT EVAL PRIOR TO D/C.`, [h, g]];
  }],
  ['lives off street in neighbourhood', (d) => {
    const s = d.street(); const [a, h] = d.hood();
    return [`Per EMS pt found down in kitchen at home on ${s} in ${a}${h}, unknown downtime, neighbor called 911.`, [s, h]];
  }],
  ['lives in word town with husband', (d) => {
    const t = d.pick(WORD_TOWNS); const g = d.fam();
    return [`pt lives in ${t} with husband ${g}, who is her primary caregiver. husband very hard of hearing.`, [t, g]];
  }],
  ['son in word town, dtr away, both updated', (d) => {
    const t = d.pick(WORD_TOWNS); const [c, st] = d.away();
    return [`FAMILY: SON IN ${t}, DTR IN ${c}${st ? ` ${st}` : ''}, BOTH CALLED & UPDATED BY HO RE: CHANGE IN STATUS.`, [t, c]];
  }],
  ['retired from the navy yard in neighbourhood', (d) => {
    const [a, h] = d.hood(); const t = d.town();
    return [`retired from the navy yard, grew up in ${a}${h}, moved to ${t} 20 yrs ago. ex-smoker, 2-3 beers/day.`, [h, t]];
  }],
  ['VNA of region to follow at home', (d) => {
    const [, r] = d.region(); const g = d.staff();
    return [`PLAN: HOME W/ VNA OF ${r} WHEN STABLE, CM ${g} AWARE & FOLLOWING.`, [r, g]];
  }],
  ['pcp in town notified', (d) => {
    const s = d.sur(); const t = d.town();
    return [`pcp dr. ${s} in ${t} notified of admission by ho, will fax records in am.`, [s, t]];
  }],
  ['sister flying in from away city', (d) => {
    const g = d.fam(); const [c, st] = d.away(); const w = d.weekday();
    return [`sister ${g} flying in from ${c}${st ? `, ${st}` : ''} ${w}, family waiting for her arrival before making decision re: trach.`, [g, c, w]];
  }],
  ['nun from the convent in town', (d) => {
    const g = d.given(); const t = d.town();
    return [`Visitor: Sister ${g} from the convent in ${t} in to see pt, brought rosary, pt calmer after visit.`, [g, t]];
  }],
  // hospitals, wards and rehabs
  ['transferred from the hospital nickname', (d) => {
    const a = d.youngAge(); const [art, h] = d.hosp();
    return [`${a} yo M transferred from ${art}${h} for further mgmt of GI bleed, rec'd 4u PRBC prior to transfer.`, [h]];
  }],
  ['came from the hospital ED by ambulance', (d) => {
    const [art, h] = d.hosp(); const g = d.fam();
    return [`Pt came from ${art}${h} ED via ambulance, sent in after found down by neighbor (${g}).`, [h, g]];
  }],
  ['transfer to building floor, report to RN', (d) => {
    const b = d.building(); const f = d.floor(); const g = d.staff();
    return [`PLAN: TX TO ${b} ${f} WHEN BED AVAIL, REPORT TO BE CALLED TO ${g} RN.`, [b, g]];
  }],
  ['back to the building once off pressors', (d) => {
    const b = d.building(); const f = d.floor();
    return [`pt will go back to ${b} ${f} once off neo x 24hrs, team aware. MICU team to sign off.`, [b]];
  }],
  ['report given to rn on building, via bed with tele', (d) => {
    const g = d.staff(); const b = d.building(); const f = d.floor();
    return [`REPORT GIVEN TO ${g} RN ON ${b} ${f}, PT TRANSFERRED VIA BED W/ TELE & O2, BELONGINGS W/ PT.`, [g, b]];
  }],
  ['rapid response from building', (d) => {
    const b = d.building(); const f = d.floor(); const s = d.sur();
    return [`Pt tx'd to MICU from ${b} ${f} after RRT for hypotension, SBP 70s. Seen by Dr. ${s} on arrival.`, [b, s]];
  }],
  ['screened for rehab, CM following', (d) => {
    const [rt, rp] = d.rehab(); const g = d.staff();
    return [`D/C PLANNING: SCREENED FOR ${rt}, CM ${g} FOLLOWING, AWAITING BED OFFER.`, [rp, g]];
  }],
  ['resident of the nursing home, per NH staff', (d) => {
    const [rt, rp] = d.rehab(); const g = d.staff();
    return [`Pt is a resident of ${rt}, baseline ambulates w/ walker & is pleasantly confused per NH staff (${g}).`, [rp, g]];
  }],
  ['back to nursing home, bed held until date', (d) => {
    const [rt, rp] = d.rehab(); const dt = d.slashDay();
    return [`plan is back to ${rt} when medically cleared, bed held until ${dt}.`, [rp, dt]];
  }],
  ['husband admitted to another hospital', (d) => {
    const [art, h] = d.hosp(); const g = d.fam();
    return [`pt's husband currently admitted to ${art}${h} himself, unable to visit. dtr ${g} is main contact.`, [h, g]];
  }],
  ['CCU cath at outside hospital on date', (d) => {
    const [art, h] = d.hosp(); const dt = d.shortDate();
    return [`CCU NPN: PT S/P CATH AT ${art}${h} ON ${dt} W/ 3VD, TX'D HERE FOR CABG EVAL. IABP 1:1 VIA R FEM.`, [h, dt]];
  }],
  ['accepted by Dr at hospital, transfer pending', (d) => {
    const s = d.sur(); const [art, h] = d.hosp();
    return [`Pt accepted by Dr. ${s} at ${art}${h} for EP study, transfer pending bed, family aware.`, [s, h]];
  }],
  // names: family, staff, nicknames
  ['daughter nickname called overnight', (d) => {
    const g = d.fam();
    return [`daughter ${g} called x${d.int(1, 4)} overnight, updated on pt's condition, plans to visit after work tomorrow.`, [g]];
  }],
  ['son-name in to visit', (d) => {
    const g = d.fam();
    return [`${d.pick(['SON', 'DTR', 'WIFE', 'SISTER', 'NEPHEW'])}-${g} IN TO VISIT, VERY TEARFUL, QUESTIONS ANSWERED, EMOTIONAL SUPPORT GIVEN.`, [g]];
  }],
  ['HCP wife cell and home phone', (d) => {
    const g = d.fam(); const a = d.phone(); const b = d.phone();
    return [`HCP: wife ${g}, cell ${a}, home ${b}. pls call w/ any changes.`, [g, phonePart(a), phonePart(b)]];
  }],
  ['wife mrs surname at bedside', (d) => {
    const s = d.pick(WORD_SUR);
    const [t, w] = d.pick([['mrs.', 'wife'], ['mr.', 'husband'], ['mrs.', 'mother'], ['ms.', 'sister']] as const);
    return [`${t} ${s} (${w}) at bs most of shift, very attentive, asking appropriate questions.`, [s]];
  }],
  ['pt goes by nickname', (d) => {
    const n = d.pick(['sully', 'bud', 'red', 'chip', 'skip', 'sonny', 'butch', 'bunny', 'dot', 'tiny', 'lefty', 'sarge']);
    const q = d.pick(['"', "'"]);
    return [`pt goes by ${q}${n}${q}, responds much better when called that, ${d.pick(['reorients easily', 'calmer', 'more cooperative w/ care'])}.`, [n]];
  }],
  ['per dr single initial', (d) => {
    const base = `${d.pick(['lasix 40', 'lasix 80', 'lopressor 5', 'dilaudid 0.5', 'haldol 2'])} iv given per dr. `;
    const l = absentLetter(`${base}, uo 300cc over next 2 hrs.`, (xs) => d.pick(xs));
    return [`${base}${l}, uo 300cc over next 2 hrs.`, [l]];
  }],
  ['HO-surname aware, bolus given', (d) => {
    const s = d.sur();
    return [`UO 15-20CC/HR X 3 HRS, HO-${s} AWARE, 500CC NS BOLUS GIVEN W/ GOOD EFFECT.`, [s]];
  }],
  ['paged NP by beeper', (d) => {
    const g = d.staff(); const p = d.pager();
    return [`Paged NP ${g} (beeper ${p}) re: K 3.1, awaiting call back.`, [g, p]];
  }],
  ['ortho paged #, re-paged dr', (d) => {
    const p = d.pager(); const s = d.sur();
    return [`ortho paged #${p} re: pain control, no response x 1 hr, dr. ${s} re-paged & aware.`, [p, s]];
  }],
  ['RT by name suctioned', (d) => {
    const g = d.staff();
    return [`RESP: LS COARSE, RT (${g}) IN TO SUCTION, LG AMT THICK TAN SECRETIONS, SATS 94-96%.`, [g]];
  }],
  ['sitter at bedside overnight', (d) => {
    const g = d.staff();
    const why = d.pick(['pulling at lines', 'trying to climb oob', 'pulling at ngt', 'agitation', 'attempting to remove foley']);
    return [`1:1 sitter (${g}) at bs overnight d/t pt ${why}, posey vest on per protocol.`, [g]];
  }],
  ['family meeting attendees, CMO', (d) => {
    const s = d.sur(); const g = d.staff(); const a = d.fam(); const b = d.fam();
    return [`FAMILY MTG HELD W/ DR. ${s}, SW ${g}, DTRS ${a} & ${b}. DECISION MADE TO MAKE PT CMO.`, [s, g, a, b]];
  }],
  ['chaplain father visited', (d) => {
    const s = d.sur();
    return [`Fr. ${s} in to see pt, received sacrament of the sick, family present & appreciative.`, [s]];
  }],
  ['interpreter by name and id', (d) => {
    const lang = d.pick(['Portuguese', 'Haitian Creole', 'Spanish', 'Vietnamese', 'Cantonese', 'Russian']); const g = d.staff(); const id = d.digitString(d.int(5, 6));
    return [`${lang} interpreter ${g} via phone (id #${id}) used for consent discussion.`, [g, id]];
  }],
  ['name alert with MRN', (d) => {
    const s = d.sur(); const mrn = d.digitString(d.int(7, 8));
    return [`NAME ALERT: PT W/ SAME LAST NAME (${s}) IN RM 6. PT'S MRN ${mrn} CONFIRMED W/ 2 IDENTIFIERS PRIOR TO ALL MEDS.`, [s, mrn]];
  }],
  ['valuables to security envelope number', (d) => {
    const n = d.digitString(d.int(5, 7));
    return [`valuables (wallet, watch, $42 cash) sent to security, envelope #${n}, receipt in chart.`, [n]];
  }],
  ['CSRU wife flying in from abroad', (d) => {
    const g = d.fam(); const [c] = d.away();
    return [`CSRU NSG NOTE: wife ${g} flying in from ${c} tomorrow, brother at bs tonight.`, [g, c]];
  }],
  ['pt word surname to MRI', (d) => {
    const s = d.pick(WORD_SUR);
    const t = d.pick(['MRI', 'CT', 'IR', 'head CT', 'TEE']); const h = d.int(0, 5);
    return [`${d.pick(['Mr.', 'Mrs.', 'Ms.'])} ${s} off unit to ${t} @ 0${h}00 w/ RN & RT, tolerated well, returned @ 0${h + 1}15.`, [s]];
  }],
  ['staff initials on event note', (d) => {
    const i = d.initials();
    return [`0400: pt pulled NGT out, replaced by HO, placement confirmed by cxr. MD (${i}) aware.`, [i]];
  }],
  // dates in shorthand
  ['extubated on date, reintubated on date', (d) => {
    const a = d.slashDay(); const b = d.slashDay();
    return [`RESP: extubated on ${a}, reintubated on ${b} for hypercarbic resp failure. currently AC 500x14, PEEP 5, FIO2 40%.`, [a, b]];
  }],
  ['no BM since date', (d) => {
    const a = d.shortDate();
    return [`GI: ABD SOFT, DISTENDED, +BS. NO BM SINCE ${a}, DULCOLAX SUPP GIVEN W/O RESULT.`, [a]];
  }],
  ['HD days via quinton, next HD weekday', (d) => {
    const a = d.pick(['tues/thurs/sat', 'mon/wed/fri', 'm-w-f', 'tu-th-sa']); const w = d.weekday();
    return [`GU: ${d.pick(['anuric', 'oliguric', 'UO 5-10cc/hr'])}, HD ${a} via R IJ quinton, next HD planned ${w}, renal aware.`, [a, w]];
  }],
  ['more confused since last weekday', (d) => {
    const w = d.weekday();
    return [`Per ${d.rel()} pt has been more confused since last ${w}, fell at home x ${d.int(1, 4)}.`, [w]];
  }],
  ['son getting married on the ordinal', (d) => {
    const o = d.ord();
    return [`pt's ${d.rel()} getting married on the ${o}, family hoping pt can attend in w/c.`, [o]];
  }],
  ['b-day tomorrow, family bringing cake', (d) => {
    const p = d.pick(['b-day tomorrow', 'birthday tomorrow', 'bday tomorrow', 'b-day today', 'birthday today']);
    const who = d.rel(); const what = d.pick(['cake', 'cupcakes', 'balloons', 'ice cream', 'a cake from the bakery']);
    return [`pt's ${p}, ${who} bringing in ${what}, ok'd w/ team for small piece (diabetic).`, [p]];
  }],
  ['family wants pt home for holiday', (d) => {
    const h = d.holiday();
    const who = d.pick(['family', 'wife', 'dtr', 'son', 'husband', 'HCP']);
    return [`${who} very anxious, wants pt home for ${h}. explained plan of care & need for rehab first.`, [h]];
  }],
  ['trach and peg on date', (d) => {
    const a = d.shortDate(); const w = d.weekday();
    return [`S/P TRACH/PEG ON ${a}, TRACH SITE CLEAN, TRACH CHANGE DUE ${w}.`, [a, w]];
  }],
  ['NPO since weekday for OR', (d) => {
    const w = d.weekday();
    return [`pt NPO since ${w} for ?${d.pick(['OR', 'ERCP', 'cath', 'EGD', 'IR drain'])}, case bumped x${d.int(2, 3)}, team aware pt hungry & frustrated.`, [w]];
  }],
  ['last drink per son on date', (d) => {
    const a = d.shortDate(); const t = d.town();
    return [`ETOH: last drink ${a} per son, drinks pint vodka/day. lives in ${t}. CIWA q2h, ativan given x2.`, [a, t]];
  }],
  ['HD schedule at dialysis unit in town', (d) => {
    const t = d.town(); const w = d.weekday();
    return [`outpt HD at DCI in ${t}, last HD ${w} per pt.`, [t, w]];
  }],
  // ages over 89
  ['age over 89 yo from nursing home', (d) => {
    const n = d.age90(); const [rt, rp] = d.rehab();
    return [`${n} yo F admitted from ${rt} w/ urosepsis, hypotensive in ED, started on levo.`, [n, rp]];
  }],
  ['age over 89 yo no space', (d) => {
    const n = d.age90();
    return [`${n}yo ${d.pick(['man', 'woman', 'M', 'F'])}, DNR/DNI, CMO discussed w/ family, pt comfortable on morphine gtt.`, [n]];
  }],
  ['celebrated ordinal birthday over 89', (d) => {
    const o = ordinal(d.int(90, 104));
    return [`very pleasant ${d.pick(['lady', 'gentleman', 'woman', 'man'])}, celebrated ${o} b-day last month, was living independently until fall.`, [o]];
  }],
  ['wife over 89 lives in town', (d) => {
    const n = d.age90(); const t = d.town();
    return [`social: wife is ${n} & lives in ${t}, unable to drive in, niece to bring her tomorrow.`, [n, t]];
  }],
  // mixed events
  ['event note: HO notified, dtr updated by phone', (d) => {
    const s = d.sur(); const g = d.fam(); const ph = d.phone();
    return [`0200: HR 140s AFIB, SBP 90s. HO ${s} notified, 5mg IV lopressor given. dtr ${g} updated by phone at ${ph}.`, [s, g, phonePart(ph)]];
  }],
  ['step-down accept note from outside with date', (d) => {
    const [art, h] = d.hosp(); const dt = d.slashDay(); const g = d.staff();
    return [`STEPDOWN ACCEPT NOTE: pt adm to ${art}${h} ${dt} w/ CHF exac, tx'd here for cath. report rec'd from ${g} RN.`, [h, dt, g]];
  }],
  ['floor note: family driving from region for weekend', (d) => {
    const [a, r] = d.region(); const w = d.weekday();
    return [`Floor NPN: pt up to chair x2, ate 50% of meals. family driving from ${a}${r} ${w} to see pt.`, [r, w]];
  }],
  ['pt cell left at home in neighbourhood', (d) => {
    const ph = d.phone(); const g = d.fam();
    return [`Pt's cell # ${ph}, left at bs. grandson ${g} will pick up belongings tonight.`, [phonePart(ph), g]];
  }],
  ['SW consult, family in abroad city', (d) => {
    const g = d.staff(); const [c] = d.away(); const g2 = d.fam();
    return [`SW (${g}) following, pt's only family is brother ${g2} in ${c}, assisting w/ contacting him.`, [g, g2, c]];
  }],
  ['pager of covering attending', (d) => {
    const s = d.sur(); const p = d.pager();
    return [`Covering attending: Dr. ${s}, pgr ${p}. Call w/ SBP <90 or UO <30cc/hr x 2.`, [s, p]];
  }],
];

/** The names of the wave's frames. */
export const icuFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function icuWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 113, rounds);
}

/** Look-alikes in ICU and floor nursing note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // units, wards and generic places
  ['TX TO MICU FROM ED @ 2300.', 'MICU'], ['S/P CABG X3, ARRIVED TO CSRU FROM OR.', 'CSRU'], ['pt called out to 7 west.', '7 west'], ['plan to call out to the floor in am.', 'the floor'],
  ['back to the unit after CT.', 'the unit'], ['transferred to the CCU for tele.', 'CCU'], ['to step-down when bed avail.', 'step-down'], ['pt to the OR @ 0730.', 'the OR'],
  ['pt admitted from home w/ SOB.', 'home'], ['plan d/c to rehab vs home w/ VNA.', 'rehab'], ['mental status back to baseline.', 'baseline'], ['pt went to sleep around 0100.', 'went to sleep'],
  ['to cath lab emergently.', 'cath lab'], ['pt lives in a nursing home.', 'nursing home'], ['pt from a group home.', 'group home'],
  // vents, drips, doses
  ['AC 500 X 14 PEEP 5 FIO2 40%', 'PEEP 5'], ['FIO2 WEANED TO 40%', 'FIO2'], ['CPAP+PS 5/5 TOLERATING WELL', 'CPAP+PS 5/5'], ['RSBI 45', 'RSBI 45'], ['ABG 7.32/48/88', '7.32/48/88'],
  ['TV 450s, RR 18-22', 'TV 450s'], ['NEO @ 1.2 MCG/KG/MIN', 'NEO'], ['levo weaned off @ 0500', 'levo'], ['propofol 30 mcg/kg/min', 'propofol'], ['fentanyl 50 mcg/hr', 'fentanyl'],
  ['HEPARIN GTT @ 1100 U/HR', '1100 U/HR'], ['insulin gtt 4 u/hr per protocol', 'insulin gtt'], ['lasix 40 IV given', 'lasix 40 IV'], ['KCL 40 MEQ PO', 'KCL 40 MEQ'], ['mag 2 gm iv', 'mag 2 gm'],
  // labs
  ['K 3.2 repleted', 'K 3.2'], ['HCT 24.1, 1U PRBC GIVEN', 'HCT 24.1'], ['INR 2.3', 'INR 2.3'], ['PTT 98', 'PTT 98'], ['BS 180s, covered w/ RISS', 'BS 180s'], ['FS 92 @ 2200', 'FS 92'],
  ['CK 1200, trop 0.45', 'CK 1200'], ['lactate 4.1', 'lactate 4.1'], ['WBC 14.2', 'WBC 14.2'], ['cr 1.9 (baseline 1.2)', 'cr 1.9'], ['SATS 92-94% ON 4L NC', 'SATS 92-94%'],
  // bedside abbreviations that look like names or places
  ['pt s/p CAB 2004', 'CAB'], ['MAP 65-70', 'MAP 65-70'], ['PA line d/c\'d', 'PA line'], ['SBP 90s-100s', 'SBP'], ['HOB 30', 'HOB 30'], ['BS CLEAR BILAT', 'BS CLEAR'],
  ['ABD SOFT, +BS X4', '+BS X4'], ['NAD', 'NAD'], ['LFTS WNL', 'WNL'], ['CVP 12', 'CVP 12'], ['MAE, PERRL', 'MAE'], ['A&OX3', 'A&OX3'], ['LS CTA', 'LS CTA'],
  ['DP/PT PALP', 'DP/PT'], ['IABP 1:1', 'IABP 1:1'], ['CI 2.1, SVR 1400', 'SVR 1400'], ['PAD 18, PCWP 22', 'PCWP 22'], ['HR 80s NSR', 'NSR'], ['AFIB 110-130S', 'AFIB'],
  ['RRT called for hypotension', 'RRT'], ['CMO per family', 'CMO'], ['DNR/DNI', 'DNR/DNI'], ['HCP aware', 'HCP'], ['SW following', 'SW'], ['NPN 7P-7A', 'NPN 7P-7A'],
  ['JP drain w/ 40cc serosang', 'JP drain'], ['Foley to gravity', 'Foley'], ['flexiseal in place', 'flexiseal'], ['dobhoff post pyloric', 'dobhoff'], ['R IJ cordis', 'cordis'],
  ['swan wedged @ 22', 'swan'], ['quinton cath R fem', 'quinton'], ['hoyer lift to chair', 'hoyer'], ['posey vest on', 'posey'], ['placed in trendelenburg', 'trendelenburg'],
  // scales named for people
  ['braden 12, on air mattress', 'braden'], ['morse fall score 55', 'morse'], ['ramsay 3', 'ramsay'], ['RASS -2', 'RASS -2'], ['CAM-ICU positive', 'CAM-ICU'], ['GCS 8', 'GCS 8'], ['CIWA 12', 'CIWA 12'],
  // everyday words that are names or towns
  ['lg amt brown liquid stool', 'brown'], ['frank blood from ngt', 'frank'], ['call bell within reach', 'bell'], ['bed bath given', 'bath'], ['BP reading 180/90, recycled', 'reading'],
  ['HR rose to 130s', 'rose'], ['amber urine, 30cc/hr', 'amber'], ['rusty sputum', 'rusty'], ['black tarry stool', 'black'], ['green bilious ngt output', 'green'], ['type and cross sent', 'cross'],
  ['hope to wean to CPAP in am', 'hope'], ['will cont to monitor', 'will'], ['1L normal saline bolus', 'normal'], ['ate 1/2 sandwich', 'sandwich'], ['strong cough', 'strong'],
  ['s/p general anesthesia', 'general'], ['sharp pain with inspiration', 'sharp'], ['small amt serous drainage', 'small'], ['little po intake', 'little'], ['orange urine on pyridium', 'orange'],
  ['family has strong faith', 'faith'], ['sundowning overnight', 'sundowning'], ['sats 95%', 'sats'], ['cont to monitor', 'monitor'], ['wound showed no erythema', 'showed'],
  // relatives without names, ages, times, years
  ['daughter in to visit', 'daughter'], ['son called for update', 'son'], ['wife at bs', 'wife'], ['family updated by team', 'family'], ['78 yo M w/ COPD', '78'], ['89 yo F', '89'],
  ['medicated @ 0300', '0300'], ['repositioned q2h', 'q2h'], ['cabg in 2004', '2004'], ['ex-smoker, quit 1998', '1998'], ['pod #3', 'pod #3'], ['hd #5', 'hd #5'],
  // the cape when not a place, states, countries
  ['Cape Verdean Creole interpreter called', 'Cape Verdean Creole'], ['moved from FL last yr', 'FL'], ['pt from Ireland originally', 'Ireland'], ['family in Puerto Rico', 'Puerto Rico'],
  ['visiting from new hampshire', 'new hampshire'], ['pt speaks portuguese only', 'portuguese'],
];

export const icuKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedIcuKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(icuKeepCases(), find);

export function scoreIcuWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => icuWaveCases(seed)), find);
}
