/**
 * The fluent, immutable `Dataset`: every step returns a new Dataset and appends to `.history`
 * (step, options, records in/out, counts), so a notebook can chain and inspect between steps.
 * Showing a dataset in a notebook lives in ./notebook.ts; fine-tuning (`splits.lora()`) is
 * attached by sdk/train, which builds on this layer.
 *
 * `dataset()` is async (it reads files); every later step is synchronous and in memory, so
 * `(await dataset('data/corpus/reports.jsonl')).clean().sections().toInstructions().split()` reads as one chain.
 *
 * @example
 * const ds = await dataset('data/corpus/reports.jsonl');
 * const splits = ds.clean().sections().toInstructions(['impression', 'abnormal_labs']).split({ seed: 1 });
 * await splits.save('out/data');
 */
import { cleanRecords, type CleanOptions } from './clean.js';
import type { SkipEntry } from './errors.js';
import { toInstructions, TASKS, type InstructionOptions, type Task } from './instructions.js';
import { loadRecords, type DatasetOptions } from './load.js';
import { mixRecords, type MixOptions } from './mix.js';
import { mapText, RecordSchema, recordText, type DataRecord } from './records.js';
import { saveRecords, type Manifest } from './save.js';
import { splitSections } from './sections.js';
import { splitRecords, SPLITS, type SplitName, type SplitOptions } from './split.js';
import { datasetHtml, recordsDataFrame, showHtml, splitsHtml } from './notebook.js';
import { computeStats, previewRows, type DatasetStats, type PreviewRow } from './stats.js';
import type { WriteOptions } from '../runtime/fs.js';
import { createDeidentifier, type DeidOptionsInput, type DeidReport } from '../deid/index.js';

/** One applied step, as listed in `.history` and in saved manifests (no record text). @example ds.history.map((s: Step) => `${s.step}: ${s.input} -> ${s.output}`); */
export interface Step {
  step: string;
  options: unknown;
  input: number;
  output: number;
  details?: Record<string, unknown>;
}

/** Options made JSON-safe for history/manifests: functions are named, not serialised. */
function describeOptions(o: unknown): unknown {
  return JSON.parse(JSON.stringify(o ?? {}, (_k, v) => (typeof v === 'function' ? `[function ${v.name || 'anonymous'}]` : v)));
}

interface State {
  history: readonly Step[];
  skipped: readonly SkipEntry[];
}

/**
 * An immutable list of records plus how it was made.
 *
 * @example
 * const ds = Dataset.from([{ kind: 'report', id: 'r1', source: { file: 'mem', format: 'txt' }, meta: {}, text: 'FINDINGS: clear.' }]);
 * ds.sections().records[0]; // has sections.findings
 */
export class Dataset {
  /** Skipped inputs from loading (with `onInvalid: 'skip'`), each with file/line/field and why. */
  readonly skipped: readonly SkipEntry[];
  /** Steps applied, oldest first. */
  readonly history: readonly Step[];

  constructor(readonly records: readonly DataRecord[], state: Partial<State> = {}) {
    this.history = state.history ?? [];
    this.skipped = state.skipped ?? [];
  }

  /**
   * A Dataset from records in memory; each is validated (strict schema) and errors name the index and field.
   *
   * @example
   * Dataset.from(records, 'unit-test');
   */
  static from(records: readonly unknown[], label = 'memory'): Dataset {
    const parsed = records.map((r, i) => {
      const res = RecordSchema.safeParse(r);
      if (!res.success) {
        const issue = res.error.issues[0];
        throw new Error(`Dataset.from: record ${i}: field '${issue.path.join('.')}': ${issue.message}`);
      }
      return res.data;
    });
    return new Dataset(parsed, { history: [{ step: 'from', options: { label }, input: records.length, output: parsed.length }] });
  }

  /** Number of records. */
  get size(): number {
    return this.records.length;
  }

  [Symbol.iterator](): Iterator<DataRecord> {
    return this.records[Symbol.iterator]();
  }

  /** A new Dataset with `records`, this one's state and one more history step. */
  protected next(records: readonly DataRecord[], step: string, options: unknown, details?: Record<string, unknown>): Dataset {
    return new Dataset(records, {
      history: [...this.history, { step, options: describeOptions(options), input: this.size, output: records.length, ...(details ? { details } : {}) }],
      skipped: this.skipped,
    });
  }

  /**
   * Normalise text (Unicode, whitespace, units, optional abbreviations) and remove duplicates.
   * Run it before `.toInstructions()`: examples built from one source (e.g. successive turns of
   * one conversation) share most of their text and would be removed as near-duplicates.
   *
   * @example
   * ds.clean({ abbreviations: true, dedup: { threshold: 0.85 } }).lastReport('clean');
   */
  clean(options: CleanOptions = {}): Dataset {
    const { records, report } = cleanRecords(this.records, options);
    return this.next(records, 'clean', options, { ...report } as unknown as Record<string, unknown>);
  }

