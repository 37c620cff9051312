// People as case managers and social workers name them: by a given name alone, after the words that address or hand over
// to someone ("attn Dean", "covering for Sue today", "spoke with Sandy at Whittier admissions"), and a patient named
// with the age that follows them at a referral's start ("BILL TERRY, 57 YO F, REFERRED FOR HOME PT/OT").
import { mark, type NameCtx } from './name-context';
import { adjacent } from './tokens';

/** Words that follow "covering for", "attn" or "spoke with" without being anyone's name. */
const NOT_CONTACT = new Set(['team', 'staff', 'case', 'billing', 'admissions', 'intake', 'records', 'nursing', 'pharmacy', 'scheduling', 'triage', 'social', 'the', 'a', 'an', 'him', 'her', 'them', 'family', 'pt', 'patient', 'wife', 'husband', 'son', 'daughter', 'dtr', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew', 'friend', 'hcp', 'proxy', 'guardian', 'md', 'rn', 'np', 'sw', 'cm', 'ot', 'dr', 'doctor', 'nurse', 'attending', 'resident', 'covering', 'on-call', 'oncall', 'call', 'front', 'desk', 'office', 'unit', 'floor', 'manager', 'supervisor', 'coordinator', 'liaison', 'all']);

/** A listed given name (or a word no list knows) that may be a person's here: capitalized on a mixed-case line. */
function givenAt(ctx: NameCtx, i: number): boolean {
  const t = ctx.tokens[i];
  const f = ctx.f[i];
  if (!t || !f || f.clinical || f.eponym || NOT_CONTACT.has(t.key) || t.end - t.start < 3 || /\d/.test(t.key)) return false;
  // "Will" and "May" are function words that are given names: only capitalized on a mixed-case line.
  if (f.fn && !(f.first && t.lineCase === 'mixed' && t.cap && !t.allCaps)) return false;
  if (t.lineCase === 'mixed' && (!t.cap || t.allCaps)) return false;
  return f.first || (!f.english && (f.last || t.lineCase === 'mixed'));
}

/** "attn Dean.", "ATTN IRIS.", "attention: Maria", "work # 381-553-9087, ask for pat": a given name alone, or with a surname,
 * after the words addressing it. */
const ATTN = /\b(?:attn|attention|ask(?:ed|ing)?[ \t]+for)[ \t]*:?[ \t]*$/i;
const CONTACT_END = /^(?:[ \t]*(?:[.,;)]|\r?\n|$)|[ \t]+(?:today|tonight|tomorrow|this|until|while|re:?|regarding|at|from|in|for|who|and|x\d|ext|@)\b)/i;

function attnRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/\battn|\battention|\bask/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.key;
    if ((prev !== 'attn' && prev !== 'attention' && prev !== 'for') || !ATTN.test(text.slice(Math.max(0, tokens[i]!.start - 14), tokens[i]!.start)) || !givenAt(ctx, i)) continue;
    const next = tokens[i + 1];
    const sur = next && adjacent(text, tokens[i]!, next) && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && !NOT_CONTACT.has(next.key) && (next.lineCase === 'mixed' ? next.cap : ctx.f[i + 1]!.last || !ctx.f[i + 1]!.english);
    const last = sur ? next : tokens[i]!;
    if (!CONTACT_END.test(text.slice(last.end, last.end + 14))) continue;
    mark(ctx, i, 'name-cue');
    if (sur) mark(ctx, i + 1, 'name-cue');
  }
}

/** "covering for Sue today", "SW DEDRICK COVERING FOR AMBER TODAY", "cm left vm for..." is not: the person covered for. */
const COVERING = /\b(?:covering|covered|cover|filling[ \t]+in|fill[ \t]+in|sub(?:bing)?)[ \t]+for[ \t]+$/i;
/** A role and a given name before "covering": "SW Will covering for", "CM Tatyana covering". */
const ROLE_BEFORE = /\b(?:sw|cm|rn|np|pt|ot|slp|md|pa|case[ \t]+manager|social[ \t]+worker)[ \t]+$/i;

function coveringRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/cover|fill|sub/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    // Cheap first: "for" or a role's word right before.
    const prev = tokens[i - 1]!.key;
    if (prev !== 'for' && !/^(?:sw|cm|rn|np|pt|ot|slp|md|pa|manager|worker)$/.test(prev)) continue;
    const before = text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start);
    if (COVERING.test(before) && givenAt(ctx, i) && CONTACT_END.test(text.slice(tokens[i]!.end, tokens[i]!.end + 14))) mark(ctx, i, 'name-cue');
    else if (ROLE_BEFORE.test(before) && givenAt(ctx, i) && /^[ \t]+(?:covering|is[ \t]+covering|following|to[ \t]+follow)\b/i.test(text.slice(tokens[i]!.end, tokens[i]!.end + 20))) mark(ctx, i, 'name-role');
  }
}

