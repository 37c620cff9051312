import { describe, expect, it } from 'vitest';
import { userNameProblem } from './userName';

describe('user name check', () => {
  it('accepts the contract alphabet', () => {
    expect(userNameProblem('dr.ames-2_x')).toBeNull();
  });
  it('explains problems', () => {
    expect(userNameProblem('')).toMatch(/Enter/);
    expect(userNameProblem('dr ames')).toMatch(/letters/);
    expect(userNameProblem('a'.repeat(65))).toMatch(/64/);
  });
});
