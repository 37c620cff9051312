// The verifier: for every statement of a structured summary, find its quotes in the note, then check
// that its numbers, doses, units, dates, lab values, drug names, sides, negations, directions and
// named things (body parts, relatives, conditions, the patient's sex) agree with what the note says
// there. Pure and deterministic: no model, no clock, no I/O; the CLI and the app share it.
import type { NoteSpan, ResolvedQuote, StructuredSummary, VerificationReport, VerifiedStatement, VerifierFlag } from '../../shared/summary-format';
import { compareFacts, drugMentions, readFacts, specificClaims, type Facts } from './claims';
import { englishWords } from './english-words';
import { findSides, type SideMention } from './laterality';
import { drugInNote, findUnknownDrugCandidates, noteDrugVocabulary } from './medications';
import { prepareNote, resolveQuote, type PreparedNote } from './resolve-quotes';
import { STOPWORDS, sentenceSpans, stem, tokenize } from './text-tools';
import { noteSex, termSwaps } from './term-swaps';

/** A note made ready once for checking many statements against it. */
export interface NoteIndex {
  readonly prepared: PreparedNote;
  readonly sentences: readonly NoteSpan[];
  readonly drugWords: ReadonlySet<string>;
  readonly lower: string;
  /** Every side the note names, for evidence that names none. */
  readonly sides: readonly SideMention[];
  /** Facts of evidence texts already read (statements often share a sentence). */
  readonly contextFacts: Map<string, Facts>;
  /** The patient's sex as the note words it. */
  readonly sex: ReadonlySet<'female' | 'male'>;
}

export function indexNote(note: string): NoteIndex {
  const prepared = prepareNote(note);
  return {
    prepared,
    sentences: sentenceSpans(note),
    drugWords: noteDrugVocabulary(prepared.tokens),
    lower: note.toLowerCase(),
    sides: findSides(note, prepared.tokens),
    contextFacts: new Map(),
    sex: noteSex(prepared.tokens),
  };
}

/** Longest sentence used whole; in notes without punctuation a quote is widened by WIDEN characters instead. */
const MAX_SENTENCE_CHARS = 800;
const WIDEN = 200;

