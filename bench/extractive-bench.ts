// Extractive engine benchmark: characters of note summarized per second, per template, on the kit's
// notes (MTSamples reports and ACI-Bench visit notes), or on generated notes when the kit is absent.
// Goal: >= 200,000 chars/s, so a very long note (100,000 characters) takes well under a second.
import { performance } from 'node:perf_hooks';
import { TEMPLATE_IDS } from '../shared/summary-templates';
import { extractiveSummary } from '../electron/extractive/extractive-summary';
import { TEST_NOTES } from '../electron/extractive/test-notes';
import { kitDir, kitNotes } from '../electron/eval/kit-sets';

const GOAL_CHARS_PER_SECOND = 200_000;

function generatedNotes(): string[] {
  // Each hand-made layout, alone and repeated to long-note sizes.
  return TEST_NOTES.flatMap((n) => [n.text, `${n.text}\n\n`.repeat(10), `${n.text}\n\n`.repeat(50)]);
}

export function runExtractiveBench(): Promise<void> {
  const kit = kitNotes(kitDir());
  const notes = kit ? [...kit.mtsamples, ...kit.aciNotes] : generatedNotes();
  const chars = notes.reduce((a, n) => a + n.length, 0);
  console.log(`extractive: ${notes.length} notes, ${chars} characters (${kit ? 'the data kit' : 'generated notes: no data kit found'})`);
  // One untimed pass so the regexes are compiled and the JIT is warm, as in a running app.
  for (const n of notes.slice(0, 50)) extractiveSummary(n, 'soap');
  let slowest = 0;
  for (const id of TEMPLATE_IDS) {
    const started = performance.now();
    for (const n of notes) {
      const t = performance.now();
      extractiveSummary(n, id);
      slowest = Math.max(slowest, performance.now() - t);
    }
    const perSecond = Math.round(chars / ((performance.now() - started) / 1000));
    console.log(`extractive ${id.padEnd(10)}: ${perSecond} chars/s (goal >= ${GOAL_CHARS_PER_SECOND}) ${perSecond >= GOAL_CHARS_PER_SECOND ? 'ok' : 'SLOW'}`);
  }
  console.log(`extractive slowest single note: ${slowest.toFixed(1)} ms`);
  return Promise.resolve();
}
