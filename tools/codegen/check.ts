/**
 * The generated-code check run by ./test: regenerates every output in memory and exits 1, naming
 * each file that differs from its generator's output or is missing. Files in a src/generated/
 * folder that no registered generator produces are listed as warnings (they cannot be checked
 * until their generator is registered, see README.md) but do not fail the run.
 */
import * as path from 'node:path';
import { checkGenerated, describeStaleness } from './run';

const root = path.resolve(__dirname, '..', '..');
const problems = checkGenerated(root);
const unowned = problems.filter((p) => p.problem === 'unowned');
const stale = problems.filter((p) => p.problem !== 'unowned');
for (const p of unowned) console.warn(`warning: ${describeStaleness(p)}`);
for (const p of stale) console.error(describeStaleness(p));
if (stale.length) {
  console.error(`generated code is stale: ${stale.length} file(s); run \`pnpm run codegen\` and commit the result`);
  process.exit(1);
}
console.log(`generated code: every registered output matches its generator${unowned.length ? ` (${unowned.length} unregistered file(s) not checked)` : ''}`);
