/**
 * Writes the generated data under data/: the annotated corpus (JSONL + one .txt per report +
 * README with measured counts), the format samples and the PHI-free pretraining text. Every file
 * is written atomically and nothing is replaced unless `overwrite` is set.
 *
 * @example
 * await writeCorpus({ count: 360, seed: 7, pretrainBytes: 1_500_000, out: 'data', overwrite: true });
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assertWritable, writeFileAtomic } from '../../sdk/runtime/fs.js';
import { generateCorpus } from './corpus.js';
import { hardCaseStats } from './hard-cases.js';
import { PHI_CATEGORIES, REPORT_TYPES, type AnnotatedReport, type GeneratedReport } from './phi.js';
import { generatePretrain, pretrainReadme } from './pretrain.js';
import { writeSamples } from './samples.js';

/** What to write. @example { count: 360, seed: 7, pretrainBytes: 1_500_000, out: 'data', overwrite: false } */
export interface WriteCorpusOptions {
  count: number;
  patients?: number;
  seed: number;
  pretrainBytes: number;
  out: string;
  overwrite: boolean;
  progress?: (message: string) => void;
}

/** Per-category and per-type counts of a corpus. @example corpusStats(reports).phi.NAME */
export function corpusStats(reports: readonly AnnotatedReport[]) {
  const phi = Object.fromEntries(PHI_CATEGORIES.map((c) => [c, 0])) as Record<string, number>;
  const types = Object.fromEntries(REPORT_TYPES.map((t) => [t, 0])) as Record<string, number>;
  for (const r of reports) {
    types[r.reportType]++;
    for (const s of r.phi) phi[s.category]++;
  }
  return {
    reports: reports.length,
    patients: new Set(reports.map((r) => r.patientId)).size,
    duplicates: reports.filter((r) => r.duplicateOf !== undefined).length,
    characters: reports.reduce((n, r) => n + r.text.length, 0),
    phiSpans: Object.values(phi).reduce((a, b) => a + b, 0),
    types,
    phi,
  };
}

function toRecord(r: GeneratedReport): AnnotatedReport {
  const rec: AnnotatedReport = { id: r.id, patientId: r.patientId, reportType: r.reportType, text: r.text, phi: r.phi };
  if (r.duplicateOf !== undefined) rec.duplicateOf = r.duplicateOf;
  return rec;
}

function table(obj: Record<string, number>): string {
  return Object.entries(obj).map(([k, v]) => `| ${k} | ${v} |`).join('\n');
}

function corpusReadme(stats: ReturnType<typeof corpusStats>, hard: ReturnType<typeof hardCaseStats>, o: WriteCorpusOptions): string {
  return `# Synthetic annotated clinical reports

Written by this project's seeded generator (\`scripts/corpus/\`): clinical templates plus
\`@faker-js/faker\` for identities. Every name, date, number and address is fake; no text is copied
from any real dataset. Use it to develop and measure the de-identification engine and the data phase.

Regenerate (byte-identical for the same arguments):

\`\`\`
npx tsx scripts/corpus/generate.ts --count ${o.count} --seed ${o.seed} --force
\`\`\`

## Files
- \`reports.jsonl\`: one report per line: \`{ id, patientId, reportType, text, phi: [{ start, end, category }], duplicateOf? }\`.
  Offsets are UTF-16 code-unit offsets into \`text\` (JS string indices), end exclusive, recorded while
  the text was written (never found by searching afterwards). Spans never overlap.
- \`reports/<id>.txt\`: the same texts, one file per report, for the folder loader.

## Counts (measured on this build)
${stats.reports} reports, ${stats.patients} patients, ${stats.characters} characters, ${stats.phiSpans} PHI spans,
${stats.duplicates} flagged duplicates (\`duplicateOf\`: half exact copies, half near copies with a header line and an addendum).

| report type | reports |
|---|---|
${table(stats.types)}

| PHI category | spans |
|---|---|
${table(stats.phi)}

## Hard cases (measured on this build)
NAME spans by shape: ${Object.entries(hard.names).map(([k, v]) => `${k} ${v}`).join(', ')}
(a span can count in several shapes; wordNames = a name containing Hope, Will, Grant, April, Young, ...).

DATE spans by shape: ${Object.entries(hard.dates).map(([k, v]) => `${k}: ${v}`).join('; ')}.

Word-names used as ordinary words outside any span: ${hard.wordNamesAsWords}. Reports with a PHI span at offset 0:
${hard.phiAtStart}; ending with a PHI span: ${hard.phiAtEnd}. Spans touching punctuation: ${hard.phiNextToPunctuation}.

## Annotation conventions (what a span covers)
- NAME: the whole contiguous name as written, without titles or credentials: \`Dr. [Young]\`,
  \`[Hope Young], MD\`, \`[O'BRIEN, HOPE]\` ("Last, First" is ONE span), \`[j. k. rowe]\`, initials \`[JKR]\`.
  Patients, relatives and clinicians; lowercase, ALL CAPS, hyphens, apostrophes, multi-word surnames,
  and ordinary words as names (Hope, Will, Grant, April, Dawn, Joy, Rose, Faith, Bill, Young, Black, Love).
  The same words also occur as ordinary words (not annotated): "there is hope", "Pt will return",
  "will grant a voucher", "black stools", "rose to 38.4 C", "worst at dawn", "a love of gardening".
- DATE: the whole date expression (\`[14-Mar-2021]\`, \`[March 14th, 2021]\`, \`[2021-03-14T10:22]\`,
  \`[03/14/2021 10:22]\`, \`on [14 March]\`, \`on the [14th]\`, \`in [April]\`, \`in [April 2021]\`, \`[Feb 2]\`).
  A year on its own ("MI in 2015") is not annotated (Safe Harbor keeps years).
- AGE: only ages over 89, and only the number: \`[92]-year-old\`, \`aged [95]\`, \`Age: [101]\`, \`[93] y/o\`.
  Ages up to 89 are not annotated.
- PHONE: the number with its extension (\`[(617) 555-0142 ext. 23]\`), international shapes, and 4-digit
  pagers after the word "pager" (\`pager [4821]\`). FAX: numbers labelled fax/facsimile.
- LOCATION: street line, city and ZIP (5 or ZIP+4) as separate spans (state left as text), PO boxes,
  facility names (hospitals, clinics, care homes, nursing centres).
- MRN, SSN, HEALTH_PLAN (member/policy ids), ACCOUNT (billing/visit accounts): the value only, not the label.
- LICENSE: DEA numbers (valid check digit), NPI (valid Luhn), driver's licence numbers.
- VEHICLE: plates and VINs (valid check digit). DEVICE: serial numbers, GS1 UDI strings, implant lot numbers.
- URL, IP (v4 and v6), EMAIL: the whole token. ID: accession numbers, specimen ids, police report numbers.

Not annotated on purpose (precision traps): eponyms (Parkinson's disease, Crohn's disease, Cushing's syndrome,
Hodgkin lymphoma, Whipple procedure, Babinski sign, Glasgow Coma Scale, Apgar score, Murphy's sign, McBurney's point),
drug names and doses (including unspaced units: 10mg, 15ml), lab names, values and reference ranges, vitals,
ICD-10 codes, scores and fractions that look like dates (power 4/5, MoCA 26/30, 1/2 tab), US states.
`;
}

