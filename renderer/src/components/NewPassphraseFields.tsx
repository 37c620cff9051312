import { useId } from 'react';
import { PassphraseHints } from './PassphraseHints';
import type { PolicyRule } from '../logic/passphrasePolicy';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly confirm: string;
  readonly onChange: (value: string) => void;
  readonly onConfirmChange: (value: string) => void;
  /** From passphraseRules(value, userName, confirm): the parent needs them too, to enable submit. */
  readonly rules: readonly PolicyRule[];
  /** Mark unmet rules once the user has started typing. */
  readonly touched: boolean;
  /** data-testid prefix: `${testId}-passphrase` and `${testId}-confirm`. */
  readonly testId: string;
  /** Side by side in a form row (admin forms) or stacked (setup, account). */
  readonly inRow?: boolean;
}

/** A new passphrase typed twice, with the policy shown as a live checklist under it. */
export function NewPassphraseFields({ label, value, confirm, onChange, onConfirmChange, rules, touched, testId, inRow = false }: Props) {
  const ids = { pass: useId(), confirm: useId(), hints: useId() };
  const fields = (
    <>
      <div className="field">
        <label htmlFor={ids.pass}>{label}</label>
        <input id={ids.pass} type="password" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="new-password" aria-describedby={ids.hints} data-testid={`${testId}-passphrase`} />
      </div>
      <div className="field">
        <label htmlFor={ids.confirm}>Confirm {label.charAt(0).toLowerCase() + label.slice(1)}</label>
        <input id={ids.confirm} type="password" value={confirm} onChange={(e) => onConfirmChange(e.target.value)} autoComplete="new-password" aria-describedby={ids.hints} data-testid={`${testId}-confirm`} />
      </div>
    </>
  );
  return (
    <>
      {inRow ? <div className="form-row">{fields}</div> : fields}
      <PassphraseHints rules={rules} id={ids.hints} touched={touched} />
    </>
  );
}
