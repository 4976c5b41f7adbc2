/**
 * The generated-code check run by ./test: regenerates every output in memory and exits 1, naming
 * each file that differs from its generator's output, is missing, or sits in a src/generated/
 * folder without a registered generator (such a file cannot be checked, so it is not allowed).
 */
import * as path from 'node:path';
import { checkGenerated, describeStaleness } from './run';

const root = path.resolve(__dirname, '..', '..');
const problems = checkGenerated(root);
for (const p of problems) console.error(describeStaleness(p));
if (problems.length) {
  console.error(`generated code is stale: ${problems.length} file(s); run \`pnpm run codegen\` and commit the result`);
  process.exit(1);
}
console.log('generated code: every output matches its generator');
