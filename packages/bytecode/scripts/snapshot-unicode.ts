/**
 * Refreshes packages/bytecode/data/nonprintable-3.12.json from the oracle: the code point ranges
 * for which CPython 3.12's `str.isprintable()` is false (its Unicode 15.0 database, which differs
 * from the JS engine's newer one). The generator `bytecode-unicode` (tools/codegen) turns it into
 * src/generated/nonprintable.ts, used by `repr()` of str constants in dis. Refuses to run in CI.
 *
 * usage: tsx --conditions=@pyglass/source packages/bytecode/scripts/snapshot-unicode.ts && pnpm run codegen
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOracle } from '../../../tools/oracle/index';

if (process.env.CI === 'true') {
  console.error('snapshot-unicode: refusing to refresh oracle data in CI');
  process.exit(1);
}
const script = [
  'import json, sys, unicodedata',
  'ranges = []',
  'for c in range(0x110000):',
  '    if not chr(c).isprintable():',
  '        if ranges and ranges[-1][1] == c - 1: ranges[-1][1] = c',
  '        else: ranges.append([c, c])',
  'print(json.dumps({"unidata_version": unicodedata.unidata_version, "version": sys.version.split()[0], "ranges": ranges}))',
].join('\n');
const r = runOracle(['-c', script]);
if (r.exitCode !== 0) throw new Error(r.stderr);
const out = path.join(__dirname, '..', 'data', 'nonprintable-3.12.json');
fs.writeFileSync(out, JSON.stringify(JSON.parse(r.stdout)) + '\n');
console.log(`wrote ${out}`);
