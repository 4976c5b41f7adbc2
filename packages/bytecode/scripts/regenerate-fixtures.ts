/**
 * Regenerates packages/bytecode/test/fixtures/<case>/ from the oracle, for each `input.py` there:
 * `code.json` (the CodeObject JSON of `compile(source, "input.py", "exec")`, tools/oracle/py/code_json.py),
 * `marshal.b64` (`marshal.dumps` of it, base64) and `dis.txt` (what `python3.12 -m dis input.py` prints,
 * run inside the folder). The package's own tests check the marshal reader/writer and dis against
 * these without an oracle. Refuses to run in CI: expected outputs change only by an explicit,
 * reviewed regeneration.
 *
 * usage: tsx --conditions=@pyglass/source packages/bytecode/scripts/regenerate-fixtures.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { oracleCode, requireOracle, runOracle } from '../../../tools/oracle/index';

if (process.env.CI === 'true') {
  console.error('regenerate-fixtures: refusing to run in CI (expected outputs come from an explicit regeneration)');
  process.exit(1);
}
const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const oracle = requireOracle();
const cases = fs.readdirSync(FIXTURES).filter((d) => fs.existsSync(path.join(FIXTURES, d, 'input.py'))).sort();
for (const name of cases) {
  const dir = path.join(FIXTURES, name);
  const input = path.join(dir, 'input.py');
  const r = oracleCode(input, { filename: 'input.py', marshal: true });
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  fs.writeFileSync(path.join(dir, 'code.json'), JSON.stringify(r.ok, null, 1) + '\n');
  fs.writeFileSync(path.join(dir, 'marshal.b64'), r.marshal!.replace(/(.{76})/g, '$1\n') + '\n');
  const dis = runOracle(['-m', 'dis', 'input.py'], { cwd: dir });
  if (dis.exitCode !== 0) throw new Error(`${name}: ${dis.stderr}`);
  fs.writeFileSync(path.join(dir, 'dis.txt'), dis.stdout);
}
console.log(`regenerated ${cases.length} fixtures in ${path.relative(process.cwd(), FIXTURES)} with CPython ${oracle.version}`);
