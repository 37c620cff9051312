// Identifiers in structured text pasted into a note: HL7 v2 segments ("PID|1||332626^^^MRN||NGUYEN^KENJI^C")
// and comma-, tab-, semicolon- or pipe-separated tables under a header row ("last,first,dx"). Their
// values carry no words around them to say what they are; the field's position or the column's name does.
import type { Candidate } from './patterns';
import type { DeidKind } from './kinds';

/** HL7 v2 fields that identify a person, by segment and 1-based field number. */
const HL7_FIELDS: Readonly<Record<string, Readonly<Record<number, DeidKind>>>> = {
  PID: { 3: 'MRN', 5: 'NAME', 6: 'NAME', 9: 'NAME', 11: 'LOCATION', 13: 'PHONE', 14: 'PHONE', 18: 'ACCOUNT', 19: 'SSN', 20: 'LICENSE' },
  NK1: { 2: 'NAME', 4: 'LOCATION', 5: 'PHONE', 6: 'PHONE' },
  GT1: { 3: 'NAME', 5: 'LOCATION', 6: 'PHONE', 7: 'PHONE', 12: 'SSN' },
  IN1: { 16: 'NAME', 19: 'LOCATION', 36: 'HEALTH_PLAN', 49: 'HEALTH_PLAN' },
  IN2: { 2: 'SSN', 6: 'HEALTH_PLAN', 8: 'HEALTH_PLAN' },
  PV1: { 7: 'NAME', 8: 'NAME', 9: 'NAME', 17: 'NAME', 19: 'ACCOUNT' },
  MRG: { 1: 'MRN', 7: 'NAME' },
};

/** Address components (street^other^city^state^zip^country): the state and country may stay. */
const KEEP_ADDRESS_PARTS = new Set([3, 5]);

function hl7Candidates(text: string, out: Candidate[]): void {
  // A segment starts a line, or follows other words on it ("triage: PID|1||..."): its name and a set id mark it.
  const re = /(?<!\w)((PID|NK1|GT1|IN1|IN2|PV1|MRG)\|\d{0,4}\|.*)$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const fields = HL7_FIELDS[m[2]!]!;
    const segment = m[1]!;
    let at = m.index + m[0].length - segment.length + 4;
    const parts = segment.slice(4).split('|');
    parts.forEach((field, k) => {
      const kind = fields[k + 1];
      if (kind && field.trim()) {
        // A field repeats with "~" and has components with "^"; each component with a letter or digit is redacted,
        // except an address's state and country and the type codes of names and numbers after the first three.
        let c = at;
        field.split(/([~^&])/).forEach((piece, j) => {
          const index = j / 2;
          const comp = Number.isInteger(index) ? index : -1;
          if (comp >= 0 && /[\p{L}\p{N}]/u.test(piece)) {
            const keep = (kind === 'LOCATION' && KEEP_ADDRESS_PARTS.has(comp)) || (kind !== 'LOCATION' && comp >= (kind === 'NAME' ? 4 : 1) && !/\d/.test(piece));
            if (!keep) out.push({ start: c, end: c + piece.length, kind: kind === 'LOCATION' && comp === 4 ? 'ZIP' : kind, rule: 'hl7-field', priority: 8 });
          }
          c += piece.length;
        });
      }
      at += field.length + 1;
    });
  }
}

/** Column names and the kind of their values. */
const COLUMN_KINDS: readonly (readonly [RegExp, DeidKind])[] = [
  [/^(?:(?:pt|patient|member|subscriber|insured|guarantor|provider|physician|doctor|attending|nurse|contact|emergency[ _]?contact|nok|next[ _]of[ _]kin|mother|father|spouse|witness|referring)[ _]?)?(?:name|full[ _]?name|first|last|first[ _]?name|last[ _]?name|given|given[ _]?names?|family[ _]?name|surname|middle[ _]?name|fname|lname)$/i, 'NAME'],
  [/^(?:zip|zip[ _]?code|zipcode|postal|postal[ _]?code|postcode)$/i, 'ZIP'],
  [/^(?:address|address[ _]?[12]|addr|street|street[ _]?address|city|town|county)$/i, 'LOCATION'],
  [/^(?:age|age[ _]?years|age[ _]?yrs|age[ _]?y)$/i, 'AGE'],
  [/^(?:dob|birth[ _]?date|date[ _]?of[ _]?birth|birthdate|dod|death[ _]?date|date[ _]?of[ _]?death|admit[ _]?date|admission[ _]?date|discharge[ _]?date|visit[ _]?date|service[ _]?date|dos)$/i, 'DATE'],
  [/^(?:phone|tel|telephone|mobile|home[ _]?phone|work[ _]?phone|cell[ _]?phone|contact[ _]?phone)$/i, 'PHONE'],
  [/^(?:fax)$/i, 'FAX'],
  [/^(?:e-?mail|email[ _]?address)$/i, 'EMAIL'],
  [/^(?:mrn|medical[ _]?record[ _]?(?:number|no)|chart[ _]?(?:number|no)|patient[ _]?id|pt[ _]?id)$/i, 'MRN'],
  [/^(?:ssn|social[ _]?security(?:[ _]?(?:number|no))?)$/i, 'SSN'],
  [/^(?:member[ _]?id|policy(?:[ _]?(?:number|no))?|subscriber[ _]?id|insurance[ _]?id|medicaid[ _]?id|medicare[ _]?id|mbi)$/i, 'HEALTH_PLAN'],
  [/^(?:account|acct|account[ _]?(?:number|no))$/i, 'ACCOUNT'],
];

