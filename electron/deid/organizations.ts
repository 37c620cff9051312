// Organizations named by what they are: an agency, practice, school, church, jail or employer ends its name with its
// kind ("Kennebec Valley Community Action", "Laconia Psychological Services", "Fay's Auto Body", "Knox County Jail",
// "First Congregational Church of Corinth"). After a cue ("at", "from", "of", "by", a field's colon) the words before
// such a kind are its name, when one of them is more than a generic word of care ("at family therapy" names nothing).
// The whole name is redacted with its kind, as the names of hospitals are (find.ts).
import { mark, type PlaceCtx } from './place-context';

/** Last words of an organization's name. */
const ORG_HEADS = new Set([
  'services', 'service', 'group', 'center', 'centers', 'centre', 'action', 'health', 'therapy', 'therapies', 'wellness', 'counseling', 'counselling',
  'roofing', 'plumbing', 'trucking', 'body', 'department', 'detox', 'house', 'hall', 'church', 'school', 'jail', 'court', 'college', 'university',
  'retreat', 'associates', 'living', 'nursing', 'rehab', 'rehabilitation', 'academy', 'dentistry', 'pediatrics', 'paediatrics', 'clinic', 'ministries',
  'mission', 'shelter', 'company', 'inc', 'llc', 'corp', 'corporation', 'industries', 'construction', 'logistics', 'motors', 'manufacturing', 'supply',
  'foods', 'agency', 'partners', 'institute', 'practice', 'residence', 'program', 'alliance', 'network', 'society', 'league', 'foundation',
  'cooperative', 'co-op', 'treatment', 'recovery', 'solutions', 'landscaping', 'electric', 'farm', 'farms', 'mill', 'mills', 'works', 'sons',
  'elementary', 'montessori', 'daycare', 'preschool', 'care', 'learning', 'acres', 'hospital', 'medical', 'psychiatry', 'dental',
  'association', 'affiliates', 'bank', 'club', 'paving', 'offices', 'orthopedics', 'orthopaedics', 'drug', 'pharmacy', 'co', 'home', 'midwifery', 'gyn', 'cardiology',
]);
/** Kinds that say "organization" without a cue before the name ("notify Lebanon Pediatrics at"). */
const STRONG_HEADS = new Set(['pediatrics', 'paediatrics', 'orthopedics', 'orthopaedics', 'associates', 'llc', 'inc', 'paving', 'roofing', 'plumbing', 'offices', 'dentistry', 'midwifery', 'trucking', 'landscaping']);

