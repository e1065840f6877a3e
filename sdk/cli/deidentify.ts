/**
 * `medtune deidentify`: remove PHI from a JSONL file, a .txt file or a folder of .txt files.
 * The chosen text field is replaced, every other field is kept, one output line per input record
 * in the same order. Progress and the per-category report go to stderr; no record text is ever
 * printed.
 *
 * @example
 * await run(['--in', 'data/corpus/reports.jsonl', '--out', 'out/clean.jsonl', '--mode', 'surrogate', '--seed', '7']);
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ExistsError, assertWritable, writeJsonAtomic } from '../runtime/fs.js';
import { deidentifyFile } from '../deid/batch.js';
import { INPUT_ENCODINGS } from '../deid/input.js';
import { PHI_CATEGORIES, PhiCategory } from '../deid/categories.js';
import { DeidMode, DeidPreset, KeepKind } from '../deid/options.js';

const HELP = `usage: medtune deidentify --in <file.jsonl | file.txt | folder> --out <file.jsonl> [options]

Remove protected health information (HIPAA Safe Harbor identifiers) from reports.

options:
  --in <path>          input: JSONL (one JSON object per line), a .txt file, or a folder of .txt files
  --out <file>         output JSONL (written atomically)
  --mode <mode>        mask (default: [NAME]) | tag (<NAME>...</NAME>) | surrogate (realistic fakes)
  --field <name>       JSON field holding the text (default: text)
  --encoding <name>    input text encoding: utf8 (default; invalid bytes are an error naming file,
                       line and byte) | latin1 (ISO-8859-1, as pandas reads it)
  --seed <value>       seed for surrogates and date shifts (default: random; printed so runs can be repeated)
  --categories <list>  comma-separated subset of: ${PHI_CATEGORIES.join(',')}
  --preset <name>      recall (default: any capitalised or name-position word outside the safe
                       vocabularies is removed) | balanced (such a word also needs name/place evidence)
  --keep <list>        kinds Safe Harbor does not require removing, kept: facility (hospital/clinic names)
  --audit              count leftover name-, date- and number-like tokens per record, flag records for
                       review, and write <out>.audit.json (record ids and counts only, never text)
  --shift-min <days>   earliest date shift in surrogate mode (default -365)
  --shift-max <days>   latest date shift in surrogate mode (default -1)
  --workers <n>        worker threads (default: ${availableParallelism()}, the available cores)
  --force              replace --out if it exists
  -h, --help           show this help`;

/** A usage error: printed as one line, exit code 2. */
class UsageError extends Error {}

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw new UsageError(`--${name} must be an integer, got '${v}'`);
  return Number(v);
}

const SEE_HELP = "run 'medtune deidentify --help' for the options";

/**
 * Run the command; resolves to the exit code (0 done, 1 failed on the input, 2 bad usage).
 *
 * @example
 * await run(['--in', 'notes/', '--out', 'out/notes.jsonl', '--mode', 'tag']);
 */
export async function run(argv: string[]): Promise<number> {
  try {
    return await runChecked(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`medtune deidentify: ${e.message}; ${SEE_HELP}`);
    return 2;
  }
}

async function runChecked(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        mode: { type: 'string' },
        field: { type: 'string' },
        encoding: { type: 'string' },
        seed: { type: 'string' },
        categories: { type: 'string' },
        preset: { type: 'string' },
        keep: { type: 'string' },
        audit: { type: 'boolean' },
        'shift-min': { type: 'string' },
        'shift-max': { type: 'string' },
        workers: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.in || !values.out) throw new UsageError(`found no ${values.in ? '--out' : '--in'}, expected both --in and --out`);
  const mode = DeidMode.safeParse(values.mode ?? 'mask');
  if (!mode.success) {
    console.error(`medtune deidentify: --mode must be one of mask, tag, surrogate; got '${values.mode}'`);
    return 2;
  }
  let categories: PhiCategory[] | undefined;
  if (values.categories) {
    categories = [];
    for (const c of values.categories.split(',').map((s) => s.trim().toUpperCase())) {
      const p = PhiCategory.safeParse(c);
      if (!p.success) {
        console.error(`medtune deidentify: unknown category '${c}'; expected some of ${PHI_CATEGORIES.join(', ')}`);
        return 2;
      }
      categories.push(p.data);
    }
  }
  const preset = DeidPreset.safeParse(values.preset ?? 'recall');
  if (!preset.success) throw new UsageError(`--preset must be one of ${DeidPreset.options.join(', ')}; got '${values.preset}'`);
  const keep: KeepKind[] = [];
  for (const k of (values.keep ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    const p = KeepKind.safeParse(k);
    if (!p.success) throw new UsageError(`--keep: unknown kind '${k}'; expected some of ${KeepKind.options.join(', ')}`);
    keep.push(p.data);
  }
  const wanted: string = values.encoding ?? 'utf8';
  const encoding = INPUT_ENCODINGS.find((e) => e === wanted);
  if (!encoding) throw new UsageError(`--encoding found '${values.encoding}', expected ${INPUT_ENCODINGS.join(' or ')}`);
  const workers = int('workers', values.workers);
  if (workers !== undefined && workers < 1) {
    console.error('medtune deidentify: --workers must be at least 1');
    return 2;
  }
  const min = int('shift-min', values['shift-min']) ?? -365;
  const max = int('shift-max', values['shift-max']) ?? -1;
  if (min > max) throw new UsageError(`--shift-min ${min} is after --shift-max ${max}; expected min <= max`);
  const seed = values.seed === undefined ? undefined : /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  try {
    // Refuse before any work when the audit file would be overwritten without --force.
    if (values.audit) assertWritable(`${values.out}.audit.json`, { overwrite: values.force ?? false });
    const report = await deidentifyFile(
      values.in,
      values.out,
      { mode: mode.data, categories, seed, dateShiftDays: { min, max }, preset: preset.data, keep, audit: values.audit ?? false },
      {
        field: values.field ?? 'text',
        encoding,
        workers,
        overwrite: values.force ?? false,
        onProgress: ({ records, bytes, elapsedMs }) => {
          const s = Math.max(elapsedMs, 1) / 1000;
          console.error(`deidentify: ${records} records, ${(bytes / 1e6).toFixed(2)} MB, ${(records / s).toFixed(0)} records/s`);
        },
      },
    );
    const found = Object.entries(report.counts)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${c}=${n}`)
      .join(' ');
    console.error(`deidentify: wrote ${report.records} records to ${values.out} (mode ${mode.data}, preset ${preset.data}, seed ${report.seed}); spans: ${found || 'none'}`);
    if (report.audit) {
      const a = report.audit;
      const auditPath = `${values.out}.audit.json`;
      await writeJsonAtomic(auditPath, { preset: preset.data, records: report.records, ...a }, { overwrite: values.force ?? false });
      console.error(
        `deidentify: audit: ${a.flaggedRecords} of ${report.records} records flagged for review; leftover tokens that look like names ${a.leftover.names}, dates ${a.leftover.dates}, long numbers ${a.leftover.numbers}; ids in ${auditPath}`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof ExistsError) {
      console.error(`medtune deidentify: ${e.path} already exists; pass --force to replace it`);
      return 1;
    }
    console.error(`medtune deidentify: ${(e as Error).message}`);
    return 1;
  }
}
