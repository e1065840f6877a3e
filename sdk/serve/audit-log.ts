/**
 * The audit trail: an append-only JSONL file, one line per request, each line hash-chained to
 * the one before, so editing, deleting, inserting or reordering lines is detected by
 * `verifyAuditLog` (CLI: `medtune audit verify <file>`).
 *
 * Line i holds `seq` (1, 2, ...), the request's facts, `prev` (the hash of line i-1, or 64 zeros
 * for the first line) and `hash` = SHA-256 of `prev` + "\n" + the line's JSON without `hash`.
 * Removing lines from the end leaves a valid shorter chain; keep the last hash (printed by
 * `verify`) somewhere else to detect that.
 *
 * @example
 * const log = AuditLog.open('out/audit.jsonl');
 * log.append({ time: new Date().toISOString(), key: 'alice', route: '/v1/chat/completions', status: 200 });
 * verifyAuditLog('out/audit.jsonl'); // { ok: true, lines: 1, head: '…' }
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** `prev` of the first line. @example GENESIS_HASH.length; // 64 */
export const GENESIS_HASH = '0'.repeat(64);

/** The facts of one request (no raw text unless the server runs with `--audit-text scrubbed`). */
export type AuditFacts = Record<string, unknown>;

/** Result of `verifyAuditLog`. @example const r: AuditVerification = verifyAuditLog('audit.jsonl'); */
export type AuditVerification =
  | { ok: true; lines: number; head: string }
  | { ok: false; line: number; reason: string; lines: number };

function lineHash(prev: string, withoutHash: Record<string, unknown>): string {
  return createHash('sha256').update(`${prev}\n${JSON.stringify(withoutHash)}`).digest('hex');
}

/**
 * Check the chain of an audit log; the first bad line (1-based) and why, or the line count and
 * the last hash.
 *
 * @example
 * const r = verifyAuditLog('out/audit.jsonl');
 * if (!r.ok) console.error(`line ${r.line}: ${r.reason}`);
 */
export function verifyAuditLog(path: string): AuditVerification {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read the audit log (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const lines = text.split('\n');
  // A complete log ends with a newline, so the last element is empty; anything else is a torn write.
  const last = lines.pop();
  if (last !== '') {
    return { ok: false, line: lines.length + 1, reason: 'the last line is not terminated by a newline (a torn or appended-to line)', lines: lines.length + 1 };
  }
  let prev = GENESIS_HASH;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(lines[i]) as Record<string, unknown>;
    } catch {
      return { ok: false, line: n, reason: 'not valid JSON', lines: lines.length };
    }
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return { ok: false, line: n, reason: 'not a JSON object', lines: lines.length };
    const { hash, ...rest } = entry;
    if (rest.seq !== n) return { ok: false, line: n, reason: `seq is ${JSON.stringify(rest.seq)}; expected ${n} (a line was removed, inserted or moved)`, lines: lines.length };
    if (rest.prev !== prev) return { ok: false, line: n, reason: "prev does not match the previous line's hash (a line before it was changed, removed or moved)", lines: lines.length };
    if (typeof hash !== 'string' || hash !== lineHash(prev, rest)) return { ok: false, line: n, reason: 'hash does not match the line content (the line was edited)', lines: lines.length };
    prev = hash;
  }
  return { ok: true, lines: lines.length, head: prev };
}

/**
 * Appends chained lines. Opening an existing log verifies it first and continues its chain; a
 * broken log is refused (start a new file, keep the old one as evidence). Lines are written
 * synchronously in one `write` each, in the order `append` is called.
 *
 * @example
 * const log = AuditLog.open('out/audit.jsonl');
 * log.append({ route: '/diagnose', status: 200 });
 * log.close();
 */
export class AuditLog {
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    fd: number,
    private seq: number,
    private prev: string,
  ) {
    this.fd = fd;
  }

  /**
   * Open (creating folders and the file if needed) for appending.
   *
   * @example
   * const log = AuditLog.open('out/audit.jsonl');
   */
  static open(path: string): AuditLog {
    let seq = 0;
    let prev = GENESIS_HASH;
    if (existsSync(path)) {
      const v = verifyAuditLog(path);
      if (!v.ok) {
        throw new Error(`${path}: the existing audit log is broken at line ${v.line} (${v.reason}); refusing to append. Keep it as evidence and start a new file.`);
      }
      seq = v.lines;
      prev = v.head;
    } else {
      mkdirSync(dirname(path), { recursive: true });
    }
    return new AuditLog(path, openSync(path, 'a', 0o600), seq, prev);
  }

  /** Lines in the log. @example log.lines; // 12 */
  get lines(): number {
    return this.seq;
  }

  /** Hash of the last line. @example log.head.length; // 64 */
  get head(): string {
    return this.prev;
  }

  /**
   * Append one line; returns the written entry.
   *
   * @example
   * log.append({ time: new Date().toISOString(), route: '/healthz', status: 200 });
   */
  append(facts: AuditFacts): Record<string, unknown> {
    if (this.fd === undefined) throw new Error(`${this.path}: the audit log is closed`);
    for (const k of ['seq', 'prev', 'hash']) if (k in facts) throw new Error(`audit log: '${k}' is set by the chain; remove it from the facts`);
    const entry: Record<string, unknown> = { seq: this.seq + 1, ...facts, prev: this.prev };
    const hash = lineHash(this.prev, entry);
    writeSync(this.fd, `${JSON.stringify({ ...entry, hash })}\n`);
    this.seq++;
    this.prev = hash;
    return { ...entry, hash };
  }

  /** Flush to disk and close; later appends throw. @example log.close(); */
  close(): void {
    if (this.fd === undefined) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
  }
}
