/**
 * Regenerates the allocator's committed fixtures from the CPython 3.12 oracle: runs each script
 * in ./oracle (fixed random seeds, so the inputs are reproducible) and writes
 * ./fixtures/<name>.json. Refuses to run under CI=true — accepting new expected output is an
 * explicit act. Run: `tsx --conditions=@pyglass/source packages/allocator/test/regenerate.ts [name…]`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOracle } from '../../../tools/oracle/index';

const JOBS: { name: string; script: string; args?: string[] }[] = [
  { name: 'pymalloc-reuse', script: 'reuse_cases.py', args: ['3'] },
  { name: 'debugmallocstats', script: 'mallocstats_cases.py' },
];

function main(): void {
  if (process.env.CI === 'true') {
    console.error('regenerate: refusing to rewrite expected output under CI=true');
    process.exit(2);
  }
  const only = process.argv.slice(2);
  const dir = path.join(__dirname, 'fixtures');
  fs.mkdirSync(dir, { recursive: true });
  for (const job of JOBS) {
    if (only.length && !only.includes(job.name)) continue;
    const r = runOracle([path.join(__dirname, 'oracle', job.script), ...(job.args ?? [])], { timeoutMs: 600_000 });
    if (r.exitCode !== 0) throw new Error(`${job.script} failed:\n${r.stderr}`);
    fs.writeFileSync(path.join(dir, `${job.name}.json`), JSON.stringify(JSON.parse(r.stdout)) + '\n');
    console.log(`wrote fixtures/${job.name}.json`);
  }
}

main();
