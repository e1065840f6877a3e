/**
 * Options of the de-identification engine, validated once at the API boundary.
 *
 * @example
 * const opts = DeidOptions.parse({ mode: 'surrogate', seed: 7, dateShiftDays: { min: -200, max: -10 } });
 */
import { z } from 'zod';
import { PhiCategory } from './categories.js';

/** How a detected span is rewritten. @example DeidMode.parse('surrogate'); */
export const DeidMode = z.enum(['mask', 'tag', 'surrogate']);
/** `mask` → `[NAME]`, `tag` → `<NAME>…</NAME>`, `surrogate` → realistic fake. @example const m: DeidMode = 'tag'; */
export type DeidMode = z.infer<typeof DeidMode>;

/**
 * Operating point of the detector. `recall` (default) treats every capitalised, all-caps or
 * cue-adjacent word outside the safe vocabularies as a possible name or place (a miss can leak
 * out of a fine-tuned model); `balanced` asks for positive evidence (a cue, a name/place
 * dictionary hit, or a shape rule) before removing a word.
 *
 * @example
 * DeidPreset.parse('balanced');
 */
export const DeidPreset = z.enum(['recall', 'balanced']);
/** A preset name. @example const p: DeidPreset = 'recall'; */
export type DeidPreset = z.infer<typeof DeidPreset>;

/**
 * Kinds of text that Safe Harbor does not require removing and that a study may want kept.
 * `facility`: hospital, clinic and care-home names (they locate care, not the patient's home).
 *
 * @example
 * KeepKind.parse('facility');
 */
export const KeepKind = z.enum(['facility']);
/** One keep switch. @example const k: KeepKind = 'facility'; */
export type KeepKind = z.infer<typeof KeepKind>;

/** A site-specific term that must always be removed, optionally with its category. @example DenyEntry.parse({ text: 'Maple Clinic', category: 'LOCATION' }); */
export const DenyEntry = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), category: PhiCategory }).strict(),
]);
/** A validated deny-list entry. @example const d: DenyEntry = { text: 'Maple Clinic', category: 'LOCATION' }; */
export type DenyEntry = z.infer<typeof DenyEntry>;

/** Inclusive range of days a patient's dates are shifted by. @example DateShiftRange.parse({ min: -30, max: -1 }); */
export const DateShiftRange = z
  .object({ min: z.number().int(), max: z.number().int() })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must be <= max' });

/**
 * All options. Every field is optional; defaults are chosen for safety.
 *
 * @example
 * DeidOptions.parse({}); // mask mode, all categories
 */
export const DeidOptions = z
  .object({
    // recall first: a missed identifier can come back out of a model trained on the text.
    preset: DeidPreset.default('recall'),
    // Nothing kept by default: keeping a kind of text must be an explicit choice.
    keep: z.array(KeepKind).default([]),
    // Off by default: the audit scans every output text again (about a fifth more time).
    audit: z.boolean().default(false),
    // mask is the default because it is the least likely to leak anything (no fake that could be mistaken for real).
    mode: DeidMode.default('mask'),
    // undefined = all categories: removing less than everything must be an explicit choice.
    categories: z.array(PhiCategory).min(1).optional(),
    // Terms that must never be removed (e.g. a drug or device brand that looks like a name).
    allowList: z.array(z.string().min(1)).default([]),
    // Site-specific names/ids that must always be removed (strings without category count as ID if they hold a digit, else LOCATION).
    denyList: z.array(DenyEntry).default([]),
    // Shift into the past by 1..365 days: never zero (which would leak the real date) and never into the future.
    dateShiftDays: DateShiftRange.default({ min: -365, max: -1 }),
    // No fixed default: a seed anyone can read in this file would make the date shift reversible.
    // Pass a seed to make surrogates reproducible across runs.
    seed: z.union([z.number().int(), z.string()]).optional(),
  })
  .strict();

/** Options as accepted by `deidentify`/`createDeidentifier` (defaults optional). @example const o: DeidOptionsInput = { mode: 'mask', categories: ['NAME', 'DATE'] }; */
export type DeidOptionsInput = z.input<typeof DeidOptions>;
/** Options after validation, with defaults applied. @example const o: DeidOptionsResolved = DeidOptions.parse({}); o.mode; // 'mask' */
export type DeidOptionsResolved = z.infer<typeof DeidOptions>;
