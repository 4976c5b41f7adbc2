/**
 * Self-contained SVG charts for pull requests (no scripts, no fonts or styles fetched from the
 * network): per-benchmark speed ratios as dots with 95% confidence-interval whiskers on a log
 * scale around a reference line at 1×, coloured by verdict, and — when GC benchmarks reported
 * pauses — a box plot of pause times per benchmark. Both read the same at any zoom, in light and
 * dark GitHub themes (an opaque white card behind the drawing).
 */

export interface RatioRow {
  label: string;
  /** Speed relative to the reference: above 1 is faster. */
  value: number;
  low: number;
  high: number;
  verdict: 'faster' | 'slower' | 'not significant' | null;
}

export interface PauseRow {
  label: string;
  /** Pause times, seconds. */
  pauses: number[];
}

const COLORS = { faster: '#1a7f37', slower: '#cf222e', 'not significant': '#6e7781', null: '#0969da' } as const;
const FONT = 'font-family="-apple-system,Segoe UI,Helvetica,Arial,sans-serif"';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const NICE = [1, 1.1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** Tick values for a log axis over [lo, hi]: "nice" multiples, thinned to at most `max`. */
export function logTicks(lo: number, hi: number, max = 9): number[] {
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)); e++) {
    for (const n of NICE) {
      const v = n * 10 ** e;
      if (v >= lo && v <= hi) all.push(Number(v.toPrecision(3)));
      // Below 1, mirror the nice values (1/1.25 = 0.8, 1/2 = 0.5) so faster and slower look alike.
      const w = 10 ** -e / n;
      // Only exact mirrors (0.8, 0.5, 0.125), not 0.909… for 1.1.
      if (w >= lo && w <= hi && w < 1 && Math.abs(w - Number(w.toPrecision(3))) < 1e-12) all.push(Number(w.toPrecision(3)));
    }
  }
  const ticks = [...new Set(all)].sort((a, b) => a - b);
  if (ticks.length <= max) return ticks;
  const step = Math.ceil(ticks.length / max);
  const one = ticks.indexOf(1);
  return ticks.filter((_, i) => (i - (one >= 0 ? one : 0)) % step === 0);
}

function fmt(v: number): string {
  return v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(2).replace(/\.?0+$/, '') : v.toPrecision(2);
}

/** The ratio chart, with an optional pause-distribution panel below it. */
export function renderChart(title: string, subtitle: string, rows: readonly RatioRow[], pauses: readonly PauseRow[] = []): string {
  const width = 820;
  const labelW = 300;
  const valueW = 150;
  const plotL = labelW;
  const plotR = width - valueW;
  const rowH = 26;
  const top = 70;
  const plotH = Math.max(1, rows.length) * rowH;
  let lo = 1;
  let hi = 1;
  for (const r of rows) {
    lo = Math.min(lo, r.low, r.value);
    hi = Math.max(hi, r.high, r.value);
  }
  // Pad the domain by 10% on the log scale and never narrower than 0.9–1.1.
  const span = Math.max(Math.log(hi / lo), Math.log(1.1 / 0.9));
  const dlo = Math.min(0.9, lo) * Math.exp(-0.1 * span);
  const dhi = Math.max(1.1, hi) * Math.exp(0.1 * span);
  const x = (v: number) => plotL + ((Math.log(v) - Math.log(dlo)) / (Math.log(dhi) - Math.log(dlo))) * (plotR - plotL);
  const out: string[] = [];
  const pauseH = pauses.length > 0 ? 60 + pauses.length * rowH + 40 : 0;
  const height = top + plotH + 50 + pauseH;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="13">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff" rx="6"/>`);
  out.push(`<text x="16" y="26" font-size="16" font-weight="600" fill="#1f2328">${escapeXml(title)}</text>`);
  out.push(`<text x="16" y="46" fill="#59636e">${escapeXml(subtitle)}</text>`);
  for (const t of logTicks(dlo, dhi)) {
    const tx = x(t).toFixed(1);
    out.push(`<line x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${top + plotH}" stroke="${t === 1 ? '#1f2328' : '#d0d7de'}" stroke-width="${t === 1 ? 1.5 : 1}"/>`);
    out.push(`<text x="${tx}" y="${top + plotH + 18}" text-anchor="middle" fill="#59636e">${fmt(t)}×</text>`);
  }
  out.push(`<text x="${((plotL + plotR) / 2).toFixed(1)}" y="${top + plotH + 38}" text-anchor="middle" fill="#59636e">← slower · speed relative to the reference (log scale, 95% CI) · faster →</text>`);
  rows.forEach((r, i) => {
    const cy = top + i * rowH + rowH / 2;
    const color = COLORS[r.verdict ?? 'null'];
    if (i % 2 === 1) out.push(`<rect x="8" y="${(cy - rowH / 2).toFixed(1)}" width="${width - 16}" height="${rowH}" fill="#f6f8fa"/>`);
    out.push(`<text x="${labelW - 12}" y="${(cy + 4).toFixed(1)}" text-anchor="end" fill="#1f2328">${escapeXml(r.label)}</text>`);
    out.push(`<line x1="${x(r.low).toFixed(1)}" y1="${cy}" x2="${x(r.high).toFixed(1)}" y2="${cy}" stroke="${color}" stroke-width="2"/>`);
    for (const v of [r.low, r.high]) out.push(`<line x1="${x(v).toFixed(1)}" y1="${cy - 6}" x2="${x(v).toFixed(1)}" y2="${cy + 6}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<circle cx="${x(r.value).toFixed(1)}" cy="${cy}" r="5" fill="${color}"><title>${escapeXml(`${r.label}: ${fmt(r.value)}× (${fmt(r.low)}–${fmt(r.high)})`)}</title></circle>`);
    const verdict = r.verdict && r.verdict !== 'not significant' ? r.verdict : r.verdict ? 'n.s.' : '';
    out.push(`<text x="${plotR + 12}" y="${(cy + 4).toFixed(1)}" fill="${color}" font-weight="600">${fmt(r.value)}×<tspan dx="6" font-weight="400" fill="#59636e">${escapeXml(verdict)}</tspan></text>`);
  });
  if (pauses.length > 0) renderPauses(out, pauses, top + plotH + 70, width, labelW, plotR, rowH);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const i = Math.floor(pos);
  return sorted[i]! + (sorted[Math.min(i + 1, sorted.length - 1)]! - sorted[i]!) * (pos - i);
}

