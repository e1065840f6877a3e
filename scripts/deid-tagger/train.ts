/**
 * Train the de-identification tagger on annotated sets and write data/deid/tagger/tagger.bin.gz.
 *
 *   npx tsx scripts/deid-tagger/train.ts --force            # train on the default sets, write the model
 *   npx tsx scripts/deid-tagger/train.ts --loso             # leave-one-set-out: train without each set, score on it
 *   npx tsx scripts/deid-tagger/train.ts --loso --hold dev-real-style-12   # the same, leaving out only the sets named
 *   npx tsx scripts/deid-tagger/train.ts --eval <dir>       # train on the default sets, score a set not among them
 *
 * Leave-one-set-out is the honest figure for a tagger trained on development sets: each set is
 * scored by a model that never saw it (the rules, though, were written while reading these sets).
 * It prints, per decision margin, recall / precision / over-redaction summed over the left-out sets,
 * next to the rules alone; the margins of the two presets are chosen from that table.
 */
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { compileDetector, detectPhi, ruleCandidates } from '../../sdk/deid/engine.js';
import { type GoldSet, loadDevSet, SetScorer } from '../../sdk/deid/dev-sets.js';
import type { DeidPreset } from '../../sdk/deid/options.js';
import { saveTagger, type TaggerHeader, type TaggerModel } from '../../sdk/deid/tagger/model-file.js';
import type { Perceptron } from '../../sdk/deid/tagger/perceptron.js';
import { taggerExample } from '../../sdk/deid/tagger/recognize.js';
import { type TagExample, trainTagger } from '../../sdk/deid/tagger/tagger.js';
import { DEVELOPMENT_SETS } from '../deid-dev/sets.js';

// Decision margins (score of NAME/LOCATION over O) of the presets; chosen from the --loso table.
const MARGINS: Record<DeidPreset, number> = { recall: -16, balanced: 0 };
// Passes over the data. With sixteen sets the held-out error stopped falling after a few; on 201 sets (stop 54: trained
// without -203 to -208, scored on them) 8, 12, 16, 24 and 32 passes read 0.9367, 0.9386, 0.9406, 0.9404 and 0.9416 recall
// at the same precision, so 16 (training takes twice as long as at 8).
const EPOCHS = 16;
// 2^20 feature rows. With sixteen training sets the perceptron kept ~35k non-zero rows and 2^16 did as well as more; on
// 197 sets (stop 53: trained without -199 to -204, scored on them) 2^16, 2^18 and 2^20 rows read 0.964/0.988/0.978/0.968/
// 0.888/0.854, 0.974/0.989/0.983/0.970/0.904/0.863 and 0.975/0.988/0.985/0.972/0.918/0.874 at about the same precision: the
// hashed features had begun to collide. The file is 4.5 MB; throughput per thread did not fall measurably.
const BITS = 20;
const SEED = 20261201;
// Margins tried by --loso and --eval.
const TRY_MARGINS = [-32, -24, -20, -16, -12, -8, -6, -4, -2, 0, 2, 4, 8, 16];
// Share of rule codes hidden while training (tagger.ts says why); chosen on fresh development sets.
const RULE_DROPOUT = 0.5;

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    out: { type: 'string', default: 'data/deid/tagger/tagger.bin.gz' },
    force: { type: 'boolean', default: false },
    loso: { type: 'boolean', default: false },
    hold: { type: 'string', multiple: true },
    eval: { type: 'string', multiple: true },
    epochs: { type: 'string', default: String(EPOCHS) },
    bits: { type: 'string', default: String(BITS) },
    'rule-dropout': { type: 'string', default: String(RULE_DROPOUT) },
  },
});
const epochs = Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`--epochs: "${values.epochs}" is not a positive integer`);
const bits = Number(values.bits);
if (!Number.isInteger(bits) || bits < 10 || bits > 24) throw new Error(`--bits: "${values.bits}" is not an integer from 10 to 24`);
const ruleDropout = Number(values['rule-dropout']);
if (!(ruleDropout >= 0 && ruleDropout < 1)) throw new Error(`--rule-dropout: "${values['rule-dropout']}" is not a number in [0, 1)`);

const sets: GoldSet[] = (values.set ?? DEVELOPMENT_SETS).map((dir) => loadDevSet(dir));
const examples = new Map<GoldSet, TagExample[]>();
for (const set of sets) {
  examples.set(
    set,
    set.docs.map((d) => taggerExample(d.text, d.gold, ruleCandidates(d.text, 'recall'))),
  );
  process.stderr.write(`read ${set.name}: ${set.docs.length} notes\n`);
}
if (sets.every((s) => s.docs.length === 0)) throw new Error('no annotated notes in the training sets; expected notes.jsonl and gold.jsonl in each --set folder');

