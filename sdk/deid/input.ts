/**
 * Streaming input for batch de-identification: JSONL files line by line (so memory stays flat),
 * a single .txt file, or a folder of .txt files (one record per file, id = file name). Yields raw
 * JSON lines plus their location for error messages. Text is UTF-8, checked strictly (invalid
 * bytes are an error naming file, line and byte, as the dataset loaders give), or Latin-1 when
 * asked for: a replacement character in de-identified output would hide what was there.
 *
 * @example
 * for await (const line of inputLines('data/corpus/reports.jsonl')) console.log(line.where);
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeUtf8Strict, Utf8Error } from '../runtime/utf8.js';
import { DeidInputError } from './record.js';

/** Text encodings the input may be in: UTF-8 (checked), or ISO-8859-1 as pandas/Python read 'latin1'. @example const e: InputEncoding = 'latin1'; */
export type InputEncoding = 'utf8' | 'latin1';
/** The encodings, for option parsing. @example INPUT_ENCODINGS.includes('latin1'); */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf8', 'latin1'];

/** Decode one file (`unit` 'file') or one line of it; `line` is the 1-based line the bytes start on. */
function decode(bytes: Uint8Array, encoding: InputEncoding, where: string, line: number, unit: 'file' | 'line'): string {
  // Buffer's 'latin1' is ISO-8859-1 (every byte one code point), unlike TextDecoder's windows-1252.
  if (encoding === 'latin1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return decodeUtf8Strict(bytes, line - 1, unit);
  } catch (e) {
    if (!(e instanceof Utf8Error)) throw e;
    throw new DeidInputError(`${where}:${e.line}: found ${e.found}, expected ${e.expected}; for a Latin-1 file pass --encoding latin1`);
  }
}

/** One input record as a JSON line and where it came from ("file.jsonl:12"). @example for await (const l of inputLines('a.jsonl')) l.where; // 'a.jsonl:1' */
export interface InputLine {
  text: string;
  where: string;
  /** Bytes read for this record (progress). */
  bytes: number;
}

/**
 * Iterate the records of `path`.
 *
 * @example
 * const lines = inputLines('notes/'); // folder of .txt files
 */
export async function* inputLines(path: string, encoding: InputEncoding = 'utf8'): AsyncGenerator<InputLine> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new DeidInputError(`${path}: no such file or folder; expected a .jsonl file, a .txt file or a folder of .txt files`);
  }
  if (info.isDirectory()) {
    const files = (await readdir(path)).filter((f) => extname(f).toLowerCase() === '.txt').sort();
    if (files.length === 0) throw new DeidInputError(`${path}: folder has no .txt files; expected one report per .txt file`);
    for (const f of files) {
      const raw = await readFile(join(path, f));
      const text = decode(raw, encoding, join(path, f), 1, 'file');
      yield { text: JSON.stringify({ id: basename(f, extname(f)), text }), where: join(path, f), bytes: raw.byteLength };
    }
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') {
    const raw = await readFile(path);
    const text = decode(raw, encoding, path, 1, 'file');
    yield { text: JSON.stringify({ id: basename(path, ext), text }), where: path, bytes: raw.byteLength };
    return;
  }
  if (ext !== '.jsonl' && ext !== '.ndjson' && ext !== '.json') {
    throw new DeidInputError(`${path}: unsupported extension '${ext || '(none)'}'; expected .jsonl, .txt or a folder`);
  }
  let n = 0;
  for await (const raw of byteLines(path)) {
    n++;
    // A CR before the LF belongs to the line break (CRLF files), not to the record.
    const bytes = raw.length && raw[raw.length - 1] === 0x0d ? raw.subarray(0, -1) : raw;
    const line = decode(bytes, encoding, path, n, 'line');
    // Blank lines (a trailing newline, spacing) hold no record.
    if (line.trim() === '') continue;
    yield { text: line, where: `${path}:${n}`, bytes: raw.byteLength + 1 };
  }
}

/** The file's lines as bytes (LF removed), read in chunks so only one line is held at a time. */
async function* byteLines(path: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, i));
      yield Buffer.concat(pending);
      pending = [];
      start = i + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield Buffer.concat(pending);
}
