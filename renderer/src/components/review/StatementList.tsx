// The summary as sections of statements. Selecting a statement shows its evidence in the note;
// hovering shows its quotes; flags sit on their statement, with an acknowledgement box while signing.
import type { StructuredSummary, VerificationReport } from '../../../../shared/summary-format';
import { ackKey } from '../../logic/review';

interface Props {
  readonly summary: StructuredSummary;
  /** Null while the summary is still being written. */
  readonly report: VerificationReport | null;
  readonly selected: number | null;
  readonly onSelect: (statement: number) => void;
  /** Present while the clinician can sign: the acknowledged flags ("statement:kind") and the toggle. */
  readonly acks?: { readonly given: ReadonlySet<string>; readonly toggle: (key: string) => void; readonly disabled: boolean };
  readonly writing?: boolean;
}

export function StatementList({ summary, report, selected, onSelect, acks, writing = false }: Props) {
  let n = -1;
  return (
    <div className="statement-sections" data-testid="summary-sections">
      {summary.sections.map((section, si) => (
        <section key={si} className="statement-section" aria-label={section.title}>
          <h4 className="statement-section-title">{section.title}</h4>
          {section.statements.length === 0 ? (
            <p className="muted small-text">{writing ? 'writing…' : 'Not documented.'}</p>
          ) : (
            <ol className="statement-list">
              {section.statements.map((st, i) => {
                n += 1;
                const at = n;
                const verified = report?.statements[at];
                const flags = verified?.flags ?? [];
                const quotes = st.evidence.length > 0 ? st.evidence.map((q) => `“${q}”`).join('\n') : 'No evidence quoted.';
                const found = verified ? verified.quotes.some((q) => q.span !== null) : false;
                return (
                  <li
                    key={i}
                    className={`statement${flags.length > 0 ? ' flagged' : ''}${selected === at ? ' selected' : ''}`}
                    data-testid="statement"
                    data-index={at}
                    data-flagged={flags.length > 0 ? 'true' : 'false'}
                  >
                    <button type="button" className="statement-text" title={quotes} aria-pressed={selected === at} onClick={() => onSelect(at)} data-testid="statement-select">
                      {st.text}
                    </button>
                    {verified && flags.length === 0 && (
                      <span className={`small-badge ${found ? 'badge-ok' : 'badge-muted'}`}>{found ? 'supported' : 'no evidence'}</span>
                    )}
                    {flags.length > 0 && (
                      <ul className="flag-list">
                        {flags.map((f, k) => {
                          const key = ackKey({ statement: at, kind: f.kind });
                          // One box per statement and kind: the first flag of a kind carries it.
                          const first = flags.findIndex((g) => g.kind === f.kind) === k;
                          return (
                            <li key={k} className="flag" data-testid="statement-flag" data-kind={f.kind}>
                              <span className="flag-kind">{f.kind}</span> {f.message}
                              {acks && first && (
                                <label className="flag-ack">
                                  <input type="checkbox" checked={acks.given.has(key)} disabled={acks.disabled} onChange={() => acks.toggle(key)} data-testid="flag-ack" />
                                  Acknowledge
                                </label>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
