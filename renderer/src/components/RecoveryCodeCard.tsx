import { useId, useState } from 'react';

interface Props {
  readonly code: string;
  /** The audit anchor's fingerprint, shown at setup to be kept with the code. */
  readonly anchor?: string | null;
  readonly title: string;
  readonly continueLabel: string;
  readonly onContinue: () => void;
}

/** Shows a recovery code once and requires the user to confirm they have stored it. */
export function RecoveryCodeCard({ code, anchor, title, continueLabel, onContinue }: Props) {
  const [ack, setAck] = useState(false);
  const headingId = useId();
  const ackId = useId();
  return (
    <section className="card recovery" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        <strong>Write it down and seal it away.</strong> This code is shown only once. With it, a signed-in clinician
        or administrator can open time-limited, read-only emergency access to every clinician's notes (it opens
        nothing on its own), so keep it somewhere locked, away from this computer.
      </p>
      <p className="recovery-code" data-testid="recovery-code" aria-label="Recovery code">
        {code}
      </p>
      {anchor && (
        <p data-testid="audit-anchor">
          Write this down with it: the <strong>audit log fingerprint</strong> <span className="mono">{anchor}</span>. Every
          audit verification names it; if one ever shows another, the log was replaced.
        </p>
      )}
      <div className="check-row">
        <input id={ackId} type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} data-testid="recovery-ack" />
        <label htmlFor={ackId}>I have written down the recovery code and sealed it away.</label>
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={!ack} onClick={onContinue} data-testid="recovery-continue">
          {continueLabel}
        </button>
      </div>
    </section>
  );
}
