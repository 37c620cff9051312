// Live hints for choosing a passphrase: the same rules main enforces (shared/passphrase-policy), shown
// as a checklist so the user gets it right the first time. The strength hint carries zxcvbn's specific
// reason once something has been typed.
import { MIN_PASSPHRASE_CHARS, passphraseRuleResults, type PassphraseRuleId } from '../../../shared/passphrase-policy';

export interface PolicyRule {
  readonly id: PassphraseRuleId | 'match';
  readonly label: string;
  readonly met: boolean;
}

const LABELS: Record<PassphraseRuleId, string> = {
  length: `At least ${MIN_PASSPHRASE_CHARS} characters`,
  strong: 'Hard to guess: not a common password, name, date, sequence or keyboard pattern (several unrelated words work well)',
  'not-name': 'Does not contain the user name',
};

export function passphraseRules(passphrase: string, userName: string, confirm: string | null): readonly PolicyRule[] {
  const rules: PolicyRule[] = passphraseRuleResults(passphrase, userName).map((r) => ({
    id: r.id,
    label: r.id === 'strong' && passphrase.length > 0 && r.problem !== null ? r.problem : LABELS[r.id],
    met: passphrase.length > 0 && r.problem === null,
  }));
  if (confirm !== null) rules.push({ id: 'match', label: 'Both entries match', met: passphrase.length > 0 && passphrase === confirm });
  return rules;
}

export function allMet(rules: readonly PolicyRule[]): boolean {
  return rules.every((r) => r.met);
}