  /**
   * Split report text into named sections (history, symptoms, findings, labs, impression, recommendations).
   *
   * @example
   * ds.sections().stats();
   */
  sections(): Dataset {
    const found: Record<string, number> = {};
    let none = 0;
    const records = this.records.map((r) => {
      if (r.kind !== 'report') return r;
      const sections = splitSections(r.text);
      const names = Object.keys(sections);
      if (names.length === 0) none++;
      for (const n of names) found[n] = (found[n] ?? 0) + 1;
      return { ...r, sections };
    });
    return this.next(records, 'sections', {}, { reportsWithSection: found, reportsWithoutSections: none });
  }

  /**
   * Remove PHI from every text field (and string `meta` values, which carry extra CSV/JSON
   * columns) with one Deidentifier per call, scoped by patient so surrogates and date shifts are
   * consistent per patient. The step records counts per category only; the seed and deny-list
   * terms are not written to the history (they would help reverse the shift or are PHI themselves).
   *
   * @example
   * const clean = ds.deidentify({ mode: 'surrogate', seed: process.env.DEID_SEED });
   * clean.deidReport?.counts.NAME;
   */
  deidentify(options: DeidOptionsInput = {}): Dataset {
    const d = createDeidentifier(options);
    // Keys written by medtune itself hold ids and source names, not free text.
    const own = new Set(['from', 'mixSource']);
    const records = this.records.map((r) => {
      // recordId names the record in the residual-risk audit (`audit: true`), never its text.
      const scope = { patientId: r.patientId ?? r.id, recordId: r.id };
      const out = mapText(r, (t) => d.process(t, scope).text);
      // Strings nested in arrays/objects of meta (e.g. an extra `notes: [...]` column) are text too.
      const clean = (v: unknown): unknown =>
        typeof v === 'string' ? d.process(v, scope).text
          : Array.isArray(v) ? v.map(clean)
            : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]))
              : v;
      const meta = Object.fromEntries(Object.entries(r.meta).map(([k, v]) => [k, own.has(k) ? v : clean(v)]));
      return { ...out, meta };
    });
    const { seed, denyList, ...rest } = options;
    const logged = { ...rest, ...(seed !== undefined ? { seed: '[set]' } : {}), ...(denyList ? { denyList: `[${denyList.length} terms]` } : {}) };
    // The de-identifier counts texts processed (one per field); the report counts records.
    const report = d.report();
    return this.next(records, 'deidentify', logged, { report: { ...report, records: records.length }, texts: report.records });
  }

  /** Counts per PHI category from the most recent `.deidentify()` (undefined if none ran). */
  get deidReport(): DeidReport | undefined {
    return this.lastReport('deidentify')?.report as DeidReport | undefined;
  }

  /**
   * Instruction records for the given tasks (default: all). Reports lacking the sections a task
   * needs are listed in the step details (`noExample`), never dropped silently.
   *
   * @example
   * ds.toInstructions(['mcq', 'pubmedqa'], { system: 'You are a medical tutor.', disclaimer: true });
   */
  toInstructions(tasks: readonly Task[] = TASKS, options: InstructionOptions = {}): Dataset {
    const { records, report } = toInstructions(this.records, tasks, options);
    return this.next(records, 'toInstructions', { tasks, ...options }, { ...report } as unknown as Record<string, unknown>);
  }

  /**
   * Keep the records for which `keep` is true; the count removed is recorded under `label`.
   *
   * @example
   * ds.filter((r) => r.kind === 'report', 'reports only');
   */
  filter(keep: (r: DataRecord) => boolean, label = 'filter'): Dataset {
    const records = this.records.filter(keep);
    return this.next(records, 'filter', { label }, { removed: this.size - records.length });
  }

  /**
   * Deterministic split; with `groupBy` (patientId by default when present) no group is in two splits.
   *
   * @example
   * const { train, val, test } = ds.split({ train: 0.8, val: 0.1, test: 0.1, seed: 42, stratifyBy: 'task' });
   */
  split(options: SplitOptions = {}): SplitDataset {
    const parts = splitRecords(this.records, options);
    const counts = { train: parts.train.length, val: parts.val.length, test: parts.test.length };
    const child = (name: SplitName) => this.next(parts[name], 'split', options, { part: name, counts });
    return new SplitDataset(child('train'), child('val'), child('test'));
  }

  /** The `details` of the most recent step named `step` (e.g. 'clean', 'toInstructions'). */
  lastReport(step: string): Record<string, unknown> | undefined {
    return [...this.history].reverse().find((s) => s.step === step)?.details;
  }

  /** Plain rows for the first `n` records (text cut to `width` characters). */
  preview(n = 5, width = 80): PreviewRow[] {
    return previewRows(this.records.slice(0, n), width);
  }

  /** Counts per kind/task/source and length distribution (chars; tokens with `tokenize`). */
  stats(options: { tokenize?: (text: string) => number } = {}): DatasetStats {
    return computeStats(this.records, options);
  }

  /** Character length of each record's main text, in order (for histograms). */
  lengths(): number[] {
    return this.records.map((r) => recordText(r).length);
  }

  /**
   * A danfojs DataFrame of preview rows (all records, text cut to `width`); danfojs loads lazily
   * because importing it costs seconds.
   *
   * @example
   * (await ds.toDataFrame()).head(5).print();
   */
  toDataFrame(width = 120): Promise<import('danfojs-node').DataFrame> {
    return recordsDataFrame(this.records, width);
  }

  /** HTML summary (counts, steps, first rows) for notebooks (./notebook.ts). */
  toHTML(n = 5): string {
    return datasetHtml(this, n);
  }

  /**
   * Show `toHTML(n)` in a tslab notebook; elsewhere print a text table. `n = 0` shows counts and
   * steps without any record text; a negative or fractional `n` is refused.
   *
   * @example
   * ds.display();
   */
  display(n = 5): void {
    const html = this.toHTML(n);
    showHtml(html, () => console.table(n === 0 ? [{ records: this.size, steps: this.history.map((h) => h.step).join(' > ') }] : this.preview(n)));
  }

  /**
   * Write `<dir>/data.jsonl` and `manifest.json` (use `split().save()` for train/val/test).
   *
   * @example
   * await ds.save('out/all', { overwrite: true });
   */
  save(dir: string, options: WriteOptions = {}): Promise<Manifest> {
    return saveRecords(dir, { data: this.records }, manifestExtras(this), options);
  }
}

