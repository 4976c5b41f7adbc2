/**
 * Benchmark (not a test): MB/s of @pyglass/ast against CPython 3.12's `ast.parse` over the same
 * corpus files (those CPython parses), in the same run, printed side by side as ratios:
 *   - tokens → AST: `parse(tokens)` on the oracle's token streams, prepared before timing;
 *   - source → AST: `tokenize(text)` from @pyglass/tokens then `parse` — the comparison that
 *     matches `ast.parse(text)`, which tokenizes too.
 * CPython gets the decoded text (as our source side does) and times `ast.parse` alone. Each side
 * runs several rounds; the best counts. Peak memory: our process's peak RSS and heap, and the
 * oracle process's max RSS.
 *
 * usage: tsx --conditions=@pyglass/source tools/bench/ast.ts [--rounds N] [--sample N]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Token } from '@pyglass/interfaces';
import { parse } from '@pyglass/ast';
import { tokenize } from '@pyglass/tokens';
import { requireOracle } from '../oracle/index';
import { corpusRecords, recordSource, recordTokens } from '../conformance/ast-corpus';

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
  const texts: string[] = [];
  const streams: Token[][] = [];
  const paths: string[] = [];
  let bytes = 0;
  let i = 0;
  for await (const rec of corpusRecords()) {
    const keep = sample === 0 || i++ % Math.max(1, Math.floor(1740 / sample)) === 0;
    if (!keep || rec.error || rec.tokenError) continue;
    const text = recordSource(rec);
    texts.push(text);
    streams.push(recordTokens(rec));
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

  // Ours: tokens → AST.
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  const tokTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const t0 = process.hrtime.bigint();
    for (const s of streams) parse(s);
    tokTimes.push(Number(process.hrtime.bigint() - t0) / 1e9);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
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
  console.log(`  peak memory: pyglass RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (token streams of the whole corpus held in memory), CPython RSS ${(cp.maxrss_kb / 1024).toFixed(0)} MB`);
  void peakHeap;
  void fs;
  void path;
}

main().catch((e) => { console.error(e); process.exit(1); });
