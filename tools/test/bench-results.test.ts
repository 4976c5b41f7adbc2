/**
 * Results files and what is computed from them: the BenchResults decoder's errors (path-naming
 * DecodeError), compare's verdicts on synthetic samples whose t-test outcome is known, selectors
 * for two cells of one matrix run, merging shards, the Markdown table and the SVG chart.
 */
import { BENCH_SCHEMA, DecodeError, decodeBenchResults, decodeBenchResultsJson, type BenchRecord, type BenchResults } from '@pyglass/interfaces';
import { compareResults, formatComparison, formatRatio, formatSeconds, parsePercent, parseSelector } from '../bench/compare';
import { formatShow, mergeResults, summarize } from '../bench/report';
import { escapeXml, logTicks, renderChart } from '../bench/svg';
import { welchTTest } from '../bench/stats';

function record(name: string, means: number[], opts: { implementation?: 'pyglass' | 'python3.12'; variant?: Record<string, string>; suite?: string } = {}): BenchRecord {
  return {
    suite: opts.suite ?? 'tokens',
    name,
    tags: ['stage'],
    size: 10,
    sizeUnit: 'files',
    implementation: opts.implementation ?? 'pyglass',
    variant: opts.variant ?? {},
    // Two values per process whose mean is the given process mean.
    runs: means.map((m) => ({ loops: 1, warmups: [m * 1.5], wall: [m * 0.99, m * 1.01], cpu: [m, m], maxRss: 50 * 2 ** 20, gc: null })),
  };
}

// Each call is another run (its own start time), so compare treats two files as two runs.
let runCounter = 0;
function results(benchmarks: BenchRecord[], extra: Partial<BenchResults['options']> = {}): BenchResults {
  runCounter++;
  return {
    schema: BENCH_SCHEMA,
    date: new Date(Date.UTC(2026, 10, 23, 20, 0, runCounter)).toISOString(),
    machine: { cpuModel: 'Test CPU', cores: 2, totalMemory: 8 * 2 ** 30, os: 'Linux 6', arch: 'x64', node: 'v20.20.2', python: '3.12.1', hostname: 'h' },
    commit: { hash: 'a'.repeat(40), dirty: false },
    options: { suites: ['tokens'], quick: true, processes: 6, values: 2, warmups: 1, fixed: {}, matrix: {}, baseline: 'python3.12', shards: null, nodeFlags: [], ...extra },
    benchmarks,
  };
}

const BASE = [1.0, 1.01, 0.99, 1.0, 1.02, 0.98];
const scaled = (k: number) => BASE.map((x) => x * k);

