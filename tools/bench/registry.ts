/**
 * The suites `pyglass bench` knows: one line per benchmark file. A stage joins by exporting
 * `benchmarks: Benchmark[]` (tools/bench/definition.ts) from its file and adding a line here.
 * Modules are loaded only when their suite is asked for, so a suite whose stage is still being
 * built costs the others nothing.
 */
import type { Benchmark } from './definition';

export interface SuiteEntry {
  /** Module path relative to tools/bench, loaded with require(). */
  module: string;
  summary: string;
}

export const SUITES: Readonly<Record<string, SuiteEntry>> = {
  tokens: { module: './tokens', summary: 'source → tokens over the stdlib corpus (tokenize(), streaming Scanner)' },
  gc: { module: './gc', summary: 'collectors on synthetic heaps: collect over live objects, cycles, refcount cascades' },
};

/**
 * Suites from outside the tree: `PYGLASS_BENCH_SUITES=name=/abs/file.ts[;name=/abs/file.ts…]`
 * (a researcher's private benchmarks, the tests' fixture suite). The variable is inherited by the
 * worker processes, which therefore find the same suites.
 */
export const EXTRA_SUITES_ENV = 'PYGLASS_BENCH_SUITES';

export function allSuites(env: Readonly<Record<string, string | undefined>> = process.env): Record<string, SuiteEntry> {
  const out: Record<string, SuiteEntry> = { ...SUITES };
  const extra = env[EXTRA_SUITES_ENV];
  if (!extra) return out;
  for (const part of extra.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || !part.slice(eq + 1)) throw new Error(`${EXTRA_SUITES_ENV}: expected name=/path/to/file.ts, got ${JSON.stringify(part)}`);
    out[part.slice(0, eq)] = { module: part.slice(eq + 1), summary: `from ${part.slice(eq + 1)}` };
  }
  return out;
}

/** The benchmarks of one suite, checked for the fields the runner relies on. */
export function loadSuite(suite: string): Benchmark[] {
  const suites = allSuites();
  const entry = suites[suite];
  if (!entry) throw new Error(`unknown benchmark suite ${JSON.stringify(suite)}; known: ${Object.keys(suites).join(', ')}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: load a suite only when asked for
  const mod = require(entry.module) as { benchmarks?: unknown };
  if (!Array.isArray(mod.benchmarks)) throw new Error(`${entry.module} does not export benchmarks: Benchmark[]`);
  const list = mod.benchmarks as Benchmark[];
  const names = new Set<string>();
  for (const b of list) {
    if (b.suite !== suite) throw new Error(`${entry.module}: benchmark ${b.name} says suite ${b.suite}, registered as ${suite}`);
    if (names.has(b.name)) throw new Error(`${entry.module}: two benchmarks named ${b.name}`);
    if (!(b.sizes.quick > 0 && b.sizes.full > 0)) throw new Error(`${suite}/${b.name}: sizes must be positive`);
    names.add(b.name);
  }
  return list;
}

/** Benchmarks of the named suites (all suites when none named), sorted by suite then name. */
export function loadBenchmarks(suites: readonly string[]): Benchmark[] {
  const chosen = suites.length > 0 ? suites : Object.keys(allSuites());
  const out: Benchmark[] = [];
  for (const s of [...new Set(chosen)]) out.push(...loadSuite(s));
  return out.sort((a, b) => (a.suite === b.suite ? cmp(a.name, b.name) : cmp(a.suite, b.suite)));
}

/** Finds `suite/name`; the worker process uses it to load its benchmark. */
export function findBenchmark(suite: string, name: string): Benchmark {
  const b = loadSuite(suite).find((x) => x.name === name);
  if (!b) throw new Error(`no benchmark ${suite}/${name}`);
  return b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
