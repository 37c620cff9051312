import { describe, expect, it } from 'vitest';
import { passphraseProblem, passphraseRuleResults } from './passphrase-policy';

describe('passphrase policy', () => {
  // Diceware-style phrases, long random strings, and the passphrases the other test suites rely on.
  it.each([
    ['correct horse battery staple', 'ada.admin'],
    ['violet tractor mountain seven', 'dr.lee'],
    ['paper lantern quietly river', 'audit.kim'],
    ['amber violin glacier 64', 'audit.kim'],
    ['orange piano glacier whisper', 'carol'],
    ['walnut ferry citadel 19', 'after.backup'],
    ['glass otter frozen budget', 'bob'],
    ['Tuesday-Kettle-Orbit-92', 'bob'],
    ['kP9#vX2qLm7$wZ4t', 'bob'],
    ['xq7-vorp-lumtra-88', 'bob'],
  ])('accepts %s', (pass, user) => {
    expect(passphraseProblem(pass, user)).toBeNull();
  });

  it.each([
    ['short1!', 'alice.smith', 'at least 12'],
    ['Summer2024!!', 'alice.smith', 'too easy to guess'],
    ['Jennifer1985', 'alice.smith', 'common password'],
    ['Baltimore#12', 'alice.smith', 'too easy to guess'],
    ['Welcome2024!!', 'alice.smith', 'too easy to guess'],
    ['Michael2010!!', 'alice.smith', 'too easy to guess'],
    ['P@ssw0rd-P@ssw0rd', 'alice.smith', 'too easy to guess'],
    ['Password123456!', 'alice.smith', 'common password'],
    ['Lockscribe2024!!', 'alice.smith', 'too easy to guess'],
    ['lockscribe lockscribe', 'alice.smith', 'too easy to guess'],
    ['aaaaaaaaaaaaaa', 'alice.smith', 'repeats the same character'],
    ['abcabcabcabcabc', 'alice.smith', 'repeats the same group'],
    ['123456789012', 'alice.smith', 'common password'],
    ['qwertyuiop12', 'alice.smith', 'too easy to guess'],
    ['1qaz2wsx3edc4rfv', 'alice.smith', 'common password'],
    ['zxcvbnm,./asdf', 'alice.smith', 'keyboard'],
    ['alice.smithalice.smith', 'alice.smith', 'user name'],
    ['carol carol carol 123', 'carol', 'repeat'],
    ['my-admin-ames-secret', 'ames', 'user name'],
  ])('rejects %s with a specific reason', (pass, user, reason) => {
    const problem = passphraseProblem(pass, user);
    expect(problem).not.toBeNull();
    expect(problem!.toLowerCase()).toContain(reason);
    expect(problem).not.toContain(pass);
  });

  it('counts the user name against strength: the same shape passes for someone else', () => {
    expect(passphraseProblem('rosalind.okafor.rosalind', 'rosalind.okafor')).not.toBeNull();
    expect(passphraseProblem('trellis.quanta.trellis', 'rosalind.okafor')).toBeNull();
  });

  it('reports each rule separately so the hints can show them', () => {
    const results = passphraseRuleResults('Summer2024!!', 'x');
    expect(results.map((r) => r.id)).toEqual(['length', 'strong', 'not-name']);
    expect(results.find((r) => r.id === 'length')!.problem).toBeNull();
    expect(results.find((r) => r.id === 'strong')!.problem).not.toBeNull();
    expect(passphraseRuleResults('', 'x').every((r) => r.id === 'not-name' || r.problem !== null)).toBe(true);
  });
});