/** Remove report .txt files that the new corpus does not contain (only under --force). */
async function removeStale(dir: string, keep: Set<string>): Promise<void> {
  let names: string[] = [];
  try { names = await readdir(dir); } catch { return; }
  for (const n of names) if (/^rpt-\d+\.txt$/.test(n) && !keep.has(n)) await rm(join(dir, n));
}

/** Generate everything and write it under `out`. Returns the measured counts. @example await writeCorpus(opts) */
export async function writeCorpus(o: WriteCorpusOptions) {
  const log = o.progress ?? (() => undefined);
  const corpusDir = join(o.out, 'corpus');
  const targets = [join(corpusDir, 'reports.jsonl'), join(corpusDir, 'README.md'), join(o.out, 'pretrain', 'clinical.txt'), join(o.out, 'samples', 'README.md')];
  for (const t of targets) assertWritable(t, { overwrite: o.overwrite });
  const reports = generateCorpus({ count: o.count, patients: o.patients, seed: o.seed });
  // The per-report files too, so a refused run stops before writing anything, not half-way.
  for (const r of reports) assertWritable(join(corpusDir, 'reports', `${r.id}.txt`), { overwrite: o.overwrite });
  const stats = corpusStats(reports);
  const hard = hardCaseStats(reports);
  log(`generated ${reports.length} reports with ${stats.phiSpans} PHI spans`);
  await writeFileAtomic(join(corpusDir, 'reports.jsonl'), `${reports.map((r) => JSON.stringify(toRecord(r))).join('\n')}\n`, { overwrite: o.overwrite });
  const txtDir = join(corpusDir, 'reports');
  if (o.overwrite) await removeStale(txtDir, new Set(reports.map((r) => `${r.id}.txt`)));
  for (const [i, r] of reports.entries()) {
    await writeFileAtomic(join(txtDir, `${r.id}.txt`), r.text, { overwrite: o.overwrite });
    if ((i + 1) % 100 === 0) log(`wrote ${i + 1}/${reports.length} report files`);
  }
  await writeFileAtomic(join(corpusDir, 'README.md'), corpusReadme(stats, hard, o), { overwrite: o.overwrite });
  const samples = await writeSamples(reports, join(o.out, 'samples'), o.seed, o.overwrite);
  log(`wrote samples: ${Object.keys(samples).join(', ')}`);
  const pretrain = generatePretrain(o.seed, o.pretrainBytes);
  await writeFileAtomic(join(o.out, 'pretrain', 'clinical.txt'), pretrain.text, { overwrite: o.overwrite });
  await writeFileAtomic(join(o.out, 'pretrain', 'README.md'), pretrainReadme(pretrain, o.seed, o.pretrainBytes), { overwrite: o.overwrite });
  log(`wrote pretrain text: ${pretrain.documents} documents, ${pretrain.bytes} bytes`);
  return { corpus: stats, hardCases: hard, samples, pretrain: { documents: pretrain.documents, bytes: pretrain.bytes } };
}
