import { describe, expect, it } from 'vitest';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from './summary-format';
import { readingLevel } from './reading-level';
import { summaryProse, summaryReadingLevel } from './summary-reading-level';

function doc(style: string, statements: readonly string[][]): StructuredSummary {
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_FORMAT_VERSION,
    style,
    sections: statements.map((texts, i) => ({ title: `S${i}`, statements: texts.map((text) => ({ text, evidence: ['x'] })) })),
  };
}

const PLAIN = [['You came in because your chest hurt.', 'Your heart test was normal'], ['Take one aspirin each day.'], ['Call us if the pain comes back.']];
const DENSE = [
  ['Presentation consistent with atypical chest discomfort, etiology indeterminate, cardiovascular investigations unremarkable.'],
  ['Commence acetylsalicylic acid prophylactically; cardiology consultation regarding noninvasive functional evaluation.'],
];

describe('summaryReadingLevel', () => {
  it('measures a patient-friendly summary against its grade-8 target', () => {
    const easy = summaryReadingLevel(doc('patient', PLAIN))!;
    expect(easy.target).toBe(8);
    expect(easy.grade).toBeLessThanOrEqual(8);
    expect(easy.meetsTarget).toBe(true);
    expect(easy.sentences).toBe(4);
    const hard = summaryReadingLevel(doc('patient', DENSE))!;
    expect(hard.grade).toBeGreaterThan(8);
    expect(hard.meetsTarget).toBe(false);
  });

  it('has nothing to say for templates without a target, or unknown styles', () => {
    for (const style of ['brief', 'soap', 'referral', 'discharge', 'haiku']) expect(summaryReadingLevel(doc(style, PLAIN))).toBeNull();
  });

  it('counts each statement as a sentence, ended or not', () => {
    expect(summaryProse(doc('patient', [['You are well', ' '], ['Rest today!']]))).toBe('You are well. Rest today!');
    const unended = doc('patient', [['You have a cold', 'Drink water', 'Rest at home', 'Come back in a week']]);
    expect(summaryReadingLevel(unended)!.sentences).toBe(4);
    expect(summaryReadingLevel(unended)!.grade).toBe(readingLevel('You have a cold. Drink water. Rest at home. Come back in a week.').grade);
  });

  it('reads an empty summary as grade 0, which meets the target', () => {
    expect(summaryReadingLevel(doc('patient', [[], []]))).toMatchObject({ grade: 0, words: 0, meetsTarget: true });
  });
});
