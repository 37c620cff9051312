// What the name rules share while they read one text: its tokens and their facts, and the tokens marked as names so far
// (a rule may read what an earlier one marked).
import type { Token, TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

export interface NameCtx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly f: readonly TokenFacts[];
  readonly lists: WordLists;
  readonly isName: Uint8Array;
  readonly rules: string[];
}

/** Marks token i a name found by `rule`; the first rule to mark a token names it. */
export function mark(ctx: NameCtx, i: number, rule: string): void {
  if (ctx.isName[i]) return;
  ctx.isName[i] = 1;
  ctx.rules[i] = rule;
}
