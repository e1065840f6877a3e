/**
 * `.clean()`: normalise every text field and remove exact and near duplicates, counting what
 * changed and listing what was removed (ids only).
 *
 * @example
 * const { records, report } = cleanRecords(records, { abbreviations: true });
 * report.removed; // [{ id: 'rpt-0102', duplicateOf: 'rpt-0007', reason: 'near', similarity: 0.94 }]
 */
import { z } from 'zod';
import { findDuplicates, type Removal } from './dedup.js';
import { DEFAULT_ABBREVIATIONS, expandAbbreviations, normalizeUnits, normalizeWhitespace } from './normalize.js';
import { mapText, recordText, type DataRecord } from './records.js';

/** Options of `.clean()`; unknown keys are rejected. @example CleanOptionsSchema.parse({ abbreviations: true }); */
export const CleanOptionsSchema = z
  .object({
    /** NFC by default: it merges composed/decomposed accents without NFKC's lossy rewrites
     * (NFKC turns "10⁹" into "109" and "µ" into "μ"); pass 'NFKC' to fold full-width characters. */
    unicode: z.enum(['NFC', 'NFKC', 'none']).default('NFC'),
    /** On by default: stray tabs, NBSPs and CRLFs only add noise to training text. */
    whitespace: z.boolean().default(true),
    /** On by default: consistent "10 mg" spacing; compound units and ids are left alone. */
    units: z.boolean().default(true),
    /** Off by default (see DEFAULT_ABBREVIATIONS for why); `true` uses the default dictionary,
     * an object adds to (or, with a value of '', removes from) it. */
    abbreviations: z.union([z.boolean(), z.record(z.string(), z.string())]).default(false),
    /** Duplicate removal: on by default (duplicates leak between splits and inflate scores). */
    dedup: z
      .union([
        z.boolean(),
        z
          .object({
            threshold: z.number().min(0).max(1).optional(),
            shingleSize: z.number().int().positive().optional(),
            numHashes: z.number().int().positive().optional(),
            bands: z.number().int().positive().optional(),
            seed: z.number().int().optional(),
            near: z.boolean().optional(),
          })
          .strict(),
      ])
      .default(true),
    /** Drop records whose main text is empty after cleaning (counted in the report). */
    dropEmpty: z.boolean().default(true),
  })
  .strict();
/** Input form of the clean options (defaults optional). @example const o: CleanOptions = { unicode: 'NFKC' }; */
export type CleanOptions = z.input<typeof CleanOptionsSchema>;

/** What `.clean()` changed and removed (ids only, never text). @example report.counts.exact; */
export interface CleanReport {
  input: number;
  output: number;
  /** Records whose text changed. */
  modified: number;
  removed: (Removal | { id: string; reason: 'empty' })[];
  /** Removal counts by reason. */
  counts: { exact: number; near: number; empty: number };
}

/**
 * Clean one string with the given options (the same steps `.clean()` applies to every field).
 *
 * @example
 * cleanText('Pt  on 5mg', { abbreviations: true }); // 'Patient on 5 mg'
 */
export function cleanText(text: string, options: CleanOptions = {}): string {
  const o = CleanOptionsSchema.parse(options);
  return cleanWith(text, o, dictionary(o.abbreviations));
}

function dictionary(a: z.output<typeof CleanOptionsSchema>['abbreviations']): Record<string, string> | undefined {
  if (a === false) return undefined;
  if (a === true) return { ...DEFAULT_ABBREVIATIONS };
  const d: Record<string, string> = { ...DEFAULT_ABBREVIATIONS, ...a };
  for (const [k, v] of Object.entries(d)) if (v === '') delete d[k];
  return d;
}

function cleanWith(s: string, o: z.output<typeof CleanOptionsSchema>, dict?: Record<string, string>): string {
  let t = o.unicode === 'none' ? s : s.normalize(o.unicode);
  if (o.whitespace) t = normalizeWhitespace(t);
  if (o.units) t = normalizeUnits(t);
  if (dict) t = expandAbbreviations(t, dict);
  return t;
}

/**
 * Clean records: normalise text fields, then drop empties and duplicates.
 *
 * @example
 * cleanRecords(ds.records, { dedup: { threshold: 0.85 } }).report.counts; // { exact: 2, near: 1, empty: 0 }
 */
export function cleanRecords(records: readonly DataRecord[], options: CleanOptions = {}): { records: DataRecord[]; report: CleanReport } {
  const o = CleanOptionsSchema.parse(options);
  const dict = dictionary(o.abbreviations);
  let modified = 0;
  const removed: CleanReport['removed'] = [];
  const cleaned: DataRecord[] = [];
  for (const r of records) {
    let changed = false;
    const c = mapText(r, (s) => {
      const t = cleanWith(s, o, dict);
      if (t !== s) changed = true;
      return t;
    });
    if (changed) modified++;
    if (o.dropEmpty && !recordText(c).trim()) removed.push({ id: r.id, reason: 'empty' });
    else cleaned.push(c);
  }
  let out = cleaned;
  if (o.dedup !== false) {
    const { keep, removed: dups } = findDuplicates(
      cleaned.map((r) => ({ id: r.id, text: recordText(r) })),
      o.dedup === true ? {} : o.dedup,
    );
    out = cleaned.filter((r) => keep.has(r.id));
    removed.push(...dups);
  }
  const counts = { exact: 0, near: 0, empty: 0 };
  for (const r of removed) counts[r.reason]++;
  return { records: out, report: { input: records.length, output: out.length, modified, removed, counts } };
}
