/**
 * Reading, summarizing and joining results files: `readResults` (validated with the interfaces
 * decoder), `summarize` (per record: mean and 95% CI of the per-process means, CPU time, peak
 * RSS, and the ratio against the CPython baseline of the same run), `formatShow` (the Markdown
 * table of `pyglass bench show`) and `mergeResults` (`pyglass bench merge` of shard files).
 */
import * as fs from 'node:fs';
import { benchRecordKey, decodeBenchResultsJson, formatBenchVariant, type BenchRecord, type BenchResults, type BenchShard } from '@pyglass/interfaces';
import { formatSeconds, processMeans, type Metric } from './compare';
import { mean, meanConfidenceInterval, ratioConfidenceInterval } from './stats';

export function readResults(file: string): BenchResults {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  try {
    return decodeBenchResultsJson(text);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

export interface RecordSummary {
  record: BenchRecord;
  label: string;
  processes: number;
  values: number;
  mean: number;
  low: number;
  high: number;
  cpu: number;
  maxRss: number;
  /** Our time / CPython's for the same benchmark in the same run, with a 95% CI; null without a baseline. */
  vsPython: { ratio: number; low: number; high: number } | null;
  gcPauses: number[];
  gcCollections: number;
}

export function summarize(results: BenchResults, metric: Metric = 'wall'): RecordSummary[] {
  const py = new Map<string, BenchRecord>();
  for (const r of results.benchmarks) if (r.implementation === 'python3.12') py.set(`${r.suite}/${r.name}`, r);
  return results.benchmarks.map((record) => {
    const sample = processMeans(record, metric);
    const [low, high] = meanConfidenceInterval(sample);
    const base = record.implementation === 'pyglass' ? py.get(`${record.suite}/${record.name}`) : undefined;
    const variant = formatBenchVariant(record.variant);
    return {
      record,
      label: `${record.suite}/${record.name}${variant ? ` ${variant}` : ''}`,
      processes: record.runs.length,
      values: record.runs.reduce((n, r) => n + r.wall.length, 0),
      mean: mean(sample),
      low,
      high,
      cpu: mean(processMeans(record, 'cpu')),
      maxRss: Math.max(...record.runs.map((r) => r.maxRss)),
      vsPython: base && base.size === record.size ? ratioConfidenceInterval(processMeans(base, metric), sample) : null,
      gcPauses: record.runs.flatMap((r) => r.gc?.pauses ?? []),
      gcCollections: record.runs.reduce((n, r) => n + (r.gc ? r.gc.collections.reduce((a, b) => a + b, 0) : 0), 0),
    };
  });
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** "5.9x faster" for a time ratio ours/CPython below 1, "1.3x slower" above. */
export function speedVsPython(ratio: number): string {
  return ratio <= 1 ? `${(1 / ratio).toFixed(2)}x faster` : `${ratio.toFixed(2)}x slower`;
}

export function formatHeader(results: BenchResults): string {
  const m = results.machine;
  const c = results.commit;
  const o = results.options;
  const shards = o.shards ? `, shards ${o.shards.map((s) => `${s.index}/${s.count}`).join(' ')}` : '';
  return [
    `${results.date.slice(0, 10)} · ${m.cpuModel}, ${m.cores} cores, ${(m.totalMemory / 2 ** 30).toFixed(1)} GiB · ${m.os} · node ${m.node}${m.python ? ` · CPython ${m.python}` : ''}`,
    `commit ${c.hash ? c.hash.slice(0, 12) : 'unknown'}${c.dirty ? ' (dirty)' : ''} · ${o.quick ? '--quick' : 'full'} · ${o.processes} processes × ${o.values} values, ${o.warmups} warm-up${o.warmups === 1 ? '' : 's'}${shards}${o.nodeFlags.length > 0 ? ` · node ${o.nodeFlags.join(' ')}` : ''}`,
  ].join('\n');
}

/** The Markdown report of one results file. */
export function formatShow(results: BenchResults, metric: Metric = 'wall'): string {
  const rows = summarize(results, metric);
  const lines = [formatHeader(results), ''];
  const anyBaseline = rows.some((r) => r.vsPython !== null);
  lines.push(
    `| benchmark | impl | size | ${metric} (mean, 95% CI) | cpu | peak RSS |${anyBaseline ? ' speed vs CPython 3.12 (95% CI) |' : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: |${anyBaseline ? ' ---: |' : ''}`,
  );
  for (const r of rows) {
    const ci = `${formatSeconds(r.mean)} ± ${(((r.high - r.low) / 2 / r.mean) * 100).toFixed(1)}%`;
    // Speed = CPython's time / ours: above 1 we are faster. Its interval is the inverted ratio interval.
    // A slower result shows its interval as slowdown factors, so both numbers read like the verdict.
    const vs = r.vsPython
      ? ` **${speedVsPython(r.vsPython.ratio)}** (${
          r.vsPython.ratio <= 1 ? `${(1 / r.vsPython.high).toFixed(2)}–${(1 / r.vsPython.low).toFixed(2)}` : `${r.vsPython.low.toFixed(2)}–${r.vsPython.high.toFixed(2)}`
        }) |`
      : anyBaseline
        ? ' |'
        : '';
    lines.push(`| ${r.label} | ${r.record.implementation} | ${r.record.size} ${r.record.sizeUnit} | ${ci} | ${formatSeconds(r.cpu)} | ${mib(r.maxRss)} |${vs}`);
  }
  const gc = rows.filter((r) => r.gcPauses.length > 0);
  if (gc.length > 0) {
    lines.push('', '| benchmark | collections | pause median | pause max |', '| --- | ---: | ---: | ---: |');
    for (const r of gc) {
      const sorted = [...r.gcPauses].sort((a, b) => a - b);
      lines.push(`| ${r.label} | ${r.gcCollections} | ${formatSeconds(sorted[Math.floor(sorted.length / 2)]!)} | ${formatSeconds(sorted[sorted.length - 1]!)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Joins shard files of one sweep: same commit and the same run options (apart from the shard),
 * no benchmark record twice. Records keep the order of the files given; the date is the
 * earliest; the machine is the first file's (shards on different runners should be one machine
 * type: the merged file keeps one description).
 */
export function mergeResults(files: readonly BenchResults[]): BenchResults {
  if (files.length === 0) throw new Error('merge needs at least one results file');
  const first = files[0]!;
  const { shards: _ignored, ...firstOptions } = first.options;
  const shards: BenchShard[] = [];
  const seen = new Set<string>();
  const benchmarks: BenchRecord[] = [];
  let date = first.date;
  files.forEach((f, i) => {
    const { shards: s, ...options } = f.options;
    if (!sameJson(options, firstOptions)) throw new Error(`file ${i + 1} ran with other options than file 1; only shards of one sweep merge`);
    if (f.commit.hash !== first.commit.hash) throw new Error(`file ${i + 1} is commit ${f.commit.hash}, file 1 is ${first.commit.hash}`);
    if (s) shards.push(...s);
    if (f.date < date) date = f.date;
    for (const r of f.benchmarks) {
      const key = benchRecordKey(r);
      if (seen.has(key)) throw new Error(`${key} is in more than one file`);
      seen.add(key);
      benchmarks.push(r);
    }
  });
  const count = shards[0]?.count;
  const complete = count !== undefined && shards.every((s) => s.count === count) && new Set(shards.map((s) => s.index)).size === count;
  return {
    ...first,
    date,
    commit: { hash: first.commit.hash, dirty: files.some((f) => f.commit.dirty) },
    options: { ...first.options, shards: shards.length === 0 || complete ? null : shards.sort((a, b) => a.index - b.index) },
    benchmarks,
  };
}
