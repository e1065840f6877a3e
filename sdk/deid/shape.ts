/**
 * Format-preserving randomization: every digit becomes another digit, every letter another
 * letter of the same case, punctuation and spacing stay. Used for identifiers whose shape
 * matters to downstream readers (MRNs, account numbers, serials) but whose value must go.
 *
 * @example
 * randomizeShape('MRN-004512', mulberry32(1)); // e.g. 'QZX-771093'
 */

const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';

/**
 * Replace digits and letters of `value` with random ones drawn from `rng`, keeping layout.
 * The first digit of a run stays non-zero when it was non-zero, so numbers keep their length.
 *
 * @example
 * randomizeShape('12-AB', () => 0.5); // '55-MM'
 */
export function randomizeShape(value: string, rng: () => number): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch >= '0' && ch <= '9') {
      const leading = i === 0 || !/\d/.test(value[i - 1]);
      const d = leading && ch !== '0' ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10);
      out += String(d);
    } else if (ch >= 'A' && ch <= 'Z') out += UPPER[Math.floor(rng() * UPPER.length)];
    else if (ch >= 'a' && ch <= 'z') out += LOWER[Math.floor(rng() * LOWER.length)];
    else out += ch;
  }
  return out;
}

/**
 * Re-case `replacement` like `model`: ALL CAPS, all lower, or as generated.
 *
 * @example
 * matchCase('SMITH', 'Jones'); // 'JONES'
 */
export function matchCase(model: string, replacement: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (letters.length > 0 && letters === letters.toLowerCase()) return replacement.toLowerCase();
  return replacement;
}
