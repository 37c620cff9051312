// Identifier formats: a few hundred identifiers of every kind, generated in many written formats
// (eval/formats.ts) and planted in clinical sentences, some with no cue word, and clinical look-alikes that must
// survive. The seeds here are not the ones `npm run eval:deid -- --formats` shows while rules are written.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { FORMAT_KINDS, formatCases, keepCases, scoreFormats } from './eval/formats';

const SEEDS = [101, 202, 303, 404];
// Every wave is held to these thresholds once its rules are written (wave 6, written blind and measured at 0.643
// before its rules, now is).
const score = scoreFormats((t) => findIdentifiers(t), SEEDS, 1);

describe('identifier formats', () => {
  it('generates every kind, deterministically per seed', () => {
    expect(formatCases(7)).toEqual(formatCases(7));
    expect(formatCases(7)).not.toEqual(formatCases(8));
    for (const c of formatCases(7)) expect(c.text).toContain(c.part);
    expect(FORMAT_KINDS.length).toBeGreaterThanOrEqual(17);
  });

  // Every kind holds at least 0.9 of its formats over unseen seeds: a format the rules cover fails only for an
  // unlucky value (a day that makes a fraction, a word that is also a chart word), never wholesale.
  it.each(FORMAT_KINDS)('covers %s in its formats', (kind) => {
    const t = score.perKind.get(kind)!;
    const missed = score.misses.filter((m) => m.kind === kind).map((m) => `${m.format}: ${m.part}`);
    expect(t.found / t.total, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('covers at least 0.97 of all planted identifiers', () => {
    let found = 0;
    let total = 0;
    for (const t of score.perKind.values()) {
      found += t.found;
      total += t.total;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.97);
  });

  it('leaves every clinical look-alike untouched', () => {
    expect(score.touched.map((k) => `${k.format}: ${k.part}`)).toEqual([]);
    expect(keepCases().length).toBeGreaterThan(40);
  });

  it('keeps the year of a month and year, and ages up to 89', () => {
    const text = "Last colonoscopy Mar. '21; she is an 89 yo woman, 92 yo husband; aspirin 90 mg, sat 92%.";
    const f = findIdentifiers(text);
    const covered = (part: string) => {
      const at = text.indexOf(part);
      return f.some((x) => x.start < at + part.length && at < x.end);
    };
    expect(covered('Mar.')).toBe(true);
    expect(covered('89')).toBe(false);
    expect(covered('92 yo') && covered('92')).toBe(true);
    expect(covered('90 mg')).toBe(false);
    expect(covered('92%')).toBe(false);
  });
});