/** Words of care and kind that name no organization alone ("at the nursing home", "from community mental health"). */
const GENERIC = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'this', 'that', 'local', 'area', 'regional', 'county', 'state', 'city', 'town',
  'community', 'mental', 'health', 'behavioral', 'physical', 'occupational', 'speech', 'respiratory', 'family', 'home', 'social', 'protective',
  'child', 'children', 'adult', 'senior', 'elder', 'youth', 'medical', 'urgent', 'primary', 'care', 'day', 'public', 'legal', 'human', 'outpatient',
  'inpatient', 'crisis', 'emergency', 'counseling', 'recovery', 'treatment', 'psychiatric', 'psychological', 'dental', 'vision', 'eye', 'visiting',
  'nursing', 'rehab', 'rehabilitation', 'services', 'service', 'therapy', 'wellness', 'group', 'center', 'high', 'middle', 'elementary', 'school',
  'junior', 'sober', 'halfway', 'group', 'foster', 'assisted', 'living', 'skilled', 'long', 'term', 'addiction', 'substance', 'abuse', 'use',
  'detox', 'methadone', 'suboxone', 'opioid', 'pain', 'sleep', 'cancer', 'heart', 'wound', 'dialysis', 'infusion', 'surgical', 'surgery',
  'pediatric', 'pediatrics', 'women', "women's", 'men', "men's", 'veterans', 'va', 'private', 'other', 'same', 'new', 'old', 'prior',
  'previous', 'current', 'former', 'outside', 'different', 'another', 'every', 'each', 'some', 'any', 'no', 'and', 'of', 'for', 'at', 'in',
  'program', 'clinic', 'hospital', 'office', 'practice', 'agency', 'department', 'dept', 'court', 'jail', 'prison', 'house', 'shelter',
  'church', 'college', 'university', 'academy', 'work', 'job', 'construction', 'company', 'employee', 'assistance', 'case', 'management',
  'intensive', 'partial', 'hospitalization', 'residential', 'transitional', 'supportive', 'housing', 'independent', 'memory', 'hospice', 'palliative',
  'learning', 'special', 'education', 'ed', 'sped', 'daycare', 'preschool', 'body', 'auto', 'drug', 'alcohol', 'mobile', 'probation', 'parole',
  'police', 'sheriff', 'fire', 'rescue', 'ems', 'ambulance', 'juvenile', 'district', 'superior', 'probate', 'family', 'circuit', 'municipal',
  'federal', 'national', 'general', 'community-based', 'faith', 'based', 'bible', 'christian', 'baptist', 'catholic', 'methodist', 'recovery',
  'evaluation', 'assessment', 'diagnostic', 'imaging', 'radiology', 'laboratory', 'lab', 'pharmacy', 'retail', 'grocery', 'shipping', 'front',
  'funeral', 'country', 'savings', 'law', 'back', 'main', 'night', 'weekend', 'summer', 'full', 'part', 'time', 'first', 'second', 'both', 'all', 'integrated', 'primary', 'psych', 'sud',
]);

/** Kinds that end a name only in mixed case, where the capitals say it is one ("at Park Wellness Group" but not "at
 * physical therapy", "to tolerate care"); "care" only after "child" or "day". */
const MIXED_ONLY_HEADS = new Set(['drug', 'pharmacy', 'co', 'home', 'gyn', 'cardiology', 'club', 'bank', 'living', 'nursing', 'rehab', 'rehabilitation', 'treatment', 'recovery', 'therapy', 'therapies', 'wellness', 'health', 'medical', 'psychiatry', 'dental', 'care', 'learning', 'program', 'practice', 'residence', 'body', 'works', 'sons', 'mill', 'mills', 'farm', 'farms', 'electric', 'inc', 'llc', 'corp', 'co-op', 'service', 'solutions', 'supply', 'foods', 'motors', 'network', 'partners']);
/** Words of a hospital's departments and of care given, which name a service, not an organization. */
const DEPARTMENT_WORD = /(?:ology|ologic|ological|iatry|iatric|esthesia|surgery|surgical|medicine|radiation|vascular|pastoral|spiritual|nutrition|respiratory|bariatric|trauma|stroke|transplant|supportive|comfort|personal|own|palliative|withdraw|tolerate|continue|cont|prev|stop|offer|address|provide|give|given|receive|received|trach|wound|skin|oral|mouth|foot|eye|site|tv)$/;

/** Verbs of sending before "to": "released to", "faxed to", "referred to". */
const SENT = /^(?:released|sent|faxed|referred|transferred|discharged|delivered|mailed|forwarded|returned|admitted|transported|taken)$/;

/** Cue words a named organization follows; in one-case text only those that rarely precede a verb. */
const CUES = new Set(['at', 'from', 'of', 'by', 'with', 'to', 'attends', 'attended', 'via', 'through', 'thru']);
const ONE_CASE_CUES = new Set(['at', 'from', 'of', 'by', 'attends', 'attended']);
/** Words that end the name at its left edge without being a cue. */
const LEFT_STOP = /^(?:in|on|for|and|or|as|is|was|the|a|an|his|her|their|our|my|your|its|this|that|weekly|daily|monthly|notify|call|contact|page|fax|email|e-mail|phone|see|seen|visit|visits|refer|referred|attend|attends|per|cc|ask|asked|please|excuse|sent|send|release|released|received)$/;

