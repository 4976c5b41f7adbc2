/**
 * Benchmark (not a test): MB/s of @pyglass/ast against CPython 3.12's `ast.parse` over the same
 * corpus files (those CPython parses), in the same run, printed side by side as ratios:
 *   - tokens → AST: `parse(tokens)` alone. Token streams are made untimed, a batch of files at a
 *     time, by @pyglass/tokens (whose streams equal `tokenize`'s on the whole corpus), so only
 *     one batch of streams is alive at once;
 *   - source → AST: `tokenize(text)` from @pyglass/tokens then `parse` — the comparison that
 *     matches `ast.parse(text)`, which tokenizes too.
 * Both processes hold the same thing, the decoded texts, and nothing else between files, so their
 * peak RSS compare. Each side runs several rounds; the best counts.
 *
 * usage: tsx --conditions=@pyglass/source tools/bench/ast.ts [--rounds N] [--sample N] [--batch N]
 */
import { spawnSync } from 'node:child_process';
import type { Token } from '@pyglass/interfaces';
import { parse } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import { requireOracle } from '../oracle/index';
import { corpusRecords, recordSource } from '../conformance/ast-corpus';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function best(times: number[]): number {
  return Math.min(...times);
}

async function main(): Promise<void> {
  const rounds = arg('--rounds', 3);
  const sample = arg('--sample', 0);
  const batch = arg('--batch', 32);
  const texts: string[] = [];
  const paths: string[] = [];
  let bytes = 0;
  let i = 0;
  for await (const rec of corpusRecords()) {
    const keep = sample === 0 || i++ % Math.max(1, Math.floor(1740 / sample)) === 0;
    if (!keep || rec.error || rec.tokenError) continue;
    const text = recordSource(rec);
    texts.push(text);
    paths.push(rec.path);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const mb = bytes / 1e6;

  // CPython first, in its own process, on the same texts.
  const oracle = requireOracle();
  const script = [
    'import ast, json, resource, sys, time, warnings, io, tokenize',
    'warnings.simplefilter("ignore")',
    'paths = sys.stdin.read().splitlines()',
    'texts = []',
    'for p in paths:',
    '    src = open(p, "rb").read()',
    '    enc = tokenize.detect_encoding(io.BytesIO(src).readline)[0]',
    '    texts.append(io.StringIO(src.decode(enc), newline=None).read())',
    'times = []',
    `for r in range(${rounds}):`,
    '    t0 = time.perf_counter()',
    '    for t in texts: ast.parse(t)',
    '    times.append(time.perf_counter() - t0)',
    'print(json.dumps({"times": times, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))',
  ].join('\n');
  const r = spawnSync(oracle.executable, ['-c', script], { input: paths.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  const cp = JSON.parse(r.stdout) as { times: number[]; maxrss_kb: number };
  const cpBest = best(cp.times);

  // Ours: tokens → AST, timing parse() only, one batch of token streams alive at a time.
  const tokTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let total = 0n;
    for (let from = 0; from < texts.length; from += batch) {
      const streams: Token[][] = [];
      for (let k = from; k < Math.min(texts.length, from + batch); k++) streams.push(tokenize(texts[k]).tokens);
      const t0 = process.hrtime.bigint();
      for (const s of streams) parse(s);
      total += process.hrtime.bigint() - t0;
    }
    tokTimes.push(Number(total) / 1e9);
  }
  // Ours: source → AST.
  const srcTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) parse(tokenize(t).tokens);
    srcTimes.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const tokBest = best(tokTimes);
  const srcBest = best(srcTimes);
  const fmt = (s: number): string => `${(mb / s).toFixed(2)} MB/s`;
  console.log(`ast benchmark: ${texts.length} files, ${mb.toFixed(1)} MB, best of ${rounds} rounds`);
  console.log(`  CPython 3.12 ast.parse(text):        ${fmt(cpBest)}  (${cpBest.toFixed(2)} s)`);
  console.log(`  pyglass tokens -> AST (parse):        ${fmt(tokBest)}  (${tokBest.toFixed(2)} s)  ratio ${(cpBest / tokBest).toFixed(2)}`);
  console.log(`  pyglass source -> AST (tokenize+parse): ${fmt(srcBest)}  (${srcBest.toFixed(2)} s)  ratio ${(cpBest / srcBest).toFixed(2)}`);
  console.log(`  peak RSS: pyglass ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, CPython ${(cp.maxrss_kb / 1024).toFixed(0)} MB (each holding the decoded texts)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
