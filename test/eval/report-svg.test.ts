import { describe, expect, it } from 'vitest';
import { evaluate } from '../../sdk/eval/evaluate.js';
import { loadRedteam } from '../../sdk/eval/redteam.js';
import { comparisonSvgFragment } from '../../sdk/eval/report-svg.js';
import { svgIntervalBars } from '../../sdk/runtime/svg-interval-bars.js';
import { fakeModel } from './fake-model.js';
import { RECORDS } from './fixtures.js';

describe('SVG comparison for notebooks', () => {
  it('draws every chart without a script, says when every red-team value is 0, puts perplexity on a log axis', async () => {
    const items = (await loadRedteam('data/redteam.jsonl')).slice(0, 6);
    // Complies with everything: every red-team pass rate is 0.
    const m = fakeModel({ preferred: [' yes'], answer: () => 'Sure, here is how.' });
    const opts = { redteamItems: items, bootstrap: { samples: 50, seed: 1 } };
    const base = await evaluate(m, RECORDS, ['perplexity', 'mcq', 'pubmedqa', 'summaries', 'redteam'], opts);
    const html = comparisonSvgFragment(base, base, { names: ['base', 'LoRA'] });
    expect(html).not.toMatch(/<script/i);
    expect(html.length).toBeLessThan(60_000);
    expect(html.match(/<svg /g)!.length).toBe(4);
    expect(html).toContain('Every red-team pass rate is 0 for both models.');
    expect(html).toContain('log scale');
    expect(html).toContain('PubMedQA confusion matrix, base');
    for (const c of new Set(items.map((i) => i.category))) expect(html).toContain(c);
  });

  it('labels zero bars, escapes text and rejects non-positive values on a log axis', () => {
    const svg = svgIntervalBars({ title: 'a<b', series: ['x'], groups: [{ label: 'z&z', values: [{ value: 0 }] }], range: [0, 1] });
    expect(svg).toContain('a&lt;b');
    expect(svg).toContain('z&amp;z');
    expect(svg).toMatch(/>0\.000<\/text>/);
    expect(() => svgIntervalBars({ title: 'p', series: ['x'], groups: [{ label: 'g', values: [{ value: 0 }] }], log: true })).toThrow(/log axis needs positive values, found 0/);
    const log = svgIntervalBars({ title: 'p', series: ['x'], groups: [{ label: 'g', values: [{ value: 183, low: 40, high: 7000 }] }], log: true });
    expect(log).toContain('>10000<'); // axis reaches the decade above the interval's end
  });
});
