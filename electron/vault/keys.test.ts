import { describe, expect, it } from 'vitest';
import { PRODUCTION_KDF, newDataKey, newRecoveryCode, normalizeRecoveryCode, recoveryWrapAad, unwrapKey, userWrapAad, wrapKey, kdfParamsValid } from './keys';
import { TEST_KDF } from './vault-test-support';

describe('key wraps', () => {
  it('round-trips the data key and binds the wrap to its user and vault', async () => {
    const key = newDataKey();
    const wrap = await wrapKey(key, 'some long passphrase', userWrapAad('v1', 'u1'), TEST_KDF);
    expect((await unwrapKey(wrap, 'some long passphrase', userWrapAad('v1', 'u1')))?.equals(key)).toBe(true);
    expect(await unwrapKey(wrap, 'some long passphrasE', userWrapAad('v1', 'u1'))).toBeNull();
    expect(await unwrapKey(wrap, 'some long passphrase', userWrapAad('v1', 'u2'))).toBeNull();
    expect(await unwrapKey(wrap, 'some long passphrase', userWrapAad('v2', 'u1'))).toBeNull();
    expect(JSON.stringify(wrap)).not.toContain(key.toString('hex'));
    expect(JSON.stringify(wrap)).not.toContain(key.toString('base64'));
  });

  it('treats composed and decomposed passphrases alike', async () => {
    const key = newDataKey();
    const wrap = await wrapKey(key, 'caf\u00e9 au lait tous les jours', recoveryWrapAad('v'), TEST_KDF);
    expect(await unwrapKey(wrap, 'cafe\u0301 au lait tous les jours', recoveryWrapAad('v'))).not.toBeNull();
  });

  it('uses the production scrypt parameters by default (once: it is slow on purpose)', async () => {
    expect(PRODUCTION_KDF).toEqual({ N: 131072, r: 8, p: 1 });
    const key = newDataKey();
    const wrap = await wrapKey(key, 'production cost passphrase', userWrapAad('v', 'u'), PRODUCTION_KDF);
    expect(wrap.kdf).toMatchObject({ alg: 'scrypt', N: 131072, r: 8, p: 1 });
    expect((await unwrapKey(wrap, 'production cost passphrase', userWrapAad('v', 'u')))?.equals(key)).toBe(true);
  });

  it('rejects scrypt parameters a tampered keyring could use to exhaust memory', () => {
    expect(kdfParamsValid({ N: 2 ** 22, r: 8, p: 1 })).toBe(false);
    expect(kdfParamsValid({ N: 1000, r: 8, p: 1 })).toBe(false);
    expect(kdfParamsValid({ N: 1024, r: 8, p: 99 })).toBe(false);
  });
});

describe('recovery codes', () => {
  it('are 6 groups of 5 unambiguous characters and accept sloppy typing', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normalizeRecoveryCode('O0000-IIIII-LLLLL-00000-00000-00000')).toBe(`00000${'1'.repeat(10)}${'0'.repeat(15)}`);
    expect(normalizeRecoveryCode('too short')).toBeNull();
    expect(normalizeRecoveryCode('UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU')).toBeNull();
    expect(new Set(Array.from({ length: 50 }, newRecoveryCode)).size).toBe(50);
  });
});
