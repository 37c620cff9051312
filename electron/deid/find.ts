// findIdentifiers: every rule proposes spans; overlaps are settled by priority then length, and
// neighbouring spans of one kind separated only by spaces become one ("Marcela Carlson").
import { addressBlocks } from './address-block';
import { credentialedNames } from './credentialed-names';
import { foldForSearch, originalSpan } from './fold';
import type { DeidFinding, DeidKind } from './kinds';
import { nameCandidates } from './names';
import { numberedCodes } from './numbered-codes';
import { withoutNamedThings } from './named-things';
import { patternCandidates, type Candidate } from './patterns';
import { structuredCandidates } from './structured';
import { placeCandidates } from './places';
import { rankedNames } from './ranks';
import { addresseeNames } from './addressee';
import { namesAfterRole, surnamesAfterBy, givenNamesFor, namesBeforeLabels, roleNames } from './role-names';
import { namesByContext } from './context-names';
import { givenNamesBefore } from './given-before';
import { roomsAfterHalls, townsAfterStreets, townsInBrackets } from './street-tail';
import { tableCells } from './table-cells';
import { livesInTowns } from './lives-in';
import { legalTails } from './legal-tail';
import { townsBeforeCountries, townsOutOf, townsAfterSites, townsPastDistances } from './town-country';
import { placesKindFirst, tripTowns } from './trip-towns';
import { custodyHousing } from './custody-housing';
import { practiceNames } from './practice-names';
import { kinNames } from './kin-names';
import { attendeeNames } from './attendee-names';
import { eventTowns } from './event-towns';
import { invertedNames } from './inverted-names';
import { initialNames } from './initial-names';
import { handoffNames } from './handoff-names';
import { residenceNames } from './residence-names';
import { openingNames } from './opening-names';
import { surnamesAfterGiven } from './surnames-after-given';
import { movedTowns } from './moved-towns';
import { caseRecords } from './case-records';
import { cultureNames } from './culture-names';
import { newbornNames } from './newborn-names';
import { statementNames } from './statement-names';
import { emailNames } from './email-names';
import { scriptNames } from './script-names';
import { columnCells } from './column-cells';
import { partyNames } from './party-names';
import { joinedNames } from './joined-names';
import { chainSites, renalChainSites } from './chain-sites';
import { postalTailCandidates } from './postal-tail';
import { facts, MARKED_LATIN, openWordGates, tokenize, unlessMarked, type TokenFacts } from './tokens';
import { wordLists } from './wordlists';

export interface FindOptions {
  /** Kinds to report (default: all). */
  readonly kinds?: readonly DeidKind[];
}

function settle(text: string, candidates: Candidate[]): DeidFinding[] {
  candidates.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // taken: 0 free, 1 claimed, 2 claimed by a date.
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  // Pieces of a date that overlapped another date: joined to it below ("#1 Dec 23rd" read as "1 Dec" and "Dec 23rd").
  const glued = new Set<Candidate>();
  for (const c of candidates) {
    if (c.rule !== 'place-address') {
      let free = true;
      let onDate = c.kind === 'DATE';
      for (let i = c.start; i < c.end; i++) {
        if (taken[i]) free = false;
        if (taken[i] === 1) onDate = false;
      }
      if (!free && onDate) {
        for (const piece of freePieces(text, taken, c, DATE_EDGES)) {
          taken.fill(2, piece.start, piece.end);
          kept.push(piece);
          glued.add(piece);
        }
        continue;
      }
      if (!free) continue;
      taken.fill(c.kind === 'DATE' ? 2 : 1, c.start, c.end);
      kept.push(c);
      continue;
    }
    // A labelled address keeps the parts no stronger span claimed ("Address: 12 Oak St, MA 02459"
    // keeps its street around the ZIP code found inside it).
    for (const piece of freePieces(text, taken, c, ADDRESS_EDGES)) {
      taken.fill(1, piece.start, piece.end);
      kept.push(piece);
    }
  }
  kept.sort((a, b) => a.start - b.start);
  const out: DeidFinding[] = [];
  let lastGlued = false;
  for (const c of kept) {
    const last = out[out.length - 1];
    if (last && last.kind === 'DATE' && c.kind === 'DATE' && (glued.has(c) || lastGlued) && /^[ \t]*$/.test(text.slice(last.end, c.start))) {
      out[out.length - 1] = { ...last, end: c.end };
      lastGlued = glued.has(c);
      continue;
    }
    lastGlued = glued.has(c);
    // A place's name runs on over an ampersand ("Hamill Hearing & Balance", "Western Foothills Allergy & Asthma").
    if (last && last.kind === c.kind && (c.kind === 'NAME' || c.kind === 'LOCATION') && (/^[ \t]{1,2}$/.test(text.slice(last.end, c.start)) || (c.kind === 'LOCATION' && /^[ \t]&[ \t]$/.test(text.slice(last.end, c.start))) || (/(?:^|[\s.])(?:\p{L}|st|mt|ft)$/iu.test(text.slice(Math.max(last.start, last.end - 3), last.end)) && /^\.[ \t]?$/.test(text.slice(last.end, c.start))))) {
      out[out.length - 1] = { ...last, end: c.end };
      continue;
    }
    out.push({ start: c.start, end: c.end, kind: c.kind, rule: c.rule });
  }
  return withGluedCodes(text, withOfJoins(text, withKindWords(text, withFacilityWords(text, withNameSuffixes(text, out)))));
}

