import type { PolicyRule } from '../logic/passphrasePolicy';

interface Props {
  readonly rules: readonly PolicyRule[];
  readonly id: string;
  readonly touched: boolean;
}

export function PassphraseHints({ rules, id, touched }: Props) {
  return (
    <ul className="hints" id={id} data-testid="passphrase-hints" aria-live="polite">
      {rules.map((r) => (
        <li key={r.id} className={r.met ? 'hint met' : touched ? 'hint unmet' : 'hint'} data-met={r.met ? 'true' : 'false'}>
          <span className="hint-mark" aria-hidden="true">
            {r.met ? '✓' : '•'}
          </span>
          {r.label}
          <span className="visually-hidden">{r.met ? ' (met)' : ' (not met yet)'}</span>
        </li>
      ))}
    </ul>
  );
}
