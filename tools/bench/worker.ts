/**
 * One benchmark worker process (forked by tools/bench/runner.ts, as pyperf spawns workers): it
 * receives one job over IPC, loads the benchmark from the registry, runs `setup` (unmeasured),
 * the warm-ups, then the measured values, and sends back one BenchProcessRun. A fresh process
 * per batch means each batch gets its own JIT, heap layout and GC history, so the spread
 * between processes is part of what the statistics see.
 */
import type { BenchProcessRun } from '@pyglass/interfaces';
import { slowdownFor, SLOWDOWN_ENV, type BenchContext, type BenchSample } from './definition';
import { findBenchmark } from './registry';

export interface WorkerJob {
  suite: string;
  name: string;
  size: number;
  warmups: number;
  values: number;
  /** Runs per value; null: calibrate from the last warm-up (the runner reuses the first process's). */
  loops: number | null;
  context: BenchContext;
}

/**
 * A value should last at least this long (pyperf aims at 0.1 s; twice that here because a V8
 * major GC or a tier-up can take a few milliseconds, which must stay a small part of a value).
 * The Python harness uses the same rule.
 */
export const MIN_VALUE_SECONDS = 0.2;

/** Loops so that one value lasts at least MIN_VALUE_SECONDS, given one run's time. */
export function calibrateLoops(oneRunSeconds: number): number {
  return Math.max(1, Math.ceil(MIN_VALUE_SECONDS / Math.max(oneRunSeconds, 1e-9)));
}

// No forced collection between values: measured on the tokens suite, a full gc() before each
// value made V8 shrink the heap and pay extra collections in the next value (values alternated
// 60/180 ms instead of a steady 60 ms). Warm-ups bring the heap to its steady size instead.

function cpuSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

/**
 * Busy-waits until the process has used `seconds` more CPU time: the injected slowdown is a
 * fraction of the run's own CPU time (work done), so it costs exactly that fraction in CPU time
 * and at least as much in wall time.
 */
function spinCpu(seconds: number): void {
  const start = process.cpuUsage();
  while (cpuSeconds(process.cpuUsage(start)) < seconds);
}

export function runJob(job: WorkerJob): BenchProcessRun {
  const bench = findBenchmark(job.suite, job.name);
  if (bench.kind !== 'function') throw new Error(`${job.suite}/${job.name} is a command benchmark; the harness runs it`);
  const slowdown = slowdownFor(job.suite, process.env[SLOWDOWN_ENV]);
  const state: unknown = bench.setup ? bench.setup(job.size, job.context) : undefined;
  const samples: BenchSample[] = [];
  const timed = (loops: number): { wall: number; cpu: number } => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let l = 0; l < loops; l++) {
      const s0 = slowdown > 0 ? process.cpuUsage() : null;
      const sample = bench.run(job.size, state, job.context);
      if (sample) samples.push(sample);
      if (s0) spinCpu(cpuSeconds(process.cpuUsage(s0)) * slowdown);
    }
    const t1 = process.hrtime.bigint();
    const c1 = process.cpuUsage(c0);
    return { wall: Number(t1 - t0) / 1e9 / loops, cpu: (c1.user + c1.system) / 1e6 / loops };
  };
  const run: BenchProcessRun = { loops: 1, warmups: [], wall: [], cpu: [], maxRss: 0, gc: null };
  for (let i = 0; i < Math.max(1, job.warmups); i++) run.warmups.push(timed(1).wall);
  run.loops = job.loops ?? calibrateLoops(run.warmups[run.warmups.length - 1]!);
  samples.length = 0; // GC figures of warm-ups are not reported
  for (let i = 0; i < job.values; i++) {
    const r = timed(run.loops);
    run.wall.push(r.wall);
    run.cpu.push(r.cpu);
  }
  for (const s of samples) {
    if (s.gcCollections === undefined && s.gcPauses === undefined) continue;
    run.gc ??= { collections: [], pauses: [] };
    run.gc.collections.push(s.gcCollections ?? 0);
    run.gc.pauses.push(...(s.gcPauses ?? []));
  }
  // maxRSS is in KiB (getrusage's unit on Linux).
  run.maxRss = process.resourceUsage().maxRSS * 1024;
  return run;
}

if (require.main === module) {
  process.once('message', (job: WorkerJob) => {
    try {
      const run = runJob(job);
      process.send!({ ok: run }, () => process.disconnect());
    } catch (e) {
      process.send!({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, () => process.disconnect());
    }
  });
}
