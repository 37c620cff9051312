// The vault as the app calls it: every public VaultService method that takes and returns plain data,
// so it can run on the vault worker thread. (auditAccess hands out a live object: in-process only.)
import type { VaultService } from './vault-service';

export const VAULT_METHODS = [
  'getSession', 'setup', 'unlock', 'breakGlass', 'lock', 'signOut', 'reportActivity', 'changePassphrase',
  'listUsers', 'addUser', 'setUserDisabled', 'setUserRole', 'rotateRecoveryCode', 'getSettings', 'updateSettings',
  'saveNote', 'updateNoteMeta', 'listNotes', 'getNote', 'editSummary', 'signSummary', 'deleteNote', 'recordSummaryUse', 'saveDraft', 'getDraft',
  'backup', 'checkMayRestore', 'restore',
  'requireActor', 'queryAudit', 'verifyAudit', 'exportAudit', 'exportCheckpoints', 'listBreakGlass', 'reviewBreakGlass',
  'userNames', 'record', 'recordSystemEvent',
  'deidSource', 'deidNameSource', 'deidSurrogateKey', 'recordDeidExport', 'recordGuardedUse',
  'getPreferences', 'setPreferences',
] as const satisfies readonly (keyof VaultService)[];

export type VaultMethod = (typeof VAULT_METHODS)[number];
export type VaultApi = Pick<VaultService, VaultMethod>;

export function isVaultMethod(name: unknown): name is VaultMethod {
  return typeof name === 'string' && (VAULT_METHODS as readonly string[]).includes(name);
}

/** Messages between the app and the vault worker. */
export type ToWorker = { readonly id: number; readonly method: VaultMethod; readonly args: readonly unknown[] };
export type FromWorker =
  | { readonly kind: 'result'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'failure'; readonly id: number; readonly code: string; readonly message: string }
  | { readonly kind: 'session'; readonly session: unknown }
  | { readonly kind: 'locked'; readonly reason: string }
  | { readonly kind: 'log'; readonly line: string }
  | { readonly kind: 'ready' };
