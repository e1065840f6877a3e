/**
 * Strict UTF-8 decoding that says where it broke (line and byte) instead of producing U+FFFD,
 * shared by every reader of user text (dataset loading, batch de-identification) so they give
 * the same error for the same file.
 *
 * @example
 * decodeUtf8Strict(bytes); // throws Utf8Error { line: 3, found: 'invalid UTF-8 byte 0xe9 at byte 57 of the file', ... }
 */

/** Why text could not be decoded: 1-based line, what was found, what was expected. @example e.line; */
export class Utf8Error extends Error {
  constructor(
    readonly line: number,
    readonly found: string,
    readonly expected: string,
  ) {
    super(`line ${line}: found ${found}, expected ${expected}`);
    this.name = 'Utf8Error';
  }
}

/** What invalid-UTF-8 errors ask for, with the usual fix. @example `expected ${UTF8_EXPECTED}`; */
export const UTF8_EXPECTED = 'UTF-8 text (re-encode the file, e.g. iconv -f latin1 -t utf-8)';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode `bytes` as UTF-8 (a leading BOM is dropped); on invalid bytes throw a {@link Utf8Error}
 * naming the line (`lineOffset` is added, for per-line decoding) and the byte offset in `unit`.
 *
 * @example
 * decodeUtf8Strict(new TextEncoder().encode('ok')); // 'ok'
 */
export function decodeUtf8Strict(bytes: Uint8Array, lineOffset = 0, unit: 'file' | 'line' = 'file'): string {
  try {
    const s = decoder.decode(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1 + lineOffset;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new Utf8Error(line, `invalid UTF-8 byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at} of the ${unit}`, UTF8_EXPECTED);
  }
}

/**
 * Offset of the first byte that breaks UTF-8 well-formedness (bytes.length if none).
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62])); // 1
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/**
 * Split bytes into lines at LF (CR before it is dropped by the caller's trim), keeping them as
 * bytes so each line can be decoded, and rejected, on its own.
 *
 * @example
 * splitLines(new TextEncoder().encode('a\nb')).length; // 2
 */
export function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}
