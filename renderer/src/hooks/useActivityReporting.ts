import { useEffect } from 'react';
import { ACTIVITY_REPORT_INTERVAL_MS, browserTimers, createActivityReporter } from '../logic/activityThrottle';
import { call } from '../api';

const EVENTS = ['keydown', 'mousedown', 'mousemove'] as const;

/** While mounted (i.e. while unlocked), tells main about user activity at most every 30 s. */
export function useActivityReporting(): void {
  useEffect(() => {
    const reporter = createActivityReporter(
      () => {
        void call('reportActivity', {});
      },
      ACTIVITY_REPORT_INTERVAL_MS,
      browserTimers,
    );
    const onActivity = (): void => reporter.notify();
    for (const e of EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    return () => {
      reporter.cancel();
      for (const e of EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, []);
}
