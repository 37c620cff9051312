// The verifier on real notes from the kit (MTSamples and ACI-Bench) with fabrications planted
// programmatically: every planted fabrication must be flagged, and at least 90% of faithful
// statements (verbatim and paraphrased) must stay unflagged. Skips when the kit is absent.
import { csvRows } from '../eval/csv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../gguf/repo-root';
import { casesForNote, type Fabrication, type KitNote } from './plant-fabrications';
import { indexNote, verifyStatementWith } from './verify-summary';

const kit = process.env.LOCKSCRIBE_KIT ?? path.resolve(repoRoot(), '../shared');
const mtsamples = path.join(kit, 'data/mtsamples/mtsamples.part01.jsonl');
const NOTES = Number(process.env.LOCKSCRIBE_VERIFIER_KIT_NOTES ?? 120);

const aciBench = path.join(kit, 'data/aci-bench/valid.csv');


function loadAciNotes(): KitNote[] {
  if (!existsSync(aciBench)) return [];
  const [header, ...rows] = csvRows(readFileSync(aciBench, 'utf8'));
  const col = header!.indexOf('note');
  const id = header!.indexOf('encounter_id');
  return rows.filter((r) => r[col]).map((r) => ({ id: r[id]!, text: r[col]! }));
}

const deid = path.join(kit, 'data/deid-physionet/id.text');

/** Nursing notes in capitals and shorthand: the longer ones. */
function loadNursingNotes(): KitNote[] {
  if (!existsSync(deid)) return [];
  const records = readFileSync(deid, 'utf8').split('||||END_OF_RECORD');
  const notes: KitNote[] = [];
  for (const r of records) {
    const m = /START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n([\s\S]*)$/.exec(r);
    if (m && m[3]!.length > 700 && notes.length < 30) notes.push({ id: `${m[1]}-${m[2]}`, text: m[3]! });
  }
  return notes;
}

function loadNotes(): KitNote[] {
  const lines = readFileSync(mtsamples, 'utf8').split('\n').filter(Boolean);
  const notes: KitNote[] = [];
  // Every ninth report, for a spread of specialties.
  for (let i = 0; i < lines.length && notes.length < NOTES; i += 9) {
    const row = JSON.parse(lines[i]!) as { note_id: number; transcription?: string };
    if (row.transcription && row.transcription.length > 400) notes.push({ id: String(row.note_id), text: row.transcription });
  }
  return notes;
}

describe.skipIf(!existsSync(mtsamples))('verifier on kit notes with planted fabrications', () => {
  if (!existsSync(mtsamples)) console.log(`skipped: the kit is not at ${kit} (set LOCKSCRIBE_KIT)`);

  it('flags every planted fabrication and leaves 90% of faithful statements alone', () => {
    const notes = [...loadNotes(), ...loadAciNotes(), ...loadNursingNotes()];
    const totals = new Map<Fabrication | 'faithful', { n: number; flagged: number }>();
    const misses: string[] = [];
    const falseFlags: string[] = [];
    notes.forEach((note, i) => {
      const other = notes[(i + 7) % notes.length]!.text;
      const foreign = other.slice(other.length >> 1, (other.length >> 1) + 90).replace(/^\S*\s/, '');
      const index = indexNote(note.text);
      for (const c of casesForNote(note, foreign, i)) {
        const r = verifyStatementWith(index, c.statement.text, c.statement.evidence);
        const key = c.fabrication ?? 'faithful';
        const t = totals.get(key) ?? { n: 0, flagged: 0 };
        t.n++;
        if (r.flags.length > 0) t.flagged++;
        totals.set(key, t);
        if (c.fabrication && r.flags.length === 0 && misses.length < 25) misses.push(`${c.fabrication}: ${c.statement.text.slice(0, 160)} || ${c.statement.evidence[0]!.slice(0, 160)}`);
        if (!c.fabrication && r.flags.length > 0 && falseFlags.length < 25) falseFlags.push(`${r.flags.map((f) => f.kind).join(',')}: ${c.statement.text.slice(0, 140)} :: ${r.flags[0]!.message.slice(0, 120)} || ${c.statement.evidence[0]!.slice(0, 200)}`);
      }
    });
    const lines = [...totals].map(([k, t]) => `${k.padEnd(14)} ${t.flagged}/${t.n} flagged (${((100 * t.flagged) / t.n).toFixed(1)}%)`);
    console.log(`verifier kit evaluation over ${notes.length} notes:\n${lines.join('\n')}`);
    if (misses.length > 0) console.log(`missed fabrications:\n${misses.join('\n')}`);
    if (falseFlags.length > 0) console.log(`flagged faithful statements (first ${falseFlags.length}):\n${falseFlags.join('\n')}`);

    const faithful = totals.get('faithful')!;
    expect(1 - faithful.flagged / faithful.n).toBeGreaterThanOrEqual(0.9);
    let planted = 0;
    let caught = 0;
    for (const [k, t] of totals) {
      if (k === 'faithful') continue;
      planted += t.n;
      caught += t.flagged;
    }
    expect(planted).toBeGreaterThan(200);
    expect(caught / planted).toBeGreaterThanOrEqual(0.98);
  });
});
