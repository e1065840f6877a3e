/**
 * Streaming input for batch de-identification: JSONL files line by line (readline, so memory
 * stays flat), a single .txt file, or a folder of .txt files (one record per file, id = file
 * name). Yields raw JSON lines plus their location for error messages.
 *
 * @example
 * for await (const line of inputLines('data/corpus/reports.jsonl')) console.log(line.where);
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DeidInputError } from './record.js';

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
export async function* inputLines(path: string): AsyncGenerator<InputLine> {
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
      const text = await readFile(join(path, f), 'utf8');
      yield { text: JSON.stringify({ id: basename(f, extname(f)), text }), where: join(path, f), bytes: Buffer.byteLength(text) };
    }
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') {
    const text = await readFile(path, 'utf8');
    yield { text: JSON.stringify({ id: basename(path, ext), text }), where: path, bytes: Buffer.byteLength(text) };
    return;
  }
  if (ext !== '.jsonl' && ext !== '.ndjson' && ext !== '.json') {
    throw new DeidInputError(`${path}: unsupported extension '${ext || '(none)'}'; expected .jsonl, .txt or a folder`);
  }
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    // Blank lines (a trailing newline, spacing) hold no record.
    if (line.trim() === '') continue;
    yield { text: line, where: `${path}:${n}`, bytes: Buffer.byteLength(line) + 1 };
  }
}
