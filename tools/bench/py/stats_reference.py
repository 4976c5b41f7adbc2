"""Reference values for tools/bench/stats.ts, computed independently under CPython 3.12 without
scipy: means, variances and geometric means from the `statistics` module, Welch's, Student's and
the paired log-ratio t statistics from their textbook formulas, and Student's t
distribution by integrating its density with composite Simpson's rule (math.lgamma for the
constant), so the TypeScript continued-fraction code is checked against a different method.

usage: stats_reference.py < cases.json   (cases: {"samples": [[a, b], ...], "t": [[t, df], ...],
                                            "quantiles": [[p, df], ...]})
prints: {"samples": [{...per pair...}], "cdf": [...], "quantiles": [...]}
"""
import json
import math
import statistics
import sys


def t_pdf(x, df):
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1) / 2 * math.log1p(x * x / df))


def t_cdf(t, df, steps=200000):
    # P(T <= t) = 1/2 + integral_0^t pdf, by Simpson's rule over an even number of steps.
    if t == 0:
        return 0.5
    h = abs(t) / steps
    total = t_pdf(0, df) + t_pdf(abs(t), df)
    for i in range(1, steps):
        total += (4 if i % 2 else 2) * t_pdf(i * h, df)
    area = total * h / 3
    return 0.5 + area if t > 0 else 0.5 - area


def t_quantile(p, df):
    lo, hi = -1.0, 1.0
    while t_cdf(lo, df, 4000) > p:
        lo *= 2
    while t_cdf(hi, df, 4000) < p:
        hi *= 2
    for _ in range(60):
        mid = (lo + hi) / 2
        if t_cdf(mid, df, 20000) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def pair(a, b):
    ma, mb = statistics.mean(a), statistics.mean(b)
    va, vb = statistics.variance(a), statistics.variance(b)
    na, nb = len(a), len(b)
    # Welch
    sa, sb = va / na, vb / nb
    se_w = math.sqrt(sa + sb)
    df_w = (sa + sb) ** 2 / (sa * sa / (na - 1) + sb * sb / (nb - 1))
    t_w = (mb - ma) / se_w
    # Student (pooled)
    df_s = na + nb - 2
    pooled = ((na - 1) * va + (nb - 1) * vb) / df_s
    se_s = math.sqrt(pooled * (1 / na + 1 / nb))
    t_s = (mb - ma) / se_s
    # mean CI of b at 95%
    q = t_quantile(0.975, nb - 1)
    half = q * statistics.stdev(b) / math.sqrt(nb)
    paired = None
    if na == nb:
        d = [math.log(y) - math.log(x) for x, y in zip(a, b)]
        md, sd = statistics.mean(d), statistics.stdev(d)
        t_p = md / (sd / math.sqrt(na))
        qp = t_quantile(0.975, na - 1)
        paired = {"t": t_p, "p": 2 * (1 - t_cdf(abs(t_p), na - 1)), "ratio": math.exp(md),
                  "low": math.exp(md - qp * sd / math.sqrt(na)), "high": math.exp(md + qp * sd / math.sqrt(na))}
    return {
        "paired": paired,
        "meanA": ma, "meanB": mb, "varA": va, "varB": vb, "stdevB": statistics.stdev(b),
        "geomeanA": statistics.geometric_mean(a),
        "welch": {"t": t_w, "df": df_w, "p": 2 * (1 - t_cdf(abs(t_w), df_w))},
        "student": {"t": t_s, "df": df_s, "p": 2 * (1 - t_cdf(abs(t_s), df_s))},
        "ciB": [mb - half, mb + half],
    }


def main():
    cases = json.load(sys.stdin)
    out = {
        "samples": [pair(a, b) for a, b in cases.get("samples", [])],
        "cdf": [t_cdf(t, df) for t, df in cases.get("t", [])],
        "quantiles": [t_quantile(p, df) for p, df in cases.get("quantiles", [])],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
