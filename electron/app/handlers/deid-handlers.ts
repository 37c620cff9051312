// De-identification where data leaves the vault: the preview a clinician adjusts, the de-identified
// export (main re-runs the engine and applies only offsets and kinds from the renderer), and the
// identifier check behind the copy and print guard. Audit entries carry counts by kind, never text.
import path from 'node:path';
import type { Handlers } from '../dispatch';
import type { DialogPort } from '../ports';
import type { VaultApi } from '../../vault/vault-api';
import type { deidMethods, DeidSpan } from '../../../shared/contract/deid';
import type { StoredNote, StoredVersion } from '../../vault/notes';
import { AppFailure } from '../../base/app-failure';
import { logEvent } from '../../base/safe-log';
import { writeFileAtomic } from '../../vault/atomic-file';
import { countByKind, redact, type DeidFinding } from '../../deid/index';
import { applyEdits, deidentifyPair, findTogether, formatShareFile } from '../../deid/share';

export interface DeidHandlerDeps {
  readonly vault: VaultApi;
  readonly dialogs: DialogPort;
}

const spansOf = (findings: readonly DeidFinding[]): DeidSpan[] => findings.map(({ start, end, kind }) => ({ start, end, kind }));

/** The version asked for; by default the latest signed one, else the latest. */
function chooseVersion(note: StoredNote, versionId: string | undefined): StoredVersion | null {
  if (versionId !== undefined) {
    const v = note.versions.find((x) => x.id === versionId);
    if (!v) throw new AppFailure('NOT_FOUND');
    return v;
  }
  const newest = [...note.versions].sort((a, b) => b.version - a.version);
  return newest.find((v) => v.signedAt !== null) ?? newest[0] ?? null;
}

/**
 * The identifiers in a summary about to be copied or printed. Given the clinician's own note it came
 * from, the names found there are recognised in the summary too, where they stand without context.
 */
export async function guardFindings(vault: Pick<VaultApi, 'deidNameSource'>, text: string, noteId: string | null | undefined): Promise<DeidFinding[]> {
  const source = noteId ? await vault.deidNameSource(noteId) : null;
  return findTogether([text], source === null ? [] : [source])[0]!;
}

export function deidHandlers(d: DeidHandlerDeps): Pick<Handlers, keyof typeof deidMethods> {
  const v = d.vault;
  return {
    deidPreview: async ({ noteId, versionId }) => {
      const note = await v.deidSource(noteId, true);
      const version = chooseVersion(note, versionId);
      // The same findings the export will compute, so the clinician's un-marks match them exactly.
      const [noteFindings, summaryFindings] = findTogether([note.text, version?.text ?? '']);
      return {
        noteId,
        note: { text: note.text, spans: spansOf(noteFindings!) },
        summary: version
          ? { versionId: version.id, version: version.version, signed: version.signedAt !== null, text: version.text, spans: spansOf(summaryFindings!) }
          : null,
      };
    },
    exportDeidentified: async ({ noteId, versionId, mode, note: noteEdits, summary: summaryEdits }) => {
      const note = await v.deidSource(noteId, false);
      const version = chooseVersion(note, versionId)!;
      if (version.signedAt === null) throw new AppFailure('INVALID_REQUEST', 'Only a signed summary can be shared. Sign it first.');
      const [foundInNote, foundInSummary] = findTogether([note.text, version.text]);
      const noteFindings = applyEdits(note.text, foundInNote!, noteEdits);
      const summaryFindings = applyEdits(version.text, foundInSummary!, summaryEdits);
      const key = mode === 'surrogate' ? await v.deidSurrogateKey(noteId) : null;
      const pair = deidentifyPair(note.text, noteFindings, version.text, summaryFindings, mode, key);
      const dest = await d.dialogs.chooseSavePath('deidentified-note.txt', ['txt', 'json']);
      if (dest === null) return null;
      const content = formatShareFile(pair, mode, version.version, path.extname(dest).toLowerCase() === '.json' ? 'json' : 'txt');
      const counts = countByKind([...noteFindings, ...summaryFindings]);
      // Audit first: an export that cannot be recorded does not happen.
      await v.recordDeidExport(noteId, version.id, mode, counts);
      try {
        await writeFileAtomic(dest, content);
      } catch (e) {
        logEvent('warn', 'deid-export-write-failed', { kind: e instanceof Error ? e.name : typeof e });
        throw new AppFailure('IO_ERROR');
      }
      return { path: dest, counts };
    },
    findIdentifiers: async ({ text, noteId }) => {
      // Anyone who may hold a summary on screen; nothing is stored or audited (the copy itself is).
      await v.requireActor(['clinician', 'admin']);
      const findings = await guardFindings(v, text, noteId);
      return { spans: spansOf(findings), redacted: redact(text, findings) };
    },
  };
}