/** Between two words of one name: spaces, a possessive, or an ampersand. */
const NAME_GAP = /^(?:['’][sS]?)?[ \t]{1,2}(?:&[ \t]{1,2})?$|^[ \t]*&[ \t]*$/;
const joined = (ctx: PlaceCtx, a: number, b: number): boolean => NAME_GAP.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start));

/** A word that may be part of an organization's name in its line's case. */
function nameWord(ctx: PlaceCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  if (f.fn && !/^(?:first|new|north|south|east|west)$/.test(t.key)) return false;
  if (/^\d/.test(t.key) || /['’]/.test(t.key) || t.end - t.start < 2 || f.clinical) return false;
  // In one case an everyday word is a name's only as a generic word of its kind ("community", "family").
  return t.lineCase === 'mixed' ? t.cap : GENERIC.has(t.key) || !f.common || f.town || f.city;
}

/** More than a generic word: capitalized mid-line in mixed case, or in one-case text a word no list calls clinical. */
function distinctive(ctx: PlaceCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  if (GENERIC.has(t.key) || ORG_HEADS.has(t.key) || DEPARTMENT_WORD.test(t.key) || f.clinical || f.eponym || f.fn) return false;
  // A capital after a field's colon is the value's ("Preferred pharmacy: Post Drug").
  return t.lineCase === 'mixed' ? t.cap && (!t.initial || /:[ \t]*$/.test(ctx.text.slice(Math.max(0, t.start - 4), t.start))) : !CUES.has(t.key) && (!f.common || f.town || f.city);
}

/** "Church of the Nazarene of Denmark", "Clinical Services of Rhode Island": "of" and a town or name after the head. */
function ofTail(ctx: PlaceCtx, head: number): number[] {
  const { tokens, text } = ctx;
  const of = tokens[head + 1];
  if (!of || of.key !== 'of' || !/^[ \t]+$/.test(text.slice(tokens[head]!.end, of.start))) return [];
  const out: number[] = [];
  for (let j = head + 2; j < tokens.length && out.length < 4; j++) {
    if (!/^[ \t]+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const t = tokens[j]!;
    if (t.key === 'the' && out.length === 0) {
      out.push(j);
      continue;
    }
    // "of the Nazarene of Denmark": a second "of" and the town the congregation is in.
    if (t.key === 'of' && out.length > 0 && out.length < 3) {
      out.push(j);
      continue;
    }
    if (/^(?:in|on|for|at|and|or|as|since|until|x|with|who|which|to|from|by)$/.test(t.key) || !nameWord(ctx, j) || ctx.f[j]!.clinical) break;
    out.push(j);
  }
  while (out.length > 0 && /^(?:of|the)$/.test(tokens[out[out.length - 1]!]!.key)) out.pop();
  const last = out[out.length - 1];
  if (last === undefined) return [];
  // The "of" itself belongs to the name, so it is returned first.
  out.unshift(head + 1);
  return /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:in|on|for|at|and|since|until|x\s*\d|with|who|which|\())/i.test(text.slice(tokens[last]!.end, tokens[last]!.end + 12)) ? out : [];
}

export function organizationRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!;
    const funeralHome = head.key === 'home' && tokens[h - 1]!.key === 'funeral';
    if (!ORG_HEADS.has(head.key) || (head.lineCase === 'mixed' ? !head.cap : MIXED_ONLY_HEADS.has(head.key) && !funeralHome)) continue;
    if (head.key === 'care' && !/^(?:child|day|adult|elder)$/.test(tokens[h - 1]!.key)) continue;
    if (head.key === 'body' && tokens[h - 1]!.key !== 'auto') continue;
    // "McClure Funeral Home": a home only a funeral's; "Shannyfield OB/GYN": the practice's kind after its name.
    if (head.key === 'home' && tokens[h - 1]!.key !== 'funeral') continue;
    if (head.key === 'gyn' && !/ob\/$/i.test(text.slice(head.start - 3, head.start))) continue;
    if (head.key === 'cardiology' && !/associates|group|practice/i.test(text.slice(head.end, head.end + 14))) continue;
    const cues = head.lineCase === 'mixed' ? CUES : ONE_CASE_CUES;
    // Walk left over the name's words to a cue.
    let k = h;
    let named = false;
    while (k > 0 && h - k < 5 && joined(ctx, k - 1, k) && !cues.has(tokens[k - 1]!.key) && !LEFT_STOP.test(tokens[k - 1]!.key) && nameWord(ctx, k - 1)) {
      k--;
      if (distinctive(ctx, k)) named = true;
    }
    // "Church of the Nazarene of Denmark", "University of Southern Maine": a kind first, and its name after "of".
    if (k === h && /^(?:church|university|college|academy|society|congregation|temple|ministries)$/.test(head.key)) {
      const tail = ofTail(ctx, h);
      if (tail.length > 0 && tail.some((j) => distinctive(ctx, j)) && h > 0 && (cues.has(tokens[h - 1]!.key) || (tokens[h - 1]!.key === 'the' && h > 1 && cues.has(tokens[h - 2]!.key)))) {
        mark(ctx, h, 'place-organization');
        for (const j of tail) mark(ctx, j, 'place-organization');
      }
      continue;
    }
    // "at Crisis & Counseling Centers": in mixed case capitalized words joined by "&" before the kind are a name, however
    // generic ("at Urgent Care Center" is not).
    if (!named && head.lineCase === 'mixed' && h - k >= 2 && !tokens[k]!.initial && /&|\band\b/.test(text.slice(tokens[k]!.end, head.start))) named = true;
    if (!named || k === h) continue;
    // "at the Grace Bible Church": the article may stand between the cue and the name.
    const lead = k > 1 && tokens[k - 1]!.key === 'the' && joined(ctx, k - 1, k) ? k - 1 : k;
    // In one case "to" is a cue only after what is sent somewhere ("released to", "faxed to"): else a verb follows it.
    const sentTo = lead > 1 && tokens[lead - 1]!.key === 'to' && SENT.test(tokens[lead - 2]!.key);
    // "lives in Strong Hall": a residence hall or house one lives "in".
    const livesIn = lead > 1 && tokens[lead - 1]!.key === 'in' && /^(?:hall|house|dorm|dormitory|apartments|residence)$/.test(head.key) && /^(?:lives|living|lived|resides|residing|stays|staying|stayed)$/.test(tokens[lead - 2]!.key);
    const cue = lead > 0 && (cues.has(tokens[lead - 1]!.key) || sentTo || livesIn) && /^[ \t]+$/.test(text.slice(tokens[lead - 1]!.end, tokens[lead]!.start));
    const field = /(?:^|\n)[^\n:]{0,30}:[ \t]*$/.test(text.slice(Math.max(0, tokens[k]!.start - 32), tokens[k]!.start));
    const strong = STRONG_HEADS.has(head.key) && k > 0 && !/[A-Za-z]$/.test(text.slice(tokens[k]!.start - 1, tokens[k]!.start));
    if (!cue && !field && !strong) continue;
    // "the 7th grade at Lincoln" is a school's name, "at Tuesday clinic" is no place.
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/.test(tokens[k]!.key)) continue;
    for (let j = k; j <= h; j++) mark(ctx, j, 'place-organization');
    for (const j of ofTail(ctx, h)) mark(ctx, j, 'place-organization');
  }
}

