/**
 * Regenerates fixtures/gc-scenarios.json: runs every scenario of scenarios.ts under the CPython
 * 3.12 oracle (one fresh interpreter per scenario, oracle/gc_scenarios.py) and stores its `out`
 * and `log`. Refuses to run under CI=true — accepting new expected output is an explicit act.
 * Run: `tsx --conditions=@pyglass/source packages/gc/test/regenerate.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOracle } from '../../../tools/oracle/index';
import { SCENARIOS } from './scenarios';

function main(): void {
  if (process.env.CI === 'true') {
    console.error('regenerate: refusing to rewrite expected output under CI=true');
    process.exit(2);
  }
  const script = path.join(__dirname, 'oracle', 'gc_scenarios.py');
  const expected: Record<string, unknown> = {};
  for (const s of SCENARIOS) {
    const r = runOracle([script], { input: JSON.stringify(s.steps) });
    if (r.exitCode !== 0) throw new Error(`${s.name} failed:\n${r.stderr}`);
    expected[s.name] = JSON.parse(r.stdout);
  }
  fs.mkdirSync(path.join(__dirname, 'fixtures'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'fixtures', 'gc-scenarios.json'), JSON.stringify(expected) + '\n');
  console.log(`wrote fixtures/gc-scenarios.json (${SCENARIOS.length} scenarios)`);
}

main();
