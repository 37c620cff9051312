import { useEffect, useState } from 'react';
import { formatClock } from '../logic/format';

interface Props {
  readonly until: string;
  readonly reason: string;
}

function remaining(until: string, now: number): string {
  const s = Math.max(0, Math.round((Date.parse(until) - now) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Persistent while an emergency session is open, with the time left counting down. */
export function BreakGlassBanner({ until, reason }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <div className="breakglass-banner" role="region" aria-label="Emergency access" data-testid="breakglass-banner">
      <strong>Emergency access, read-only</strong> — <span data-testid="breakglass-countdown" aria-live="off">{remaining(until, now)}</span> left (ends at{' '}
      {formatClock(until)}) — reason: <span className="bg-reason">{reason}</span> — this session will be reviewed by someone else
    </div>
  );
}
