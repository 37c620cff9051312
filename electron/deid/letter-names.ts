// Where a clinician's letter puts a person, the place says it is a name even when the name is an everyday word: the one
// who "tells me" something, the one a colleague asked "me to see", the one a school is asked to "excuse", and the subject
// of a letter's fixed sentences ("Joy Still was seen in my office on", "Edythe Lane needs intermittent leave").
import { mark, type NameCtx } from './name-context';
import { adjacent } from './tokens';

/** What only a person does to the writer: "Hope tells me the dizziness is worse". */
const TELLS_ME = /^[ \t]+(?:tells|told|informs|informed|reminds|reminded|assures|assured|shows|showed|asks|asked)[ \t]+(?:me|us)\b/i;
/** A letter's fixed sentences about its subject. */
const LETTER_SUBJECT = /^[ \t]+(?:was[ \t]+seen[ \t]+in[ \t]+(?:my|our)[ \t]+(?:office|clinic|practice)|needs[ \t]+(?:intermittent|continuous|a[ \t]+leave|leave)|may[ \t]+return[ \t]+to[ \t]+(?:work|school|full|normal|regular|class)|is[ \t]+(?:unable|able|cleared)[ \t]+to[ \t]+(?:work|return|attend|participate|drive)|presents[ \t]+(?:for|with|today|to)|presented[ \t]+(?:for|with|to))\b/i;
/** The cue before a person: "asking me to see", "please excuse". */
const SEE_BEFORE = /\b(?:(?:ask(?:ing|ed)?|allow(?:ing|ed)?|let(?:ting)?|invit(?:ing|ed))[ \t]+(?:me|us)[ \t]+to[ \t]+(?:see|evaluate|meet|review)|please[ \t]+excuse)[ \t]+$/i;
/** The last words of SEE_BEFORE: a cheap test before it. */
const SEE_WORDS = new Set(['see', 'evaluate', 'meet', 'review', 'excuse']);
/** Words after such a cue that are no one's name. */
const NOT_SUBJECT = new Set(['the', 'your', 'this', 'that', 'him', 'her', 'them', 'my', 'our', 'patient', 'pt', 'mr', 'mrs', 'ms', 'miss', 'dr', 'student', 'employee', 'again', 'today', 'back', 'in', 'for', 'from', 'he', 'she', 'they', 'it', 'who', 'all']);

/** A word that can be part of a person's name where the place already says one stands there. */
function nameWordHere(ctx: NameCtx, i: number): boolean {
  const t = ctx.tokens[i];
  const f = ctx.f[i];
  if (!t || !f || f.clinical || NOT_SUBJECT.has(t.key) || t.end - t.start < 2 || /\d/.test(t.key)) return false;
  if (t.lineCase === 'mixed' && (!t.cap || t.allCaps)) return false;
  return f.first || f.last || !f.english;
}

/** The given name at i and the surname after it, when there is one. */
function markPerson(ctx: NameCtx, i: number, surname: boolean): void {
  mark(ctx, i, 'name-letter');
  if (surname) mark(ctx, i + 1, 'name-letter');
}

export function letterNameRules(ctx: NameCtx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    const next = tokens[i + 1];
    const pair = (): boolean => next !== undefined && adjacent(text, t, next) && /^ $/.test(text.slice(t.end, next.start)) && nameWordHere(ctx, i + 1) && (ctx.f[i + 1]!.last || !ctx.f[i + 1]!.english);
    // A sentence's subject: a listed given name (or the given name and surname) before what it tells the writer.
    if (t.initial && f.first && nameWordHere(ctx, i)) {
      if (TELLS_ME.test(text.slice(t.end, t.end + 24))) markPerson(ctx, i, false);
      else if (pair() && (TELLS_ME.test(text.slice(next!.end, next!.end + 24)) || LETTER_SUBJECT.test(text.slice(next!.end, next!.end + 48)))) markPerson(ctx, i, true);
      continue;
    }
    // Cheap first: the cue's last word is right before ("see", "excuse").
    if (i === 0 || !SEE_WORDS.has(tokens[i - 1]!.key)) continue;
    if (!SEE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || !nameWordHere(ctx, i) || !(f.first || !f.english)) continue;
    markPerson(ctx, i, pair());
  }
}