function renderPauses(out: string[], rows: readonly PauseRow[], top: number, width: number, labelW: number, plotR: number, rowH: number): void {
  const all = rows.flatMap((r) => r.pauses).filter((p) => p > 0);
  if (all.length === 0) return;
  const lo = Math.min(...all) / 1.5;
  const hi = Math.max(...all) * 1.5;
  const x = (v: number) => labelW + ((Math.log(Math.max(v, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (plotR - labelW);
  out.push(`<text x="16" y="${top - 14}" font-size="15" font-weight="600" fill="#1f2328">GC pause times (log scale: box = quartiles, whiskers = min–max)</text>`);
  const h = rows.length * rowH;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    const v = 10 ** e;
    if (v < lo || v > hi) continue;
    const label = v >= 1 ? `${v} s` : v >= 1e-3 ? `${v * 1e3} ms` : `${Number((v * 1e6).toPrecision(3))} µs`;
    out.push(`<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${top + h}" stroke="#d0d7de"/>`);
    out.push(`<text x="${x(v).toFixed(1)}" y="${top + h + 18}" text-anchor="middle" fill="#59636e">${label}</text>`);
  }
  rows.forEach((r, i) => {
    const cy = top + i * rowH + rowH / 2;
    out.push(`<text x="${labelW - 12}" y="${(cy + 4).toFixed(1)}" text-anchor="end" fill="#1f2328">${escapeXml(r.label)}</text>`);
    const s = r.pauses.filter((p) => p > 0).sort((a, b) => a - b);
    if (s.length === 0) return;
    const [mn, q1, md, q3, mx] = [s[0]!, quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), s[s.length - 1]!];
    out.push(`<line x1="${x(mn).toFixed(1)}" y1="${cy}" x2="${x(mx).toFixed(1)}" y2="${cy}" stroke="#6e7781"/>`);
    out.push(`<rect x="${x(q1).toFixed(1)}" y="${cy - 7}" width="${Math.max(1, x(q3) - x(q1)).toFixed(1)}" height="14" fill="#ddf4ff" stroke="#0969da"/>`);
    out.push(`<line x1="${x(md).toFixed(1)}" y1="${cy - 7}" x2="${x(md).toFixed(1)}" y2="${cy + 7}" stroke="#0969da" stroke-width="2"/>`);
    out.push(`<text x="${plotR + 12}" y="${(cy + 4).toFixed(1)}" fill="#59636e">${s.length} pauses</text>`);
  });
  void width;
}
