// Numbers that name one case, order, claim or person in a system's records, whatever the system: "Grievance #22-776",
// "RMA #24-33505", "case #xs-858616", "pair id nkr-91222", "waitlist ID is KHF6617", "DYS #233066", "A#: A 240 383 131".
// A chart's own numbers after "#" are short ("#1", "#20g", "#2-4", tooth "#32"); five digits or more after "#" are a
// record's. After a word that names a record ("grievance", "claim", "sample"), three digits with letters will do.
import type { Candidate } from './patterns';

/** A code after "#": letters, digits, dashes and dots, five digits at least (or four with two letters). */
const AFTER_HASH = /(?<![\p{L}\d])(\p{L}[\p{L}'’-]*)?[ \t]*#[ \t]*:?[ \t]*([A-Za-z]{0,4}[-.]?\d[\dA-Za-z]*(?:[-.][\dA-Za-z]+){0,3})(?![\p{L}\d])/gu;
/** Words before "#" whose numbers are the body's or the chart's: teeth, lines, lists, sizes. */
const CHART_HASH = /^(?:tooth|teeth|ext|extraction|bed|rm|room|size|sz|gauge|ga|fr|french|pg|page|step|item|problem|issue|dx|line|lumen|port|piv|iv|ett|ngt|trach|stent|lead|leads|x|pod|hd|day|week|cycle|dose|vial|bag|unit|units|pack|tab|tabs|no|omim|irb|nct|protocol|study|trial|ref|cat|catalog|catalogue|model|ndc|cpt|icd|hcpcs|version|ver|rev|revision|form|rule|statute|section|chapter|exhibit|figure|fig|table|slide|block|cassette|well|plate|lane)$/i;
/** Words that name a record in some system, before its number. */
const RECORD_WORD = String.raw`grievance|grv|case|claim|order|rma|ticket|request|referral|authorization|auth|pair|waitlist|wait-list|sample|specimen|ccn|dys|doc|fbi|sid|tcn|booking|inmate|detainee|permit|incident|report|docket|citation|warrant|confirmation|tracking|reservation|application|appeal|voucher|invoice|receipt|transaction|reference|file|folio|registration|enrollment|enrolment|member|subscriber|donor|recipient|unos|optn|kit|accession|batch|episode|encounter|visit|job|work\s+order|dispatch|run|call|event|patient|client|student|employee|badge|tag|barcode|label|subjects?|subj|screening|rescreened\s+as|screen[\s-]*failed\s+as|enrolled\s+as|randomi[sz]ed\s+as|bottles?|samples|specimens|kits|kits\s+assigned|airbill|waybill|requisition|logger|transmitter`;
const AFTER_WORD = new RegExp(String.raw`\b(?:${RECORD_WORD})(?:[ \t]+(?:id|no\.?|number|num|#|code))?[ \t]*(?::|#|is|=)?[ \t]*((?=[A-Za-z-]*\d)[A-Za-z]{0,5}-?\d[\dA-Za-z]*(?:-[\dA-Za-z]+){0,3})(?![A-Za-z\d-]|\.\d)`, 'gi');
/** The next code of a list: a comma, "and", "&" or "/" before it. */
const LIST_NEXT = /^[ \t]*(?:,|and\b|&|\/)[ \t]*(?:and[ \t]+)?((?=[A-Za-z-]*\d)[A-Za-z]{0,5}-?\d[\dA-Za-z]*(?:-[\dA-Za-z]+){0,3})(?![A-Za-z\d-]|\.\d)/i;
/** An immigration file number: "A#: A 240 383 131", "A-number A169-614-565". */
const ALIEN = /\b(?:a#|a-?number|alien\s+(?:no\.?|number|#))[ \t]*:?[ \t]*(a[ \t-]?\d{3}[ \t-]?\d{3}[ \t-]?\d{3})\b/gi;

const digitsIn = (s: string): number => s.replace(/\D/g, '').length;
const lettersIn = (s: string): number => s.replace(/[^A-Za-z]/g, '').length;

export function numberedCodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('#')) {
    for (const m of text.matchAll(AFTER_HASH)) {
      const [whole, label, code] = m;
      if (label !== undefined && CHART_HASH.test(label)) continue;
      const d = digitsIn(code!);
      if (d < 5 && !(d >= 4 && lettersIn(code!) >= 2)) continue;
      // A dose or size after the number: "#12345 mg" is no record.
      if (/^[ \t]*(?:mg|mcg|ml|cc|g|kg|cm|mm|units?|fr|french|gauge|ga)\b/i.test(text.slice(m.index + whole.length, m.index + whole.length + 8))) continue;
      const start = m.index + whole.length - code!.length;
      out.push({ start, end: start + code!.length, kind: 'ID', rule: 'number-after-hash', priority: 5 });
    }
  }
  for (const m of text.matchAll(AFTER_WORD)) {
    const code = m[1]!;
    const d = digitsIn(code);
    // Three digits with letters ("KHF6617"); without letters four after a "#", "id" or "is", else five ("22-776").
    const explicit = /#|:|=|\bid\b|\bno\b|number|\bis\b/i.test(m[0].slice(0, m[0].length - code.length));
    if (lettersIn(code) > 0 ? d < 3 : d < (explicit ? 4 : 5)) continue;
    // A year, a school year or a time is no record number: "visit 2019", "report 2019-2020", "call 1400".
    if (/^(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?$/.test(code) || /^\d{3,4}$/.test(code)) continue;
    const start = m.index + m[0].length - code.length;
    out.push({ start, end: start + code.length, kind: 'ID', rule: 'number-of-record', priority: 5 });
    // The codes listed after it are the same system's: "subjects 25-689-070 and 448-081", "kits assigned: 440199, 6854-004".
    let at = start + code.length;
    for (let n = LIST_NEXT.exec(text.slice(at, at + 60)); n; n = LIST_NEXT.exec(text.slice(at, at + 60))) {
      const next = n[1]!;
      const dn = digitsIn(next);
      if ((lettersIn(next) > 0 ? dn < 3 : dn < 5) || /^(?:19|20)\d{2}$/.test(next)) break;
      const s = at + n[0].length - next.length;
      out.push({ start: s, end: s + next.length, kind: 'ID', rule: 'number-of-record', priority: 5 });
      at = s + next.length;
    }
  }
  if (/a#|a-?number|alien/i.test(text)) {
    for (const m of text.matchAll(ALIEN)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, kind: 'ID', rule: 'alien-number', priority: 6 });
    }
  }
  return out;
}
