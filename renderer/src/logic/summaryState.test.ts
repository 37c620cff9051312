import { describe, expect, it } from 'vitest';
import type { SummaryProvenance } from '../../../shared/contract/model';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../../../shared/summary-format';
import { canCopy, canSave, initialSummaryState, statusText, summaryReducer, type SummaryAction, type SummaryState } from './summaryState';

const run = (actions: SummaryAction[], from: SummaryState = initialSummaryState) => actions.reduce(summaryReducer, from);

describe('summary state', () => {
  it('streams chunks for the current request and replaces them with the final text', () => {
    const s = run([
      { type: 'start', requestId: 'r1' },
      { type: 'chunk', requestId: 'r1', text: 'Pt ' },
      { type: 'chunk', requestId: 'r1', text: 'stable' },
    ]);
    expect(s.text).toBe('Pt stable');
    expect(s.status).toBe('running');
    const done = summaryReducer(s, { type: 'finish', requestId: 'r1', text: 'Pt stable.' });
    expect(done.status).toBe('done');
    expect(done.text).toBe('Pt stable.');
    expect(canSave(done)).toBe(true);
    expect(canCopy(done)).toBe(true);
  });

  it('ignores chunks and results from other requests', () => {
    const s = run([
      { type: 'start', requestId: 'old' },
      { type: 'start', requestId: 'new' },
      { type: 'chunk', requestId: 'old', text: 'stale' },
      { type: 'finish', requestId: 'old', text: 'stale' },
      { type: 'chunk', requestId: 'new', text: 'fresh' },
    ]);
    expect(s.text).toBe('fresh');
    expect(s.status).toBe('running');
  });

  it('keeps partial text when stopped but does not allow saving it', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'chunk', requestId: 'r', text: 'partial' },
      { type: 'fail', requestId: 'r', error: { code: 'CANCELLED', message: 'The summary was stopped.' } },
    ]);
    expect(s.status).toBe('stopped');
    expect(s.text).toBe('partial');
    expect(canSave(s)).toBe(false);
    expect(canCopy(s)).toBe(false);
  });

  it('drops partial text on a failure and keeps the message', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'chunk', requestId: 'r', text: 'partial' },
      { type: 'fail', requestId: 'r', error: { code: 'HOST_CRASHED', message: 'crashed' } },
    ]);
    expect(s.status).toBe('error');
    expect(s.text).toBe('');
    expect(s.error?.code).toBe('HOST_CRASHED');
  });

  it('marks saved once and then refuses a second save', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'finish', requestId: 'r', text: 'S' },
      { type: 'saved', requestId: 'r', noteId: 'n1', versionId: 'v1' },
    ]);
    expect(s.saved).toEqual({ noteId: 'n1', versionId: 'v1' });
    expect(canSave(s)).toBe(false);
    expect(canCopy(s)).toBe(true);
    expect(summaryReducer(s, { type: 'reset' })).toEqual(initialSummaryState);
  });

  const doc = (n: number): StructuredSummary => ({
    format: SUMMARY_FORMAT,
    version: SUMMARY_FORMAT_VERSION,
    style: 'brief',
    sections: [{ title: 'Summary', statements: Array.from({ length: n }, (_, i) => ({ text: `S${i}.`, evidence: ['q'] })) }],
  });
  const stoppedBy = (reason: SummaryProvenance['stopReason']) => ({ stopReason: reason }) as unknown as SummaryProvenance;

  it('marks a summary cut at the length limit incomplete, still savable', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'chunk', requestId: 'r', text: '{"sections":' },
      { type: 'finish', requestId: 'r', text: '- S0.', structured: { summary: doc(1), incomplete: true }, provenance: stoppedBy('maxTokens') },
    ]);
    expect(s).toMatchObject({ status: 'done', incomplete: true });
    expect(canSave(s)).toBe(true);
    expect(statusText(s, false)).toMatch(/^Incomplete/);
  });

  it('keeps the complete statements of a summary stopped by the user, and says when nothing had arrived', () => {
    const withStatements = run([
      { type: 'start', requestId: 'r' },
      { type: 'chunk', requestId: 'r', text: '{"sections":[' },
      { type: 'finish', requestId: 'r', text: '- S0.\n- S1.', structured: { summary: doc(2), incomplete: true }, provenance: stoppedBy('cancelled') },
    ]);
    expect(withStatements).toMatchObject({ status: 'stopped', incomplete: true });
    expect(canSave(withStatements)).toBe(true);
    expect(statusText(withStatements, false)).toMatch(/^Stopped: the summary is incomplete/);

    const nothing = run([
      { type: 'start', requestId: 'r' },
      { type: 'finish', requestId: 'r', text: '', structured: { summary: doc(0), incomplete: true }, provenance: stoppedBy('cancelled') },
    ]);
    expect(canSave(nothing)).toBe(false);
    expect(statusText(nothing, false)).toBe('Stopped before any text arrived. There is nothing to save.');

    const partialOnly = run([
      { type: 'start', requestId: 'r' },
      { type: 'chunk', requestId: 'r', text: '{"sections":[{"title":"Summary","statements":[{"text":"Half' },
      { type: 'finish', requestId: 'r', text: '', structured: { summary: doc(0), incomplete: true }, provenance: stoppedBy('cancelled') },
    ]);
    expect(statusText(partialOnly, false)).toMatch(/before the first statement was complete/);
  });

  it('says "changed since saved" once the note is edited after a save', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'finish', requestId: 'r', text: 'S', provenance: stoppedBy('eos') },
      { type: 'saved', requestId: 'r', noteId: 'n1', versionId: 'v1' },
    ]);
    expect(statusText(s, false)).toBe('Saved to the vault.');
    expect(statusText(s, true)).toMatch(/^Note changed since saved/);
  });
});
