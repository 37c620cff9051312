import { useId } from 'react';
import { SUMMARY_STYLES, SUMMARY_STYLE_LABELS, type SummaryStyle } from '../../../shared/contract/model';

interface Props {
  readonly value: SummaryStyle;
  readonly disabled: boolean;
  readonly onChange: (s: SummaryStyle) => void;
}

export function isStyle(v: string): v is SummaryStyle {
  return (SUMMARY_STYLES as readonly string[]).includes(v);
}

/** One option per template, labelled as the templates name themselves. */
export function StyleOptions() {
  return (
    <>
      {SUMMARY_STYLES.map((s) => (
        <option key={s} value={s}>
          {SUMMARY_STYLE_LABELS[s]}
        </option>
      ))}
    </>
  );
}

export function StylePicker({ value, disabled, onChange }: Props) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>Style</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          if (isStyle(e.target.value)) onChange(e.target.value);
        }}
        data-testid="style-select"
      >
        <StyleOptions />
      </select>
    </div>
  );
}
