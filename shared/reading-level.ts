// Flesch-Kincaid grade level, used to measure and show how readable a patient-friendly summary is.
// Syllables are counted by a heuristic (vowel groups, silent final e, common suffixes); it is within
// a syllable of a dictionary for most English words, which is all a grade estimate needs.

export interface ReadingLevel {
  /** US school grade; lower is easier. 0 when there is no text. */
  readonly grade: number;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/['’]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "shared", "takes" (but not "table", "needed").
  w = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  let n = groups ? groups.length : 0;
  // "-ia", "-io" (bacteria, radio) are two syllables that the vowel group counts as one.
  n += (w.match(/[^aeiou]i[ao]/g) ?? []).length;
  return Math.max(1, n);
}

function countSentences(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$)|\n\s*\n|\n\s*[-•*]/g);
  return Math.max(1, ends ? ends.length : 0);
}

export function readingLevel(text: string): ReadingLevel {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return { grade: 0, words: 0, sentences: 0, syllables: 0 };
  const sentences = countSentences(text);
  const syllables = words.reduce((s, w) => s + countSyllables(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { grade: Math.max(0, Math.round(grade * 10) / 10), words: words.length, sentences, syllables };
}
