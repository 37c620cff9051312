// A pattern's gate only saves time: it must pass every text its pattern matches, so findings with and
// without gates are the same.
import { describe, expect, it } from 'vitest';
import { formatCases, keepCases } from './eval/formats';
import { PATTERN_GATES, patternCandidates } from './patterns';

const HAND_WRITTEN = [
  'Contact j.smith@example.org or jsmith at gmail dot com; portal www.example-clinic.health/login.',
  'Device at fe80::1ff:fe23:4567:890a%eth0 and 2001:db8:85a3:0:0:8a2e:370:7334, also ::1 and ::ffff:192.0.2.128.',
  'Mail to PSC 1234, Box 5678, APO AE 09123; served on the USS Enterprise.',
  'She is ninety-three years old; aged one hundred and two; a hundred year old man.',
  "Admitted in '19, CVA 74', from MA '05.",
  'Seen 3/4 - 3/9 and again 12/1-12/3; since March; in march; early March.',
  'Reviewed at 10:30, BP 120/80, 2/6 murmur, 1/2 tab, pain 4/10, strength 5/5.',
];

describe('pattern gates', () => {
  it('are not global (a global gate would remember where it stopped)', () => {
    expect(PATTERN_GATES.length).toBeGreaterThan(0);
    for (const g of PATTERN_GATES) expect(g.global || g.sticky, g.source).toBe(false);
  });

  it('change no finding on generated formats, look-alikes and hand-written texts', () => {
    const texts = [...[11, 12, 13].flatMap((s) => formatCases(s).map((c) => c.text)), ...keepCases().map((c) => c.text), ...HAND_WRITTEN];
    let found = 0;
    for (const t of texts) {
      const gated = patternCandidates(t);
      expect(gated, t).toEqual(patternCandidates(t, { gates: false }));
      found += gated.length;
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });

  it('skip texts without their literal', () => {
    const plain = 'Pt resting comfortably, vitals stable, no events overnight.';
    expect(PATTERN_GATES.filter((g) => g.test(plain))).toEqual([]);
  });
});
