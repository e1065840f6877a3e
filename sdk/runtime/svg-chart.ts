/**
 * Small self-contained SVG charts (a few KB, no library) for notebooks: lines, bars (grouped when
 * there are several series) and histograms. A notebook cannot inline plotly.js (4.6 MB) per chart
 * or even once and stay small, and inline SVG renders offline in Jupyter, nbconvert HTML and VS
 * Code alike. Text is escaped; standalone HTML reports keep plotly (`plotlyScript` in html.ts).
 *
 * @example
 * const svg = svgLineChart({ title: 'reward', series: [{ name: 'accuracy', points: [[1, 0.2], [2, 0.4]] }] });
 */
import { escapeHtml } from './html.js';

/** One curve; `markers` draws a dot at each point (a one-point series is otherwise invisible). @example const s: Series = { name: 'kl', points: [[1, 0], [2, 0.01]] }; */
export interface Series {
  name: string;
  points: [number, number][];
  markers?: boolean;
}

/** Chart options. @example const o: LineChartOptions = { title: 'Loss', series, width: 640, height: 260, xLabel: 'step' }; */
export interface LineChartOptions {
  title: string;
  series: Series[];
  width?: number;
  height?: number;
  xLabel?: string;
  /** Fixed y range; default the data's range (with a little margin). */
  yRange?: [number, number];
}

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
const FONT = 'font-family="system-ui,sans-serif"';
const finite = ([x, y]: [number, number]) => Number.isFinite(x) && Number.isFinite(y);
const tick = (v: number) => (Math.abs(v) >= 100 || v === Math.round(v) ? String(Math.round(v)) : v.toFixed(Math.abs(v) < 0.1 ? 3 : 2));

/** Round axis steps (1, 2, 5 × 10^k) from 0 to at least `max`, about `n` of them. */
function niceTicks(max: number, n = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

function frame(W: number, H: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`
    + `<text x="8" y="18" font-size="13" font-weight="600">${escapeHtml(title)}</text>${body}</svg>`;
}

function legend(names: string[], x: number, y: number): string {
  if (names.length < 2) return '';
  return names.map((n, i) => `<rect x="${x}" y="${y + i * 16 - 9}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>`
    + `<text x="${x + 14}" y="${y + i * 16}" font-size="12">${escapeHtml(n)}</text>`).join('');
}

/** A y axis from 0 to the last tick with grid lines; returns the SVG and the scale. */
function yAxis(ticks: number[], m: { l: number; t: number }, plotW: number, plotH: number, label?: string) {
  const top = ticks.at(-1)!;
  const sy = (v: number) => m.t + plotH - (v / top) * plotH;
  const svg = ticks.map((v) => `<line x1="${m.l}" y1="${sy(v).toFixed(1)}" x2="${m.l + plotW}" y2="${sy(v).toFixed(1)}" stroke="${v ? '#e5e5e5' : '#888'}"/>`
    + `<text x="${m.l - 6}" y="${(sy(v) + 4).toFixed(1)}" font-size="11" text-anchor="end">${tick(v)}</text>`).join('')
    + (label ? `<text transform="translate(12,${m.t + plotH / 2}) rotate(-90)" font-size="11" text-anchor="middle">${escapeHtml(label)}</text>` : '');
  return { svg, sy };
}

/**
 * An SVG document string with one polyline per series, axes with min/max ticks and a legend.
 * Points with non-finite values are skipped.
 *
 * @example
 * tslab.display.html(svgLineChart({ title: 'Mean reward', series, xLabel: 'step' }));
 */
