import { describe, expect, it } from 'vitest';
import { allMet, passphraseRules } from './passphrasePolicy';

const obvious = (p: string) => !passphraseRules(p, 'someone', null).find((r) => r.id === 'not-obvious')!.met;

describe('passphrase hints', () => {
  it('needs 12 characters', () => {
    const short = passphraseRules('river-stone', 'dr.ames', null);
    expect(short.find((r) => r.id === 'length')!.met).toBe(false);
    expect(allMet(passphraseRules('river stone lantern', 'dr.ames', null))).toBe(true);
  });
  it('flags obvious passphrases', () => {
    for (const p of ['password1234', 'Password123!', 'aaaaaaaaaaaaaa', '123456789012', 'abcdefghijklm', 'qwertyuiop12', 'lockscribe2024']) {
      expect(obvious(p), p).toBe(true);
    }
    expect(obvious('correct horse battery')).toBe(false);
    // Look-alike spellings are caught here exactly as main catches them.
    expect(obvious('P@ssw0rd-P@ssw0rd')).toBe(true);
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