/** "spoke with Sandy at Whittier admissions", "spoke with summer at kindred": a given name between the verb and where
 * they work. */
const SPOKE_WITH = /\b(?:spoke|spoken|speaking|talked|talking|discussed|conferred|left[ \t]+(?:a[ \t]+)?(?:vm|voicemail|message))[ \t]+(?:with|to|for)[ \t]+$/i;

function spokeWithRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/spok|speak|talk|discuss|confer|left/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.key;
    if ((prev !== 'with' && prev !== 'to' && prev !== 'for') || !SPOKE_WITH.test(text.slice(Math.max(0, tokens[i]!.start - 26), tokens[i]!.start)) || !givenAt(ctx, i)) continue;
    if (!/^[ \t]+(?:at|from|of|with)[ \t]/i.test(text.slice(tokens[i]!.end, tokens[i]!.end + 6))) continue;
    mark(ctx, i, 'name-cue');
  }
}

/** "BILL TERRY, 57 YO F, REFERRED", "Dawn Feil, 62 y/o M": a given name and a surname opening a line or sentence, then
 * the age. */
const AGE_AFTER = /^,[ \t]*\d{1,3}[ \t]*(?:yo|y\/o|y\.o\.?|yrs?|years?|year-old|-year-old|yof|yom)\b/i;

function nameAgeRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/\d[ \t]*(?:yo|y\/o|y\.o|yr|year)/i.test(text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const g = tokens[i]!;
    const s = tokens[i + 1]!;
    if (!AGE_AFTER.test(text.slice(s.end, s.end + 20)) || !adjacent(text, g, s)) continue;
    if (!/(?:^|[\n.:;][ \t]*)$/.test(text.slice(Math.max(0, g.start - 4), g.start))) continue;
    const gf = ctx.f[i]!;
    const sf = ctx.f[i + 1]!;
    if (gf.fn || gf.clinical || sf.fn || sf.clinical || sf.eponym || !gf.first || !(sf.last || !sf.english)) continue;
    if (g.lineCase === 'mixed' && (!g.cap || !s.cap)) continue;
    mark(ctx, i, 'name-patient');
    mark(ctx, i + 1, 'name-patient');
  }
}

/** "hey its patti hill again", "this is Rosa Diaz calling": a writer or caller naming themselves. */
const SELF_INTRO = /\b(?:this[ \t]+is|it['’]?s|it[ \t]+is|my[ \t]+name[ \t]+is|i[ \t]+am|i['’]?m)[ \t]+$/i;
const SELF_INTRO_LEADS = new Set(['is', 'its', "it's", 'am', 'im', "i'm", 's', 'm']);
const SELF_INTRO_END = /^(?:[ \t]*[,.!;:-]|[ \t]+(?:again|here|calling|from|re:?|regarding|about|the|pt|patient|mom|dad|wife|husband|daughter|son|and|i|with)\b)/i;

function selfIntroRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/this is|it'?s|it is|my name|i am|i'?m/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!SELF_INTRO_LEADS.has(tokens[i - 1]!.key) || !SELF_INTRO.test(text.slice(Math.max(0, tokens[i]!.start - 14), tokens[i]!.start)) || !givenAt(ctx, i)) continue;
    // A frequent word after "it's" is what it is ("it's Frank" but "it's worse", "its hope"): a listed given name no frequent word.
    if (ctx.f[i]!.common && !ctx.f[i]!.first) continue;
    const next = tokens[i + 1];
    const sur = !!next && adjacent(text, tokens[i]!, next) && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && !NOT_CONTACT.has(next.key) && (next.lineCase === 'mixed' ? next.cap && !next.allCaps : ctx.f[i + 1]!.last) && SELF_INTRO_END.test(text.slice(next.end, next.end + 12));
    if (!sur && !SELF_INTRO_END.test(text.slice(tokens[i]!.end, tokens[i]!.end + 12))) continue;
    // In one case a frequent word needs a surname after it ("it's hope" stays).
    if (!sur && tokens[i]!.lineCase !== 'mixed' && ctx.f[i]!.common) continue;
    mark(ctx, i, 'name-cue');
    if (sur) mark(ctx, i + 1, 'name-cue');
  }
}

