// Words that say which way something went or stands: "improved"/"worsened", "increased"/"decreased",
// "started"/"stopped", "positive"/"negative", "hypertension"/"hypotension". A statement that turns one
// into the other keeps every number, side, drug and negation, so no other check sees it; here it is
// flagged when the evidence says only the other way about the same thing.
import { STOPWORDS, stem, type Token } from './text-tools';

interface Opposites {
  readonly poles: readonly [readonly string[], readonly string[]];
  /** The word names its own subject (a condition): no nearby word needs to be shared. */
  readonly self?: boolean;
}

const OPPOSITES: readonly Opposites[] = [
  {
    poles: [
      ['improved', 'improving', 'improvement', 'improves', 'better', 'resolving', 'resolved'],
      ['worsened', 'worsening', 'worse', 'worsens', 'deteriorated', 'deteriorating', 'deterioration', 'declined', 'declining', 'progressed', 'progressing'],
    ],
  },
  {
    poles: [
      ['increased', 'increasing', 'increase', 'increases', 'elevated', 'raised', 'rising', 'rose', 'uptitrated'],
      ['decreased', 'decreasing', 'decrease', 'decreases', 'reduced', 'reducing', 'lowered', 'falling', 'fell', 'dropped', 'downtitrated', 'tapered', 'tapering'],
    ],
  },
  {
    poles: [
      ['started', 'starting', 'initiated', 'begun', 'began', 'commenced', 'resumed', 'restarted'],
      ['stopped', 'stopping', 'discontinued', 'discontinue', 'ceased', 'withdrawn'],
    ],
  },
  { poles: [['positive'], ['negative']] },
  { poles: [['normal', 'unremarkable'], ['abnormal']] },
  { poles: [['stable'], ['unstable']] },
  { poles: [['controlled'], ['uncontrolled']] },
  { poles: [['febrile'], ['afebrile']] },
  { poles: [['benign'], ['malignant']] },
  { poles: [['sensitive', 'susceptible'], ['resistant']] },
  { poles: [['hypertension', 'hypertensive'], ['hypotension', 'hypotensive']], self: true },
  { poles: [['hyperkalemia'], ['hypokalemia']], self: true },
  { poles: [['hypernatremia'], ['hyponatremia']], self: true },
  { poles: [['hyperglycemia', 'hyperglycemic'], ['hypoglycemia', 'hypoglycemic']], self: true },
  { poles: [['hyperthyroidism'], ['hypothyroidism']], self: true },
  { poles: [['tachycardia', 'tachycardic'], ['bradycardia', 'bradycardic']], self: true },
];

/** Word → [group, pole]. */
const POLE_OF: ReadonlyMap<string, readonly [number, 0 | 1]> = new Map(
  OPPOSITES.flatMap((o, g) => o.poles.flatMap((words, p) => words.map((w) => [w, [g, p as 0 | 1]] as const))),
);

const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'denies', 'denied', 'never', 'non', "n't", 'nor', 'neither']);
const WINDOW = 4;

interface PoleWord {
  readonly group: number;
  readonly pole: 0 | 1;
  readonly index: number;
  readonly word: string;
}

/** Direction words that are not negated ("not improved" says neither way). */
function poleWords(tokens: readonly Token[]): PoleWord[] {
  const out: PoleWord[] = [];
  tokens.forEach((t, i) => {
    const hit = POLE_OF.get(t.text);
    if (!hit) return;
    for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(tokens[k]!.text) || tokens[k]!.text.endsWith("n't")) return;
    out.push({ group: hit[0], pole: hit[1], index: i, word: t.raw });
  });
  return out;
}

/** The content words near a direction word: what it is said of. */
function subject(tokens: readonly Token[], index: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, index - WINDOW); k <= Math.min(tokens.length - 1, index + WINDOW); k++) {
    const w = tokens[k]!.text;
    if (k === index || w.length < 2 || STOPWORDS.has(w) || POLE_OF.has(w) || NEGATORS.has(w) || /\d/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export interface DirectionProblem {
  /** The statement's word, as written. */
  readonly said: string;
  /** The evidence's opposite word, as written. */
  readonly noted: string;
}

/** Each direction word of the claim whose evidence says only the opposite way, about the same thing. */
export function directionProblems(claim: readonly Token[], evidence: readonly Token[]): DirectionProblem[] {
  const ev = poleWords(evidence);
  const out: DirectionProblem[] = [];
  const seen = new Set<number>();
  for (const c of poleWords(claim)) {
    if (seen.has(c.group)) continue;
    const same = ev.filter((e) => e.group === c.group);
    // The evidence uses the claim's own way somewhere there, or no word of this kind at all: nothing to say.
    if (same.length === 0 || same.some((e) => e.pole === c.pole)) continue;
    const about = subject(claim, c.index);
    // A word that names its own subject, or a claim with no other word near it ("Stopped at 1645."),
    // is held against any opposite in its evidence; otherwise the opposite must be said of a shared word.
    const anywhere = OPPOSITES[c.group]!.self || about.size === 0;
    const opposite = anywhere ? same[0] : same.find((e) => [...subject(evidence, e.index)].some((w) => about.has(w)));
    if (!opposite) continue;
    seen.add(c.group);
    out.push({ said: c.word, noted: opposite.word });
  }
  return out;
}

/** One word of the sentence turned the other way (test support: planting), or null when it has none. */
export function reverseDirection(sentence: string, tokens: readonly Token[]): string | null {
  const first = poleWords(tokens)[0];
  if (!first) return null;
  const t = tokens[first.index]!;
  const to = OPPOSITES[first.group]!.poles[first.pole === 0 ? 1 : 0][0]!;
  const cased = t.raw === t.raw.toUpperCase() ? to.toUpperCase() : t.raw[0] === t.raw[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
  return sentence.slice(0, t.start) + cased + sentence.slice(t.end);
}
