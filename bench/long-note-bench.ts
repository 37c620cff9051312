// Long-note benchmark: what the long-note path costs over one direct Summarizer call. On a note that
// fits, the long path (one part: the extra token count and the coverage) against the direct call; and
// the same note forced into three parts (a smaller part budget) against the direct call, in total and
// per token processed (prompt plus generated), since parts repeat the instructions. Runs alternate
// and report medians; the machine is shared.
import { randomUUID } from 'node:crypto';
import { ensureBenchModel } from '../electron/gguf/test-models';
import { ModelHost, forkHostChannel } from '../electron/model-host/host-client';
import { chooseThreads } from '../electron/model-host/threads';
import { setLogSink } from '../electron/base/safe-log';
import { Summarizer } from '../electron/summarizer/summarizer';
import { LongSummarizer } from '../electron/summarizer/long-summarizer';
import { longNote } from '../electron/summarizer/long-note-fixtures';
import { splitNote } from '../electron/summarizer/split-note';
import type { SummaryResult } from '../shared/contract/model';
import { validateNote, type CheckedNote } from '../shared/note-input';

function checked(text: string): CheckedNote {
  const r = validateNote(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const PAIRS = 4;
const GENERATED = 48;
const CONTEXT = 4096;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Run {
  readonly ms: number;
  /** Prompt and generated tokens the model processed. */
  readonly tokens: number;
  readonly parts: number;
}

async function timed(f: () => Promise<SummaryResult>): Promise<Run> {
  const t0 = performance.now();
  const r = await f();
  const ms = performance.now() - t0;
  return { ms, tokens: r.provenance.tokens.prompt + r.provenance.tokens.generated, parts: r.provenance.parts?.count ?? 1 };
}

export async function runLongNoteBench(): Promise<void> {
  setLogSink(null);
  const file = await ensureBenchModel();
  const host = new ModelHost({ channel: () => forkHostChannel(), threads: chooseThreads(), contextSize: CONTEXT });
  try {
    await host.loadModel(file);
    const summarizer = new Summarizer(host, { maxTokens: { brief: GENERATED, soap: GENERATED } });
    const note = checked(longNote({ seed: 7, sentencesPerSection: 6, visits: 2 }));
    const count = await summarizer.countTokens(note, 'brief', true);
    if (!count.fits) throw new Error('the bench note must fit the context');
    const overhead = count.promptTokens - count.noteTokens;
    // The largest part budget that splits this note into three parts.
    const meter = (budget: number) => ({ budget, count: (t: string) => summarizer.countTokens(checked(t), 'brief', true) });
    let threePartBudget = count.promptTokens;
    let split = await splitNote(note, meter(threePartBudget));
    while (split.length < 3) {
      threePartBudget -= 16;
      split = await splitNote(note, meter(threePartBudget));
    }
    const direct = () => summarizer.summarize({ requestId: randomUUID(), text: note, style: 'brief', structured: true });
    const onePart = new LongSummarizer(summarizer);
    const threeParts = new LongSummarizer(summarizer, { partBudget: threePartBudget });
    const viaLong = (l: LongSummarizer) => () => l.summarize({ requestId: randomUUID(), text: note, style: 'brief' });

    console.log(`long-note bench: ${host.status().model?.fileName}, context ${CONTEXT}, note ${count.noteTokens} tokens + ${overhead} of instructions, ${GENERATED} generated per call, medians of ${PAIRS}`);
    // Warm-up.
    await timed(direct);
    await timed(viaLong(threeParts));

    const a: Run[] = [];
    const b: Run[] = [];
    const c: Run[] = [];
    // The order turns round each time, so neither path always runs first.
    for (let i = 0; i < PAIRS; i++) {
      const runs: [Run[], () => Promise<SummaryResult>][] = [
        [a, direct],
        [b, viaLong(onePart)],
        [c, viaLong(threeParts)],
      ];
      if (i % 2 === 1) runs.reverse();
      for (const [into, f] of runs) into.push(await timed(f));
    }
    const splitStart = performance.now();
    split = await splitNote(note, meter(threePartBudget));
    const splitMs = performance.now() - splitStart;

    const ms = (rs: readonly Run[]) => median(rs.map((r) => r.ms));
    const perToken = (rs: readonly Run[]) => median(rs.map((r) => r.ms / r.tokens));
    const line = (label: string, rs: readonly Run[]) =>
      console.log(`  ${label.padEnd(34)} ${ms(rs).toFixed(0).padStart(7)} ms  ${(perToken(rs) * 1000).toFixed(0).padStart(6)} µs/token  (${rs[0]!.parts} part${rs[0]!.parts > 1 ? 's' : ''}, ${rs[0]!.tokens} tokens)`);
    line('direct call', a);
    line('long path, note fits (1 part)', b);
    line('long path, forced into parts', c);
    console.log(`  long path overhead on a note that fits: ${(ms(b) / ms(a)).toFixed(2)}x the direct call`);
    console.log(`  in ${c[0]!.parts} parts: ${(ms(c) / ms(a)).toFixed(2)}x the time, ${(perToken(c) / perToken(a)).toFixed(2)}x per token processed (instructions repeat per part)`);
    console.log(`  splitting alone (${split.length} parts, host tokenizer): ${splitMs.toFixed(0)} ms`);
  } finally {
    await host.dispose();
  }
}
