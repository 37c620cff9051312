import { useState } from 'react';
import type { DeidSpan } from '../../../../shared/contract/deid';
import { call } from '../../api';

export type GuardVerb = 'copy' | 'print';
export type GuardOutcome =
  | { readonly kind: 'clear' }
  | { readonly kind: 'removed'; readonly redacted: string }
  | { readonly kind: 'kept' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string };

interface Pending {
  readonly text: string;
  readonly spans: readonly DeidSpan[];
  readonly redacted: string;
  readonly verb: GuardVerb;
  readonly resolve: (o: GuardOutcome) => void;
}

const VERB_LABEL: Record<GuardVerb, string> = { copy: 'copy', print: 'print' };

/**
 * Before a summary leaves the app (copy, print): main looks for identifiers; if there are any, the
 * clinician sees them (here only) and chooses to remove them, go ahead as is, or cancel.
 */
export function useIdentifierGuard(): { readonly check: (text: string, verb: GuardVerb, noteId?: string | null) => Promise<GuardOutcome>; readonly element: React.ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const check = async (text: string, verb: GuardVerb, noteId: string | null = null): Promise<GuardOutcome> => {
    const r = await call('findIdentifiers', { text, noteId });
    if (!r.ok) return { kind: 'error', message: r.error.message };
    if (r.value.spans.length === 0) return { kind: 'clear' };
    const { spans, redacted } = r.value;
    return new Promise<GuardOutcome>((resolve) => setPending({ text, spans, redacted, verb, resolve }));
  };
  const finish = (o: GuardOutcome) => {
    pending?.resolve(o);
    setPending(null);
  };
  const element = pending ? (
    <div className="modal-backdrop">
      <section className="card deid-guard" role="alertdialog" aria-modal="true" aria-labelledby="deid-guard-title" data-testid="deid-guard">
        <h2 id="deid-guard-title">This summary identifies someone</h2>
        <p>
          Lockscribe found {pending.spans.length} identifier{pending.spans.length === 1 ? '' : 's'} in it. Remove them before you {VERB_LABEL[pending.verb]} it, or go
          ahead as it is (recorded in the audit log).
        </p>
        <ul className="deid-guard-list">
          {pending.spans.map((s) => (
            <li key={`${s.start}:${s.end}`} data-testid="deid-guard-item" data-kind={s.kind}>
              <span className="badge">{s.kind}</span> {pending.text.slice(s.start, s.end)}
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" onClick={() => finish({ kind: 'cancelled' })} data-testid="deid-guard-cancel">
            Cancel
          </button>
          <button type="button" onClick={() => finish({ kind: 'kept' })} data-testid="deid-guard-keep">
            {pending.verb === 'copy' ? 'Copy as is' : 'Print as is'}
          </button>
          <button type="button" className="primary" autoFocus onClick={() => finish({ kind: 'removed', redacted: pending.redacted })} data-testid="deid-guard-remove">
            {pending.verb === 'copy' ? 'Remove them and copy' : 'Remove them and print'}
          </button>
        </div>
      </section>
    </div>
  ) : null;
  return { check, element };
}
