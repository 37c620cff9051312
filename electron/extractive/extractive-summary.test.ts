import { describe, expect, it } from 'vitest';
import type { StructuredSummary } from '../../shared/summary-format';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS } from '../../shared/summary-templates';
import { TEMPLATE_PLANS, extractiveSummary, renderSummaryText } from './extractive-summary';
import { findSections } from './sections';
import { TEST_NOTES, faithfulnessProblems } from './test-notes';

const statements = (s: StructuredSummary) => s.sections.flatMap((sec) => sec.statements);

function expectFaithful(note: string, summary: StructuredSummary): void {
  expect(faithfulnessProblems(note, summary)).toEqual([]);
}

describe('extractiveSummary', () => {
  it('has a section plan for every section of every template', () => {
    for (const id of TEMPLATE_IDS) expect(TEMPLATE_PLANS[id]).toHaveLength(SUMMARY_TEMPLATES[id].sections.length);
  });

  it('writes every template with its sections, in order, from the note alone', () => {
    for (const note of TEST_NOTES) {
      for (const id of TEMPLATE_IDS) {
        const s = extractiveSummary(note.text, id);
        expect(s.style).toBe(id);
        expect(s.sections.map((x) => x.title)).toEqual(SUMMARY_TEMPLATES[id].sections.map((x) => x.title));
        expect(statements(s).length, `${note.name} / ${id}`).toBeGreaterThan(2);
        expectFaithful(note.text, s);
      }
    }
  });

  it('finds every medication and allergy of the hand-made notes', () => {
    for (const note of TEST_NOTES) {
      for (const id of TEMPLATE_IDS) {
        const all = statements(extractiveSummary(note.text, id)).map((st) => st.text);
        for (const med of note.medications) expect(all.some((t) => t.includes(med)), `${note.name} / ${id}: ${med}`).toBe(true);
        for (const a of note.allergies) expect(all.some((t) => t.includes(a) && /allerg|nkda/i.test(t)), `${note.name} / ${id}: ${a}`).toBe(true);
      }
    }
  });

  it('puts facts where the template asks for them', () => {
    const note = TEST_NOTES[0]!.text;
    const soap = extractiveSummary(note, 'soap');
    const text = (title: string) => soap.sections.find((s) => s.title === title)!.statements.map((s) => s.text).join('\n');
    expect(text('Subjective')).toMatch(/Tiotropium 18 mcg/);
    expect(text('Objective')).toMatch(/BP 142\/88/);
    expect(text('Objective')).toMatch(/WBC 14\.2/);
    expect(text('Assessment')).toMatch(/COPD exacerbation/);
    expect(text('Plan')).toMatch(/prednisone 40 mg/);
    expect(text('Plan')).toMatch(/Follow up in 1 week/);

    const discharge = extractiveSummary(TEST_NOTES[3]!.text, 'discharge');
    const d = (title: string) => discharge.sections.find((s) => s.title === title)!.statements.map((s) => s.text).join('\n');
    expect(d('Procedures')).toMatch(/hemiarthroplasty on 03\/15\/2024/);
    expect(d('Allergies')).toMatch(/Codeine/);
    expect(d('Discharge medications')).toMatch(/Apixaban 5 mg twice daily/);

    const handoff = extractiveSummary(note, 'handoff');
    expect(handoff.sections[4]!.statements).toEqual([]); // synthesis is the receiver's
    expect(handoff.sections[3]!.statements.map((s) => s.text).join('\n')).toMatch(/Return to the emergency department/);
  });

  it('quotes whole sentences or list items, never part of one', () => {
    for (const note of TEST_NOTES) {
      for (const st of statements(extractiveSummary(note.text, 'soap'))) {
        const q = st.evidence[0]!;
        const at = note.text.indexOf(q);
        const before = note.text.slice(Math.max(0, at - 3), at);
        const after = note.text.slice(at + q.length, at + q.length + 2);
        // Starts at a line, item or sentence start (after a header colon, a list marker, a sentence end).
        expect(at === 0 || /(?:^|[\n:.,;)\-•]|\d\.)\s*$/.test(before), `${note.name}: ${q}`).toBe(true);
        // Ends at a sentence end, an item end or the end of the note.
        expect(/[.!?%)\w]$/.test(q) && (after === '' || /^[\s,]/.test(after)), `${note.name}: ${q}`).toBe(true);
      }
    }
  });

  it('is deterministic, and refuses an unknown template', () => {
    const note = TEST_NOTES[1]!.text;
    expect(JSON.stringify(extractiveSummary(note, 'referral'))).toBe(JSON.stringify(extractiveSummary(note, 'referral')));
    expect(() => extractiveSummary(note, 'haiku')).toThrow(/unknown summary template/);
  });

  it('copes with no headers, a dialogue, and a note with nothing to extract', () => {
    const plain = 'Seen today for a cough. Started azithromycin 250 mg daily. Allergic to penicillin. Follow up in 2 weeks.';
    const s = extractiveSummary(plain, 'brief');
    expectFaithful(plain, s);
    expect(renderSummaryText(s)).toMatch(/azithromycin 250 mg daily[\s\S]*Allergic to penicillin[\s\S]*Follow up in 2 weeks/);

    const dialogue = '[doctor] how are you doing ?\n[patient] okay , still taking the lisinopril 10 mg every day .\n[doctor] any allergies to medicines ?\n[patient] no , none .\n[doctor] let us follow up in 3 months .';
    const d = extractiveSummary(dialogue, 'soap');
    expectFaithful(dialogue, d);
    expect(statements(d).map((x) => x.text).join('\n')).toMatch(/lisinopril 10 mg/);
    expect(statements(d).every((x) => !x.evidence[0]!.startsWith('['))).toBe(true);
    // The clinician's plan in a visit conversation lands in the plan; small talk does not.
    const visit = "[doctor] good morning .\n[patient] my knee has been swelling and it hurts when i climb stairs .\n[doctor] on exam , i see an effusion of the right knee .\n[doctor] i'm going to order an mri of the right knee and start meloxicam 15 mg daily .";
    const v = extractiveSummary(visit, 'soap');
    expectFaithful(visit, v);
    const sec = (title: string) => v.sections.find((x) => x.title === title)!.statements.map((x) => x.text).join('\n');
    expect(sec('Subjective')).toMatch(/knee has been swelling/);
    expect(sec('Objective')).toMatch(/effusion of the right knee/);
    expect(sec('Plan')).toMatch(/order an mri/);
    expect(renderSummaryText(v)).not.toMatch(/good morning/);

    const nothing = extractiveSummary('ok', 'patient');
    expect(nothing.sections).toHaveLength(SUMMARY_TEMPLATES.patient.sections.length);
    expect(statements(nothing)).toEqual([]);
    expect(renderSummaryText(nothing)).toMatch(/nothing in the note/);
  });

  it('recognizes sections in the hand-made layouts', () => {
    const kinds = (t: string) => findSections(t).map((s) => s.kind);
    expect(kinds(TEST_NOTES[0]!.text)).toEqual(['complaint', 'hpi', 'medications', 'allergies', 'vitals', 'labs', 'assessment-plan']);
    expect(kinds(TEST_NOTES[1]!.text)).toEqual(['subjective', 'medications', 'allergies', 'exam', 'assessment', 'plan']);
    expect(kinds(TEST_NOTES[2]!.text)).toEqual(['subjective', 'exam', 'assessment', 'plan', 'allergies', 'followup']);
    expect(kinds(TEST_NOTES[3]!.text)).toEqual(['hpi', 'pmh', 'medications', 'allergies', 'procedure', 'assessment-plan']);
    expect(kinds(TEST_NOTES[4]!.text)).toEqual(['hpi', 'exam', 'labs', 'assessment-plan']);
    for (const note of TEST_NOTES) {
      for (const s of findSections(note.text)) {
        expect(note.text.slice(s.headerStart).startsWith(s.title)).toBe(true);
        expect(s.headerStart <= s.bodyStart && s.bodyStart <= s.end).toBe(true);
      }
    }
    // A problem named like a section is not a header.
    expect(kinds('ASSESSMENT AND PLAN\nAllergic rhinitis\nContinue Flonase.\nAnaphylactic reaction due to peanuts\nCarry an EpiPen.')).toEqual(['assessment-plan']);
  });
});
