/**
 * The statistics `pyglass bench` decides with: sample mean and standard deviation, Student's t
 * distribution (CDF through the regularized incomplete beta function, quantiles by bisection),
 * Welch's and Student's two-sample t-tests, confidence intervals of a mean and of a ratio of
 * means, and the geometric mean. Small enough to write and check against CPython's `statistics`
 * module and textbook t tables (tools/test/bench-stats.test.ts) rather than pull in a library.
 */

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('mean of no values');
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n − 1 in the denominator), as `statistics.variance`; 0 for one value. */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

export function stdev(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}

/** exp(mean(log x)): the mean of ratios that treats 2× faster and 2× slower symmetrically. */
export function geometricMean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('geometric mean of no values');
  let s = 0;
  for (const x of xs) {
    if (!(x > 0)) throw new RangeError(`geometric mean needs positive values, got ${x}`);
    s += Math.log(x);
  }
  return Math.exp(s / xs.length);
}

// ---- Student's t distribution ------------------------------------------------------------------

// Lanczos approximation (g = 7, 9 coefficients): log Γ(x) to ~15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz's method). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast only for x < (a+1)/(a+b+2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The two-tailed p-value of a t statistic: P(|T| ≥ |t|). */
export function tTwoTailedP(t: number, df: number): number {
  if (Number.isNaN(t)) return 1;
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The t value with P(T ≤ t) = p (bisection on the CDF: 200 halvings is far below double precision). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// ---- two-sample tests ---------------------------------------------------------------------------

export interface TTestResult {
  /** (mean(b) − mean(a)) / standard error. */
  t: number;
  df: number;
  /** Two-tailed p-value. */
  p: number;
  /** Standard error of mean(b) − mean(a). */
  se: number;
}

/**
 * Welch's unequal-variance t-test of mean(b) − mean(a), with the Welch–Satterthwaite degrees of
 * freedom. Both samples need at least two values. Identical constant samples give t = 0, p = 1;
 * different constant samples give an infinite t and p = 0.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): TTestResult {
  if (a.length < 2 || b.length < 2) throw new RangeError('a t-test needs at least two values on each side');
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const diff = mean(b) - mean(a);
  const se = Math.sqrt(va + vb);
  if (se === 0) return { t: diff === 0 ? 0 : Math.sign(diff) * Infinity, df: a.length + b.length - 2, p: diff === 0 ? 1 : 0, se };
  // When one side has no variance the Satterthwaite formula reduces to the other side's n − 1.
  const df = (va + vb) ** 2 / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const t = diff / se;
  return { t, df, p: tTwoTailedP(t, df), se };
}

/** Student's equal-variance (pooled) t-test of mean(b) − mean(a), as pyperf's `compare_to` uses. */
export function studentTTest(a: readonly number[], b: readonly number[]): TTestResult {
  if (a.length < 2 || b.length < 2) throw new RangeError('a t-test needs at least two values on each side');
  const df = a.length + b.length - 2;
  const pooled = ((a.length - 1) * variance(a) + (b.length - 1) * variance(b)) / df;
  const se = Math.sqrt(pooled * (1 / a.length + 1 / b.length));
  const diff = mean(b) - mean(a);
  if (se === 0) return { t: diff === 0 ? 0 : Math.sign(diff) * Infinity, df, p: diff === 0 ? 1 : 0, se };
  const t = diff / se;
  return { t, df, p: tTwoTailedP(t, df), se };
}

/** The `level` (e.g. 0.95) confidence interval of the mean of `xs`, from the t distribution. */
export function meanConfidenceInterval(xs: readonly number[], level = 0.95): [number, number] {
  const m = mean(xs);
  if (xs.length < 2) return [m, m];
  const half = tQuantile(1 - (1 - level) / 2, xs.length - 1) * Math.sqrt(variance(xs) / xs.length);
  return [m - half, m + half];
}

export interface RatioEstimate {
  /** mean(b) / mean(a). */
  ratio: number;
  /** Confidence interval of the ratio at the requested level. */
  low: number;
  high: number;
}

/**
 * mean(b) / mean(a) with a confidence interval from the delta method: the relative standard
 * error of a ratio of independent means is √((s_a/m_a)²/n_a + (s_b/m_b)²/n_b), and the interval
 * is taken on the log scale (ratio · e^(±t·rse)) so it never goes negative and is symmetric for
 * "2× faster" and "2× slower". Degrees of freedom: Welch–Satterthwaite on the relative variances.
 */
export function ratioConfidenceInterval(a: readonly number[], b: readonly number[], level = 0.95): RatioEstimate {
  const ma = mean(a);
  const mb = mean(b);
  const ratio = mb / ma;
  if (a.length < 2 || b.length < 2) return { ratio, low: ratio, high: ratio };
  const ra = variance(a) / (ma * ma) / a.length;
  const rb = variance(b) / (mb * mb) / b.length;
  const rse = Math.sqrt(ra + rb);
  if (rse === 0) return { ratio, low: ratio, high: ratio };
  const df = (ra + rb) ** 2 / ((ra * ra) / (a.length - 1) + (rb * rb) / (b.length - 1));
  const k = Math.exp(tQuantile(1 - (1 - level) / 2, df) * rse);
  return { ratio, low: ratio / k, high: ratio * k };
}

export interface PairedRatioResult extends TTestResult {
  /** exp(mean(log(b_i / a_i))): the geometric mean of the paired ratios. */
  ratio: number;
  low: number;
  high: number;
}

/**
 * The paired t-test of log(b_i) − log(a_i), for samples measured in pairs under shared conditions
 * (round i of an interleaved run: a_i and b_i ran one after the other). Pairing cancels what the
 * two members of a pair share — the machine's load at that moment — so the test sees only what
 * differs. Valid (only less powerful) when pairs share nothing. Returns the ratio b/a as the
 * geometric mean of the pair ratios with its `level` confidence interval.
 */
export function pairedLogRatioTest(a: readonly number[], b: readonly number[], level = 0.95): PairedRatioResult {
  if (a.length !== b.length) throw new RangeError(`a paired test needs samples of equal size, got ${a.length} and ${b.length}`);
  if (a.length < 2) throw new RangeError('a paired test needs at least two pairs');
  const d: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (!(a[i]! > 0 && b[i]! > 0)) throw new RangeError('a log-ratio test needs positive values');
    d.push(Math.log(b[i]!) - Math.log(a[i]!));
  }
  const m = mean(d);
  const df = d.length - 1;
  const se = Math.sqrt(variance(d) / d.length);
  const ratio = Math.exp(m);
  if (se === 0) return { t: m === 0 ? 0 : Math.sign(m) * Infinity, df, p: m === 0 ? 1 : 0, se, ratio, low: ratio, high: ratio };
  const t = m / se;
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  return { t, df, p: tTwoTailedP(t, df), se, ratio, low: Math.exp(m - half), high: Math.exp(m + half) };
}
