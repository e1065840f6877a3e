/**
 * Loaders: a file or folder path (or several) into records, with every invalid input either
 * thrown as a {@link DataError} or listed as skipped (`onInvalid: 'skip'`).
 *
 * Sources by extension: `.jsonl`, `.json` (array, single object, or PubMedQA's object keyed by
 * id), `.csv` (RFC 4180, column mapping), `.txt` (one report per file), `.pdf` (text layer via
 * pdf-parse), or a folder of any of these (not recursive).
 *
 * @example
 * const { records, skipped } = await loadRecords('data/samples/medqa.jsonl', { onInvalid: 'skip' });
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { parseCsvTable } from './csv.js';
import { decodeUtf8, splitLines } from './decode.js';
import { DataError, describeType, NoUsableRecordsError, ProblemSink, type OnInvalid, type SkipEntry } from './errors.js';
import { ColumnMapSchema, convertRaw, detectFormat, FORMATS, FormatSchema, medmcqaBase, type Format } from './formats.js';
import { recordText, type DataRecord } from './records.js';

/** Options for `dataset()`; unknown keys are rejected. @example DatasetOptionsSchema.parse({ onInvalid: 'skip', delimiter: ';' }); */
export const DatasetOptionsSchema = z
  .object({
    /** Force a JSON format instead of detecting it from the first object's keys. */
    format: FormatSchema.optional(),
    /** 'error' by default: silently losing records is worse than stopping with a precise message. */
    onInvalid: z.enum(['error', 'skip']).default('error'),
    /** Field/column names for report inputs (CSV, report JSON); detected from common names when absent. */
    columns: ColumnMapSchema.optional(),
    /** Patient id for `.txt`/`.pdf` reports, from the file name and text (e.g. parse an id header). */
    patientIdFrom: z.custom<(file: string, text: string) => string | undefined>((v) => typeof v === 'function').optional(),
    /** A `.jsonl`/`.csv` sidecar mapping report id (file base name) to patientId/reportType for `.txt`/`.pdf` files. */
    metadata: z.string().optional(),
    /** Report type given to `.txt`/`.pdf` records without metadata. */
    reportType: z.string().optional(),
    /** CSV delimiter; comma (RFC 4180) unless the export says otherwise. */
    delimiter: z.string().length(1).optional(),
    /** MedMCQA `cop` numbering (0: Hugging Face, 1: original release) for files whose values do not show it. */
    medmcqaCop: z.union([z.literal(0), z.literal(1)]).optional(),
    /** Largest record (a .txt file, a JSONL line, a record's text) accepted. 1 MB is dozens of
     * times a long discharge summary; beyond it a "report" is usually a concatenated export, and
     * cleaning, de-identifying and sectioning one string that size takes gigabytes of memory. */
    maxRecordBytes: z.number().int().positive().default(1_000_000),
  })
  .strict();
/** Input form of the loader options. @example const o: DatasetOptions = { onInvalid: 'skip' }; */
export type DatasetOptions = z.input<typeof DatasetOptionsSchema>;
type Opts = z.output<typeof DatasetOptionsSchema>;

/** What `loadRecords` returns: records, skipped inputs with reasons, files read. @example loaded.skipped.length; */
export interface Loaded {
  records: DataRecord[];
  skipped: SkipEntry[];
  /** Files read, in order. */
  files: string[];
}

const SUPPORTED = new Set(['.jsonl', '.json', '.csv', '.txt', '.pdf']);
const FORMAT_HINT = `one of the formats ${FORMATS.join(', ')} (name it: --format <name> on the command line, { format } in dataset options)`;

/** MedMCQA cop numbering of a file: shown by its values, else the option, else unknown. */
function copBase(objs: unknown[], opts: Opts): 0 | 1 | undefined {
  return medmcqaBase(objs.map((o) => (o && typeof o === 'object' ? (o as { cop?: unknown }).cop : undefined))) ?? opts.medmcqaCop;
}

/**
 * Load one path, a folder, or an array of them.
 *
 * @example
 * await loadRecords(['data/samples/medqa.jsonl', 'data/samples/pubmedqa.json']);
 */
