/**
 * CLI: regenerate the synthetic data under data/ (corpus, samples, pretraining text).
 *
 * Usage: npx tsx scripts/corpus/generate.ts [--count 360] [--seed 7] [--pretrain-bytes 1500000] [--out data] [--force]
 *
 * @example
 * npx tsx scripts/corpus/generate.ts --count 360 --seed 7 --force
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './write.js';

function parse() {
  try {
    return parseArgs({
      options: {
        count: { type: 'string', default: '360' },
        patients: { type: 'string' },
        seed: { type: 'string', default: '7' },
        'pretrain-bytes': { type: 'string', default: '1500000' },
        out: { type: 'string', default: 'data' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (e) {
    process.stderr.write(`generate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
}

const { values } = parse();

if (values.help) {
  process.stdout.write('Usage: tsx scripts/corpus/generate.ts [--count N] [--patients N] [--seed N] [--pretrain-bytes N] [--out dir] [--force]\n');
  process.exit(0);
}

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) {
    process.stderr.write(`--${name}: expected an integer, found "${v}"\n`);
    process.exit(2);
  }
  return Number(v);
}

try {
  const summary = await writeCorpus({
    count: int('count', values.count)!, patients: int('patients', values.patients), seed: int('seed', values.seed)!,
    pretrainBytes: int('pretrain-bytes', values['pretrain-bytes'])!, out: values.out!, overwrite: values.force!,
    progress: (msg) => process.stderr.write(`${msg}\n`),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} catch (e) {
  // Generated text is synthetic, but errors still name files and options only, never record text.
  process.stderr.write(`generate: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
