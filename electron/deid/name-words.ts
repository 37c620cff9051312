// What the rules that read a name from its surroundings (culture-names.ts, newborn-names.ts, statement-names.ts) share:
// a name's word as a pattern, the facts that rule a word out of a name, and a word's key for the lists.
import type { TokenFacts } from './tokens';

/** A word of a name: letters with their marks, apostrophes and hyphens ("Saint-Fleur", "O'Neil", "Nguyễn"). */
export const NAME_WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;

/** A word that may be part of a name: no function, clinical or eponym word. */
export const nameWord = (f: TokenFacts): boolean => !f.fn && !f.clinical && !f.eponym;

/** A listed given name or surname, or a word no list calls a word. */
export const listedOrUnknown = (f: TokenFacts): boolean => nameWord(f) && (f.first || f.last || !f.english);

/** Given names of habit that no list of given names holds ("Skip", "Woody", "Chip"). */
export const NICKNAME = /^(?:skip|chip|buddy|bud|butch|duke|ace|sonny|bubba|tad|kit|biff|rusty|dusty|woody|sandy|cliff|dale|glen|guy|pat|art|jack)$/;

/** A given name where a frame already says a person stands: a listed one, a habit's, or a word no list knows. */
export const givenWord = (f: TokenFacts, key: string): boolean => !f.clinical && !f.eponym && (f.first || NICKNAME.test(key) || !f.english);

/** A surname where a frame already says a person stands: a listed one, or a word no list knows. */
export const surnameWord = (f: TokenFacts): boolean => !f.fn && !f.clinical && (f.last || !f.english);

/** A word's key in the lists: lower case, without a closing period or a possessive's "'s". */
export const wordKey = (w: string): string => w.toLowerCase().replace(/[.]+$/, '').replace(/['’]s$/, '');

/** Where group `k` of a match made with the "d" flag starts. */
export const groupAt = (m: RegExpMatchArray, k: number): number => m.indices![k]![0];
