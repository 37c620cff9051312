import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const rows = parseCsv('\ufeffid,note\r\n1,"BP 120/80, HR 72"\n2,"He said ""ok"".\nNext line"\n\n3,plain\n');
    expect(rows).toEqual([
      { id: '1', note: 'BP 120/80, HR 72' },
      { id: '2', note: 'He said "ok".\nNext line' },
      { id: '3', note: 'plain' },
    ]);
  });

  it('fills missing trailing fields and handles no trailing newline', () => {
    expect(parseCsv('a,b,c\n1,2')).toEqual([{ a: '1', b: '2', c: '' }]);
    expect(parseCsv('')).toEqual([]);
  });
});
