/**
 * The results file of `pyglass bench` (schema "pyglass-bench/1"): what was run (options, matrix
 * variant, size), where (machine, commit, date) and every raw value measured, so that any later
 * statistic — a comparison, a chart, a merge of shards — is computed from the data and never from
 * a summary. `decodeBenchResults` validates a file read back from disk and raises the codecs'
 * `DecodeError` naming the JSON path of the first bad value.
 */
import { checkArray, checkKeys, checkString, DecodeError, fail, isObject, joinPath, parseJson } from './codecs/decode-error';

export const BENCH_SCHEMA = 'pyglass-bench/1';

/** Which interpreter produced a record: ours, or the CPython baseline measured in the same run. */
export type BenchImplementation = 'pyglass' | 'python3.12';

export interface BenchMachine {
  /** `os.cpus()[0].model`. */
  cpuModel: string;
  /** Logical CPUs (`os.cpus().length`). */
  cores: number;
  /** Bytes of RAM (`os.totalmem()`). */
  totalMemory: number;
  /** `${os.type()} ${os.release()}`. */
  os: string;
  arch: string;
  /** `process.version`, e.g. "v20.20.0". */
  node: string;
  /** The baseline's `sys.version` up to the first space, or null when no baseline ran. */
  python: string | null;
  hostname: string;
}

export interface BenchCommit {
  /** `git rev-parse HEAD`, or null outside a git work tree. */
  hash: string | null;
  /** True when `git status --porcelain` listed changes to tracked files. */
  dirty: boolean;
}

export interface BenchShard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface BenchOptions {
  /** Suites asked for (empty = all registered). */
  suites: string[];
  quick: boolean;
  /** Worker processes per benchmark and implementation. */
  processes: number;
  /** Measured values per process. */
  values: number;
  /** Unmeasured runs per process before the values. */
  warmups: number;
  /** `-X key=value` options every variant shares. */
  fixed: Record<string, string>;
  /** `--matrix key=a,b`: the values each key sweeps, in the order given. */
  matrix: Record<string, string[]>;
  /** "python3.12" when the CPython baseline was measured in the same run. */
  baseline: string | null;
  /** Shard of the job list this file holds; null for a whole run. Merged files keep the list. */
  shards: BenchShard[] | null;
  /** V8 flags the pyglass worker processes ran with (e.g. "--max-semi-space-size=64"). */
  nodeFlags: string[];
}

/**
 * One worker process: its warm-ups and measured values and its peak memory. Times are seconds
 * per run of the workload: a value times `loops` consecutive runs and is divided by `loops`.
 */
export interface BenchProcessRun {
  /** Runs of the workload per value (calibrated so a value lasts long enough to time well). */
  loops: number;
  /** Wall time of each warm-up, seconds (kept to show warm-up effects; never used in statistics). */
  warmups: number[];
  /** Wall time of each measured value, seconds. */
  wall: number[];
  /** CPU time (user + system) of each measured value, seconds. */
  cpu: number[];
  /** Peak resident set size of the process, bytes. */
  maxRss: number;
  /** Collections and pause times (seconds) reported by a GC benchmark, or null. */
  gc: { collections: number[]; pauses: number[] } | null;
}

export interface BenchRecord {
  suite: string;
  name: string;
  tags: string[];
  /** The size knob's value for this run, in `sizeUnit`s. */
  size: number;
  sizeUnit: string;
  implementation: BenchImplementation;
  /** The `-X` options this record ran with (fixed plus its matrix cell); {} for the baseline. */
  variant: Record<string, string>;
  runs: BenchProcessRun[];
}

export interface BenchResults {
  schema: typeof BENCH_SCHEMA;
  /** ISO 8601 time the run started. */
  date: string;
  machine: BenchMachine;
  commit: BenchCommit;
  options: BenchOptions;
  benchmarks: BenchRecord[];
}

// ---- validation ---------------------------------------------------------------------------------

function num(value: unknown, path: string, what = 'a finite number'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, what, value);
  return value;
}

function nonNegative(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'a non-negative number', value);
  return value;
}

function positiveInt(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) fail(path, 'a positive int', value);
  return value;
}

function uint(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'a non-negative int', value);
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
  return value;
}

function nullableString(value: unknown, path: string): string | null {
  if (value !== null && typeof value !== 'string') fail(path, 'a string or null', value);
  return value;
}

function numbers(value: unknown, path: string, check: (v: unknown, p: string) => number): number[] {
  const list = checkArray(value, path);
  for (let i = 0; i < list.length; i++) check(list[i], joinPath(path, i));
  return list as number[];
}

