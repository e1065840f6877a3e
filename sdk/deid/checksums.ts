/**
 * Check-digit validation for identifiers that carry one. A shape match that also passes its
 * checksum is near-certain PHI, so recognizers give it a high score.
 *
 * @example
 * luhnValid('1234567893'); // true for a valid NPI body with prefix 80840 applied by npiValid
 */

/**
 * Luhn mod-10 over a digit string (credit cards, account numbers, NPIs with prefix).
 *
 * @example
 * luhnValid('79927398713'); // true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * National Provider Identifier: 10 digits, Luhn over "80840" + the NPI.
 *
 * @example
 * npiValid('1234567893'); // true
 */
export function npiValid(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && luhnValid(`80840${npi}`);
}

/**
 * DEA registration number: 2 letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
 *
 * @example
 * deaValid('AB1234563'); // true
 */
export function deaValid(dea: string): boolean {
  const m = /^[A-Za-z][A-Za-z9](\d{7})$/.exec(dea);
  if (!m) return false;
  const d = m[1].split('').map(Number);
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return check === d[6];
}

/**
 * Compute the check digit a DEA number with these 6 digits must end with.
 *
 * @example
 * deaCheckDigit('123456'); // 3
 */
export function deaCheckDigit(six: string): number {
  const d = six.split('').map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * The check character (position 9) a 17-character VIN should have.
 *
 * @example
 * vinCheckChar('1M8GDM9AXKP042788'); // 'X'
 */
export function vinCheckChar(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i].toUpperCase();
    const v = /\d/.test(ch) ? Number(ch) : (VIN_VALUES[ch] ?? 0);
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * North-American VIN: 17 chars without I, O, Q, with a valid check digit.
 *
 * @example
 * vinValid('1M8GDM9AXKP042788'); // true
 */
export function vinValid(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/i.test(vin)) return false;
  return vinCheckChar(vin) === vin[8].toUpperCase();
}

/**
 * SSN issuance rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
 *
 * @example
 * ssnValid('123-45-6789'); // true
 * ssnValid('666-12-3456'); // false
 */
export function ssnValid(ssn: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(ssn);
  if (!m) return false;
  const area = Number(m[1]);
  if (area === 0 || area === 666 || area >= 900) return false;
  return m[2] !== '00' && m[3] !== '0000';
}
