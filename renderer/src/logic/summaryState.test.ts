import { describe, expect, it } from 'vitest';
import { canCopy, canSave, initialSummaryState, summaryReducer, type SummaryAction, type SummaryState } from './summaryState';

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
});
