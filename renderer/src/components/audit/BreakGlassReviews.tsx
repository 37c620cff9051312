import { useCallback, useEffect, useState } from 'react';
import type { BreakGlassRecord } from '../../../../shared/contract/audit';
import { call } from '../../api';
import { formatDateTime } from '../../logic/format';
import { ErrorMessage } from '../ErrorMessage';

interface Props {
  /** Shows the audit entries written during one emergency session. */
  readonly onShowSession: (sessionId: string) => void;
}

function endText(r: BreakGlassRecord): string {
  if (r.endedAt) return `${formatDateTime(r.endedAt)} (${r.endReason ?? 'ended'})`;
  return `open until ${formatDateTime(r.expiresAt)}`;
}

/** The emergency-access review queue: what was done, why, and who signed it off. */
export function BreakGlassReviews({ onShowSession }: Props) {
  const [records, setRecords] = useState<readonly BreakGlassRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async (): Promise<void> => {
    const r = await call('listBreakGlass', { unreviewedOnly: false });
    if (r.ok) setRecords(r.value);
    else setError(r.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const review = async (id: string): Promise<void> => {
    setBusyId(id);
    setError(null);
    const r = await call('reviewBreakGlass', { id });
    setBusyId(null);
    if (r.ok) setRecords((list) => list?.map((x) => (x.id === id ? r.value : x)) ?? null);
    else setError(r.error.message);
  };

  const waiting = records?.filter((r) => r.reviewedAt === null).length ?? 0;

  return (
    <section className="card" aria-labelledby="bg-review-title" data-testid="break-glass-reviews">
      <h2 id="bg-review-title">
        Emergency access {waiting > 0 && <span className="badge badge-warn small-badge" data-testid="break-glass-waiting">{waiting} to review</span>}
      </h2>
      <ErrorMessage message={error} testId="break-glass-review-error" />
      {records && records.length === 0 && <p className="muted">No emergency access has been used.</p>}
      {records && records.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Emergency (break-glass) sessions and their review.</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Reason given</th>
                <th scope="col">Started</th>
                <th scope="col">Ended</th>
                <th scope="col">Events</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id} data-testid="break-glass-row" data-user-name={r.userName} data-reviewed={r.reviewedAt ? 'true' : 'false'}>
                  <td>{r.userName}</td>
                  <td className="break-all">{r.reason}</td>
                  <td>{formatDateTime(r.startedAt)}</td>
                  <td>{endText(r)}</td>
                  <td>
                    <button type="button" className="small" onClick={() => onShowSession(r.sessionId)} data-testid="break-glass-show-events">
                      {r.events} events
                    </button>
                  </td>
                  <td>
                    {r.reviewedAt ? (
                      <span className="ok-text">
                        Reviewed {formatDateTime(r.reviewedAt)} by {r.reviewedBy}
                      </span>
                    ) : (
                      <button type="button" className="small" disabled={busyId !== null} aria-busy={busyId === r.id} onClick={() => void review(r.id)} data-testid="break-glass-review">
                        Mark reviewed
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
