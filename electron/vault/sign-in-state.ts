// DIR/sign-in-state.json: failed-attempt counters (so a restart does not reset the throttle) and the
// queue of events seen while locked (failed sign-ins, integrity failures, restores, blocked network
// requests) waiting for the audit log, which is only writable once some user unlocks. It holds no
// secrets: names are hashed, queued entries carry a time and a user id at most.
//
// The file is authenticated with a device key (HMAC-SHA256): from the OS keystore through Electron's
// safeStorage in the app, else a key file beside the vault. Content that is malformed, fails its MAC
// or has gone missing is never trusted and never breaks unlock: the state restarts with a penalty on
// the global counter and the tampering is written to the audit log at the next unlock.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-file';
import { FREE_FAILURES, type FailureRecord } from './throttle';

export const SIGN_IN_STATE_FILE = 'sign-in-state.json';
const MAX_TRACKED_NAMES = 500;
const MAX_PENDING = 1000;
/** The counter for every name at once: a guesser spreading attempts over many names is slowed too. */
export const GLOBAL_COUNTER = '*';
/** The global counter counts one step per this many failures. */
export const GLOBAL_SCALE = 4;

export interface PendingEvent {
  /** Epoch ms of the attempt. */
  readonly at: number;
  readonly kind: 'passphrase' | 'recovery-code' | 'restore' | 'integrity-failure' | 'network-blocked';
  /** Set when the name belonged to a user; a typed unknown name is never stored. */
  readonly userId: string | null;
}

export interface SignInState {
  readonly version: 2;
  readonly failures: Readonly<Record<string, FailureRecord>>;
  readonly pending: readonly PendingEvent[];
  /** Pending events dropped because the queue was full, reported at the next flush. */
  readonly dropped: number;
  /** The file was missing, malformed or failed its MAC when read: reported at the next unlock. */
  readonly tampered: boolean;
}

export const EMPTY_STATE: SignInState = { version: 2, failures: {}, pending: [], dropped: 0, tampered: false };

/** The counter key for a typed name: hashed with the vault id, so the file lists no names. */
export function nameKey(vaultId: string, userName: string): string {
  return createHash('sha256').update(`${vaultId}\0${userName.toLowerCase()}`).digest('hex').slice(0, 32);
}

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update('lockscribe-sign-in-state-v2\0').update(body).digest('hex');
}

function isFailure(v: unknown): v is FailureRecord {
  const o = v as Record<string, unknown>;
  return typeof v === 'object' && v !== null && Number.isInteger(o.failures) && (o.failures as number) >= 0 && Number.isFinite(o.lastAt);
}

function isPending(v: unknown): v is PendingEvent {
  const o = v as Record<string, unknown>;
  const kinds = ['passphrase', 'recovery-code', 'restore', 'integrity-failure', 'network-blocked'];
  return typeof v === 'object' && v !== null && Number.isFinite(o.at) && kinds.includes(String(o.kind)) && (o.userId === null || (typeof o.userId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(o.userId)));
}

/** What is left when the file cannot be trusted: nothing queued, and a few failures on the global counter. */
function penalty(now: number): SignInState {
  return { ...EMPTY_STATE, failures: { [GLOBAL_COUNTER]: { failures: FREE_FAILURES * GLOBAL_SCALE, lastAt: now } }, tampered: true };
}

/**
 * Reads the state. `expected` says whether a file should be there (the vault exists): a missing file
 * then counts as tampering, since the app always keeps one.
 */
export async function readSignInState(file: string, key: Buffer, expected = true, now = Date.now()): Promise<SignInState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return expected ? penalty(now) : EMPTY_STATE;
  }
  try {
    const outer = JSON.parse(text) as { body?: unknown; mac?: unknown };
    if (typeof outer.body !== 'string' || typeof outer.mac !== 'string') return penalty(now);
    const want = Buffer.from(mac(key, outer.body), 'hex');
    const got = Buffer.from(outer.mac, 'hex');
    if (got.length !== want.length || !timingSafeEqual(got, want)) return penalty(now);
    const data = JSON.parse(outer.body) as Partial<SignInState>;
    const failures = data.failures && typeof data.failures === 'object' ? data.failures : null;
    if (data.version !== 2 || !failures || !Array.isArray(data.pending) || !Object.values(failures).every(isFailure) || !data.pending.every(isPending)) {
      return penalty(now);
    }
    return { version: 2, failures, pending: data.pending, dropped: Number(data.dropped) || 0, tampered: data.tampered === true };
  } catch {
    return penalty(now);
  }
}

export function writeSignInState(file: string, state: SignInState, key: Buffer): Promise<void> {
  const body = JSON.stringify(state);
  return writeFileAtomic(file, `${JSON.stringify({ body, mac: mac(key, body) })}\n`);
}

/** The device key when no OS keystore provides one: a random key file beside the vault (owner-only). */
export async function fileDeviceKey(file: string): Promise<Buffer> {
  try {
    const hex = (await readFile(file, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
  } catch {
    // First use: made below.
  }
  const key = randomBytes(32);
  await writeFileAtomic(file, `${key.toString('hex')}\n`);
  return key;
}

function bump(failures: Record<string, FailureRecord>, key: string, at: number): void {
  failures[key] = { failures: (failures[key]?.failures ?? 0) + 1, lastAt: at };
}

/** Counts a failed attempt against a name and against every name; `at` is epoch ms. */
export function countFailure(state: SignInState, key: string, at: number): SignInState {
  const failures: Record<string, FailureRecord> = { ...state.failures };
  bump(failures, key, at);
  bump(failures, GLOBAL_COUNTER, at);
  const entries = Object.entries(failures);
  if (entries.length <= MAX_TRACKED_NAMES) return { ...state, failures };
  // Forget the oldest counters first; the one just written is the newest.
  entries.sort((a, b) => b[1].lastAt - a[1].lastAt);
  return { ...state, failures: Object.fromEntries(entries.slice(0, MAX_TRACKED_NAMES)) };
}

/** The global counter as the throttle reads it: one step per GLOBAL_SCALE failures. */
export function globalRecord(state: SignInState): FailureRecord | undefined {
  const r = state.failures[GLOBAL_COUNTER];
  return r && { failures: Math.floor(r.failures / GLOBAL_SCALE), lastAt: r.lastAt };
}

/** A failed sign-in while locked: counted, and queued for the audit log. */
export function recordFailure(state: SignInState, key: string, event: PendingEvent): SignInState {
  return withPending(countFailure(state, key, event.at), event);
}

export function withPending(state: SignInState, event: PendingEvent): SignInState {
  if (state.pending.length >= MAX_PENDING) return { ...state, dropped: state.dropped + 1 };
  return { ...state, pending: [...state.pending, event] };
}

/** A successful sign-in clears that name's counter and the global one. */
export function clearFailures(state: SignInState, key: string): SignInState {
  return { ...state, failures: Object.fromEntries(Object.entries(state.failures).filter(([k]) => k !== key && k !== GLOBAL_COUNTER)) };
}
