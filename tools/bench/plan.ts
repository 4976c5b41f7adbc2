/**
 * From the command line to the list of jobs a run measures, deterministically: `-X key=value`
 * options shared by every cell, `--matrix key=a,b` expanded as a cartesian product (keys in the
 * order given, the last key varying fastest, values in the order given), one job per benchmark
 * and cell plus one CPython baseline job per benchmark, and `--shard I/N` as every N-th job
 * starting at the I-th. The same arguments always give the same jobs in the same order, on any
 * machine, so shards of one sweep never overlap and together cover it.
 */
import { STRATEGY_ENV_VARS, type BenchImplementation, type BenchShard, type ContractKind } from '@pyglass/interfaces';
import type { BenchContext, Benchmark } from './definition';

export type Variant = Record<string, string>;

/** `key=value` (the value may hold commas and `=`: `gc=plan,seed=1`). */
export function parseXOption(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`-X ${text}: expected key=value (e.g. -X gc=cpython312)`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

export function parseFixed(options: readonly string[]): Variant {
  const out: Variant = {};
  for (const o of options) {
    const [k, v] = parseXOption(o);
    if (k in out) throw new Error(`-X ${k} given twice`);
    out[k] = v;
  }
  return out;
}

/** `gc=a,b` → { gc: ['a', 'b'] }; keys keep their order. */
export function parseMatrix(specs: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new Error(`--matrix ${spec}: expected key=value1,value2,… (e.g. --matrix gc=a,b)`);
    const key = spec.slice(0, eq);
    const values = spec.slice(eq + 1).split(',');
    if (values.some((v) => v === '')) throw new Error(`--matrix ${spec}: empty value`);
    if (new Set(values).size !== values.length) throw new Error(`--matrix ${spec}: a value is repeated`);
    if (key in out) throw new Error(`--matrix ${key} given twice`);
    out[key] = values;
  }
  return out;
}

/** Every cell of the matrix, each merged with the fixed options. */
export function expandMatrix(fixed: Variant, matrix: Record<string, string[]>): Variant[] {
  for (const k of Object.keys(matrix)) if (k in fixed) throw new Error(`${k} is both a fixed -X option and a --matrix key`);
  let cells: Variant[] = [{ ...fixed }];
  for (const key of Object.keys(matrix)) {
    const next: Variant[] = [];
    for (const cell of cells) for (const value of matrix[key]!) next.push({ ...cell, [key]: value });
    cells = next;
  }
  return cells;
}

export interface Job {
  benchmark: Benchmark;
  implementation: BenchImplementation;
  variant: Variant;
  size: number;
  context: BenchContext;
}

export function contextFor(variant: Variant, quick: boolean): BenchContext {
  const xArgs: string[] = [];
  for (const k of Object.keys(variant)) xArgs.push('-X', `${k}=${variant[k]}`);
  return { quick, options: variant, xArgs };
}

/** Variant keys `env.NAME` set the environment variable NAME for that cell's worker processes. */
export const ENV_KEY_PREFIX = 'env.';

/**
 * The variant key `tree` names a workspace checkout whose tools/bench/worker.ts (and so whose
 * stage sources) that cell's pyglass processes run: `--matrix tree=/tmp/base,.` measures two
 * commits interleaved in one run, the setting `compare` can pair round by round.
 */
export const TREE_KEY = 'tree';

/**
 * The environment a variant sets: strategy variables (PYGLASS_GC, …) for its contract keys, and
 * NAME=value for each `env.NAME` key.
 */
export function strategyEnv(variant: Variant): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of Object.keys(variant)) {
    const name = STRATEGY_ENV_VARS[k as ContractKind];
    if (name) env[name] = variant[k]!;
    else if (k.startsWith(ENV_KEY_PREFIX) && k.length > ENV_KEY_PREFIX.length) env[k.slice(ENV_KEY_PREFIX.length)] = variant[k]!;
  }
  return env;
}

export function hasBaseline(b: Benchmark): boolean {
  return b.kind === 'function' ? b.python !== undefined : b.python !== undefined;
}

/** Jobs in run order: per benchmark, each cell of ours, then the baseline when asked. */
export function planJobs(benchmarks: readonly Benchmark[], variants: readonly Variant[], baseline: boolean, quick: boolean): Job[] {
  const jobs: Job[] = [];
  for (const b of benchmarks) {
    const size = quick ? b.sizes.quick : b.sizes.full;
    for (const v of variants) jobs.push({ benchmark: b, implementation: 'pyglass', variant: v, size, context: contextFor(v, quick) });
    if (baseline && hasBaseline(b)) jobs.push({ benchmark: b, implementation: 'python3.12', variant: {}, size, context: contextFor({}, quick) });
  }
  return jobs;
}

/** `I/N` with 1 ≤ I ≤ N. */
export function parseShard(text: string): BenchShard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) throw new Error(`--shard ${text}: expected I/N (e.g. --shard 1/4)`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`--shard ${text}: need 1 ≤ I ≤ N`);
  return { index, count };
}

export function shardJobs<T>(jobs: readonly T[], shard: BenchShard | null): T[] {
  if (!shard) return [...jobs];
  return jobs.filter((_, i) => i % shard.count === shard.index - 1);
}