/** Kind words between a place's name and what follows it ("Laconia Children's Hospital, Willimantic"). */
const KIND_TAIL = /^(?:['’]s)?(?:[ \t]+(?:children['’]s|women['’]s|regional|general|community|memorial|medical|health|healthcare|hospital|hosp\.?|center|centre|clinic|dental|dentistry|pediatrics|pediatric|associates|school|elementary|academy|daycare|preschool|care|child|ob\/gyn|midwifery|practice|group|services|county|jail))*/i;
/** What ends a town's name after a place ("… in Harmony; fluoride", "…, Willimantic via transport"). */
const TOWN_AFTER_END = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:via|for|on|at|and|with|per|x|since|until|in|to|as|where|when|who|\d))/i;
/** Words after "in" that say how, not where ("in stable condition", "in labor"). */
const NOT_TOWN_AFTER = new Set(['stable', 'good', 'fair', 'critical', 'satisfactory', 'serious', 'guarded', 'labor', 'transit', 'route', 'person', 'house', 'network', 'process', 'progress', 'addition', 'place', 'time', 'order', 'case', 'general', 'total', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'its', 'this', 'that']);

/** A town's words at token k: one to three, capitalized in mixed case, in one case a listed town or a word no list calls
 * everyday; ended as a town's name ends. */
