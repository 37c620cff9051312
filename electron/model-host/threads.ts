// How many CPU threads llama.cpp decodes with.
//
// llama.cpp's threads spin-wait for each other at every layer, so decode only runs as fast as the
// slowest thread. When another process takes a core, a thread pinned behind it stalls all the
// others: on a 2-core machine with the other core busy, using both cores (the library default)
// decoded ~20x slower than one thread, while one thread lost only its share of the core. Using half
// the logical cores leaves headroom for the UI, the OS and whatever else the clinician runs, and
// hyper-threaded siblings add little to a memory-bound decode anyway. LOCKSCRIBE_THREADS overrides.
import os from 'node:os';

export const MAX_THREADS = 256;

export function parseThreads(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_THREADS ? n : null;
}

export function chooseThreads(env: NodeJS.ProcessEnv = process.env, cores: number = os.availableParallelism()): number {
  return parseThreads(env.LOCKSCRIBE_THREADS) ?? Math.max(1, Math.floor(cores / 2));
}
