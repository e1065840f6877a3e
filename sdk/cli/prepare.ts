/**
 * `medtune prepare`: load, clean, (de-identify), build instructions, split and save a dataset.
 *
 * @example
 * await run(['--in', 'data/corpus/reports.jsonl', '--out', 'out/data', '--deidentify', '--seed', '7']);
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataset } from '../data/dataset.js';
import { TaskSchema, TASKS, type InstructionReport, type Task } from '../data/instructions.js';
import { FORMATS, type Format } from '../data/formats.js';
import { SPLITS } from '../data/split.js';

const HELP = `usage: medtune prepare --in <path> [--in <path> ...] --out <dir> [options]

Loads files or folders (.jsonl .json .csv .txt .pdf), cleans text and removes duplicates,
optionally de-identifies, builds instruction examples, splits by patient, and writes
train/val/test JSONL plus manifest.json to --out.

options:
  --in <path>           input file or folder (repeatable)
  --out <dir>           output folder
  --format <name>       force a JSON format: ${FORMATS.join(', ')}
  --metadata <file>     .jsonl/.csv mapping report id to patientId/reportType for .txt/.pdf inputs
  --tasks <a,b>         instruction tasks (default all): ${TASKS.join(', ')}
  --split <t,v,s>       train,val,test fractions (default 0.8,0.1,0.1)
  --seed <n>            split seed (default 42)
  --deidentify          remove PHI (mask mode) before building instructions
  --abbreviations       expand common clinical abbreviations while cleaning
  --skip-invalid        skip invalid records (listed in the manifest) instead of failing
  --max-record-bytes <n>  largest report (.txt file, JSONL line, record text) accepted (default 1000000)
  --system <text>       system prompt for every example
  --disclaimer          append the educational disclaimer to responses
  --force               overwrite existing output files
  -h, --help            show this help`;

/**
 * Run `prepare` with CLI arguments; resolves to the exit code.
 *
 * @example
 * await run(['--in', 'data/samples/medqa.jsonl', '--out', 'out/medqa', '--tasks', 'mcq']);
 */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: 'string', multiple: true },
        out: { type: 'string' },
        format: { type: 'string' },
        metadata: { type: 'string' },
        tasks: { type: 'string' },
        split: { type: 'string' },
        seed: { type: 'string' },
        deidentify: { type: 'boolean' },
        abbreviations: { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        'max-record-bytes': { type: 'string' },
        system: { type: 'string' },
        disclaimer: { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // node:util names the flag and what was wrong with it; point to the list of valid ones.
    console.error(`medtune prepare: ${(e as Error).message}; run 'medtune prepare --help' for the options`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.in?.length || !values.out) {
    console.error(`medtune prepare: found ${values.in?.length ? 'no --out' : 'no --in'}, expected --in <path> and --out <dir>; run 'medtune prepare --help' for the options`);
    return 2;
  }
  if (values.format && !(FORMATS as readonly string[]).includes(values.format)) {
    console.error(`medtune prepare: --format found '${values.format}', expected one of ${FORMATS.join(', ')}`);
    return 2;
  }
  let tasks: Task[] = [...TASKS];
  if (values.tasks) {
    tasks = [];
    for (const t of values.tasks.split(',').map((x) => x.trim()).filter(Boolean)) {
      const p = TaskSchema.safeParse(t);
      if (!p.success) {
        console.error(`medtune prepare: --tasks found '${t}', expected some of ${TASKS.join(', ')}`);
        return 2;
      }
      tasks.push(p.data);
    }
  }
  const fractions = (values.split ?? '0.8,0.1,0.1').split(',').map(Number);
  if (fractions.length !== 3 || fractions.some((f) => !Number.isFinite(f) || f < 0)) {
    console.error(`medtune prepare: --split found '${values.split}', expected three fractions like 0.8,0.1,0.1`);
    return 2;
  }
  // Same tolerance as the split step, checked here so a typo fails before any file is read.
  if (Math.abs(fractions[0] + fractions[1] + fractions[2] - 1) > 1e-6) {
    console.error(`medtune prepare: --split found '${values.split}' (sum ${Number((fractions[0] + fractions[1] + fractions[2]).toFixed(6))}), expected fractions that sum to 1`);
    return 2;
  }
  const seed = values.seed === undefined ? 42 : /^-?\d+$/.test(values.seed) ? Number(values.seed) : NaN;
  if (!Number.isInteger(seed)) {
    console.error(`medtune prepare: --seed found '${values.seed}', expected an integer`);
    return 2;
  }
  const maxBytes = values['max-record-bytes'];
  if (maxBytes !== undefined && !/^[1-9]\d*$/.test(maxBytes)) {
    console.error(`medtune prepare: --max-record-bytes found '${maxBytes}', expected a positive integer (bytes)`);
    return 2;
  }
  // Refuse before the (long) load/clean/de-identify work, not after it.
  const existing = [...SPLITS.map((n) => `${n}.jsonl`), 'manifest.json'].map((f) => join(values.out!, f)).find((f) => existsSync(f));
  if (existing && !values.force) {
    console.error(`medtune prepare: ${existing} already exists; pass --force to replace it`);
    return 1;
  }
  const loaded = await dataset(values.in, {
    onInvalid: values['skip-invalid'] ? 'skip' : 'error',
    ...(values.format ? { format: values.format as Format } : {}),
    ...(values.metadata ? { metadata: values.metadata } : {}),
    ...(maxBytes ? { maxRecordBytes: Number(maxBytes) } : {}),
  });
  console.error(`loaded ${loaded.size} records from ${values.in.join(', ')}${loaded.skipped.length ? `; skipped ${loaded.skipped.length} (see manifest.json)` : ''}`);
  let ds = loaded.clean({ abbreviations: !!values.abbreviations });
  const c = ds.lastReport('clean') as { counts: Record<string, number> };
  console.error(`clean: removed ${c.counts.exact} exact and ${c.counts.near} near duplicates, ${c.counts.empty} empty`);
  if (values.deidentify) {
    ds = ds.deidentify({ mode: 'mask' });
    const counts = Object.entries(ds.deidReport?.counts ?? {}).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
    console.error(`deidentify: ${counts || 'no PHI found'}`);
  }
  ds = ds.sections().toInstructions(tasks, { ...(values.system ? { system: values.system } : {}), disclaimer: !!values.disclaimer });
  const ir = ds.lastReport('toInstructions') as unknown as InstructionReport;
  for (const [task, e] of Object.entries(ir.noExample)) console.error(`instructions: ${e.count} records gave no '${task}' example (${e.reason})`);
  if (ds.size === 0) {
    // Empty splits would "succeed" and train on nothing: say what happened to every record instead.
    const why = [
      ...Object.entries(ir.noExample).map(([task, e]) => `${task}: ${e.count} records (${e.reason})`),
      ...Object.entries(ir.excluded).map(([kind, n]) => `${n} ${kind} records not covered by --tasks ${tasks.join(',')}`),
    ];
    console.error(
      `medtune prepare: no usable records: ${loaded.size} records loaded, ${c.counts.exact + c.counts.near + c.counts.empty} removed by clean, 0 instruction examples` +
        `${why.length ? ` (${why.join('; ')})` : ''}; expected at least one example: give reports with the sections the tasks need, or choose --tasks that fit the data`,
    );
    return 1;
  }
  const splits = ds.split({ train: fractions[0], val: fractions[1], test: fractions[2], seed });
  const manifest = await splits.save(values.out, { overwrite: !!values.force });
  for (const [file, f] of Object.entries(manifest.files)) console.log(`${values.out}/${file}\t${f.records} records\tsha256 ${f.sha256.slice(0, 12)}`);
  return 0;
}