function townWords(ctx: PlaceCtx, k: number): number[] {
  const { tokens, text } = ctx;
  const out: number[] = [];
  for (let j = k; j < tokens.length && out.length < 3; j++) {
    if (j > k && !/^[ \t]+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const t = tokens[j]!;
    const f = ctx.f[j]!;
    if (f.fn || f.clinical || NOT_TOWN_AFTER.has(t.key) || /\d/.test(t.key) || t.end - t.start < 3) break;
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps : f.common && !f.town && !f.city) break;
    out.push(j);
  }
  while (out.length > 0 && !TOWN_AFTER_END.test(text.slice(tokens[out[out.length - 1]!]!.end, tokens[out[out.length - 1]!]!.end + 12))) out.pop();
  return out;
}

/** "at Kids First Dental in Harmony", "at Laconia Children's Hospital, Willimantic via": the town after a named place. */
export function townAfterPlaceRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isPlace[i] || ctx.isPlace[i + 1]) continue;
    const tail = KIND_TAIL.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 80))![0];
    const rest = text.slice(tokens[i]!.end + tail.length, tokens[i]!.end + tail.length + 6);
    const link = /^(?:,[ \t]*|[ \t]+in[ \t]+)/i.exec(rest);
    if (!link) continue;
    const at = tokens[i]!.end + tail.length + link[0].length;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.start < at) k++;
    if (k >= tokens.length || tokens[k]!.start !== at || ctx.isName.has(k)) continue;
    // After a comma only a facility's town (a hospital, a practice): "Smith, John" lists stay people.
    if (link[0].startsWith(',') && tail.trim() === '' && !/organization|facility|hospital|saint|church/.test(ctx.rules[i] ?? '')) continue;
    for (const j of townWords(ctx, k)) mark(ctx, j, 'place-town-after');
  }
}

/** Offices named for their town: "the Skowhegan WIC office", "in the BANGOR office". */
const OFFICE_AFTER = /^[ \t]+(?:(?:wic|dhhs|dcf|dss|dta|ssa|va|dmv|rmv|probation|parole|social[ \t]+security|unemployment|welfare|housing|legal[ \t]+aid|district|field|satellite|branch|regional)[ \t]+)?(?:office|clinic)\b/i;

export function townOfficeRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/office|clinic/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'the' || !OFFICE_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 32))) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || GENERIC.has(t.key) || DEPARTMENT_WORD.test(t.key) || ctx.isName.has(i) || t.end - t.start < 3) continue;
    if (t.lineCase === 'mixed' ? !t.cap || t.initial : f.common && !f.town && !f.city) continue;
    mark(ctx, i, 'place-town-office');
  }
}

/** An employer's field holds an organization's name: "Employer: Sexton Construction, Inc.", "guarantor employer: hope
 * savings bank, 1098 pleasant street", "through spouse's employer (SUTTON COUNTRY CLUB)". */
