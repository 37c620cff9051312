// The passphrase policy: main enforces it (WEAK_PASSPHRASE) and the renderer shows the same rules as
// live hints, so the two can never disagree. Pure: no I/O. Reasons are user-safe and never echo the
// passphrase.

export const MIN_PASSPHRASE_CHARS = 12;

const COMMON = [
  'password', 'passphrase', 'passwort', 'lockscribe', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'letmein', 'welcome',
  'admin', 'administrator', 'iloveyou', 'monkey', 'dragon', 'secret', 'changeme', 'hospital', 'doctor', 'nurse',
  'clinic', 'abcdef', 'abc123', 'trustno1', 'football', 'baseball', 'sunshine', 'master', 'princess', 'shadow',
];

// Look-alike characters people substitute to satisfy rules: p@ssw0rd is still password.
const LEET: Readonly<Record<string, string>> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** Letters-and-digits readings of the passphrase: as typed, and with look-alikes undone (1 read as l and as i). */
function readings(s: string): string[] {
  const strip = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '');
  const undo = (one: string) => strip([...s].map((c) => (c === '1' ? one : (LEET[c] ?? c))).join(''));
  return [...new Set([strip(s), undo('l'), undo('i')])];
}

function isSequence(s: string): boolean {
  if (s.length < 4) return false;
  const codes = [...s].map((c) => c.codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) > 1) return false;
  return codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}

/** The same short unit over and over: "abcabcabcabc", "121212121212". */
function isRepeatedUnit(s: string): boolean {
  for (let len = 1; len <= Math.floor(s.length / 3); len++) {
    const unit = s.slice(0, len);
    if (unit.repeat(Math.ceil(s.length / len)).slice(0, s.length) === s) return true;
  }
  return false;
}

export type PassphraseRuleId = 'length' | 'not-obvious' | 'not-name';

export interface PassphraseRuleResult {
  readonly id: PassphraseRuleId;
  /** Null when the rule is met, otherwise the reason to show. */
  readonly problem: string | null;
}

function lengthProblem(passphrase: string): string | null {
  return [...passphrase].length < MIN_PASSPHRASE_CHARS ? `The passphrase must be at least ${MIN_PASSPHRASE_CHARS} characters long.` : null;
}

function nameProblem(passphrase: string, userName: string): string | null {
  const lower = passphrase.toLowerCase();
  const name = userName.trim().toLowerCase();
  const nameCore = name.replace(/[^\p{L}\p{N}]/gu, '');
  if (name.length >= 3 && (lower.includes(name) || (nameCore.length >= 3 && readings(lower).some((v) => v.includes(nameCore))))) {
    return 'The passphrase must not contain the user name.';
  }
  return null;
}

function obviousProblem(passphrase: string): string | null {
  const lower = passphrase.toLowerCase();
  const core = lower.replace(/[^\p{L}\p{N}]/gu, '');
  const variants = readings(lower);
  if (new Set(lower).size < 5 || isRepeatedUnit(lower) || isRepeatedUnit(core)) return 'The passphrase repeats the same characters. Use several unrelated words.';
  if (/^\d+$/.test(core)) return 'The passphrase is only digits. Use several unrelated words.';
  if (isSequence(core)) return 'The passphrase is a simple sequence (like abcd or 1234). Use several unrelated words.';
  if (variants.some((v) => /pa?s+w[o0]?r?d|lockscribe/.test(v))) return 'The passphrase must not contain "password" or "lockscribe".';
  // A common word padded with digits or a couple of symbols ("Welcome2024!!") is still a common word.
  const padding = (rest: string) => rest.replace(/\d/g, '').length <= 2;
  for (const v of variants) {
    for (const word of COMMON) {
      if ((v.startsWith(word) && padding(v.slice(word.length))) || (v.endsWith(word) && padding(v.slice(0, v.length - word.length)))) {
        return 'The passphrase is too common. Use several unrelated words.';
      }
    }
  }
  return null;
}

/** Every rule with its outcome, in the order they are shown and checked. */
export function passphraseRuleResults(passphrase: string, userName: string): readonly PassphraseRuleResult[] {
  return [
    { id: 'length', problem: lengthProblem(passphrase) },
    { id: 'not-obvious', problem: passphrase === '' ? 'The passphrase is empty.' : obviousProblem(passphrase) },
    { id: 'not-name', problem: nameProblem(passphrase, userName) },
  ];
}

/** Null when the passphrase is acceptable, otherwise the first reason to show. */
export function passphraseProblem(passphrase: string, userName: string): string | null {
  return passphraseRuleResults(passphrase, userName).find((r) => r.problem !== null)?.problem ?? null;
}