/** First sentence index whose end is after `pos` (sentences are sorted and do not overlap). */
function sentenceAt(sentences: readonly NoteSpan[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The note text around the found quotes: each quote widened to its whole sentence(s). */
export function evidenceContext(index: NoteIndex, spans: readonly NoteSpan[]): string {
  const note = index.prepared.text;
  const ranges: NoteSpan[] = [];
  for (const span of spans) {
    for (let i = sentenceAt(index.sentences, span.start); i < index.sentences.length && index.sentences[i]!.start < span.end; i++) {
      const s = index.sentences[i]!;
      if (s.end - s.start <= MAX_SENTENCE_CHARS) ranges.push(s);
      else ranges.push({ start: Math.max(s.start, span.start - WIDEN), end: Math.min(s.end, span.end + WIDEN) });
    }
    // A span outside every sentence (only whitespace around it) is kept as it is.
    if (!ranges.some((r) => r.start <= span.start && span.end <= r.end)) ranges.push(span);
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: NoteSpan[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  return merged.map((r) => note.slice(r.start, r.end).trim()).join('\n');
}

function quoteFlags(index: NoteIndex, q: ResolvedQuote): VerifierFlag[] {
  if (q.match === 'missing') {
    return [{ kind: 'quote-not-found', message: `The quote "${q.quote.slice(0, 120)}${q.quote.length > 120 ? '…' : ''}" is not in the note.` }];
  }
  if (q.match !== 'fuzzy' || !q.span) return [];
  // A near match is evidence only for what it shares with the note: a word of substance that the
  // note does not have there ("hip" for "knee") makes it a quote the note does not contain, and its
  // numbers, sides and negations must be the note's.
  const spanStems = new Set(tokenize(index.prepared.text.slice(q.span.start, q.span.end)).map((t) => stem(t.text)));
  const foreign = tokenize(q.quote)
    .filter((t) => t.text.length >= 3 && /^[a-z]/.test(t.text) && !STOPWORDS.has(t.text) && !spanStems.has(stem(t.text)))
    .map((t) => t.raw);
  const flags: VerifierFlag[] = [];
  if (foreign.length > 0) {
    flags.push({
      kind: 'quote-not-found',
      message: `The quote is not word for word in the note: the closest passage lacks ${foreign.slice(0, 4).map((w) => `"${w}"`).join(', ')}.`,
    });
  }
  const inNote = evidenceContext(index, [q.span]);
  for (const f of compareFacts(readFacts(q.quote), readFacts(inNote), 'The quote')) {
    flags.push({ kind: f.kind, message: `${f.message} (The quote only nearly matches the note.)` });
  }
  return flags;
}

/** Checks one statement against the note; `evidence` are its quotes as the engine wrote them. */
export function verifyStatementWith(index: NoteIndex, text: string, evidence: readonly string[]): { quotes: ResolvedQuote[]; flags: VerifierFlag[] } {
  const quotes = evidence.map((q) => resolveQuote(index.prepared, q));
  const flags: VerifierFlag[] = [];
  for (const q of quotes) flags.push(...quoteFlags(index, q));

  const claim = readFacts(text);
  const drugs = drugMentions(claim);
  for (const d of drugs) {
    if (!drugInNote(d.name, index.drugWords, index.lower)) {
      flags.push({ kind: 'medication-not-in-note', message: `The statement names "${text.slice(d.start, d.end)}", a medication the note does not mention.` });
    }
  }
  const named = new Set(drugs.map((d) => d.start));
  for (const d of findUnknownDrugCandidates(text, claim.tokens)) {
    if (named.has(d.start) || index.drugWords.has(d.name) || index.lower.includes(d.name)) continue;
    // Another form of a word the note has ("anticoagulation" / "anticoagulants").
    if (d.name.length >= 7 && index.lower.includes(d.name.slice(0, 7))) continue;
    flags.push({ kind: 'medication-not-in-note', message: `The statement names "${text.slice(d.start, d.end)}", which the note does not mention (it reads like a medication).` });
  }

  const found = quotes.filter((q) => q.span !== null).map((q) => q.span!);
  if (found.length === 0) {
    if (evidence.length === 0) {
      const specific = specificClaims(claim, drugs);
      if (specific.length > 0) {
        flags.push({ kind: 'unsupported-claim', message: `The statement makes a specific claim (${specific.slice(0, 5).join(', ')}) with no quote from the note.` });
      }
    }
    return { quotes, flags };
  }
  const context = evidenceContext(index, found);
  let evidenceFacts = index.contextFacts.get(context);
  if (!evidenceFacts) {
    evidenceFacts = readFacts(context);
    if (index.contextFacts.size < 1000) index.contextFacts.set(context, evidenceFacts);
  }
  flags.push(...compareFacts(claim, evidenceFacts, 'The statement', index.sides));
  for (const t of termSwaps(claim.tokens, evidenceFacts.tokens, evidenceFacts.text, index.sex)) {
    const message = t.relative
      ? `The statement says this of the patient, but the note says it of the ${t.noted!.toLowerCase()}.`
      : t.noted
        ? `The statement says "${t.said}" where the note says "${t.noted}" there.`
        : `The statement says "${t.said}", but the note describes the patient otherwise.`;
    flags.push({ kind: 'term-mismatch', message });
  }
  return { quotes, flags: dedupe(flags) };
}

function dedupe(flags: readonly VerifierFlag[]): VerifierFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.kind}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the verifier's word lists ahead of the first summary (about 0.1 s, once per process). */
export function warmUpVerifier(): void {
  englishWords();
}

/** Checks one statement against a note. */
export function verifyStatement(note: string, text: string, evidence: readonly string[]): { quotes: ResolvedQuote[]; flags: VerifierFlag[] } {
  return verifyStatementWith(indexNote(note), text, evidence);
}

export function verifySummary(note: string, summary: StructuredSummary): VerificationReport {
  const index = indexNote(note);
  const statements: VerifiedStatement[] = [];
  summary.sections.forEach((section, si) => {
    section.statements.forEach((st, i) => {
      const r = verifyStatementWith(index, st.text, st.evidence);
      statements.push({ section: si, index: i, text: st.text, quotes: r.quotes, flags: r.flags });
    });
  });
  const flagged = statements.filter((s) => s.flags.length > 0).length;
  // Supported: no flags, and at least one quote found in the note.
  const supported = statements.filter((s) => s.flags.length === 0 && s.quotes.some((q) => q.span !== null)).length;
  return { statements, counts: { statements: statements.length, supported, flagged } };
}
