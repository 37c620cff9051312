import { useEffect, useState } from 'react';
import type { ModelStatus } from '../../../shared/contract/model';
import { call, subscribe } from '../api';

/** The model status from getModelStatus, kept current by modelStatus events. */
export function useModelStatus(): [ModelStatus | null, (s: ModelStatus) => void] {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  useEffect(() => {
    let live = true;
    let fromEvent = false;
    const unsubscribe = subscribe('modelStatus', (s) => {
      fromEvent = true;
      setStatus(s);
    });
    void call('getModelStatus', {}).then((r) => {
      if (live && r.ok && !fromEvent) setStatus(r.value);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return [status, setStatus];
}
