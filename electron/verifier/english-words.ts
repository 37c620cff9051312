// Everyday English (and first names), from the word lists the passphrase checker already ships:
// a word that is neither English nor in the note, written where a drug goes, is a drug the note does
// not mention ("started Velocitrex").
import { dictionary } from '@zxcvbn-ts/language-en';

let words: ReadonlySet<string> | null = null;

/** Lower-case English words and first names; built on first use (or by warmUpVerifier). */
export function englishWords(): ReadonlySet<string> {
  words ??= new Set([...dictionary['commonWords-en'], ...dictionary['wikipedia-en'], ...dictionary['firstnames-en']]);
  return words;
}