const EMPLOYER_FIELD = /\bemployer(?:['’]s)?(?:[ \t]+name)?[ \t]*(?:[:=(]|\t)[ \t]*$/i;

export function employerRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/employer/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!EMPLOYER_FIELD.test(text.slice(Math.max(0, tokens[i]!.start - 24), tokens[i]!.start))) continue;
    const run: number[] = [];
    for (let j = i; j < tokens.length && run.length < 6; j++) {
      if (j > i && !/^(?:['’][sS]?)?(?:[ \t]|[ \t]?&[ \t]?)$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && !/^,[ \t]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      // A comma ends the name unless a company's suffix follows it ("Sexton Construction, Inc.").
      if (j > i && /,/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && !/^(?:inc|llc|co|corp|ltd|pc|pllc)$/.test(tokens[j]!.key)) break;
      const f = ctx.f[j]!;
      if (/\d/.test(tokens[j]!.key) || (j === i && (f.fn || NOT_EMPLOYER.test(tokens[j]!.key)))) break;
      run.push(j);
    }
    if (run.length === 0 || (run.length === 1 && ctx.f[run[0]!]!.common && tokens[run[0]!]!.lineCase !== 'mixed')) continue;
    for (const j of run) mark(ctx, j, 'place-employer');
  }
}

/** Values of an employer's field that name none: "Employer: none", "self", "retired". */
const NOT_EMPLOYER = /^(?:none|self|retired|unemployed|disabled|n|na|unknown|student|homemaker|same|not|no|on|see)$/;

/** "works at Hannaford", "retired from general dynamics", "father worked at electric boat", "EAP at L.L.Bean": an
 * employer named after a verb of working, up to where its phrase ends ("in" its town, "as" a role, "for" years). */
const WORKS_AT = /(?<!\b(?:social|case|field|home|house|team|school|course|lab|blood|paper|detective|volunteer)[ \t]+)\b(?:works?|worked|working|employed|retired|job|jobs|eap)[ \t]+(?:at|for|from|by)[ \t]+$/i;
const EMPLOYER_END = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:in|as|for|since|until|after|before|and|but|where|when|x\s*\d|\d|on|full|part|nights?|days?|until|who|which|then|so|to))/i;
/** First words after "works at" that name no employer. */
const NOT_EMPLOYER_START = /^(?:the|a|an|his|her|their|my|our|home|night|nights|times|least|work|all|this|that|several|various|multiple|different|local|odd|two|three|one|same|it|least|present|baseline|risk|age|full|part|both|first|last|most)$/;

