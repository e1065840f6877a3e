/**
 * Small self-contained SVG line charts (a few KB, no library), for curves that redraw often in a
 * notebook, where inlining plotly (4.8 MB) each time is too heavy. Text is escaped.
 *
 * @example
 * const svg = svgLineChart({ title: 'reward', series: [{ name: 'accuracy', points: [[1, 0.2], [2, 0.4]] }] });
 */

/** One curve. @example const s: Series = { name: 'kl', points: [[1, 0], [2, 0.01]] }; */
export interface Series {
  name: string;
  points: [number, number][];
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
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const tick = (v: number) => (Math.abs(v) >= 100 || v === Math.round(v) ? String(Math.round(v)) : v.toFixed(Math.abs(v) < 0.1 ? 3 : 2));

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
  const pts = o.series.flatMap((s) => s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  let [y0, y1] = o.yRange ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1]);
  if (y1 === y0) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const sx = (x: number) => m.l + ((x - x0) / (x1 - x0 || 1)) * (W - m.l - m.r);
  const sy = (y: number) => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  const lines = o.series.map((s, i) => {
    const p = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`);
    const color = COLORS[i % COLORS.length];
    const legend = `<text x="${W - m.r + 12}" y="${m.t + 14 + i * 16}" fill="${color}" font-size="12">${esc(s.name)}</text>`;
    return `${p.length ? `<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${p.join(' ')}"/>` : ''}${legend}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="system-ui,sans-serif">`
    + `<text x="${m.l}" y="18" font-size="13" font-weight="600">${esc(o.title)}</text>`
    + `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#888"/><line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#888"/>`
    + `<text x="${m.l - 6}" y="${sy(y1) + 4}" font-size="11" text-anchor="end">${tick(y1)}</text><text x="${m.l - 6}" y="${sy(y0) + 4}" font-size="11" text-anchor="end">${tick(y0)}</text>`
    + `<text x="${m.l}" y="${H - m.b + 14}" font-size="11" text-anchor="middle">${tick(x0)}</text><text x="${W - m.r}" y="${H - m.b + 14}" font-size="11" text-anchor="middle">${tick(x1)}</text>`
    + `<text x="${(m.l + W - m.r) / 2}" y="${H - 6}" font-size="11" text-anchor="middle">${esc(o.xLabel ?? '')}</text>`
    + lines.join('')
    + '</svg>';
}
