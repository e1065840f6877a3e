// Dataset shapes users bring from Hugging Face, TRL and LLaMA-Factory, and LLaMA-Factory's dataset
// registry. Fixtures are written here (our own rows in the public formats).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as prepare } from '../../sdk/cli/prepare.js';
import { dataset } from '../../sdk/data/dataset.js';
import { readDatasetInfo } from '../../sdk/data/dataset-info.js';
import { loadDatasetSpec } from '../../sdk/data/dataset-spec.js';
import { interleaveRecords } from '../../sdk/data/mix.js';
import type { DataRecord } from '../../sdk/data/records.js';

let dir: string;
const put = (name: string, content: unknown, jsonl = false) => {
  const p = join(dir, name);
  writeFileSync(p, jsonl ? (content as unknown[]).map((r) => JSON.stringify(r)).join('\n') : JSON.stringify(content, null, 2));
  return p;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-shapes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mcq = (id: string, cop: number, exp?: string) => ({ id, question: `Q ${id}?`, opa: 'Aspirin', opb: 'Heparin', opc: 'Warfarin', opd: 'Clopidogrel', cop, choice_type: 'single', exp, subject_name: 'Pharmacology', topic_name: null });

describe('dataset shapes', () => {
  it('MedMCQA rows: 0-based cop (Hugging Face) and 1-based (original release) load and become instructions', async () => {
    const hf = await dataset(put('medmcqa-hf.jsonl', [mcq('a', 0), mcq('b', 3, 'Warfarin is monitored with INR.')], true));
    expect(hf.records.map((r) => (r.kind === 'mcq' ? r.answer : ''))).toEqual(['A', 'D']);
    const ori = await dataset(put('medmcqa-ori.json', [mcq('c', 4), mcq('d', 1)]));
    expect(ori.records.map((r) => (r.kind === 'mcq' ? r.answer : ''))).toEqual(['D', 'A']);
    const ins = hf.toInstructions(['mcq']).records;
    // The prompt asks for an explanation only when the target has one.
    expect(ins[0]).toMatchObject({ instruction: 'Answer the following multiple-choice question with the letter of the best option (A/B/C/D).', output: 'Answer: A. Aspirin' });
    expect(ins[1]).toMatchObject({ output: 'Answer: D. Clopidogrel\nExplanation: Warfarin is monitored with INR.' });
    expect((ins[1] as { instruction: string }).instruction).toMatch(/then explain briefly\.$/);
    // Values 1-3 only cannot tell the numbering apart: an error, or the option says it.
    const amb = put('medmcqa-amb.jsonl', [mcq('e', 1), mcq('f', 2)], true);
    await expect(dataset(amb)).rejects.toThrow(/medmcqa-amb\.jsonl:1: field 'cop': found cop values between 1 and 3 only/);
    expect((await dataset(amb, { medmcqaCop: 1 })).records.map((r) => (r.kind === 'mcq' ? r.answer : ''))).toEqual(['A', 'B']);
  });

  it('PubMedQA: Hugging Face pqa_labeled / pqa_artificial rows and the original ori_pqal.json (keyed by PMID)', async () => {
    const row = (pubid: number, d: string) => ({ pubid, question: 'Does X help?', context: { contexts: ['Background.', 'Results.'], labels: ['BACKGROUND', 'RESULTS'], meshes: ['Humans'] }, long_answer: 'It helps.', final_decision: d });
    const hf = await dataset(put('pqa_labeled.jsonl', [row(101, 'yes'), row(102, 'maybe')], true));
    expect(hf.records[0]).toMatchObject({ kind: 'pubmedqa', id: '101', contexts: ['Background.', 'Results.'], decision: 'yes', longAnswer: 'It helps.' });
    const ori = await dataset(put('ori_pqal.json', { 2001: { QUESTION: 'Is Y safe?', CONTEXTS: ['C1'], LABELS: ['L'], MESHES: [], YEAR: '2001', reasoning_required_pred: 'yes', reasoning_free_pred: 'no', final_decision: 'no', LONG_ANSWER: 'Not shown.' } }));
    expect(ori.records[0]).toMatchObject({ kind: 'pubmedqa', id: '2001', decision: 'no' });
    const ins = hf.toInstructions(['pubmedqa']).records;
    expect(ins).toHaveLength(2);
    expect(ins[0]).toMatchObject({ output: 'Answer: yes\nReasoning: It helps.' });
  });

  it('TRL rows: {"text"} is plain text (for stage pt), {"prompt","completion"} a training example (also conversational)', async () => {
    const text = await dataset(put('trl-text.jsonl', [{ text: 'Chest X-ray: clear.' }], true));
    expect(text.records[0]).toMatchObject({ kind: 'report', text: 'Chest X-ray: clear.' });
    const pc = await dataset(put('trl-pc.jsonl', [{ prompt: 'Define BP.', completion: 'Blood pressure.' }, { prompt: [{ role: 'user', content: 'Define HR.' }], completion: [{ role: 'assistant', content: 'Heart rate.' }] }], true));
    expect(pc.records[0]).toMatchObject({ kind: 'instruction', instruction: 'Define BP.', output: 'Blood pressure.' });
    expect(pc.records[1]).toMatchObject({ kind: 'chat', messages: [{ role: 'user', content: 'Define HR.' }, { role: 'assistant', content: 'Heart rate.' }] });
  });

  it('OpenAI messages with content parts join text parts and refuse images clearly; tool calls become function turns', async () => {
    const parts = await dataset(put('parts.jsonl', [
      { messages: [{ role: 'user', content: [{ type: 'text', text: 'Read ' }, { type: 'text', text: 'this.' }] }, { role: 'assistant', content: [{ type: 'text', value: 'Done.' }], loss_weight: 1.0 }] },
      { messages: [{ role: 'user', content: 'BMI?' }, { role: 'assistant', content: null, tool_calls: [{ type: 'function', function: { name: 'bmi', arguments: { kg: 70 } } }] }, { role: 'tool', content: '22.9' }, { role: 'assistant', content: '22.9' }], tools: [{ name: 'bmi', parameters: { properties: {} } }] },
    ], true));
    expect(parts.records[0]).toMatchObject({ kind: 'chat', messages: [{ role: 'user', content: 'Read this.' }, { role: 'assistant', content: 'Done.' }] });
    expect(parts.records[1]).toMatchObject({ messages: [{ role: 'user' }, { role: 'function', content: '[{"name":"bmi","arguments":{"kg":70}}]' }, { role: 'observation', content: '22.9' }, { role: 'assistant' }], tools: '[{"name":"bmi","parameters":{"properties":{}}}]' });
    const img = put('image.jsonl', [{ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x.png' } }] }, { role: 'assistant', content: 'A cat.' }] }], true);
    await expect(dataset(img)).rejects.toThrow(/image\.jsonl:1: field 'messages\[0\]\.content\[0\]': found a 'image_url' part, expected text parts only/);
  });

  it('ShareGPT with function_call / observation turns and tools (glaive_toolcall shape)', async () => {
    const ds = await dataset(put('glaive.json', [{
      conversations: [
        { from: 'human', value: 'Find a recipe with rice.' },
        { from: 'function_call', value: '{"name": "search_recipes", "arguments": {"ingredients": ["rice"]}}' },
        { from: 'observation', value: '{"recipes": ["Rice bowl"]}' },
        { from: 'gpt', value: 'Try a rice bowl.' },
      ],
      tools: '[{"name": "search_recipes", "description": "Search recipes", "parameters": {"type": "object", "properties": {"ingredients": {"type": "array", "items": {"type": "string"}}}}}]',
    }]));
    expect(ds.records[0]).toMatchObject({ kind: 'chat', messages: [{ role: 'user' }, { role: 'function' }, { role: 'observation' }, { role: 'assistant' }] });
    expect((ds.records[0] as { tools?: string }).tools).toContain('search_recipes');
  });

  it('the CLI names --format, not options.format', async () => {
    const odd = put('odd.jsonl', [{ foo: 1 }], true);
    const err = await prepare(['--in', odd, '--out', join(dir, 'prep')]).catch((e: Error) => e.message);
    expect(err).toContain('--format <name>');
    expect(err).not.toContain('options.format');
  });
});

describe("LLaMA-Factory's dataset registry", () => {
  let data: string;
  beforeAll(() => {
    data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'qa.json'), JSON.stringify([
      { instruction: 'Define BP.', input: 'in one phrase', output: 'Blood pressure.', history: [['Hi', 'Hello.']] },
      { instruction: 'Define HR.', input: '', output: 'Heart rate.' },
      { instruction: 'Define RR.', input: '', output: 'Respiratory rate.' },
    ]));
    writeFileSync(join(data, 'chats.jsonl'), [
      { msgs: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Fever?' }, { role: 'assistant', content: 'Check it.' }] },
      { msgs: [{ role: 'user', content: 'Cough?' }, { role: 'assistant', content: 'Rest.' }] },
    ].map((r) => JSON.stringify(r)).join('\n'));
    writeFileSync(join(data, 'corpus.jsonl'), '{"text": "Chest X-ray: clear."}\n{"text": "ECG: sinus rhythm."}\n');
    writeFileSync(join(data, 'dataset_info.json'), JSON.stringify({
      qa: { file_name: 'qa.json', columns: { prompt: 'instruction', query: 'input', response: 'output', history: 'history' } },
      chats: { file_name: 'chats.jsonl', formatting: 'sharegpt', columns: { messages: 'msgs' }, tags: { role_tag: 'role', content_tag: 'content', user_tag: 'user', assistant_tag: 'assistant', system_tag: 'system' } },
      corpus: { file_name: 'corpus.jsonl', columns: { prompt: 'text' } },
      more_qa: { file_name: 'qa.json', num_samples: 5 },
      pairs: { file_name: 'qa.json', ranking: true, columns: { chosen: 'output', rejected: 'input' } },
      hub_only: { hf_hub_url: 'someorg/clinical_qa' },
    }));
  });
  const spec = (items: string[], extra = {}) => loadDatasetSpec(items, { where: 'train.yaml', key: 'dataset', datasetDir: data, seed: 1, ...extra });

  it('reads names as LLaMA-Factory does: alpaca columns and history, sharegpt tags, text rows', async () => {
    const { records, sources } = await spec(['qa', 'chats', 'corpus']);
    expect(sources.map((s) => [s.name, s.records])).toEqual([['qa', 3], ['chats', 2], ['corpus', 2]]);
    // LLaMA-Factory joins prompt and query with one newline; history turns come first.
    expect(records[0]).toMatchObject({ kind: 'chat', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello.' }, { role: 'user', content: 'Define BP.\nin one phrase' }, { role: 'assistant', content: 'Blood pressure.' }] });
    expect(records[3]).toMatchObject({ kind: 'chat', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user' }, { role: 'assistant' }] });
    expect(records[5]).toMatchObject({ kind: 'report', text: 'Chest X-ray: clear.' });
    expect(readDatasetInfo(data)?.pairs.ranking).toBe(true);
  });

  it('max_samples, num_samples, interleaving, and clear errors naming the YAML file and key', async () => {
    expect((await spec(['qa'], { maxSamples: 2 })).records).toHaveLength(2);
    const resampled = (await spec(['more_qa'])).records;
    expect(resampled).toHaveLength(5);
    expect(new Set(resampled.map((r) => r.id)).size).toBe(5);
    const inter = await spec(['qa', 'chats'], { mixStrategy: 'interleave_under' });
    expect(inter.records.map((r) => r.id)).toEqual(['qa:0', 'chats:0', 'qa:1', 'chats:1']);
    await expect(spec(['qa', 'chatz'])).rejects.toThrow(/^train\.yaml: dataset: 'chatz' is not a dataset of .*dataset_info\.json \(did you mean chats\?\), and no such file or folder/);
    await expect(spec(['pairs'])).rejects.toThrow(/^train\.yaml: dataset: .*field 'ranking': found a preference dataset \(ranking: true\)/);
    await expect(spec(['hub_only'])).rejects.toThrow(/hub dataset someorg\/clinical_qa, not on this machine .*expected its \.json\/\.jsonl files in .*data\/someorg\/clinical_qa/);
    // A hub dataset placed where the message says is found offline.
    mkdirSync(join(data, 'someorg', 'clinical_qa'), { recursive: true });
    writeFileSync(join(data, 'someorg', 'clinical_qa', 'train.jsonl'), '{"instruction": "Q", "output": "A"}\n');
    expect((await spec(['hub_only'])).records).toHaveLength(1);
  });

  it('interleave_over restarts exhausted sources until every source was seen', () => {
    const mk = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'report', id: `${p}${i}`, source: { file: 'x', format: 'text' }, meta: {}, text: 't' }) as DataRecord);
    const over = interleaveRecords([mk('a', 1), mk('b', 3)], 'interleave_over');
    expect(over.map((r) => r.id)).toEqual(['a0', 'b0', 'a0~2', 'b1', 'a0~3', 'b2']);
    expect(interleaveRecords([mk('a', 1), mk('b', 3)], 'interleave_once').map((r) => r.id)).toEqual(['a0', 'b0', 'b1', 'b2']);
  });
});
