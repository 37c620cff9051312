import type { SummaryVersion } from '../../../shared/contract/vault';

/** Summary versions, newest (highest version number) first. Does not mutate the input. */
export function newestFirst(versions: readonly SummaryVersion[]): readonly SummaryVersion[] {
  return [...versions].sort((a, b) => b.version - a.version);
}
