import type { SummaryCoverage } from '../../../shared/coverage';
import { coverageView, STATUS_WORDS } from '../logic/coverageView';

/** Which parts of the note the summary drew on: one row per part, parts nothing drew on highlighted. */
export function CoverageView({ coverage }: { readonly coverage: SummaryCoverage }) {
  const v = coverageView(coverage);
  const inParts = coverage.parts.length > 1;
  if (!inParts && v.uncoveredSections.length === 0) return null;
  return (
    <section className="coverage-view" data-testid="coverage-view" aria-label="Coverage of the note">
      {inParts && (
        <>
          <p className="small-text" data-testid="coverage-headline">
            {v.headline}
          </p>
          <ol className="coverage-parts">
            {v.rows.map((r) => (
              <li
                key={r.index}
                className={r.uncovered ? 'coverage-part uncovered' : 'coverage-part'}
                data-testid="coverage-part"
                data-part={r.index + 1}
                data-status={r.status}
                data-covered={r.uncovered ? 'false' : 'true'}
              >
                <strong>{r.label}</strong> <span className="muted">({r.range}, {STATUS_WORDS[r.status]})</span>
                <div className="small-text">Note sections: {r.noteSections}</div>
                <div className="small-text" data-testid="coverage-drawn-on">
                  Drawn on by: {r.drawnOnBy}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {v.uncoveredSections.length > 0 && (
        <p className="small-text coverage-uncovered" data-testid="coverage-uncovered-sections">
          Nothing in the summary drew on these sections of the note: {v.uncoveredSections.join(', ')}.
        </p>
      )}
    </section>
  );
}
