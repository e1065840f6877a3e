/**
 * The annotated de-identification sets of this repository, by role, in one place: the bench scores
 * them all; the tagger trains on the development sets only.
 *
 * @example
 * import { DEVELOPMENT_SETS } from './sets.js';
 */

/**
 * Real-style notes written for the project and developed on; `npm run deid:tagger` trains the statistical tagger on them.
 * (The shipped weights were trained on the sets up to -146 in stop 41; data/deid/tagger/README.md says what each retraining measured.)
 */
// (Number 87 was assigned to a writer who delivered no set; the numbers stay as the sets were written.)
export const DEVELOPMENT_SETS: readonly string[] = [
  'data/deid/dev-real-style',
  ...Array.from({ length: 85 }, (_, i) => `data/deid/dev-real-style-${i + 2}`),
  ...[88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244].map((n) => `data/deid/dev-real-style-${n}`),
];

/** Blind sets, written outside the repository by writers who never read the engine; never trained on. */
export const BLIND_SETS: readonly string[] = ['data/deid/blind-real-style', ...Array.from({ length: 137 }, (_, i) => `data/deid/blind-real-style-${i + 2}`)];

/** Sets the project did not write (../shared/deid-dev); scored, never trained on. */
export const SHARED_SETS: readonly string[] = ['../shared/deid-dev/asq-phi', '../shared/deid-dev/presidio-synth'];
