/**
 * De-identification: find the 18 HIPAA Safe Harbor identifiers in clinical text and mask, tag
 * or replace them with consistent surrogates.
 *
 * @example
 * import { deidentify } from 'medtune';
 * deidentify('Seen by Dr. Ana Ruiz, MRN 123456').text; // 'Seen by Dr. [NAME], MRN [MRN]'
 */
export { PHI_CATEGORIES, PhiCategory, CATEGORY_PRIORITY, emptyCounts } from './categories.js';
export { DeidOptions, DeidMode, DeidPreset, KeepKind, DenyEntry, DateShiftRange, type DeidOptionsInput, type DeidOptionsResolved } from './options.js';
export type { PhiSpan } from './span.js';
export {
  createDeidentifier,
  deidentify,
  findPhi,
  patientShiftDays,
  type Deidentifier,
  type DeidReport,
  type DeidResult,
} from './deidentifier.js';
export { DeidScorer, type CategoryScore, type DeidScores } from './evaluate.js';
export { CATEGORY_COLORS, renderLegendHtml, renderScoresChartHtml, renderScoresTableHtml, renderSetRecallChartHtml, renderSetScoresTableHtml, renderSpansHtml } from './html.js';
export { deidentifyFile, type BatchOptions } from './batch.js';
export { DeidInputError, deidentifyRecord } from './record.js';
export { shiftDateText, writtenDateDiff } from './date-format.js';
export { replacementPairs, type ReplacementPair } from './pairs.js';
export { SetScorer, loadAnnotatedJsonl, loadDevSet, type GoldDoc, type GoldSet, type GoldSpan, type SetScores } from './dev-sets.js';
export { residualRisk, type DeidAudit, type FlaggedRecord, type ResidualCounts } from './audit.js';
export { vocabulary, VOCAB_FLAGS, type Vocabulary } from './vocab.js';
