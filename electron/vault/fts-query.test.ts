import { describe, expect, it } from 'vitest';
import { ftsQuery } from './notes';

describe('ftsQuery', () => {
  it('turns words into quoted prefix terms and quoted words into a phrase', () => {
    expect(ftsQuery('metfor')).toBe('"metfor"*');
    expect(ftsQuery('warfarin INR')).toBe('"warfarin"* "INR"*');
    expect(ftsQuery('"chest pain" aspirin')).toBe('"chest pain" "aspirin"*');
  });

  it('never passes FTS5 syntax through', () => {
    expect(ftsQuery('a OR b NEAR(c) -d ^e col:f')).toBe('"a"* "OR"* "b"* "NEAR"* "c"* "d"* "e"* "col"* "f"*');
    expect(ftsQuery('"unclosed phrase')).toBe('"unclosed"* "phrase"*');
    expect(ftsQuery('*** ""')).toBeNull();
  });
});
