import { useMemo } from 'react';
import { wordDiff } from '../../logic/wordDiff';

/** What changed from the version this one came from, word by word. */
export function WordDiffView({ before, after, label }: { readonly before: string; readonly after: string; readonly label: string }) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <details className="version-diff" open>
      <summary>{label}</summary>
      <div className="version-text" data-testid="version-diff">
        {parts.map((p, i) =>
          p.op === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.op === 'added' ? (
            <ins key={i} data-testid="diff-added">
              {p.text}
            </ins>
          ) : (
            <del key={i} data-testid="diff-removed">
              {p.text}
            </del>
          ),
        )}
      </div>
    </details>
  );
}
