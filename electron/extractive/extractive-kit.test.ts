// The extractive engine on every note of the data kit: MTSamples reports and ACI-Bench visit notes.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../shared/summary-templates';
import { kitDir, kitNotes } from '../eval/kit-sets';
import type { VerifyFn } from '../eval/run-eval';
import { extractiveSummary } from './extractive-summary';
import { extractFacts } from './facts';
import { findSections, type NoteSection, type SectionKind } from './sections';
import { faithfulnessProblems } from './test-notes';
import { verifySummary } from '../verifier/verify-summary';

// Every statement the extractive engine writes must pass the verifier with no flag.
const verifier: VerifyFn = verifySummary;

const kit = kitNotes(kitDir());
if (!kit) console.log(`skipping the extractive kit test: the data kit was not found at ${kitDir()} (set LOCKSCRIBE_KIT)`);

/** Has a section of this kind with words in it (an empty "ALLERGIES:," has nothing to find). */
function hasFilled(note: string, sections: readonly NoteSection[], kind: SectionKind): boolean {
  return sections.some((s) => s.kind === kind && /[A-Za-z]{3}/.test(note.slice(s.bodyStart, s.end)));
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
          if (verifier) {
            const report = verifier(note, s);
            // Kinds and positions only: a failure must not print note text.
            for (const st of report.statements) for (const f of st.flags) problems.push(`note ${n} ${id} section ${st.section} statement ${st.index}: ${f.kind}`);
          }
        }
      });
      expect(problems.slice(0, 20)).toEqual([]);
      expect(total).toBeGreaterThan(notes.length * TEMPLATE_IDS.length);
    });

    it(`${name}: medications and allergies are found wherever the note has those sections, and every template shows them`, () => {
      const missing: string[] = [];
      let withMeds = 0;
      let withAllergies = 0;
      notes.forEach((note, n) => {
        const sections = findSections(note);
        const facts = extractFacts(note, sections);
        for (const [kind, fact] of [['medications', 'medication'], ['allergies', 'allergy']] as const) {
          if (!hasFilled(note, sections, kind)) continue;
          if (kind === 'medications') withMeds++;
          else withAllergies++;
          const found = facts.filter((f) => f.kind === fact);
          if (found.length === 0) {
            missing.push(`note ${n}: no ${fact}`);
            continue;
          }
          for (const id of TEMPLATE_IDS) {
            const quotes = new Set(extractiveSummary(note, id).sections.flatMap((s) => s.statements.flatMap((st) => st.evidence)));
            if (!found.every((f) => quotes.has(note.slice(f.start, f.end)))) missing.push(`note ${n} ${id}: a ${fact} left out`);
          }
        }
      });
      expect(missing.slice(0, 20)).toEqual([]);
      // The kit has such notes; a parser that found none would pass the loop above vacuously.
      expect(withMeds).toBeGreaterThan(10);
      expect(withAllergies).toBeGreaterThan(10);
    });
  }
});
