// Labelled values: a lab or vital sign name followed closely by its number ("hemoglobin 9.2",
// "A1c of 7.8%", "BP 140/90", "heart rate was 88"). Pairing the name with its value catches a value
// moved from one label to another, which a bag of numbers would miss.
import type { Quantity } from './numbers';
import type { Token } from './text-tools';

export type LabelKind = 'lab' | 'vital';

// Synonyms share a canonical name. Multi-word names are matched on their words in order.
const LABELS: ReadonlyArray<readonly [canonical: string, kind: LabelKind, names: readonly string[]]> = [
  ['hemoglobin', 'lab', ['hemoglobin', 'haemoglobin', 'hgb', 'hb']],
  ['a1c', 'lab', ['a1c', 'hba1c', 'hemoglobin a1c', 'glycated hemoglobin']],
  ['hematocrit', 'lab', ['hematocrit', 'hct']],
  ['wbc', 'lab', ['wbc', 'white blood cell', 'white blood cells', 'white count', 'leukocytes', 'white cell count']],
  ['platelets', 'lab', ['platelets', 'platelet', 'plt', 'platelet count']],
  ['sodium', 'lab', ['sodium', 'na']],
  ['potassium', 'lab', ['potassium', 'k']],
  ['chloride', 'lab', ['chloride', 'cl']],
  ['bicarbonate', 'lab', ['bicarbonate', 'bicarb', 'co2', 'hco3']],
  ['bun', 'lab', ['bun', 'blood urea nitrogen', 'urea']],
  ['creatinine', 'lab', ['creatinine', 'cr', 'creat']],
  ['glucose', 'lab', ['glucose', 'blood sugar', 'sugar', 'fingerstick', 'bg']],
  ['tsh', 'lab', ['tsh']],
  ['inr', 'lab', ['inr']],
  ['ptt', 'lab', ['ptt', 'aptt']],
  ['ldl', 'lab', ['ldl']],
  ['hdl', 'lab', ['hdl']],
  ['cholesterol', 'lab', ['cholesterol', 'total cholesterol']],
  ['triglycerides', 'lab', ['triglycerides', 'tg']],
  ['alt', 'lab', ['alt', 'sgpt']],
  ['ast', 'lab', ['ast', 'sgot']],
  ['alkaline phosphatase', 'lab', ['alkaline phosphatase', 'alk phos', 'alp']],
  ['bilirubin', 'lab', ['bilirubin', 'bili', 'total bilirubin']],
  ['albumin', 'lab', ['albumin']],
  ['troponin', 'lab', ['troponin', 'trop']],
  ['bnp', 'lab', ['bnp', 'nt-probnp', 'probnp']],
  ['psa', 'lab', ['psa']],
  ['crp', 'lab', ['crp', 'c-reactive protein']],
  ['esr', 'lab', ['esr', 'sed rate', 'sedimentation rate']],
  ['lactate', 'lab', ['lactate', 'lactic acid']],
  ['lipase', 'lab', ['lipase']],
  ['magnesium', 'lab', ['magnesium', 'mg level']],
  ['calcium', 'lab', ['calcium', 'ca']],
  ['phosphorus', 'lab', ['phosphorus', 'phos', 'phosphate']],
  ['ferritin', 'lab', ['ferritin']],
  ['vitamin d', 'lab', ['vitamin d', 'vit d', '25-oh vitamin d']],
  ['egfr', 'lab', ['egfr', 'gfr']],
  ['ejection fraction', 'lab', ['ejection fraction', 'ef', 'lvef']],
  ['blood pressure', 'vital', ['blood pressure', 'bp']],
  ['heart rate', 'vital', ['heart rate', 'hr', 'pulse', 'heart rates']],
  ['temperature', 'vital', ['temperature', 'temp', 't']],
  ['respiratory rate', 'vital', ['respiratory rate', 'rr', 'respirations', 'resp rate']],
  ['oxygen saturation', 'vital', ['oxygen saturation', 'o2 sat', 'sat', 'sats', 'spo2', 'saturation', 'saturating', 'pulse ox', 'sao2', 'o2 saturation']],
  ['weight', 'vital', ['weight', 'weighs', 'wt']],
  ['height', 'vital', ['height', 'ht']],
  ['bmi', 'vital', ['bmi', 'body mass index']],
  ['pain score', 'vital', ['pain score', 'pain scale']],
];

interface LabelName {
  readonly canonical: string;
  readonly kind: LabelKind;
  readonly words: readonly string[];
}

const NAMES: readonly LabelName[] = LABELS.flatMap(([canonical, kind, names]) => names.map((n) => ({ canonical, kind, words: n.split(/[\s-]+/) }))).sort(
  (a, b) => b.words.length - a.words.length,
);
const BY_FIRST_WORD = new Map<string, LabelName[]>();
for (const n of NAMES) {
  const list = BY_FIRST_WORD.get(n.words[0]!) ?? [];
  list.push(n);
  BY_FIRST_WORD.set(n.words[0]!, list);
}
// Short abbreviations are labels only when capitalized ("K 3.9", "T 98.6", "Hb 11"), never the word "t" or "hr".
const UPPER_ONLY = new Set(['k', 't', 'hb', 'na', 'cl', 'cr', 'ca', 'tg', 'ef', 'hr', 'rr', 'bp', 'bg', 'ht', 'wt']);

export interface LabelledValue {
  readonly label: string;
  readonly kind: LabelKind;
  readonly value: number;
}

// Words allowed between a label and its value.
const FILLER = new Set(['of', 'is', 'was', 'were', 'at', 'level', 'levels', 'count', 'measured', 'now', 'today', 'value', 'reading', 'down', 'up', 'to', 'from', 'increased', 'decreased', 'elevated', 'low', 'high', 'mildly', 'markedly', 'remains', 'remained', 'noted', 'and', 'be', 'found', 'saturating', 'on', 'room', 'air']);

/** Each label with the first value that follows it within a few words. */
export function labelledValues(tokens: readonly Token[], quantities: readonly Quantity[]): LabelledValue[] {
  const out: LabelledValue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const name = BY_FIRST_WORD.get(tokens[i]!.text)?.find((n) => n.words.every((w, k) => tokens[i + k]?.text === w));
    if (!name) continue;
    const first = tokens[i]!;
    if (name.words.length === 1 && UPPER_ONLY.has(name.words[0]!) && !/^[A-Z]/.test(first.raw)) continue;
    if (name.words[0]!.length === 1 && first.raw !== first.raw.toUpperCase()) continue;
    let j = i + name.words.length;
    const labelEnd = tokens[j - 1]!.end;
    let skipped = 0;
    while (j < tokens.length && FILLER.has(tokens[j]!.text) && skipped < 4) {
      j++;
      skipped++;
    }
    const next = tokens[j];
    if (!next) continue;
    const q = quantities.find((x) => x.span.start === next.start || (x.span.start >= labelEnd && x.span.start <= next.start && x.span.end >= next.start));
    if (q) out.push({ label: name.canonical, kind: name.kind, value: q.value });
    i = j - 1;
  }
  return out;
}
