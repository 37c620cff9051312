// Which screens each role sees. Admins see no note content by default; auditors see the log.
import type { Role } from '../../../shared/contract/vault';

export type Screen = 'workspace' | 'history' | 'models' | 'admin' | 'audit' | 'account';

export const SCREEN_LABELS: Record<Screen, string> = {
  workspace: 'Summarize',
  history: 'History',
  models: 'Model',
  admin: 'Administration',
  audit: 'Audit log',
  account: 'Account',
};

const BY_ROLE: Record<Role, readonly Screen[]> = {
  clinician: ['workspace', 'history', 'models', 'account'],
  admin: ['admin', 'models', 'account'],
  auditor: ['audit', 'account'],
};

export function screensFor(role: Role): readonly Screen[] {
  return BY_ROLE[role];
}

export function defaultScreen(role: Role): Screen {
  return BY_ROLE[role][0]!;
}

/** Keeps the current screen if the role may see it, otherwise falls back to the role's default. */
export function allowedScreen(role: Role, wanted: Screen): Screen {
  return BY_ROLE[role].includes(wanted) ? wanted : defaultScreen(role);
}