export async function loadRecords(source: string | string[], options: DatasetOptions = {}): Promise<Loaded> {
  const parsed = DatasetOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`dataset options: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const opts = parsed.data;
  const sink = new ProblemSink(opts.onInvalid as OnInvalid);
  const records: DataRecord[] = [];
  const files: string[] = [];
  const meta = opts.metadata ? await loadMetadata(opts.metadata) : undefined;
  for (const src of Array.isArray(source) ? source : [source]) {
    const st = await stat(src).catch(() => undefined);
    if (!st) throw new DataError({ file: src, found: 'no such file or folder', expected: 'an existing path' });
    if (st.isDirectory()) {
      const names = (await readdir(src)).filter((n) => !n.startsWith('.')).sort();
      const usable = names.filter((n) => SUPPORTED.has(extname(n).toLowerCase()));
      // Other files (README, images) are not data; they are listed, never silently ignored.
      for (const n of names.filter((n) => !usable.includes(n))) {
        const reason = `${join(src, n)}: found an unsupported file type, expected one of ${[...SUPPORTED].join(' ')}`;
        sink.skipped.push({ file: join(src, n), found: 'an unsupported file type', expected: [...SUPPORTED].join(' '), reason });
      }
      if (usable.length === 0) throw new DataError({ file: src, found: 'a folder with no data files', expected: `files ending in ${[...SUPPORTED].join(' ')}` });
      for (const n of usable) await loadFile(join(src, n), opts, sink, records, files, meta);
    } else {
      await loadFile(src, opts, sink, records, files, meta);
    }
  }
  const seen = new Map<string, DataRecord>();
  const unique: DataRecord[] = [];
  for (const r of records) {
    const first = seen.get(r.id);
    if (first) {
      sink.report({ file: r.source.file, line: r.source.line, field: 'id', found: `id '${r.id}' already used at ${first.source.file}${first.source.line ? `:${first.source.line}` : ''}`, expected: 'unique ids' });
      continue;
    }
    seen.set(r.id, r);
    unique.push(r);
  }
  // Everything skipped is an error (with the reasons), never an empty dataset that trains on nothing.
  if (unique.length === 0 && sink.skipped.length > 0) throw new NoUsableRecordsError(files.length ? files : [source].flat(), sink.skipped);
  return { records: unique, skipped: sink.skipped, files };
}

type MetaMap = Map<string, { patientId?: string; reportType?: string }>;

async function loadMetadata(path: string): Promise<MetaMap> {
  const { records } = await loadRecords(path, { format: 'reports', onInvalid: 'error' }).catch(async (e) => {
    // Metadata sidecars may have no text column; fall back to a plain id table.
    if (!(e instanceof DataError) || e.problem.field === undefined) throw e;
    return { records: await plainTable(path) };
  });
  return new Map(records.map((r) => [r.id, { patientId: r.patientId, reportType: r.kind === 'report' ? r.reportType : undefined }]));
}

async function plainTable(path: string): Promise<DataRecord[]> {
  const text = decodeUtf8(new Uint8Array(await readFile(path)), path);
  const rows: Record<string, unknown>[] = extname(path) === '.csv'
    ? (() => { const t = parseCsvTable(text, { file: path }); return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.fields[i]]))); })()
    : text.split('\n').flatMap((l, i) => {
      if (!l.trim()) return [];
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch (e) {
        throw new DataError({ file: path, line: i + 1, found: `malformed JSON${jsonPosition(e)}`, expected: 'one JSON object per line' });
      }
    });
  return rows.map((o, i) => {
    const r = convertRaw({ ...o, text: '' }, 'reports', { file: path, line: i + 1, fallbackId: String(i) });
    if ('problem' in r) throw new DataError(r.problem);
    return r.record;
  });
}

async function loadFile(file: string, opts: Opts, sink: ProblemSink, out: DataRecord[], files: string[], meta?: MetaMap): Promise<void> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.has(ext)) {
    sink.report({ file, found: `a '${ext || 'extensionless'}' file`, expected: [...SUPPORTED].join(' ') });
    return;
  }
  files.push(file);
  // One file is one report: its size is the record's size, checked before a byte is read.
  if (ext === '.txt') {
    const size = (await stat(file)).size;
    if (size > opts.maxRecordBytes) return sink.report(tooBig(file, undefined, `a report of ${fmt(size)} bytes`, opts, 'report'));
  }
  const bytes = new Uint8Array(await readFile(file));
  const before = out.length;
  const problemsBefore = sink.skipped.length;
  if (bytes.length === 0 || (ext !== '.pdf' && isBlank(bytes))) {
    sink.report({ file, found: 'an empty file', expected: 'at least one record' });
    return;
  }
  const base = basename(file, ext);
  const take = (r: ReturnType<typeof convertRaw>) => push(r, sink, out, opts);
  if (ext === '.jsonl') loadJsonl(file, bytes, opts, sink, take);
  else if (ext === '.json') loadJson(file, bytes, opts, sink, take);
  else if (ext === '.csv') loadCsv(file, bytes, opts, sink, take);
  else {
    let text: string;
    try {
      text = ext === '.pdf' ? await pdfText(file, bytes) : decodeUtf8(bytes, file);
    } catch (e) {
      if (e instanceof DataError) return sink.report(e.problem);
      throw e;
    }
    if (!text.trim()) return sink.report({ file, found: ext === '.pdf' ? 'a PDF without a text layer (scanned image?)' : 'only whitespace', expected: 'report text' });
    const size = Buffer.byteLength(text);
    if (size > opts.maxRecordBytes) return sink.report(tooBig(file, undefined, `a text layer of ${fmt(size)} bytes`, opts, 'report'));
    const m = meta?.get(base);
    const patientId = m?.patientId ?? opts.patientIdFrom?.(file, text);
    const reportType = m?.reportType ?? opts.reportType;
    out.push({
      kind: 'report', id: base, source: { file, format: ext.slice(1) }, meta: {}, text,
      ...(patientId ? { patientId } : {}), ...(reportType ? { reportType } : {}),
    });
  }
  // A file that yielded nothing and reported nothing (e.g. `[]` handled above, or only blank lines) is still counted.
  if (out.length === before && sink.skipped.length === problemsBefore && ext !== '.txt' && ext !== '.pdf') {
    sink.report({ file, found: 'no valid records', expected: 'at least one record' });
  }
}

function fmtFor(file: string, first: unknown, opts: Opts, sink: ProblemSink, line?: number): Format | undefined {
  if (opts.format) return opts.format;
  const f = detectFormat(first);
  if (!f) sink.report({ file, line, found: `${/^[aeiou]/.test(describeType(first)) ? 'an' : 'a'} ${describeType(first)} whose keys the loader does not recognise`, expected: FORMAT_HINT });
  return f;
}

type Take = (r: ReturnType<typeof convertRaw>) => void;

function loadJsonl(file: string, bytes: Uint8Array, opts: Opts, sink: ProblemSink, take: Take): void {
  let format: Format | undefined;
  let base: 0 | 1 | undefined;
  const medmcqaScan = () => {
    const objs: unknown[] = [];
    for (const l of splitLines(bytes)) {
      try {
        objs.push(JSON.parse(new TextDecoder().decode(l)));
      } catch {
        // reported by the main pass
      }
    }
    return copBase(objs, opts);
  };
  for (const [i, lineBytes] of splitLines(bytes).entries()) {
    const line = i + 1;
    // Measured on the bytes, so an oversized line is never decoded or parsed.
    if (lineBytes.length > opts.maxRecordBytes) { sink.report(tooBig(file, line, `a line of ${fmt(lineBytes.length)} bytes`, opts, 'record')); continue; }
    let text: string;
    try {
      text = decodeUtf8(lineBytes, file, i, 'line');
    } catch (e) {
      if (e instanceof DataError) { sink.report(e.problem); continue; }
      throw e;
    }
    if (!text.trim()) continue; // blank lines separate nothing in JSONL and carry no record
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      sink.report({ file, line, found: `malformed JSON${jsonPosition(e)}`, expected: 'one JSON object per line' });
      continue;
    }
    // Until a line's format is recognised each unrecognised line is reported on its own (counted).
    format ??= fmtFor(file, obj, opts, sink, line);
    if (!format) continue;
    if (format === 'medmcqa' && base === undefined) base = medmcqaScan();
    take(convertRaw(obj, format, { file, line, fallbackId: `${basename(file, '.jsonl')}:${line}`, columns: opts.columns, copBase: base }));
  }
}

function loadJson(file: string, bytes: Uint8Array, opts: Opts, sink: ProblemSink, take: Take): void {
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (e) {
    if (e instanceof DataError) return sink.report(e.problem);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return sink.report({ file, line, found: `malformed JSON${jsonPosition(e)}`, expected: 'a JSON array or object' });
  }
  // PubMedQA ships as an object keyed by id; a non-array object whose values are objects is that shape.
  let entries: [string | undefined, unknown][];
  if (Array.isArray(data)) entries = data.map((d) => [undefined, d]);
  else if (data && typeof data === 'object' && detectFormat(data) === undefined && Object.values(data).every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    entries = Object.entries(data);
  } else entries = [[undefined, data]];
  if (entries.length === 0) return sink.report({ file, found: 'an empty array or object', expected: 'at least one record' });
  const format = opts.format ?? detectFormat(entries[0][1]);
  if (!format) {
    return sink.report({ file, record: '0', found: `objects with keys the loader does not recognise (${entries.length} records not loaded)`, expected: FORMAT_HINT });
  }
  const base = basename(file, '.json');
  const lines = topLevelLines(text);
  const cop = format === 'medmcqa' ? copBase(entries.map(([, o]) => o), opts) : undefined;
  entries.forEach(([key, obj], i) => {
    const line = entries.length === lines.length ? lines[i] : undefined;
    take(convertRaw(obj, format, { file, line, key, index: String(i), fallbackId: key ?? `${base}:${i}`, columns: opts.columns, copBase: cop }));
  });
}

function loadCsv(file: string, bytes: Uint8Array, opts: Opts, sink: ProblemSink, take: Take): void {
  let table;
  try {
    table = parseCsvTable(decodeUtf8(bytes, file), { file, delimiter: opts.delimiter });
  } catch (e) {
    if (e instanceof DataError) return sink.report(e.problem);
    throw e;
  }
  const cols = opts.columns ?? {};
  for (const [name, col] of Object.entries(cols)) {
    if (col && !table.header.includes(col)) {
      return sink.report({ file, line: 1, field: col, found: `no column '${col}' (mapped to ${name}) in the header`, expected: `one of the header columns: ${table.header.join(', ')}` });
    }
  }
  const format = opts.format ?? 'reports';
  if (format === 'reports' && !cols.text && !table.header.some((h) => ['text', 'note_text', 'report_text', 'report', 'note', 'body'].includes(h))) {
    return sink.report({ file, line: 1, field: 'text', found: `no text column in header (${table.header.join(', ')})`, expected: "a column named text/note_text/report_text, or options.columns.text" });
  }
  for (const row of table.rows) {
    if (row.fields.length !== table.header.length) {
      sink.report({ file, line: row.line, found: `${row.fields.length} fields`, expected: `${table.header.length} fields as in the header` });
      continue;
    }
    const obj = Object.fromEntries(table.header.map((h, i) => [h, row.fields[i]]));
    take(convertRaw(obj, format, { file, line: row.line, fallbackId: `${basename(file, '.csv')}:${row.line}`, columns: cols }));
  }
}

/**
 * 1-based line on which each element of a top-level JSON array (or each value of a top-level
 * object) starts, found by one pass that tracks nesting depth outside strings.
 */
function topLevelLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  let topIsObject = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/[\s,:]/.test(c)) {
      out.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) {
        topIsObject = c === '{';
        expectValue = !topIsObject;
      }
      depth++;
    } else if (c === '}' || c === ']') depth--;
    else if (depth === 1 && ((c === ',' && !topIsObject) || (c === ':' && topIsObject))) expectValue = true;
  }
  return out;
}

function push(r: ReturnType<typeof convertRaw>, sink: ProblemSink, out: DataRecord[], opts: Opts): void {
  if ('problem' in r) return sink.report(r.problem);
  // JSON and CSV records are only known after parsing; their text is held to the same limit.
  const size = Buffer.byteLength(recordText(r.record));
  const { file, line } = r.record.source;
  if (size > opts.maxRecordBytes) return sink.report({ ...tooBig(file, line, `a record of ${fmt(size)} bytes of text`, opts, 'record'), ...(line === undefined ? { record: r.record.id } : {}) });
  out.push(r.record);
}

const fmt = (n: number) => n.toLocaleString('en-US');

function tooBig(file: string, line: number | undefined, found: string, opts: Opts, unit: 'report' | 'record') {
  return {
    file, line, found,
    expected: `at most ${fmt(opts.maxRecordBytes)} bytes per ${unit} (split a concatenated export into one report per ${unit === 'report' ? 'file' : 'line'}, or raise the limit: --max-record-bytes on the command line, { maxRecordBytes } in dataset options)`,
  };
}

/** Whether a file holds only whitespace, without decoding all of a large file to find out. */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    // Non-ASCII may be Unicode whitespace (NBSP, BOM): decide on the decoded text.
    return b < 0x80 ? false : /^\s*$/.test(new TextDecoder().decode(bytes));
  }
  return true;
}

/** The character position from a JSON.parse error, without the excerpt of text V8 quotes. */
function jsonPosition(e: unknown): string {
  const m = /(?:position|column) (\d+)/.exec((e as Error).message ?? '');
  return m ? ` at character ${m[1]}` : '';
}

async function pdfText(file: string, data: Uint8Array): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data });
  try {
    const res = await parser.getText();
    return res.pages.map((p) => p.text).join('\n\n');
  } catch (e) {
    // pdf.js messages describe structure (e.g. "Invalid PDF structure"), never page text.
    throw new DataError({ file, found: `an unreadable PDF (${(e as Error).name}: ${(e as Error).message})`, expected: 'a PDF with a text layer' });
  } finally {
    await parser.destroy();
  }
}
