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
export const GENERIC = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'this', 'that', 'local', 'area', 'regional', 'county', 'state', 'city',
  'town', 'community', 'student', 'campus', 'mental', 'health', 'behavioral', 'physical', 'occupational', 'speech', 'respiratory', 'family', 'home', 'social',
  'protective', 'child', 'children', 'adult', 'senior', 'elder', 'youth', 'medical', 'urgent', 'primary', 'care', 'day', 'public', 'legal', 'human',
  'outpatient', 'inpatient', 'crisis', 'emergency', 'counseling', 'recovery', 'treatment', 'psychiatric', 'psychological', 'dental', 'vision', 'eye',
  'visiting', 'nursing', 'rehab', 'rehabilitation', 'services', 'service', 'therapy', 'wellness', 'group', 'center', 'high', 'middle', 'elementary',
  'school', 'junior', 'sober', 'halfway', 'foster', 'assisted', 'living', 'skilled', 'long', 'term', 'addiction', 'substance', 'abuse', 'use',
  'detox', 'methadone', 'suboxone', 'opioid', 'pain', 'sleep', 'cancer', 'heart', 'wound', 'dialysis', 'infusion', 'surgical', 'surgery',
  'pediatric', 'pediatrics', 'women', "women's", 'men', "men's", 'veterans', 'va', 'private', 'other', 'same', 'new', 'old', 'prior', 'previous',
  'current', 'former', 'outside', 'different', 'another', 'every', 'each', 'some', 'any', 'no', 'and', 'of', 'for', 'at', 'in', 'program', 'clinic',
  'hospital', 'office', 'practice', 'agency', 'department', 'dept', 'court', 'jail', 'prison', 'house', 'shelter', 'church', 'college', 'university',
  'academy', 'work', 'job', 'construction', 'company', 'employee', 'assistance', 'case', 'management', 'intensive', 'partial', 'hospitalization',
  'residential', 'transitional', 'supportive', 'housing', 'independent', 'memory', 'hospice', 'palliative', 'learning', 'special', 'education', 'ed',
  'sped', 'daycare', 'preschool', 'body', 'auto', 'drug', 'alcohol', 'mobile', 'probation', 'parole', 'police', 'sheriff', 'fire', 'rescue', 'ems',
  'ambulance', 'juvenile', 'district', 'superior', 'probate', 'circuit', 'municipal', 'federal', 'national', 'general', 'community-based', 'faith',
  'based', 'bible', 'christian', 'baptist', 'catholic', 'methodist', 'evaluation', 'assessment', 'diagnostic', 'imaging', 'radiology', 'laboratory',
  'lab', 'pharmacy', 'retail', 'grocery', 'shipping', 'front', 'funeral', 'country', 'savings', 'law', 'back', 'main', 'night', 'weekend', 'summer',
  'full', 'part', 'time', 'first', 'second', 'both', 'all', 'integrated', 'psych', 'sud',
]);

/** Kinds that end a name only in mixed case, where the capitals say it is one ("at Park Wellness Group" but not "at
 * physical therapy", "to tolerate care"); "care" only after "child" or "day". */
const MIXED_ONLY_HEADS = new Set(['drug', 'pharmacy', 'co', 'home', 'gyn', 'cardiology', 'club', 'bank', 'living', 'nursing', 'rehab', 'rehabilitation', 'treatment', 'recovery', 'therapy', 'therapies', 'wellness', 'health', 'medical', 'psychiatry', 'dental', 'care', 'learning', 'program', 'practice', 'residence', 'body', 'works', 'sons', 'mill', 'mills', 'farm', 'farms', 'electric', 'inc', 'llc', 'corp', 'co-op', 'service', 'solutions', 'supply', 'foods', 'motors', 'network', 'partners']);
/** Words of a hospital's departments and of care given, which name a service, not an organization. */
export const DEPARTMENT_WORD = /(?:ology|ologic|ological|iatry|iatric|esthesia|surgery|surgical|medicine|radiation|vascular|pastoral|spiritual|nutrition|respiratory|bariatric|trauma|stroke|transplant|supportive|comfort|personal|own|palliative|withdraw|tolerate|continue|cont|prev|stop|offer|address|provide|give|given|receive|received|trach|wound|skin|oral|mouth|foot|eye|site|tv)$/;

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

