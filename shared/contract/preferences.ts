// A clinician's own preferences, kept in their encrypted notes store (not the vault-wide settings,
// which are the administrator's).
import { z } from 'zod';
import { method } from './define';
import { SummaryStyleSchema, type SummaryStyle } from './model';

export interface Preferences {
  /** The style the workspace starts with. */
  readonly defaultStyle: SummaryStyle;
}

export const DEFAULT_PREFERENCES: Preferences = { defaultStyle: 'brief' };

export const preferenceMethods = {
  /** The signed-in user's preferences; the defaults for anyone who keeps none (admins, auditors). */
  getPreferences: method<Preferences>()(z.object({}).strict()),
  /** Clinicians only, and not inside an emergency session (read-only). */
  setPreferences: method<Preferences>()(z.object({ defaultStyle: SummaryStyleSchema.optional() }).strict()),
} as const;
