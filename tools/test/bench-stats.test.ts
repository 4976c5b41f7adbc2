/**
 * The bench statistics (tools/bench/stats.ts) against known values: textbook t-table critical
 * values and a worked Welch example, and — live under the oracle — CPython's `statistics` module
 * plus a Simpson-rule integration of the t density (tools/bench/py/stats_reference.py) over
 * samples shaped like benchmark timings.
 */
import * as path from 'node:path';
import {
  geometricMean,
  incompleteBeta,
  logGamma,
  mean,
  meanConfidenceInterval,
  pairedLogRatioTest,
  ratioConfidenceInterval,
  stdev,
  studentTTest,
  tCdf,
  tQuantile,
  tTwoTailedP,
  variance,
  welchTTest,
} from '../bench/stats';
import { describeWithOracle, runOracle, WORKSPACE_ROOT } from '../oracle/index';

describe('t distribution against printed t tables', () => {
  // Two-tailed 95% critical values t(0.975, df) as printed in every t table (to 3 decimals).
  const table: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [10, 2.228],
    [20, 2.086],
    [30, 2.042],
    [120, 1.98],
  ];
  it.each(table)('t(0.975, %d) = %f', (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 3);
    expect(tTwoTailedP(expected, df)).toBeCloseTo(0.05, 3);
  });

  it('tends to the normal distribution', () => {
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
    expect(tCdf(1.959964, 1e7)).toBeCloseTo(0.975, 6);
  });

  it('has closed forms at df = 1 (Cauchy) and df = 2', () => {
    for (const t of [-3, -0.5, 0, 0.25, 1, 7.5]) {
      expect(tCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(tCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
  });

  it('is symmetric and its quantile inverts its CDF', () => {
    for (const df of [1.5, 3, 7.3, 40]) {
      for (const p of [0.01, 0.2, 0.5, 0.9, 0.999]) {
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
        expect(tQuantile(1 - p, df)).toBeCloseTo(-tQuantile(p, df), 10);
      }
    }
  });

  it('logGamma and the incomplete beta agree with closed forms', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    // I_x(1, 1) = x; I_x(a, 1) = x^a.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 12);
  });

  it('rejects impossible arguments', () => {
    expect(() => tCdf(1, 0)).toThrow(RangeError);
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => welchTTest([1], [1, 2])).toThrow(RangeError);
    expect(() => geometricMean([1, 0])).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
    expect(() => pairedLogRatioTest([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => pairedLogRatioTest([1, 0], [1, 2])).toThrow(RangeError);
  });
});

describe('two-sample tests on degenerate samples', () => {
  it('identical constant samples are not significant; different ones are', () => {
    expect(welchTTest([2, 2, 2], [2, 2, 2])).toMatchObject({ t: 0, p: 1 });
    expect(welchTTest([2, 2, 2], [3, 3, 3])).toMatchObject({ t: Infinity, p: 0 });
    expect(studentTTest([3, 3], [2, 2])).toMatchObject({ t: -Infinity, p: 0 });
  });

  it('a ratio of constant samples has a zero-width interval', () => {
    expect(ratioConfidenceInterval([2, 2, 2], [3, 3, 3])).toEqual({ ratio: 1.5, low: 1.5, high: 1.5 });
  });
});

// Timing-shaped samples: same-distribution pairs, a 10% shift, unequal sizes and variances.
const SAMPLES: [number[], number[]][] = [
  [
    [0.512, 0.498, 0.505, 0.521, 0.509],
    [0.515, 0.502, 0.511, 0.499, 0.507],
  ],
  [
    [1.01, 1.03, 0.99, 1.02],
    [1.12, 1.1, 1.13, 1.09, 1.11, 1.14],
  ],
  [
    [19.1, 20.3, 18.7, 21.9, 20.0, 19.5, 22.4],
    [20.2, 20.25, 20.31],
  ],
  [
    [3.1, 3.3],
    [2.9, 3.0, 3.05],
  ],
  [
    [0.101, 0.122, 0.098, 0.131, 0.105, 0.117],
    [0.112, 0.135, 0.107, 0.146, 0.113, 0.131],
  ],
];

describeWithOracle('bench statistics against CPython statistics and Simpson integration', () => {
  const script = path.join(WORKSPACE_ROOT, 'tools', 'bench', 'py', 'stats_reference.py');
  const tCases: [number, number][] = [
    [0.3, 3],
    [-1.7, 5.5],
    [2.2, 9],
    [4.1, 2.3],
    [1.0, 60],
  ];
  const quantileCases: [number, number][] = [
    [0.975, 3.7],
    [0.9, 12],
    [0.995, 6],
  ];
  let ref: {
    samples: {
      meanA: number;
      meanB: number;
      varA: number;
      varB: number;
      stdevB: number;
      geomeanA: number;
      welch: { t: number; df: number; p: number };
      student: { t: number; df: number; p: number };
      ciB: [number, number];
      paired: { t: number; p: number; ratio: number; low: number; high: number } | null;
    }[];
    cdf: number[];
    quantiles: number[];
  };

  beforeAll(() => {
    const r = runOracle([script], { input: JSON.stringify({ samples: SAMPLES, t: tCases, quantiles: quantileCases }) });
    if (r.exitCode !== 0) throw new Error(r.stderr);
    ref = JSON.parse(r.stdout);
  });

  it('mean, variance, stdev and geometric mean equal statistics.*', () => {
    SAMPLES.forEach(([a, b], i) => {
      const e = ref.samples[i]!;
      expect(mean(a)).toBeCloseTo(e.meanA, 12);
      expect(mean(b)).toBeCloseTo(e.meanB, 12);
      expect(variance(a)).toBeCloseTo(e.varA, 12);
      expect(variance(b)).toBeCloseTo(e.varB, 12);
      expect(stdev(b)).toBeCloseTo(e.stdevB, 12);
      expect(geometricMean(a)).toBeCloseTo(e.geomeanA, 12);
    });
  });

  it("Welch's t, degrees of freedom and p-value", () => {
    SAMPLES.forEach(([a, b], i) => {
      const e = ref.samples[i]!.welch;
      const r = welchTTest(a, b);
      expect(r.t).toBeCloseTo(e.t, 10);
      expect(r.df).toBeCloseTo(e.df, 10);
      expect(r.p).toBeCloseTo(e.p, 7);
    });
  });

  it("Student's pooled t and p-value", () => {
    SAMPLES.forEach(([a, b], i) => {
      const e = ref.samples[i]!.student;
      const r = studentTTest(a, b);
      expect(r.t).toBeCloseTo(e.t, 10);
      expect(r.df).toBe(e.df);
      expect(r.p).toBeCloseTo(e.p, 7);
    });
  });

  it('the paired log-ratio t-test, its ratio and interval', () => {
    let checked = 0;
    SAMPLES.forEach(([a, b], i) => {
      const e = ref.samples[i]!.paired;
      if (!e) return;
      const r = pairedLogRatioTest(a, b);
      expect(r.t).toBeCloseTo(e.t, 10);
      expect(r.p).toBeCloseTo(e.p, 7);
      expect(r.ratio).toBeCloseTo(e.ratio, 12);
      expect(r.low).toBeCloseTo(e.low, 8);
      expect(r.high).toBeCloseTo(e.high, 8);
      checked++;
    });
    expect(checked).toBe(2);
  });

  it('the 95% confidence interval of a mean', () => {
    SAMPLES.forEach(([, b], i) => {
      const [lo, hi] = meanConfidenceInterval(b);
      expect(lo).toBeCloseTo(ref.samples[i]!.ciB[0], 8);
      expect(hi).toBeCloseTo(ref.samples[i]!.ciB[1], 8);
    });
  });

  it('t CDF and quantiles at fractional degrees of freedom', () => {
    tCases.forEach(([t, df], i) => expect(tCdf(t, df)).toBeCloseTo(ref.cdf[i]!, 9));
    quantileCases.forEach(([p, df], i) => expect(tQuantile(p, df)).toBeCloseTo(ref.quantiles[i]!, 7));
  });
});

describe('ratio confidence interval', () => {
  it('contains the ratio, is symmetric on the log scale and narrows with more values', () => {
    const a = [1.0, 1.02, 0.98, 1.01];
    const b = [1.1, 1.12, 1.08, 1.11];
    const r = ratioConfidenceInterval(a, b);
    expect(r.ratio).toBeCloseTo(mean(b) / mean(a), 14);
    expect(r.low).toBeLessThan(r.ratio);
    expect(r.high).toBeGreaterThan(r.ratio);
    expect(Math.log(r.high / r.ratio)).toBeCloseTo(Math.log(r.ratio / r.low), 12);
    const wide = ratioConfidenceInterval(a.slice(0, 2), b.slice(0, 2));
    expect(wide.high - wide.low).toBeGreaterThan(r.high - r.low);
  });
});
