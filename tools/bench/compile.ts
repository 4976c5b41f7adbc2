/**
 * Benchmark (not a test): compile throughput of @pyglass/bytecode against CPython 3.12's
 * `compile()` on the same corpus files, in the same run, printed as MB/s of source and ratios:
 *   - AST → code: our `compile(tree)` vs CPython's `compile(ast_tree, path, "exec")`; trees are
 *     made untimed (ours by @pyglass/tokens + @pyglass/ast, CPython's by `ast.parse`), a batch at a
 *     time, afresh for every round (our compiler's AST optimizer rewrites its tree, as CPython's
 *     does with its own copy);
 *   - source → code: tokenize + parse + compile vs `compile(source_bytes, path, "exec")`.
 * Only files both compilers compile are used. Each side runs several rounds; the best counts.
 *
 * usage: tsx tools/bench/compile.ts [--rounds N] [--sample N] [--batch N] [--processes N]
 *
 * With `--processes N` the measurement runs in N fresh processes one after the other (each timing
 * both sides, best of its rounds) and the median of their ratios is reported with the range: one
 * process's figure moves by ±6% with V8's JIT and GC decisions, so a single run can mislead.
 * Run it on the tsc builds (`nx run-many -t build` first), which is what cli runs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { compile } from '@pyglass/bytecode';
import { parse, tokenErrorForParser } from '@pyglass/ast';
import type { ModNode } from '@pyglass/interfaces';
import { tokenizeColumns } from '@pyglass/tokens';
import { corpus, corpusPath, requireOracle } from '../oracle/index';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function toAst(source: Buffer, file: string): ModNode {
  // As cli's pipeline (sourceToTree): tokens handed over in columns; the text is decoded again
  // only to quote a tokenizer error's line.
  const t = tokenizeColumns(source, { filename: file });
  const tokenError = t.error === null ? null : tokenErrorForParser(t.error, source.toString('utf8'));
  return parse(t.columns, { mode: 'exec', filename: file, tokenError }) as ModNode;
}

/** --processes N: N child runs of this benchmark; the median ratio and the range. */
function manyProcesses(n: number): void {
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--processes' && all[i - 1] !== '--processes');
  const runs: { files: number; mb: number; ast: number; src: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const show = (what: string, xs: number[]) =>
    `${what.padEnd(16)} median ratio ${median(xs).toFixed(2)}   range ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}   (${xs.map((x) => x.toFixed(2)).join(' ')})`;
  console.log(`compile benchmark: ${runs[0]!.files} files, ${runs[0]!.mb.toFixed(1)} MB, ${n} processes (ratio > 1: pyglass faster)`);
  console.log(show('AST → code', runs.map((r) => r.ast)));
  console.log(show('source → code', runs.map((r) => r.src)));
}

function main(): void {
  const processes = arg('--processes', 1);
  if (processes > 1) return manyProcesses(processes);
  const rounds = arg('--rounds', 3);
  const sample = arg('--sample', 400);
  const batch = arg('--batch', 50);
  const c = corpus();
  let files = c.files.filter((f) => f.compileError === null && f.tokenizeError === null).map((f) => corpusPath(c, f));
  if (sample > 0 && sample < files.length) {
    const step = files.length / sample;
    files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]!);
  }
  // Keep the files our pipeline compiles (untimed).
  const sources: Buffer[] = [];
  const paths: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f);
    try {
      compile(toAst(src, f), { filename: f });
      sources.push(src);
      paths.push(f);
    } catch {
      // not compiled by pyglass yet (match statements, string annotations): left out of both sides
    }
  }
  const bytes = sources.reduce((a, s) => a + s.length, 0);
  const mb = bytes / 1e6;

  const oracle = requireOracle();
  const script = `
import ast, sys, time, json
paths = sys.stdin.read().split("\\n")[:-1]
srcs = [open(p, "rb").read() for p in paths]
rounds, batch = ${rounds}, ${batch}
best_src = best_ast = float("inf")
for _ in range(rounds):
    t = 0.0
    for i, s in enumerate(srcs):
        t0 = time.perf_counter(); compile(s, paths[i], "exec", dont_inherit=True); t += time.perf_counter() - t0
    best_src = min(best_src, t)
    t = 0.0
    for b in range(0, len(srcs), batch):
        trees = [ast.parse(s, paths[b + k]) for k, s in enumerate(srcs[b:b + batch])]
        t0 = time.perf_counter()
        for k, tree in enumerate(trees): compile(tree, paths[b + k], "exec", dont_inherit=True)
        t += time.perf_counter() - t0
    best_ast = min(best_ast, t)
print(json.dumps({"src": best_src, "ast": best_ast}))
`;
  const r = spawnSync(oracle.executable, ['-c', script], { input: paths.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: '0' } });
  if (r.status !== 0) throw new Error(r.stderr);
  const py = JSON.parse(r.stdout) as { src: number; ast: number };

  let bestSrc = Infinity;
  let bestAst = Infinity;
  for (let round = 0; round < rounds; round++) {
    let t = 0;
    for (let i = 0; i < sources.length; i++) {
      const t0 = process.hrtime.bigint();
      compile(toAst(sources[i]!, paths[i]!), { filename: paths[i]! });
      t += Number(process.hrtime.bigint() - t0) / 1e9;
    }
    bestSrc = Math.min(bestSrc, t);
    t = 0;
    for (let b = 0; b < sources.length; b += batch) {
      const trees = sources.slice(b, b + batch).map((s, k) => toAst(s, paths[b + k]!));
      const t0 = process.hrtime.bigint();
      trees.forEach((tree, k) => compile(tree, { filename: paths[b + k]! }));
      t += Number(process.hrtime.bigint() - t0) / 1e9;
    }
    bestAst = Math.min(bestAst, t);
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ files: sources.length, mb, ast: py.ast / bestAst, src: py.src / bestSrc }) + '\n');
    return;
  }
  const line = (what: string, ours: number, theirs: number) =>
    `${what.padEnd(16)} CPython ${(mb / theirs).toFixed(2)} MB/s   pyglass ${(mb / ours).toFixed(2)} MB/s   ratio ${(theirs / ours).toFixed(2)}`;
  console.log(`compile benchmark: ${sources.length} files, ${mb.toFixed(1)} MB, best of ${rounds} rounds (ratio > 1: pyglass faster)`);
  console.log(line('AST → code', bestAst, py.ast));
  console.log(line('source → code', bestSrc, py.src));
}

main();
