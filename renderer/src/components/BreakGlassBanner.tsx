import { formatClock } from '../logic/format';

interface Props {
  readonly until: string;
  readonly reason: string;
}

/** Persistent while an emergency session is open. */
export function BreakGlassBanner({ until, reason }: Props) {
  return (
    <div className="breakglass-banner" role="region" aria-label="Emergency access" data-testid="breakglass-banner">
      <strong>Emergency access</strong> — ends at {formatClock(until)} — reason: <span className="bg-reason">{reason}</span> — this
      session will be reviewed
    </div>
  );
}
