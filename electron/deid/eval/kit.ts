// Reads the gold sets of the test-data kit (../shared/data): PhysioNet deid nursing notes with gold
// PHI spans, and presidio-research's synthetic sentences. The kit is read in place, never copied.
import { csvRows } from '../../eval/csv';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  /** The gold set's own type name (PhysioNet "HCPName", presidio "PERSON", ...). */
  readonly type: string;
}

export interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

export function kitDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.LOCKSCRIBE_KIT ?? path.resolve(repoRoot, '../shared');
}

/** PhysioNet deid: records "START_OF_RECORD=PID||||NOTE||||\n<body>||||END_OF_RECORD"; offsets into <body>. */
export async function loadPhysionet(kit: string): Promise<GoldDoc[]> {
  const dir = path.join(kit, 'data/deid-physionet');
  const [text, phrases] = await Promise.all([readFile(path.join(dir, 'id.text'), 'utf8'), readFile(path.join(dir, 'id-phi.phrase'), 'utf8')]);
  const spans = new Map<string, GoldSpan[]>();
  for (const line of phrases.split('\n')) {
    const m = /^(\d+) (\d+) (\d+) (\d+) (\S+)/.exec(line);
    if (!m) continue;
    const id = `${m[1]}-${m[2]}`;
    const list = spans.get(id) ?? [];
    list.push({ start: Number(m[3]), end: Number(m[4]), type: m[5]! });
    spans.set(id, list);
  }
  const docs: GoldDoc[] = [];
  const re = /START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const id = `${m[1]}-${m[2]}`;
    docs.push({ id, text: m[3]!, spans: spans.get(id) ?? [] });
  }
  return docs;
}

interface PresidioRecord {
  readonly full_text: string;
  readonly spans: readonly { readonly entity_type: string; readonly start_position: number; readonly end_position: number }[];
}

export async function loadPresidio(kit: string): Promise<GoldDoc[]> {
  const raw = JSON.parse(await readFile(path.join(kit, 'data/presidio-synth/synth_dataset_v2.json'), 'utf8')) as readonly PresidioRecord[];
  return raw.map((r, i) => ({ id: String(i), text: r.full_text, spans: r.spans.map((s) => ({ start: s.start_position, end: s.end_position, type: s.entity_type })) }));
}

/** RFC 4180 CSV rows (quoted fields, doubled quotes, newlines inside quotes): the eval harness's reader. */
export const parseCsv = csvRows;

/**
 * ACI-Bench visit notes and dialogues with the synthetic patient and doctor names from their metadata
 * as gold spans (every whole-word occurrence of each name part). Only names are labelled, so this set
 * measures name recall, not precision.
 */
export async function loadAciNames(kit: string): Promise<GoldDoc[]> {
  const dir = path.join(kit, 'data/aci-bench');
  const docs: GoldDoc[] = [];
  for (const split of ['train', 'valid', 'clinicalnlp_taskB_test1', 'clinicalnlp_taskC_test2']) {
    const [notesText, metaText] = await Promise.all([readFile(path.join(dir, `${split}.csv`), 'utf8'), readFile(path.join(dir, `${split}_metadata.csv`), 'utf8')]);
    const notes = parseCsv(notesText);
    const meta = parseCsv(metaText);
    const nh = notes[0] ?? [];
    const mh = meta[0] ?? [];
    const col = (h: string[], name: string) => h.indexOf(name);
    const byEncounter = new Map(meta.slice(1).map((r) => [r[col(mh, 'encounter_id')] ?? '', r]));
    for (const r of notes.slice(1)) {
      const m = byEncounter.get(r[col(nh, 'encounter_id')] ?? '');
      if (!m) continue;
      const parts = [m[col(mh, 'patient_firstname')], m[col(mh, 'patient_familyname')], ...(m[col(mh, 'doctor_name')] ?? '').split(/\s+/)];
      const names = parts.filter((x): x is string => !!x && x.length > 1 && !/^dr\.?$/i.test(x));
      for (const field of ['note', 'dialogue']) {
        const text = r[col(nh, field)] ?? '';
        if (!text) continue;
        const spans: GoldSpan[] = [];
        for (const n of names) {
          const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
          for (let x = re.exec(text); x !== null; x = re.exec(text)) spans.push({ start: x.index, end: x.index + n.length, type: 'PERSON' });
        }
        docs.push({ id: `${r[col(nh, 'encounter_id')]}-${field}`, text, spans });
      }
    }
  }
  return docs;
}
