// Test support: the kinds of flag one statement gets against a note, with one quote as its evidence.
import { indexNote, verifyStatementWith } from './verify-summary';

export function flagKinds(note: string, statement: string, quote: string): string[] {
  return verifyStatementWith(indexNote(note), statement, [quote]).flags.map((f) => f.kind);
}
