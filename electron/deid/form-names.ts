// People as operative, anesthesia and consent records write them, where the shape names them even when the words are
// everyday ones: a surname first before a credential ("Participants: Street, Harmony CRNA", "signed by passero, buck k
// md on"), the signer of a consent ("I, Dawn Shepherd, hereby authorize"), and the patient a time-out names before their
// birth date ("patient Patience Carpenter, DOB"), and the patient an SBAR page opens with ("S: PEREIRA, 103 YO F").
import { mark, type NameCtx } from './name-context';

/** A name, surname first: "Fox, Federica", "SWAN, QUẾ Y.", "passero, buck k". */
const WORD = String.raw`[\p{L}][\p{L}'’-]+`;
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}\d])(${WORD}),[ \t]+(${WORD})(?:[ \t]+\p{L}\.?)?,?[ \t]+$`, 'u');
/** Credentials written after a name without a comma (each is no one's name), as the tokenizer keys them: the name is
 * read back from them. */
const CREDENTIAL_KEYS = new Set(['crna', 'srna', 'ccp', 'cst', 'rcis', 'cnor', 'rnfa', 'csfa', 'rn', 'md', 'do', 'np', 'pa-c', 'lpn', 'rrt', 'licsw', 'lcsw', 'aprn', 'dnp', 'phd', 'pmhnp-bc', 'fnp-bc', 'pharmd', 'rph', 'cmd', 'ccrp', 'dabr', 'ocn', 'bcop']);
/** What follows a credential that ends a name. */
const AFTER_CREDENTIAL = /^(?:\([rR]\))?(?=[ \t]*(?:[;,.)(]|\r?\n|$|(?:on|at|and|with|for|to|present|\()\b))/i;
/** What may stand right before such a name: a line's start, a field's colon, a cue of who did something. */
const SURNAME_FIRST_BEFORE = /(?:^|\n|[:;(]|\b(?:by|per|with|and|to|from|participants?|signed|attested|cosigned|verified|witnessed|assisted)\b)[ \t]*$/i;

/** "I, Dawn Shepherd, hereby authorize", "I, STORMY LÊ, MD, was present": the one who signs in the first person. */
const I_NAME = new RegExp(String.raw`(?:^|\n|[.;:][ \t]+)I,[ \t]+(${WORD}(?:[ \t]+\p{L}\.?)?(?:[ \t]+${WORD}){0,2}),[ \t]+(?:(?:[A-Za-z-]{2,6}),[ \t]+)?(?:hereby|do[ \t]+hereby|give|consent|authorize|understand|certify|acknowledge|agree|attest|was|am|have|the[ \t]+undersigned)\b`, 'giu');

/** "patient Patience Carpenter, DOB 10/10/1954": the patient a time-out names before their birth date or record number. */
const PATIENT_BEFORE_DOB = new RegExp(String.raw`patient:?[ \t]+(${WORD}(?:[ \t]+\p{L}\.?)?(?:[ \t]+${WORD}){1,2})[ \t]*,?[ \t]*(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|mrn|born)\b`, 'iuy');

/** "S: PEREIRA, 103 YO F", "Situation: Skip Pascucci (MRN 253025896)": the patient an SBAR's first line names before
 * their age or record number. */
const SBAR_PATIENT = new RegExp(String.raw`(?:^|\n)[ \t]*(?:s|situation|pt|patient)[ \t]*:[ \t]*(${WORD}(?:[ \t]+${WORD}){0,2})[ \t]*(?:\([ \t]*(?:mrn|dob|mr#?)\b|,[ \t]*\d{1,3}[ \t]*(?:yo|y\/o|y\.o\.|yr|years?[ \t-]+old)\b)`, 'giu');

/** "patient: steuber, art", "subscriber: spinka, will.", "| young, buck |": a name written surname first, alone in a field
 * that holds a person or in a log row's cell, whose given name is an everyday word ("pt: alert, oriented" names no one:
 * the second word must be a listed given name). */
const INVERTED_FIELD = new RegExp(String.raw`(?:(?:^|\n|[ \t]{2,}|\|)[ \t]*(?:patient|pt|name|athlete|subscriber|student(?:-athlete)?|original[ \t]+patient|member|client|trainee|insured|player|resident|guarantor)[ \t]*:|\|)[ \t]*(${WORD}),[ \t]+(${WORD})(?:[ \t]+\p{L}\.?)?(?=[ \t]*(?:\r?\n|$|[;|(]|\.[ \t]*(?:\r?\n|$)|[ \t]{2,}|\t))`, 'giu');

/** The first token starting at or after `at` (tokens are in text order). */
function tokenAt(ctx: NameCtx, at: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks the tokens inside [start, end) that are words of a name: none may be a function or clinical word. */
function markWords(ctx: NameCtx, start: number, end: number): void {
  const from = tokenAt(ctx, start);
  let to = from;
  for (; to < ctx.tokens.length && ctx.tokens[to]!.start < end; to++) if (ctx.f[to]!.fn || ctx.f[to]!.clinical) return;
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.end - ctx.tokens[k]!.start > 1) mark(ctx, k, 'name-form');
}

export function formNameRules(ctx: NameCtx): void {
  const { text } = ctx;
  for (let i = 2; i < ctx.tokens.length; i++) {
    const c = ctx.tokens[i]!;
    // "PA-C" as the tokenizer cuts it ("PA" alone is also a state).
    const pac = c.key === 'pa' && /^-c\b/i.test(text.slice(c.end, c.end + 3));
    // "RT(R)", a radiographer's.
    const rtr = c.key === 'rt' && /^\(r\)/i.test(text.slice(c.end, c.end + 3));
    if ((!CREDENTIAL_KEYS.has(c.key) && !pac && !rtr) || !AFTER_CREDENTIAL.test(text.slice(pac ? c.end + 2 : c.end, c.end + 12))) continue;
    const from = Math.max(0, c.start - 80);
    const m = SURNAME_FIRST.exec(text.slice(from, c.start));
    if (!m) continue;
    const at = from + m.index;
    if (!SURNAME_FIRST_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    // "pain, nausea RN aware": two words a list calls clinical are no name.
    markWords(ctx, at, at + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length);
  }
  if (/\bi,/i.test(text)) {
    I_NAME.lastIndex = 0;
    for (let m = I_NAME.exec(text); m !== null; m = I_NAME.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf('I,') + 2);
      markWords(ctx, start, start + m[1]!.length);
    }
  }
  if (/:/.test(text)) {
    SBAR_PATIENT.lastIndex = 0;
    for (let m = SBAR_PATIENT.exec(text); m !== null; m = SBAR_PATIENT.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf(':') + 1);
      markWords(ctx, start, start + m[1]!.length);
    }
  }
  if (/,/.test(text) && /[:|]/.test(text)) {
    INVERTED_FIELD.lastIndex = 0;
    for (let m = INVERTED_FIELD.exec(text); m !== null; m = INVERTED_FIELD.exec(text)) {
      // A log row's cell needs a row: a pipe after the name too.
      if (m[0].trimStart().startsWith('|') && !/^[ \t]*\|/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length);
      const a = tokenAt(ctx, start);
      const b = a + 1;
      if (b >= ctx.tokens.length || ctx.tokens[a]!.key !== m[1]!.toLowerCase() || ctx.tokens[b]!.key !== m[2]!.toLowerCase()) continue;
      const fa = ctx.f[a]!;
      const fb = ctx.f[b]!;
      if (fa.fn || fa.clinical || fb.clinical || !fb.first) continue;
      mark(ctx, a, 'name-form');
      mark(ctx, b, 'name-form');
    }
  }
  // Read from each "patient" the plain search finds (a Unicode pattern scanning the whole note costs more).
  const lower = /patient/i.test(text) ? text.toLowerCase() : '';
  for (let at = lower.indexOf('patient'); at >= 0; at = lower.indexOf('patient', at + 7)) {
    if (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!)) continue;
    PATIENT_BEFORE_DOB.lastIndex = at;
    const m = PATIENT_BEFORE_DOB.exec(text);
    if (!m) continue;
    const start = at + m[0].indexOf(m[1]!);
    markWords(ctx, start, start + m[1]!.length);
  }
}
