/**
 * Fake identifiers in realistic shapes, with valid check digits where real ones have them
 * (DEA, NPI, VIN) so a recognizer that validates checksums still has to find them.
 *
 * @example
 * const rng = new Rng(3);
 * deaNumber(rng, 'Young'); npi(rng); vin(rng); ssn(rng, true);
 */
import type { Rng } from './rng.js';

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** DEA registration number: 2 letters + 6 digits + check digit. @example deaNumber(rng, 'Ng') // 'BN3141592' shape */
export function deaNumber(rng: Rng, lastName: string): string {
  const first = rng.pick(['A', 'B', 'F', 'G', 'M']);
  const second = (lastName.replace(/[^A-Za-z]/g, '')[0] ?? 'X').toUpperCase();
  const d = Array.from({ length: 6 }, () => rng.int(0, 9));
  const check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return `${first}${second}${d.join('')}${check}`;
}

/** True when a DEA number's check digit is right. @example deaValid('AB1234563') */
export function deaValid(dea: string): boolean {
  const m = /^[A-Z]{2}(\d{7})$/.exec(dea);
  if (!m) return false;
  const d = m[1].split('').map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let v = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** NPI: 10 digits, Luhn over the '80840' prefix. @example npi(rng) // '1234567893' shape */
export function npi(rng: Rng): string {
  const body = `${rng.pick(['1', '2'])}${rng.digits(8)}`;
  return `${body}${luhnCheckDigit(`80840${body}`)}`;
}

/** True when an NPI's Luhn check digit is right. @example npiValid('1234567893') */
export function npiValid(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  return luhnCheckDigit(`80840${value.slice(0, 9)}`) === Number(value[9]);
}

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

function vinCheck(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = /\d/.test(c) ? Number(c) : VIN_VALUES[c];
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** VIN with a valid position-9 check digit. @example vin(rng) // '1HGCM82633A004352' shape */
export function vin(rng: Rng): string {
  const chars = rng.chars(VIN_ALPHABET, 17).split('');
  chars[0] = rng.pick(['1', '2', '3', '4', '5', 'J', 'W']);
  chars[9] = rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N']);
  chars[8] = '0';
  chars[8] = vinCheck(chars.join(''));
  return chars.join('');
}

/** True when a VIN's check digit is right. @example vinValid('1HGCM82633A004352') */
export function vinValid(value: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(value) && vinCheck(value) === value[8];
}

/** Valid-looking SSN (no 000/666/9xx area, no 00 group, no 0000 serial). @example ssn(rng, true) // '412-55-0193' shape */
export function ssn(rng: Rng, dashed: boolean): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(rng.int(1, 99)).padStart(2, '0');
  const s = String(rng.int(1, 9999)).padStart(4, '0');
  return dashed ? `${a}-${g}-${s}` : `${a}${g}${s}`;
}

/** A medical record number in one of several house styles. @example mrn(rng) */
export function mrn(rng: Rng): string {
  switch (rng.int(0, 4)) {
    case 0: return `00${rng.digits(6)}`;
    case 1: return `${rng.pick(['A', 'M', 'H'])}-${rng.int(10000, 99999)}`;
    case 2: return `${rng.digits(4)}-${rng.digits(3)}-${rng.digits(1)}`;
    case 3: return `${rng.chars(LETTERS, 2)}${rng.digits(7)}`;
    default: return `${rng.int(1000000, 9999999)}`;
  }
}

/** Health plan / member id. @example healthPlanId(rng) */
export function healthPlanId(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return `${rng.chars(LETTERS, 3)}${rng.digits(9)}`;
    case 1: return `W${rng.digits(9)}`;
    case 2: return `${rng.digits(2)}${rng.chars(LETTERS, 1)}${rng.digits(6)}${rng.chars(LETTERS, 1)}`;
    default: return `MBR-${rng.digits(4)}-${rng.digits(5)}`;
  }
}

/** Billing account number. @example accountNumber(rng) */
export function accountNumber(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0: return `${rng.int(4, 9)}${rng.digits(9)}`;
    case 1: return `ACCT-${rng.int(2015, 2024)}-${rng.digits(6)}`;
    default: return `${rng.digits(3)}-${rng.digits(4)}-${rng.digits(3)}`;
  }
}

