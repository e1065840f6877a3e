/**
 * Build a deid-dev format folder (notes.jsonl + gold.jsonl) from hand-written notes with inline
 * markup, so offsets are computed, never typed by hand.
 *
 * Source files: `source-*.txt` in the folder. `# ...` lines at the top of a file are comments;
 * `=== <id>` starts a note; PHI is written `{{CODE:text}}`. Upper-case codes are required Safe
 * Harbor identifiers, lower-case codes are labelled but not required (reported, never counted
 * against recall):
 *   N NAME, L LOCATION, D DATE, A AGE (90+), P PHONE, F FAX, E EMAIL, S SSN, M MRN,
 *   H HEALTH_PLAN, AC ACCOUNT, LI LICENSE, V VEHICLE, DV DEVICE, U URL, IP IP, ID ID;
 *   h HOSPITAL (facility names), st STATE.
 *
 * @example
 * npx tsx scripts/deid-dev/annotate.ts data/deid/dev-real-style
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CODES: Record<string, { category: string; required: boolean }> = {
  N: { category: 'NAME', required: true },
  L: { category: 'LOCATION', required: true },
  D: { category: 'DATE', required: true },
  A: { category: 'AGE', required: true },
  P: { category: 'PHONE', required: true },
  F: { category: 'FAX', required: true },
  E: { category: 'EMAIL', required: true },
  S: { category: 'SSN', required: true },
  M: { category: 'MRN', required: true },
  H: { category: 'HEALTH_PLAN', required: true },
  AC: { category: 'ACCOUNT', required: true },
  LI: { category: 'LICENSE', required: true },
  V: { category: 'VEHICLE', required: true },
  DV: { category: 'DEVICE', required: true },
  U: { category: 'URL', required: true },
  IP: { category: 'IP', required: true },
  ID: { category: 'ID', required: true },
  h: { category: 'HOSPITAL', required: false },
  st: { category: 'STATE', required: false },
};

interface Gold {
  id: string;
  start: number;
  end: number;
  category: string;
  required: boolean;
  source_label: string;
}

/** Strip the markup of one note; return the plain text and its spans. */
function parseNote(id: string, marked: string, where: string): { text: string; gold: Gold[] } {
  const gold: Gold[] = [];
  let text = '';
  const re = /\{\{([A-Za-z]+):([^{}]+)\}\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(marked))) {
    text += marked.slice(last, m.index);
    const code = CODES[m[1]];
    if (!code) throw new Error(`${where}: note ${id}: unknown code '${m[1]}'; expected one of ${Object.keys(CODES).join(', ')}`);
    const start = text.length;
    text += m[2];
    gold.push({ id, start, end: text.length, category: code.category, required: code.required, source_label: m[1] });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/\{\{|\}\}/.test(text)) throw new Error(`${where}: note ${id}: unbalanced {{ }} markup`);
  return { text, gold };
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: annotate.ts <folder with source-*.txt>');
  const files = readdirSync(dir).filter((f) => /^source-.*\.txt$/.test(f)).sort();
  if (files.length === 0) throw new Error(`${dir}: no source-*.txt files`);
  const notes: { id: string; text: string }[] = [];
  const golds: Gold[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const body = readFileSync(join(dir, f), 'utf8').replace(/^(?:#[^\n]*\n)+/, '');
    for (const chunk of body.split(/^=== /m).filter((c) => c.trim())) {
      const nl = chunk.indexOf('\n');
      const id = chunk.slice(0, nl).trim();
      if (seen.has(id)) throw new Error(`${f}: duplicate note id ${id}`);
      seen.add(id);
      const { text, gold } = parseNote(id, chunk.slice(nl + 1).replace(/\s+$/, ''), f);
      notes.push({ id, text });
      golds.push(...gold);
    }
  }
  writeFileSync(join(dir, 'notes.jsonl'), notes.map((n) => JSON.stringify(n)).join('\n') + '\n');
  writeFileSync(join(dir, 'gold.jsonl'), golds.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const byCat: Record<string, number> = {};
  for (const g of golds) byCat[`${g.category}${g.required ? '' : ' (not required)'}`] = (byCat[`${g.category}${g.required ? '' : ' (not required)'}`] ?? 0) + 1;
  console.log(`${dir}: ${notes.length} notes, ${golds.length} spans: ${Object.entries(byCat).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

main();
