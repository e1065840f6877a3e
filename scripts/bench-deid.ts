/**
 * `npm run bench:deid`: quality and speed of the de-identification engine.
 *
 * Quality, on each annotated corpus (data/corpus/reports.jsonl, the hand-written hard cases in
 * data/deid/hard-cases.jsonl and data/deid/hard-cases-blind.jsonl, and a held-out corpus
 * regenerated with another seed by the corpus generator, whose texts were never inspected): entity-level recall/precision/F1 per
 * category and overall, "redacted" recall (covered by any category) and token-level figures.
 * Matching rules are documented in sdk/deid/evaluate.ts.
 * Speed: reports/s and MB/s in one thread (in-process) and across all cores (worker threads,
 * startup included), on data/corpus/reports.jsonl.
 *
 * Prints tables and writes out/bench/deid.json.
 *
 * @example
 * npx tsx scripts/bench-deid.ts [--heldout-seed 99] [--no-heldout] [--repeat 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PHI_CATEGORIES } from '../sdk/deid/categories.js';
import { deidentifyFile } from '../sdk/deid/batch.js';
import { createDeidentifier, findPhi } from '../sdk/deid/deidentifier.js';
import { DeidScorer, type DeidScores } from '../sdk/deid/evaluate.js';
import type { PhiSpan } from '../sdk/deid/span.js';
import { writeJsonAtomic } from '../sdk/runtime/fs.js';

interface Annotated {
  id: string;
  patientId?: string;
  text: string;
  phi: PhiSpan[];
}

const { values } = parseArgs({
  options: {
    'heldout-seed': { type: 'string', default: '99' },
    'no-heldout': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
    corpus: { type: 'string', default: 'data/corpus/reports.jsonl' },
    hard: { type: 'string', default: 'data/deid/hard-cases.jsonl' },
    blind: { type: 'string', default: 'data/deid/hard-cases-blind.jsonl' },
  },
});

function load(path: string): Annotated[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Annotated;
      if (typeof r.text !== 'string' || !Array.isArray(r.phi)) throw new Error(`${path}:${i + 1}: expected { text, phi[] }`);
      return r;
    });
}

function score(records: Annotated[]): DeidScores {
  const s = new DeidScorer();
  for (const r of records) s.add(r.id, r.text, r.phi, findPhi(r.text));
  return s.summary();
}

const pct = (x: number) => x.toFixed(3);

function table(name: string, s: DeidScores): string {
  const rows = [`\n${name}`, 'category       gold  pred  recall  precision  F1     redacted'];
  for (const c of PHI_CATEGORIES) {
    const v = s.perCategory[c];
    if (v.gold === 0 && v.predicted === 0) continue;
    rows.push(`${c.padEnd(13)} ${String(v.gold).padStart(5)} ${String(v.predicted).padStart(5)}  ${pct(v.recall)}   ${pct(v.precision)}     ${pct(v.f1)}  ${pct(v.gold ? v.redacted / v.gold : 1)}`);
  }
  const o = s.overall;
  rows.push(`${'OVERALL'.padEnd(13)} ${String(o.gold).padStart(5)} ${String(o.predicted).padStart(5)}  ${pct(o.recall)}   ${pct(o.precision)}     ${pct(o.f1)}  ${pct(o.gold ? o.redacted / o.gold : 1)}`);
  rows.push(`tokens: recall ${pct(s.tokens.recall)} precision ${pct(s.tokens.precision)} F1 ${pct(s.tokens.f1)}`);
  const short = PHI_CATEGORIES.filter((c) => s.perCategory[c].gold > 0 && s.perCategory[c].recall < 0.99);
  rows.push(`targets: recall >= 0.99 per category: ${short.length ? `NOT met for ${short.join(', ')}` : 'met'}; precision >= 0.95 overall: ${o.precision >= 0.95 ? 'met' : 'NOT met'}`);
  return rows.join('\n');
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: availableParallelism() };
  const quality: Record<string, DeidScores & { records: number }> = {};
  const corpus = load(values.corpus!);
  const t0 = performance.now();
  findPhi('warm up: Dr. Ana Ruiz, 03/14/2021'); // dictionaries load once per process
  results.dictionaryLoadMs = Math.round(performance.now() - t0);
  quality.corpus = { records: corpus.length, ...score(corpus) };
  console.log(table(`${values.corpus} (${corpus.length} reports; used while developing)`, quality.corpus));
  if (existsSync(values.hard!)) {
    const hard = load(values.hard!);
    quality.hardCases = { records: hard.length, ...score(hard) };
    console.log(table(`${values.hard} (${hard.length} hand-written hard cases; used while developing)`, quality.hardCases));
  }
  if (existsSync(values.blind!)) {
    const blind = load(values.blind!);
    quality.blindCases = { records: blind.length, ...score(blind) };
    // History, not this run: the two batches first scored R 0.900/P 0.958 and R 0.914/P 0.941 before generic
    // fixes. Kept out of the printed label so the output holds only figures measured now.
    console.log(table(`${values.blind} (${blind.length} hand-written cases written after the engine in two batches)`, quality.blindCases));
  }
  if (!values['no-heldout'] && existsSync('scripts/corpus/generate.ts')) {
    const dir = mkdtempSync(join(tmpdir(), 'deid-heldout-'));
    try {
      execFileSync('npx', ['tsx', 'scripts/corpus/generate.ts', '--seed', values['heldout-seed']!, '--out', dir, '--force'], { stdio: 'ignore' });
      const file = [join(dir, 'corpus', 'reports.jsonl'), join(dir, 'reports.jsonl')].find((f) => existsSync(f));
      if (file) {
        const held = load(file);
        quality.heldout = { records: held.length, ...score(held) };
        console.log(table(`held-out corpus, generator seed ${values['heldout-seed']} (${held.length} reports; never inspected)`, quality.heldout));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  results.quality = quality;

  // Throughput: in-process single thread, best of `repeat` runs.
  const repeat = Math.max(1, Number(values.repeat));
  const bytes = corpus.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const d = createDeidentifier({ mode: 'mask', seed: 1 });
    const t = performance.now();
    for (const r of corpus) d.process(r.text, { patientId: r.patientId ?? r.id });
    best = Math.min(best, performance.now() - t);
  }
  const single = { reportsPerSec: corpus.length / (best / 1000), mbPerSec: bytes / 1e6 / (best / 1000), ms: Math.round(best) };
  // All cores: the CLI path (streamed JSONL in/out, worker threads, startup included) on the corpus repeated `repeat` times.
  const dir = mkdtempSync(join(tmpdir(), 'deid-bench-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, Array.from({ length: repeat }, () => readFileSync(values.corpus!, 'utf8').trimEnd()).join('\n') + '\n');
  const workers = availableParallelism();
  const tw = performance.now();
  const rep = await deidentifyFile(input, join(dir, 'out.jsonl'), { mode: 'mask', seed: 1 }, { workers, overwrite: true });
  const wall = performance.now() - tw;
  rmSync(dir, { recursive: true, force: true });
  const multi = { workers, reportsPerSec: rep.records / (wall / 1000), mbPerSec: (bytes * repeat) / 1e6 / (wall / 1000), ms: Math.round(wall), records: rep.records };
  results.throughput = { singleThread: single, allCores: multi, corpusBytes: bytes };
  console.log(`\nthroughput (${corpus.length} reports, ${(bytes / 1e6).toFixed(2)} MB):`);
  console.log(`  1 thread (in-process):        ${single.reportsPerSec.toFixed(1)} reports/s, ${single.mbPerSec.toFixed(3)} MB/s`);
  console.log(`  ${workers} workers (CLI path, x${repeat}): ${multi.reportsPerSec.toFixed(1)} reports/s, ${multi.mbPerSec.toFixed(3)} MB/s (worker startup included)`);
  console.log(`  dictionary load: ${results.dictionaryLoadMs} ms`);
  await writeJsonAtomic('out/bench/deid.json', results, { overwrite: true });
  console.log('\nwrote out/bench/deid.json');
}

main().catch((e) => {
  console.error(`bench-deid: ${(e as Error).message}`);
  process.exitCode = 1;
});