/** Driver's licence number in a few state-like shapes. @example driversLicence(rng) */
export function driversLicence(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return `${rng.chars(LETTERS, 1)}${rng.digits(3)}-${rng.digits(4)}-${rng.digits(4)}`;
    case 1: return `${rng.chars(LETTERS, 1)}${rng.digits(7)}`;
    case 2: return rng.digits(9);
    default: return `${rng.chars(LETTERS, 2)}${rng.digits(6)}`;
  }
}

/** Licence plate. @example plate(rng) // '7KDF382' shape */
export function plate(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0: return `${rng.int(1, 9)}${rng.chars(LETTERS, 3)}${rng.digits(3)}`;
    case 1: return `${rng.chars(LETTERS, 3)}-${rng.digits(4)}`;
    default: return `${rng.digits(1)}${rng.chars(LETTERS, 2)} ${rng.digits(3)}`;
  }
}

/** Device serial number or GS1 UDI string. @example deviceId(rng) */
export function deviceId(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0: return `${rng.chars(LETTERS, 3)}${rng.digits(6)}${rng.chars(LETTERS, 1)}`;
    case 1: {
      const yy = String(rng.int(26, 32));
      const mm = String(rng.int(1, 12)).padStart(2, '0');
      return `(01)00${rng.digits(12)}(17)${yy}${mm}28(10)${rng.chars(LETTERS, 1)}${rng.digits(4)}(21)${rng.digits(8)}`;
    }
    default: return `SN-${rng.digits(4)}-${rng.chars(LETTERS, 2)}${rng.digits(4)}`;
  }
}

/** Accession number (radiology / lab). @example accession(rng) */
export function accession(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0: return `${rng.pick(['RAD', 'CT', 'MR', 'US'])}${rng.digits(2)}-${rng.digits(6)}`;
    case 1: return `A${rng.digits(9)}`;
    default: return `${rng.digits(2)}${rng.chars(LETTERS, 2)}-${rng.digits(5)}`;
  }
}

/** Surgical / lab specimen id. @example specimenId(rng) */
export function specimenId(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0: return `${rng.pick(['S', 'SP', 'CS'])}${rng.digits(2)}-${rng.digits(5)}`;
    case 1: return `SPEC-${rng.digits(4)}-${rng.chars(LETTERS, 1)}${rng.digits(3)}`;
    default: return `${rng.digits(2)}LH-${rng.digits(5)}`;
  }
}

/** US phone number in one of several shapes (555 exchange so no real line is hit). @example usPhone(rng) */
export function usPhone(rng: Rng, area?: string): string {
  const a = area ?? String(rng.int(201, 989));
  const line = `01${rng.digits(2)}`;
  switch (rng.int(0, 5)) {
    case 0: return `(${a}) 555-${line}`;
    case 1: return `${a}-555-${line}`;
    case 2: return `${a}.555.${line}`;
    case 3: return `+1 ${a} 555 ${line}`;
    case 4: return `1-${a}-555-${line}`;
    default: return `(${a})555-${line}`;
  }
}

/** International phone shapes (UK, Ireland, Germany, France, Australia). @example intlPhone(rng) */
export function intlPhone(rng: Rng): string {
  switch (rng.int(0, 4)) {
    case 0: return `+44 20 7946 0${rng.digits(3)}`;
    case 1: return `+353 1 ${rng.digits(3)} ${rng.digits(4)}`;
    case 2: return `+49 30 ${rng.digits(8)}`;
    case 3: return `+33 1 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
    default: return `+61 2 ${rng.digits(4)} ${rng.digits(4)}`;
  }
}

/** IPv4 (private and public ranges) or a compressed IPv6 address. @example ipAddress(rng, false) */
export function ipAddress(rng: Rng, v6: boolean): string {
  if (!v6) {
    switch (rng.int(0, 2)) {
      case 0: return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      case 1: return `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      default: return `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    }
  }
  const h = () => rng.int(1, 0xffff).toString(16);
  return rng.chance(0.5) ? `2001:db8:${h()}:${h()}::${h()}` : `fe80::${h()}:${h()}:${h()}:${h()}`;
}
