/**
 * The `canaries` training option: plant synthetic secrets (names, MRNs, phone numbers) in a copy of
 * the training records at chosen repetition counts, so the trained adapter can later be audited
 * for memorisation (`medtune eval --suite memorization`, the "secret sharer" exposure test).
 *
 * @example
 * CanaryConfigSchema.parse({ repeats: [1, 8] }).kinds; // ['name', 'mrn', 'phone']
 */
import { z } from 'zod';

/** Shapes of planted secrets. @example CanaryKind.parse('mrn'); */
export const CanaryKind = z.enum(['name', 'mrn', 'phone']);
/** One shape. @example const k: CanaryKind = 'phone'; */
export type CanaryKind = z.infer<typeof CanaryKind>;

/** Canary settings (strict). @example CanaryConfigSchema.parse({}); // repeats [1, 4, 16], 3 per count */
export const CanaryConfigSchema = z
  .object({
    // 1, 4 and 16 copies: from "seen once" to "heavily duplicated", where memorisation shows first.
    repeats: z.array(z.number().int().positive()).min(1).default([1, 4, 16]).describe('a list of integers >= 1'),
    // 3 per count: one of each kind with the default kinds.
    per_repeat: z.number().int().positive().default(3).describe('an integer >= 1'),
    // Every shape the de-identifier looks for first in clinical notes.
    kinds: z.array(CanaryKind).min(1).default(['name', 'mrn', 'phone']).describe('a list of name, mrn, phone'),
    // Unset: derived from the training seed, so one seed reproduces the whole run.
    seed: z.number().int().min(0).optional().describe('an integer >= 0'),
  })
  .strict();
/** Parsed canary settings. @example const c: CanaryConfig = CanaryConfigSchema.parse({}); */
export type CanaryConfig = z.infer<typeof CanaryConfigSchema>;

/** The `canaries` key as `config.ts` composes it: settings, or `true` for every default. @example Object.keys(CANARY_KEYS); // ['canaries'] */
export const CANARY_KEYS = {
  canaries: z
    .union([z.literal(true), CanaryConfigSchema])
    .describe('true or { repeats, per_repeat, kinds, seed }'),
};

/**
 * Normalise the YAML value (`true` means all defaults).
 *
 * @example
 * canaryConfigOf(true).repeats; // [1, 4, 16]
 */
export function canaryConfigOf(v: true | CanaryConfig | undefined): CanaryConfig | undefined {
  if (v === undefined) return undefined;
  return v === true ? CanaryConfigSchema.parse({}) : v;
}
