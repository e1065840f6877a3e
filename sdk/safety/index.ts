/**
 * Safety: guardrails around generation (input screening, safety system prompt, PHI scrubbing,
 * educational disclaimer), for any model you can generate with. The red-team suite that
 * measures them lives in sdk/eval (`evaluate(..., ['redteam'], { redteamModel: guardedModel(m) })`).
 *
 * @example
 * import { guardedGenerate, guardedModel } from 'medtune';
 */
export * from './input-screen.js';
export * from './guardrails-config.js';
export * from './output-filters.js';
export * from './guard.js';
export * from './guarded-generate.js';
export * from './rewards.js';