export function svgLineChart(o: LineChartOptions): string {
  const W = o.width ?? 640;
  const H = o.height ?? 260;
  const m = { l: 56, r: 150, t: 28, b: 36 };
  const pts = o.series.flatMap((s) => s.points.filter(finite));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  let [y0, y1] = o.yRange ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1]);
  if (y1 === y0) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const sx = (x: number) => m.l + ((x - x0) / (x1 - x0 || 1)) * (W - m.l - m.r);
  const sy = (y: number) => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  const lines = o.series.map((s, i) => {
    const xy = s.points.filter(finite).map(([x, y]) => [sx(x).toFixed(1), sy(y).toFixed(1)]);
    const color = COLORS[i % COLORS.length];
    const key = `<text x="${W - m.r + 12}" y="${m.t + 14 + i * 16}" fill="${color}" font-size="12">${escapeHtml(s.name)}</text>`;
    const line = xy.length ? `<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${xy.map((p) => p.join(',')).join(' ')}"/>` : '';
    const dots = s.markers ? xy.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="${color}"/>`).join('') : '';
    return line + dots + key;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" ${FONT}>`
    + `<text x="${m.l}" y="18" font-size="13" font-weight="600">${escapeHtml(o.title)}</text>`
    + `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#888"/><line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#888"/>`
    + `<text x="${m.l - 6}" y="${sy(y1) + 4}" font-size="11" text-anchor="end">${tick(y1)}</text><text x="${m.l - 6}" y="${sy(y0) + 4}" font-size="11" text-anchor="end">${tick(y0)}</text>`
    + `<text x="${m.l}" y="${H - m.b + 14}" font-size="11" text-anchor="middle">${tick(x0)}</text><text x="${W - m.r}" y="${H - m.b + 14}" font-size="11" text-anchor="middle">${tick(x1)}</text>`
    + `<text x="${(m.l + W - m.r) / 2}" y="${H - 6}" font-size="11" text-anchor="middle">${escapeHtml(o.xLabel ?? '')}</text>`
    + lines.join('')
    + '</svg>';
}

/** Bar chart options: `values[i]` of each series belongs to `categories[i]`. @example const o: BarChartOptions = { title: 'Examples per task', categories: ['mcq', 'dialogue'], series: [{ name: 'train', values: [40, 120] }] }; */
export interface BarChartOptions {
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  width?: number;
  height?: number;
  yLabel?: string;
  /** Print each bar's value above it (default: with one series only, where it stays readable). */
  valueLabels?: boolean;
}

/**
 * Vertical bars from 0, one per category, side by side when there are several series (grouped
 * bars), with a legend. Values must be finite and >= 0; all-zero data still draws its axes and
 * value labels. Long category names are slanted.
 *
 * @example
 * tslab.display.html(svgBarChart({ title: 'Pass rate', categories: ['base', 'tuned'], series: [{ name: 'mcq', values: [0.2, 0.4] }] }));
 */
export function svgBarChart(o: BarChartOptions): string {
  for (const s of o.series) {
    if (s.values.length !== o.categories.length) throw new Error(`svgBarChart: series "${s.name}" has ${s.values.length} values for ${o.categories.length} categories`);
    const bad = s.values.findIndex((v) => !Number.isFinite(v) || v < 0);
    if (bad >= 0) throw new Error(`svgBarChart: series "${s.name}", category "${o.categories[bad]}": found ${s.values[bad]}; expected a finite value >= 0`);
  }
  const W = o.width ?? 640;
  const longest = Math.max(0, ...o.categories.map((c) => c.length));
  const slotW = (W - 60 - (o.series.length > 1 ? 130 : 16)) / Math.max(1, o.categories.length);
  const slant = longest * 6.5 > slotW;
  const m = { l: 60, r: o.series.length > 1 ? 130 : 16, t: 30, b: slant ? 30 + Math.min(longest, 24) * 4 : 30 };
  const H = o.height ?? 300 + (slant ? m.b - 30 : 0);
  const plotW = W - m.l - m.r;
  const plotH = H - m.t - m.b;
  const axis = yAxis(niceTicks(Math.max(0, ...o.series.flatMap((s) => s.values))), m, plotW, plotH, o.yLabel);
  const slot = plotW / Math.max(1, o.categories.length);
  const barW = (slot * 0.8) / Math.max(1, o.series.length);
  const showValues = o.valueLabels ?? o.series.length === 1;
  const bars = o.series.map((s, si) => s.values.map((v, ci) => {
    const x = m.l + ci * slot + slot * 0.1 + si * barW;
    const y = axis.sy(v);
    const tip = `<title>${escapeHtml(`${o.categories[ci]}${o.series.length > 1 ? ` · ${s.name}` : ''}: ${tick(v)}`)}</title>`;
    return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, barW - 1).toFixed(1)}" height="${(m.t + plotH - y).toFixed(1)}" fill="${COLORS[si % COLORS.length]}">${tip}</rect>`
      + (showValues ? `<text x="${(x + barW / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" font-size="10" text-anchor="middle">${tick(v)}</text>` : '');
  }).join('')).join('');
  const labels = o.categories.map((c, ci) => {
    const x = m.l + (ci + 0.5) * slot;
    const y = m.t + plotH + 14;
    const text = escapeHtml(c.length > 24 ? `${c.slice(0, 23)}…` : c);
    return slant
      ? `<text transform="translate(${x.toFixed(1)},${y}) rotate(-35)" font-size="11" text-anchor="end">${text}</text>`
      : `<text x="${x.toFixed(1)}" y="${y}" font-size="11" text-anchor="middle">${text}</text>`;
  }).join('');
  return frame(W, H, o.title, axis.svg + bars + labels + legend(o.series.map((s) => s.name), W - m.r + 12, m.t + 12));
}

