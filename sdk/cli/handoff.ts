/**
 * `medtune handoff --to llamafactory <config.yaml> --out <dir>`: the same training as a folder a
 * GPU cluster runs with LLaMA-Factory (data, dataset_info.json, translated config, DeepSpeed
 * ZeRO-2/3, run.sh). The data is loaded exactly as `medtune train` loads it; clinical data must
 * be de-identified first (`--deidentify`), or declared free of PHI (`--allow-identified`).
 *
 * @example
 * await run(['--to', 'llamafactory', 'train.yaml', '--out', 'handoff/', '--deidentify']);
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Dataset } from '../data/dataset.js';
import { stageDir, writeFileAtomic } from '../runtime/fs.js';
import { ignoredNotice, parseTrainConfig } from '../train/config.js';
import { checkStageRecords, chooseValidation } from '../train/fine-tune.js';
import { handoffFiles } from '../train/handoff.js';
import { loadConfigData, readConfigFile } from './train.js';

const HELP = `usage: medtune handoff --to llamafactory <config.yaml> --out <dir> [options]

Writes everything needed to run the same training on GPUs with LLaMA-Factory:
data/train.json (+ eval.json), data/dataset_info.json, config.yaml (LLaMA-Factory keys),
ds_z2_config.json and ds_z3_config.json (DeepSpeed ZeRO), run.sh (llamafactory-cli train through
torchrun; NNODES, NODE_RANK, MASTER_ADDR, MASTER_PORT for several machines), README.md, handoff.json.

options:
  --to llamafactory     the target (the only one for now)
  --out <dir>           the folder to write
  --deidentify          de-identify the records (mask mode) before they leave this machine
  --allow-identified    the data holds no PHI (public datasets): hand it over as it is
  --zero <2|3>          the DeepSpeed stage config.yaml names (default 2; run.sh takes DS_CONFIG)
  --force               replace --out
  -h, --help            this text`;

/** Run the command; resolves to the exit code. @example await run(['--to', 'llamafactory', 'cfg.yaml', '--out', 'h']) */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string' },
        out: { type: 'string' },
        deidentify: { type: 'boolean' },
        'allow-identified': { type: 'boolean' },
        zero: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`medtune handoff: ${(e as Error).message}; run 'medtune handoff --help' for the options`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const usage = (msg: string) => {
    console.error(`medtune handoff: ${msg}; run 'medtune handoff --help' for the options`);
    return 2;
  };
  if (values.to !== 'llamafactory') return usage(`--to found ${values.to === undefined ? 'nothing' : `'${values.to}'`}, expected llamafactory`);
  if (positionals.length !== 1) return usage(`expected one config file, found ${positionals.length}`);
  if (!values.out) return usage('--out found nothing, expected a folder');
  if (values.zero !== undefined && values.zero !== '2' && values.zero !== '3') return usage(`--zero found '${values.zero}', expected 2 or 3`);
  if (values.deidentify && values['allow-identified']) return usage('--deidentify and --allow-identified exclude each other');
  const file = positionals[0];
  const raw = await readConfigFile(file);
  const cfg = parseTrainConfig(raw, file);
  const notice = ignoredNotice(raw, file);
  if (notice) console.error(notice);
  // Refuse before the (long) load and de-identification when the folder is in the way.
  if (existsSync(values.out) && readdirSync(values.out).length && !values.force) {
    throw new Error(`${values.out} already exists; pass --force to replace it`);
  }
  const data = await loadConfigData(cfg, file);
  checkStageRecords(data.train, cfg.stage, file);
  let { train, val: evals } = chooseValidation(data.train, data.eval, cfg, file);
  let deidentified = data.provenance.deidentified;
  if (values.deidentify) {
    const counts: Record<string, number> = {};
    const run = (records: typeof train) => {
      const ds = Dataset.from(records, 'handoff').deidentify({ mode: 'mask' });
      for (const [k, n] of Object.entries(ds.deidReport?.counts ?? {})) counts[k] = (counts[k] ?? 0) + n;
      return [...ds.records];
    };
    train = run(train);
    evals = evals.length ? run(evals) : evals;
    deidentified = counts;
  }
  if (!deidentified && !values['allow-identified']) {
    throw new Error(
      `${file}: dataset: no record of de-identification for ${data.provenance.datasets.map((d) => d.name).join(', ')}; ` +
        'pass --deidentify to de-identify it now, or --allow-identified when it holds no patient data (public datasets)',
    );
  }
  const name = basename(file, extname(file));
  const files = handoffFiles(cfg, { train, eval: evals }, { deidentified, zero: values.zero === '3' ? 3 : 2, name, source: file });
  const stage = await stageDir(values.out, { overwrite: !!values.force });
  try {
    for (const [rel, content] of Object.entries(files)) await writeFileAtomic(join(stage.dir, rel), content);
    await stage.commit();
  } catch (e) {
    await stage.abort();
    throw e;
  }
  const { chmod } = await import('node:fs/promises');
  await chmod(join(values.out, 'run.sh'), 0o755);
  for (const rel of Object.keys(files)) console.log(join(values.out, rel));
  console.error(`handoff: ${train.length} training and ${evals.length} evaluation records; run ${join(values.out, 'run.sh')} on the GPU machine`);
  return 0;
}
