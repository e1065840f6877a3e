/**
 * Helpers shared by the bench scripts.
 *
 * @example
 * const steps = positiveInt(values.steps, 'steps'); // throws naming --steps on "0" or "x"
 */

/** A command-line value that must be a positive integer; the error names the flag and the value. */
export function positiveInt(raw: string, flag: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag}: expected a positive integer, got "${raw}"`);
  return n;
}
