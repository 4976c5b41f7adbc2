/**
 * `pyglass bench compare`: per benchmark, is HEAD faster or slower than BASE, and can we trust
 * it? The sample unit is the per-process mean (values inside one worker process share its JIT
 * decisions, heap layout and GC history, so they are not independent; treating them as
 * independent understates the spread and cries wolf). Two samples are compared with Welch's
 * two-sample two-tailed t-test at 95%; a change is reported as significant only when the test
 * says so AND the means differ by at least `--min-change` (default 5%). The geometric mean of
 * the head/base ratios summarizes a run; `--fail-on-slowdown` turns a significant slowdown at
 * or beyond its threshold into a failing exit status for CI.
 *
 * Records are matched by suite/name and variant; `--base gc=a --head gc=b` instead picks two
 * cells of one matrix run (or of two files) and matches them by suite/name and the other keys.
 * Two cells of one run ran their processes in the same interleaved rounds, so they are compared
 * pair by pair instead (paired t-test of the per-round log ratios): what the machine did during a
 * round hits both members of the pair and cancels out.
 */
import { benchRecordKey, formatBenchVariant, type BenchRecord, type BenchResults } from '@pyglass/interfaces';
import { geometricMean, mean, pairedLogRatioTest, ratioConfidenceInterval, welchTTest } from './stats';

export type Metric = 'wall' | 'cpu';

/** Which records one side of a comparison takes: `implementation` and `-X` keys to match. */
export type Selector = Record<string, string>;

export interface CompareOptions {
  metric: Metric;
  /** Smallest relative change reported as significant (0.05 = 5%). */
  minChange: number;
  /** Significant slowdowns at or beyond this fraction fail the comparison; null never fails. */
  failOnSlowdown: number | null;
  /** Significance level of the t-test. */
  alpha: number;
  base: Selector | null;
  head: Selector | null;
}

/**
 * CPU time by default: on a shared machine, other processes stretch wall time by whatever share
 * of the cores they take, while CPU time only moves with cache and memory contention
 * (calibration in docs/benchmarking.md: same-commit wall ratios spread several times wider than
 * CPU ratios). `--metric wall` compares wall time, which is what a user waits for.
 */
export const COMPARE_DEFAULTS: CompareOptions = { metric: 'cpu', minChange: 0.05, failOnSlowdown: null, alpha: 0.05, base: null, head: null };

export type Verdict = 'slower' | 'faster' | 'not significant';

export interface CompareRow {
  /** suite/name plus the variant keys that are not part of the selectors. */
  label: string;
  base: BenchRecord;
  head: BenchRecord;
  /** Per-process means of the metric, seconds. */
  baseSample: number[];
  headSample: number[];
  baseMean: number;
  headMean: number;
  /** headMean / baseMean, with its 95% confidence interval. */
  ratio: number;
  low: number;
  high: number;
  t: number;
  df: number;
  p: number;
  /** Which test decided: paired rounds of one run, or Welch's across runs. */
  test: 'paired' | 'welch';
  verdict: Verdict;
  /** Why a change is not significant: the test, or the minimum change. */
  reason: 'p' | 'min-change' | null;
  fails: boolean;
}

export interface Comparison {
  rows: CompareRow[];
  /** Geometric mean of the ratios (head/base): below 1 is faster. */
  geomean: number | null;
  /** Benchmarks present on one side only. */
  onlyBase: string[];
  onlyHead: string[];
  /** Ratio of the CPython baseline's means across the two runs (machine drift), when both have it. */
  baselineDrift: number | null;
  failed: boolean;
  options: CompareOptions;
}

/** `implementation=python3.12` or `gc=a,alloc=b` → a selector. */
export function parseSelector(text: string): Selector {
  const out: Selector = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`selector ${JSON.stringify(text)}: expected key=value[,key=value]`);
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** `5%`, `5` or `0.05`… as a fraction; percentages need the sign or a value above 1. */
export function parsePercent(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (!m) throw new Error(`expected a percentage such as 5%, got ${JSON.stringify(text)}`);
  const n = Number(m[1]);
  return m[2] === '%' || n >= 1 ? n / 100 : n;
}

