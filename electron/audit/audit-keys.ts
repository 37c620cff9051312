// Keys for the audit log, all derived from the vault's data key so nothing extra has to be stored.
//
// MAC keys roll forward: the key for epoch e+1 is HMAC(k_e, 'roll'), one epoch per CHECKPOINT_EVERY
// entries. HMAC is one-way, so a key seen in epoch e (say, in a memory dump of a running app) cannot
// produce the key of any earlier epoch and so cannot re-MAC older entries. It does NOT protect against
// someone holding the data key: k_0 is re-derivable from it and every later key follows. Against that
// attacker the defence is the signed checkpoints the admin exports to removable media (see checkpoints.ts).
import { createHmac, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

const MAC_INFO = 'lockscribe audit mac v1';
const SIGNING_INFO = 'lockscribe audit checkpoint signing v1';

/** Entries per MAC epoch and between automatic checkpoints: one epoch ends at each checkpoint. */
export const CHECKPOINT_EVERY = 1000;

/** The chain's starting point: the "previous MAC" of entry 1. */
export const GENESIS_MAC = Buffer.alloc(32);

// DER wrappers for a raw Ed25519 seed (RFC 8410 PKCS#8) and a raw public key (SPKI).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function hkdf(dataKey: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), info, 32));
}

export function epochOf(seq: number): number {
  return Math.floor((seq - 1) / CHECKPOINT_EVERY);
}

/** The MAC key of each epoch, rolled forward from k_0 on demand and cached (32 bytes per 1,000 entries). */
export class EpochKeys {
  private readonly keys: Buffer[];

  constructor(dataKey: Buffer) {
    this.keys = [hkdf(dataKey, MAC_INFO)];
  }

  forSeq(seq: number): Buffer {
    const epoch = Math.max(0, epochOf(seq));
    while (this.keys.length <= epoch) {
      this.keys.push(createHmac('sha256', this.keys[this.keys.length - 1]!).update('roll').digest());
    }
    return this.keys[epoch]!;
  }
}

export interface SigningKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The 32-byte Ed25519 public key, as written to exported checkpoint files. */
  readonly publicKeyRaw: Buffer;
}

/** A deterministic Ed25519 key pair: the same vault always signs with the same key. */
export function deriveSigningKeys(dataKey: Buffer): SigningKeys {
  const seed = hkdf(dataKey, SIGNING_INFO);
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  seed.fill(0);
  der.fill(0);
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey, publicKeyRaw: Buffer.from(spki.subarray(SPKI_ED25519_PREFIX.length)) };
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('Ed25519 public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
}
