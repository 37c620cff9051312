// Contract methods for sessions, users, settings, notes and drafts. The vault service enforces
// roles and writes the audit entries; this layer adds what needs the desktop (dialogs, clipboard)
// and attaches the provenance main recorded itself.
import type { Handlers } from '../dispatch';
import type { DialogPort } from '../ports';
import type { Clock } from '../../base/clock';
import type { VaultApi } from '../../vault/vault-api';
import type { ProvenanceCache } from '../provenance-cache';
import type { vaultMethods } from '../../../shared/contract/vault';
import { requireRole } from './require-role';
import { countByKind, redact } from '../../deid/index';
import { guardFindings } from './deid-handlers';

export interface VaultHandlerDeps {
  readonly vault: VaultApi;
  readonly dialogs: DialogPort;
  readonly provenance: ProvenanceCache;
  readonly clock: Clock;
  readonly copy: (text: string) => void;
}

export function vaultHandlers(d: VaultHandlerDeps): Pick<Handlers, keyof typeof vaultMethods> {
  const v = d.vault;
  return {
    getSession: () => v.getSession(),
    setupVault: ({ adminName, passphrase }) => v.setup(adminName, passphrase),
    unlock: ({ userName, passphrase }) => v.unlock(userName, passphrase),
    breakGlass: ({ recoveryCode, reason }) => v.breakGlass(recoveryCode, reason),
    lock: () => v.lock('manual'),
    signOut: () => v.signOut(),
    reportActivity: () => v.reportActivity(),
    changePassphrase: ({ current, next }) => v.changePassphrase(current, next),
    listUsers: () => v.listUsers(),
    addUser: ({ name, role, passphrase }) => v.addUser(name, role, passphrase),
    setUserDisabled: ({ userId, disabled, recoveryCode }) => v.setUserDisabled(userId, disabled, recoveryCode),
    setUserRole: ({ userId, role }) => v.setUserRole(userId, role),
    rotateRecoveryCode: ({ passphrase }) => v.rotateRecoveryCode(passphrase),
    getSettings: () => v.getSettings(),
    updateSettings: (patch) => v.updateSettings(patch),
    saveNote: ({ text, summary, style, requestId, structured, label, noteType, noteId }) => {
      const bound = d.provenance.bind(requestId, summary, structured);
      return v.saveNote(text, summary, style, bound.provenance, bound.content, { label, noteType, noteId });
    },
    updateNoteMeta: ({ noteId, label, noteType }) => v.updateNoteMeta(noteId, label, noteType),
    listNotes: ({ query, limit }) => v.listNotes(query, limit),
    getNote: ({ noteId }) => v.getNote(noteId),
    editSummary: ({ noteId, text, structured }) => v.editSummary(noteId, text, structured),
    signSummary: ({ noteId, versionId, checked, acknowledgements }) => v.signSummary(noteId, versionId, { checked, acknowledgements }),
    deleteNote: ({ noteId }) => v.deleteNote(noteId),
    copySummary: async ({ noteId, versionId, text, deidGuard }) => {
      // Audit first: a copy that cannot be recorded does not happen.
      if (deidGuard === undefined) {
        await v.recordSummaryUse(noteId, versionId, 'copy');
        d.copy(text);
        return { copied: true };
      }
      // Past the identifier guard: main finds the identifiers again and redacts them itself if asked.
      const findings = await guardFindings(v, text, noteId);
      await v.recordGuardedUse(noteId, versionId, 'copy', deidGuard, countByKind(findings));
      d.copy(deidGuard === 'removed' ? redact(text, findings) : text);
      return { copied: true };
    },
    recordSummaryAction: async ({ noteId, versionId, action, deidGuard }) => {
      if (deidGuard === undefined) await v.recordSummaryUse(noteId, versionId, action);
      else await v.recordGuardedUse(noteId, versionId, action, deidGuard.choice, countByKind(await guardFindings(v, deidGuard.text, noteId)));
      return { recorded: true };
    },
    saveDraft: ({ text, style }) => v.saveDraft(text, style),
    getDraft: () => v.getDraft(),
    backupVault: async () => {
      await requireRole(v, ['admin'], 'vault.backup');
      const stamp = d.clock.now().toISOString().slice(0, 10);
      const dest = await d.dialogs.chooseSavePath(`lockscribe-backup-${stamp}.lsvault`, ['lsvault']);
      return dest === null ? null : v.backup(dest);
    },
    restoreVault: async () => {
      // Refuse before showing a dialog; restore() checks again.
      await v.checkMayRestore();
      const file = await d.dialogs.chooseOpenPath('Choose a Lockscribe backup', ['lsvault']);
      return file === null ? null : v.restore(file);
    },
  };
}
