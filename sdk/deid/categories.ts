/**
 * The PHI categories medtune recognizes: the HIPAA Safe Harbor identifiers grouped into the
 * labels used by the annotated corpus (docs/ARCHITECTURE.md, "Corpus annotation format").
 *
 * @example
 * import { PhiCategory } from 'medtune';
 * PhiCategory.parse('NAME'); // 'NAME'
 */
import { z } from 'zod';

/** Every category, in a stable order used for reports and tables. @example PHI_CATEGORIES.includes('MRN'); // true */
export const PHI_CATEGORIES = [
  'NAME',
  'LOCATION',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'ID',
] as const;

/**
 * zod enum of PHI categories.
 *
 * @example
 * const cat: PhiCategory = PhiCategory.parse(row.category);
 */
export const PhiCategory = z.enum(PHI_CATEGORIES);
/** One PHI category label. @example const c: PhiCategory = 'SSN'; */
export type PhiCategory = z.infer<typeof PhiCategory>;

/**
 * Overlap-resolution priority: when two candidate spans overlap, the one with the higher
 * priority wins (then the longer one). Specific, validated identifiers beat generic shapes,
 * so an SSN never ends up labelled as a generic ID or a phone number.
 *
 * @example
 * CATEGORY_PRIORITY.SSN > CATEGORY_PRIORITY.ID; // true
 */
export const CATEGORY_PRIORITY: Record<PhiCategory, number> = {
  EMAIL: 100,
  URL: 95,
  IP: 90,
  SSN: 85,
  VEHICLE: 80,
  LICENSE: 78,
  MRN: 76,
  HEALTH_PLAN: 74,
  ACCOUNT: 72,
  DEVICE: 70,
  FAX: 68,
  PHONE: 66,
  DATE: 60,
  AGE: 58,
  ID: 50,
  LOCATION: 40,
  NAME: 30,
};

/**
 * A zeroed count per category, for reports.
 *
 * @example
 * const counts = emptyCounts(); counts.NAME += 1;
 */
export function emptyCounts(): Record<PhiCategory, number> {
  return Object.fromEntries(PHI_CATEGORIES.map((c) => [c, 0])) as Record<PhiCategory, number>;
}
