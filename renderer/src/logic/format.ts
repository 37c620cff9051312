// Display formatting. Pure, locale-stable (en-US digit grouping) so tests and screenshots agree.
import type { SessionInfo } from '../../../shared/contract/vault';

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInt(n: number): string {
  return intFormat.format(n);
}

export function formatTokens(used: number, budget: number): string {
  return `${formatInt(used)} / ${formatInt(budget)} tokens`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** 1_100_000_000 → "1.1B", 135_000_000 → "135M". */
export function formatParams(count: number | null): string {
  if (count === null || !Number.isFinite(count) || count <= 0) return 'unknown';
  const steps: readonly [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of steps) {
    if (count >= size) {
      const v = count / size;
      const text = v >= 100 ? v.toFixed(0) : v.toFixed(1).replace(/\.0$/, '');
      return `${text}${suffix}`;
    }
  }
  return String(count);
}

export function shortHash(sha256: string, length = 12): string {
  return sha256.slice(0, length);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Local HH:MM (24 h), or '' for an unparseable date. */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Local YYYY-MM-DD HH:MM. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Local YYYY-MM-DD HH:MM:SS (audit log precision). */
export function formatDateTimeSeconds(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDateTime(iso)}:${pad2(d.getSeconds())}`;
}

export function lockedReasonText(reason: SessionInfo['lockedReason']): string | null {
  switch (reason) {
    case 'idle':
      return 'Locked after a period of inactivity.';
    case 'os-lock':
      return 'Locked because the computer was locked.';
    case 'sleep':
      return 'Locked because the computer went to sleep.';
    case 'break-glass-expired':
      return 'The emergency access period ended.';
    case 'manual':
      return 'Locked.';
    default:
      return null;
  }
}

/** A load progress value may arrive as 0–1 or 0–100; show a whole percentage. */
export function formatPercent(progress: number | null): string {
  if (progress === null || !Number.isFinite(progress)) return '';
  const pct = progress <= 1 ? progress * 100 : progress;
  return `${Math.max(0, Math.min(100, Math.round(pct)))}%`;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