/** Histogram options: one group per series, binned on shared edges. @example const o: HistogramOptions = { title: 'Characters', groups: [{ name: 'train', values: [120, 300] }], bins: 30 }; */
export interface HistogramOptions {
  title: string;
  groups: { name: string; values: number[] }[];
  /** Number of equal-width bins over the range of all values (default 30: shape visible, bars still wide). */
  bins?: number;
  width?: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
}

/**
 * Overlaid histograms (translucent, one colour per group) on shared bin edges, so groups of
 * different sizes compare by shape and position. Non-finite values are left out and counted in
 * the subtitle rather than dropped silently.
 *
 * @example
 * tslab.display.html(svgHistogram({ title: 'Characters per example', groups: [{ name: 'train', values: lengths }], xLabel: 'characters' }));
 */
export function svgHistogram(o: HistogramOptions): string {
  const nBins = o.bins ?? 30;
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error(`svgHistogram: bins: found ${nBins}; expected an integer >= 1`);
  const groups = o.groups.map((g) => ({ name: g.name, values: g.values.filter(Number.isFinite), skipped: g.values.length - g.values.filter(Number.isFinite).length }));
  const all = groups.flatMap((g) => g.values);
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (hi === lo) [lo, hi] = [lo - 0.5, hi + 0.5];
  const width = (hi - lo) / nBins;
  const counts = groups.map((g) => {
    const c = new Array<number>(nBins).fill(0);
    for (const v of g.values) c[Math.min(nBins - 1, Math.floor((v - lo) / width))]++;
    return c;
  });
  const W = o.width ?? 640;
  const H = o.height ?? 300;
  const m = { l: 60, r: groups.length > 1 ? 130 : 16, t: 30, b: 42 };
  const plotW = W - m.l - m.r;
  const plotH = H - m.t - m.b;
  const axis = yAxis(niceTicks(Math.max(0, ...counts.flat())), m, plotW, plotH, o.yLabel ?? 'count');
  const sx = (v: number) => m.l + ((v - lo) / (hi - lo)) * plotW;
  const opacity = groups.length > 1 ? 0.55 : 0.85;
  const bars = counts.map((c, gi) => c.map((n, b) => {
    if (!n) return '';
    const x0 = lo + b * width;
    const y = axis.sy(n);
    return `<rect x="${sx(x0).toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, sx(x0 + width) - sx(x0) - 0.5).toFixed(1)}" height="${(m.t + plotH - y).toFixed(1)}" `
      + `fill="${COLORS[gi % COLORS.length]}" fill-opacity="${opacity}"><title>${escapeHtml(`${groups[gi].name}: ${n} in [${tick(x0)}, ${tick(x0 + width)})`)}</title></rect>`;
  }).join('')).join('');
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => lo + f * (hi - lo))
    .map((v) => `<text x="${sx(v).toFixed(1)}" y="${m.t + plotH + 14}" font-size="11" text-anchor="middle">${tick(v)}</text>`).join('');
  const skipped = groups.reduce((s, g) => s + g.skipped, 0);
  const xLabel = `${o.xLabel ?? ''}${skipped ? ` (${skipped} non-finite value${skipped > 1 ? 's' : ''} left out)` : ''}`;
  const body = axis.svg + bars + xTicks
    + `<text x="${m.l + plotW / 2}" y="${H - 8}" font-size="11" text-anchor="middle">${escapeHtml(xLabel)}</text>`
    + legend(groups.map((g) => `${g.name} (${g.values.length})`), W - m.r + 12, m.t + 12);
  return frame(W, H, o.title, body);
}
