/**
 * Calibration of `pyglass bench compare`: how often does it cry wolf, and does it catch a real
 * slowdown? Each of R repetitions is one `--quick` run of a suite with three interleaved matrix
 * cells, `--matrix env.PYGLASS_BENCH_SLOWDOWN=none-a,none-b,SUITE=F`: two identical cells (A
 * and A') and one where the worker busy-waits after each run of the suite's benchmarks until it
 * has burnt another fraction F of that run's CPU time (a work-proportional slowdown used by
 * nothing else). Then, per repetition and for CPU and wall time, with the default rule (5%
 * minimum change, 95%):
 * - false alarm: A vs A' of the same run (paired rounds) flags any benchmark;
 * - detection: A vs the slowed cell of the same run flags every benchmark slower;
 * - and, for two separate runs as CI compares two files: A of run i−1 vs A of run i (Welch's
 *   test), false alarms only.
 * Every run file and the summary are kept under .cache/bench/calibrate/.
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
import { ENV_KEY_PREFIX } from './plan';
import { runBench } from './runner';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
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
  const run = async (label: string, matrix: Record<string, string[]>): Promise<BenchResults> => {
    const t0 = Date.now();
    const r = await runBench({ suites: [suite], quick: true, fixed: {}, matrix, baseline: null, shard: null, processes, values });
    const seconds = (Date.now() - t0) / 1000;
    durations.push(seconds);
    fs.writeFileSync(path.join(dir, `${label}.json`), JSON.stringify(r));
    // The 1-minute load average after each run: other work on the machine is the main source of
    // run-to-run drift, so the summary says how busy the machine was.
    loads.push(os.loadavg()[0]!);
    process.stderr.write(`calibrate: ${label} done in ${seconds.toFixed(1)} s (load average ${loads[loads.length - 1]!.toFixed(2)})\n`);
    return r;
  };

  const key = `${ENV_KEY_PREFIX}${SLOWDOWN_ENV}`;
  const slowed = `${suite}=${slowdown}`;
  const sel = (value: string) => ({ [key]: value });
  const runs: BenchResults[] = [];
  for (let i = 1; i <= repeats; i++) runs.push(await run(`run-${i}`, { [key]: ['none-a', 'none-b', slowed] }));

  const first = runs[0]!;
  const lines: string[] = [
    `# bench calibration: ${suite} --quick, ${repeats} repetitions, injected slowdown ${(slowdown * 100).toFixed(0)}% of CPU time`,
    '',
    `${first.machine.cpuModel}, ${first.machine.cores} cores · node ${first.machine.node} · commit ${first.commit.hash?.slice(0, 12)}${first.commit.dirty ? ' (dirty)' : ''} · ${first.options.processes} processes × ${first.options.values} values · ${new Date().toISOString().slice(0, 16)}Z`,
    `run time of one calibration run (3 cells, no baseline): median ${median(durations).toFixed(1)} s, max ${Math.max(...durations).toFixed(1)} s · 1-minute load average on this ${os.cpus().length}-core machine after each run: median ${median(loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`,
    '',
    '| metric | A vs A′, one run (paired): false alarms | A vs slowed, one run (paired): detections | A of run i−1 vs A of run i (Welch): false alarms | ratios A′/A · slowed/A · run i/run i−1 |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const summary: Record<string, unknown> = {};
  const flagged = (c: Comparison) => c.rows.some((r) => r.verdict !== 'not significant');
  for (const metric of ['cpu', 'wall'] as Metric[]) {
    const same = runs.map((r) => compareResults(r, r, { metric, minChange, base: sel('none-a'), head: sel('none-b') }));
    const injected = runs.map((r) => compareResults(r, r, { metric, minChange, base: sel('none-a'), head: sel(slowed) }));
    const apart = runs.slice(1).map((r, i) => compareResults(only(runs[i]!, key, 'none-a'), only(r, key, 'none-a'), { metric, minChange }));
    const falseAlarms = same.filter(flagged).length;
    const detections = injected.filter((c) => c.rows.length > 0 && c.rows.every((r) => r.verdict === 'slower')).length;
    const apartAlarms = apart.filter(flagged).length;
    const range = (cs: Comparison[]) => {
      const xs = cs.flatMap((c) => c.rows.map((r) => r.ratio));
      return `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
    };
    lines.push(`| ${metric} | ${falseAlarms} / ${repeats} | ${detections} / ${repeats} | ${apartAlarms} / ${apart.length} | ${range(same)} · ${range(injected)} · ${range(apart)} |`);
    summary[metric] = { falseAlarms, detections, apartFalseAlarms: apartAlarms, apartComparisons: apart.length };
  }
  const text = `${lines.join('\n')}\n`;
  fs.writeFileSync(path.join(dir, 'summary.md'), text);
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ repeats, slowdown, suite, minChange, durations, loads, ...summary }, null, 1));
  process.stdout.write(text);
}

/** The records of one cell, with the cell key removed, as a results file of their own. */
function only(r: BenchResults, key: string, value: string): BenchResults {
  return {
    ...r,
    benchmarks: r.benchmarks.filter((b) => b.variant[key] === value).map((b) => ({ ...b, variant: Object.fromEntries(Object.entries(b.variant).filter(([k]) => k !== key)) })),
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

main().catch((e: unknown) => {
  process.stderr.write(`calibrate: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(2);
});
