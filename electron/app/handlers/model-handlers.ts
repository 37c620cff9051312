// Contract methods for models and summaries. Using a model needs a signed-in clinician (or an
// emergency session); choosing one needs a clinician or an admin. Auditors never touch notes.
import type { Handlers, EventSink } from '../dispatch';
import type { DialogPort } from '../ports';
import type { ModelHost } from '../../model-host/host-client';
import type { Summarizer } from '../../summarizer/summarizer';
import type { VaultApi } from '../../vault/vault-api';
import type { ProvenanceCache } from '../provenance-cache';
import { listModels } from '../../model-host/model-catalog';
import { validateNote, type CheckedNote } from '../../../shared/note-input';
import { AppFailure } from '../../base/app-failure';
import path from 'node:path';
import { requireRole } from './require-role';
import { verifySummary } from '../../verifier/verify-summary';
import { extractiveResult } from './extractive-fallback';
import { LongSummarizer } from '../../summarizer/long-summarizer';

type ModelMethods = 'getModelStatus' | 'listModels' | 'pickModelFile' | 'loadModel' | 'countTokens' | 'summarize' | 'stopSummary';

export interface ModelHandlerDeps {
  readonly host: ModelHost;
  readonly summarizer: Summarizer;
  readonly vault: VaultApi;
  readonly dialogs: DialogPort;
  readonly modelsDir: string;
  readonly events: EventSink;
  readonly provenance: ProvenanceCache;
  /** The summary being generated, so a lock can stop it. */
  readonly running: { requestId: string | null };
}

function checked(text: string): CheckedNote {
  const note = validateNote(text);
  if (!note.ok) throw new AppFailure(note.error.code, note.error.message);
  return note.value;
}

export function modelHandlers(d: ModelHandlerDeps): Pick<Handlers, ModelMethods> {
  const anyone = () => d.vault.requireActor(['clinician', 'admin', 'auditor']);
  // Refusals are recorded under the action they would have led to.
  const choosers = () => requireRole(d.vault, ['clinician', 'admin'], 'model.select');
  const clinician = (ref: string | null = null) => requireRole(d.vault, ['clinician'], 'summary.generate', ref);
  // Notes longer than the context are summarized in parts; each part starts only while the session is open.
  const long = new LongSummarizer(d.summarizer, { beforePart: async () => void (await d.vault.requireActor(['clinician'])) });

  const load = async (file: string) => {
    await choosers();
    try {
      const status = await d.host.loadModel(file, () => d.events.emit('modelStatus', d.host.status()));
      const ref = `model:${status.model?.sha256.slice(0, 16) ?? 'unknown'}`;
      // A file from outside the managed models folder is a model brought in: recorded as an import.
      const inside = path.relative(d.modelsDir, path.resolve(file));
      if (inside.startsWith('..') || path.isAbsolute(inside)) await d.vault.record('model.import', ref, 'success');
      await d.vault.record('model.select', ref, 'success');
      return status;
    } catch (e) {
      await d.vault.record('model.select', 'model:unknown', 'failure');
      throw e;
    }
  };

  return {
    getModelStatus: async () => {
      await anyone();
      return d.host.status();
    },
    listModels: async () => {
      await choosers();
      return listModels(d.modelsDir);
    },
    pickModelFile: async () => {
      await choosers();
      return d.dialogs.chooseModelFile();
    },
    loadModel: async ({ path }) => load(path),
    countTokens: async ({ text, style }) => {
      await clinician();
      // Counted as the app summarizes: structured, with its prompt and its room for the summary.
      return d.summarizer.countTokens(checked(text), style, true);
    },
    summarize: async ({ requestId, text, style }) => {
      await clinician(`request:${requestId}`);
      // Validated once, here; the engines take the checked note. A refused note is recorded, as any failed generation.
      const input = validateNote(text);
      if (!input.ok) {
        await d.vault.record('summary.generate', `request:${requestId}`, 'failure');
        throw new AppFailure(input.error.code, input.error.message);
      }
      const note = input.value;
      const state = d.host.status().state;
      if (state === 'none' || state === 'error') {
        // No model: the extractive engine answers, from the note's own sentences.
        const result = extractiveResult(requestId, note, style, new Date());
        d.provenance.put(requestId, { provenance: result.provenance, text: result.text, structured: result.structured!.summary, incomplete: false });
        await d.vault.record('summary.generate', `request:${requestId}`, 'success');
        return result;
      }
      d.running.requestId = requestId;
      try {
        const result = await long.summarize(
          { requestId, text: note, style },
          (chunk) => d.events.emit('summaryChunk', { requestId, text: chunk }),
          (p) => d.events.emit('summaryProgress', { requestId, ...p }),
        );
        const structured = result.structured ?? null;
        d.provenance.put(requestId, { provenance: result.provenance, text: result.text, structured: structured?.summary ?? null, incomplete: structured?.incomplete ?? result.provenance.stopReason !== 'eos' });
        await d.vault.record('summary.generate', `request:${requestId}`, 'success');
        // Checked against the note here, so the review screen shows the same flags the vault will.
        return structured ? { ...result, report: verifySummary(text, structured.summary) } : result;
      } catch (e) {
        await d.vault.record('summary.generate', `request:${requestId}`, 'failure');
        throw e;
      } finally {
        d.running.requestId = null;
      }
    },
    stopSummary: async ({ requestId }) => {
      await clinician(`request:${requestId}`);
      return { stopped: await long.stop(requestId) };
    },
  };
}
