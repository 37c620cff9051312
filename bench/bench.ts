// `npm run bench`: every benchmark, one after another (the machine is small; they must not overlap).
import { runModelBench } from './model-bench';
import { runAuditBench } from './audit-bench';

await runModelBench();
await runAuditBench();
