// lockscribe <command> [options]: the app's services without the window, for scripting and support.
// Bundled to dist/cli/lockscribe.mjs (package.json "bin"). Commands are listed in commands/index.ts.
import { setLogSink } from '../base/safe-log';
import { processIo } from './cli-command';
import { runCli } from './run-cli';
import { excludeMemoryFromCoreDumps } from '../platform/core-dumps';

// The CLI holds vault keys and notes: no memory in any core dump (Linux; children inherit it).
excludeMemoryFromCoreDumps();

// The operational log goes to stderr, which here is the user's; keep it for LOCKSCRIBE_LOG=1 only.
if (process.env.LOCKSCRIBE_LOG !== '1') setLogSink(null);
process.stdout.on('error', () => undefined); // a closed pipe (| head) is not worth a stack trace
process.exitCode = await runCli(process.argv.slice(2), processIo());
