// People as operative, anesthesia and consent records write them, where the shape names them even when the words are
// everyday ones: a surname first before a credential ("Participants: Street, Harmony CRNA", "signed by passero, buck k
// md on"), the signer of a consent ("I, Dawn Shepherd, hereby authorize"), and the patient a time-out names before their
// birth date ("patient Patience Carpenter, DOB").
import { mark, type NameCtx } from './name-context';

/** Credentials written after a name without a comma; each is no one's name. */
const CREDENTIAL = String.raw`(?:crna|srna|ccp|cst|rcis|cnor|rnfa|csfa|rn|md|do|np|pa-c|lpn|rrt|licsw|lcsw|aprn|dnp|rt\(r\)|phd|pmhnp-bc|fnp-bc|pharmd|rph|cmd|ccrp|dabr|ocn|bcop)`;
/** A name, surname first: "Fox, Federica", "SWAN, QUẾ Y.", "passero, buck k". */
const WORD = String.raw`[\p{L}][\p{L}'’-]+`;
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}\d])(${WORD}),[ \t]+(${WORD})(?:[ \t]+\p{L}\.?)?,?[ \t]+${CREDENTIAL}(?![\p{L}\d-])(?=[ \t]*(?:[;,.)(]|\r?\n|$|(?:on|at|and|with|for|to|present|\()\b))`, 'giu');
/** What may stand right before such a name: a line's start, a field's colon, a cue of who did something. */
const SURNAME_FIRST_BEFORE = /(?:^|\n|[:;(]|\b(?:by|per|with|and|to|from|participants?|signed|attested|cosigned|verified|witnessed|assisted)\b)[ \t]*$/i;

/** "I, Dawn Shepherd, hereby authorize", "I, STORMY LÊ, MD, was present": the one who signs in the first person. */
const I_NAME = new RegExp(String.raw`(?:^|\n|[.;:][ \t]+)I,[ \t]+(${WORD}(?:[ \t]+\p{L}\.?)?(?:[ \t]+${WORD}){0,2}),[ \t]+(?:(?:[A-Za-z-]{2,6}),[ \t]+)?(?:hereby|do[ \t]+hereby|give|consent|authorize|understand|certify|acknowledge|agree|attest|was|am|have|the[ \t]+undersigned)\b`, 'giu');

/** "patient Patience Carpenter, DOB 10/10/1954": the patient a time-out names before their birth date or record number. */
const PATIENT_BEFORE_DOB = new RegExp(String.raw`\bpatient:?[ \t]+(${WORD}(?:[ \t]+\p{L}\.?)?(?:[ \t]+${WORD}){1,2})[ \t]*,?[ \t]*(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|mrn|born)\b`, 'giu');

/** Marks the tokens inside [start, end) that are words of a name: no function, clinical or credential word. */
function markWords(ctx: NameCtx, start: number, end: number): void {
  for (let k = 0; k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    const t = ctx.tokens[k]!;
    if (t.start < start) continue;
    const f = ctx.f[k]!;
    if (f.fn || f.clinical) return;
  }
  for (let k = 0; k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) if (ctx.tokens[k]!.start >= start && ctx.tokens[k]!.end - ctx.tokens[k]!.start > 1) mark(ctx, k, 'name-form');
}

export function formNameRules(ctx: NameCtx): void {
  const { text } = ctx;
  if (/,/.test(text)) {
    SURNAME_FIRST.lastIndex = 0;
    for (let m = SURNAME_FIRST.exec(text); m !== null; m = SURNAME_FIRST.exec(text)) {
      if (!SURNAME_FIRST_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "pain, nausea RN aware": two words a list calls clinical are no name.
      markWords(ctx, m.index, m.index + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length);
    }
  }
  if (/\bi,/i.test(text)) {
    I_NAME.lastIndex = 0;
    for (let m = I_NAME.exec(text); m !== null; m = I_NAME.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf('I,') + 2);
      markWords(ctx, start, start + m[1]!.length);
    }
  }
  if (/patient/i.test(text)) {
    PATIENT_BEFORE_DOB.lastIndex = 0;
    for (let m = PATIENT_BEFORE_DOB.exec(text); m !== null; m = PATIENT_BEFORE_DOB.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      markWords(ctx, start, start + m[1]!.length);
    }
  }
}
