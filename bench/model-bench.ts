// Model benchmarks: decode speed through the app's whole path (ModelHost → forked host process →
// streamed chunks) against bare node-llama-cpp in this process with the same model, prompt,
// settings and thread count; and how decode holds up when another process keeps a core busy, for
// our thread choice and for other thread counts. Runs alternate A/B and report medians, because
// the machine is shared and single runs are noisy.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { LlamaChatSession, resolveChatWrapper, type LlamaContext, type LlamaModel } from 'node-llama-cpp';
import { ensureBenchModel } from '../electron/gguf/test-models';
import { ModelHost, forkHostChannel } from '../electron/model-host/host-client';
import { getHostLlama } from '../electron/model-host/model-runtime';
import { chooseThreads } from '../electron/model-host/threads';
import { buildPrompt } from '../electron/summarizer/prompt';
import { setLogSink } from '../electron/base/safe-log';

const NOTE = [
  'S: 67-year-old woman with 3 days of productive cough, fever to 38.6 C and shortness of breath on exertion.',
  'Denies chest pain. History of COPD and hypertension. Medications: tiotropium daily, lisinopril 10 mg daily.',
  'O: T 38.2, HR 96, BP 138/84, RR 22, SpO2 91% on room air. Crackles at the right base. No edema.',
  'Labs: WBC 13.1, CRP 84. Chest X-ray: right lower lobe consolidation.',
  'A: Community-acquired pneumonia in a patient with COPD, moderate severity.',
  'P: Amoxicillin-clavulanate and azithromycin, oxygen to keep SpO2 88-92%, review in 48 hours, return if worse.',
].join('\n');

const TOKENS = 160;
/** Oversubscribed thread counts can fall to ~1 token/s on a loaded machine; keep those runs short. */
const SHORT_TOKENS = 24;
const PAIRS = 3;
const SAMPLING = { temperature: 0, seed: 1234, topK: 40, topP: 0.95, maxTokens: TOKENS };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number) => n.toFixed(1).padStart(7);

/** Bare node-llama-cpp: decode tokens/s from the first text chunk to the end, as the app measures it. */
async function bareRun(model: LlamaModel, context: LlamaContext, maxTokens = TOKENS): Promise<number> {
  const { system, user } = buildPrompt(NOTE, 'brief');
  const sequence = context.getSequence();
  try {
    const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper: resolveChatWrapper(model), systemPrompt: system });
    let tokens = 0;
    let firstAt: number | null = null;
    let firstTokens = 0;
    await session.promptWithMeta(user, {
      ...SAMPLING,
      maxTokens,
      onToken: (t) => (tokens += t.length),
      onTextChunk: () => {
        if (firstAt === null) {
          firstAt = performance.now();
          firstTokens = tokens;
        }
      },
    });
    const end = performance.now();
    session.dispose();
    return firstAt === null ? 0 : ((tokens - firstTokens) * 1000) / (end - firstAt);
  } finally {
    sequence.dispose();
  }
}

async function appRun(host: ModelHost): Promise<number> {
  const { system, user } = buildPrompt(NOTE, 'brief');
  const r = await host.generate(`bench-${Math.random()}`, { system, user }, SAMPLING);
  return r.client.streamedTokensPerSecond ?? 0;
}

function busyCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

async function measure(n: number, run: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await run());
  return out;
}

export async function runModelBench(): Promise<void> {
  setLogSink(null);
  const file = await ensureBenchModel();
  const threads = chooseThreads();
  const cores = os.availableParallelism();
  const llama = await getHostLlama();
  const model = await llama.loadModel({ modelPath: file });
  const contextSize = 4096;
  const chosenCtx = await model.createContext({ contextSize, threads, sequences: 1 });
  // Created after the A/B runs, so their thread pools cannot disturb them.
  let defaultCtx: LlamaContext | null = null;
  let coresCtx: LlamaContext | null = null;
  const host = new ModelHost({ channel: () => forkHostChannel(), threads, contextSize });
  let worker: ChildProcess | null = null;
  try {
    await host.loadModel(file);
    const facts = host.status().model;
    console.log(
      `model bench: ${facts?.fileName} (${((facts?.sizeBytes ?? 0) / 1e6).toFixed(1)} MB ${facts?.quantization}), backend ${host.status().gpu?.backend}, ` +
        `${cores} cores, threads chosen ${threads}; ${TOKENS} tokens per run, medians`,
    );

    // Warm both paths (page cache, allocator, first-run costs).
    await appRun(host);
    await bareRun(model, chosenCtx);

    const app: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      app.push(await appRun(host));
      bare.push(await bareRun(model, chosenCtx));
    }
    const appMed = median(app);
    const bareMed = median(bare);
    console.log(`  decode tok/s, idle: app path ${fmt(appMed)}   bare node-llama-cpp ${fmt(bareMed)}   ratio ${(appMed / bareMed).toFixed(3)} (goal >= 0.97)`);

    // What a caller gets without choosing: node-llama-cpp's default, and one thread per core.
    const dCtx = (defaultCtx = await model.createContext({ contextSize, sequences: 1 }));
    const cCtx = (coresCtx = await model.createContext({ contextSize, threads: cores, sequences: 1 }));
    const idleCores = median(await measure(2, () => bareRun(model, cCtx, SHORT_TOKENS)));
    const idleDefault = median(await measure(2, () => bareRun(model, dCtx, SHORT_TOKENS)));
    worker = busyCore();
    await new Promise((r) => setTimeout(r, 300));
    const busyChosen = median(await measure(2, () => bareRun(model, chosenCtx)));
    const busyApp = median(await measure(2, () => appRun(host)));
    const busyCores = median(await measure(2, () => bareRun(model, cCtx, SHORT_TOKENS)));
    const busyDefault = median(await measure(2, () => bareRun(model, dCtx, SHORT_TOKENS)));
    worker.kill();
    worker = null;
    const row = (label: string, busy: number, idle: number, goal = '') =>
      console.log(`    ${label.padEnd(34)} ${fmt(busy)} / ${fmt(idle)} = ${(busy / idle).toFixed(2)}${goal}`);
    console.log('  one core busy / idle (decode tok/s):');
    row(`threads ${threads} (chosen), bare`, busyChosen, bareMed, ' (goal >= 0.8)');
    row(`threads ${threads} (chosen), app path`, busyApp, appMed, ' (goal >= 0.8)');
    row(`threads ${cores} (one per core)`, busyCores, idleCores);
    row(`threads ${dCtx.currentThreads} (node-llama-cpp default)`, busyDefault, idleDefault);
  } finally {
    worker?.kill();
    await host.dispose();
    await chosenCtx.dispose();
    await defaultCtx?.dispose();
    await coresCtx?.dispose();
    await model.dispose();
  }
}
