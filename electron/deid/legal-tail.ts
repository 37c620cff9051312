// A business's legal form written after a place's name is part of the name: "Bath Valley Cardiology, P.A.", "Sharma
// Plastics, Inc.", whatever rule found the name before it.
import type { Candidate } from './patterns';

const LEGAL_FORM = /^,?[ \t]+(?:llc|l\.l\.c\.|inc\.?|corp\.?|ltd\.?|pllc|llp|p\.[ \t]?a\.|p\.[ \t]?c\.|s\.[ \t]?c\.)(?![\p{L}])/iu;

export function legalTails(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'LOCATION') continue;
    const m = LEGAL_FORM.exec(text.slice(c.end, c.end + 12));
    if (!m) continue;
    const start = c.end + m[0].search(/\p{L}/u);
    out.push({ start, end: c.end + m[0].length, kind: 'LOCATION', rule: 'place-legal-form', priority: c.priority });
  }
  return out;
}