/** "work note for pearl:", "need a note for school for faith, he goes": the person a note or form is for. */
const NOTE_FOR = /\b(?:note|letter|excuse|form|forms|paperwork)(?:[ \t]+for[ \t]+(?:school|work|daycare|camp|gym|the[ \t]+court))?[ \t]+for[ \t]+$/i;

function noteForRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/note|letter|excuse|form|paperwork/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    // A listed given name: "consent form for Lap-Banding." names a procedure.
    if (tokens[i - 1]!.key !== 'for' || !NOTE_FOR.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start)) || !givenAt(ctx, i) || !ctx.f[i]!.first) continue;
    if (!/^[ \t]*[:,;.]/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3))) continue;
    mark(ctx, i, 'name-cue');
  }
}

/** "From: marion sweet <maria_h@gmail.com>", "To: Rosa Diaz <rd@x.org>": a mail header's display name. */
const MAIL_HEADER = /(?:^|\n)[ \t]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:[ \t]*((?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+)[ \t]*<[^>\s@]+@[^>\s]+>/giu;

function mailHeaderRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!text.includes('@') || !text.includes('<')) return;
  MAIL_HEADER.lastIndex = 0;
  for (let m = MAIL_HEADER.exec(text); m !== null; m = MAIL_HEADER.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= start && t.end <= end && !ctx.f[i]!.clinical && !NOT_CONTACT.has(t.key)) mark(ctx, i, 'name-label');
    }
  }
}

/** "- Will" or "~Bubba" alone on a message's last line: the writer's sign-off. */
function signOffRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  const last = tokens.length - 1;
  if (last < 1) return;
  const t = tokens[last]!;
  if (!/^[ \t]*$/.test(text.slice(t.end)) || !/(?:^|\n)[ \t]*[-–—~][ \t]*$/.test(text.slice(0, t.start))) return;
  const f = ctx.f[last]!;
  if (f.clinical || f.eponym || NOT_CONTACT.has(t.key) || t.end - t.start < 2 || /\d/.test(t.key)) return;
  // Capitalized as names are, or in one case a listed given name.
  // (A list's last item is a word: "- Continue", "- Ambulate".)
  if (t.lineCase === 'mixed' ? t.cap && !t.allCaps && (f.first || !f.english) : f.first && !f.common) mark(ctx, last, 'name-signature');
}

/** "sched: pt june bell moved to the 6th", "PT DẠ MACEDO CALLED": a given name and a surname after "pt" before what a
 * patient does on a schedule or a phone. */
const PT_BEFORE = /(?:^|[\n:;.][ \t]*)(?:pt|patient)[ \t]+$/i;
const SCHEDULE_VERB = /^[ \t]+(?:moved|rescheduled|cancell?ed|no-?showed|confirmed|called|calling|requests?|requested|left|arrived|checked|scheduled|booked|wants|needs)\b/i;

function scheduledPatientRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const lead = tokens[i - 1]!.key;
    if ((lead !== 'pt' && lead !== 'patient') || !PT_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 16), tokens[i]!.start))) continue;
    const s = tokens[i + 1]!;
    if (!adjacent(text, tokens[i]!, s) || !SCHEDULE_VERB.test(text.slice(s.end, s.end + 16))) continue;
    const g = ctx.f[i]!;
    const f = ctx.f[i + 1]!;
    if (!g.first || g.clinical || g.fn || f.fn || f.clinical || f.eponym || !(f.last || !f.english) || NOT_CONTACT.has(s.key)) continue;
    if (tokens[i]!.lineCase === 'mixed' && (!tokens[i]!.cap || !s.cap)) continue;
    mark(ctx, i, 'name-patient');
    mark(ctx, i + 1, 'name-patient');
  }
}

/** Marks the tokens inside [start, end) that are no clinical word, as `rule`. */
function markSpan(ctx: NameCtx, start: number, end: number, rule: string, initials = false): void {
  ctx.tokens.forEach((t, i) => {
    // Initials are letters, whatever word they also spell ("FA", "md").
    if (t.start >= start && t.end <= end && (initials || !ctx.f[i]!.clinical)) mark(ctx, i, rule);
  });
}