function columnKind(name: string): DeidKind | null {
  const n = name.trim().replace(/^["']|["']$/g, '');
  for (const [re, kind] of COLUMN_KINDS) if (re.test(n)) return kind;
  return null;
}

function tableCandidates(text: string, out: Candidate[]): void {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.text.replace(/\r$/, '');
    const sep = [',', '\t', ';', '|'].find((s) => line.includes(s));
    if (!sep) continue;
    // The header may follow other words on its line ("billing note: city,state,zip"): it is the longest run of
    // column names at the line's end, the first of them the last word of its field.
    const fields = line.split(sep);
    let first = fields.length;
    let prose = false;
    while (first > 0 && /^\s*["']?[A-Za-z][A-Za-z0-9_#-]*(?: [A-Za-z0-9_#-]+){0,2}["']?\s*$/.test(fields[first - 1]!)) {
      first--;
      // After a comma, a field with a space before it is where prose ends and the header begins.
      if (sep === ',' && /^\s/.test(fields[first]!)) {
        fields[first] = fields[first]!.trimStart();
        prose = true;
        break;
      }
    }
    if (!prose && first > 0 && first < fields.length) {
      const tail = /[A-Za-z][A-Za-z0-9_#-]*$/.exec(fields[first - 1]!);
      if (tail && /[\s:|"(]$/.test(fields[first - 1]!.slice(0, tail.index))) {
        fields[first - 1] = tail[0];
        first--;
      }
    }
    const names = fields.slice(first);
    const header = names.join(sep);
    // A header row is short names only, one of them a column that holds an identifier.
    // Two columns only without spaces ("age_years,sex"), so "Address, phone and email verified." is no header.
    // Prose puts a space after its commas ("name, dob, mrn verified"); an exported header does not.
    if (names.length < 2 || names.length > 40 || (sep === ',' && names.slice(1).some((n) => /^\s/.test(n)))) continue;
    if (names.length === 2 && sep === ',' && /\S\s+\S/.test(header)) continue;
    const kinds = names.map(columnKind);
    // Two columns that hold identifiers, or one whose name is unmistakably a field's ("age_years", "zip", "mrn"):
    // one word that is also a column's name in a list of findings ("HTN,DM,AGE") is not enough.
    const known = kinds.filter((k) => k !== null).length;
    if (known === 0 || (known === 1 && !names.some((n, k) => kinds[k] && /_|^\s*(?:zip|zipcode|mrn|dob|ssn|e-?mail|phone)\s*$/i.test(n)))) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j]!.text.replace(/\r$/, '');
      // A row pasted inline may run on into the sentence with more commas: its first cells are the table's.
      const cells = row.split(sep);
      if (cells.length < names.length || (cells.length > names.length && j > i + 1)) break;
      cells.length = names.length;
      // A row whose cells are labelled ("PSH: CABG") is a line of the note, not a record.
      if (cells.some((c) => /\w:\s/.test(c))) break;
      let c = lines[j]!.start;
      cells.forEach((cell, k) => {
        const kind = kinds[k];
        // The last cell of a row pasted inline may run on into the sentence: its first word is the value.
        const raw = k === cells.length - 1 ? (/^\s*\S+/.exec(cell)?.[0] ?? '').replace(/[.,;:"')]+$/, '') : cell;
        const value = raw.trim().replace(/^["']|["']$/g, '');
        const offset = cell.indexOf(value);
        if (kind && value && /[\p{L}\p{N}]/u.test(value) && value.split(/\s+/).length <= 6 && !(kind === 'AGE' && !(Number(value) >= 90)) && !(kind === 'DATE' && /^(?:19|20)\d{2}$/.test(value))) {
          out.push({ start: c + offset, end: c + offset + value.length, kind, rule: 'table-column', priority: 8 });
        }
        c += cell.length + sep.length;
      });
      i = j;
    }
  }
}

export function structuredCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('|') && /(?<!\w)(?:PID|NK1|GT1|IN1|IN2|PV1|MRG)\|\d{0,4}\|/.test(text)) hl7Candidates(text, out);
  // Cheap first: an exported header puts no space after its separator ("last,first", "Name\tDOB").
  if (/[A-Za-z_"'][,\t;|]["']?[A-Za-z_]/.test(text)) tableCandidates(text, out);
  return out;
}
