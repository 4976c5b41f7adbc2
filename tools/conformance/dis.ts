/**
 * Conformance of @pyglass/bytecode's dis and marshal reader against CPython 3.12 over the oracle's
 * corpus: for every file CPython compiles, the oracle prints `dis.dis(code)` (exactly what
 * `python3.12 -m dis FILE` prints) and `marshal.dumps(code)`; we read those marshal bytes with our
 * reader and format them with our `formatDis`; the two texts must be equal once object addresses
 * ("at 0x7f…") are normalised. This checks the instruction table, marshal and dis together,
 * independently of our compiler. The oracle runs in batches of files (one Python process each).
 * Files in allowlists/dis.txt are known differences, with the reason; the list may only shrink:
 * a listed file that now passes fails the run, as does an unlisted file that differs.
 *
 * usage: tsx --conditions=@pyglass/source tools/conformance/dis.ts [--sample N] [--show N]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDis, loadsCode } from '@pyglass/bytecode';
import { corpus, corpusPath, oracleCodeBatch, type CorpusFile } from '../oracle/index';
import { evenSample, readAllowlist } from './allowlist';

export const DIS_ALLOWLIST = path.join(__dirname, 'allowlists', 'dis.txt');

/** Object addresses are the one thing allowed to differ. */
export function normaliseAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-f…]+,/g, ' at 0x…,');
}

export interface DisResult {
  file: string;
  identical: boolean;
  diff?: { line: number; expected: string; actual: string };
}

function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return { line: i + 1, expected: e[i] ?? '<end>', actual: a[i] ?? '<end>' };
  }
  return { line: 0, expected: '', actual: '' };
}

/** Our dis of the oracle's code objects against the oracle's dis, for absolute paths (batched). */
export function compareDis(files: string[], batch = 40): DisResult[] {
  const results: DisResult[] = [];
  for (let i = 0; i < files.length; i += batch) {
    const chunk = files.slice(i, i + batch);
    const dumped = oracleCodeBatch(chunk, { marshal: true, dis: true });
    chunk.forEach((file, k) => {
      const d = dumped[k]!;
      if (!d.marshal || d.dis === undefined) {
        results.push({ file, identical: false, diff: { line: 0, expected: `oracle: ${JSON.stringify(d.error)}`, actual: '' } });
        return;
      }
      let ours: string;
      try {
        ours = formatDis(loadsCode(Buffer.from(d.marshal, 'base64')));
      } catch (e) {
        ours = `exception: ${(e as Error).stack}`;
      }
      const expected = normaliseAddresses(d.dis);
      const actual = normaliseAddresses(ours);
      results.push(expected === actual ? { file, identical: true } : { file, identical: false, diff: firstDifference(expected, actual) });
    });
  }
  return results;
}

export function readDisAllowlist(file = DIS_ALLOWLIST): Set<string> {
  return readAllowlist(file);
}


function main(): void {
  const arg = (name: string): number | null => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : null;
  };
  const c = corpus();
  const files = evenSample(c.files.filter((f) => f.compileError === null), arg('--sample'));
  const show = arg('--show') ?? 10;
  const allow = readDisAllowlist();
  const started = Date.now();
  const results = compareDis(files.map((f) => corpusPath(c, f)));
  const rel = (abs: string): string => path.relative(c.stdlib, abs);
  const identical = results.filter((r) => r.identical).length;
  const unexpected = results.filter((r) => !r.identical && !allow.has(rel(r.file)));
  const fixed = results.filter((r) => r.identical && allow.has(rel(r.file)));
  for (const r of unexpected.slice(0, show)) {
    console.log(`${rel(r.file)}:${r.diff!.line}\n  expected: ${r.diff!.expected}\n  actual:   ${r.diff!.actual}`);
  }
  for (const r of fixed) console.log(`now identical, remove from allowlists/dis.txt: ${rel(r.file)}`);
  console.log(`dis: ${identical} identical / ${results.length} files (${results.length - identical} allowlisted or differing; ${unexpected.length} unexpected, ${fixed.length} fixed) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = unexpected.length || fixed.length ? 1 : 0;
}

if (require.main === module) main();