/** "RKC/zh", "hk/wj" alone on a line: a dictator's and a transcriptionist's initials at a report's foot. */
const INITIALS_LINE = /^[ \t]*([A-Za-z]{2,4})\/([A-Za-z]{2,4})[ \t]*$/gm;
/** Pairs of abbreviations that stand alone on a line without being anyone's initials. */
const NOT_INITIALS = /^(?:pt|ot|ob|gyn|md|rn|np|pa|do|icu|ccu|gi|ent|hr|bp|rr|ns|iv|po|im|sq|prn|ivf|tpn|cv|ed|er|or|ir|cxr|ct|mri|us|ekg|ecg|eeg|emg|ncs|and|or|he|she|his|her|him|mr|mrs|ms|dr|yes|no|am|pm|na|sob|doe|cp|abd|ha|nv|bm|uo|io|wbc|hgb|hct|plt|bun|cr|lft|ast|alt|inr|ptt|ctx|fx|dx|tx|hx|sx|rx|px|bx|cx|ua|uti|ckd|aki|htn|dm|chf|cad|copd|osa|ptsd|adhd|ibs|uri|ams)$/i;

function initialsLineRule(ctx: NameCtx): void {
  const { text } = ctx;
  if (!text.includes('/')) return;
  INITIALS_LINE.lastIndex = 0;
  for (let m = INITIALS_LINE.exec(text); m !== null; m = INITIALS_LINE.exec(text)) {
    // At a report's foot: after a blank line, a job number or a dictation's times, or before a "cc:" line; under a
    // transcription's footer any letters will do ("SMC/md").
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const footer = /(?:job|d:|t:)[^\n]*\n[ \t]*$/i.test(before);
    if (!footer && (NOT_INITIALS.test(m[1]!) || NOT_INITIALS.test(m[2]!))) continue;
    if (!footer && !/\n[ \t]*\n[ \t]*$/.test(before) && !/^\s*\n[ \t]*(?:cc|enc|encl)\b/i.test(after) && !/^\s*$/.test(after)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    markSpan(ctx, start, start + m[1]!.length + 1 + m[2]!.length, 'name-initials', true);
  }
}

/** "Sonographer: kgd", "SCRUB: JM", "transcribed by: cs": a role's field holding only initials. */
const ROLE_INITIALS = /\b(?:aide|hha|sonographer|technologist|tech|transcriptionist|transcribed\s+by|scribe|scrub|circulator|scored\s+by|read\s+by|dictated\s+by|performed\s+by|gross(?:ed)?\s+by|typed\s+by)[ \t]*:[ \t]*([A-Za-z]{2,3})(?=[ \t]{2,}|\t|[ \t]*(?:\r?\n|$|[,;|]))/gi;
/** "PA(ASCP) (TFP)", "MD (JS)": a clinician's initials in brackets after their credential. */
const CREDENTIAL_INITIALS = /(?:\((?:ASCP|ARRT)\)|\b(?:MD|RN|PA|NP|DO|PA-C|CST|RPSGT|RDCS))[ \t]*\(([A-Za-z]{2,4})\)/gi;

function roleInitialsRule(ctx: NameCtx): void {
  const { text } = ctx;
  // Cheap first: a role's word before a colon, or initials in brackets.
  const roles = /(?:pher|gist|tech|ist|by|scribe|scrub|lator|aide|hha)[ \t]*:/i.test(text);
  const bracketed = /\([A-Za-z]{2,4}\)/.test(text);
  for (const re of [...(roles ? [ROLE_INITIALS] : []), ...(bracketed ? [CREDENTIAL_INITIALS] : [])]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (/^(?:na|none|unk|tbd|see|ascp|arrt|md|rn)$/i.test(m[1]!)) continue;
      // "NP (Ohio)": a capitalized word in brackets is a place or a word, not initials.
      if (/^\p{Lu}\p{Ll}+$/u.test(m[1]!)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      markSpan(ctx, start, start + m[1]!.length, 'name-initials', true);
    }
  }
}

/** "Confirmed by GRZESIK, WADE (611)", "confirmed by polizzi, porfiriusz": a reader's "Last, First" after the verb that
 * signs a tracing or a report off. */
const SIGNED_BY = /\b[Bb][Yy]:?[ \t]+([\p{L}'’-]{2,})[ \t]*,[ \t]*([\p{L}'’-]{2,})(?=[ \t]*(?:\(|\r?\n|$|[,;.]|[ \t]+(?:on|at|md|do|np|pa)\b))/gu;
const SIGNING_VERB = /\b(?:confirmed|signed|read|interpreted|reviewed|verified|scored|dictated|transcribed|attested|overread)[ \t]+$/i;

function signedByRule(ctx: NameCtx): void {
  const { text, lists } = ctx;
  if (!/\bby\b/i.test(text)) return;
  SIGNED_BY.lastIndex = 0;
  for (let m = SIGNED_BY.exec(text); m !== null; m = SIGNED_BY.exec(text)) {
    if (!SIGNING_VERB.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const last = m[1]!.toLowerCase();
    const given = m[2]!.toLowerCase();
    if (lists.functionWords.has(last) || lists.clinical.has(last) || lists.functionWords.has(given) || lists.clinical.has(given)) continue;
    const start = m.index + m[0].indexOf(m[1]!, 2);
    markSpan(ctx, start, m.index + m[0].length, 'name-inverted');
  }
}

/** Words that gather children or siblings before their names: "their two kids, Ngoc (6) and Buck (14)". */
const CHILDREN = /\b(?:kids|children|sons|daughters|grandkids|grandchildren|grandsons|granddaughters|siblings|brothers|sisters|twins|boys|girls|stepkids|stepchildren)\b[^.\n;]{0,16}$/i;

/** "two kids, Ngoc (6) and Buck (14)", "children Joy (4), Sky (9)": names with their ages in brackets, listed after the
 * word that gathers them. */
function childrenWithAgesRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  // (Tested once: inside the loop's condition the test read the whole text again for every word.)
  const ages = /\(\d{1,2}\)/.test(text);
  for (let i = 0; ages && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^[ \t]*\((?:\d{1,2}|\d{1,2}[ \t]*(?:yo|y\/o|yrs?|mo|months?))\)/.test(text.slice(t.end, t.end + 12))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || t.end - t.start < 2 || /\d/.test(t.key) || (t.lineCase === 'mixed' && !t.cap)) continue;
    // Walk back over the list ("Ngoc (6) and Buck (14)") to the word that gathers it.
    let k = i;
    // "and" is a word of its own: step over it and the age before it.
    while (k > 0 && i - k < 10) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
      if (/^(?:and|&)$/.test(tokens[k - 1]!.key) && /^[ \t]+$/.test(gap)) k--;
      else if (/^(?:[ \t]*\(\d{1,2}[^)]{0,10}\))?[ \t]*(?:,|&)?[ \t]*$/.test(gap) && /[,(&]/.test(gap)) k--;
      else break;
    }
    const lead = text.slice(Math.max(0, tokens[k]!.start - 40), tokens[k]!.end);
    if (CHILDREN.test(lead)) mark(ctx, i, 'name-children');
  }
  // "safety plan for children Joy and Marquis": without ages, two capitalized names joined by "and" right after the word
  // that gathers them, on a mixed-case line.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [a, and, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (and.key !== 'and' || a.lineCase !== 'mixed' || !a.cap || a.allCaps || !b.cap || b.allCaps || b.initial) continue;
    if (!/^(?:children|kids|sons|daughters|grandchildren|twins|siblings)$/.test(tokens[i - 1]!.key) || !/^[ \t]+$/.test(text.slice(tokens[i - 1]!.end, a.start))) continue;
    if ([i, i + 2].some((k) => ctx.f[k]!.fn || ctx.f[k]!.clinical || ctx.f[k]!.eponym || tokens[k]!.end - tokens[k]!.start < 2)) continue;
    mark(ctx, i, 'name-children');
    mark(ctx, i + 2, 'name-children');
  }
}

