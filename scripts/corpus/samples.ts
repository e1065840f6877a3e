/**
 * Writes data/samples/: small files in the common medical dataset formats (MedQA, PubMedQA,
 * MedDialog, Alpaca, ShareGPT, chat messages), a CSV and a PDF made from corpus reports, and a
 * README describing each, so every loader has a real example to read.
 *
 * @example
 * await writeSamples(reports, 'data/samples', 7, true);
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../../sdk/runtime/fs.js';
import type { GeneratedReport } from './phi.js';
import { textToPdf } from './pdf.js';
import { Rng } from './rng.js';
import { instructionItems, meddialogItems, medqaItems, pubmedqaItems } from './sample-items.js';

const SYSTEM = 'You are a careful clinical assistant. Answer for educational purposes only; this is not medical advice.';

/** Quote a CSV field per RFC 4180 (always quoted; inner quotes doubled). @example csvField('a "b"') === '"a ""b"""' */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** True when every character of `text` is printable in the PDF's WinAnsi font. */
function pdfSafe(text: string): boolean {
  return [...text].every((ch) => ch === '\n' || (ch.codePointAt(0)! >= 32 && ch.codePointAt(0)! < 256) || '–—’‘“”•'.includes(ch));
}

/** Write every sample file; returns item counts per file. @example await writeSamples(reports, dir, 7, false) */
export async function writeSamples(reports: GeneratedReport[], dir: string, seed: number, overwrite: boolean): Promise<Record<string, number>> {
  const rng = new Rng(seed * 31 + 5);
  const w = (name: string, data: string | Uint8Array) => writeFileAtomic(join(dir, name), data, { overwrite });
  const counts: Record<string, number> = {};

  const medqa = medqaItems(rng);
  await w('medqa.jsonl', `${medqa.map((x) => JSON.stringify(x)).join('\n')}\n`);
  counts['medqa.jsonl'] = medqa.length;

  const pubmed = pubmedqaItems(rng, 24);
  await w('pubmedqa.json', `${JSON.stringify(pubmed, null, 2)}\n`);
  counts['pubmedqa.json'] = Object.keys(pubmed).length;

  const dialogs = meddialogItems(rng, 24);
  await w('meddialog.jsonl', `${dialogs.map((x) => JSON.stringify(x)).join('\n')}\n`);
  counts['meddialog.jsonl'] = dialogs.length;

  const alpaca = instructionItems(rng, 32);
  await w('alpaca.json', `${JSON.stringify(alpaca, null, 2)}\n`);
  counts['alpaca.json'] = alpaca.length;

  const chatItems = instructionItems(rng, 40);
  const sharegpt = chatItems.slice(0, 20).map((x, i) => ({
    conversations: [
      ...(i % 2 === 0 ? [{ from: 'system', value: SYSTEM }] : []),
      { from: 'human', value: `${x.instruction}\n\n${x.input}` },
      { from: 'gpt', value: x.output },
    ],
  }));
  await w('sharegpt.jsonl', `${sharegpt.map((x) => JSON.stringify(x)).join('\n')}\n`);
  counts['sharegpt.jsonl'] = sharegpt.length;

  const messages = chatItems.slice(20).map((x, i) => ({
    messages: [
      ...(i % 3 === 0 ? [] : [{ role: 'system', content: SYSTEM }]),
      { role: 'user', content: `${x.instruction}\n\n${x.input}` },
      { role: 'assistant', content: x.output },
    ],
  }));
  await w('messages.jsonl', `${messages.map((x) => JSON.stringify(x)).join('\n')}\n`);
  counts['messages.jsonl'] = messages.length;

  const subset = reports.filter((r) => r.duplicateOf === undefined).slice(0, 27);
  const csv = ['note_id,patient_id,note_type,note_text', ...subset.map((r) => [r.id, r.patientId, r.reportType].join(',') + `,${csvField(r.text)}`)].join('\n');
  await w('reports.csv', `${csv}\n`);
  counts['reports.csv'] = subset.length;

  const pdfReport = reports.find((r) => r.reportType === 'lab' && pdfSafe(r.text)) ?? reports.find((r) => pdfSafe(r.text));
  if (!pdfReport) throw new Error('samples: no report is printable in the PDF font (WinAnsi); cannot write report.pdf');
  await w('report.pdf', textToPdf(pdfReport.text, { title: `Synthetic report ${pdfReport.id}` }));
  counts['report.pdf'] = 1;

  await w('README.md', samplesReadme(counts, pdfReport.id, subset.map((r) => r.id)));
  return counts;
}

function samplesReadme(counts: Record<string, number>, pdfId: string, csvIds: string[]): string {
  return `# Format samples

Small files in the formats the data loaders accept, written by \`scripts/corpus/samples.ts\` from this
project's own clinical templates (no text from the public datasets whose formats they copy). Regenerated
with the corpus: \`npx tsx scripts/corpus/generate.ts --force\`. Clinically plausible, for tests and demos only.

| file | items | format |
|---|---|---|
| medqa.jsonl | ${counts['medqa.jsonl']} | MedQA: one JSON object per line \`{ "question", "options": { "A".."E" }, "answer": "<option text>", "answer_idx": "C", "meta_info": "step1" \\| "step2&3" }\` |
| pubmedqa.json | ${counts['pubmedqa.json']} | PubMedQA (original shape): one JSON object keyed by id, each \`{ "QUESTION", "CONTEXTS": [...], "LABELS": [...], "MESHES": [...], "final_decision": "yes" \\| "no" \\| "maybe", "LONG_ANSWER" }\`; the decision follows the generated results (significant benefit: yes; no difference: no; trend: maybe) |
| meddialog.jsonl | ${counts['meddialog.jsonl']} | MedDialog: \`{ "id", "description", "utterances": ["patient: ...", "doctor: ...", ...] }\` |
| alpaca.json | ${counts['alpaca.json']} | Alpaca: a JSON array of \`{ "instruction", "input", "output" }\` (imaging summary, abnormal labs, diagnosis, management) |
| sharegpt.jsonl | ${counts['sharegpt.jsonl']} | ShareGPT: \`{ "conversations": [{ "from": "system" \\| "human" \\| "gpt", "value" }] }\`; every other item has a system turn |
| messages.jsonl | ${counts['messages.jsonl']} | Chat messages: \`{ "messages": [{ "role": "system" \\| "user" \\| "assistant", "content" }] }\`; some without a system message |
| reports.csv | ${counts['reports.csv']} | CSV with header \`note_id,patient_id,note_type,note_text\`; \`note_text\` is always double-quoted (inner quotes doubled) and spans several lines. Rows are corpus reports ${csvIds[0]}..${csvIds[csvIds.length - 1]} (same text and PHI annotations as in data/corpus/reports.jsonl) |
| report.pdf | 1 | A text PDF 1.4 (Helvetica, WinAnsiEncoding) of corpus report ${pdfId}, wrapped at 95 characters per line |

The samples in MedQA, PubMedQA, MedDialog, Alpaca, ShareGPT and messages form contain no PHI. reports.csv
and report.pdf carry the corpus's synthetic PHI (fake names, dates, ids), annotated in data/corpus/reports.jsonl.
`;
}