function matches(record: BenchRecord, selector: Selector | null): boolean {
  if (!selector) return record.implementation === 'pyglass';
  for (const k of Object.keys(selector)) {
    const have = k === 'implementation' ? record.implementation : record.variant[k];
    if (have !== selector[k]) return false;
  }
  if (!('implementation' in selector) && record.implementation !== 'pyglass') return false;
  return true;
}

/** The identity used to pair records: suite/name plus the variant without the selector keys. */
function pairKey(record: BenchRecord, selector: Selector | null): string {
  const rest: Record<string, string> = {};
  for (const k of Object.keys(record.variant)) if (!selector || !(k in selector)) rest[k] = record.variant[k]!;
  const v = formatBenchVariant(rest);
  return `${record.suite}/${record.name}${v ? ` ${v}` : ''}`;
}

/** Per-process means of a metric: the independent samples the t-test sees. */
export function processMeans(record: BenchRecord, metric: Metric): number[] {
  return record.runs.map((r) => mean(r[metric]));
}

export function compareResults(base: BenchResults, head: BenchResults, options: Partial<CompareOptions> = {}): Comparison {
  const o: CompareOptions = { ...COMPARE_DEFAULTS, ...options };
  const pick = (r: BenchResults, s: Selector | null) => {
    const m = new Map<string, BenchRecord>();
    for (const rec of r.benchmarks) if (matches(rec, s)) m.set(pairKey(rec, s), rec);
    return m;
  };
  const sameRun = base === head || (base.date === head.date && base.machine.hostname === head.machine.hostname && base.commit.hash === head.commit.hash);
  const baseMap = pick(base, o.base);
  const headMap = pick(head, o.head);
  const rows: CompareRow[] = [];
  for (const [label, b] of baseMap) {
    const h = headMap.get(label);
    if (!h) continue;
    if (b.size !== h.size) throw new Error(`${label}: base ran size ${b.size}, head size ${h.size}; compare runs of the same size (both --quick or both full)`);
    const baseSample = processMeans(b, o.metric);
    const headSample = processMeans(h, o.metric);
    if (baseSample.length < 2 || headSample.length < 2) throw new Error(`${label}: need at least two processes on each side for a t-test`);
    // Two cells of one run ran their processes in the same rounds, side by side: pair them.
    const paired = sameRun && baseSample.length === headSample.length;
    let test: { t: number; df: number; p: number };
    let ci: { ratio: number; low: number; high: number };
    if (paired) {
      test = ci = pairedLogRatioTest(baseSample, headSample, 1 - o.alpha);
    } else {
      test = welchTTest(baseSample, headSample);
      ci = ratioConfidenceInterval(baseSample, headSample, 1 - o.alpha);
    }
    const change = ci.ratio - 1;
    const significantByTest = test.p < o.alpha;
    const bigEnough = Math.abs(change) >= o.minChange;
    const verdict: Verdict = significantByTest && bigEnough ? (change > 0 ? 'slower' : 'faster') : 'not significant';
    const fails = verdict === 'slower' && o.failOnSlowdown !== null && change >= o.failOnSlowdown;
    rows.push({
      label,
      base: b,
      head: h,
      baseSample,
      headSample,
      baseMean: mean(baseSample),
      headMean: mean(headSample),
      ratio: ci.ratio,
      low: ci.low,
      high: ci.high,
      t: test.t,
      df: test.df,
      p: test.p,
      test: paired ? 'paired' : 'welch',
      verdict,
      reason: verdict !== 'not significant' ? null : significantByTest ? 'min-change' : 'p',
      fails,
    });
  }
  const onlyBase = [...baseMap.keys()].filter((k) => !headMap.has(k));
  const onlyHead = [...headMap.keys()].filter((k) => !baseMap.has(k));
  let baselineDrift: number | null = null;
  if (!o.base && !o.head) {
    const drift: number[] = [];
    const py = new Map(base.benchmarks.filter((r) => r.implementation === 'python3.12').map((r) => [benchRecordKey(r), r]));
    for (const r of head.benchmarks) {
      const other = r.implementation === 'python3.12' ? py.get(benchRecordKey(r)) : undefined;
      if (other && other.size === r.size) drift.push(mean(processMeans(r, o.metric)) / mean(processMeans(other, o.metric)));
    }
    if (drift.length > 0) baselineDrift = geometricMean(drift);
  }
  return {
    rows,
    geomean: rows.length > 0 ? geometricMean(rows.map((r) => r.ratio)) : null,
    onlyBase,
    onlyHead,
    baselineDrift,
    failed: rows.some((r) => r.fails),
    options: o,
  };
}

