// Verifier benchmark: statements per second, and the time to check a 40-statement summary of a
// 10,000-character note (goal: well under 50 ms, the point where a clinician would notice).
import { performance } from 'node:perf_hooks';
import type { StructuredSummary, SummaryStatement } from '../shared/summary-format';
import { verifySummary } from '../electron/verifier/verify-summary';

const TARGET_MS = 50;

const DRUGS = ['metformin', 'lisinopril', 'atorvastatin', 'amlodipine', 'metoprolol', 'gabapentin', 'omeprazole', 'sertraline'];
const PARTS = ['knee', 'shoulder', 'hip', 'ankle', 'wrist', 'elbow'];

/** A deterministic note of about `chars` characters built from clinical sentence patterns. */
export function benchNote(chars: number): { note: string; sentences: string[] } {
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const side = i % 2 === 0 ? 'left' : 'right';
    const drug = DRUGS[i % DRUGS.length]!;
    const part = PARTS[i % PARTS.length]!;
    const patterns = [
      `She reports ${side} ${part} pain for ${2 + (i % 9)} weeks, worse with activity.`,
      `Denies fever, chills, chest pain or shortness of breath on visit ${i + 1}.`,
      `Takes ${drug} ${5 * (1 + (i % 8))} mg twice daily with good tolerance.`,
      `Labs on 0${1 + (i % 9)}/1${i % 10}/2024 showed hemoglobin ${(10 + (i % 5) + 0.1 * (i % 10)).toFixed(1)} and creatinine ${(0.8 + 0.1 * (i % 6)).toFixed(1)}.`,
      `BP ${120 + (i % 30)}/${70 + (i % 15)}, heart rate ${60 + (i % 35)}, oxygen saturation ${92 + (i % 8)}% on room air.`,
      `Exam of the ${side} ${part} shows no effusion and full range of motion without tenderness.`,
    ];
    const s = patterns[i % patterns.length]!;
    sentences.push(s);
    length += s.length + 1;
  }
  return { note: sentences.join(' ').slice(0, chars), sentences };
}

export function benchSummary(sentences: readonly string[], count: number): StructuredSummary {
  const statements: SummaryStatement[] = [];
  for (let i = 0; i < count; i++) {
    const s = sentences[(i * 7) % (sentences.length - 1)]!;
    // A mix: verbatim, paraphrased, a bent quote (fuzzy) and a fabricated side.
    const kind = i % 4;
    if (kind === 0) statements.push({ text: s, evidence: [s] });
    else if (kind === 1) statements.push({ text: s.replace('twice daily', 'bid').replace(/\bweeks\b/, 'wk'), evidence: [s] });
    else if (kind === 2) statements.push({ text: s, evidence: [s.replace(/\s+/g, ' ').replace(/\.$/, '').replace(/^(\w+) /, '$1 also ')] });
    else statements.push({ text: s.replace(/\bleft\b/, 'right'), evidence: [s] });
  }
  return { format: 'lockscribe-summary', version: 1, style: 'soap', sections: [{ title: 'Summary', statements }] };
}

export async function runVerifierBench(): Promise<void> {
  const { note, sentences } = benchNote(10_000);
  const summary = benchSummary(sentences, 40);
  const cold = performance.now();
  verifySummary(note, summary); // the first call also builds the word lists
  const coldMs = performance.now() - cold;
  for (let i = 0; i < 5; i++) verifySummary(note, summary); // warm up the JIT
  const runs: number[] = [];
  const started = performance.now();
  while (runs.length < 50 || performance.now() - started < 2000) {
    const t = performance.now();
    const report = verifySummary(note, summary);
    runs.push(performance.now() - t);
    if (report.counts.statements !== 40) throw new Error('the verifier lost statements');
    if (runs.length >= 500) break;
  }
  runs.sort((a, b) => a - b);
  const median = runs[runs.length >> 1]!;
  const p95 = runs[Math.floor(runs.length * 0.95)]!;
  const total = runs.reduce((a, b) => a + b, 0);
  const perSecond = Math.round((40 * runs.length) / (total / 1000));
  console.log(`note ${note.length} chars, 40 statements, ${runs.length} runs`);
  console.log(`verify 40 statements: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal < ${TARGET_MS} ms) ${p95 < TARGET_MS ? 'OK' : 'SLOW'}`);
  console.log(`throughput: ${perSecond} statements/s; first call (builds the word lists once) ${coldMs.toFixed(0)} ms`);
  await Promise.resolve();
}
