import { describe, expect, it } from 'vitest';
import { passphraseProblem } from './passphrase-policy';

describe('passphrase policy', () => {
  it('accepts long unrelated words', () => {
    expect(passphraseProblem('correct horse battery staple', 'alice')).toBeNull();
    expect(passphraseProblem('Tuesday-Kettle-Orbit-92', 'bob')).toBeNull();
  });

  it.each([
    ['short1!', 'at least 12'],
    ['aaaaaaaaaaaaaa', 'repeats'],
    ['abcabcabcabcabc', 'repeats'],
    ['121212121212', 'repeats'],
    ['123456789012', 'digits'],
    ['abcdefghijklmn', 'sequence'],
    ['Password123456!', 'password'],
    ['P@ssw0rd-P@ssw0rd', 'password'],
    ['MyPassword is long', 'password'],
    ['Lockscribe2024!!', 'lockscribe'],
    ['l0ckscr1be rules ok', 'lockscribe'],
    ['qwertyuiop12', 'common'],
    ['Welcome2024!!', 'common'],
    ['dr.alice.smith.99', 'user name'],
  ])('rejects %s with a specific reason', (pass, reason) => {
    const problem = passphraseProblem(pass, 'alice.smith');
    expect(problem).not.toBeNull();
    expect(problem!.toLowerCase()).toContain(reason);
    expect(problem).not.toContain(pass);
  });
});
