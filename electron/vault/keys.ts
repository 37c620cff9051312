// Key material: the random data key SQLCipher uses, and its wraps. A wrap is the data key encrypted
// with AES-256-GCM under a key-encryption key derived by scrypt from a passphrase or recovery code.
// The AAD binds each wrap to its vault and owner, so a wrap cannot be moved to another user or vault.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface KdfParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** About 128 MiB and a few hundred ms per attempt: slow for a guesser, tolerable once per unlock. */
export const PRODUCTION_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

export interface KeyWrap {
  readonly kdf: { readonly alg: 'scrypt'; readonly N: number; readonly r: number; readonly p: number; readonly salt: string };
  readonly alg: 'aes-256-gcm';
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

export const DATA_KEY_BYTES = 32;

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** Bounds for params read from disk: a tampered keyring must not make us allocate gigabytes or spin. */
export function kdfParamsValid(k: KdfParams): boolean {
  const pow2 = Number.isInteger(k.N) && k.N >= 2 && (k.N & (k.N - 1)) === 0;
  return pow2 && k.N <= 2 ** 20 && Number.isInteger(k.r) && k.r >= 1 && k.r <= 16 && Number.isInteger(k.p) && k.p >= 1 && k.p <= 4;
}

// Passphrases typed on different systems may arrive composed or decomposed; NFC makes them equal.
function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.normalize('NFC'), 'utf8');
}

export function deriveKek(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  if (!kdfParamsValid(params)) return Promise.reject(new Error('scrypt parameters out of range'));
  const input = secretBytes(secret);
  return new Promise((resolve, reject) => {
    scrypt(input, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 }, (e, key) => {
      input.fill(0);
      if (e) reject(e);
      else resolve(key);
    });
  });
}

export async function wrapKey(dataKey: Buffer, secret: string, aad: string, params: KdfParams): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const kek = await deriveKek(secret, salt, params);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kdf: { alg: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64') },
      alg: 'aes-256-gcm',
      iv: iv.toString('base64'),
      ct: ct.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/** The data key, or null when the secret (or the AAD) is wrong: GCM authenticates both. */
export async function unwrapKey(wrap: KeyWrap, secret: string, aad: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, Buffer.from(wrap.kdf.salt, 'base64'), wrap.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const parts = [decipher.update(Buffer.from(wrap.ct, 'base64')), decipher.final()];
    const key = Buffer.concat(parts);
    // The pieces the key was assembled from are copies of it too.
    for (const part of parts) part.fill(0);
    if (key.length === DATA_KEY_BYTES) return key;
    key.fill(0);
    return null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

/** Spends the same scrypt work as a real unwrap, so an unknown user name takes as long as a known one. */
export async function burnKdf(secret: string, params: KdfParams): Promise<void> {
  const kek = await deriveKek(secret, randomBytes(16), params);
  kek.fill(0);
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function userWrapAad(vaultId: string, userId: string): string {
  return `lockscribe-wrap-v1|vault:${vaultId}|user:${userId}`;
}

export function recoveryWrapAad(vaultId: string): string {
  return `lockscribe-wrap-v1|vault:${vaultId}|recovery`;
}

// Crockford-style base32 without I, L, O, U: no look-alikes when typed from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 6;
const GROUP_CHARS = 5;

/** 30 characters of 5 bits each (150 bits), shown as 6 groups of 5: ABCDE-FGHJK-... */
export function newRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_CHARS);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]!);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push(chars.slice(g * GROUP_CHARS, (g + 1) * GROUP_CHARS).join(''));
  return groups.join('-');
}

/** Accepts what a person types: any case, spaces or dashes, O for 0 and I/L for 1. Null if it cannot be a code. */
export function normalizeRecoveryCode(typed: string): string | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== GROUPS * GROUP_CHARS) return null;
  for (const c of cleaned) if (!ALPHABET.includes(c)) return null;
  return cleaned;
}
