import { useEffect, useState } from 'react';
import type { SummaryStyle } from '../../../shared/contract/model';
import { call } from '../api';

/**
 * The signed-in clinician's default summary style, read again each time the screen shows (it may
 * have been changed on the Account screen meanwhile); null until it has been read.
 */
export function useDefaultStyle(active: boolean): SummaryStyle | null {
  const [style, setStyle] = useState<SummaryStyle | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void call('getPreferences', {}).then((r) => {
      if (live && r.ok) setStyle(r.value.defaultStyle);
    });
    return () => {
      live = false;
    };
  }, [active]);
  return style;
}