function manifestExtras(ds: Dataset): Record<string, unknown> {
  return { history: ds.history, skipped: { count: ds.skipped.length, entries: ds.skipped } };
}

/**
 * Train/val/test Datasets from `.split()`.
 *
 * @example
 * const s = ds.split(); s.stats().train.records; await s.save('out/data');
 */
export class SplitDataset {
  constructor(readonly train: Dataset, readonly val: Dataset, readonly test: Dataset) {}

  /** Stats per split. */
  stats(options: { tokenize?: (text: string) => number } = {}): Record<SplitName, DatasetStats> {
    return { train: this.train.stats(options), val: this.val.stats(options), test: this.test.stats(options) };
  }

  /** Records per split, the shape `trainSft` takes. */
  toTrainingData(): { train: DataRecord[]; val: DataRecord[]; test: DataRecord[] } {
    return { train: [...this.train.records], val: [...this.val.records], test: [...this.test.records] };
  }

  /**
   * Group keys found in more than one split (empty when grouping held); a check for notebooks and CI.
   *
   * @example
   * splits.overlap('patientId'); // []
   */
  overlap(key: 'patientId' | 'id' = 'patientId'): string[] {
    const seen = new Map<string, SplitName>();
    const shared = new Set<string>();
    for (const name of SPLITS) {
      for (const r of this[name].records) {
        const k = r[key];
        if (k === undefined) continue;
        const first = seen.get(k);
        if (first !== undefined && first !== name) shared.add(k);
        else seen.set(k, name);
      }
    }
    return [...shared].sort();
  }

  /** Steps that made the splits (shared up to and including the split). */
  get history(): readonly Step[] {
    return this.train.history;
  }

  /** HTML table of per-split counts (./notebook.ts). */
  toHTML(): string {
    return splitsHtml(this);
  }

  /** Show the split table in tslab (text table elsewhere). */
  display(): void {
    showHtml(this.toHTML(), () => console.table(SPLITS.map((k) => ({ split: k, records: this[k].size }))));
  }

  /**
   * Write train/val/test JSONL and manifest.json to `dir` atomically; refuses to overwrite unless asked.
   *
   * @example
   * await splits.save('out/data', { overwrite: true });
   */
  save(dir: string, options: WriteOptions = {}): Promise<Manifest> {
    return saveRecords(dir, { train: this.train.records, val: this.val.records, test: this.test.records }, manifestExtras(this.train), options);
  }
}

/**
 * Load a file, folder or list of them into a Dataset (async: it reads files).
 *
 * @example
 * const ds = await dataset('data/samples/reports.csv', { columns: { text: 'note_text', id: 'note_id', patientId: 'patient_id' } });
 */
export async function dataset(source: string | string[], options: DatasetOptions = {}): Promise<Dataset> {
  const { records, skipped, files } = await loadRecords(source, options);
  return new Dataset(records, {
    skipped,
    history: [{ step: 'load', options: describeOptions({ source, ...options }), input: records.length + skipped.length, output: records.length, details: { files: files.length, skipped: skipped.length } }],
  });
}

/**
 * Weighted, seeded mix of named Datasets (history of each source kept in the step details).
 *
 * @example
 * const mixed = mix({ reports: r, medqa: q }, { reports: 0.7, medqa: 0.3 }, { seed: 1, size: 500 });
 */
export function mix(datasets: Record<string, Dataset>, weights: Record<string, number>, options: MixOptions = {}): Dataset {
  const { records, counts } = mixRecords(Object.fromEntries(Object.entries(datasets).map(([k, d]) => [k, d.records])), weights, options);
  const input = Object.values(datasets).reduce((n, d) => n + d.size, 0);
  return new Dataset(records, {
    skipped: Object.values(datasets).flatMap((d) => d.skipped),
    history: [{
      step: 'mix', options: describeOptions({ weights, ...options }), input, output: records.length,
      details: { counts, sources: Object.fromEntries(Object.entries(datasets).map(([k, d]) => [k, d.history])) },
    }],
  });
}
