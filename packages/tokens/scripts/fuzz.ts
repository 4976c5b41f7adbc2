/**
 * Fuzzing the tokenizer. Two modes:
 *
 *   crash (default): N inputs (random bytes, fragments, mutated fixtures and stdlib files); any
 *     JS exception, or one input taking longer than the time budget, is a failure. Prints the
 *     count and exits 1 with the offending input saved under .cache/fuzz/ when something fails.
 *       tsx --conditions=@pyglass/source packages/tokens/scripts/fuzz.ts --inputs 100000
 *
 *   differential: N inputs also run through the oracle (one Python process); tokens (type,
 *     string, positions, line), the error (type, message, position) and warnings must match.
 *       tsx --conditions=@pyglass/source packages/tokens/scripts/fuzz.ts --differential 5000
 *
 * Options: --seed S (default 1), --budget-ms M (default 250 per input), --show K.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../src/index';
import { fuzzInput } from './fuzz-inputs';

const WORKSPACE = path.resolve(__dirname, '..', '..', '..');
const OUT_DIR = path.join(WORKSPACE, '.cache', 'fuzz');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Fixture inputs plus a few stdlib files: the material mutations start from. */
export function seedCorpus(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const fixtures = path.join(__dirname, '..', 'test', 'fixtures');
  if (fs.existsSync(fixtures)) {
    for (const dir of fs.readdirSync(fixtures).sort()) {
      const f = path.join(fixtures, dir, 'input.py');
      if (fs.existsSync(f)) out.push(fs.readFileSync(f));
    }
  }
  const stdlib = ['tokenize.py', 'string.py', 'textwrap.py', 'test/test_fstring.py', 'test/test_grammar.py', 'test/test_tokenize.py'];
  const oracleLib = findStdlib();
  if (oracleLib) for (const f of stdlib) if (fs.existsSync(path.join(oracleLib, f))) out.push(fs.readFileSync(path.join(oracleLib, f)));
  return out;
}

function findStdlib(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { findOracle } = require('../../../tools/oracle/index') as typeof import('../../../tools/oracle/index');
    const oracle = findOracle();
    if (!oracle) return null;
    const r = spawnSync(oracle.executable, ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  } catch {
    return null;
  }
}

function crashMode(n: number, seed: number, budgetMs: number): number {
  const corpus = seedCorpus();
  let failures = 0;
  let slowest = 0;
  let bytes = 0;
  const t0 = Date.now();
  for (let i = 0; i < n; i++) {
    const input = fuzzInput(seed, i, corpus);
    bytes += input.length;
    const start = process.hrtime.bigint();
    let problem: string | null = null;
    try {
      const r = tokenize(input, { filename: 'fuzz.py' });
      if (r.error === null && (r.tokens.length === 0 || r.tokens[r.tokens.length - 1].type !== 0)) problem = 'no ENDMARKER and no error';
    } catch (e) {
      problem = `JS exception: ${(e as Error).stack}`;
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    slowest = Math.max(slowest, ms);
    if (ms > budgetMs) problem = `took ${ms.toFixed(1)} ms (budget ${budgetMs} ms)`;
    if (problem !== null) {
      failures++;
      fs.mkdirSync(OUT_DIR, { recursive: true });
      const file = path.join(OUT_DIR, `crash-${seed}-${i}.py`);
      fs.writeFileSync(file, input);
      console.log(`input ${i} (seed ${seed}): ${problem}\n  saved as ${file}`);
      if (failures >= 10) break;
    }
  }
  console.log(`fuzz: ${n} inputs (${(bytes / 1e6).toFixed(1)} MB, mutated from ${corpus.length} seed files), ${failures} failures (crash or over ${budgetMs} ms), slowest ${slowest.toFixed(1)} ms, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return failures === 0 ? 0 : 1;
}

interface OracleJson {
  path: string;
  tokens: { type: number; string: string; start: [number, number]; end: [number, number]; line: string }[];
  error: { type: string; msg: string; lineno: number | null; offset: number | null } | null;
  warnings: { message: string; line: number }[];
}

function differentialMode(n: number, seed: number, show: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { requireOracle, ORACLE_SCRIPTS } = require('../../../tools/oracle/index') as typeof import('../../../tools/oracle/index');
  const oracle = requireOracle();
  const corpus = seedCorpus();
  const dir = path.join(OUT_DIR, `diff-${seed}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = path.join(dir, `${i}.py`);
    fs.writeFileSync(f, fuzzInput(seed, i, corpus));
    files.push(f);
  }
  const r = spawnSync(oracle.executable, [path.join(ORACLE_SCRIPTS, 'tokenize_batch.py'), '--json'], {
    input: files.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  let same = 0;
  let shown = 0;
  const kinds = new Map<string, number>();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const want = JSON.parse(line) as OracleJson;
    const got = tokenize(fs.readFileSync(want.path), { filename: want.path });
    const wantErr = want.error && { type: want.error.type, message: want.error.type === "SystemError" ? want.error.msg.replace(/0x[0-9a-f]+/, "0x0") : want.error.msg, line: want.error.lineno, column: want.error.offset };
    const a = JSON.stringify({ tokens: want.tokens, error: wantErr, warnings: want.warnings.map((w) => w.message) });
    const b = JSON.stringify({
      tokens: got.tokens.map((t) => ({ type: t.type, string: t.string, start: t.start, end: t.end, line: t.line })),
      error: got.error,
      warnings: got.warnings.map((w) => w.message),
    });
    if (a === b) {
      same++;
      continue;
    }
    const key = wantErr ? `error ${wantErr.type}: ${wantErr.message.replace(/\d+/g, 'N')}` : 'tokens';
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
    if (shown < show) {
      shown++;
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.log(`${want.path}:\n  oracle: …${a.slice(Math.max(0, i - 80), i + 120)}\n  ours:   …${b.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
  console.log(`differential fuzz: ${same} identical / ${n} inputs (seed ${seed})`);
  for (const [k, v] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`  ${v} × ${k}`);
  return same === n ? 0 : 1;
}

function main(): void {
  const seed = arg('--seed', 1);
  const diff = arg('--differential', 0);
  if (diff > 0) {
    process.exitCode = differentialMode(diff, seed, arg('--show', 5));
  } else {
    process.exitCode = crashMode(arg('--inputs', 100_000), seed, arg('--budget-ms', 250));
  }
}

main();
