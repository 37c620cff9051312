// The note with the selected statement's evidence highlighted, scrolled into view.
import { useEffect, useMemo, useRef } from 'react';
import type { NoteSpan } from '../../../../shared/summary-format';
import { highlightPieces } from '../../logic/review';

interface Props {
  readonly text: string;
  readonly spans: readonly NoteSpan[];
}

export function NoteEvidence({ text, spans }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => highlightPieces(text, spans), [text, spans]);
  useEffect(() => {
    box.current?.querySelector('mark')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [pieces]);
  return (
    <div ref={box} className="version-text note-evidence" tabIndex={0} data-testid="note-text">
      {pieces.map((p, i) =>
        p.marked ? (
          <mark key={i} data-testid="evidence-highlight">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
