import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveChart } from '../../sdk/train/live-chart.js';
import { metricsLog } from '../../sdk/train/metrics-log.js';
import { formatDuration, progressBar } from '../../sdk/train/progress.js';
import { trainingReportHtml } from '../../sdk/train/report.js';
import { Rng, deriveSeed } from '../../sdk/runtime/random.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-feedback-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = { totalSteps: 10, stepsPerEpoch: 5, epochs: 2, trainableParams: 10, totalParams: 1000, startStep: 0 };
const step = { step: 3, totalSteps: 10, epoch: 0, loss: 1.23456, lr: 1e-4, gradNorm: 0.5, tokensPerSec: 321.4, etaSeconds: 75, elapsedSeconds: 30, tokensSeen: 900 };
const log = { step: 3, epoch: 0, loss: 1.2, lr: 1e-4, gradNorm: 0.5, tokensPerSec: 321, totalSteps: 10 };

describe('training feedback', () => {
  it('progress: plain lines without a TTY, a redrawn bar with one', () => {
    const out: string[] = [];
    const plain = progressBar({ stream: { write: (s: string) => out.push(s), isTTY: false } });
    plain.onStart!(start);
    plain.onStep!(step);
    plain.onLog!(log);
    expect(out[0]).toBe('train: 10 steps (5/epoch, 2 epochs), trainable 10 of 1,000 parameters (1.00%)\n');
    expect(out).toHaveLength(2); // steps are silent in plain mode; the log window prints
    expect(out[1]).toBe('train step 3/10 loss 1.2000 lr 1.00e-4 grad-norm 0.500 321 tok/s\n');
    const tty: string[] = [];
    const bar = progressBar({ stream: { write: (s: string) => tty.push(s), isTTY: true, columns: 200 } });
    bar.onStep!(step);
    expect(tty[0]).toMatch(/^\rtrain \[#{7}-{17}\] 3\/10 loss 1\.2346 lr 1\.00e-4 321 tok\/s ETA 1m15s/);
    expect(formatDuration(3725)).toBe('1h02m');
  });

  it('metrics log: JSONL lines, refuses to replace an old log unless asked, appends on resume', () => {
    const path = join(dir, 'm.jsonl');
    const m = metricsLog(path);
    m.onStart!(start);
    m.onLog!(log);
    m.onEval!({ step: 3, totalSteps: 10, loss: 2, perplexity: Math.exp(2), best: true });
    expect(readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l).type)).toEqual(['start', 'train', 'eval']);
    expect(() => metricsLog(path).onStart!(start)).toThrow(/already exists/);
    metricsLog(path).onStart!({ ...start, resumedFrom: 'x', startStep: 3 });
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(4);
    writeFileSync(path, 'old\n');
    metricsLog(path, { overwrite: true }).onStart!(start);
    expect(readFileSync(path, 'utf8')).not.toContain('old');
  });

  it('report: standalone HTML with plotly inlined and both curves', () => {
    const html = trainingReportHtml([{ step: 1, epoch: 0, loss: 2, lr: 1e-3 }, { step: 1, epoch: 0, evalLoss: 2.5 }], { title: 'run <1>', summary: { steps: 1 } });
    expect(html).toContain('<title>run &lt;1&gt;</title>');
    expect(html.length).toBeGreaterThan(1_000_000); // plotly.min.js is inside: renders offline
    expect(html).toContain('"name":"validation loss"');
    expect(html).toContain("Plotly.newPlot('lr'");
  });

  it('live chart: a line per evaluation, one SVG chart at the end with train and validation points', () => {
    const shown: string[] = [];
    const c = liveChart((h) => shown.push(h), { title: 'QLoRA <loss>' });
    c.onLog!(log);
    c.onEval!({ step: 3, totalSteps: 6, loss: 2, perplexity: 7.4, best: true });
    c.onLog!({ ...log, step: 6, loss: 1.1 });
    c.onEval!({ step: 6, totalSteps: 6, loss: 1.5, perplexity: 4.5, best: true });
    expect(shown).toHaveLength(2); // no chart yet: only the evaluation lines
    expect(shown[0]).toContain('step 3/6: validation loss 2.000, perplexity 7.40 (best so far)');
    c.onEnd!({ steps: 6 } as never);
    expect(shown).toHaveLength(3);
    const chart = shown[2];
    expect(chart.startsWith('<svg')).toBe(true);
    expect(chart).toContain('QLoRA &lt;loss&gt; (6 steps)');
    expect(chart.match(/<polyline/g)).toHaveLength(2); // train and validation curves
    expect(chart.match(/<circle/g)).toHaveLength(4); // 2 train + 2 validation markers
    expect(chart).not.toContain('<script');
  });

  it('live chart: everyLogs adds intermediate charts, the end does not repeat the last one', () => {
    const shown: string[] = [];
    const c = liveChart((h) => shown.push(h), { everyLogs: 1 });
    c.onLog!({ ...log, step: 1 });
    c.onLog!({ ...log, step: 2 });
    c.onEnd!({ steps: 2 } as never);
    expect(shown).toHaveLength(2);
    expect(shown[1]).toContain('step 2/10');
  });

  it('rng: state round-trips and seeds derive independently per epoch', () => {
    const r = new Rng(9);
    r.next();
    const copy = Rng.fromState(r.state());
    expect([r.next(), r.next()]).toEqual([copy.next(), copy.next()]);
    expect(new Rng(9).permutation(10)).toEqual(new Rng(9).permutation(10));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
  });
});