describe('decodeBenchResults', () => {
  const good = results([record('tokenize', BASE), record('tokenize', scaled(5), { implementation: 'python3.12' })]);

  it('accepts a valid file and its JSON text', () => {
    expect(decodeBenchResults(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(decodeBenchResultsJson(JSON.stringify(good))).toEqual(good);
  });

  const bad: [string, (r: any) => void, string][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any -- tests corrupt the document freely
    ['schema', (r) => (r.schema = 'pyglass-bench/0'), '$.schema: expected "pyglass-bench/1", got "pyglass-bench/0"'],
    ['missing field', (r) => delete r.machine.cores, '$.machine.cores: missing field of a machine description'],
    ['extra field', (r) => (r.options.extra = 1), '$.options.extra: unexpected field of the run options'],
    ['negative value', (r) => (r.benchmarks[0].runs[2].wall[1] = -1), '$.benchmarks[0].runs[2].wall[1]: expected a non-negative number, got -1'],
    ['cpu count', (r) => r.benchmarks[1].runs[0].cpu.pop(), '$.benchmarks[1].runs[0].cpu: expected 2 values (one per wall value), got 1'],
    ['implementation', (r) => (r.benchmarks[1].implementation = 'pypy'), '$.benchmarks[1].implementation: expected "pyglass" or "python3.12", got "pypy"'],
    ['no runs', (r) => (r.benchmarks[0].runs = []), '$.benchmarks[0].runs: expected at least one process run, got an array of 0'],
    ['loops', (r) => (r.benchmarks[0].runs[0].loops = 0), '$.benchmarks[0].runs[0].loops: expected a positive int, got 0'],
    ['hash', (r) => (r.commit.hash = 'main'), '$.commit.hash: expected a git commit hash, got "main"'],
    ['date', (r) => (r.date = 'yesterday'), '$.date: expected an ISO 8601 date, got "yesterday"'],
    ['shard', (r) => (r.options.shards = [{ index: 3, count: 2 }]), '$.options.shards[0].index: shard 3 of 2 does not exist'],
    ['variant', (r) => (r.benchmarks[0].variant = { gc: 1 }), '$.benchmarks[0].variant.gc: expected a string, got 1'],
    ['duplicate', (r) => r.benchmarks.push(r.benchmarks[0]), '$.benchmarks[2]: duplicate benchmark record tokens/tokenize [pyglass]'],
  ];
  it.each(bad)('rejects a bad %s with the path of the value', (_what, corrupt, message) => {
    const doc = JSON.parse(JSON.stringify(good));
    corrupt(doc);
    let error: unknown;
    try {
      decodeBenchResults(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toBe(message);
  });

  it('reports invalid JSON as a DecodeError at $', () => {
    expect(() => decodeBenchResultsJson('{')).toThrow(DecodeError);
  });
});

describe('compare', () => {
  it('finds no change between identical samples', () => {
    const c = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', BASE)]));
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ verdict: 'not significant', reason: 'p', p: 1, ratio: 1 });
    expect(c.geomean).toBe(1);
    expect(c.failed).toBe(false);
  });

  it('flags a 12% slowdown with the t-test of the per-process means and fails beyond the limit', () => {
    const c = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', scaled(1.12))]), { failOnSlowdown: 0.1 });
    const row = c.rows[0]!;
    const expected = welchTTest(BASE, scaled(1.12));
    expect(row.p).toBeCloseTo(expected.p, 15);
    expect(row.t).toBeCloseTo(expected.t, 12);
    expect(row.p).toBeLessThan(1e-6);
    expect(row.verdict).toBe('slower');
    expect(row.ratio).toBeCloseTo(1.12, 12);
    expect(row.low).toBeLessThan(1.12);
    expect(row.high).toBeGreaterThan(1.12);
    expect(c.failed).toBe(true);
    expect(formatComparison(c)).toContain('FAIL: significant slowdown of at least 10.0% in tokens/tokenize.');
    // The same slowdown under a 15% limit is reported but does not fail.
    const lenient = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', scaled(1.12))]), { failOnSlowdown: 0.15 });
    expect(lenient.rows[0]!.verdict).toBe('slower');
    expect(lenient.failed).toBe(false);
  });

  it('calls a significant change below --min-change "not significant", and a speed-up faster', () => {
    const small = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', scaled(1.03))]));
    expect(small.rows[0]!.p).toBeLessThan(0.05);
    expect(small.rows[0]).toMatchObject({ verdict: 'not significant', reason: 'min-change' });
    const tiny = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', scaled(1.03))]), { minChange: 0.02 });
    expect(tiny.rows[0]!.verdict).toBe('slower');
    const faster = compareResults(results([record('tokenize', BASE)]), results([record('tokenize', scaled(0.8))]), { failOnSlowdown: 0.05 });
    expect(faster.rows[0]!.verdict).toBe('faster');
    expect(faster.failed).toBe(false);
  });

  it('does not call noisy samples significant even when the means differ by 10%', () => {
    const noisy = [0.7, 1.3, 0.9, 1.2, 0.8, 1.1];
    const c = compareResults(results([record('tokenize', noisy)]), results([record('tokenize', noisy.map((x, i) => x * 1.1 * (i % 2 ? 0.9 : 1.1)))]));
    expect(c.rows[0]!.verdict).toBe('not significant');
    expect(c.rows[0]!.reason).toBe('p');
  });

  it('reports the geometric mean of the ratios and the benchmarks on one side only', () => {
    const c = compareResults(
      results([record('a', BASE), record('b', BASE), record('gone', BASE)]),
      results([record('a', scaled(2)), record('b', scaled(0.5)), record('new', BASE)]),
    );
    expect(c.geomean).toBeCloseTo(1, 12);
    expect(c.onlyBase).toEqual(['tokens/gone']);
    expect(c.onlyHead).toEqual(['tokens/new']);
  });

  it('compares two cells of one matrix run with --base/--head selectors', () => {
    const run = results([
      record('churn', BASE, { suite: 'gc', variant: { gc: 'a', alloc: 'x' } }),
      record('churn', scaled(1.2), { suite: 'gc', variant: { gc: 'b', alloc: 'x' } }),
      record('churn', BASE, { suite: 'gc', variant: { gc: 'a', alloc: 'y' } }),
      record('churn', scaled(0.7), { suite: 'gc', variant: { gc: 'b', alloc: 'y' } }),
    ]);
    const c = compareResults(run, run, { base: parseSelector('gc=a'), head: parseSelector('gc=b') });
    expect(c.rows.map((r) => [r.label, r.verdict])).toEqual([
      ['gc/churn alloc=x', 'slower'],
      ['gc/churn alloc=y', 'faster'],
    ]);
  });

  it('pairs the rounds of two cells of one run: shared load cancels, a steady 4% change shows', () => {
    // Round-to-round swings of ±20% hit both cells alike; cell b is 4% slower in every round.
    const load = [1.0, 1.2, 0.85, 1.15, 0.9, 1.1];
    const run = results([
      record('churn', load, { suite: 'gc', variant: { gc: 'a' } }),
      record('churn', load.map((x) => x * 1.04), { suite: 'gc', variant: { gc: 'b' } }),
    ]);
    const c = compareResults(run, run, { base: parseSelector('gc=a'), head: parseSelector('gc=b'), minChange: 0.02 });
    expect(c.rows[0]).toMatchObject({ test: 'paired', verdict: 'slower' });
    expect(c.rows[0]!.ratio).toBeCloseTo(1.04, 12);
    expect(formatComparison(c)).toContain('paired t-test of per-round log ratios');
    // The same numbers from two separate runs cannot be paired, and Welch's test sees only noise.
    const [a, b] = [results([record('churn', load, { suite: 'gc' })]), results([record('churn', load.map((x) => x * 1.04), { suite: 'gc' })])];
    const apart = compareResults(a, b, { minChange: 0.02 });
    expect(apart.rows[0]).toMatchObject({ test: 'welch', verdict: 'not significant', reason: 'p' });
  });

  it('compares ours with the CPython baseline of the same run through implementation=', () => {
    const run = results([record('tokenize', BASE), record('tokenize', scaled(5), { implementation: 'python3.12' })]);
    const c = compareResults(run, run, { base: parseSelector('implementation=python3.12'), head: parseSelector('implementation=pyglass') });
    expect(c.rows[0]!.ratio).toBeCloseTo(0.2, 12);
    expect(c.rows[0]!.verdict).toBe('faster');
  });

  it('measures the CPython baseline drift between two runs without gating on it', () => {
    const c = compareResults(
      results([record('tokenize', BASE), record('tokenize', scaled(5), { implementation: 'python3.12' })]),
      results([record('tokenize', BASE), record('tokenize', scaled(5.5), { implementation: 'python3.12' })]),
      { failOnSlowdown: 0.05 },
    );
    expect(c.baselineDrift).toBeCloseTo(1.1, 12);
    expect(c.failed).toBe(false);
  });

  it('refuses runs of different sizes', () => {
    const head = results([{ ...record('tokenize', BASE), size: 11 }]);
    expect(() => compareResults(results([record('tokenize', BASE)]), head)).toThrow('compare runs of the same size');
  });

  it('parses thresholds and formats ratios', () => {
    expect(parsePercent('5%')).toBe(0.05);
    expect(parsePercent('10')).toBe(0.1);
    expect(parsePercent('0.07')).toBe(0.07);
    expect(() => parsePercent('fast')).toThrow('expected a percentage');
    expect(formatRatio(1.1)).toBe('1.10x slower');
    expect(formatRatio(0.5)).toBe('2.00x faster');
    expect(formatSeconds(0.0123)).toBe('12.30 ms');
    expect(formatSeconds(2.5)).toBe('2.500 s');
  });
});

describe('merge', () => {
  const shard = (i: number, recs: BenchRecord[]) => results(recs, { shards: [{ index: i, count: 2 }] });

  it('joins the shards of one sweep into a whole run', () => {
    const merged = mergeResults([shard(1, [record('a', BASE)]), shard(2, [record('b', BASE)])]);
    expect(merged.benchmarks.map((r) => r.name)).toEqual(['a', 'b']);
    expect(merged.options.shards).toBeNull();
    expect(decodeBenchResults(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
  });

  it('keeps the list of shards while some are missing', () => {
    const partial = mergeResults([results([record('a', BASE)], { shards: [{ index: 1, count: 3 }] }), results([record('b', BASE)], { shards: [{ index: 3, count: 3 }] })]);
    expect(partial.options.shards).toEqual([
      { index: 1, count: 3 },
      { index: 3, count: 3 },
    ]);
  });

  it('refuses duplicates, other options and other commits', () => {
    expect(() => mergeResults([shard(1, [record('a', BASE)]), shard(2, [record('a', BASE)])])).toThrow('tokens/a [pyglass] is in more than one file');
    expect(() => mergeResults([shard(1, [record('a', BASE)]), results([record('b', BASE)], { quick: false, shards: [{ index: 2, count: 2 }] })])).toThrow('other options');
    const other = shard(2, [record('b', BASE)]);
    other.commit = { hash: 'b'.repeat(40), dirty: false };
    expect(() => mergeResults([shard(1, [record('a', BASE)]), other])).toThrow('is commit');
  });
});

describe('show and the chart', () => {
  const run = results([record('tokenize', BASE), record('tokenize', scaled(5), { implementation: 'python3.12' })]);

  it('summarizes each record with its speed against the baseline of the same run', () => {
    const [ours, py] = summarize(run);
    expect(ours!.vsPython!.ratio).toBeCloseTo(0.2, 12);
    expect(py!.vsPython).toBeNull();
    const text = formatShow(run);
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toContain('| tokens/tokenize | pyglass | 10 files | 1.000 s ± ');
    expect(text).toContain('**5.00x faster**');
  });

  it('draws a self-contained SVG with one row per benchmark', () => {
    const svg = renderChart('t <&>', 'sub', [
      { label: 'tokens/tokenize', value: 5, low: 4.5, high: 5.5, verdict: 'faster' },
      { label: 'ast/parse', value: 0.8, low: 0.7, high: 0.9, verdict: 'slower' },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('t &lt;&amp;&gt;');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    // No scripts, no external resources: the only URL is the SVG namespace.
    expect(svg).not.toMatch(/<script|href=|url\(/);
    expect(svg.match(/https?:\/\//g)).toEqual(['http://']);
  });

  it('draws GC pause distributions when a benchmark reported pauses', () => {
    const svg = renderChart('t', 's', [], [{ label: 'gc/churn', pauses: [0.001, 0.002, 0.004, 0.01] }]);
    expect(svg).toContain('GC pause times');
    expect(svg).toContain('4 pauses');
  });

  it('puts nice log ticks around 1', () => {
    expect(logTicks(0.7, 1.6)).toEqual([0.8, 1, 1.1, 1.25, 1.5]);
    expect(escapeXml(`"a"&'b'`)).toBe('&quot;a&quot;&amp;&apos;b&apos;');
  });
});