function train(from: GoldSet[]): Perceptron {
  return trainTagger(
    from.flatMap((s) => examples.get(s) ?? []),
    { epochs, bits, seed: SEED, ruleDropout, onEpoch: (e, err) => process.stderr.write(`  epoch ${e}/${epochs}: ${(err * 100).toFixed(2)}% of labelled words wrong\n`) },
  );
}

function header(from: GoldSet[]): TaggerHeader {
  return {
    format: 1,
    margins: MARGINS,
    trainedOn: from.map((s) => ({ set: s.name, notes: s.docs.length, spans: s.docs.reduce((n, d) => n + d.gold.filter((g) => g.required).length, 0) })),
    epochs,
    seed: SEED,
    ruleDropout,
  };
}

/** Score `docs` with the rules alone and with the tagger at each margin, into `scorer(key)`. */
function scoreHeld(model: Perceptron, docs: GoldSet['docs'], scorer: (key: string) => SetScorer): void {
  for (const preset of ['recall', 'balanced'] as DeidPreset[]) {
    const none = { ...compileDetector({ preset }), tagger: null };
    const tagged = TRY_MARGINS.map((m): [number, TaggerModel] => [m, { ...header([]), margins: { recall: m, balanced: m }, model }]);
    for (const d of docs) {
      scorer(`${preset} rules`).add(d, detectPhi(d.text, none));
      for (const [m, t] of tagged) scorer(`${preset} margin ${m}`).add(d, detectPhi(d.text, { ...none, tagger: t }));
    }
  }
}

function report(scorers: Map<string, SetScorer>, what: string[]): void {
  const rows = [...scorers].map(([k, s]) => {
    const r = s.summary();
    return { key: k, recall: +r.required.recall.toFixed(4), precision: +r.detected.precision.toFixed(4), overRedaction: +r.words.overRedaction.toFixed(4), name: +(r.perCategory.NAME?.recall ?? 0).toFixed(4), location: +(r.perCategory.LOCATION?.recall ?? 0).toFixed(4) };
  });
  for (const r of rows) console.log(`${r.key.padEnd(22)} recall ${r.recall.toFixed(4)}  NAME ${r.name.toFixed(4)}  LOCATION ${r.location.toFixed(4)}  precision ${r.precision.toFixed(3)}  over-redaction ${(r.overRedaction * 100).toFixed(2)}%`);
  for (const preset of ['recall', 'balanced'] as DeidPreset[]) {
    const s = scorers.get(`${preset} margin ${MARGINS[preset]}`)?.summary();
    if (s) console.log(`${preset} at its margin ${MARGINS[preset]}, by category: ${Object.entries(s.perCategory).map(([c, x]) => `${c} ${x.recall.toFixed(3)} (${x.gold})`).join(', ')}`);
  }
  console.log(JSON.stringify({ scored: what, rows }));
}

function scorerMap(): [Map<string, SetScorer>, (key: string) => SetScorer] {
  const scorers = new Map<string, SetScorer>();
  return [
    scorers,
    (key) => {
      let s = scorers.get(key);
      if (!s) scorers.set(key, (s = new SetScorer()));
      return s;
    },
  ];
}

if (values.loso) {
  const [scorers, scorer] = scorerMap();
  const heldSets = values.hold ? sets.filter((s) => values.hold?.some((h) => basename(h) === basename(s.path))) : sets;
  if (values.hold && heldSets.length !== values.hold.length) throw new Error(`--hold: ${values.hold.join(', ')}; expected names of training sets (${sets.map((s) => basename(s.path)).join(', ')})`);
  for (const held of heldSets) {
    process.stderr.write(`without ${held.name}:\n`);
    scoreHeld(train(sets.filter((s) => s !== held)), held.docs, scorer);
  }
  report(scorers, heldSets.map((s) => basename(s.path)));
} else if (values.eval) {
  const model = train(sets);
  for (const dir of values.eval) {
    const held = loadDevSet(dir);
    if (sets.some((s) => s.path === held.path)) throw new Error(`--eval ${dir}: the set is also a training set; a figure on it would not be held out`);
    const [scorers, scorer] = scorerMap();
    scoreHeld(model, held.docs, scorer);
    console.log(`${held.name} (not trained on):`);
    report(scorers, [basename(held.path)]);
  }
} else {
  const model = train(sets);
  await saveTagger(values.out, header(sets), model, values.force);
  console.log(`wrote ${values.out} (trained on ${sets.map((s) => s.name).join(', ')})`);
}
