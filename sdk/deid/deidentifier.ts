/**
 * The public engine: `createDeidentifier(options)` returns an object that de-identifies texts
 * one at a time (with a patient scope for consistent surrogates) and keeps a running report of
 * counts per category, never the PHI itself.
 *
 * @example
 * const d = createDeidentifier({ mode: 'surrogate', seed: 7 });
 * d.process('Seen by Dr. Ana Ruiz on 03/14/2021', { patientId: 'pt-1' }).text;
 * d.report(); // { records: 1, counts: { NAME: 1, DATE: 1, ... } }
 */
import { randomBytes } from 'node:crypto';
import { type PhiCategory, emptyCounts } from './categories.js';
import { type DetectorConfig, compileDetector, detectPhi } from './engine.js';
import { type DeidAudit, type FlaggedRecord, emptyAudit, recordResidual, residualRisk } from './audit.js';
import { DeidOptions, type DeidOptionsInput, type DeidOptionsResolved, type DeidPreset } from './options.js';
import { hashString, mulberry32, randInt } from '../runtime/random.js';
import { type DeidResult, rewrite } from './rewrite.js';
import type { PhiSpan } from './span.js';
import { SurrogateGenerator } from './surrogate.js';

export type { DeidResult } from './rewrite.js';
export type { DeidAudit } from './audit.js';

/** Per-dataset summary: how many records, how many spans per category, the preset, and (with `audit: true`) the residual-risk audit. Never raw PHI. @example const r: DeidReport = d.report(); r.counts.NAME; */
export interface DeidReport {
  records: number;
  counts: Record<PhiCategory, number>;
  /** The operating point the spans were found with. */
  preset?: DeidPreset;
  /** Leftover name-, date- and number-like tokens and the records flagged for review (ids only). */
  audit?: DeidAudit;
}

/** A configured engine with a running report. @example const d: Deidentifier = createDeidentifier({ mode: 'tag' }); */
export interface Deidentifier {
  /** De-identify one text; `scope.patientId` keys surrogate consistency and the date shift; `scope.recordId` names the record in the audit. */
  process(text: string, scope?: { patientId?: string; recordId?: string }): DeidResult;
  /** Counts so far (a copy). */
  report(): DeidReport;
  /** The validated options in effect (seed included, so a run can be reproduced). */
  readonly options: DeidOptionsResolved & { seed: string | number };
}

/**
 * The date offset (days) for one patient: fixed by seed + patient, within the configured range.
 *
 * @example
 * patientShiftDays('seed', 'pt-1', { min: -365, max: -1 }); // same value every call
 */
export function patientShiftDays(seed: string | number, patient: string, range: { min: number; max: number }): number {
  return randInt(mulberry32(hashString(`${seed}\u0000shift\u0000${patient}`)), range.min, range.max);
}

/** Validate options once at the boundary; every issue is named by its key path in one line. */
function parseOptions(options: DeidOptionsInput): DeidOptionsResolved {
  const parsed = DeidOptions.safeParse(options);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`invalid de-identification options: ${issues}`);
  }
  return parsed.data;
}

/**
 * Create a de-identifier. Options are validated here (unknown keys are rejected).
 *
 * @example
 * const d = createDeidentifier({ mode: 'tag' });
 * d.process('DOB: 01/02/1950').text; // 'DOB: <DATE>01/02/1950</DATE>'
 */
export function createDeidentifier(options: DeidOptionsInput = {}): Deidentifier {
  const parsed = parseOptions(options);
  const opts = { ...parsed, seed: parsed.seed ?? randomBytes(8).toString('hex') };
  const cfg: DetectorConfig = compileDetector(opts);
  const counts = emptyCounts();
  let records = 0;
  const audit = opts.audit ? emptyAudit() : null;
  const flaggedById = new Map<string, FlaggedRecord>();
  const generators = new Map<string, SurrogateGenerator>();
  const generatorFor = (patient: string): SurrogateGenerator => {
    let g = generators.get(patient);
    if (!g) {
      g = new SurrogateGenerator({
        seed: String(opts.seed),
        patient,
        shiftDays: patientShiftDays(opts.seed, patient, opts.dateShiftDays),
      });
      // Bounded cache: corpora are streamed, and a generator is cheap to rebuild (it is stateless).
      if (generators.size > 10_000) generators.clear();
      generators.set(patient, g);
    }
    return g;
  };
  return {
    options: opts,
    process(text, scope = {}) {
      if (typeof text !== 'string') throw new TypeError(`deidentify expects a string, got ${text === null ? 'null' : typeof text}`);
      records++;
      const spans = detectPhi(text, cfg);
      for (const s of spans) counts[s.category]++;
      // Without a patient id every text is its own scope: no cross-record linkage can be implied.
      const gen = opts.mode === 'surrogate' ? generatorFor(scope.patientId ?? `\u0000record-${records}`) : null;
      const result = rewrite(text, spans, opts.mode, (span, original) => gen!.generate(span, original));
      if (audit) recordResidual(audit, scope.recordId ?? `text ${records}`, residualRisk(result.text, result.spans), flaggedById);
      return result;
    },
    report() {
      const r: DeidReport = { records, counts: { ...counts }, preset: opts.preset };
      if (audit) r.audit = { ...audit, leftover: { ...audit.leftover }, flagged: audit.flagged.map((f) => ({ ...f })) };
      return r;
    },
  };
}

/**
 * Find PHI without rewriting: spans with offsets into the ORIGINAL text (for review and scoring).
 *
 * @example
 * findPhi('Call 617-555-0134'); // [{ category: 'PHONE', start: 5, end: 17 }]
 */
export function findPhi(text: string, options: Pick<DeidOptionsInput, 'categories' | 'allowList' | 'denyList' | 'preset' | 'keep'> = {}): PhiSpan[] {
  return detectPhi(text, compileDetector(parseOptions(options))).map(({ category, start, end }) => ({ category, start, end }));
}

/**
 * De-identify a single text.
 *
 * @example
 * deidentify('Call 617-555-0134').text; // 'Call [PHONE]'
 */
export function deidentify(text: string, options: DeidOptionsInput = {}): DeidResult {
  return createDeidentifier(options).process(text);
}
