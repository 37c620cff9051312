// The splitter on every note of the data kit (MTSamples reports, ACI-Bench visit notes), each forced
// into about four parts: the parts tile the note, each fits, a section that fits is never split, and
// no sentence is cut. A word-count meter stands in for the tokenizer; failures print no note text.
import { describe, expect, it } from 'vitest';
import { kitDir, kitNotes } from '../eval/kit-sets';
import { findSections } from '../extractive/sections';
import { splitUnits } from '../extractive/units';
import { isAppFailure } from '../base/app-failure';
import { firstText, splitNote } from './split-note';

const kit = kitNotes(kitDir());
if (!kit) console.log(`skipping the splitter kit test: the data kit was not found at ${kitDir()} (set LOCKSCRIBE_KIT)`);

const OVERHEAD = 50;
const tokens = (t: string) => (t.match(/\w+|[^\w\s]/g) ?? []).length;

describe.skipIf(!kit)('splitNote on the kit', () => {
  const sets: Record<string, readonly string[]> = kit ? { mtsamples: kit.mtsamples, 'aci-bench notes': kit.aciNotes } : {};
  for (const [name, notes] of Object.entries(sets)) {
    it(`${name}: about four parts each, along sections, never inside a sentence`, async () => {
      const problems: string[] = [];
      let split = 0;
      let refused = 0;
      for (const [n, note] of notes.entries()) {
        const budget = OVERHEAD + Math.max(120, Math.ceil(tokens(note) / 4));
        const meter = { budget, count: (t: string) => Promise.resolve({ noteTokens: tokens(t), promptTokens: tokens(t) + OVERHEAD }) };
        let parts;
        try {
          parts = await splitNote(note, meter);
        } catch (e) {
          // Only a sentence longer than a part may stop it.
          if (isAppFailure(e) && e.code === 'NOTE_TOO_LONG_FOR_MODEL') refused++;
          else problems.push(`note ${n}: threw`);
          continue;
        }
        if (parts.length > 1) split++;
        if (parts[0]?.start !== 0 || parts.at(-1)?.end !== note.length) problems.push(`note ${n}: does not cover the note`);
        parts.forEach((p, i) => {
          if (i > 0 && p.start !== parts[i - 1]!.end) problems.push(`note ${n}: gap or overlap at part ${i}`);
          if (tokens(note.slice(p.start, p.end)) + OVERHEAD > budget) problems.push(`note ${n}: part ${i} does not fit`);
        });
        const cuts = parts.slice(1).map((p) => p.start);
        for (const s of findSections(note)) {
          if (s.bodyStart > s.headerStart && firstText(note, s.bodyStart, s.end) < s.end && cuts.includes(firstText(note, s.bodyStart, s.end))) problems.push(`note ${n}: a header was left without its text`);
          if (tokens(note.slice(s.headerStart, s.end)) + OVERHEAD > budget) continue;
          if (cuts.some((c) => c > s.headerStart && c < s.end)) problems.push(`note ${n}: a section that fits was split`);
        }
        for (const u of findSections(note).flatMap((s) => splitUnits(note, s.bodyStart, s.end))) {
          if (cuts.some((c) => c > u.start && c < u.end)) problems.push(`note ${n}: a sentence was cut`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
      expect(split).toBeGreaterThan(notes.length * 0.8);
      expect(refused).toBeLessThan(notes.length * 0.02);
    }, 120_000);
  }
});
