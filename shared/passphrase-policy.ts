// The passphrase policy: main enforces it (WEAK_PASSPHRASE) and the renderer shows the same rules as
// live hints, so the two can never disagree. Strength is zxcvbn's estimate (a maintained port with
// password, name, word and keyboard dictionaries) rather than hand-kept lists. Pure: no I/O. Reasons are
// user-safe and never echo the passphrase.
import { ZxcvbnFactory, type FeedbackType } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

export const MIN_PASSPHRASE_CHARS = 12;

/**
 * zxcvbn's score 3 starts at 10^8 guesses, which admits "Summer2024!!" and "Welcome2024!!"; the vault's
 * wrapped keys can be attacked offline, so the bar is score 4 (at least 10^10 guesses).
 */
export const MIN_ZXCVBN_SCORE = 4;

/** Words that count against strength for everyone, besides the user's own name. */
const APP_WORDS = ['lockscribe', 'lock', 'scribe', 'clinic', 'hospital', 'doctor', 'nurse', 'patient', 'admin', 'auditor', 'clinician'];

// Built on first use: the dictionaries take a moment to rank, and most screens never need them.
let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
    // Levenshtein matching costs hundreds of milliseconds per check and adds little beyond l33t matching.
    useLevenshteinDistance: false,
  });
  return factory;
}

// zxcvbn's feedback keys (no translations are loaded, so it returns keys), rewritten plainly.
const WARNINGS: Readonly<Record<string, string>> = {
  straightRow: 'It is a straight row of keys on the keyboard.',
  keyPattern: 'It is a keyboard pattern.',
  simpleRepeat: 'It repeats the same character.',
  extendedRepeat: 'It repeats the same group of characters.',
  sequences: 'It contains a simple sequence like abc or 123.',
  recentYears: 'It relies on a recent year.',
  dates: 'It relies on a date.',
  topTen: 'It is one of the most used passwords.',
  topHundred: 'It is a very common password.',
  common: 'It is a common password.',
  similarToCommon: 'It is a common password with small changes.',
  wordByItself: 'A single word is easy to guess.',
  namesByThemselves: 'A single name is easy to guess.',
  commonNames: 'Common first names and surnames are easy to guess.',
  userInputs: 'It contains the user name or the app name.',
  pwned: 'It is a known leaked password.',
};

const SUGGESTIONS: Readonly<Record<string, string>> = {
  l33t: 'Swapping letters for look-alikes (@ for a, 0 for o) does not help.',
  reverseWords: 'Spelling a word backwards does not help.',
  allUppercase: 'Capitals alone do not help.',
  capitalization: 'A capital first letter does not help.',
  dates: 'Leave out dates and years that are linked to you.',
  recentYears: 'Leave out recent years.',
  associatedYears: 'Leave out years that are linked to you.',
  sequences: 'Leave out sequences like abc or 1234.',
  repeated: 'Leave out repeated words and characters.',
  longerKeyboardPattern: 'Leave out keyboard patterns.',
  anotherWord: 'Add another uncommon word.',
  useWords: 'Use several unrelated words.',
  noNeed: 'Symbols, digits and capitals are not needed: several unrelated words are enough.',
  pwned: 'Choose one you have never used anywhere else.',
};

export type PassphraseRuleId = 'length' | 'strong' | 'not-name';

export interface PassphraseRuleResult {
  readonly id: PassphraseRuleId;
  /** Null when the rule is met, otherwise the reason to show. */
  readonly problem: string | null;
}

function lengthProblem(passphrase: string): string | null {
  return [...passphrase].length < MIN_PASSPHRASE_CHARS ? `The passphrase must be at least ${MIN_PASSPHRASE_CHARS} characters long.` : null;
}

function nameProblem(passphrase: string, userName: string): string | null {
  const name = userName.trim().toLowerCase();
  return name.length >= 3 && passphrase.toLowerCase().includes(name) ? 'The passphrase must not contain the user name.' : null;
}

/** The user name and its parts ("dr.alice.smith" gives alice and smith too), so each counts against strength. */
function userInputs(userName: string): string[] {
  const name = userName.trim().toLowerCase();
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 3);
  return [...new Set([name, ...parts, ...APP_WORDS])].filter((w) => w.length > 0);
}

function describe(feedback: FeedbackType): string {
  const warning = feedback.warning ? WARNINGS[feedback.warning] : undefined;
  const advice = feedback.suggestions.map((s) => SUGGESTIONS[s]).filter((s): s is string => s !== undefined);
  const tips = advice.length > 0 ? advice : [SUGGESTIONS['useWords']!];
  return ['The passphrase is too easy to guess.', warning, ...tips].filter((s): s is string => s !== undefined).join(' ');
}

function strengthProblem(passphrase: string, userName: string): string | null {
  if (passphrase === '') return 'The passphrase is empty.';
  const result = estimator().check(passphrase, userInputs(userName));
  return result.score >= MIN_ZXCVBN_SCORE ? null : describe(result.feedback);
}

/** Every rule with its outcome, in the order they are shown and checked. */
export function passphraseRuleResults(passphrase: string, userName: string): readonly PassphraseRuleResult[] {
  return [
    { id: 'length', problem: lengthProblem(passphrase) },
    { id: 'strong', problem: strengthProblem(passphrase, userName) },
    { id: 'not-name', problem: nameProblem(passphrase, userName) },
  ];
}

/** Null when the passphrase is acceptable, otherwise the first reason to show. */
export function passphraseProblem(passphrase: string, userName: string): string | null {
  return passphraseRuleResults(passphrase, userName).find((r) => r.problem !== null)?.problem ?? null;
}
