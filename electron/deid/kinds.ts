// The identifier kinds (the list lives in shared/, so the renderer contract can validate them) and
// what the engine reports for each identifier it finds.
import type { DeidKind } from '../../shared/deid-kinds';
export { DEID_KINDS, isDeidKind, type DeidKind } from '../../shared/deid-kinds';

/** One identifier found in a text: JavaScript string indices, end exclusive. */
export interface DeidFinding {
  readonly start: number;
  readonly end: number;
  readonly kind: DeidKind;
  /** The rule that found it, for review screens and tuning; never contains the text itself. */
  readonly rule: string;
}
