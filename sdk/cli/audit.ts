/**
 * `medtune audit verify <file>`: check the hash chain of a `medtune serve` audit log. Exit 0 when
 * intact (prints the line count and the last hash, worth keeping elsewhere to detect truncation),
 * 1 naming the first bad line and why.
 *
 * @example
 * ./bin/medtune audit verify out/audit.jsonl
 */
import { parseArgs } from 'node:util';
import { verifyAuditLog } from '../serve/audit-log.js';

const HELP = `usage: medtune audit verify <file> [--json]

Verify the hash chain of an audit log written by 'medtune serve'.
Exit status: 0 intact, 1 broken (the first bad line is named), 2 usage error.

options:
  --json       print one JSON object {"ok", "lines", "head"} or {"ok", "line", "reason"}
  -h, --help   show this help`;

/** Run `medtune audit`. @example await run(['verify', 'out/audit.jsonl']); */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== 'verify' || !file || extra.length) {
    console.error(`medtune audit: expected 'verify <file>'${sub && sub !== 'verify' ? `; unknown subcommand '${sub}'` : ''}\n\n${HELP}`);
    return 2;
  }
  const r = verifyAuditLog(file);
  if (values.json) console.log(JSON.stringify(r.ok ? { ok: true, lines: r.lines, head: r.head } : { ok: false, line: r.line, reason: r.reason }));
  if (r.ok) {
    if (!values.json) console.log(`${file}: ok, ${r.lines} line(s), chain intact; last hash ${r.head}`);
    return 0;
  }
  console.error(`${file}: line ${r.line}: ${r.reason}`);
  return 1;
}
