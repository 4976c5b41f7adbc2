/**
 * Calibration of `pyglass bench compare`: how often does it cry wolf, and does it catch a real
 * slowdown? It runs the same commit's `--quick` suite R+1 times (clean runs C0…CR) and R times
 * with an injected slowdown (S1…SR: PYGLASS_BENCH_SLOWDOWN makes the worker busy-wait for a
 * fixed fraction of each run's own time, only in the chosen suite), in the order C0, S1, C1, S2,
 * C2, … so clean and slowed runs share the machine's ups and downs. Then:
 * - false alarms: C(i−1) vs Ci for i = 1…R, a repetition counts when any benchmark is flagged;
 * - detection: C(i−1) vs Si, a repetition counts when every benchmark of the suite is flagged
 *   slower.
 * Both are reported for wall and CPU time with the default rule (Welch's t-test at 95% on
 * per-process means, 5% minimum change). Every run file is kept under .cache/bench/calibrate/.
 *
 * usage: tsx --conditions=@pyglass/source tools/bench/calibrate.ts [--repeats 20] [--slowdown 10%]
 *          [--suite tokens] [--min-change 5%] [--processes N] [--values N]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchResults } from '@pyglass/interfaces';
import { WORKSPACE_ROOT } from '../oracle/index';
import { compareResults, parsePercent, type Comparison, type Metric } from './compare';
import { SLOWDOWN_ENV } from './definition';
import { runBench } from './runner';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
}

interface Tally {
  flaggedRuns: number;
  perBenchmark: Map<string, number>;
}

function tally(comparisons: Comparison[], hit: (c: Comparison) => boolean, rowHit: (v: string) => boolean): Tally {
  const perBenchmark = new Map<string, number>();
  let flaggedRuns = 0;
  for (const c of comparisons) {
    if (hit(c)) flaggedRuns++;
    for (const r of c.rows) perBenchmark.set(r.label, (perBenchmark.get(r.label) ?? 0) + (rowHit(r.verdict) ? 1 : 0));
  }
  return { flaggedRuns, perBenchmark };
}

async function main(): Promise<void> {
  const repeats = Number(arg('--repeats', '20'));
  const slowdown = parsePercent(arg('--slowdown', '10%'));
  const suite = arg('--suite', 'tokens');
  const minChange = parsePercent(arg('--min-change', '5%'));
  const processes = process.argv.includes('--processes') ? Number(arg('--processes', '0')) : undefined;
  const values = process.argv.includes('--values') ? Number(arg('--values', '0')) : undefined;
  const dir = path.join(WORKSPACE_ROOT, '.cache', 'bench', 'calibrate');
  fs.mkdirSync(dir, { recursive: true });

  const durations: number[] = [];
  const loads: number[] = [];
  const run = async (label: string, env: Record<string, string>): Promise<BenchResults> => {
    const t0 = Date.now();
    const r = await runBench({ suites: [suite], quick: true, fixed: {}, matrix: {}, baseline: null, shard: null, processes, values, env });
    const seconds = (Date.now() - t0) / 1000;
    durations.push(seconds);
    fs.writeFileSync(path.join(dir, `${label}.json`), JSON.stringify(r));
    // The 1-minute load average after each run: other work on the machine is the main source of
    // run-to-run drift, so the summary says how busy the machine was.
    loads.push(os.loadavg()[0]!);
    process.stderr.write(`calibrate: ${label} done in ${seconds.toFixed(1)} s (load average ${loads[loads.length - 1]!.toFixed(2)})\n`);
    return r;
  };

  const clean: BenchResults[] = [await run('clean-0', {})];
  const slowed: BenchResults[] = [];
  for (let i = 1; i <= repeats; i++) {
    slowed.push(await run(`slowed-${i}`, { [SLOWDOWN_ENV]: `${suite}=${slowdown}` }));
    clean.push(await run(`clean-${i}`, {}));
  }

  const lines: string[] = [
    `# bench calibration: ${suite} --quick, ${repeats} repetitions, injected slowdown ${(slowdown * 100).toFixed(0)}%`,
    '',
    `${clean[0]!.machine.cpuModel}, ${clean[0]!.machine.cores} cores · node ${clean[0]!.machine.node} · commit ${clean[0]!.commit.hash?.slice(0, 12)}${clean[0]!.commit.dirty ? ' (dirty)' : ''} · ${clean[0]!.options.processes} processes × ${clean[0]!.options.values} values · ${new Date().toISOString().slice(0, 16)}Z`,
    `run time of one --quick ${suite} run (no baseline): median ${median(durations).toFixed(1)} s, max ${Math.max(...durations).toFixed(1)} s · 1-minute load average on this ${os.cpus().length}-core machine: median ${median(loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`,
    '',
    '| metric | same commit: runs with any benchmark flagged | injected slowdown: runs with every benchmark flagged slower | per benchmark (false alarms; detections) |',
    '| --- | ---: | ---: | --- |',
  ];
  const summary: Record<string, unknown> = {};
  for (const metric of ['wall', 'cpu'] as Metric[]) {
    const same: Comparison[] = [];
    const injected: Comparison[] = [];
    for (let i = 1; i <= repeats; i++) {
      same.push(compareResults(clean[i - 1]!, clean[i]!, { metric, minChange }));
      injected.push(compareResults(clean[i - 1]!, slowed[i - 1]!, { metric, minChange }));
    }
    const fa = tally(same, (c) => c.rows.some((r) => r.verdict !== 'not significant'), (v) => v !== 'not significant');
    const det = tally(injected, (c) => c.rows.length > 0 && c.rows.every((r) => r.verdict === 'slower'), (v) => v === 'slower');
    const per = [...fa.perBenchmark.keys()].map((k) => `${k}: ${fa.perBenchmark.get(k)}; ${det.perBenchmark.get(k) ?? 0}`).join(' · ');
    lines.push(`| ${metric} | ${fa.flaggedRuns} / ${repeats} | ${det.flaggedRuns} / ${repeats} | ${per} |`);
    const ratios = injected.flatMap((c) => c.rows.map((r) => r.ratio));
    const sameRatios = same.flatMap((c) => c.rows.map((r) => r.ratio));
    summary[metric] = {
      falseAlarms: fa.flaggedRuns,
      detections: det.flaggedRuns,
      injectedRatio: { min: Math.min(...ratios), median: median(ratios), max: Math.max(...ratios) },
      sameCommitRatio: { min: Math.min(...sameRatios), median: median(sameRatios), max: Math.max(...sameRatios) },
    };
    lines.push(
      `|  | same-commit ratios ${Math.min(...sameRatios).toFixed(3)}–${Math.max(...sameRatios).toFixed(3)} | measured slowdown ratios ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)} (median ${median(ratios).toFixed(3)}) | |`,
    );
  }
  const text = `${lines.join('\n')}\n`;
  fs.writeFileSync(path.join(dir, 'summary.md'), text);
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ repeats, slowdown, suite, minChange, durations, loads, ...summary }, null, 1));
  process.stdout.write(text);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

main().catch((e: unknown) => {
  process.stderr.write(`calibrate: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
