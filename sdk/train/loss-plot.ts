/**
 * Loss curves as PNG images, like LLaMA-Factory's `plot_loss` (`training_loss.png`,
 * `training_eval_loss.png`): the logged values (faded) and their TensorBoard-style smoothing, on
 * a 640x480 chart drawn as SVG by this module and rasterised offline by resvg.
 *
 * @example
 * await writeLossPng('out/lora/training_loss.png', [1, 2, 3], [2.1, 1.7, 1.5], { title: 'training loss of out/lora', ylabel: 'loss' });
 */
import { escapeHtml } from '../runtime/html.js';
import { writeFileAtomic } from '../runtime/fs.js';

/**
 * Exponential smoothing with LLaMA-Factory's weight (a sigmoid of the number of points), as
 * its `smooth()`.
 *
 * @example
 * smoothLoss([3, 2, 1]).length; // 3
 */
export function smoothLoss(values: number[]): number[] {
  if (values.length === 0) return [];
  const weight = 1.8 * (1 / (1 + Math.exp(-0.05 * values.length)) - 0.5);
  let last = values[0];
  return values.map((v) => (last = last * weight + (1 - weight) * v));
}

/** Round, readable tick values covering [lo, hi]. */
function ticks(lo: number, hi: number, count = 6): number[] {
  if (hi === lo) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** Options of the chart. @example const o: LossChartOptions = { title: 'training loss', ylabel: 'loss' }; */
export interface LossChartOptions {
  title: string;
  ylabel: string;
  xlabel?: string;
}

/**
 * The chart as an SVG document.
 *
 * @example
 * lossChartSvg([1, 2], [2, 1], { title: 't', ylabel: 'loss' }).startsWith('<svg'); // true
 */
export function lossChartSvg(steps: number[], values: number[], o: LossChartOptions): string {
  const W = 640;
  const H = 480;
  const m = { l: 80, r: 24, t: 48, b: 64 };
  const smooth = smoothLoss(values);
  const all = [...values, ...smooth];
  let [ylo, yhi] = [Math.min(...all), Math.max(...all)];
  if (yhi - ylo < 1e-9) [ylo, yhi] = [ylo - 0.5, yhi + 0.5];
  const pad = (yhi - ylo) * 0.05;
  [ylo, yhi] = [ylo - pad, yhi + pad];
  let [xlo, xhi] = [Math.min(...steps), Math.max(...steps)];
  if (xhi === xlo) [xlo, xhi] = [xlo - 1, xhi + 1];
  const x = (s: number) => m.l + ((s - xlo) / (xhi - xlo)) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - ((v - ylo) / (yhi - ylo)) * (H - m.t - m.b);
  const path = (vs: number[]) => vs.map((v, i) => `${i ? 'L' : 'M'}${x(steps[i]).toFixed(2)},${y(v).toFixed(2)}`).join(' ');
  const font = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"';
  const xt = ticks(xlo, xhi).filter((t) => t >= xlo && t <= xhi);
  const yt = ticks(ylo, yhi).filter((t) => t >= ylo && t <= yhi);
  const label = (v: number) => String(Number(v.toPrecision(4)));
  const dots = steps.length === 1 ? `<circle cx="${x(steps[0])}" cy="${y(values[0])}" r="3" fill="#1f77b4"/>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#ffffff"/>
<rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}" fill="none" stroke="#000000" stroke-width="1"/>
${xt.map((t) => `<line x1="${x(t)}" y1="${H - m.b}" x2="${x(t)}" y2="${H - m.b + 5}" stroke="#000"/><text x="${x(t)}" y="${H - m.b + 20}" font-size="12" text-anchor="middle" ${font}>${label(t)}</text>`).join('\n')}
${yt.map((t) => `<line x1="${m.l - 5}" y1="${y(t)}" x2="${m.l}" y2="${y(t)}" stroke="#000"/><line x1="${m.l}" y1="${y(t)}" x2="${W - m.r}" y2="${y(t)}" stroke="#dddddd"/><text x="${m.l - 8}" y="${y(t) + 4}" font-size="12" text-anchor="end" ${font}>${label(t)}</text>`).join('\n')}
<path d="${path(values)}" fill="none" stroke="#1f77b4" stroke-opacity="0.4" stroke-width="1.5"/>
<path d="${path(smooth)}" fill="none" stroke="#1f77b4" stroke-width="1.5"/>${dots}
<text x="${W / 2}" y="28" font-size="15" text-anchor="middle" ${font}>${escapeHtml(o.title)}</text>
<text x="${W / 2}" y="${H - 18}" font-size="13" text-anchor="middle" ${font}>${escapeHtml(o.xlabel ?? 'step')}</text>
<text x="22" y="${H / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 22 ${H / 2})" ${font}>${escapeHtml(o.ylabel)}</text>
<g transform="translate(${W - m.r - 130},${m.t + 12})"><rect width="120" height="44" fill="#ffffff" stroke="#cccccc"/>
<line x1="8" y1="14" x2="32" y2="14" stroke="#1f77b4" stroke-opacity="0.4" stroke-width="1.5"/><text x="38" y="18" font-size="12" ${font}>original</text>
<line x1="8" y1="32" x2="32" y2="32" stroke="#1f77b4" stroke-width="1.5"/><text x="38" y="36" font-size="12" ${font}>smoothed</text></g>
</svg>`;
}

/**
 * Render the chart to PNG bytes (resvg, prebuilt; fonts from the system when present).
 *
 * @example
 * const png = await lossChartPng([1, 2], [2, 1], { title: 't', ylabel: 'loss' }); // Uint8Array starting with \x89PNG
 */
export async function lossChartPng(steps: number[], values: number[], o: LossChartOptions): Promise<Uint8Array> {
  if (steps.length === 0 || steps.length !== values.length) throw new Error(`loss chart: ${steps.length} steps for ${values.length} values; expected at least one point each`);
  const { Resvg } = await import('@resvg/resvg-js');
  return new Uint8Array(new Resvg(lossChartSvg(steps, values, o), { background: '#ffffff' }).render().asPng());
}

/**
 * Write the chart as a PNG file (atomically, replacing only with `overwrite`).
 *
 * @example
 * await writeLossPng('out/run/training_loss.png', steps, losses, { title: 'training loss of out/run', ylabel: 'loss' });
 */
export async function writeLossPng(path: string, steps: number[], values: number[], o: LossChartOptions, opts: { overwrite?: boolean } = {}): Promise<void> {
  await writeFileAtomic(path, await lossChartPng(steps, values, o), opts);
}
