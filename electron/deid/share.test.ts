import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './find';
import { applyEdits, CLINICIAN_RULE, deidentifyPair, findTogether, formatShareFile, NOTE_NAME_RULE, REDACTION_HEADER } from './share';
import { isAppFailure } from '../base/app-failure';

const NOTE = 'Mrs. Delphine Okonkwo was admitted on 02/03/2024 and discharged on 02/10/2024. Call 555-867-5309.';
const SUMMARY = 'Okonkwo was admitted 02/03/2024 and discharged 02/10/2024.';

const code = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return isAppFailure(e) ? e.code : 'other';
  }
};

describe('de-identified sharing', () => {
  it('applies un-marks and marks, keeping the result sorted and labelled with who found it', () => {
    const found = findIdentifiers(NOTE);
    const phone = found.find((f) => f.kind === 'PHONE')!;
    const admitted = NOTE.indexOf('admitted');
    const out = applyEdits(NOTE, found, { removed: [phone], added: [{ start: admitted, end: admitted + 8, kind: 'ID' }] });
    expect(out.some((f) => f.kind === 'PHONE')).toBe(false);
    expect(out.find((f) => f.kind === 'ID')).toMatchObject({ start: admitted, rule: CLINICIAN_RULE });
    expect(out.map((f) => f.start)).toEqual([...out.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('refuses a mark that overlaps a finding still marked, one past the end, and an un-mark of nothing found', () => {
    const found = findIdentifiers(NOTE);
    const name = found.find((f) => f.kind === 'NAME')!;
    expect(code(() => applyEdits(NOTE, found, { removed: [], added: [{ start: name.start + 1, end: name.end + 2, kind: 'NAME' }] }))).toBe('INVALID_REQUEST');
    expect(code(() => applyEdits(NOTE, found, { removed: [], added: [{ start: NOTE.length - 1, end: NOTE.length + 1, kind: 'ID' }] }))).toBe('INVALID_REQUEST');
    expect(code(() => applyEdits(NOTE, found, { removed: [{ start: 0, end: 3, kind: 'DATE' }], added: [] }))).toBe('INVALID_REQUEST');
    // Un-marking the finding first makes room for a wider mark over it.
    expect(code(() => applyEdits(NOTE, found, { removed: [name], added: [{ start: 0, end: name.end, kind: 'NAME' }] }))).toBeNull();
  });

  it("finds a name from the note where the summary uses it bare, but not everyday words, clinical words or lower case", () => {
    const note = 'Patient: Grace Okonkwo. Seen with Dr. Parkinson Vasquez-Ruiz.';
    const summary = "Okonkwo's tremor; OKONKWO stable. Grace under pressure. okonkwo lower case. Parkinson disease. Vasquez-Ruiz to review.";
    const [, found] = findTogether([note, summary]);
    const texts = found!.map((f) => summary.slice(f.start, f.end));
    expect(texts).toEqual(expect.arrayContaining(["Okonkwo's", 'OKONKWO', 'Vasquez-Ruiz']));
    expect(texts.some((t) => /Grace|okonkwo|Parkinson/.test(t))).toBe(false);
    expect(found!.filter((f) => f.rule === NOTE_NAME_RULE).length).toBeGreaterThanOrEqual(2);
    // A name only in the note given as a source (the guard on a saved summary) counts the same way.
    expect(findTogether(['Okonkwo improved.'], [note])[0]!.map((f) => f.kind)).toEqual(['NAME']);
    expect(findTogether(['Okonkwo improved.'])[0]).toEqual(findIdentifiers('Okonkwo improved.'));
  });

  it('gives note and summary the same fake name and the same date shift in surrogate mode', () => {
    const [n, m] = findTogether([NOTE, SUMMARY]);
    const pair = deidentifyPair(NOTE, n!, SUMMARY, m!, 'surrogate', 'k'.repeat(64));
    expect(pair.note).not.toContain('Okonkwo');
    const fake = /Mrs\. \w+ (\w+)/.exec(pair.note)![1]!;
    expect(pair.summary.startsWith(fake)).toBe(true);
    const dates = (t: string) => [...t.matchAll(/\d{2}\/\d{2}\/\d{4}/g)].map((m) => m[0]);
    expect(dates(pair.note)).toEqual(dates(pair.summary));
    const [a, b] = dates(pair.note).map((d) => Date.parse(d));
    expect((b! - a!) / 86_400_000).toBe(7);
    expect(dates(pair.note)[0]).not.toBe('02/03/2024');
  });

  it('writes a header and no dates, ids or titles of its own, as text or JSON', () => {
    const [n, m] = findTogether([NOTE, SUMMARY]);
    const pair = deidentifyPair(NOTE, n!, SUMMARY, m!, 'redact', null);
    const txt = formatShareFile(pair, 'redact', 3, 'txt');
    expect(txt.split('\n')[0]).toBe(REDACTION_HEADER);
    expect(txt).toContain('== Signed summary (version 3) ==');
    expect(txt).not.toMatch(/Okonkwo|555-867|02\/03/);
    const json = JSON.parse(formatShareFile(pair, 'surrogate', 3, 'json')) as { header: string; note: string };
    expect(json.header).toMatch(/not Safe Harbor/);
    expect(json.note).toBe(pair.note);
  });
});
