/**
 * Regenerates the committed fixtures of the vm-core primitives from the CPython 3.12 oracle:
 * runs each generator in ./oracle (fixed random seeds, so the inputs are reproducible) and writes
 * ./fixtures/<name>.json. Refuses to run under CI=true — accepting new expected output is an
 * explicit act. Run: `tsx --conditions=@pyglass/source packages/vm-core/test/primitives/regenerate.ts [name…]`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOracle } from '../../../../tools/oracle/index';

interface Job {
  /** fixture file name without .json */
  name: string;
  /** write the script's stdout to this path (relative to the package) instead of a fixture */
  output?: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
}

export const JOBS: Job[] = [
  { name: 'hash-seed0', script: 'hash_cases.py', args: ['1'], env: { PYTHONHASHSEED: '0' } },
  { name: 'hash-seed12345', script: 'hash_cases.py', args: ['2'], env: { PYTHONHASHSEED: '12345' } },
  { name: 'hash-seed4294967295', script: 'hash_cases.py', args: ['3'], env: { PYTHONHASHSEED: '4294967295' } },
  { name: 'set-order-seed0', script: 'set_cases.py', args: ['7'], env: { PYTHONHASHSEED: '0' } },
  { name: 'dict-table-seed0', script: 'dict_cases.py', args: ['11'], env: { PYTHONHASHSEED: '0' } },
  // Input of the vm-unicode-tables generator (tools/codegen); run `pnpm run codegen` after it.
  { name: 'unicode-snapshot', script: 'unicode_snapshot.py', output: 'data/unicode-15.0.json' },
  { name: 'format-spec', script: 'format_cases.py', args: ['5'] },
  { name: 'percent-format', script: 'percent_cases.py', args: ['9'] },
  { name: 'numbers', script: 'number_cases.py', args: ['13'] },
  { name: 'set-algebra-seed0', script: 'set_algebra_cases.py', args: ['17'], env: { PYTHONHASHSEED: '0' } },
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
    if (only.length && !only.some((o) => job.name.startsWith(o))) continue;
    const r = runOracle([path.join(__dirname, 'oracle', job.script), ...(job.args ?? [])], { env: job.env, timeoutMs: 600_000 });
    if (r.exitCode !== 0) throw new Error(`${job.script} failed:\n${r.stderr}`);
    if (job.output) {
      const target = path.join(__dirname, '..', '..', job.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, r.stdout);
      console.log(`wrote ${job.output}`);
      continue;
    }
    const data = JSON.parse(r.stdout);
    fs.writeFileSync(path.join(dir, `${job.name}.json`), JSON.stringify(data, null, 0) + '\n');
    console.log(`wrote fixtures/${job.name}.json`);
  }
}

if (require.main === module) main();
