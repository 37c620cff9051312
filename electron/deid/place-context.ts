// What the place rules share while they read one text: its tokens and their facts, and the tokens marked as places so far
// (a rule may read what an earlier one marked).
import type { Token, TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

export interface PlaceCtx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly f: readonly TokenFacts[];
  readonly lists: WordLists;
  readonly isPlace: Uint8Array;
  readonly rules: string[];
  readonly isName: ReadonlySet<number>;
  /** Keys the note writes in lower case on a mixed-case line. */
  readonly lowerSeen: ReadonlySet<string>;
}

/** Marks token i a place found by `rule`; the first rule to mark a token names it. */
export function mark(ctx: PlaceCtx, i: number, rule: string): void {
  if (ctx.isPlace[i]) return;
  ctx.isPlace[i] = 1;
  ctx.rules[i] = rule;
}
