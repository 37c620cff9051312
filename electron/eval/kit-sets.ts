// The evaluation sets in the data kit beside the project (../shared/data, or LOCKSCRIBE_KIT). The kit
// is read by path and never copied; a set whose files are absent is reported as missing, not an error.
//   aci-bench   input: the doctor-patient dialogue; reference: the visit note written from it
//   mts-dialog  input: the dialogue; reference: the note section written from it (section_text)
//   mtsamples   input: the transcribed report; no reference (its one-line description is a gist, not a
//               summary, so ROUGE against it would mislead). Its notes test evidence and flags only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../gguf/repo-root';
import { parseCsv } from './csv';

export const SET_NAMES = ['aci-bench', 'mts-dialog', 'mtsamples'] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface EvalCase {
  readonly id: string;
  readonly input: string;
  /** The human-written summary to compare with; null where the set has none. */
  readonly reference: string | null;
}

export interface EvalSet {
  readonly name: SetName;
  readonly cases: readonly EvalCase[];
}

export function kitDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOCKSCRIBE_KIT ?? path.resolve(repoRoot(), '../shared');
}

function csvFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !f.includes('metadata'))
    .sort();
}

function jsonLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A set's cases in a fixed order (files sorted by name, rows in file order); null when absent. */
export function loadSet(kit: string, name: SetName, limit = Infinity): EvalSet | null {
  const cases: EvalCase[] = [];
  const full = () => cases.length >= limit;
  if (name === 'mtsamples') {
    const file = path.join(kit, 'data/mtsamples/mtsamples.part01.jsonl');
    if (!existsSync(file)) return null;
    for (const row of jsonLines(file)) {
      if (full()) break;
      const input = text(row.transcription);
      if (input.trim()) cases.push({ id: `mtsamples:${String(row.note_id)}`, input, reference: null });
    }
    return { name, cases };
  }
  const dir = path.join(kit, name === 'aci-bench' ? 'data/aci-bench' : 'data/mts-dialog');
  const files = csvFiles(dir);
  if (files.length === 0) return null;
  for (const f of files) {
    for (const row of parseCsv(readFileSync(path.join(dir, f), 'utf8'))) {
      if (full()) break;
      const input = text(row.dialogue);
      const reference = name === 'aci-bench' ? text(row.note) : text(row.section_text);
      const id = name === 'aci-bench' ? text(row.encounter_id) : text(row.ID);
      if (input.trim() && reference.trim()) cases.push({ id: `${f.replace(/\.csv$/, '')}:${id}`, input, reference });
    }
  }
  return { name, cases };
}

/** Clinical notes of the kit for engine tests and benches: MTSamples reports and ACI-Bench visit notes. */
export function kitNotes(kit: string): { readonly mtsamples: readonly string[]; readonly aciNotes: readonly string[] } | null {
  const mts = loadSet(kit, 'mtsamples');
  const dir = path.join(kit, 'data/aci-bench');
  const files = csvFiles(dir);
  if (!mts || files.length === 0) return null;
  const aciNotes = files.flatMap((f) => parseCsv(readFileSync(path.join(dir, f), 'utf8')).map((r) => text(r.note))).filter((n) => n.trim() !== '');
  return { mtsamples: mts.cases.map((c) => c.input), aciNotes };
}
