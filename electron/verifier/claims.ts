// The facts a piece of text asserts (dates, frequencies, quantities, labelled values, sides, negated
// words, drug names), read once, and the comparison of a claim's facts against its evidence.
import type { VerifierFlag } from '../../shared/summary-format';
import { datesAgree, extractDates, type DateFact } from './dates';
import { extractFrequencies, type FrequencyFact } from './frequencies';
import { labelledValues, type LabelledValue } from './labs';
import { findSides, sideProblems, type SideMention } from './laterality';
import { findDrugMentions, type DrugMention } from './medications';
import { negationProblems, polarity, type Polarity } from './negation';
import { extractQuantities, quantitiesAgree, unitsConflict, type Quantity } from './numbers';
import { tokenize, type Token } from './text-tools';

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

/**
 * Flags for each fact of `claim` that `evidence` does not bear out. `who` names the claim in messages
 * ("The statement" or "The quote").
 */
export function compareFacts(claim: Facts, evidence: Facts, who: string): VerifierFlag[] {
  const flags: VerifierFlag[] = [];

  for (const d of claim.dates) {
    if (!evidence.dates.some((e) => datesAgree(d, e))) {
      const seen = evidence.dates.map((e) => `"${e.text}"`).join(', ');
      flags.push({ kind: 'date-mismatch', message: `${who} gives the date "${d.text}", but the note there ${seen ? `says ${seen}` : 'gives no such date'}.` });
    }
  }

  const evFreq = new Set(evidence.frequencies.map((f) => f.value));
  for (const f of claim.frequencies) {
    if (evFreq.size > 0 && !evFreq.has(f.value)) {
      flags.push({ kind: 'dose-mismatch', message: `${who} says "${f.text}", but the note there says ${evidence.frequencies.map((e) => `"${e.text}"`).join(', ')}.` });
    }
  }

  const flaggedValues = new Set<number>();
  const labelOf = (q: Quantity) => claim.labelled.find((l) => l.value === q.value);
  for (const q of claim.quantities) {
    if (evidence.quantities.some((e) => quantitiesAgree(q, e))) continue;
    flaggedValues.add(q.value);
    const shown = withUnit(claim, q);
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

  for (const p of sideProblems(claim.sides, evidence.sides)) {
    const found = p.found.length > 0 ? `the note says ${p.found.filter((s) => s !== 'bilateral' || p.found.length === 3).join(' / ')}` : 'the note names no side there';
    flags.push({ kind: 'laterality-mismatch', message: `${who} says "${written(claim, p.claimed)}"${p.claimed.part ? ` (${p.claimed.part})` : ''}, but ${found}.` });
  }

  for (const n of negationProblems(claim.polarity, evidence.polarity)) {
    flags.push({
      kind: 'negation-mismatch',
      message: n.statementNegates
        ? `${who} negates "${n.word}…", but the note affirms it.`
        : `${who} affirms "${n.word}…", but the note negates it (e.g. "no", "denies", "without").`,
    });
  }
  return flags;
}
