/**
 * Runs a benchmark plan and returns BenchResults: every job gets `processes` separate worker
 * processes (tools/bench/worker.ts for ours, tools/bench/py/harness.py for CPython and for
 * command benchmarks), each with its warm-ups and values. Processes run one at a time and
 * interleaved — round p runs process p of every job before any job's round p+1 — so a slow
 * minute on the machine lands on every job alike instead of on whichever ran then, and ours and
 * CPython's baseline share the same conditions. Machine, commit and option metadata go in the
 * results beside the raw values.
 */
import { fork, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_SCHEMA, benchRecordKey, type BenchCommit, type BenchMachine, type BenchProcessRun, type BenchRecord, type BenchResults, type BenchShard } from '@pyglass/interfaces';
import { findOracle, ORACLE_MISSING, WORKSPACE_ROOT, type Oracle } from '../oracle/index';
import { expandMatrix, planJobs, shardJobs, strategyEnv, TREE_KEY, type Job, type Variant } from './plan';
import { loadBenchmarks } from './registry';
import type { WorkerJob } from './worker';

export interface RunSettings {
  suites: string[];
  quick: boolean;
  fixed: Variant;
  matrix: Record<string, string[]>;
  /** "python3.12" to measure the CPython baseline in the same run. */
  baseline: string | null;
  shard: BenchShard | null;
  /** Overrides of the defaults below. */
  processes?: number;
  values?: number;
  warmups?: number;
  /** V8 flags for the pyglass workers; default DEFAULT_NODE_FLAGS. */
  nodeFlags?: string[];
  /** Extra environment for every worker (calibration's injected slowdown). */
  env?: Record<string, string>;
  onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * Defaults: a full run is pyperf's 20 processes × 3 values; `--quick` keeps 6 processes × 3
 * values to stay well inside CI's 3-minute budget (calibration figures: docs/benchmarking.md).
 * Two warm-ups, not pyperf's one: V8's first runs still include tier-up compilation (a tokens
 * run took 170 ms, then 65, then a steady 60).
 */
export const DEFAULTS = {
  full: { processes: 20, values: 3, warmups: 2 },
  quick: { processes: 6, values: 3, warmups: 2 },
} as const;

export const BASELINES = ['python3.12'] as const;

/**
 * V8 flags of the pyglass worker processes, recorded in the results. A 64 MiB young-generation
 * semi-space: with V8's default (16 MiB), how many of the tokens suite's short-lived objects got
 * promoted and later paid for by a major GC differed from process to process, so per-process CPU
 * times of `tokens/tokenize` split into two clusters (69–100 ms over 10 processes; with the flag
 * 66–71 ms). That spread hid a 10% slowdown from the significance test. `--node-flags ''` runs V8
 * as the pyglass command does today.
 */
export const DEFAULT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

const WORKER = path.join(__dirname, 'worker.ts');
const HARNESS = path.join(__dirname, 'py', 'harness.py');
const TSX_LOADER = pathToFileURL(require.resolve('tsx', { paths: [WORKSPACE_ROOT] })).href;

function git(args: string[]): string | null {
  const r = spawnSync('git', args, { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function commitInfo(): BenchCommit {
  const hash = git(['rev-parse', 'HEAD']);
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return { hash, dirty: status !== null && status.length > 0 };
}

export function machineInfo(python: string | null): BenchMachine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: Math.max(1, cpus.length),
    totalMemory: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    arch: process.arch,
    node: process.version,
    python,
    hostname: os.hostname(),
  };
}

/** Runs one Node worker process for a function benchmark. */
function runNodeWorker(job: WorkerJob, env: NodeJS.ProcessEnv, tree: string | undefined, nodeFlags: readonly string[]): Promise<BenchProcessRun> {
  const root = tree === undefined ? WORKSPACE_ROOT : path.resolve(tree);
  const worker = tree === undefined ? WORKER : path.join(root, 'tools', 'bench', 'worker.ts');
  if (!fs.existsSync(worker)) return Promise.reject(new Error(`tree=${tree}: ${worker} does not exist (a pyglass checkout with tools/bench is needed)`));
  return new Promise((resolve, reject) => {
    // tsx's loader and the source export condition, so the worker runs the TypeScript sources
    // exactly as this process does.
    const child = fork(worker, [], {
      cwd: root,
      env,
      execArgv: ['--conditions=@pyglass/source', '--import', TSX_LOADER, ...nodeFlags],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let reply: { ok?: BenchProcessRun; error?: string } | null = null;
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (m: { ok?: BenchProcessRun; error?: string }) => (reply = m));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const r = reply as { ok?: BenchProcessRun; error?: string } | null;
      if (r?.ok) resolve(r.ok);
      else reject(new Error(`${job.suite}/${job.name}: worker failed (${signal ?? `exit ${code}`})\n${r?.error ?? stderr}`));
    });
    child.send(job);
  });
}

/** Runs one harness.py process (CPython workloads and command benchmarks). */
function runHarness(oracle: Oracle, payload: unknown, env: NodeJS.ProcessEnv, label: string): Promise<BenchProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(oracle.executable, [HARNESS], { cwd: WORKSPACE_ROOT, env: { ...env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${label}: harness failed (exit ${code})\n${stderr}`));
      const r = JSON.parse(stdout) as Omit<BenchProcessRun, 'gc'>;
      resolve({ ...r, gc: null });
    });
    child.stdin.end(JSON.stringify(payload));
  });
}

function measure(job: Job, oracle: Oracle | null, counts: { values: number; warmups: number; loops: number | null }, extraEnv: Record<string, string>, nodeFlags: readonly string[]): Promise<BenchProcessRun> {
  const b = job.benchmark;
  const label = benchRecordKey({ suite: b.suite, name: b.name, implementation: job.implementation, variant: job.variant });
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, ...strategyEnv(job.variant) };
  const needOracle = (): Oracle => {
    if (!oracle) throw new Error(`${label}: ${ORACLE_MISSING}`);
    return oracle;
  };
  if (b.kind === 'function') {
    if (job.implementation === 'pyglass') {
      return runNodeWorker({ suite: b.suite, name: b.name, size: job.size, ...counts, context: job.context }, env, job.variant[TREE_KEY], nodeFlags);
    }
    const py = b.python!;
    return runHarness(needOracle(), { workload: py.script, params: py.params(job.size, job.context), ...counts }, env, label);
  }
  const cmd = job.implementation === 'pyglass' ? b.ours(job.size, job.context) : b.python!(job.size, job.context);
  const argv = job.implementation === 'pyglass' ? cmd.argv : [needOracle().executable, ...cmd.argv];
  return runHarness(needOracle(), { command: argv, env: cmd.env ?? {}, cwd: cmd.cwd ?? null, warmups: counts.warmups, values: counts.values }, env, label);
}

/** Measures the plan the settings describe and returns the results (not yet written anywhere). */
export async function runBench(settings: RunSettings): Promise<BenchResults> {
  const date = new Date().toISOString();
  const defaults = settings.quick ? DEFAULTS.quick : DEFAULTS.full;
  const processes = settings.processes ?? defaults.processes;
  const values = settings.values ?? defaults.values;
  const warmups = settings.warmups ?? defaults.warmups;
  if (values < 2 && processes < 2) throw new Error('need at least two values (processes × values) per benchmark for statistics');
  if (settings.baseline !== null && !(BASELINES as readonly string[]).includes(settings.baseline)) {
    throw new Error(`--baseline ${settings.baseline}: the only baseline is ${BASELINES.join(', ')}`);
  }
  const nodeFlags = [...(settings.nodeFlags ?? DEFAULT_NODE_FLAGS)];
  const variants = expandMatrix(settings.fixed, settings.matrix);
  const benchmarks = loadBenchmarks(settings.suites);
  const jobs = shardJobs(planJobs(benchmarks, variants, /* baseline */ settings.baseline !== null, settings.quick), settings.shard);
  const oracle = findOracle();
  if (settings.baseline !== null && !oracle) throw new Error(`--baseline python3.12: ${ORACLE_MISSING}`);

  const records: BenchRecord[] = jobs.map((j) => ({
    suite: j.benchmark.suite,
    name: j.benchmark.name,
    tags: [...j.benchmark.tags],
    size: j.size,
    sizeUnit: j.benchmark.sizeUnit,
    implementation: j.implementation,
    variant: { ...j.variant },
    runs: [],
  }));
  const total = jobs.length * processes;
  let done = 0;
  for (let p = 0; p < processes; p++) {
    for (let i = 0; i < jobs.length; i++) {
      const label = benchRecordKey(records[i]!);
      settings.onProgress?.(done, total, label);
      // The first process of a job calibrates its loops; the others reuse them (as pyperf does), so
      // every value of a record times the same amount of work.
      const loops = p === 0 ? null : records[i]!.runs[0]!.loops;
      records[i]!.runs.push(await measure(jobs[i]!, oracle, { values, warmups, loops }, settings.env ?? {}, nodeFlags));
      done++;
    }
  }
  settings.onProgress?.(done, total, 'done');
  return {
    schema: BENCH_SCHEMA,
    date,
    machine: machineInfo(settings.baseline !== null && oracle ? oracle.version : null),
    commit: commitInfo(),
    options: {
      suites: [...settings.suites],
      quick: settings.quick,
      processes,
      values,
      warmups,
      fixed: { ...settings.fixed },
      matrix: { ...settings.matrix },
      baseline: settings.baseline,
      shards: settings.shard ? [settings.shard] : null,
      nodeFlags,
    },
    benchmarks: records,
  };
}
