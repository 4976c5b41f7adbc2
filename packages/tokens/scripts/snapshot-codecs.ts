/**
 * Refreshes packages/tokens/data/codecs-3.12.json from the oracle: the codec names CPython 3.12
 * accepts in a coding declaration and the decoding tables of its single-byte codecs
 * (tools/oracle/py/codec_tables.py). The generator `tokens-codecs` (tools/codegen) turns that
 * snapshot into src/generated/codecs.ts, so the generated-code check needs no oracle.
 * Refuses to run in CI.
 *
 * usage: tsx --conditions=@pyglass/source packages/tokens/scripts/snapshot-codecs.ts && pnpm run codegen
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORACLE_SCRIPTS, runOracle } from '../../../tools/oracle/index';

if (process.env.CI === 'true') {
  console.error('snapshot-codecs: refusing to refresh oracle data in CI');
  process.exit(1);
}
const r = runOracle([path.join(ORACLE_SCRIPTS, 'codec_tables.py')]);
if (r.exitCode !== 0) throw new Error(r.stderr);
const data = JSON.parse(r.stdout);
const out = path.join(__dirname, '..', 'data', 'codecs-3.12.json');
fs.writeFileSync(out, JSON.stringify(data, null, 1) + '\n');
console.log(`wrote ${out}`);
