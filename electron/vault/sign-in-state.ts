// DIR/sign-in-state.json: failed-attempt counters (so a restart does not reset the throttle) and the
// queue of events seen while locked (failed sign-ins, integrity failures, restores, blocked network
// requests) waiting for the audit log, which is only writable once some user unlocks. It holds no secrets: names are hashed, queued entries carry a time and a user id at most.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-file';
import type { FailureRecord } from './throttle';

export const SIGN_IN_STATE_FILE = 'sign-in-state.json';
const MAX_TRACKED_NAMES = 500;
const MAX_PENDING = 1000;

export interface PendingEvent {
  /** Epoch ms of the attempt. */
  readonly at: number;
  readonly kind: 'passphrase' | 'recovery-code' | 'restore' | 'integrity-failure' | 'network-blocked';
  /** Set when the name belonged to a user; a typed unknown name is never stored. */
  readonly userId: string | null;
}

export interface SignInState {
  readonly version: 1;
  readonly failures: Readonly<Record<string, FailureRecord>>;
  readonly pending: readonly PendingEvent[];
  /** Pending events dropped because the queue was full, reported at the next flush. */
  readonly dropped: number;
}

export const EMPTY_STATE: SignInState = { version: 1, failures: {}, pending: [], dropped: 0 };

/** The counter key for a typed name: hashed with the vault id, so the file lists no names. */
export function nameKey(vaultId: string, userName: string): string {
  return createHash('sha256').update(`${vaultId}\0${userName.toLowerCase()}`).digest('hex').slice(0, 32);
}

export async function readSignInState(file: string): Promise<SignInState> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<SignInState>;
    if (data.version !== 1 || typeof data.failures !== 'object' || !Array.isArray(data.pending)) return EMPTY_STATE;
    return { version: 1, failures: data.failures ?? {}, pending: data.pending, dropped: Number(data.dropped) || 0 };
  } catch {
    // Missing or unreadable: start clean rather than refuse every unlock.
    return EMPTY_STATE;
  }
}

export function writeSignInState(file: string, state: SignInState): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}

/** Counts a failed attempt against a name; `at` is epoch ms. */
export function countFailure(state: SignInState, key: string, at: number): SignInState {
  const previous = state.failures[key];
  const failures: Record<string, FailureRecord> = { ...state.failures, [key]: { failures: (previous?.failures ?? 0) + 1, lastAt: at } };
  const entries = Object.entries(failures);
  if (entries.length <= MAX_TRACKED_NAMES) return { ...state, failures };
  // Forget the oldest counters first; the one just written is the newest.
  entries.sort((a, b) => b[1].lastAt - a[1].lastAt);
  return { ...state, failures: Object.fromEntries(entries.slice(0, MAX_TRACKED_NAMES)) };
}

/** A failed sign-in while locked: counted, and queued for the audit log. */
export function recordFailure(state: SignInState, key: string, event: PendingEvent): SignInState {
  return withPending(countFailure(state, key, event.at), event);
}

export function withPending(state: SignInState, event: PendingEvent): SignInState {
  if (state.pending.length >= MAX_PENDING) return { ...state, dropped: state.dropped + 1 };
  return { ...state, pending: [...state.pending, event] };
}

export function clearFailures(state: SignInState, key: string): SignInState {
  if (!(key in state.failures)) return state;
  return { ...state, failures: Object.fromEntries(Object.entries(state.failures).filter(([k]) => k !== key)) };
}
