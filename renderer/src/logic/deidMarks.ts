// The clinician's view of what will be redacted in one text: the engine's findings, the ones they
// un-marked, and the spans they marked themselves. Main gets back only offsets and kinds.
import type { DeidSpan } from '../../../shared/contract/deid';
import type { DeidKind } from '../../../shared/deid-kinds';

export interface MarkState {
  readonly text: string;
  readonly engine: readonly DeidSpan[];
  /** Keys of engine findings the clinician un-marked. */
  readonly removed: ReadonlySet<string>;
  readonly added: readonly DeidSpan[];
}

export interface Mark extends DeidSpan {
  readonly source: 'engine' | 'clinician';
}

export const spanKey = (s: DeidSpan): string => `${s.start}:${s.end}:${s.kind}`;

export function initialMarks(text: string, engine: readonly DeidSpan[]): MarkState {
  return { text, engine, removed: new Set(), added: [] };
}

/** What will be redacted, in text order. */
export function activeMarks(m: MarkState): Mark[] {
  return [
    ...m.engine.filter((s) => !m.removed.has(spanKey(s))).map((s) => ({ ...s, source: 'engine' as const })),
    ...m.added.map((s) => ({ ...s, source: 'clinician' as const })),
  ].sort((a, b) => a.start - b.start);
}

/** Clicking a highlight: an engine finding is un-marked (kept in the export); a clinician's mark goes away. */
export function unmark(m: MarkState, span: Mark): MarkState {
  if (span.source === 'clinician') return { ...m, added: m.added.filter((s) => spanKey(s) !== spanKey(span)) };
  return { ...m, removed: new Set([...m.removed, spanKey(span)]) };
}

/** Puts back an engine finding the clinician had un-marked. */
export function remark(m: MarkState, span: DeidSpan): MarkState {
  const removed = new Set(m.removed);
  removed.delete(spanKey(span));
  return { ...m, removed };
}

/**
 * Marks a selection as an identifier. Surrounding spaces are trimmed; marks it overlaps are merged into
 * it (engine findings un-marked, the clinician's own replaced), so no two marks ever overlap.
 */
export function addMark(m: MarkState, start: number, end: number, kind: DeidKind): MarkState {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(m.text.length, Math.max(start, end));
  while (s < e && /\s/.test(m.text[s]!)) s++;
  while (e > s && /\s/.test(m.text[e - 1]!)) e--;
  if (s >= e) return m;
  const overlapping = activeMarks(m).filter((x) => x.start < e && x.end > s);
  for (const x of overlapping) {
    s = Math.min(s, x.start);
    e = Math.max(e, x.end);
  }
  const removed = new Set(m.removed);
  for (const x of overlapping) if (x.source === 'engine') removed.add(spanKey(x));
  const dropped = new Set(overlapping.filter((x) => x.source === 'clinician').map(spanKey));
  return { ...m, removed, added: [...m.added.filter((x) => !dropped.has(spanKey(x))), { start: s, end: e, kind }] };
}

/** The edits main applies: un-marked engine findings and the clinician's own marks. */
export function editsOf(m: MarkState): { removed: DeidSpan[]; added: DeidSpan[] } {
  return { removed: m.engine.filter((s) => m.removed.has(spanKey(s))), added: [...m.added] };
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly mark: Mark | null;
  /** An engine finding the clinician un-marked: shown struck through, clickable to put back. */
  readonly unmarked: DeidSpan | null;
}

/** The text cut into plain runs, marks and un-marked findings, covering it exactly once. */
export function segmentsOf(m: MarkState): Segment[] {
  const marks = activeMarks(m);
  const unmarked = m.engine.filter((s) => m.removed.has(spanKey(s)) && !marks.some((x) => x.start < s.end && x.end > s.start));
  const pieces = [...marks.map((mark) => ({ start: mark.start, end: mark.end, mark, unmarked: null })), ...unmarked.map((u) => ({ start: u.start, end: u.end, mark: null, unmarked: u }))].sort(
    (a, b) => a.start - b.start,
  );
  const out: Segment[] = [];
  let at = 0;
  for (const p of pieces) {
    if (p.start < at) continue;
    if (p.start > at) out.push({ start: at, end: p.start, mark: null, unmarked: null });
    out.push(p);
    at = p.end;
  }
  if (at < m.text.length) out.push({ start: at, end: m.text.length, mark: null, unmarked: null });
  return out;
}

export function countKinds(spans: readonly DeidSpan[]): [DeidKind, number][] {
  const counts = new Map<DeidKind, number>();
  for (const s of spans) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
