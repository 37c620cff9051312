// A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks (the kit's
// dialogues and notes do). Returns one object per row keyed by the header line.

/** The rows as arrays of fields (a leading BOM is skipped). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One object per row, keyed by the header line; blank rows are dropped. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...body] = csvRows(text);
  if (!header) return [];
  return body.filter((r) => r.some((f) => f !== '')).map((r) => Object.fromEntries(header.map((k, j) => [k, r[j] ?? ''])));
}