// ---- text ---------------------------------------------------------------------------------------

/** Seconds in the unit that keeps 3–4 significant digits readable. */
export function formatSeconds(s: number): string {
  if (s >= 1) return `${s.toFixed(3)} s`;
  if (s >= 1e-3) return `${(s * 1e3).toFixed(s >= 0.1 ? 1 : 2)} ms`;
  if (s >= 1e-6) return `${(s * 1e6).toFixed(2)} µs`;
  return `${(s * 1e9).toFixed(1)} ns`;
}

/** A time ratio as "1.10x slower" / "1.25x faster" / "same". */
export function formatRatio(ratio: number): string {
  if (Math.abs(ratio - 1) < 0.0005) return 'same';
  return ratio > 1 ? `${ratio.toFixed(2)}x slower` : `${(1 / ratio).toFixed(2)}x faster`;
}

function formatChange(ratio: number): string {
  const pct = (ratio - 1) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

export function formatComparison(c: Comparison): string {
  const o = c.options;
  const lines: string[] = [];
  const sel = (s: Selector | null) => (s ? Object.entries(s).map(([k, v]) => `${k}=${v}`).join(',') : null);
  if (o.base || o.head) lines.push(`base: ${sel(o.base) ?? 'pyglass'} · head: ${sel(o.head) ?? 'pyglass'}`, '');
  lines.push(
    `| benchmark | base (${o.metric}) | head (${o.metric}) | change | 95% CI of ratio | verdict |`,
    '| --- | ---: | ---: | ---: | :---: | --- |',
  );
  for (const r of c.rows) {
    const verdict =
      r.verdict === 'not significant'
        ? r.reason === 'p'
          ? `not significant (p=${r.p.toFixed(2)})`
          : `not significant (below ${(o.minChange * 100).toFixed(0)}%)`
        : `**${formatRatio(r.ratio)}** (p=${r.p < 0.001 ? r.p.toExponential(1) : r.p.toFixed(3)})${r.fails ? ' ✗ beyond the slowdown limit' : ''}`;
    lines.push(`| ${r.label} | ${formatSeconds(r.baseMean)} | ${formatSeconds(r.headMean)} | ${formatChange(r.ratio)} | ${r.low.toFixed(3)}–${r.high.toFixed(3)} | ${verdict} |`);
  }
  lines.push('');
  if (c.geomean !== null) lines.push(`Geometric mean: ${formatRatio(c.geomean)} (${formatChange(c.geomean)}) over ${c.rows.length} benchmark${c.rows.length === 1 ? '' : 's'}.`);
  else lines.push('No benchmark is in both runs.');
  const sig = c.rows.filter((r) => r.verdict !== 'not significant');
  const how = c.rows.some((r) => r.test === 'paired')
    ? 'paired t-test of per-round log ratios of per-process means (two cells of one interleaved run)'
    : "Welch's t-test on per-process means";
  lines.push(`${sig.length} significant change${sig.length === 1 ? '' : 's'} (${how}, 95%, at least ${(o.minChange * 100).toFixed(1)}% change).`);
  if (c.baselineDrift !== null) lines.push(`CPython baseline across the two runs: ${formatChange(c.baselineDrift)} (machine drift; not gated).`);
  if (c.onlyBase.length > 0) lines.push(`Only in base: ${c.onlyBase.join(', ')}.`);
  if (c.onlyHead.length > 0) lines.push(`Only in head: ${c.onlyHead.join(', ')}.`);
  if (o.failOnSlowdown !== null) {
    lines.push(
      c.failed
        ? `FAIL: significant slowdown of at least ${(o.failOnSlowdown * 100).toFixed(1)}% in ${c.rows.filter((r) => r.fails).map((r) => r.label).join(', ')}.`
        : `OK: no significant slowdown of ${(o.failOnSlowdown * 100).toFixed(1)}% or more.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
