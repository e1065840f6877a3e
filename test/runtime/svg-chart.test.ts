import { describe, expect, it } from 'vitest';
import { svgBarChart, svgHistogram, svgLineChart } from '../../sdk/runtime/svg-chart.js';

const heights = (svg: string) => [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"/g)].map((m) => Number(m[1]));

describe('svg charts', () => {
  it('bars: one rect per value, heights proportional, grouped series side by side with a legend', () => {
    const svg = svgBarChart({ title: 'a & b', categories: ['x', 'y'], series: [{ name: 'base', values: [1, 2] }, { name: 'tuned', values: [4, 0] }] });
    expect(svg).toContain('a &amp; b');
    const h = heights(svg).slice(0, 4);
    expect(h[1] / h[0]).toBeCloseTo(2, 5);
    expect(h[2] / h[0]).toBeCloseTo(4, 5);
    expect(h[3]).toBe(0);
    expect(svg).toContain('>tuned</text>');
    expect(svg).toContain('<title>y · tuned: 0</title>');
  });

  it('bars: all-zero data keeps its axes and labels; bad values are refused by name', () => {
    const svg = svgBarChart({ title: 'pass rate', categories: ['jailbreak', 'dosing'], series: [{ name: 'rate', values: [0, 0] }] });
    expect(svg).toContain('>jailbreak</text>');
    expect(svg.match(/>0<\/text>/g)!.length).toBeGreaterThanOrEqual(3); // y tick 0 and two value labels
    expect(() => svgBarChart({ title: 't', categories: ['a'], series: [{ name: 's', values: [Number.NaN] }] })).toThrow(/series "s", category "a": found NaN/);
    expect(() => svgBarChart({ title: 't', categories: ['a', 'b'], series: [{ name: 's', values: [1] }] })).toThrow(/1 values for 2 categories/);
  });

  it('histogram: counts per shared bin sum to the finite values; non-finite ones are reported', () => {
    const values = [0, 1, 1, 2, 2, 2, 3, 3, 3, 3];
    const svg = svgHistogram({ title: 'h', groups: [{ name: 'g', values: [...values, Number.NaN] }], bins: 4, xLabel: 'len' });
    const counts = [...svg.matchAll(/<title>g: (\d+) in/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([1, 2, 3, 4]);
    expect(svg).toContain('len (1 non-finite value left out)');
    expect(() => svgHistogram({ title: 'h', groups: [], bins: 0 })).toThrow(/bins: found 0/);
  });

  it('line markers: a one-point series is drawn as a dot', () => {
    const svg = svgLineChart({ title: 't', series: [{ name: 'eval', points: [[4, 1.5]], markers: true }] });
    expect(svg.match(/<circle/g)).toHaveLength(1);
  });
});