function strings(value: unknown, path: string): string[] {
  const list = checkArray(value, path);
  for (let i = 0; i < list.length; i++) checkString(list[i], joinPath(path, i));
  return list as string[];
}

function stringMap(value: unknown, path: string): Record<string, string> {
  if (!isObject(value)) fail(path, 'an object of strings', value);
  for (const key of Object.keys(value)) checkString(value[key], joinPath(path, key));
  return value as Record<string, string>;
}

const MACHINE_KEYS = ['cpuModel', 'cores', 'totalMemory', 'os', 'arch', 'node', 'python', 'hostname'] as const;
const COMMIT_KEYS = ['hash', 'dirty'] as const;
const OPTIONS_KEYS = ['suites', 'quick', 'processes', 'values', 'warmups', 'fixed', 'matrix', 'baseline', 'shards', 'nodeFlags'] as const;
const RUN_KEYS = ['loops', 'warmups', 'wall', 'cpu', 'maxRss', 'gc'] as const;
const RECORD_KEYS = ['suite', 'name', 'tags', 'size', 'sizeUnit', 'implementation', 'variant', 'runs'] as const;
const RESULTS_KEYS = ['schema', 'date', 'machine', 'commit', 'options', 'benchmarks'] as const;

function decodeMachine(value: unknown, path: string): BenchMachine {
  if (!isObject(value)) fail(path, 'a machine description', value);
  checkKeys(value, MACHINE_KEYS, path, 'a machine description');
  checkString(value.cpuModel, joinPath(path, 'cpuModel'));
  positiveInt(value.cores, joinPath(path, 'cores'));
  uint(value.totalMemory, joinPath(path, 'totalMemory'));
  checkString(value.os, joinPath(path, 'os'));
  checkString(value.arch, joinPath(path, 'arch'));
  checkString(value.node, joinPath(path, 'node'));
  nullableString(value.python, joinPath(path, 'python'));
  checkString(value.hostname, joinPath(path, 'hostname'));
  return value as unknown as BenchMachine;
}

function decodeCommit(value: unknown, path: string): BenchCommit {
  if (!isObject(value)) fail(path, 'a commit description', value);
  checkKeys(value, COMMIT_KEYS, path, 'a commit description');
  const hash = nullableString(value.hash, joinPath(path, 'hash'));
  if (hash !== null && !/^[0-9a-f]{40,64}$/.test(hash)) fail(joinPath(path, 'hash'), 'a git commit hash', hash);
  bool(value.dirty, joinPath(path, 'dirty'));
  return value as unknown as BenchCommit;
}

function decodeShard(value: unknown, path: string): BenchShard {
  if (!isObject(value)) fail(path, 'a shard {index, count}', value);
  checkKeys(value, ['index', 'count'], path, 'a shard');
  const index = positiveInt(value.index, joinPath(path, 'index'));
  const count = positiveInt(value.count, joinPath(path, 'count'));
  if (index > count) throw new DecodeError(joinPath(path, 'index'), `shard ${index} of ${count} does not exist`);
  return value as unknown as BenchShard;
}

function decodeOptions(value: unknown, path: string): BenchOptions {
  if (!isObject(value)) fail(path, 'the run options', value);
  checkKeys(value, OPTIONS_KEYS, path, 'the run options');
  strings(value.suites, joinPath(path, 'suites'));
  bool(value.quick, joinPath(path, 'quick'));
  positiveInt(value.processes, joinPath(path, 'processes'));
  positiveInt(value.values, joinPath(path, 'values'));
  uint(value.warmups, joinPath(path, 'warmups'));
  stringMap(value.fixed, joinPath(path, 'fixed'));
  const matrix = value.matrix;
  const matrixPath = joinPath(path, 'matrix');
  if (!isObject(matrix)) fail(matrixPath, 'an object of string arrays', matrix);
  for (const key of Object.keys(matrix)) strings(matrix[key], joinPath(matrixPath, key));
  nullableString(value.baseline, joinPath(path, 'baseline'));
  strings(value.nodeFlags, joinPath(path, 'nodeFlags'));
  if (value.shards !== null) {
    const shards = checkArray(value.shards, joinPath(path, 'shards'));
    for (let i = 0; i < shards.length; i++) decodeShard(shards[i], joinPath(joinPath(path, 'shards'), i));
  }
  return value as unknown as BenchOptions;
}