export function worksAtRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\b(?:at|for|from|by|with)\b/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:at|for|from|by|with)$/.test(tokens[i - 1]!.key) || !WORKS_AT.test(text.slice(Math.max(0, tokens[i]!.start - 24), tokens[i]!.start))) continue;
    const first = tokens[i]!;
    if (NOT_EMPLOYER_START.test(first.key) || ctx.f[i]!.fn || ctx.f[i]!.clinical || /(?:ing|ed)$/.test(first.key) || /\d/.test(first.key)) continue;
    const run: number[] = [];
    for (let j = i; j < tokens.length && run.length < 4; j++) {
      if (j > i && !/^(?:['’][sS]?)?(?:[ \t]|[ \t]?&[ \t]?|\.)$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const t = tokens[j]!;
      if (j > i && (/^(?:in|as|for|since|until|after|and|but|on|to|x)$/.test(t.key) || ctx.f[j]!.clinical)) break;
      if (t.lineCase === 'mixed' && !t.cap && !/^(?:of|the|and|&)$/.test(t.key)) break;
      run.push(j);
    }
    if (run.length === 0) continue;
    const last = tokens[run[run.length - 1]!]!;
    if (!EMPLOYER_END.test(text.slice(last.end, last.end + 12))) continue;
    // One everyday word in one case is no employer's name ("works at walmart" is; "works at night" is not).
    if (run.length === 1 && first.lineCase !== 'mixed' && ctx.f[i]!.common && !ctx.f[i]!.town && !ctx.f[i]!.city) continue;
    for (const j of run) mark(ctx, j, 'place-employer');
  }
}

/** "in a parking lot in Friendship", "in a trailer in Norway": where a place of living or an event was, in its town. */
const PLACE_NOUN_IN = /\b(?:trailer|motel|hotel|apartment|parking[ \t]+lot|house|home|shelter|camp|cabin|farm|condo|tent|car|truck|park|church|bar|restaurant|store|garage|basement|barn|boat|room)[ \t]+in[ \t]+$/i;

export function placeNounInTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'in' || ctx.isPlace[i] || ctx.isName.has(i) || !PLACE_NOUN_IN.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start))) continue;
    // The noun must be one's own ("a trailer", "her car"), not a phrase ("home in time").
    if (!/\b(?:a|an|the|his|her|their|our|my|its)[ \t]+(?:\w+[ \t]+)?(?:trailer|motel|hotel|apartment|parking[ \t]+lot|house|home|shelter|camp|cabin|farm|condo|tent|car|truck|park|church|bar|restaurant|store|garage|basement|barn|boat|room)[ \t]+in[ \t]+$/i.test(text.slice(Math.max(0, tokens[i]!.start - 32), tokens[i]!.start))) continue;
    for (const j of townWords(ctx, i)) mark(ctx, j, 'place-town-after');
  }
}

/** A ward named for a building or donor, with its floor, after a move: "back to WHITE 3", "tx'd to micu from gryzmish 9",
 * "REPORT GIVEN TO MAI RN ON SHAPIRO 4", "TX TO stoneman 9 WHEN BED AVAIL". */
const WARD_MOVE = /\b(?:back[ \t]+to|tx[ \t]+to|tx['’]?d[ \t]+to|txd[ \t]+to|transfer(?:red)?[ \t]+to|transferred[ \t]+from|tx['’]?d[ \t]+from|rn[ \t]+on|nurse[ \t]+on|(?:micu|sicu|ccu|icu|unit)[ \t]+from|go[ \t]+to|going[ \t]+to)[ \t]+$/i;
const WARD_FLOOR_END = /^[ \t]+\d{1,2}(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:once|when|after|via|for|and|with|w\/|on|at|in|today|tonight|tomorrow|pending|per|report|rn|team|bed))/i;
/** Words before a number that are a setting, a drug or a place's part, not a building. */
const NOT_WARD_WORD = /^(?:bed|beds|room|rm|floor|level|step|stage|grade|pod|day|days|page|week|unit|units|vent|peep|ps|cpap|bipap|fio2|levo|levophed|neo|dopa|dopamine|lasix|insulin|heparin|room|rate|dose|doses|zone|station|bay|ward|suite|wing|tower|building|bldg|north|south|east|west|the|a|an|icu|micu|sicu|ccu|csru|nicu|pacu|or|ir|ed|er|baseline|goal|sat|sats|ac|imv|simv|mg|mcg|cc|ml|hr|hrs|x|q|tele|telemetry|vna|home|rehab|gi|ct|mri|hd|cath|lab|echo|pt|ot|max|min)$/i;

export function wardFloorRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: spaces and a digit right after the word.
    let e = t.end;
    while (e < t.end + 3 && (text[e] === ' ' || text[e] === '\t')) e++;
    const d = text.charCodeAt(e);
    if (e === t.end || d < 48 || d > 57) continue;
    if (ctx.isPlace[i] || ctx.isName.has(i) || t.end - t.start < 3 || NOT_WARD_WORD.test(t.key) || !WARD_FLOOR_END.test(text.slice(t.end, t.end + 16))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || /\d/.test(t.key)) continue;
    if (!WARD_MOVE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    mark(ctx, i, 'place-ward');
  }
}
