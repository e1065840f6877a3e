/**
 * HTML building blocks every phase's notebook views and reports share: escaping text and
 * attribute values, JSON that is safe inside a script element, and plotly.js inlined from the
 * installed `plotly.js-dist-min` (no CDN, so charts render offline).
 *
 * @example
 * const html = `${plotlyScript()}<p>${escapeHtml(title)}</p><script>const d = ${jsonForScript(data)};</script>`;
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML element content and for attribute values in either quote style.
 *
 * @example
 * escapeHtml(`<b title='x'>&"`); // '&lt;b title=&#39;x&#39;&gt;&amp;&quot;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * `JSON.stringify(value)` that can be placed inside a `<script>` element: every `<` becomes
 * `\u003c`, so a string holding `</script>` or `<!--` cannot end or alter the element.
 *
 * @example
 * `<script>Plotly.newPlot('c', ${jsonForScript(traces)});</script>`;
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A `<script>` element running `source`; every `</script` inside it is written `<\/script` (same
 * letter case, same JavaScript), so the element cannot end early.
 *
 * @example
 * inlineScript('document.title = "</script>";');
 */
export function inlineScript(source: string): string {
  return `<script type="text/javascript">${source.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

let plotlyElement: string | undefined;

/**
 * A `<script>` element with plotly.js inlined (`inlineScript`; about 4.8 MB, read once per
 * process). Include it once per page or notebook, before the charts.
 *
 * @example
 * tslab.display.html(plotlyScript());
 */
export function plotlyScript(): string {
  if (plotlyElement === undefined) {
    let path: string;
    try {
      path = createRequire(import.meta.url).resolve('plotly.js-dist-min');
    } catch {
      throw new Error('plotly.js-dist-min is not installed (needed to inline charts); run npm install');
    }
    plotlyElement = inlineScript(readFileSync(path, 'utf8'));
  }
  return plotlyElement;
}