function decodeRun(value: unknown, path: string): BenchProcessRun {
  if (!isObject(value)) fail(path, 'a process run', value);
  checkKeys(value, RUN_KEYS, path, 'a process run');
  positiveInt(value.loops, joinPath(path, 'loops'));
  numbers(value.warmups, joinPath(path, 'warmups'), nonNegative);
  const wall = numbers(value.wall, joinPath(path, 'wall'), nonNegative);
  const cpu = numbers(value.cpu, joinPath(path, 'cpu'), nonNegative);
  if (wall.length === 0) throw new DecodeError(joinPath(path, 'wall'), 'expected at least one value, got an array of 0');
  if (cpu.length !== wall.length) throw new DecodeError(joinPath(path, 'cpu'), `expected ${wall.length} values (one per wall value), got ${cpu.length}`);
  uint(value.maxRss, joinPath(path, 'maxRss'));
  if (value.gc !== null) {
    const gcPath = joinPath(path, 'gc');
    if (!isObject(value.gc)) fail(gcPath, 'GC figures or null', value.gc);
    checkKeys(value.gc, ['collections', 'pauses'], gcPath, 'GC figures');
    numbers(value.gc.collections, joinPath(gcPath, 'collections'), uint);
    numbers(value.gc.pauses, joinPath(gcPath, 'pauses'), nonNegative);
  }
  return value as unknown as BenchProcessRun;
}

function decodeRecord(value: unknown, path: string): BenchRecord {
  if (!isObject(value)) fail(path, 'a benchmark record', value);
  checkKeys(value, RECORD_KEYS, path, 'a benchmark record');
  checkString(value.suite, joinPath(path, 'suite'));
  checkString(value.name, joinPath(path, 'name'));
  strings(value.tags, joinPath(path, 'tags'));
  num(value.size, joinPath(path, 'size'));
  checkString(value.sizeUnit, joinPath(path, 'sizeUnit'));
  if (value.implementation !== 'pyglass' && value.implementation !== 'python3.12') {
    fail(joinPath(path, 'implementation'), '"pyglass" or "python3.12"', value.implementation);
  }
  stringMap(value.variant, joinPath(path, 'variant'));
  const runs = checkArray(value.runs, joinPath(path, 'runs'));
  if (runs.length === 0) throw new DecodeError(joinPath(path, 'runs'), 'expected at least one process run, got an array of 0');
  for (let i = 0; i < runs.length; i++) decodeRun(runs[i], joinPath(joinPath(path, 'runs'), i));
  return value as unknown as BenchRecord;
}

/** Validates a parsed results document; raises DecodeError at the first bad value. */
export function decodeBenchResults(value: unknown, path = '$'): BenchResults {
  if (!isObject(value)) fail(path, 'a pyglass bench results object', value);
  if (value.schema !== BENCH_SCHEMA) fail(joinPath(path, 'schema'), JSON.stringify(BENCH_SCHEMA), value.schema);
  checkKeys(value, RESULTS_KEYS, path, 'bench results');
  const date = checkString(value.date, joinPath(path, 'date'));
  if (Number.isNaN(Date.parse(date))) fail(joinPath(path, 'date'), 'an ISO 8601 date', date);
  decodeMachine(value.machine, joinPath(path, 'machine'));
  decodeCommit(value.commit, joinPath(path, 'commit'));
  decodeOptions(value.options, joinPath(path, 'options'));
  const list = checkArray(value.benchmarks, joinPath(path, 'benchmarks'));
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const p = joinPath(joinPath(path, 'benchmarks'), i);
    const record = decodeRecord(list[i], p);
    const key = benchRecordKey(record);
    if (seen.has(key)) throw new DecodeError(p, `duplicate benchmark record ${key}`);
    seen.add(key);
  }
  return value as unknown as BenchResults;
}

/** Parses and validates the text of a results file. */
export function decodeBenchResultsJson(text: string): BenchResults {
  return decodeBenchResults(parseJson(text), '$');
}

/** `k=v,k=v` with keys sorted: the variant's canonical name ("" for no options). */
export function formatBenchVariant(variant: Readonly<Record<string, string>>): string {
  return Object.keys(variant)
    .sort()
    .map((k) => `${k}=${variant[k]}`)
    .join(',');
}

/** The identity of a record within a results file: `suite/name [impl] k=v,…`. */
export function benchRecordKey(record: Pick<BenchRecord, 'suite' | 'name' | 'implementation' | 'variant'>): string {
  const variant = formatBenchVariant(record.variant);
  return `${record.suite}/${record.name} [${record.implementation}]${variant ? ` ${variant}` : ''}`;
}
