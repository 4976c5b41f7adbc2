/**
 * Benchmark (not a test): tokens per second and MB/s of @pyglass/tokens and of CPython 3.12's
 * `tokenize.generate_tokens` over the same corpus files, in the same run, printed side by side
 * with their ratio. Ours is the public `tokenize(text)` (string in, like `generate_tokens`),
 * which builds the whole `Token[]` with positions and shared `line` strings. Both sides get the decoded text (decoding is outside the timing on both), and
 * both count every token they produce. Each side runs several rounds; the best round counts.
 *
 * usage: tsx --conditions=@pyglass/source tools/bench/tokens.ts [--rounds N] [--sample N]
 *
 * It also exports `benchmarks`, the `tokens` suite of `pyglass bench` (docs/benchmarking.md):
 * the same two workloads over a deterministic corpus slice, measured by the bench runner.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSource, Scanner, tokenize } from '@pyglass/tokens';
import { corpus, corpusPath, requireOracle, WORKSPACE_ROOT } from '../oracle/index';
import { defineBenchmark, type Benchmark } from './definition';
import { corpusSlice, TOKENIZABLE } from './corpus-slice';

interface Side {
  seconds: number;
  rounds: number[];
  tokens: number;
  bytes: number;
  files: number;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function ours(texts: string[], rounds: number, streaming: boolean): Side {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  const times: number[] = [];
  let tokens = 0;
  for (let r = 0; r < rounds; r++) {
    tokens = 0;
    const t0 = process.hrtime.bigint();
    if (streaming) {
      // Scanner.next() one token at a time, nothing kept: what a parser that consumes tokens as
      // they come would pay.
      for (const text of texts) {
        const scanner = new Scanner(text);
        while (scanner.next() !== null) tokens++;
      }
    } else {
      for (const text of texts) tokens += tokenize(text).tokens.length;
    }
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: Math.min(...times), rounds: times, tokens, bytes, files: texts.length };
}

function cpython(paths: string[], rounds: number): Side {
  const oracle = requireOracle();
  const r = spawnSync(oracle.executable, [path.join(WORKSPACE_ROOT, 'tools', 'bench', 'py', 'tokenize_bench.py'), String(rounds)], {
    input: paths.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`tokenize_bench.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Side;
}

function main(): void {
  const rounds = arg('--rounds', 5);
  const sample = arg('--sample', 0);
  const c = corpus();
  let files = c.files.filter((f) => f.tokenizeError === null);
  if (sample > 0) files = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / sample)) === 0);
  const paths = files.map((f) => corpusPath(c, f));
  const texts: string[] = [];
  for (const p of paths) {
    const d = decodeSource(fs.readFileSync(p));
    if ('text' in d) texts.push(d.text);
  }
  const py = cpython(paths, rounds);
  const ts = ours(texts, rounds, /* streaming */ false);
  const stream = ours(texts, rounds, /* streaming */ true);
  const row = (name: string, s: Side) =>
    `${name.padEnd(28)} ${(s.tokens / s.seconds / 1e6).toFixed(2).padStart(8)} Mtok/s ${(s.bytes / s.seconds / 1e6).toFixed(2).padStart(8)} MB/s  (${s.files} files, ${s.tokens} tokens, best of ${s.rounds.length}: ${s.seconds.toFixed(3)} s)`;
  console.log(`corpus: ${c.stdlib} (CPython ${c.version})`);
  console.log(row('CPython tokenize', py));
  console.log(row('@pyglass/tokens tokenize()', ts));
  console.log(row('@pyglass/tokens streaming', stream));
  if (py.tokens !== ts.tokens) console.log(`note: token counts differ (${py.tokens} vs ${ts.tokens})`);
  console.log(`ratio: ${(py.seconds / ts.seconds).toFixed(2)}x CPython's tokenize with tokenize() (whole Token[] kept), ${(py.seconds / stream.seconds).toFixed(2)}x streaming (same files, same run)`);
}

function decodedTexts(paths: string[]): string[] {
  const texts: string[] = [];
  for (const p of paths) {
    const d = decodeSource(fs.readFileSync(p));
    if ('text' in d) texts.push(d.text);
  }
  return texts;
}

const tokenizeBaseline = {
  script: path.join(WORKSPACE_ROOT, 'tools', 'bench', 'py', 'workloads', 'tokenize_files.py'),
  params: (size: number) => ({ files: corpusSlice(size, TOKENIZABLE) }),
};

export const benchmarks: Benchmark[] = [
  defineBenchmark({
    name: 'tokenize',
    suite: 'tokens',
    tags: ['stage', 'corpus'],
    description: 'tokenize() (whole Token[] kept) over stdlib corpus files; baseline tokenize.generate_tokens',
    sizes: { quick: 160, full: 2000 /* more files than the 3.12 corpus holds: all of them */ },
    sizeUnit: 'files',
    setup: (size) => decodedTexts(corpusSlice(size, TOKENIZABLE)),
    run: (_size, texts) => {
      for (const text of texts) tokenize(text);
    },
    python: tokenizeBaseline,
  }),
  defineBenchmark({
    name: 'scan',
    suite: 'tokens',
    tags: ['stage', 'corpus', 'streaming'],
    description: 'Scanner.next() streaming, nothing kept, over stdlib corpus files; baseline tokenize.generate_tokens',
    sizes: { quick: 160, full: 2000 /* more files than the 3.12 corpus holds: all of them */ },
    sizeUnit: 'files',
    setup: (size) => decodedTexts(corpusSlice(size, TOKENIZABLE)),
    run: (_size, texts) => {
      for (const text of texts) {
        const scanner = new Scanner(text);
        while (scanner.next() !== null);
      }
    },
    python: tokenizeBaseline,
  }),
];

if (require.main === module) main();
