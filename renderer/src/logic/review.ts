// What the review screen computes from the verifier's report: the counts line, the note cut into
// highlighted and plain pieces, and what still stands between a version and a signature.
import type { NoteSpan, VerificationReport } from '../../../shared/summary-format';
import type { FlagAcknowledgement, SummaryVersion } from '../../../shared/contract/vault';

export function countsLine(counts: VerificationReport['counts']): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(counts.statements, 'statement')}, ${counts.supported} supported, ${counts.flagged} flagged`;
}

export interface NotePiece {
  readonly text: string;
  readonly marked: boolean;
}

/** The note as pieces, those inside any of `spans` marked (overlapping spans merged). */
export function highlightPieces(note: string, spans: readonly NoteSpan[]): NotePiece[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, note.length)), end: Math.max(0, Math.min(s.end, note.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: NoteSpan[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  const pieces: NotePiece[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) pieces.push({ text: note.slice(at, s.start), marked: false });
    pieces.push({ text: note.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < note.length) pieces.push({ text: note.slice(at), marked: false });
  return pieces;
}

export const ackKey = (a: FlagAcknowledgement): string => `${a.statement}:${a.kind}`;

/** Every open flag as the acknowledgement it needs (one per statement and kind). */
export function flagsToAcknowledge(report: VerificationReport): FlagAcknowledgement[] {
  const out = new Map<string, FlagAcknowledgement>();
  report.statements.forEach((st, i) => {
    for (const f of st.flags) out.set(ackKey({ statement: i, kind: f.kind }), { statement: i, kind: f.kind });
  });
  return [...out.values()];
}

/** Why this version cannot be signed yet, in the order a clinician would fix it; empty when it can. */
export function signBlockers(version: SummaryVersion, isLatest: boolean, checked: boolean, acknowledged: ReadonlySet<string>): string[] {
  if (version.signedAt !== null) return ['Already signed.'];
  if (!isLatest) return ['Only the latest version can be signed.'];
  const out: string[] = [];
  if (version.incomplete) out.push('Incomplete: summarize again or edit it before signing.');
  const open = flagsToAcknowledge(version.report).filter((f) => !acknowledged.has(ackKey(f))).length;
  if (open > 0) out.push(`${open} ${open === 1 ? 'flag' : 'flags'} to acknowledge (or edit the statement).`);
  if (!checked) out.push('Confirm that you checked it against the note.');
  return out;
}
