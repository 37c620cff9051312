import { describe, expect, it } from 'vitest';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS, templateById, templateTag } from './summary-templates';

describe('summary templates', () => {
  it('has one versioned template per id, each with its own distinct sections', () => {
    for (const id of TEMPLATE_IDS) {
      const t = templateById(id)!;
      expect(t.id).toBe(id);
      expect(Number.isInteger(t.version) && t.version >= 1).toBe(true);
      expect(t.sections.length).toBeGreaterThanOrEqual(4);
      expect(new Set(t.sections.map((s) => s.title)).size).toBe(t.sections.length);
      for (const s of t.sections) expect(s.instruction.length).toBeGreaterThan(10);
      expect(t.instructions).toMatch(/exact words of the note/);
    }
    expect(Object.keys(SUMMARY_TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it('follows I-PASS for handoffs and aims patient text at grade 8', () => {
    expect(SUMMARY_TEMPLATES.handoff.sections.map((s) => s.title[0])).toEqual(['I', 'P', 'A', 'S', 'S']);
    expect(SUMMARY_TEMPLATES.patient.readingLevel).toBe(8);
    expect(SUMMARY_TEMPLATES.soap.sections.map((s) => s.title)).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
  });

  it('finds templates by id only', () => {
    expect(templateById('haiku')).toBeUndefined();
    expect(templateById('toString')).toBeUndefined();
    expect(templateTag(SUMMARY_TEMPLATES.referral)).toBe('referral@1');
  });
});
