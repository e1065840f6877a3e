/** Small hand-written records covering every kind evaluation reads (synthetic, no PHI). */
import type { DataRecord } from '../../sdk/data/records.js';

const src = (file: string, line: number) => ({ file, line, format: 'jsonl' });

export const RECORDS: DataRecord[] = [
  { id: 'm1', kind: 'mcq', source: src('medqa.jsonl', 1), meta: {}, question: 'First-line drug for type 2 diabetes?', options: { A: 'Insulin glargine', B: 'Metformin', C: 'Glipizide', D: 'Acarbose' }, answer: 'B' },
  { id: 'm2', kind: 'mcq', source: src('medqa.jsonl', 2), meta: {}, question: 'Antidote for acetaminophen overdose?', options: { A: 'Naloxone', B: 'Flumazenil', C: 'N-acetylcysteine', D: 'Atropine' }, answer: 'C' },
  { id: 'm3', kind: 'mcq', source: src('other.jsonl', 1), meta: {}, question: 'Vitamin deficient in scurvy?', options: { A: 'Vitamin C', B: 'Vitamin D', C: 'Vitamin B12', D: 'Vitamin K' }, answer: 'A' },
  { id: 'p1', kind: 'pubmedqa', source: src('pqa.jsonl', 1), meta: {}, question: 'Does exercise lower blood pressure?', contexts: ['A trial of 200 adults found lower systolic pressure after training.'], decision: 'yes' },
  { id: 'p2', kind: 'pubmedqa', source: src('pqa.jsonl', 2), meta: {}, question: 'Does vitamin X cure colds?', contexts: ['No difference was seen versus placebo.'], decision: 'no' },
  { id: 'p3', kind: 'pubmedqa', source: src('pqa.jsonl', 3), meta: {}, question: 'Is drug Y safe in pregnancy?', contexts: ['Evidence is limited and mixed.'], decision: 'maybe' },
  { id: 's1', kind: 'instruction', source: src('notes.jsonl', 1), meta: { source: 'discharge' }, task: 'summarization', instruction: 'Summarize the note.', input: 'Patient admitted with pneumonia, treated with antibiotics, discharged home stable.', output: 'Pneumonia treated with antibiotics; discharged stable.' },
  { id: 's2', kind: 'instruction', source: src('notes.jsonl', 2), meta: { source: 'radiology' }, task: 'summarization', instruction: 'Summarize the report.', input: 'Chest X-ray shows no acute cardiopulmonary process.', output: 'Normal chest X-ray.' },
  { id: 'q1', kind: 'instruction', source: src('notes.jsonl', 3), meta: {}, task: 'qa', instruction: 'What does BP stand for?', input: '', output: 'Blood pressure.' },
  { id: 'r1', kind: 'report', source: src('reports.jsonl', 1), meta: {}, text: 'Findings: lungs are clear. No effusion.' },
];
