/**
 * The `pyglass bench` command line (packages/cli/src/commands/bench.ts hands its arguments to
 * this file): `run`, `show`, `compare`, `merge` and `list`, parsed with commander. On a terminal
 * `run` draws a progress bar (cli-progress) on stderr; elsewhere (CI=true, pipes) it is quiet and
 * writes JSON. Exit status: 0 done, 1 a comparison failed its slowdown limit, 2 a usage or input
 * error (the message says which).
 *
 * usage: tsx --conditions=@pyglass/source tools/bench/cli.ts <run|show|compare|merge|list> …
 */
import * as fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import { compareResults, formatComparison, parsePercent, parseSelector, type Comparison, type Metric } from './compare';
import { hasBaseline, parseFixed, parseMatrix, parseShard } from './plan';
import { allSuites, loadBenchmarks } from './registry';
import { formatHeader, formatShow, mergeResults, readResults, summarize } from './report';
import { runBench, BASELINES, DEFAULT_NODE_FLAGS } from './runner';
import { renderChart, type PauseRow, type RatioRow } from './svg';
import type { BenchResults } from '@pyglass/interfaces';

export interface BenchIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is an interactive terminal (progress bar) — false under CI=true. */
  interactive: boolean;
}

const processIO: BenchIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  interactive: Boolean(process.stderr.isTTY) && process.env.CI !== 'true',
};

class UsageError extends Error {}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function metricOption(fallback: Metric): Option {
  return new Option('--metric <metric>', 'time compared: wall or cpu (user + system, all threads)').choices(['wall', 'cpu']).default(fallback);
}

/** Ratio rows of a `show` chart: each of our records against the CPython baseline of the run. */
function showChartRows(results: BenchResults, metric: Metric): { rows: RatioRow[]; pauses: PauseRow[] } {
  const rows: RatioRow[] = [];
  const pauses: PauseRow[] = [];
  for (const s of summarize(results, metric)) {
    if (s.gcPauses.length > 0) pauses.push({ label: s.label, pauses: s.gcPauses });
    if (!s.vsPython) continue;
    // Speed = CPython's time / ours (> 1: faster); the CI bounds swap when inverted.
    const significant = s.vsPython.low > 1 || s.vsPython.high < 1;
    rows.push({ label: s.label, value: 1 / s.vsPython.ratio, low: 1 / s.vsPython.high, high: 1 / s.vsPython.low, verdict: significant ? (s.vsPython.ratio < 1 ? 'faster' : 'slower') : 'not significant' });
  }
  return { rows, pauses };
}

function compareChartRows(c: Comparison): RatioRow[] {
  return c.rows.map((r) => ({ label: r.label, value: 1 / r.ratio, low: 1 / r.high, high: 1 / r.low, verdict: r.verdict }));
}

function writeFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

