// Keeps patient text and keys out of core dumps. Node has no setrlimit, but on Linux a process may set
// its own /proc/self/coredump_filter: 0 leaves every memory mapping (heap, stacks, files) out of any core
// the kernel writes, whether to a file or to a handler such as systemd-coredump. The value is inherited
// by children (fork, exec), so a host started afterwards carries it too; each process still sets it for
// itself because Electron's utility processes are not children of this code. Elsewhere nothing can be
// done in-process: macOS writes no cores unless `ulimit -c` is raised, and Windows has no core dumps
// (crash dumps are Electron's crashReporter, which Lockscribe never starts).
import { readFileSync, writeFileSync } from 'node:fs';

export type CoreDumpOutcome = 'memory-excluded' | 'not-linux' | 'failed';

const FILTER = '/proc/self/coredump_filter';

export function excludeMemoryFromCoreDumps(platform: NodeJS.Platform = process.platform): CoreDumpOutcome {
  if (platform !== 'linux') return 'not-linux';
  try {
    writeFileSync(FILTER, '0');
    return Number.parseInt(readFileSync(FILTER, 'utf8').trim(), 16) === 0 ? 'memory-excluded' : 'failed';
  } catch {
    return 'failed';
  }
}
