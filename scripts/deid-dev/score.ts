/**
 * Developer tool: score annotated sets and list what the engine missed or over-removed, with context,
 * so a rule can be written from the pattern rather than the instance.
 *
 * It prints note text, so it only reads the project's own invented sets (`data/deid/*`) and the
 * shared development sets (`../shared/deid-dev/*`); any other folder is refused, because a real note
 * must never be echoed to a terminal or log.
 *
 * @example
 * npx tsx scripts/deid-dev/score.ts data/deid/dev-real-style-93                 # table
 * npx tsx scripts/deid-dev/score.ts --list miss --cat LOCATION data/deid/dev-real-style-9*
 * npx tsx scripts/deid-dev/score.ts --spans out/spans-before.tsv --dev --shared  # span dump for diffing
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findPhi } from '../../sdk/deid/deidentifier.js';
import { type GoldSet, SetScorer, loadDevSet } from '../../sdk/deid/dev-sets.js';
import type { DeidPreset } from '../../sdk/deid/options.js';
import { DEVELOPMENT_SETS, SHARED_SETS } from './sets.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    list: { type: 'string' }, // miss | fp
    cat: { type: 'string' },
    ctx: { type: 'string', default: '40' },
    preset: { type: 'string', default: 'recall' },
    dev: { type: 'boolean', default: false },
    shared: { type: 'boolean', default: false },
    spans: { type: 'string' },
  },
});

const allowedRoots = [resolve('data/deid'), resolve('../shared/deid-dev')];
const dirs = [...positionals, ...(values.dev ? DEVELOPMENT_SETS : []), ...(values.shared ? SHARED_SETS : [])];
if (dirs.length === 0) throw new Error('score.ts: expected one or more set folders (or --dev / --shared)');
for (const d of dirs) {
  if (!allowedRoots.some((r) => resolve(d).startsWith(`${r}/`))) {
    throw new Error(`score.ts: ${d} is not under data/deid or ../shared/deid-dev; this tool prints note text and only reads invented sets`);
  }
}
const preset = values.preset as DeidPreset;
const ctx = Number(values.ctx);
const oneLine = (s: string): string => s.replace(/\n/g, '⏎');
const spanLines: string[] = [];
const pct = (x: number): string => x.toFixed(3);

const total = new SetScorer();
for (const dir of dirs) {
  const set: GoldSet = loadDevSet(dir);
  const scorer = new SetScorer();
  for (const doc of set.docs) {
    const spans = findPhi(doc.text, { preset });
    scorer.add(doc, spans);
    total.add(doc, spans);
    if (values.spans) for (const s of spans) spanLines.push(`${set.name}\t${doc.id}\t${s.start}\t${s.end}\t${s.category}\t${oneLine(doc.text.slice(s.start, s.end))}`);
    if (!values.list) continue;
    const list = values.list === 'fp' ? scorer.falsePositives : scorer.misses;
    for (const m of list.filter((x) => x.id === doc.id && (!values.cat || x.category === values.cat))) {
      const before = oneLine(doc.text.slice(Math.max(0, m.start - ctx), m.start));
      const after = oneLine(doc.text.slice(m.end, m.end + ctx));
      console.log(`${set.name} ${m.id} ${m.category.padEnd(9)} ${before}[[${oneLine(doc.text.slice(m.start, m.end))}]]${after}`);
    }
  }
  const s = scorer.summary();
  const cats = Object.entries(s.perCategory).map(([k, v]) => `${k} ${pct(v.recall)} (${v.caught}/${v.gold})`).join('  ');
  console.log(`${set.name}: recall ${pct(s.required.recall)} precision ${pct(s.detected.precision)} over-removal ${pct(s.words.overRedaction)} | ${cats}`);
}
if (dirs.length > 1) {
  const s = total.summary();
  const cats = Object.entries(s.perCategory).map(([k, v]) => `${k} ${pct(v.recall)} (${v.caught}/${v.gold})`).join('  ');
  console.log(`ALL: recall ${pct(s.required.recall)} (${s.required.caught}/${s.required.gold}) precision ${pct(s.detected.precision)} over-removal ${pct(s.words.overRedaction)} | ${cats}`);
}
if (values.spans) writeFileSync(values.spans, `${spanLines.join('\n')}\n`);
