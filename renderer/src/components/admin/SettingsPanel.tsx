import { useEffect, useId, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { ErrorMessage } from '../ErrorMessage';
import {
  BREAK_GLASS_MAX_MINUTES,
  BREAK_GLASS_MIN_MINUTES,
  BREAK_GLASS_RANGE_MESSAGE,
  IDLE_LOCK_MAX_MINUTES,
  IDLE_LOCK_MIN_MINUTES,
  IDLE_LOCK_RANGE_MESSAGE,
} from '../../../../shared/settings-limits';

function parseIntIn(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function SettingsPanel() {
  const [idle, setIdle] = useState('');
  const [bg, setBg] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = { idle: useId(), bg: useId(), idleNote: useId(), bgNote: useId() };

  useEffect(() => {
    let live = true;
    void call('getSettings', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setIdle(String(r.value.idleLockMinutes));
        setBg(String(r.value.breakGlassMinutes));
        setLoaded(true);
      } else {
        setError(r.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const idleN = parseIntIn(idle, IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES);
  const bgN = parseIntIn(bg, BREAK_GLASS_MIN_MINUTES, BREAK_GLASS_MAX_MINUTES);
  const idleWrong = loaded && idle.trim() !== '' && idleN === null;
  const bgWrong = loaded && bg.trim() !== '' && bgN === null;
  const ready = loaded && !busy && idleN !== null && bgN !== null;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const r = await call('updateSettings', { idleLockMinutes: idleN, breakGlassMinutes: bgN });
    setBusy(false);
    if (r.ok) {
      setIdle(String(r.value.idleLockMinutes));
      setBg(String(r.value.breakGlassMinutes));
      setNotice('Settings saved.');
    } else {
      setError(r.error.message);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="settings-form">
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.idle}>Lock after idle (minutes)</label>
            <input id={ids.idle} type="number" inputMode="numeric" min={IDLE_LOCK_MIN_MINUTES} max={IDLE_LOCK_MAX_MINUTES} value={idle} onChange={(e) => setIdle(e.target.value)} aria-invalid={idleN === null && loaded ? true : undefined} aria-describedby={ids.idleNote} data-testid="settings-idle" />
            <p className={idleWrong ? 'field-note error-text' : 'field-note'} id={ids.idleNote} data-testid="settings-idle-note">
              {idleWrong ? IDLE_LOCK_RANGE_MESSAGE : `${IDLE_LOCK_MIN_MINUTES} to ${IDLE_LOCK_MAX_MINUTES} minutes.`}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.bg}>Emergency access (minutes)</label>
            <input id={ids.bg} type="number" inputMode="numeric" min={BREAK_GLASS_MIN_MINUTES} max={BREAK_GLASS_MAX_MINUTES} value={bg} onChange={(e) => setBg(e.target.value)} aria-invalid={bgN === null && loaded ? true : undefined} aria-describedby={ids.bgNote} data-testid="settings-breakglass" />
            <p className={bgWrong ? 'field-note error-text' : 'field-note'} id={ids.bgNote}>
              {bgWrong ? BREAK_GLASS_RANGE_MESSAGE : `${BREAK_GLASS_MIN_MINUTES} to ${BREAK_GLASS_MAX_MINUTES} minutes.`}
            </p>
          </div>
        </div>
        <ErrorMessage message={error} testId="settings-error" />
        <p className="ok-text" role="status">
          {notice ?? ''}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready} data-testid="settings-save">
            Save settings
          </button>
        </div>
      </form>
    </section>
  );
}
