// How findings cover one planted identifier, as the scorer counts it: found when every letter and
// digit of it lies inside some finding.
import { findIdentifiers, type DeidFinding, type DeidKind } from './index';

export function coverageOf(text: string, findings: readonly DeidFinding[], part: string): { all: boolean; kinds: Set<DeidKind> } {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test text lacks its identifier: ${part}`);
  const kinds = new Set<DeidKind>();
  let all = true;
  for (let i = at; i < at + part.length; i++) {
    const f = findings.find((x) => x.start <= i && i < x.end);
    if (f) kinds.add(f.kind);
    else if (/[\p{L}\p{N}]/u.test(text[i]!)) all = false;
  }
  return { all, kinds };
}

/** Every letter and digit of the identifier is redacted, as the scorer counts it. */
export function covered(text: string, part: string): boolean {
  return coverageOf(text, findIdentifiers(text), part).all;
}

/** No finding touches the word: a look-alike that must survive. */
export function survives(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test case does not contain its word: ${part}`);
  return !findIdentifiers(text).some((f) => f.start < at + part.length && at < f.end);
}
