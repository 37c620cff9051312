import { forwardRef } from 'react';
import type { DeidSpan } from '../../../../shared/contract/deid';
import { segmentsOf, type Mark, type MarkState } from '../../logic/deidMarks';

interface Props {
  readonly marks: MarkState;
  readonly label: string;
  readonly testId: string;
  readonly onUnmark: (mark: Mark) => void;
  readonly onRemark: (span: DeidSpan) => void;
}

const activate = (fn: () => void) => ({
  onClick: fn,
  onKeyDown: (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fn();
    }
  },
});

/** A text with every identifier highlighted by kind. Each run carries its offset so a selection maps back to the text. */
export const DeidMarkedText = forwardRef<HTMLDivElement, Props>(function DeidMarkedText({ marks, label, testId, onUnmark, onRemark }, ref) {
  return (
    <div className="version-text deid-text" ref={ref} aria-label={label} data-testid={testId}>
      {segmentsOf(marks).map((seg) => {
        const text = marks.text.slice(seg.start, seg.end);
        if (seg.mark) {
          const mark = seg.mark;
          return (
            <mark
              key={seg.start}
              className={`deid-mark deid-${mark.kind.toLowerCase()}${mark.source === 'clinician' ? ' deid-added' : ''}`}
              data-seg-start={seg.start}
              data-testid="deid-mark"
              data-kind={mark.kind}
              data-source={mark.source}
              role="button"
              tabIndex={0}
              title={`${mark.kind}: click to keep this text in the export`}
              aria-label={`${mark.kind} (click to un-mark)`}
              {...activate(() => onUnmark(mark))}
            >
              {text}
            </mark>
          );
        }
        if (seg.unmarked) {
          const span = seg.unmarked;
          return (
            <span
              key={seg.start}
              className="deid-unmarked"
              data-seg-start={seg.start}
              data-testid="deid-unmarked"
              data-kind={span.kind}
              role="button"
              tabIndex={0}
              title={`${span.kind}, kept in the export: click to redact it again`}
              {...activate(() => onRemark(span))}
            >
              {text}
            </span>
          );
        }
        return (
          <span key={seg.start} data-seg-start={seg.start}>
            {text}
          </span>
        );
      })}
    </div>
  );
});

/** The offset into the text of one end of a DOM selection inside a DeidMarkedText, or null. */
export function textOffset(container: HTMLElement, node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const seg = el?.closest<HTMLElement>('[data-seg-start]');
  if (seg && container.contains(seg)) {
    const start = Number(seg.dataset.segStart);
    if (node.nodeType === Node.TEXT_NODE) return start + offset;
    return offset === 0 ? start : start + (seg.textContent?.length ?? 0);
  }
  if (node === container) {
    const child = container.childNodes[offset] as HTMLElement | undefined;
    return child?.dataset?.segStart !== undefined ? Number(child.dataset.segStart) : (container.textContent?.length ?? null);
  }
  return null;
}
