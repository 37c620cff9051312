// Keys of the audit log. Nothing here is derived from a database key (that key is shared by every
// role and rotates on revocation):
// - MAC keys evolve one way, one per entry: k(i+1) = SHA-256(label, k(i)). The app keeps only the key for
//   the next entry (audit_state) and wipes the one it used, so whoever reads the vault's files later
//   holds a key that can MAC future entries only, never re-MAC an existing one. The first key, k(1),
//   is sealed to the auditors and the recovery code only (audit_grants): they alone can verify MACs.
// - Checkpoints are signed by a chain of Ed25519 keys: checkpoint n is signed by key n, which also
//   signs the public half of key n+1 and is then wiped. The first public key (the anchor) is fixed at
//   setup and printed with the recovery code; no key that could sign an existing checkpoint remains.
import crypto, { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';

/** Entries between automatic checkpoints (sessions also end with one). */
export const CHECKPOINT_EVERY = 1000;

/** The chain's starting point: the "previous MAC" of entry 1. */
export const GENESIS_MAC = Buffer.alloc(32);

const NEXT_LABEL = 'lockscribe audit next mac key v2';

/** One-way step to the next entry's key: SHA-256 over a label and the key (one hash, not HMAC's two). */
const NEXT_PREFIX = Buffer.from(NEXT_LABEL, 'utf8');
// One-shot hashing (Node 20.12+) where it exists: no Hash object per step over a 100,000-entry walk.
const oneShot = (crypto as { hash?: (alg: string, data: Buffer, enc: 'buffer') => Buffer }).hash;

export function nextMacKey(k: Buffer): Buffer {
  const input = Buffer.concat([NEXT_PREFIX, k]);
  try {
    return oneShot ? oneShot('sha256', input, 'buffer') : createHash('sha256').update(input).digest();
  } finally {
    input.fill(0);
  }
}

export function newChainKey(): Buffer {
  return randomBytes(32);
}

/** Every entry's MAC key, from the first key: for verification (auditors). Sequential walks are O(1) a step. */
export class ChainKeys {
  private readonly anchors: Buffer[];
  private lastSeq = 1;
  private lastKey: Buffer;

  constructor(firstKey: Buffer) {
    this.anchors = [Buffer.from(firstKey)];
    this.lastKey = this.anchors[0]!;
  }

  forSeq(seq: number): Buffer {
    if (seq < 1) throw new Error('audit entries start at 1');
    if (seq < this.lastSeq) {
      const a = Math.floor((seq - 1) / CHECKPOINT_EVERY);
      this.lastSeq = a * CHECKPOINT_EVERY + 1;
      this.lastKey = this.anchors[a]!;
    }
    while (this.lastSeq < seq) {
      this.lastKey = nextMacKey(this.lastKey);
      this.lastSeq++;
      if ((this.lastSeq - 1) % CHECKPOINT_EVERY === 0 && this.anchors.length === (this.lastSeq - 1) / CHECKPOINT_EVERY) this.anchors.push(this.lastKey);
    }
    return this.lastKey;
  }

  wipe(): void {
    for (const k of this.anchors) k.fill(0);
  }
}

// DER wrappers for a raw Ed25519 seed (RFC 8410 PKCS#8) and a raw public key (SPKI).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKeyRaw: Buffer;
}

export function newSigningSeed(): Buffer {
  return randomBytes(32);
}

export function signingKeyFromSeed(seed: Buffer): SigningKey {
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
  try {
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
    return { privateKey, publicKeyRaw: Buffer.from(spki.subarray(SPKI_ED25519_PREFIX.length)) };
  } finally {
    der.fill(0);
  }
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('Ed25519 public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** A short fingerprint of the anchor, to compare with the one printed at setup: XXXX-XXXX-XXXX-XXXX. */
export function anchorFingerprint(anchorRaw: Buffer): string {
  const hex = createHmac('sha256', 'lockscribe audit anchor fingerprint').update(anchorRaw).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}
