/**
 * The plug-in shape of a pyglass benchmark. A stage's benchmark file (tools/bench/<stage>.ts)
 * exports `benchmarks: Benchmark[]` and is listed once in tools/bench/registry.ts; the runner
 * then measures it in separate worker processes, with warm-ups and several values per process,
 * and measures the equivalent CPython 3.12 workload beside it when `--baseline python3.12` asks.
 *
 * Two kinds:
 * - a function benchmark: `setup?(size, ctx)` once per worker process (unmeasured), then
 *   `run(size, state, ctx)` once per warm-up and per measured value, inside the worker;
 *   its baseline is a Python workload file that defines `setup(params)` and `run(state)`, run by
 *   tools/bench/py/harness.py the same way;
 * - a command benchmark: a pair of command lines (ours, and python3.12's); each value is one
 *   execution of the command, timed by the same harness on both sides.
 */

export interface BenchSizes {
  /** The size `--quick` runs (CI): small, deterministic, enough to detect a 10% change. */
  quick: number;
  /** The size a full (research) run uses. */
  full: number;
}

/** What a benchmark is told about the run it is part of. */
export interface BenchContext {
  quick: boolean;
  /**
   * The `-X` options of this matrix cell (fixed `-X` plus the `--matrix` values), e.g.
   * `{ gc: 'cpython312' }`. Options no strategy understands yet are passed through unchanged.
   */
  options: Readonly<Record<string, string>>;
  /** The same options as command-line arguments: `['-X', 'gc=cpython312', …]`. */
  xArgs: readonly string[];
}

/** What one measured run may report beside its time (GC benchmarks). */
export interface BenchSample {
  /** Collections during this run. */
  gcCollections?: number;
  /** Each collection's pause, seconds. */
  gcPauses?: number[];
}

interface BenchmarkCommon {
  /** Unique within its suite; `suite/name` names it everywhere. */
  name: string;
  /** The stage or program family: tokens, ast, bytecode, vm, gc, … */
  suite: string;
  tags: string[];
  /** One line for `pyglass bench list` and the docs. */
  description: string;
  sizes: BenchSizes;
  /** What a size counts: "files", "iterations", "objects", … */
  sizeUnit: string;
}

export interface PythonWorkload {
  /** Absolute path of a Python file defining `setup(params) -> state` and `run(state)`. */
  script: string;
  /** JSON-serializable parameters for its `setup` (computed in the runner process). */
  params(size: number, ctx: BenchContext): unknown;
}

export interface FunctionBenchmark<State = unknown> extends BenchmarkCommon {
  kind: 'function';
  /** Unmeasured preparation, once per worker process. */
  setup?(size: number, ctx: BenchContext): State;
  /** One run of the workload: what each warm-up and each measured value times. */
  run(size: number, state: State, ctx: BenchContext): BenchSample | void;
  /** The equivalent CPython 3.12 workload, for `--baseline python3.12`. */
  python?: PythonWorkload;
}

export interface CommandLine {
  argv: string[];
  env?: Record<string, string>;
  cwd?: string;
}

export interface CommandBenchmark extends BenchmarkCommon {
  kind: 'command';
  /** Our command line (e.g. `./pyglass -X gc=… prog.py N`). */
  ours(size: number, ctx: BenchContext): CommandLine;
  /** CPython's: the arguments after the python3.12 executable (e.g. `['prog.py', 'N']`). */
  python?(size: number, ctx: BenchContext): CommandLine;
}

export type Benchmark = FunctionBenchmark<any> | CommandBenchmark; // eslint-disable-line @typescript-eslint/no-explicit-any -- each benchmark has its own State type; the runner only passes it back.

/** Declares a function benchmark with its State type inferred (and checked) from `setup`. */
export function defineBenchmark<State>(b: Omit<FunctionBenchmark<State>, 'kind'>): FunctionBenchmark<State> {
  return { kind: 'function', ...b };
}

export function defineCommandBenchmark(b: Omit<CommandBenchmark, 'kind'>): CommandBenchmark {
  return { kind: 'command', ...b };
}

/**
 * Calibration only (tools/bench/calibrate.ts): `PYGLASS_BENCH_SLOWDOWN=tokens=0.10` makes the
 * worker busy-wait after each run of a `tokens` benchmark until it has burnt 10% of the CPU time
 * that run took, a slowdown proportional to the work done, to check that `compare` detects it.
 */
export const SLOWDOWN_ENV = 'PYGLASS_BENCH_SLOWDOWN';

/**
 * Parses `suite=fraction[,suite=fraction]`; returns the fraction for `suite` or 0. A part without
 * `=` is a label meaning no slowdown (calibration makes two identical matrix cells that way).
 */
export function slowdownFor(suite: string, spec: string | undefined): number {
  if (!spec) return 0;
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0 && /^[A-Za-z0-9_-]+$/.test(part)) continue;
    const fraction = Number(part.slice(eq + 1));
    if (eq <= 0 || !Number.isFinite(fraction) || fraction < 0) throw new Error(`${SLOWDOWN_ENV}: expected suite=fraction, got ${JSON.stringify(part)}`);
    if (part.slice(0, eq) === suite) return fraction;
  }
  return 0;
}
