/**
 * Evaluation: metrics (perplexity, MCQ, PubMedQA, classification, ROUGE, BLEU), bootstrap
 * confidence intervals, `evaluate()`, base-vs-tuned HTML reports and expert-review CSVs.
 *
 * @example
 * import { rouge, corpusBleu, bootstrapCI } from 'medtune';
 */
export * from './bootstrap.js';
export * from './classification.js';
export * from './answer-parse.js';
export * from './porter.js';
export * from './rouge.js';
export * from './bleu.js';
export * from './prompts.js';
export * from './breakdown.js';
export * from './choice.js';
export * from './labelled.js';
export * from './perplexity.js';
export * from './mcq.js';
export * from './pubmedqa.js';
export * from './summaries.js';
export * from './response-classifier.js';
export * from './redteam.js';
export * from './evaluate.js';
export * from './headline.js';
export * from './csv.js';
export * from './review.js';
export * from './report.js';
export * from './html-tables.js';
export * from './review-preferences.js';
export * from './memorization.js';
export * from './memorization-audit.js';
export * from './privacy-report.js';
export * from './report-svg.js';
