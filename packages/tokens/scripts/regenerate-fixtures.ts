/**
 * Regenerates packages/tokens/test/fixtures/<case>/ from the oracle, one folder per entry of
 * fixture-cases.ts: `input.py` (the exact bytes), `tokenize.txt` and `tokenize-e.txt` (stdout of
 * `python3.12 -m tokenize [-e] input.py`, run inside the folder), `status.json` (stderr and exit
 * code of each mode), `stdin.json` (stdout, stderr and exit code of
 * `python3.12 -m tokenize -e < input.py`), and `tokens.json` (the `tokenize.tokenize` stream with
 * positions and `line`, and the error, as tools/oracle/py/tokenize_batch.py --json reports it).
 * Refuses to run in CI: expected outputs change only by an explicit, reviewed regeneration.
 *
 * usage: tsx --conditions=@pyglass/source packages/tokens/scripts/regenerate-fixtures.ts
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORACLE_SCRIPTS, requireOracle, runOracle } from '../../../tools/oracle/index';
import { FIXTURE_CASES } from './fixture-cases';

if (process.env.CI === 'true') {
  console.error('regenerate-fixtures: refusing to run in CI (expected outputs come from an explicit regeneration)');
  process.exit(1);
}

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const oracle = requireOracle();
fs.mkdirSync(FIXTURES, { recursive: true });
for (const dir of fs.readdirSync(FIXTURES)) {
  if (!(dir in FIXTURE_CASES)) fs.rmSync(path.join(FIXTURES, dir), { recursive: true });
}
for (const [name, bytes] of Object.entries(FIXTURE_CASES)) {
  const dir = path.join(FIXTURES, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'input.py'), bytes);
  const plain = runOracle(['-m', 'tokenize', 'input.py'], { cwd: dir });
  const exact = runOracle(['-m', 'tokenize', '-e', 'input.py'], { cwd: dir });
  fs.writeFileSync(path.join(dir, 'tokenize.txt'), plain.stdout);
  fs.writeFileSync(path.join(dir, 'tokenize-e.txt'), exact.stdout);
  const status = { tokenize: { stderr: plain.stderr, exit: plain.exitCode }, 'tokenize-e': { stderr: exact.stderr, exit: exact.exitCode } };
  fs.writeFileSync(path.join(dir, 'status.json'), JSON.stringify(status, null, 1) + '\n');
  const stdin = spawnSync(oracle.executable, ['-m', 'tokenize', '-e'], { input: bytes, cwd: dir, env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  fs.writeFileSync(path.join(dir, 'stdin.json'), JSON.stringify({ stdout: stdin.stdout.toString('utf8'), stderr: stdin.stderr.toString('utf8'), exit: stdin.status }, null, 1) + '\n');
  const json = runOracle([path.join(ORACLE_SCRIPTS, 'tokenize_batch.py'), '--json'], { cwd: dir, input: 'input.py\n' });
  const parsed = JSON.parse(json.stdout) as { tokens: unknown[]; error: unknown; warnings: unknown[] };
  fs.writeFileSync(path.join(dir, 'tokens.json'), JSON.stringify({ tokens: parsed.tokens, error: parsed.error, warnings: parsed.warnings }, null, 1) + '\n');
}
console.log(`regenerated ${Object.keys(FIXTURE_CASES).length} fixtures in ${path.relative(process.cwd(), FIXTURES)} with CPython ${oracle.version}`);
