// The records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts), plants each frame in
// every one of its four rounds, and names all eighteen Safe Harbor kinds in its frames.
import { describe, expect, it } from 'vitest';
import { RECORDS_KINDS, recordsWaveCases, recordsKeepCases } from './records-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('records', { cases: recordsWaveCases, keeps: recordsKeepCases, rounds: 4, minFrames: 70 });

describe('records wave generator, its own checks', () => {
  it('plants each frame every round', () => {
    const cases = recordsWaveCases(23, 4);
    // a frame that keeps failing its redraws would silently thin out: each must reach all four rounds
    for (const f of new Set(cases.map((c) => c.frame))) expect(new Set(cases.filter((c) => c.frame === f).map((c) => c.text)).size, f).toBe(4);
  });

  it('represents all 18 Safe Harbor kinds through frame-name prefixes', () => {
    expect(RECORDS_KINDS).toHaveLength(18);
    const prefixes = new Set(recordsWaveCases(5, 1).map((c) => c.frame.split(':')[0]!));
    for (const k of RECORDS_KINDS) expect(prefixes.has(k), k).toBe(true);
    for (const p of prefixes) expect([...RECORDS_KINDS, 'block'].includes(p), p).toBe(true);
  });
});
