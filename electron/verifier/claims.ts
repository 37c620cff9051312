// The facts a piece of text asserts (dates, frequencies, quantities, labelled values, sides, negated
// words, drug names), read once, and the comparison of a claim's facts against its evidence.
import type { VerifierFlag } from '../../shared/summary-format';
import { alignKeys, alignmentKeys, anchoredPairs } from './alignment';
import { datesAgree, extractDates, type DateFact } from './dates';
import { directionProblems } from './direction';
import { extractFrequencies, frequencySupported, type FrequencyFact } from './frequencies';
import { labelledValues, type LabelledValue } from './labs';
import { findSides, sideProblems, type SideMention } from './laterality';
import { findDrugMentions, type DrugMention } from './medications';
import { negationProblems, polarity, type Polarity } from './negation';
import { extractQuantities, parseUnit, quantitiesAgree, unitsConflict, type Quantity } from './numbers';
import { STOPWORDS, stem, tokenize, type Token } from './text-tools';

export interface Facts {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly dates: readonly DateFact[];
  readonly frequencies: readonly FrequencyFact[];
  readonly quantities: readonly Quantity[];
  readonly labelled: readonly LabelledValue[];
  readonly sides: readonly SideMention[];
  readonly polarity: Polarity;
}

export function readFacts(text: string): Facts {
  const tokens = tokenize(text);
  const dates = extractDates(text);
  const frequencies = extractFrequencies(text);
  const quantities = extractQuantities(text, [...dates.map((d) => d.span), ...frequencies.map((f) => f.span)]);
  return {
    text,
    tokens,
    dates,
    frequencies,
    quantities,
    labelled: labelledValues(tokens, quantities),
    sides: findSides(text, tokens),
    polarity: polarity(text, tokens),
  };
}

export function drugMentions(facts: Facts): DrugMention[] {
  return findDrugMentions(facts.text, facts.tokens);
}

/** True when the text makes a checkable, specific claim: a number, date, dose, side or drug. */
export function specificClaims(facts: Facts, drugs: readonly DrugMention[]): string[] {
  const parts: string[] = [];
  const quote = (s: { start: number; end: number }) => `"${facts.text.slice(s.start, s.end)}"`;
  for (const d of facts.dates) parts.push(quote(d.span));
  for (const q of facts.quantities) parts.push(quote(q.span));
  for (const f of facts.frequencies) parts.push(quote(f.span));
  for (const d of drugs) parts.push(quote(d));
  for (const s of facts.sides) parts.push(quote(s));
  return [...new Set(parts)];
}

function written(facts: Facts, span: { start: number; end: number }): string {
  return facts.text.slice(span.start, span.end);
}

function withUnit(facts: Facts, q: Quantity): string {
  if (!q.unit) return written(facts, q.span);
  const tail = /^\s*-?\s*(?:%|[a-z\u00B5]+)/i.exec(facts.text.slice(q.span.end, q.span.end + 16));
  return facts.text.slice(q.span.start, q.span.end + (tail ? tail[0].length : 0)).trim();
}

// Words skipped when looking for the word a number belongs to ("pulse of 88", "3 to 4 times").
const ANCHOR_SKIP: ReadonlySet<string> = new Set(['of', 'is', 'was', 'were', 'at', 'to', 'about', 'approximately', 'around', 'the', 'a', 'an', 'now', 'measured', 'x', 'with', 'by']);
const SIDE_WORDS: ReadonlySet<string> = new Set(['left', 'right', 'bilateral', 'both']);

/** The content words right before and right after a number (its unit skipped), as "b:word"/"a:word". */
function anchorsOf(facts: Facts, q: Quantity): string[] {
  const i = facts.tokens.findIndex((t) => t.start === q.span.start);
  if (i < 0) return [];
  const anchors: string[] = [];
  const pick = (from: number, step: number, tag: string) => {
    for (let k = from, n = 0; k >= 0 && k < facts.tokens.length && n < 3; k += step, n++) {
      const w = facts.tokens[k]!.text;
      if (/^\d/.test(w) || SIDE_WORDS.has(w)) return;
      if (ANCHOR_SKIP.has(w)) continue;
      if ((w.length >= 3 || (w.length === 2 && /^[a-z]+$/.test(w) && !STOPWORDS.has(w))) && !parseUnit(w)) anchors.push(`${tag}:${stem(w)}`);
      return;
    }
  };
  pick(i - 1, -1, 'b');
  let after = i + 1;
  if (q.unit) while (after < facts.tokens.length && facts.tokens[after]!.end <= q.span.end + 12 && parseUnit(facts.tokens[after]!.text)) after++;
  pick(after, 1, 'a');
  return anchors;
}

/** The content words just before and after a date (skipping "in", "on", "of"...). */
function dateAnchors(facts: Facts, d: DateFact): string[] {
  const anchors: string[] = [];
  const before = facts.tokens.filter((t) => t.end <= d.span.start);
  const after = facts.tokens.filter((t) => t.start >= d.span.end);
  const pick = (list: readonly Token[], tag: string) => {
    for (const t of list.slice(0, 3)) {
      if (/^\d/.test(t.text)) return;
      if (ANCHOR_SKIP.has(t.text) || t.text === 'in' || t.text === 'on' || t.text === 'since') continue;
      if (t.text.length >= 3) anchors.push(`${tag}:${stem(t.text)}`);
      return;
    }
  };
  pick([...before].reverse(), 'b');
  pick(after, 'a');
  return anchors;
}

