import { describe, expect, it } from 'vitest';
import { allMet, passphraseRules } from './passphrasePolicy';

const strength = (p: string) => passphraseRules(p, 'someone', null).find((r) => r.id === 'strong')!;

describe('passphrase hints', () => {
  it('needs 12 characters', () => {
    const short = passphraseRules('river-stone', 'dr.ames', null);
    expect(short.find((r) => r.id === 'length')!.met).toBe(false);
    expect(allMet(passphraseRules('river stone lantern', 'dr.ames', null))).toBe(true);
  });
  it('flags guessable passphrases with the reason main gives', () => {
    for (const p of ['password1234', 'Password123!', 'Summer2024!!', 'Jennifer1985', 'aaaaaaaaaaaaaa', '123456789012', 'qwertyuiop12', 'lockscribe2024']) {
      expect(strength(p).met, p).toBe(false);
      expect(strength(p).label, p).toContain('too easy to guess');
    }
    expect(strength('correct horse battery').met).toBe(true);
    // Look-alike spellings are caught here exactly as main catches them.
    expect(strength('P@ssw0rd-P@ssw0rd').met).toBe(false);
  });
  it('shows the general rule before anything is typed', () => {
    expect(strength('').label).toContain('Hard to guess');
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
