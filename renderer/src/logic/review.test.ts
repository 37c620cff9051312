import { describe, expect, it } from 'vitest';
import type { SummaryVersion } from '../../../shared/contract/vault';
import type { VerificationReport } from '../../../shared/summary-format';
import { ackKey, countsLine, flagsToAcknowledge, highlightPieces, signBlockers } from './review';

const report: VerificationReport = {
  statements: [
    { section: 0, index: 0, text: 'Metformin 500 mg twice daily.', quotes: [{ quote: 'metformin 500 mg', match: 'exact', span: { start: 0, end: 16 }, score: 1 }], flags: [] },
    {
      section: 0,
      index: 1,
      text: 'Metformin 1000 mg twice daily.',
      quotes: [{ quote: 'metformin 500 mg', match: 'exact', span: { start: 0, end: 16 }, score: 1 }],
      flags: [
        { kind: 'dose-mismatch', message: 'dose' },
        { kind: 'dose-mismatch', message: 'again' },
        { kind: 'number-mismatch', message: 'number' },
      ],
    },
  ],
  counts: { statements: 2, supported: 1, flagged: 1 },
};

const version = (over: Partial<SummaryVersion>): SummaryVersion => ({
  id: 'v1',
  version: 1,
  text: '',
  style: 'brief',
  authorId: 'u',
  createdAt: '',
  signedAt: null,
  signedBy: null,
  provenance: null,
  structured: null,
  generatedSha256: null,
  incomplete: false,
  signature: null,
  report,
  ...over,
});

describe('review logic', () => {
  it('says the counts the way the header shows them', () => {
    expect(countsLine({ statements: 14, supported: 13, flagged: 1 })).toBe('14 statements, 13 supported, 1 flagged');
    expect(countsLine({ statements: 1, supported: 0, flagged: 1 })).toBe('1 statement, 0 supported, 1 flagged');
  });

  it('cuts the note into marked and plain pieces, merging overlaps and clamping', () => {
    const note = 'abcdefghij';
    const pieces = highlightPieces(note, [{ start: 2, end: 4 }, { start: 3, end: 6 }, { start: 8, end: 99 }]);
    expect(pieces).toEqual([
      { text: 'ab', marked: false },
      { text: 'cdef', marked: true },
      { text: 'gh', marked: false },
      { text: 'ij', marked: true },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(note);
    expect(highlightPieces(note, [])).toEqual([{ text: note, marked: false }]);
  });

  it('asks for one acknowledgement per statement and flag kind', () => {
    expect(flagsToAcknowledge(report)).toEqual([
      { statement: 1, kind: 'dose-mismatch' },
      { statement: 1, kind: 'number-mismatch' },
    ]);
  });

  it('blocks signing until the version is latest, complete, acknowledged and checked', () => {
    const all = new Set(flagsToAcknowledge(report).map(ackKey));
    expect(signBlockers(version({}), false, true, all)).toEqual(['Only the latest version can be signed.']);
    expect(signBlockers(version({ signedAt: 'x' }), true, true, all)).toEqual(['Already signed.']);
    expect(signBlockers(version({}), true, false, new Set())).toHaveLength(2);
    expect(signBlockers(version({}), true, true, new Set(['1:dose-mismatch']))).toEqual(['1 flag to acknowledge (or edit the statement).']);
    expect(signBlockers(version({ incomplete: true }), true, true, all)[0]).toMatch(/^Incomplete/);
    expect(signBlockers(version({}), true, true, all)).toEqual([]);
  });
});
