// Live hints for choosing a passphrase. Main enforces the real policy (WEAK_PASSPHRASE); these hints
// only help the user get it right the first time.

export const MIN_PASSPHRASE_LENGTH = 12;

export interface PolicyRule {
  readonly id: 'length' | 'not-obvious' | 'not-name' | 'match';
  readonly label: string;
  readonly met: boolean;
}

const COMMON = [
  'password', 'passphrase', 'passwort', 'lockscribe', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'letmein', 'welcome',
  'admin', 'administrator', 'iloveyou', 'monkey', 'dragon', 'secret', 'changeme', 'hospital', 'doctor', 'nurse',
  'clinic', 'abcdef', 'abc123', 'trustno1', 'football', 'baseball', 'sunshine', 'master',
];

function isSequence(s: string): boolean {
  if (s.length < 4) return false;
  const codes = [...s].map((c) => c.charCodeAt(0));
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) !== 1) return false;
  return codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}

/** True for passphrases that are long enough but still easy to guess. */
export function isObvious(passphrase: string): boolean {
  const lower = passphrase.toLowerCase();
  if (lower.length === 0) return true;
  if (new Set(lower).size < 5) return true;
  if (/^\d+$/.test(lower)) return true;
  const letters = lower.replace(/[^a-z]/g, '');
  const core = lower.replace(/[^a-z0-9]/g, '');
  if (isSequence(core)) return true;
  for (const word of COMMON) {
    // "Password123!" and "qwertyuiop12" are common words padded with digits or symbols.
    if (letters === word || core.startsWith(word) && core.slice(word.length).replace(/\d/g, '').length === 0) return true;
  }
  return false;
}

export function passphraseRules(passphrase: string, userName: string, confirm: string | null): readonly PolicyRule[] {
  const name = userName.trim().toLowerCase();
  const rules: PolicyRule[] = [
    { id: 'length', label: `At least ${MIN_PASSPHRASE_LENGTH} characters`, met: [...passphrase].length >= MIN_PASSPHRASE_LENGTH },
    { id: 'not-obvious', label: 'Not a common word, sequence or repeated characters', met: passphrase.length > 0 && !isObvious(passphrase) },
    {
      id: 'not-name',
      label: 'Does not contain the user name',
      met: passphrase.length > 0 && (name.length < 3 || !passphrase.toLowerCase().includes(name)),
    },
  ];
  if (confirm !== null) rules.push({ id: 'match', label: 'Both entries match', met: passphrase.length > 0 && passphrase === confirm });
  return rules;
}

export function allMet(rules: readonly PolicyRule[]): boolean {
  return rules.every((r) => r.met);
}
