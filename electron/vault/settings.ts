// Vault-wide settings, stored as key/value rows with defaults for anything unset.
import type { SqlExecutor } from '../db/sql-database';
import type { Settings } from '../../shared/contract/vault';
import { IDLE_LOCK_MAX_MINUTES } from '../../shared/settings-limits';

export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 10, breakGlassMinutes: 60 };

const KEYS = ['idleLockMinutes', 'breakGlassMinutes'] as const;

export async function readSettings(ex: SqlExecutor): Promise<Settings> {
  const rows = await ex.all<{ key: string; value: string }>('SELECT key, value FROM settings');
  const pick = (key: (typeof KEYS)[number]): number => {
    const n = Number(rows.find((r) => r.key === key)?.value);
    return Number.isInteger(n) && n > 0 ? n : DEFAULT_SETTINGS[key];
  };
  // A stored value past today's cap (an older setting, or an edit of the directory) is held to it.
  return { idleLockMinutes: Math.min(IDLE_LOCK_MAX_MINUTES, pick('idleLockMinutes')), breakGlassMinutes: pick('breakGlassMinutes') };
}

export async function writeSettings(tx: SqlExecutor, next: Settings): Promise<void> {
  for (const key of KEYS) await tx.run('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)', [key, String(next[key])]);
}
