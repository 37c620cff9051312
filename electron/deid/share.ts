// De-identified sharing: the clinician's edits applied to what the engine found, a note and its summary
// de-identified together (one surrogate mapping and one date shift for both), and the file written out.
import { AppFailure } from '../base/app-failure';
import type { DeidFinding, DeidKind } from './kinds';
import { findIdentifiers } from './find';
import { redact, surrogate, SURROGATE_NOTICE } from './transform';
import { wordLists } from './wordlists';

export interface SpanEdit {
  readonly start: number;
  readonly end: number;
  readonly kind: DeidKind;
}

export interface FindingEdits {
  readonly removed: readonly SpanEdit[];
  readonly added: readonly SpanEdit[];
}

export const CLINICIAN_RULE = 'clinician-marked';
export const NOTE_NAME_RULE = 'name-found-elsewhere';

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of the names found in some texts, as written and in capitals, leaving out everyday and clinical words. */
function nameWords(texts: readonly { readonly text: string; readonly findings: readonly DeidFinding[] }[]): Set<string> {
  const lists = wordLists();
  const out = new Set<string>();
  for (const { text, findings } of texts) {
    for (const f of findings) {
      if (f.kind !== 'NAME') continue;
      for (const m of text.slice(f.start, f.end).matchAll(WORD)) {
        const w = m[0].replace(/['’]s$/i, '');
        const low = w.toLowerCase();
        if (w.length < 3 || w[0] !== w[0]!.toUpperCase() || lists.common.has(low) || lists.clinical.has(low) || lists.eponyms.has(low) || lists.functionWords.has(low)) continue;
        out.add(w);
        out.add(w.toUpperCase());
      }
    }
  }
  return out;
}

/**
 * Every text's findings, plus each name word found in any of them wherever else it stands alone: a
 * summary says "Okonkwo improved" with none of the context ("Mrs.", "Patient:") that found it in the note.
 */
export function findTogether(texts: readonly string[], extraNameSources: readonly string[] = []): DeidFinding[][] {
  const found = texts.map((text) => ({ text, findings: findIdentifiers(text) }));
  const sources = [...found, ...extraNameSources.map((text) => ({ text, findings: findIdentifiers(text, { kinds: ['NAME'] }) }))];
  const words = nameWords(sources);
  if (words.size === 0) return found.map((f) => [...f.findings]);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');
  return found.map(({ text, findings }) => {
    const extra: DeidFinding[] = [];
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (findings.some((f) => f.start < end && f.end > start)) continue;
      extra.push({ start, end, kind: 'NAME', rule: NOTE_NAME_RULE });
    }
    return [...findings, ...extra].sort((a, b) => a.start - b.start);
  });
}

const invalid = (what: string) => new AppFailure('INVALID_REQUEST', `The de-identification changes do not fit the text (${what}).`);

/**
 * The engine's findings minus the ones the clinician un-marked, plus the ones they marked. Every span
 * must lie inside the text, an un-marked one must be one the engine found, and none may overlap.
 */
export function applyEdits(text: string, findings: readonly DeidFinding[], edits: FindingEdits): DeidFinding[] {
  const key = (s: SpanEdit) => `${s.start}:${s.end}:${s.kind}`;
  const removed = new Set<string>();
  for (const r of edits.removed) {
    if (!findings.some((f) => key(f) === key(r))) throw invalid('an un-marked span was not found');
    removed.add(key(r));
  }
  const out: DeidFinding[] = findings.filter((f) => !removed.has(key(f)));
  for (const a of edits.added) {
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end > text.length || a.end <= a.start) throw invalid('a marked span is out of bounds');
    out.push({ start: a.start, end: a.end, kind: a.kind, rule: CLINICIAN_RULE });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) if (out[i]!.start < out[i - 1]!.end) throw invalid('marked spans overlap');
  return out;
}

export type ShareMode = 'redact' | 'surrogate';

export interface SharedPair {
  readonly note: string;
  readonly summary: string;
}

// Joins the two texts for one surrogate pass; control characters no note or summary can hold.
const SEPARATOR = '\u0000\u0001\u0000';

/** Both texts de-identified; in surrogate mode under one key, so the same person and date shift appear in both. */
export function deidentifyPair(note: string, noteFindings: readonly DeidFinding[], summary: string, summaryFindings: readonly DeidFinding[], mode: ShareMode, key: string | null): SharedPair {
  if (mode === 'redact') return { note: redact(note, noteFindings), summary: redact(summary, summaryFindings) };
  if (key === null) throw new AppFailure('INTERNAL');
  if (note.includes(SEPARATOR) || summary.includes(SEPARATOR)) throw invalid('control characters');
  const offset = note.length + SEPARATOR.length;
  const joined = `${note}${SEPARATOR}${summary}`;
  const findings = [...noteFindings, ...summaryFindings.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }))];
  const parts = surrogate(joined, findings, key).text.split(SEPARATOR);
  if (parts.length !== 2) throw new AppFailure('INTERNAL');
  return { note: parts[0]!, summary: parts[1]! };
}

export const REDACTION_HEADER = 'De-identified (Safe Harbor, redaction)';

export function shareHeader(mode: ShareMode): string {
  return mode === 'redact' ? REDACTION_HEADER : `De-identified (surrogates). ${SURROGATE_NOTICE}`;
}

/** The exported file: plain text, or JSON when the chosen name ends in .json. No dates, ids or title. */
export function formatShareFile(pair: SharedPair, mode: ShareMode, summaryVersion: number, format: 'txt' | 'json'): string {
  const header = shareHeader(mode);
  if (format === 'json') {
    return `${JSON.stringify(
      { format: 'lockscribe-deidentified', version: 1, method: mode === 'redact' ? 'safe-harbor-redaction' : 'surrogate', header, note: pair.note, summary: { version: summaryVersion, signed: true, text: pair.summary } },
      null,
      2,
    )}\n`;
  }
  return `${header}\n\n== Note ==\n${pair.note}\n\n== Signed summary (version ${summaryVersion}) ==\n${pair.summary}\n`;
}
