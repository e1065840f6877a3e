/**
 * Alignment feedback: per-step metric lines in metrics.jsonl and the SVG live chart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgLineChart } from '../../sdk/runtime/svg-chart.js';
import { alignLiveChart, alignMetricsLog } from '../../sdk/train/align-feedback.js';
import type { GrpoStepEvent } from '../../sdk/train/grpo.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-align-fb-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const step = (s: number): GrpoStepEvent => ({
  step: s, totalSteps: 4, loss: 0.1, rewards: { accuracy_reward: s / 4, format_reward: 1 }, reward: s / 4 + 0.5, rewardStd: 0.3,
  zeroStdFraction: 0, kl: 0.01 * s, clipLow: 0, clipHigh: 0, clipRatio: 0, completionLength: 5, truncatedFraction: 0,
});

describe('alignment feedback', () => {
  it('svgLineChart draws one polyline per series, escapes text and skips non-finite points', () => {
    const svg = svgLineChart({ title: 'a <b>', series: [{ name: 'x&y', points: [[1, 0], [2, NaN], [3, 1]] }, { name: 'empty', points: [] }] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('a &lt;b&gt;');
    expect(svg).toContain('x&amp;y');
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/points="([^"]+)"/)![1].split(' ')).toHaveLength(2);
  });

  it('alignMetricsLog appends grpo and dpo lines; alignLiveChart redraws every N steps and at the end', async () => {
    const path = join(dir, 'metrics.jsonl');
    writeFileSync(path, '{"type":"start"}\n');
    const log = alignMetricsLog(path);
    await log.onGrpoStep!(step(1));
    await log.onDpoStep!({ step: 1, totalSteps: 1, loss: 0.6, rewardAccuracy: 1, margin: 0.2, chosenReward: 0.1, rejectedReward: -0.1, chosenLogps: -5, rejectedLogps: -9 });
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['start', 'grpo', 'dpo']);
    expect(lines[1].rewards).toEqual({ accuracy_reward: 0.25, format_reward: 1 });
    const shown: string[] = [];
    const chart = alignLiveChart((h) => shown.push(h), { every: 3 });
    for (let s = 1; s <= 4; s++) await chart.onGrpoStep!(step(s));
    expect(shown).toHaveLength(2); // step 3 and the last step
    expect(shown[1]).toContain('accuracy_reward');
    expect(shown[1]).toContain('step 4/4');
    expect(shown[1].length).toBeLessThan(10_000); // small enough to redraw in a notebook
  });
});
