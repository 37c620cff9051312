// The extractive engine on every note of the data kit: MTSamples reports and ACI-Bench visit notes.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../shared/summary-templates';
import { kitDir, kitNotes } from '../eval/kit-sets';
import { extractiveSummary } from './extractive-summary';
import { findSections, type SectionKind } from './sections';
import { faithfulnessProblems } from './test-notes';

const kit = kitNotes(kitDir());
if (!kit) console.log(`skipping the extractive kit test: the data kit was not found at ${kitDir()} (set LOCKSCRIBE_KIT)`);

/** Has a section of this kind with words in it (an empty "ALLERGIES:," has nothing to find). */
function hasFilled(note: string, kind: SectionKind): boolean {
  return findSections(note).some((s) => s.kind === kind && /[A-Za-z]{3}/.test(note.slice(s.bodyStart, s.end)));
}

describe.skipIf(!kit)('extractive engine on the kit', () => {
  const sets: Record<string, readonly string[]> = kit ? { mtsamples: kit.mtsamples, 'aci-bench notes': kit.aciNotes } : {};
  for (const [name, notes] of Object.entries(sets)) {
    it(`${name}: every statement is verbatim and agrees with its quote, in every template`, () => {
      expect(notes.length).toBeGreaterThan(10);
      const problems: string[] = [];
      let total = 0;
      notes.forEach((note, n) => {
        for (const id of TEMPLATE_IDS) {
          const s = extractiveSummary(note, id);
          total += s.sections.reduce((a, sec) => a + sec.statements.length, 0);
          for (const p of faithfulnessProblems(note, s)) problems.push(`note ${n}: ${p}`);
        }
      });
      expect(problems.slice(0, 20)).toEqual([]);
      expect(total).toBeGreaterThan(notes.length * TEMPLATE_IDS.length);
    });

    it(`${name}: medications and allergies are found wherever the note has those sections`, () => {
      const missing: string[] = [];
      let withMeds = 0;
      let withAllergies = 0;
      notes.forEach((note, n) => {
        const meds = hasFilled(note, 'medications');
        const allergies = hasFilled(note, 'allergies');
        withMeds += meds ? 1 : 0;
        withAllergies += allergies ? 1 : 0;
        if (!meds && !allergies) return;
        for (const id of TEMPLATE_IDS) {
          const texts = extractiveSummary(note, id).sections.flatMap((s) => s.statements.map((st) => st.text));
          if (meds && !texts.some((t) => /^(?:Medication|Medicine)/.test(t))) missing.push(`note ${n} ${id}: no medication`);
          if (allergies && !texts.some((t) => /^Allerg/.test(t))) missing.push(`note ${n} ${id}: no allergy`);
        }
      });
      expect(missing.slice(0, 20)).toEqual([]);
      // The kit has such notes; a parser that found none would pass the loop above vacuously.
      expect(withMeds).toBeGreaterThan(10);
      expect(withAllergies).toBeGreaterThan(10);
    });
  }
});