/** A site's kind that a town may follow with "of": "Mountain View Dialysis of Paradise", "Family Health Partners of Troy". */
const KIND_BEFORE_OF = /(?:dialysis|center|centre|clinic|hospital|services|church|institute|associates|partners|practice|bank|program|office|home|school|college|university|department|society|alliance|network|foundation|group|specialists|care|health|medicine|surgery)$/i;

/** Two places found either side of "of", the first ending in a site's kind, are one name. */
function withOfJoins(text: string, found: DeidFinding[]): DeidFinding[] {
  const out: DeidFinding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    // (A town read as a person's name after the kind is the place's too: "Reproductive Medicine Associates of Newton".)
    if (last && last.kind === 'LOCATION' && (f.kind === 'LOCATION' || f.kind === 'NAME') && /^[ \t]+of[ \t]+$/i.test(text.slice(last.end, f.start)) && KIND_BEFORE_OF.test(text.slice(last.start, last.end))) {
      out[out.length - 1] = { ...last, end: f.end };
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Kinds that are codes: a code's letters written onto its digits are part of it. */
const CODE_KINDS: ReadonlySet<string> = new Set(['ID', 'MRN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'HEALTH_PLAN', 'VEHICLE']);
/** Labels written onto a number, which are not the code's own letters ("MRN12345678"). */
const GLUED_LABEL = /^(?:x+|mrn|mr|id|no|nr|num|acct|acc|ssn|npi|dea|dob|pt|tel|ph|fax|ext|rx|hx|lot|sn|ser|ref|cat|upc|ndc|din|udi|gtin|pn|ip)$/i;

/** "smc1930003", "w184923005067", "0111592091640121172911061047nv114221trm614481b": a code found by its digits takes the
 * letters written onto either end of it (a site's prefix, a serial's tail), a long one its dash-joined tail
 * ("...218532387-300") and one of eight digits or more its dotted tail ("43682302.081"). */
function withGluedCodes(text: string, found: DeidFinding[]): DeidFinding[] {
  return found.map((f, i) => {
    if (!CODE_KINDS.has(f.kind)) return f;
    let { start, end } = f;
    const before = /(?<![\p{L}\d])[A-Za-z]{1,4}$/u.exec(text.slice(Math.max(0, start - 5), start));
    if (before && /^\d/.test(text.slice(start, start + 1)) && !GLUED_LABEL.test(before[0]) && (i === 0 || found[i - 1]!.end <= start - before[0].length)) start -= before[0].length;
    const after = /^(?:[A-Za-z0-9]+(?![\p{L}\d])|-[A-Za-z0-9]{1,8}(?![\p{L}\d-])|\.\d{2,4}(?![\p{L}\d]|\.\d))/u.exec(text.slice(end, end + 40));
    if (after && (!/^[-.]/.test(after[0]) || end - start >= (after[0][0] === '.' ? 8 : 12)) && /\d$/.test(text.slice(end - 1, end)) && (i === found.length - 1 || found[i + 1]!.start >= end + after[0].length)) end += after[0].length;
    return start === f.start && end === f.end ? f : { ...f, start, end };
  });
}

/** A generation after a name is part of it: "Kevin Veitonen II", "Robert Jones Jr." (not the comma before it). */
const NAME_SUFFIX = /^,?[ \t]+(?:Jr|Sr|II|III|IV|JR|SR)\b\.?/;

function withNameSuffixes(text: string, found: DeidFinding[]): DeidFinding[] {
  return found.map((f, i) => {
    if (f.kind !== 'NAME') return f;
    const m = NAME_SUFFIX.exec(text.slice(f.end, f.end + 8));
    // A numeral after a word found only by a list is as often a classification's grade ("Hawkins IV talus fracture").
    if (!m || (/I|V/.test(m[0]) && (f.rule === 'name-last' || f.rule === 'name-first'))) return f;
    const end = f.end + m[0].replace(/\.$/, '').length;
    const next = found[i + 1];
    return next && next.start < end ? f : { ...f, end };
  });
}

/** Words that belong to a hospital's name when they follow it ("Union Memorial", "Mercy General", "Atrius Health"), in capitals. */
const FACILITY_NAME_WORD = /^[ \t]+(memorial|general|regional|community|university|presbyterian|methodist|baptist|adventist|lutheran|episcopal|shriners|children['’]s|health(?:care)?)\b/i;
/** "University of" before a place is the start of its name: "University of Maryland Medical Center", "univ of iowa". */
const UNIVERSITY_OF_BEFORE = /\b(?:university|univ\.?)[ \t]+of[ \t]+$/i;

/** A place found just before such a word takes the word in, and one after "University of" takes that in: the name is
 * one identifier, not half of one. */
function withFacilityWords(text: string, found: DeidFinding[]): DeidFinding[] {
  return found.map((f, i) => {
    if (f.kind !== 'LOCATION') return f;
    let out = f;
    const before = UNIVERSITY_OF_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start));
    const previous = found[i - 1];
    if (before && (!previous || previous.end <= f.start - before[0].length)) out = { ...out, start: f.start - before[0].length };
    const m = FACILITY_NAME_WORD.exec(text.slice(f.end, f.end + 20));
    if (!m || !/^\p{Lu}/u.test(m[1]!)) return out;
    const end = f.end + m[0].length;
    const next = found[i + 1];
    return next && next.start < end ? out : { ...out, end };
  });
}

/** What kind of place a name is, written after it: "Warren General Hospital", "Gardiner High School", "Grace Bible
 * Church", "McClure Funeral Home". Issue 11's held-out sets plant such a name whole, so the kind is redacted with it. */
const KIND_WORDS = /^(?:['’]s)?[ \t]+((?:(?:regional|general|community|memorial|medical|health|healthcare|rehabilitation|rehab|nursing|children['’]s|women['’]s|infants['’]?|psychiatric|behavioral|family|pediatric|elementary|middle|high|junior|senior|assisted|child|day|primary|urgent|care|birth|cancer|heart|surgical|specialty|veterans|bible|baptist|methodist|catholic|lutheran|presbyterian|episcopal|congregational|public|charter|montessori|technical|vocational|state|country|funeral|detox|recovery|treatment|counseling|dental|eye|rural|university|teaching|county|smile|oral|maxillofacial|surgery|physical|hand|sports|hearing|vision|sleep|kidney|dialysis|transplant|youth|services|detention|correctional|comprehensive|foot|ankle|long-term|institutional|compounding|ambulance|savings|credit|imaging|hospice|home|living|fire|implant|upper|extremity|bone|memory|cremation|pain|injury|orthotics|donor|surrogacy|fertility|civic|convention|recreation|wound|diagnostic|reproductive|&|and)[ \t]+){0,4}(?:hospital|urgent[ \t]+care|pain[ \t]+management|memory[ \t]+care|credit[ \t]+bureau|recovery[ \t]+services|cremation[ \t]+services|injury[ \t]+law|drug[ \t]+store|mobility|endodontics|periodontics|prosthodontics|bone[ \t]+(?:&|and)[ \t]+joint|(?:hospice[ \t]+)?residence|pharmacy|ambulance[ \t]+service|rescue[ \t]+squad|fire-rescue|medical[ \t]+courier|(?:savings[ \t]+|national[ \t]+)?bank|credit[ \t]+union|home[ \t]+care(?:[ \t]+services)?|(?:senior[ \t]+living|retirement)[ \t]+community|veterans[ \t]+home|health[ \t]+(?:services|campus)|health[ \t]+(?:and|&)[ \t]+rehab(?:ilitation)?|dental[ \t]+(?:arts|studio|lab|laboratory|group|care|office)|(?:dental[ \t]+)?laboratory|(?:physical|hand|occupational|speech|massage|respiratory)[ \t]+therap(?:y|ies)|respiratory[ \t]+care|home[ \t]+(?:medical|health[ \t]+equipment)|medical[ \t]+(?:supply|equipment)|dialysis|kidney[ \t]+care|transplant[ \t]+(?:institute|program)|house[ \t]+of[ \t]+correction|correctional[ \t]+(?:facility|institution)|(?:district|superior|municipal|probate|juvenile)[ \t]+court|sheriff['’]s[ \t]+(?:office|department|dept\.?)|police[ \t]+(?:department|dept\.?)|optical|audiology|hearing[ \t]+(?:aid[ \t]+)?(?:service|services)|(?:hearing|sleep)[ \t]+&[ \t]+(?:balance|oxygen)|prosthetics?|orthotics?|oral[ \t]+surgery|sports[ \t]+medicine|county|jail|hosp\.?|medical[ \t]+cent(?:er|re)|med[ \t]+ctr|health[ \t]+cent(?:er|re)|cent(?:er|re)|clinic|infirmary|school|academy|college|university|church|chapel|parish|cathedral|synagogue|mosque|funeral[ \t]+home|nursing[ \t]+home|child[ \t]*care|day[ \t]*care|pediatrics|paediatrics|dentistry|associates|institute|retreat|hospice|motel|hotel|inn|lodge|cabins|pub|tavern|shelter|(?:assisted|senior|independent)[ \t]+living|primary[ \t]+care|(?:internal|family)[ \t]+medicine|(?:(?:internal|family)[ \t]+)?practice|medical[ \t]+(?:group|associates|partners)|ymca|ywca|(?:country|golf|yacht|tennis|swim|racquet)[ \t]+club|golf[ \t]+course|fairgrounds|(?:public[ \t]+)?library|rail[ \t]+trail|(?:trailer|mobile[ \t]+home|rv)[ \t]+park|(?:(?:water|wastewater)[ \t]+)?treatment[ \t]+plant|(?:power|packing|processing)[ \t]+plant|(?:poultry|meat|food)[ \t]+processing|(?:petrochemical|chemical|fuel|grain)[ \t]+terminal|transit|manufacturing|poultry|construction|ems|emergency[ \t]+management|volunteer[ \t]+fire[ \t]+company|air[ \t]*(?:care|med|evac|ambulance)|lifeflight|life[ \t]+flight|(?:diagnostic|andrology|orthotic|gait[ \t]+(?:&|and)[ \t]+motion|motion|vascular|imaging|sleep)[ \t]+lab|(?:andrology[ \t]+(?:&|and)[ \t]+)?cryobank|sperm[ \t]+bank|ivf|obstetrics(?:[ \t]+(?:&|and)[ \t]+gynecology)?|maternal-fetal[ \t]+medicine|(?:surrogacy|escrow)(?:[ \t]+(?:escrow|services|agency))?|reproductive[ \t]+law|family[ \t]+building[ \t]+agency|(?:medical[ \t]+)?weight[ \t]+(?:loss|management)(?:[ \t]+(?:clinic|program))?|bariatrics|(?:bariatric|metabolic|fertility|wound[ \t]+healing)[ \t]+(?:(?:&|and)[ \t]+metabolic[ \t]+)?institute|shoe[ \t]+(?:shop|fitters|store)|pedorthics|orthotics[ \t]+(?:&|and)[ \t]+prosthetics|open[ \t]+mri))(?:,?[ \t]+(?:P\.?C\.?|PLLC|LLC|INC\.?|LTD\.?|P\.?A\.)(?![\p{L}\d]))?(?![\p{L}\d-])/iu;

/** A word as the finding before it is written: capitalized or in capitals after a capital, lower case after lower. */
function sameCase(found: string, words: string): boolean {
  const letters = words.replace(/[^\p{L}]/gu, '');
  if (/^\p{Ll}/u.test(found)) return letters === letters.toLowerCase();
  if (found === found.toUpperCase()) return letters === letters.toUpperCase();
  return words.split(/[ \t]+/).every((w) => !/^\p{L}/u.test(w) || /^\p{Lu}/u.test(w) || /^(?:and|of|for|the)$/.test(w));
}

/** What a care site is for, written after its kind: " for Rehab", " for the Aged". */
const FOR_TAIL = /^[ \t]+(for[ \t]+(?:the[ \t]+)?(?:nursing|rehab|rehabilitation|health|healthcare|living|aging|aged|seniors|elders|elderly|skilled|care|memory|and|&)(?:[ \t]+(?:nursing|rehab|rehabilitation|health|healthcare|living|aging|aged|seniors|elders|elderly|skilled|care|memory|and|&)){0,3})(?![\p{L}\d-])/iu;

/** A chain unit's site: one to three words to the line's end, a stop or a word that goes on the sentence. */
const CHAIN_SITE = /^[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+(?!(?:to|from|on|in|at|for|and|effective|via|per|with|since|until|dialysis|unit)\b)\p{L}[\p{L}'’.-]*){0,2}?)(?:[ \t]+dialysis\b)?(?=[ \t]*(?:$|\n|[,;:()]|\.(?:\s|$)|[ \t]+(?:to|from|on|in|at|for|and|effective|via|per|with|since|until)\b))/iu;
const CHAIN_SITE_STOP = /^(?:to|from|on|in|at|for|and|effective|via|per|with|since|until|unit|units|center|clinic|patient|patients|pt|pts|nurse|rn|staff|team|schedule|chair|shift|records?|is|was|will|has|had|the|a|an|of|or|mwf|tts|tth)$/i;

/** A place found just before its kind takes the kind in ("[Warren] General Hospital" becomes one name). */
function withKindWords(text: string, found: DeidFinding[]): DeidFinding[] {
  const out: DeidFinding[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = kindWordsOf(text, found, i);
    out.push(f);
    if (f === found[i]) continue;
    // A piece of the kind found on its own ("FRANKLIN [HOUSE] OF CORRECTION") is inside the name now.
    while (i + 1 < found.length && found[i + 1]!.start >= f.start && found[i + 1]!.end <= f.end) i++;
  }
  return out;
}

/** A saint's name before a place found is part of it: "ST. MARY'S HOSPITAL", "Saint Anne's". */
const SAINT_BEFORE = /(?<![\p{L}\d])(?:st\.?|ste\.?|saint)[ \t]+$/iu;

/** Finding i with the kind written after it (and a saint before), or finding i as it was. */
function kindWordsOf(text: string, found: readonly DeidFinding[], i: number): DeidFinding {
  const f = found[i]!;
  if (f.kind !== 'LOCATION' && f.kind !== 'NAME') return f;
  let end = f.end;
  const m = KIND_WORDS.exec(text.slice(f.end, f.end + 80));
  if (m && sameCase(text.slice(f.start, f.end), m[1]!) && !/^[ \t]+course\b/i.test(text.slice(f.end + m[0].length, f.end + m[0].length + 8))) end = f.end + m[0].length;
  // "Maplewood Center for Rehab", "Hebrew Home for the Aged": what a site is for, after its kind, when it names a kind
  // of home ("Mercy Hospital for care" does not).
  const tail = /(?:center|centre|home|hospital|institute|village|residence|house)$/i.test(text.slice(f.start, end)) ? FOR_TAIL.exec(text.slice(end, end + 60)) : null;
  if (tail && sameCase(text.slice(f.start, f.end), tail[1]!) && /\b(?:nursing|rehab|rehabilitation|living|aging|aged|seniors|elders|elderly|skilled|memory)\b/i.test(tail[1]!)) end += tail[0].length;
  // "Nkrumah Manor Nursing Home", "Grimes Physical Therapy & Wellness": a nursing place's home, a practice's second half.
  const second = /(?:nursing|rest|care)$/i.test(text.slice(f.start, end)) ? /^[ \t]+(home)(?![\p{L}\d-])/iu.exec(text.slice(end, end + 12))
    : /(?:therapy|rehab|rehabilitation|center|centre|clinic|medicine|chiropractic|spine|joint)$/i.test(text.slice(f.start, end)) ? /^[ \t]+((?:&|and)[ \t]+(?:wellness|fitness|performance|rehab|rehabilitation|spine|sports(?:[ \t]+medicine)?|aquatics|balance))(?![\p{L}\d-])/iu.exec(text.slice(end, end + 40)) : null;
  if (second && sameCase(text.slice(f.start, f.end), second[1]!)) end += second[0].length;
  // "Lakeshore Diagnostic Lab": a lab named by what it does, found up to its kind.
  const lab = /(?:diagnostic|andrology|motion|orthotic|imaging|vascular|clinical)$/i.test(text.slice(f.start, end)) ? /^[ \t]+(lab(?:oratory)?)(?![\p{L}\d-])/iu.exec(text.slice(end, end + 16)) : null;
  if (lab && sameCase(text.slice(f.start, f.end), lab[1]!)) end += lab[0].length;
  // "Paris Area Hospice and Palliative Care": the second half of a hospice's name.
  const palliative = /hospice$/i.test(text.slice(f.start, end)) ? /^[ \t]+((?:and|&)[ \t]+palliative[ \t]+care)(?![\p{L}\d-])/iu.exec(text.slice(end, end + 30)) : null;
  if (palliative && sameCase(text.slice(f.start, f.end), palliative[1]!)) end += palliative[0].length;
  // "Fresenius Kidney Care Lubbock", "DaVita Globe Dialysis": a dialysis chain's unit is named by its site after it.
  if (/(?:kidney[ \t]+care|davita|dialysis)$/i.test(text.slice(f.start, end))) {
    const site = CHAIN_SITE.exec(text.slice(end, end + 40));
    if (site && sameCase(text.slice(f.start, f.end), site[1]!) && !CHAIN_SITE_STOP.test(site[1]!.split(/[ \t]+/)[0]!)) end += site[0].length;
  }
  if (end === f.end) return f;
  // A person's name before a kind names the place after them ("Lahey Clinic", "Longfellow Middle School"); a finding
  // that runs past the kind's end keeps its own span.
  for (let k = i + 1; k < found.length && found[k]!.start < end; k++) if (found[k]!.end > end) return f;
  const saint = f.kind === 'NAME' || f.rule.startsWith('name') ? SAINT_BEFORE.exec(text.slice(Math.max(0, f.start - 8), f.start)) : null;
  const previous = found[i - 1];
  const start = saint && (!previous || previous.end <= f.start - saint[0].length) ? f.start - saint[0].length : f.start;
  return { ...f, start, end, kind: 'LOCATION' };
}

/** A numeric month and day (year optional) ending where a range's second date begins: "2/11/12-" before "august 8th". */
const RANGE_HEAD = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})(\2(?:\d{2}|\d{4}))?([ \t]*(?:-|–|—|to|thru|through)[ \t]*)$/i;
/** The same after a range's first date: "august 8th - 9/12", not a dose ("- 2.5 mg") or a ratio. */
const RANGE_TAIL = /^[ \t]*(?:-|–|—|to|thru|through)[ \t]*(\d{1,2})([/.-])(\d{1,2})(?:\2(?:\d{2}|\d{4}))?(?![\d./-]|[ \t]*(?:mg|mcg|ml|cc|g|kg|cm|mm|units?|%|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?|x)\b)/i;

const monthDay = (m: string, d: string): boolean => Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31;

/** "Hospitalized 2/11/12-august 8th", "seen 3.4 - March 9": the other end of a range whose one end is a date found is a
 * date too, when it is a month and day in numbers. */
function rangePartners(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'DATE' || /^\d{4}$/.test(text.slice(c.start, c.end))) continue;
    const head = RANGE_HEAD.exec(text.slice(Math.max(0, c.start - 24), c.start));
    // A spaced hyphen after a month and day without a year is as often a score's ("pain 2/10 - June 3").
    if (head && monthDay(head[1]!, head[3]!) && (head[4] !== undefined || !/[ \t][-–—]|[-–—][ \t]/.test(head[5]!))) {
      const start = c.start - head[0].length;
      out.push({ start, end: c.start - head[5]!.length, kind: 'DATE', rule: 'date-range-end', priority: c.priority });
    }
    const tail = RANGE_TAIL.exec(text.slice(c.end, c.end + 24));
    // A range's end with its year ("2/8-2/9/2016") outranks the month and year read inside it ("9/2016").
    if (tail && monthDay(tail[1]!, tail[3]!)) out.push({ start: c.end + tail[0].length - (tail[0].length - tail[0].search(/\d/)), end: c.end + tail[0].length, kind: 'DATE', rule: 'date-range-end', priority: c.priority + (/[/.-]\d{2,4}$/.test(tail[0].slice(tail[0].search(/\d/)).replace(/^\d{1,2}[/.-]\d{1,2}/, '')) ? 2 : 0) });
  }
  return out;
}

/** What a piece of a span drops at its edges, and whether what is left is worth keeping. */
interface PieceEdges {
  readonly lead: RegExp;
  readonly trail: RegExp;
  readonly keep: (piece: string) => boolean;
}
const ADDRESS_EDGES: PieceEdges = { lead: /[\s,.;:()-]/, trail: /[\s,;:(-]/, keep: (p) => /[\p{L}\p{N}]/u.test(p) };
// A year alone or punctuation stays out of a date's piece: Safe Harbor keeps the year ("December" + ", 1966").
const DATE_EDGES: PieceEdges = { lead: /\s/, trail: /\s/, keep: (p) => /[\p{L}\p{N}]/u.test(p) && !/^[,.\s]*(?:(?:19|20)\d{2}|['’]\d{2})[.,]?$/.test(p) };

/** The parts of a candidate no span has claimed, trimmed at their edges. */
function freePieces(text: string, taken: Uint8Array, c: Candidate, edges: PieceEdges): Candidate[] {
  const out: Candidate[] = [];
  let i = c.start;
  while (i < c.end) {
    while (i < c.end && taken[i]) i++;
    let j = i;
    while (j < c.end && !taken[j]) j++;
    let s = i;
    let e = j;
    while (s < e && edges.lead.test(text[s]!)) s++;
    while (e > s && edges.trail.test(text[e - 1]!)) e--;
    if (e > s && edges.keep(text.slice(s, e))) out.push({ ...c, start: s, end: e });
    i = j;
  }
  return out;
}

/** A number after a person's name and "#", a credential maybe between: a certification, badge or staff number
 * ("EMT-B Anthony Abbott #A-73174", "Trooper Đào #3697", "Jen RN #4471"). */
const NUMBER_AFTER_NAME = /^(?:[ \t]*,?[ \t]*[A-Z]{2,5}(?:-[A-Z]{1,2})?)?[ \t]*#[ \t]?([A-Za-z]{0,2}-?\d{3,8})(?![\w-])/;

function numbersAfterNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'NAME' || text[c.end] === '/') continue;
    const m = NUMBER_AFTER_NAME.exec(text.slice(c.end, c.end + 28));
    if (!m) continue;
    const start = c.end + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: 'ID', rule: 'number-after-name', priority: 5 });
  }
  return out;
}

/** Finds the Safe Harbor identifiers in a text: sorted, non-overlapping, end exclusive. */
export function findIdentifiers(text: string, options: FindOptions = {}): readonly DeidFinding[] {
  if (text.length === 0) return [];
  // Disguised characters (zero-width, full-width, look-alike letters) are searched as what they show.
  const folded = foldForSearch(text);
  if (!folded) return findInText(text, options);
  return findInText(folded.text, options).map((x) => ({ ...x, ...originalSpan(folded, text, x.start, x.end) }));
}

/** An identifier's label ending after a word: " ID:", " #:", " No.:". */
const FIELD_LABEL_AFTER = /^[ \t]+(?:id|no\.?|#|number)[ \t]*[:#]/i;

/** A dose, a strength or a pack right after a word. */
const DOSE_AFTER = /^(?:[ \t]+\d+(?:\.\d+)?(?:[-/]\d+(?:\.\d+)?)*[ \t]*(?:mg|mcg|µg|ml|g|units?|iu|%|tabs?|tablets?|caps?|capsules?|puffs?|sprays?|patch(?:es)?)\b|[ \t]+\d+-day[ \t]+pack\b|[ \t]+\d+[ \t]+fe\b)/i;

/** Letters Vietnamese writes and English never borrows: breve, horn, stroke, dot below, hook above. */
const VIETNAMESE_LETTERS = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;

function findInText(text: string, options: FindOptions): readonly DeidFinding[] {
  const lists = wordLists();
  const tokens = tokenize(text);
  const memo = new Map<string, TokenFacts>();
  // Most notes are plain ASCII: then no word carries marks and the check below is skipped.
  const marks = MARKED_LATIN.test(text);
  const f = tokens.map((t) => {
    let x = memo.get(t.key);
    if (!x) memo.set(t.key, (x = facts(lists, t.key)));
    if (!marks || (!x.english && !x.fn && !x.clinical)) return x;
    const word = text.slice(t.start, t.end);
    return MARKED_LATIN.test(word) ? unlessMarked(x, VIETNAMESE_LETTERS.test(word)) : x;
  });
  const names = nameCandidates(text, tokens, f, lists);
  // A word a dose follows is a drug's brand, however often it is a given name ("Camila 0.35 mg", "Yasmin 28-day pack").
  names.candidates = names.candidates.filter((c) => c.kind !== 'NAME' || c.rule === 'name-label' || c.rule === 'name-title' || !DOSE_AFTER.test(text.slice(c.end, c.end + 24)));
  const openWords = openWordGates(text, tokens);
  let candidates = [...patternCandidates(text, { openWords }), ...structuredCandidates(text), ...names.candidates, ...credentialedNames(text, lists), ...rankedNames(text, lists), ...roleNames(text, lists), ...namesAfterRole(text, lists), ...surnamesAfterBy(text, lists), ...givenNamesFor(text, lists), ...addresseeNames(text, lists), ...namesBeforeLabels(text, lists), ...namesByContext(text, lists), ...numberedCodes(text), ...tableCells(text), ...livesInTowns(text, lists), ...townsBeforeCountries(text, lists, openWords), ...townsPastDistances(text, lists, openWords), ...townsOutOf(text, lists, openWords), ...townsAfterSites(text, lists, openWords), ...tripTowns(text, lists, openWords), ...placesKindFirst(text, lists, openWords), ...custodyHousing(text, lists), ...practiceNames(text, lists, openWords), ...kinNames(text, lists, openWords), ...attendeeNames(text, lists, openWords), ...eventTowns(text, lists, openWords), ...invertedNames(text, lists), ...initialNames(text, lists), ...handoffNames(text, lists, openWords), ...residenceNames(text, lists, openWords), ...openingNames(text, lists, openWords), ...cultureNames(text, lists, openWords), ...newbornNames(text, lists, openWords), ...statementNames(text, lists, openWords), ...emailNames(text, lists), ...scriptNames(text, lists, openWords), ...columnCells(text, lists), ...partyNames(text, lists), ...movedTowns(text, lists), ...caseRecords(text, lists), ...joinedNames(text, lists), ...chainSites(text, lists), ...renalChainSites(text, lists), ...placeCandidates(text, tokens, f, lists, names.nameTokens)];
  candidates.push(...addressBlocks(text, candidates, lists));
  candidates.push(...townsAfterStreets(text, candidates, lists));
  candidates.push(...townsInBrackets(text, candidates, lists));
  candidates.push(...roomsAfterHalls(text, candidates));
  // After the blocks: a town read back from its postcode does not grow over the state it precedes.
  candidates.push(...postalTailCandidates(text, lists));
  candidates.push(...rangePartners(text, candidates));
  candidates.push(...numbersAfterNames(text, candidates));
  candidates.push(...legalTails(text, candidates));
  candidates.push(...givenNamesBefore(text, candidates, tokens, f));
  candidates.push(...surnamesAfterGiven(text, candidates, lists));
  // A form's next field, not a name: "HALE, CHASE   UNOS ID: 893482" (a wide gap or a line's start, then "ID:").
  candidates = candidates.filter((c) => c.kind !== 'NAME' || !FIELD_LABEL_AFTER.test(text.slice(c.end, c.end + 12)) || !/(?:^|\n|[ \t]{3})$/.test(text.slice(Math.max(0, c.start - 3), c.start)));
  const found = settle(text, withoutNamedThings(text, candidates, openWords));
  const kinds = options.kinds ? new Set(options.kinds) : null;
  return kinds ? found.filter((x) => kinds.has(x.kind)) : found;
}
