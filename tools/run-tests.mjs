// The steps of ./test, in order, each reported; exits non-zero if any fails.
//   1. generated code is up to date (regenerated in memory and compared)
//   2. the boundary rule holds
//   3. every project's typecheck, Jest suite and build (tsc to dist/), through Nx (cached unless CI)
// Closes with one line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nxFlags = process.argv.slice(2);
const resultsDir = path.join(root, '.cache', 'test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });

const tsx = ['tsx', '--conditions=@pyglass/source'];
const steps = [
  { name: 'generated code is current', cmd: [...tsx, 'tools/codegen/check.ts'], when: fs.existsSync(path.join(root, 'tools/codegen/check.ts')) },
  { name: 'stage boundaries', cmd: [...tsx, 'tools/checks/boundaries.ts'] },
  { name: 'typecheck, unit tests and package builds', cmd: ['nx', 'run-many', '-t', 'typecheck', 'test', 'build', ...nxFlags] },
];

const failed = [];
for (const step of steps) {
  if (step.when === false) continue;
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed.push(step.name);
}

let passed = 0, failedTests = 0, skipped = 0;
if (fs.existsSync(resultsDir)) {
  for (const scope of fs.readdirSync(resultsDir)) {
    const dir = path.join(resultsDir, scope);
    const files = fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [dir];
    for (const file of files) {
      const r = JSON.parse(fs.readFileSync(file, 'utf8'));
      passed += r.passed; failedTests += r.failed; skipped += r.skipped;
      if (r.suitesFailed > 0 && r.failed === 0) failedTests += r.suitesFailed;
    }
  }
}
console.log('');
if (failed.length) console.log(`failed steps: ${failed.join(', ')}`);
console.log(`tests: ${passed} passed, ${failedTests + (failed.length && !failedTests ? failed.length : 0)} failed, ${skipped} skipped`);
process.exit(failed.length ? 1 : 0);
