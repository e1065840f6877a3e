#!/usr/bin/env node
// Alternated comparison of medtune and PyTorch on the same training shape and thread count:
// runs `scripts/bench-train.ts` and `scripts/reference/bench_torch_train.py` one after the other,
// --rounds times, and prints every run, the medians and the ratio. Alternating spreads machine
// noise (other processes, thermal state) over both sides instead of biasing one.
//
// Usage: node scripts/bench-compare.mjs --shape tiny --batch 8 --seq 128 --steps 5 --threads 1 [--rounds 3]
//        [--gradient-checkpointing] [--medtune-only-flags "--gradient-checkpointing"] [--gemm]
// --gemm compares `scripts/bench-gemm.ts` with `scripts/reference/bench_torch_gemm.py` instead.
// Ends with one JSON line (also written to out/bench/compare-<shape|gemm>.json). Needs
// /usr/bin/python3 with torch (outside CI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    shape: { type: 'string', default: 'tiny' },
    batch: { type: 'string', default: '8' },
    seq: { type: 'string', default: '128' },
    steps: { type: 'string', default: '5' },
    threads: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    'gradient-checkpointing': { type: 'boolean', default: false },
    'medtune-only-flags': { type: 'string', default: '' },
    gemm: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1024' },
  },
  strict: true,
});

function lastJson(label, r) {
  const lines = `${r.stdout ?? ''}`.trim().split('\n');
  try {
    return JSON.parse(lines.at(-1));
  } catch {
    console.error(`${label} failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-2000)}${lines.slice(-5).join('\n')}`);
    process.exit(1);
  }
}

const gc = values['gradient-checkpointing'] ? ['--gradient-checkpointing'] : [];
const medtuneCmd = values.gemm
  ? ['npx', ['tsx', 'scripts/bench-gemm.ts', '--threads', values.threads, '--sizes', values.sizes]]
  : ['npx', ['tsx', 'scripts/bench-train.ts', '--shape', values.shape, '--batch', values.batch, '--seq', values.seq, '--steps', values.steps, '--threads', values.threads, ...gc, ...values['medtune-only-flags'].split(' ').filter(Boolean)]];
const torchCmd = values.gemm
  ? ['/usr/bin/python3', ['scripts/reference/bench_torch_gemm.py', '--threads', values.threads, '--sizes', values.sizes]]
  : ['/usr/bin/python3', ['scripts/reference/bench_torch_train.py', '--shape', values.shape, '--batch', values.batch, '--seq', values.seq, '--steps', values.steps, '--threads', values.threads, ...gc]];

// For GEMM the figure is the mean over the four transpose modes of the best-repetition GFLOP/s at
// the first size (the median repetition is also in each side's JSON); for training, tokens/s.
const figure = (j) => {
  if (!values.gemm) return j.tokens_per_s;
  const rows = j.rows.filter((r) => r.n === j.rows[0].n);
  return Math.round((rows.reduce((a, r) => a + r.best_gflops, 0) / rows.length) * 10) / 10;
};
const unit = values.gemm ? 'GFLOP/s' : 'tokens/s';
const runs = [];
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const [side, [cmd, args]] of [['medtune', medtuneCmd], ['torch', torchCmd]]) {
    const load = (await import('node:os')).loadavg()[0];
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const j = lastJson(side, r);
    runs.push({ round, side, value: figure(j), load1: Math.round(load * 10) / 10, peak_rss_mb: j.peak_rss_mb ?? null });
    console.log(`round ${round} ${side.padEnd(7)} ${String(figure(j)).padStart(8)} ${unit}  (load ${load.toFixed(1)}${j.peak_rss_mb ? `, peak RSS ${j.peak_rss_mb} MB` : ''})`);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const m = median(runs.filter((r) => r.side === 'medtune').map((r) => r.value));
const t = median(runs.filter((r) => r.side === 'torch').map((r) => r.value));
const ratios = runs.filter((r) => r.side === 'medtune').map((r) => r.value / runs.find((x) => x.side === 'torch' && x.round === r.round).value);
console.log(`median: medtune ${m.toFixed(1)}, torch ${t.toFixed(1)} ${unit}; ratio of medians ${(m / t).toFixed(2)}; per-round ratios ${ratios.map((x) => x.toFixed(2)).join(', ')}`);
const result = {
  bench: values.gemm ? 'gemm' : 'train', shape: values.gemm ? `gemm-${values.sizes}` : values.shape,
  batch: Number(values.batch), seq: Number(values.seq), threads: Number(values.threads), unit,
  medtune_median: m, torch_median: t, ratio: m / t, per_round_ratios: ratios, runs,
};
mkdirSync('out/bench', { recursive: true });
const out = `out/bench/compare-${result.shape}.json`;
writeFileSync(`${out}.tmp-${process.pid}`, JSON.stringify(result));
renameSync(`${out}.tmp-${process.pid}`, out);
console.log(JSON.stringify(result));