/** The sport a club is for, the word before "club": "Oak Hill Country Club", "fox run golf club". */
const SPORT_CLUB = /^(?:country|golf|yacht|tennis|racquet|swim|swimming|boat|rod|gun|hunt|hunting|curling|ski|riding|polo|athletic)$/;

/** A word of a sport club's name in one case, which may be an everyday word ("fox run"), but no function or clinical word. */
function clubWord(ctx: PlaceCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  return !f.fn && !f.clinical && !/\d/.test(t.key) && t.end - t.start >= 2 && (t.lineCase === 'mixed' ? t.cap : true);
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
    // "at fox run country club": a club of a sport is one in any case, and its name may be everyday words.
    const sportClub = head.key === 'club' && SPORT_CLUB.test(tokens[h - 1]!.key);
    if (!ORG_HEADS.has(head.key) || (head.lineCase === 'mixed' ? !head.cap : MIXED_ONLY_HEADS.has(head.key) && !funeralHome && !sportClub)) continue;
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
    while (k > 0 && h - k < 5 && joined(ctx, k - 1, k) && !cues.has(tokens[k - 1]!.key) && !LEFT_STOP.test(tokens[k - 1]!.key) && (nameWord(ctx, k - 1) || (sportClub && clubWord(ctx, k - 1)))) {
      k--;
      if (distinctive(ctx, k) || (sportClub && clubWord(ctx, k) && !GENERIC.has(tokens[k]!.key) && !SPORT_CLUB.test(tokens[k]!.key))) named = true;
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
      if (j > i && !/^(?:['’][sS]?)?(?:[ \t]|[ \t]?[&-][ \t]?)$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && !/^,[ \t]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
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
const WORKS_AT = /(?<!\b(?:social|case|field|home|house|team|school|course|lab|blood|paper|detective|volunteer)[ \t]+)\b(?:(?:works?|worked|working|employed|retired|job|jobs|eap)|(?:works?|worked|working|employed)[ \t]+as[ \t]+(?:an?[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2})[ \t]+(?:at|for|from|by)[ \t]+$/iu;
const EMPLOYER_END = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:in|as|for|since|until|after|before|and|but|where|when|x\s*\d|\d|on|full|part|nights?|days?|until|who|which|then|so|to))/i;
/** First words after "works at" that name no employer. */
const NOT_EMPLOYER_START = /^(?:the|a|an|his|her|their|my|our|home|night|nights|times|least|work|all|this|that|several|various|multiple|different|local|odd|two|three|one|same|it|least|present|baseline|risk|age|full|part|both|first|last|most)$/;

export function worksAtRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\b(?:at|for|from|by|with)\b/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:at|for|from|by|with)$/.test(tokens[i - 1]!.key)) continue;
    const before = text.slice(Math.max(0, tokens[i]!.start - 56), tokens[i]!.start);
    if (!/work|employ|retir|job|eap/i.test(before) || !WORKS_AT.test(before)) continue;
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

/** "To whom it may concern at Pratt & Whitney:": the letter's addressee is the employer named up to the colon. */
const CONCERN_AT = /\bto[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern[ \t]+(?:at|of)[ \t]+([^:\n,;]{2,60}?)[ \t]*(?=[:,;]?[ \t]*(?:\r?\n|$)|:)/gi;

export function concernAtRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/concern/i.test(text)) return;
  CONCERN_AT.lastIndex = 0;
  for (let m = CONCERN_AT.exec(text); m !== null; m = CONCERN_AT.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    for (let k = 0; k < tokens.length && tokens[k]!.start < end; k++) if (tokens[k]!.start >= start) mark(ctx, k, 'place-employer');
  }
}
