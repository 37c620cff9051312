// Test support: statements taken from real notes, faithful (verbatim or paraphrased the ways
// clinicians write) and with one planted fabrication of each kind the verifier must catch. Used by
// the kit test and the benchmark; deterministic (a seeded choice, no clock).
import type { SummaryStatement } from '../../shared/summary-format';
import { sentenceSpans, tokenize } from './text-tools';
import { reverseDirection } from './direction';

export type Fabrication = 'side' | 'dose' | 'number' | 'drop-negation' | 'add-negation' | 'drug' | 'lab' | 'date' | 'direction' | 'swap' | 'quote';

export interface PlantedCase {
  readonly statement: SummaryStatement;
  /** Null for a faithful statement. */
  readonly fabrication: Fabrication | null;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Faithful rewrites: abbreviations, numbers as words, units spelled out, a shortened subject. */
export function paraphrase(sentence: string, variant: number): string {
  let s = sentence;
  if (variant % 2 === 0) s = s.replace(/\b(\d|1[0-2])\s+(days?|weeks?|months?|years?|times|tablets?)\b/, (_m, n: string, unit: string) => `${WORDS[Number(n)]} ${unit}`);
  else s = s.replace(/\b(two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?|times|tablets?)\b/i, (_m, n: string, unit: string) => `${WORDS.indexOf(n.toLowerCase())} ${unit}`);
  if (variant % 3 === 0) s = s.replace(/\btwice (?:a day|daily)\b/i, 'b.i.d.').replace(/\bmg\b/, 'milligrams');
  if (variant % 3 === 1) s = s.replace(/\bleft\b(?=\s+(?:knee|hip|arm|leg|eye|ear|shoulder|foot|hand|side|breast|lower|upper))/i, 'L').replace(/\b(\d+) mg\b/, '$1mg');
  if (variant % 4 === 2) s = s.replace(/\bright\b(?=\s+(?:knee|hip|arm|leg|eye|ear|shoulder|foot|hand|side|breast|lower|upper))/i, 'R').replace(/(?<!(?:once|twice|times)\s)\bdaily\b/i, 'once a day');
  s = s.replace(/^(?:The patient|Patient|She|He)\s+(?:is|was|has)\s+/i, '').replace(/^(?:The patient|She|He)\s+/i, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SWAPS: readonly (readonly string[])[] = [
  ['knee', 'hip', 'ankle', 'shoulder', 'elbow', 'wrist'],
  ['lung', 'liver', 'kidney', 'heart', 'bladder'],
  ['arm', 'leg', 'hand', 'foot'],
  ['mother', 'father', 'sister', 'brother', 'aunt', 'uncle'],
  ['wife', 'husband', 'son', 'daughter'],
];
const TERMS = ['cholecystectomy', 'pancreatitis', 'nephrolithiasis', 'neurology', 'osteomyelitis', 'pneumothorax', 'appendectomy', 'dermatology', 'diverticulitis', 'thyroidectomy'];
const SWAPPABLE = new RegExp(`\\b(?:${SWAPS.flat().join('|')})\\b`, 'i');

const INVENTED = ['Velocitrex', 'Zorvalin', 'Cardiprex', 'Nexavolt', 'Trelozane', 'Amplivex', 'Dormacil', 'Glucorin'];
const DRUG_IN_SENTENCE =
  /\b(lisinopril|metformin|aspirin|ibuprofen|tylenol|motrin|zyrtec|claritin|allegra|prednisone|insulin|lasix|coumadin|amoxicillin|lidocaine|marcaine|bupivacaine|ancef|cefazolin|heparin|morphine|fentanyl|propofol|versed|zofran|toradol|antibiotics?|medications?|medicine|nasonex|ortho tri-cyclen|atorvastatin|simvastatin|amlodipine|meloxicam|gabapentin|naproxen|tramadol|oxycodone|hydrocodone|norco|percocet|vicodin|flexeril|valium|ativan|xanax|ambien|synthroid|levothyroxine|albuterol|flonase|singulair|farxiga|jardiance|metoprolol|losartan|hydrochlorothiazide|furosemide|warfarin|eliquis|xarelto|plavix)\b/i;
const OTHER_DRUGS = ['atorvastatin', 'metoprolol', 'warfarin', 'gabapentin', 'amoxicillin', 'prednisone', 'sertraline', 'omeprazole', 'furosemide', 'lisinopril', 'apixaban', 'levothyroxine'];

/** One fabrication of the given kind, or null when the sentence has nothing to change. */
export function plant(sentence: string, kind: Fabrication, note: string, seed: number): string | null {
  const lower = note.toLowerCase();
  switch (kind) {
    case 'side': {
      const side = /(?<!\b(?:we|he|she|they|was|were|is|be|been|and|tip)\s)\b(left|right)\b(?!\s+(?:to|the|in|with|at|on|for|and|of|as|after|before|away|now|behind|over|an|a|it|him|her|them|intact|open|alone|untreated|in place)\b)/i;
      if (!side.test(sentence)) return null;
      return sentence.replace(side, (m) => {
        const to = m.toLowerCase() === 'left' ? 'right' : 'left';
        return m[0] === m[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
      });
    }
    case 'dose': {
      const re = /\b(\d+(?:\.\d+)?)\s*(mg|mcg|units|mL|g)\b/;
      const m = re.exec(sentence);
      if (!m) return null;
      const v = Number(m[1]);
      const to = seed % 2 === 0 ? v * 2 : v + (v >= 10 ? 5 : 1);
      return sentence.replace(re, `${to} ${m[2]}`);
    }
    case 'number': {
      // A number that is not part of a date or a dose.
      const re = /(?<![\d./:-])\b(\d{1,3})\b(?![./:-]?\d)(?!\s*(?:mg|mcg|units|mL|g)\b)/;
      const m = re.exec(sentence);
      if (!m) return null;
      const v = Number(m[1]);
      return sentence.replace(re, String(v + 1 + (seed % 4)));
    }
    case 'lab': {
      const re = /\b(hemoglobin a1c|a1c|hemoglobin|hematocrit|hgb|wbc|platelets?|sodium|potassium|creatinine|glucose|bun|inr|troponin|tsh|cholesterol|ldl)(?![a-z0-9])([^.\d]{0,24}?)(?<![a-z])(\d+(?:\.\d+)?)/i;
      const m = re.exec(sentence);
      if (!m) return null;
      const v = Number(m[3]);
      const to = m[3]!.includes('.') ? (v + 1.3).toFixed(m[3]!.split('.')[1]!.length) : String(v + 3);
      return sentence.replace(re, `${m[1]}${m[2]}${to}`);
    }
    case 'date': {
      const slash = /\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/;
      if (slash.test(sentence)) return sentence.replace(slash, (_x, a: string, b: string, y: string) => `${a}/${Number(b) === 28 ? 27 : Number(b) + 1}/${y}`);
      const year = /\b(19\d\d|20[0-2]\d)\b/;
      if (year.test(sentence)) return sentence.replace(year, (y) => String(Number(y) - 1 - (seed % 3)));
      return null;
    }
    case 'drop-negation': {
      const rules: Array<[RegExp, string]> = [
        [/\bdenies\b/i, 'reports'],
        [/\bdenied\b/i, 'reported'],
        [/\bwithout\b/i, 'with'],
        [/\bnegative for\b/i, 'positive for'],
        [/\bdoes not\s+/i, ''],
        [/\bdid not\s+/i, ''],
        [/\bno\s+(?=[a-z])/i, ''],
      ];
      for (const [re, to] of rules) if (re.test(sentence)) return sentence.replace(re, to);
      return null;
    }
    case 'add-negation': {
      if (/\b(no|not|denies|denied|without|negative)\b/i.test(sentence)) return null;
      const m = /\b(has|had|have|with|reports|shows|showed|revealed|reveals|demonstrated|complains of|experienced|experiencing|noted)\s+(?:(?:a|an|some|any)\s+)?(?=[a-z]{4,}\b)(?!(?:been|had|the|only|this|that|these|those|his|her|their|also|given|better|positive|improvement|worsening|above|below|secondary|seen|noted|done|taken|gone|[a-z]+ed)\b)/i.exec(sentence);
      if (m) return `${sentence.slice(0, m.index)}${m[1]} no ${sentence.slice(m.index + m[0].length)}`;
      return null;
    }
    case 'drug': {
      const fresh = OTHER_DRUGS.filter((d) => !lower.includes(d));
      if (fresh.length === 0) return null;
      // Real drugs the note does not name, and made-up brand names.
      const to = seed % 3 === 2 ? INVENTED[seed % INVENTED.length]! : fresh[seed % fresh.length]!;
      const m = DRUG_IN_SENTENCE.exec(sentence);
      if (m) return sentence.replace(m[0], to);
      if (seed % 2 === 0) return null;
      return `${sentence.replace(/[.\s]+$/, '')}; started ${to} ${10 * (1 + (seed % 4))} mg daily.`;
    }
    case 'direction':
      return reverseDirection(sentence, tokenize(sentence));
    case 'swap': {
      // What is said of a relative said of the patient instead ("Her mother had" → "The patient had").
      const kin = /\b(?:her|his)\s+(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather)\s+(?=had|has|with|died|was|is|developed)\b/i.exec(sentence);
      if (kin && seed % 2 === 0) return `${sentence.slice(0, kin.index)}the patient ${sentence.slice(kin.index + kin[0].length)}`.replace(/^the patient/, 'The patient');
      // A diagnosis, procedure or specialty traded for another the note does not name.
      const term = /\b(?!diagnosis\b|prognosis\b|pathology\b|etiology\b)[a-z]{3,}(?:itis|ectomy|otomy|oscopy|plasty|osis|ology|onia)\b/i.exec(sentence);
      if (term && seed % 3 === 1) {
        const to = TERMS.filter((t) => !lower.includes(t))[seed % 5];
        if (to) return sentence.slice(0, term.index) + to + sentence.slice(term.index + term[0].length);
      }
      // A body part or relative traded for another of its kind.
      const m = SWAPPABLE.exec(sentence);
      if (!m) return null;
      const group = SWAPS.find((g) => g.includes(m[0].toLowerCase()))!;
      const to = group.filter((w) => w !== m[0].toLowerCase() && !new RegExp(`\\b${w}\\b`, 'i').test(sentence))[seed % (group.length - 1)] ?? group.find((w) => w !== m[0].toLowerCase())!;
      const cased = m[0] === m[0].toUpperCase() ? to.toUpperCase() : m[0][0] === m[0][0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
      return sentence.slice(0, m.index) + cased + sentence.slice(m.index + m[0].length);
    }
    case 'quote':
      return null;
  }
}

/** One clause of a longer sentence (split at commas, semicolons, "and", "but"), or null. */
export function clause(sentence: string, seed: number): string | null {
  const parts = sentence.split(/,\s+|;\s+|\s+(?:and|but|which|who)\s+/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 3);
  if (parts.length < 2) return null;
  const pick = parts[seed % parts.length]!;
  // A clause cut from under a negation ("no nausea, vomiting") would drop it: not faithful.
  const before = sentence.slice(0, sentence.indexOf(pick));
  if (/\b(?:no|not|denies|denied|without|negative|never|none|absence)\b|n't\b/i.test(before)) return null;
  // Nor is a clause cut from what is said of a relative ("Brother: 9 years old, positive for autism").
  if (/\b(?:mother|father|sister|brother|son|daughter|wife|husband|aunt|uncle|grandmother|grandfather|cousin)\b/i.test(before)) return null;
  return pick;
}

// Never dropped when compressing: negation cues, numbers, sides, units.
const KEEP = /^(?:no|not|denies|denied|without|negative|never|none|left|right|bilateral|both|mg|mcg|ml|units?|[0-9].*|[a-z]*n't)$/i;

/** The sentence with some filler words dropped, as a terse clinical summary writes it. */
export function compress(sentence: string, seed: number): string | null {
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length < 8) return null;
  const kept = words.filter((w, i) => KEEP.test(w.replace(/[.,;:]$/, '')) || (i + seed) % 5 !== 0 || !/^(?:the|a|an|of|was|is|that|very|also|then|with|has|had|been|were|some|this)$/i.test(w));
  return kept.length < words.length ? kept.join(' ') : null;
}

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhypertension\b/gi, 'HTN'], [/\bshortness of breath\b/gi, 'SOB'], [/\bhistory of\b/gi, 'hx of'], [/\bthe patient\b/gi, 'pt'],
  [/\bblood pressure\b/gi, 'BP'], [/\bheart rate\b/gi, 'HR'], [/\bcongestive heart failure\b/gi, 'CHF'], [/\bdiabetes mellitus\b/gi, 'DM'],
  [/\byear-old\b/gi, 'yo'], [/\bwithout\b/gi, 'w/o'], [/\bfollow[- ]up\b/gi, 'f/u'], [/\bcomplains of\b/gi, 'c/o'],
  [/\bright\b(?=\s+(?:knee|hip|arm|leg|eye|ear|shoulder|foot|hand|side|breast|lower|upper|lung|kidney))/gi, 'R'],
  [/\bleft\b(?=\s+(?:knee|hip|arm|leg|eye|ear|shoulder|foot|hand|side|breast|lower|upper|lung|kidney))/gi, 'L'],
  [/\bbilateral\b/gi, 'B/L'], [/\bas needed\b/gi, 'prn'], [/\bby mouth\b/gi, 'PO'], [/\btwice (?:a day|daily)\b/gi, 'BID'],
  [/\bdenies\b/gi, 'denies any'], [/\bweeks\b/gi, 'wks'], [/\bmilligrams\b/gi, 'mg'], [/\bapproximately\b/gi, '~'],
  [/\bwith\b/gi, 'w/'], [/\bpatient\b/gi, 'pt'], [/\bnegative for\b/gi, 'neg for'], [/\bhours\b/gi, 'hrs'],
];

/** The sentence in clinical shorthand (HTN, SOB, w/o, R knee, BID...): faithful. */
export function abbreviate(sentence: string): string | null {
  let s = sentence;
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s === sentence ? null : s;
}

export interface KitNote {
  readonly id: string;
  readonly text: string;
}

function usable(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean).length;
  return words >= 4 && words <= 45 && /[a-z]{3}/.test(s);
}

/** Faithful and fabricated statements for one note; `foreign` supplies quotes from other notes. */
export function casesForNote(note: KitNote, foreign: string, seed: number): PlantedCase[] {
  const sentences = sentenceSpans(note.text)
    .map((s) => note.text.slice(s.start, s.end).trim().replace(/^[,\s]+|[,\s]+$/g, ''))
    .filter(usable);
  const out: PlantedCase[] = [];
  const kinds: Fabrication[] = ['side', 'dose', 'number', 'drop-negation', 'add-negation', 'drug', 'lab', 'date', 'direction', 'swap'];
  sentences.forEach((sentence, i) => {
    const evidence = [sentence];
    const variants: string[] = [paraphrase(sentence, seed + i)];
    const c = clause(sentence, seed + i);
    if (c) variants.push(paraphrase(c, seed + i + 1));
    const abbreviated = abbreviate(sentence);
    if (abbreviated) variants.push(abbreviated);
    const short = compress(sentence, seed + i);
    if (short) variants.push(short);
    for (const text of variants) out.push({ statement: { text, evidence }, fabrication: null });
    // Two neighbouring sentences merged into one statement with both quotes.
    const next = sentences[i + 1];
    if (next && i % 3 === 0) {
      const merged = `${paraphrase(sentence, seed + i).replace(/[.\s]+$/, '')}; ${next.charAt(0).toLowerCase()}${next.slice(1)}`;
      out.push({ statement: { text: merged, evidence: [sentence, next] }, fabrication: null });
      const kind = kinds[(seed + i) % kinds.length]!;
      const planted = plant(merged, kind, note.text, seed + i);
      if (planted !== null && planted !== merged) out.push({ statement: { text: planted, evidence: [sentence, next] }, fabrication: kind });
    }
    // Each fabrication is planted in the verbatim sentence and in one of its faithful rewrites.
    kinds.forEach((kind, k) => {
      const rewrite = variants[(seed + i + k) % variants.length]!;
      for (const base of rewrite === sentence ? [sentence] : [sentence, rewrite]) {
        const text = plant(base, kind, note.text, seed + i + k);
        if (text !== null && text !== base) out.push({ statement: { text, evidence }, fabrication: kind });
      }
    });
  });
  if (foreign.trim() !== '' && !note.text.includes(foreign)) {
    out.push({ statement: { text: foreign, evidence: [foreign] }, fabrication: 'quote' });
  }
  return out;
}
