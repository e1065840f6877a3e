/**
 * Grouped horizontal bar charts as small self-contained SVG (no script, no library), so an
 * evaluation comparison renders in a notebook everywhere (Jupyter, nbconvert HTML, VS Code)
 * without inlining plotly (4.8 MB) into the notebook. Every bar carries its value as text, so a
 * bar of 0 is still visible and readable; intervals are drawn as whiskers; a log axis keeps
 * perplexities of very different size readable.
 *
 * @example
 * svgIntervalBars({ title: 'Accuracy', series: ['base', 'LoRA'], groups: [{ label: 'mcq', values: [{ value: 0.25 }, { value: 0.5 }] }] });
 */
import { escapeHtml } from './html.js';

/** One bar: a value and, optionally, its interval. @example const v: BarValue = { value: 0.4, low: 0.2, high: 0.6 }; */
export interface BarValue {
  value: number;
  low?: number;
  high?: number;
}

/** One row of bars, one per series (undefined = no value for that series). @example const g: BarGroup = { label: 'mcq', values: [{ value: 0.3 }, undefined] }; */
export interface BarGroup {
  label: string;
  values: (BarValue | undefined)[];
}

/** Chart options. @example const o: IntervalBarsOptions = { title: 'Perplexity', series: ['base', 'LoRA'], groups, log: true }; */
export interface IntervalBarsOptions {
  title: string;
  series: string[];
  groups: BarGroup[];
  /** Base-10 log axis (values must be positive). */
  log?: boolean;
  /** Fixed axis range on the value scale; default 0 (or the decade below the smallest value on a log axis) to the largest value or interval end. */
  range?: [number, number];
  width?: number;
}

const COLORS = ['#8c96a6', '#1f77b4', '#ff7f0e', '#2ca02c'];
const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));

/**
 * An SVG document string: one row of bars per group, value labels, interval whiskers, a legend.
 *
 * @example
 * tslab.display.html(svgIntervalBars({ title: 'Pass rate', series: ['base'], groups, range: [0, 1] }));
 */
export function svgIntervalBars(o: IntervalBarsOptions): string {
  const W = o.width ?? 720;
  const m = { l: 230, r: 70, t: 44, b: 30 };
  const barH = 13;
  const groupH = o.series.length * barH + 10;
  const H = m.t + m.b + Math.max(1, o.groups.length) * groupH;
  const values = o.groups.flatMap((g) => g.values.flatMap((v) => (v ? [v.value, v.low ?? v.value, v.high ?? v.value] : []))).filter(Number.isFinite);
  const positive = values.filter((v) => v > 0);
  if (o.log && values.some((v) => v <= 0)) throw new Error(`svgIntervalBars '${o.title}': a log axis needs positive values, found ${Math.min(...values)}`);
  const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  let [lo, hi] = o.range ?? (o.log
    ? [positive.length ? decade(Math.min(...positive), false) : 1, positive.length ? decade(Math.max(...positive), true) : 10]
    : [0, values.length ? Math.max(...values) : 1]);
  if (hi <= lo) hi = lo + (o.log ? lo * 9 : 1);
  const f = (v: number) => (o.log ? Math.log10(v) : v);
  const sx = (v: number) => m.l + ((Math.min(Math.max(f(v), f(lo)), f(hi)) - f(lo)) / (f(hi) - f(lo))) * (W - m.l - m.r);
  const ticks = o.log
    ? Array.from({ length: Math.round(Math.log10(hi / lo)) + 1 }, (_, i) => lo * 10 ** i)
    : Array.from({ length: 5 }, (_, i) => lo + ((hi - lo) * i) / 4);
  const axis = ticks.map((t) => `<line x1="${sx(t).toFixed(1)}" y1="${m.t - 4}" x2="${sx(t).toFixed(1)}" y2="${H - m.b}" stroke="#e3e3e3"/>`
    + `<text x="${sx(t).toFixed(1)}" y="${H - m.b + 14}" font-size="10" text-anchor="middle">${num(t)}</text>`).join('');
  const legend = o.series.map((s, i) => `<rect x="${m.l + i * 130}" y="${m.t - 20}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>`
    + `<text x="${m.l + 14 + i * 130}" y="${m.t - 11}" font-size="11">${escapeHtml(s)}</text>`).join('');
  const rows = o.groups.map((g, gi) => {
    const y0 = m.t + gi * groupH;
    const label = `<text x="${m.l - 6}" y="${y0 + groupH / 2}" font-size="11" text-anchor="end">${escapeHtml(g.label)}</text>`;
    const bars = g.values.map((v, si) => {
      const y = y0 + 4 + si * barH;
      if (!v || !Number.isFinite(v.value)) return `<text x="${m.l + 4}" y="${y + barH - 3}" font-size="10" fill="#777">–</text>`;
      const x1 = sx(v.value);
      const whisker = v.low !== undefined && v.high !== undefined
        ? `<line x1="${sx(v.low).toFixed(1)}" y1="${y + barH / 2}" x2="${sx(v.high).toFixed(1)}" y2="${y + barH / 2}" stroke="#333"/>`
          + `<line x1="${sx(v.low).toFixed(1)}" y1="${y + 3}" x2="${sx(v.low).toFixed(1)}" y2="${y + barH - 3}" stroke="#333"/>`
          + `<line x1="${sx(v.high).toFixed(1)}" y1="${y + 3}" x2="${sx(v.high).toFixed(1)}" y2="${y + barH - 3}" stroke="#333"/>`
        : '';
      const textX = Math.max(x1, v.high !== undefined ? sx(v.high) : x1) + 4;
      return `<rect x="${m.l}" y="${y}" width="${Math.max(0, x1 - m.l).toFixed(1)}" height="${barH - 2}" fill="${COLORS[si % COLORS.length]}"/>`
        + whisker + `<text x="${textX.toFixed(1)}" y="${y + barH - 3}" font-size="10">${num(v.value)}</text>`;
    });
    return label + bars.join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="system-ui,sans-serif">`
    + `<text x="8" y="16" font-size="13" font-weight="600">${escapeHtml(o.title)}</text>`
    + axis + legend + rows.join('')
    + `<line x1="${m.l}" y1="${m.t - 4}" x2="${m.l}" y2="${H - m.b}" stroke="#888"/>`
    + (o.log ? `<text x="${W - m.r}" y="${H - 4}" font-size="10" text-anchor="end">log scale</text>` : '')
    + '</svg>';
}
