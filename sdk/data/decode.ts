/**
 * Strict UTF-8 decoding for the loaders: the shared decoder of sdk/runtime/utf8.ts, with its
 * error turned into a {@link DataError} naming the file.
 *
 * @example
 * decodeUtf8(bytes, 'notes.txt'); // throws DataError 'notes.txt:3: found invalid UTF-8 byte 0xff at byte 57 of the file, expected UTF-8 text ...'
 */
import { decodeUtf8Strict, Utf8Error } from '../runtime/utf8.js';
import { DataError } from './errors.js';

export { firstInvalidUtf8, splitLines } from '../runtime/utf8.js';

/**
 * Decode `bytes` as UTF-8 (a leading BOM is dropped); on invalid bytes throw a {@link DataError}
 * naming the line and byte offset (`lineOffset` is added to the line, for per-line decoding).
 *
 * @example
 * decodeUtf8(new TextEncoder().encode('ok'), 'a.txt'); // 'ok'
 */
export function decodeUtf8(bytes: Uint8Array, file: string, lineOffset = 0, unit: 'file' | 'line' = 'file'): string {
  try {
    return decodeUtf8Strict(bytes, lineOffset, unit);
  } catch (e) {
    if (!(e instanceof Utf8Error)) throw e;
    throw new DataError({ file, line: e.line, found: e.found, expected: e.expected });
  }
}