function anchorIndex(facts: Facts): Map<string, Quantity[]> {
  const map = new Map<string, Quantity[]>();
  for (const q of facts.quantities) {
    for (const a of anchorsOf(facts, q)) {
      const list = map.get(a) ?? [];
      list.push(q);
      map.set(a, list);
    }
  }
  return map;
}

/**
 * Flags for each fact of `claim` that `evidence` does not bear out. `who` names the claim in messages
 * ("The statement" or "The quote").
 */
export function compareFacts(claim: Facts, evidence: Facts, who: string, noteSides: readonly SideMention[] = []): VerifierFlag[] {
  const flags: VerifierFlag[] = [];

  const evValues = new Set(evidence.quantities.map((q) => q.value));
  const evDateAnchors = new Map<string, DateFact[]>();
  for (const d of evidence.dates) {
    for (const a of dateAnchors(evidence, d)) evDateAnchors.set(a, [...(evDateAnchors.get(a) ?? []), d]);
  }
  for (const d of claim.dates) {
    // The date of the same event: "C-section (2018)" where the note has "C-section in 2015".
    const sameEvent = dateAnchors(claim, d)
      .map((a) => evDateAnchors.get(a))
      .filter((l): l is DateFact[] => l !== undefined);
    if (sameEvent.length > 0 && !sameEvent.some((l) => l.some((e) => datesAgree(d, e)))) {
      flags.push({ kind: 'date-mismatch', message: `${who} gives "${d.text}", but the note gives ${sameEvent[0]!.map((e) => `"${e.text}"`).join(', ')} for the same thing.` });
      continue;
    }
    // "March 14" against "3/14" (read as numbers, having no year): the parts are there.
    const partsAsNumbers = d.readings.some(
      (r) => r.weekday === undefined && r.day !== null && [r.month, r.day].every((p) => p === null || evValues.has(p)) && (r.year === null || evValues.has(r.year) || evValues.has(r.year % 100)),
    );
    if (!evidence.dates.some((e) => datesAgree(d, e)) && !partsAsNumbers) {
      const seen = evidence.dates.map((e) => `"${e.text}"`).join(', ');
      flags.push({ kind: 'date-mismatch', message: `${who} gives the date "${d.text}", but the note there ${seen ? `says ${seen}` : 'gives no such date'}.` });
    }
  }

  for (const f of claim.frequencies) {
    if (evidence.frequencies.length > 0 && !frequencySupported(f.value, evidence.frequencies.map((e) => e.value))) {
      flags.push({ kind: 'dose-mismatch', message: `${who} says "${f.text}", but the note there says ${evidence.frequencies.map((e) => `"${e.text}"`).join(', ')}.` });
    }
  }

  const flaggedValues = new Set<number>();
  const sideFlagged = new Set<number>();
  const labelOf = (q: Quantity) => claim.labelled.find((l) => l.value === q.value);
  const evAnchors = anchorIndex(evidence);
  const dateParts = new Set(evidence.dates.flatMap((d) => d.readings.flatMap((r) => [r.month, r.day, r.year, r.year === null ? null : r.year % 100])));
  for (const q of claim.quantities) {
    const shown = withUnit(claim, q);
    // "3/14" against "03/14/2024": a part of a date the evidence gives.
    if (!q.unit && dateParts.has(q.value)) continue;
    if (evidence.quantities.some((e) => quantitiesAgree(q, e))) {
      // Present, but is it the number of the same thing? ("frequency 5" where the note has "frequency 3").
      const anchored = anchorsOf(claim, q)
        .map((a) => evAnchors.get(a))
        .filter((l): l is Quantity[] => l !== undefined);
      if (anchored.length === 0 || anchored.some((l) => l.some((e) => quantitiesAgree(q, e)))) continue;
      flaggedValues.add(q.value);
      const label = labelOf(q);
      const other = anchored[0]!.map((e) => `"${withUnit(evidence, e)}"`).join(', ');
      flags.push({
        kind: label?.kind === 'lab' ? 'lab-mismatch' : q.unit?.dose ? 'dose-mismatch' : 'number-mismatch',
        message: `${who} says "${shown}", but the note gives ${other} for the same thing.`,
      });
      continue;
    }
    flaggedValues.add(q.value);
    const conflict = evidence.quantities.find((e) => unitsConflict(q, e));
    const label = labelOf(q);
    if (conflict) {
      flags.push({ kind: 'unit-mismatch', message: `${who} says "${shown}", but the note writes that number as "${withUnit(evidence, conflict)}".` });
    } else if (label?.kind === 'lab') {
      flags.push({ kind: 'lab-mismatch', message: `${who} gives ${label.label} as "${shown}", which the note does not say there.` });
    } else if (q.unit?.dose) {
      flags.push({ kind: 'dose-mismatch', message: `${who} gives the dose "${shown}", which the note does not say there.` });
    } else {
      flags.push({ kind: 'number-mismatch', message: `${who} says "${shown}", a number the note does not give there.` });
    }
  }

  // A value that is in the evidence, but under another label (hemoglobin 12 where the note has platelets 12).
  for (const l of claim.labelled) {
    if (flaggedValues.has(l.value)) continue;
    const same = evidence.labelled.filter((e) => e.label === l.label);
    if (same.length > 0 && !same.some((e) => e.value === l.value)) {
      flags.push({
        kind: l.kind === 'lab' ? 'lab-mismatch' : 'number-mismatch',
        message: `${who} gives ${l.label} ${l.value}, but the note gives ${l.label} ${same.map((e) => e.value).join(', ')}.`,
      });
    }
  }

  // Values and sides in the same place as the note's, word for word, must be the note's.
  const ck = alignmentKeys(claim);
  const ek = alignmentKeys(evidence);
  const pairs = anchoredPairs(alignKeys(ck, ek), claim.tokens.length);
  // Another place in the evidence with the same neighbours on both sides: the alignment picked the
  // wrong one of two similar phrases ("10 mL of ... and 1 mL of").
  const sameContextElsewhere = (i: number, ok: (j: number) => boolean) =>
    ek.some((_k, j) => ok(j) && (i === 0 || ek[j - 1] === ck[i - 1]) && (i === ck.length - 1 || ek[j + 1] === ck[i + 1]));
  for (const [i, j] of pairs) {
    const ct = claim.tokens[i]!;
    const et = evidence.tokens[j]!;
    const cq = claim.quantities.find((q) => q.span.start === ct.start);
    const eq = evidence.quantities.filter((q) => q.span.start === et.start);
    const agreesAt = (k: number) => evidence.quantities.some((e) => e.span.start === evidence.tokens[k]!.start && quantitiesAgree(cq!, e));
    if (cq && eq.length > 0 && !flaggedValues.has(cq.value) && !eq.some((e) => quantitiesAgree(cq, e)) && !sameContextElsewhere(i, agreesAt)) {
      flaggedValues.add(cq.value);
      const label = labelOf(cq);
      flags.push({
        kind: label?.kind === 'lab' ? 'lab-mismatch' : cq.unit?.dose ? 'dose-mismatch' : 'number-mismatch',
        message: `${who} says "${withUnit(claim, cq)}" where the note says "${withUnit(evidence, eq[0]!)}".`,
      });
    }
    const cs = claim.sides.find((x) => x.start === ct.start);
    const es = evidence.sides.find((x) => x.start === et.start);
    const sameSideAt = (k: number) => evidence.sides.some((x) => x.start === evidence.tokens[k]!.start && x.side === cs!.side);
    if (cs && es && cs.side !== 'bilateral' && es.side !== 'bilateral' && cs.side !== es.side && !sameContextElsewhere(i, sameSideAt)) {
      sideFlagged.add(cs.start);
      flags.push({ kind: 'laterality-mismatch', message: `${who} says "${written(claim, cs)}" where the note says "${written(evidence, es)}".` });
    }
  }

  // A side traded for the other where the same side is named twice ("left chest and right chest").
  const count = (f: Facts, side: string) => f.sides.filter((x) => x.side === side).length;
  for (const [more, fewer] of [['left', 'right'], ['right', 'left']] as const) {
    if (count(claim, more) > count(evidence, more) && count(claim, fewer) < count(evidence, fewer) && !claim.sides.some((x) => sideFlagged.has(x.start))) {
      const first = claim.sides.find((x) => x.side === more)!;
      sideFlagged.add(first.start);
      flags.push({ kind: 'laterality-mismatch', message: `${who} names the ${more} side more often and the ${fewer} side less often than the note does there.` });
    }
  }

  for (const p of sideProblems(claim.sides, evidence.sides, noteSides)) {
    if (sideFlagged.has(p.claimed.start)) continue;
    // "left and right" reads as bilateral too; name only what the note wrote.
    const named = p.found.includes('left') && p.found.includes('right') ? ['left', 'right'] : p.found;
    const found = named.length > 0 ? `the note says ${named.join(' and ')} there` : 'the note names no side there';
    flags.push({ kind: 'laterality-mismatch', message: `${who} says "${written(claim, p.claimed)}"${p.claimed.part ? ` (${p.claimed.part})` : ''}, but ${found}.` });
  }

  for (const n of negationProblems(claim.polarity, evidence.polarity)) {
    flags.push({
      kind: 'negation-mismatch',
      message: n.statementNegates
        ? `${who} negates "${n.word}", but the note affirms it there.`
        : `${who} affirms "${n.word}", but the note negates it there (with "no", "denies", "without" or the like).`,
    });
  }

  for (const d of directionProblems(claim.tokens, evidence.tokens)) {
    flags.push({ kind: 'direction-mismatch', message: `${who} says "${d.said}", but the note says "${d.noted}" there.` });
  }
  return flags;
}
