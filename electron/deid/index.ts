// The de-identification engine: find Safe Harbor identifiers, then redact or surrogate them.
// Pure TypeScript over bundled word lists; no model, no network, no file access.
export { DEID_KINDS, isDeidKind, type DeidFinding, type DeidKind } from './kinds';
export { findIdentifiers, type FindOptions } from './find';
export { redact, redactWithSpans, surrogate, shiftDate, zip3, RESTRICTED_ZIP3, SURROGATE_NOTICE, type RedactedSpan, type SurrogateResult } from './transform';
export { countByKind } from './summary';
import { wordLists } from './wordlists';

/** Builds the word lists now (about 0.2 s) instead of on the first findIdentifiers call. */
export function preloadDeid(): void {
  wordLists();
}
