// `npm run bench`: every benchmark, one after another (the machine is small; they must not overlap).
// Speed targets live here, not in tests. Pick some with `npm run bench -- model vault audit`.
import { runModelBench } from './model-bench';
import { runVaultBench } from './vault-bench';
import { runAuditBench } from './audit-bench';
import { runExtractiveBench } from './extractive-bench';
import { runVerifierBench } from './verifier-bench';
import { runDeidBench } from './deid-bench';
import { runLongNoteBench } from './long-note-bench';

const all = { model: runModelBench, vault: runVaultBench, audit: runAuditBench, extractive: runExtractiveBench, verifier: runVerifierBench, deid: runDeidBench, 'long-note': runLongNoteBench } as const;
const asked = process.argv.slice(2).filter((a): a is keyof typeof all => a in all);
for (const name of asked.length > 0 ? asked : (Object.keys(all) as (keyof typeof all)[])) {
  console.log(`\n== ${name} ==`);
  await all[name]();
}