export async function main(argv: string[], io: BenchIO = processIO): Promise<number> {
  let exitCode = 0;
  const program = new Command('pyglass bench')
    .description('benchmark pyglass stages, strategies and commits, side by side with CPython 3.12')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(false);

  program
    .command('run')
    .description('measure benchmarks in separate worker processes and write the results as JSON')
    .argument('[suites...]', `suites to run (default: all): ${Object.keys(allSuites()).join(', ')}`)
    .option('-X, --xoption <key=value>', '-X option for every run (gc=…, alloc=…, sched=…, or any option, passed through); repeatable', collect, [])
    .option('--matrix <key=a,b...>', 'sweep: every combination of these -X values, expanded in the order given')
    .addOption(new Option('--baseline <python>', 'also measure the CPython workload in the same run').choices([...BASELINES]))
    .option('--quick', 'CI sizes and fewer processes (finishes in minutes)', false)
    .option('--shard <I/N>', 'run only the I-th of N deterministic slices of the job list')
    .option('-o, --output <file>', 'write the results JSON here (default: stdout when not a terminal)')
    .option('--svg <file>', 'also write the chart of speed against the baseline')
    .option('--processes <n>', 'worker processes per benchmark (default: 20, --quick 6)', (v) => positiveInt(v, '--processes'))
    .option('--values <n>', 'measured values per process (default: 3)', (v) => positiveInt(v, '--values'))
    .option('--warmups <n>', 'warm-up runs per process (default: 2)', (v) => positiveInt(v, '--warmups', /* zero */ true))
    .option('--node-flags <flags>', `V8 flags for our worker processes, space-separated (default: "${DEFAULT_NODE_FLAGS.join(' ')}"; '' for none)`)
    .action(async (suites: string[], opts: { xoption: string[]; matrix?: string[]; baseline?: string; quick: boolean; shard?: string; output?: string; svg?: string; processes?: number; values?: number; warmups?: number; nodeFlags?: string }) => {
      checkSuites(suites);
      let bar: SingleBar | null = null;
      const results = await runBench({
        suites,
        quick: opts.quick,
        fixed: wrap(() => parseFixed(opts.xoption)),
        matrix: wrap(() => parseMatrix(opts.matrix ?? [])),
        baseline: opts.baseline ?? null,
        shard: opts.shard ? wrap(() => parseShard(opts.shard!)) : null,
        processes: opts.processes,
        values: opts.values,
        warmups: opts.warmups,
        nodeFlags: opts.nodeFlags === undefined ? undefined : opts.nodeFlags.split(' ').filter((f) => f !== ''),
        onProgress: io.interactive
          ? (done, total, label) => {
              if (!bar) {
                bar = new SingleBar({ format: 'bench [{bar}] {value}/{total} processes · {eta_formatted} left · {label}', stream: process.stderr, hideCursor: true, etaBuffer: 20 });
                bar.start(total, 0, { label });
              }
              bar.update(done, { label });
              if (label === 'done') bar.stop();
            }
          : undefined,
      });
      const json = `${JSON.stringify(results, null, 1)}\n`;
      if (opts.output) writeFile(opts.output, json);
      if (opts.svg) {
        const { rows, pauses } = showChartRows(results, 'wall');
        writeFile(opts.svg, renderChart('pyglass vs CPython 3.12', formatHeader(results).split('\n')[0]!, rows, pauses));
      }
      if (io.interactive) io.stdout(formatShow(results));
      else if (!opts.output) io.stdout(json);
    });

  program
    .command('show')
    .description('print a results file as a Markdown table')
    .argument('<results.json>')
    .addOption(metricOption('wall'))
    .option('--svg <file>', 'write the chart of speed against the CPython baseline (per benchmark, 95% CI)')
    .action((file: string, opts: { metric: Metric; svg?: string }) => {
      const results = wrap(() => readResults(file));
      io.stdout(formatShow(results, opts.metric));
      if (opts.svg) {
        const { rows, pauses } = showChartRows(results, opts.metric);
        if (rows.length === 0 && pauses.length === 0) throw new UsageError(`${file} has no CPython baseline to chart against (run with --baseline python3.12) and no GC pauses`);
        writeFile(opts.svg, renderChart('pyglass vs CPython 3.12', formatHeader(results).split('\n')[0]!, rows, pauses));
      }
    });

  program
    .command('compare')
    .description('per-benchmark change from BASE to HEAD with a significance test; exit 1 on a significant slowdown beyond --fail-on-slowdown')
    .argument('<base.json>')
    .argument('[head.json]', 'default: BASE itself (with --base/--head selecting two matrix cells)')
    .option('--min-change <percent>', 'smallest change reported as significant', '5%')
    .option('--fail-on-slowdown <percent>', 'exit 1 when a benchmark is significantly slower by at least this much')
    .option('--base <selector>', 'records of the base side: -X keys (gc=a) and/or implementation=python3.12')
    .option('--head <selector>', 'records of the head side, e.g. gc=b')
    .addOption(metricOption('cpu'))
    .option('--svg <file>', 'write the chart of head speed relative to base (per benchmark, 95% CI)')
    .option('--json', 'print the comparison as JSON instead of Markdown', false)
    .action((baseFile: string, headFile: string | undefined, opts: { minChange: string; failOnSlowdown?: string; base?: string; head?: string; metric: Metric; svg?: string; json: boolean }) => {
      if (!headFile && !opts.base && !opts.head) throw new UsageError('compare needs HEAD.json, or --base and --head selecting two cells of one run');
      const base = wrap(() => readResults(baseFile));
      const head = headFile ? wrap(() => readResults(headFile)) : base;
      const c = wrap(() =>
        compareResults(base, head, {
          metric: opts.metric,
          minChange: parsePercent(opts.minChange),
          failOnSlowdown: opts.failOnSlowdown === undefined ? null : parsePercent(opts.failOnSlowdown),
          base: opts.base ? parseSelector(opts.base) : null,
          head: opts.head ? parseSelector(opts.head) : null,
        }),
      );
      if (c.rows.length === 0) throw new UsageError('no benchmark is in both base and head (check --base/--head)');
      if (opts.json) {
        io.stdout(
          `${JSON.stringify(
            {
              geomean: c.geomean,
              failed: c.failed,
              baselineDrift: c.baselineDrift,
              onlyBase: c.onlyBase,
              onlyHead: c.onlyHead,
              rows: c.rows.map((r) => ({ benchmark: r.label, base: r.baseMean, head: r.headMean, ratio: r.ratio, low: r.low, high: r.high, t: r.t, df: r.df, p: r.p, verdict: r.verdict, fails: r.fails })),
            },
            null,
            1,
          )}\n`,
        );
      } else io.stdout(formatComparison(c));
      if (opts.svg) writeFile(opts.svg, renderChart('head vs base', `${headFile ?? baseFile}${opts.head ? ` [${opts.head}]` : ''} relative to ${baseFile}${opts.base ? ` [${opts.base}]` : ''}`, compareChartRows(c)));
      if (c.failed) exitCode = 1;
    });

  program
    .command('merge')
    .description('join the results of shards of one sweep into one file')
    .argument('<files...>')
    .requiredOption('-o, --output <file>', 'merged results file')
    .action((files: string[], opts: { output: string }) => {
      const merged = wrap(() => mergeResults(files.map((f) => readResults(f))));
      writeFile(opts.output, `${JSON.stringify(merged, null, 1)}\n`);
    });

  program
    .command('list')
    .description('list the suites and benchmarks, their sizes and whether they have a CPython baseline')
    .argument('[suites...]')
    .action((suites: string[]) => {
      checkSuites(suites);
      const lines = ['| benchmark | tags | quick | full | baseline | description |', '| --- | --- | ---: | ---: | --- | --- |'];
      for (const b of loadBenchmarks(suites)) {
        lines.push(`| ${b.suite}/${b.name} | ${b.tags.join(', ')} | ${b.sizes.quick} ${b.sizeUnit} | ${b.sizes.full} ${b.sizeUnit} | ${hasBaseline(b) ? 'python3.12' : '—'} | ${b.description} |`);
      }
      io.stdout(`${lines.join('\n')}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.stderr(`pyglass bench: error: ${(e as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

function checkSuites(suites: readonly string[]): void {
  const known = wrap(() => allSuites());
  for (const s of suites) if (!known[s]) throw new UsageError(`unknown suite ${JSON.stringify(s)}; known: ${Object.keys(known).join(', ')}`);
}

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function positiveInt(value: string, flag: string, zero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1)) throw new UsageError(`${flag} ${value}: expected a ${zero ? 'non-negative' : 'positive'} integer`);
  return n;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
