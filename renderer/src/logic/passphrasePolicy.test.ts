import { describe, expect, it } from 'vitest';
import { allMet, isObvious, passphraseRules } from './passphrasePolicy';

describe('passphrase hints', () => {
  it('needs 12 characters', () => {
    const short = passphraseRules('river-stone', 'dr.ames', null);
    expect(short.find((r) => r.id === 'length')!.met).toBe(false);
    expect(allMet(passphraseRules('river stone lantern', 'dr.ames', null))).toBe(true);
  });
  it('flags obvious passphrases', () => {
    for (const p of ['password1234', 'Password123!', 'aaaaaaaaaaaaaa', '123456789012', 'abcdefghijklm', 'qwertyuiop12', 'lockscribe2024']) {
      expect(isObvious(p), p).toBe(true);
    }
    expect(isObvious('correct horse battery')).toBe(false);
  });
  it('rejects the user name inside the passphrase', () => {
    const rules = passphraseRules('my-admin-ames-secret', 'ames', null);
    expect(rules.find((r) => r.id === 'not-name')!.met).toBe(false);
  });
  it('checks confirmation when asked', () => {
    expect(passphraseRules('river stone lantern', 'x', 'river stone lanter').find((r) => r.id === 'match')!.met).toBe(false);
    expect(allMet(passphraseRules('river stone lantern', 'x', 'river stone lantern'))).toBe(true);
  });
});
