// Mirrors the contract's user name rule so the form can say what is wrong before submitting.
export const USER_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
export const MAX_USER_NAME = 64;

export function userNameProblem(name: string): string | null {
  if (name.length === 0) return 'Enter a user name.';
  if (name.length > MAX_USER_NAME) return `Use at most ${MAX_USER_NAME} characters.`;
  if (!USER_NAME_PATTERN.test(name)) return 'Use letters, digits, dot, dash and underscore only.';
  return null;
}
