// Entry of dist/cli/eval.mjs (`npm run eval`).
import { main } from './eval-cli';

process.exitCode = await main(process.argv.slice(2));