/** A nickname in quotes after the person's role or kin: 'house manager "Smitty"', 'brother "Bubba"', 'sponsor "Jojo"'. */
const ROLE_BEFORE_QUOTE = /\b(?:manager|sponsor|husband|wife|boyfriend|girlfriend|fianc[eé]e?|partner|brother|sister|son|daughter|friend|roommate|uncle|aunt|cousin|father|mother|dad|mom|grandmother|grandfather|grandma|grandpa|nana|papa|stepfather|stepmother|officer|counselor|caseworker|neighbou?r|named|nicknamed|aka|a\.k\.a\.?|goes[ \t]+by)[ \t]+["“'‘]$/i;

function quotedNicknameRule(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  if (!/["“'‘][A-Za-z]/.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/["”'’]/.test(text[t.end] ?? '') || !ROLE_BEFORE_QUOTE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || t.end - t.start < 2) continue;
    mark(ctx, i, 'name-nickname');
  }
}

export function contactNameRules(ctx: NameCtx): void {
  childrenWithAgesRule(ctx);
  quotedNicknameRule(ctx);
  selfIntroRule(ctx);
  scheduledPatientRule(ctx);
  initialsLineRule(ctx);
  roleInitialsRule(ctx);
  signedByRule(ctx);
  noteForRule(ctx);
  mailHeaderRule(ctx);
  signOffRule(ctx);
  attnRule(ctx);
  coveringRule(ctx);
  spokeWithRule(ctx);
  nameAgeRule(ctx);
}
