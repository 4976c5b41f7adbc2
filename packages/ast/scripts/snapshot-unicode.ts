/**
 * Refreshes packages/ast/data/unicode-15.0.json — the oracle's unicodedata facts the ast stage
 * needs (character names for `\N{...}`, ranges of algorithmically named characters, the code
 * points `str.isprintable()` rejects) — from which the `ast-unicode-names` generator
 * (tools/codegen/generators/ast-unicode-names.ts) writes src/generated/unicode-names.ts.
 * A snapshot, so `pnpm run check:generated` runs without an oracle. Refused under CI=true.
 *
 * usage: tsx --conditions=@pyglass/source packages/ast/scripts/snapshot-unicode.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOracle } from '../../../tools/oracle';

if (process.env.CI === 'true') {
  console.error('snapshot-unicode: refusing to run under CI=true');
  process.exit(1);
}
const r = runOracle([path.join(__dirname, 'unicode_names.py')]);
if (r.exitCode !== 0) throw new Error(r.stderr);
const data = JSON.parse(r.stdout) as { version: string; names: [number, string][]; ranges: Record<string, [number, number][]>; nonprintable: [number, number][] };
const snapshot = {
  version: data.version,
  // "HEX NAME" lines: compact and diff-friendly
  names: data.names.map(([cp, nm]) => `${cp.toString(16).toUpperCase()} ${nm}`).join('\n'),
  ranges: data.ranges,
  nonprintable: data.nonprintable,
};
const out = path.join(__dirname, '..', 'data', `unicode-${data.version.split('.').slice(0, 2).join('.')}.json`);
fs.writeFileSync(out, JSON.stringify(snapshot, null, 0) + '\n');
console.log(`snapshot-unicode: ${data.names.length} names → ${path.relative(process.cwd(), out)}`);
