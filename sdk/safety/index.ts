/**
 * Safety: guardrails around generation (input screening, safety system prompt, PHI scrubbing,
 * educational disclaimer) and the red-team suite.
 *
 * @example
 * import { guardedGenerate, loadRedteam, runRedteam } from 'medtune';
 */
export * from './response-classifier.js';
export * from './input-screen.js';
export * from './guardrails-config.js';
export * from './output-filters.js';
export * from './guard.js';
export * from './guarded-generate.js';
export * from './redteam.js';
export * from './rewards.js';
