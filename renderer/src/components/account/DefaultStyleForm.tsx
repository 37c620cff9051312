import { useEffect, useId, useState } from 'react';
import { SUMMARY_STYLE_LABELS, type SummaryStyle } from '../../../../shared/contract/model';
import { StyleOptions, isStyle } from '../StylePicker';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';


/** The style a new note starts with; kept in the clinician's own encrypted store. */
export function DefaultStyleForm() {
  const [style, setStyle] = useState<SummaryStyle | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    let live = true;
    void call('getPreferences', {}).then((r) => {
      if (!live) return;
      if (r.ok) setStyle(r.value.defaultStyle);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: SummaryStyle): Promise<void> => {
    const before = style;
    setStyle(next);
    setBusy(true);
    setError(null);
    setSaved(false);
    const r = await call('setPreferences', { defaultStyle: next });
    setBusy(false);
    if (r.ok) {
      setStyle(r.value.defaultStyle);
      setSaved(true);
    } else {
      setStyle(before);
      setError(r.error.message);
    }
  };

  return (
    <section className="card" aria-labelledby="default-style-title">
      <h2 id="default-style-title">Default summary style</h2>
      <p className="muted">Each new note starts with this style; you can still pick another for any note.</p>
      <div className="field">
        <label htmlFor={id}>Style</label>
        <select
          id={id}
          value={style ?? ''}
          disabled={style === null || busy}
          onChange={(e) => {
            if (isStyle(e.target.value)) void choose(e.target.value);
          }}
          data-testid="default-style-select"
        >
          {style === null && <option value="">Loading…</option>}
          <StyleOptions />
        </select>
      </div>
      <ErrorMessage message={error} testId="default-style-error" />
      {saved && (
        <p className="ok-text" role="status" data-testid="default-style-saved">
          Saved. New notes start with {style ? SUMMARY_STYLE_LABELS[style] : 'it'}.
        </p>
      )}
    </section>
  );
}
