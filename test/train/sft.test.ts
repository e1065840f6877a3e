import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../sdk/model/loader.js';
import { initBackend } from '../../sdk/runtime/backend.js';
import { IGNORE_INDEX } from '../../sdk/train/loss.js';
import { collate, inferSeqlen, packExamples, sftBatches, tokenizeConversation, tokenizeRecords } from '../../sdk/train/sft-data.js';
import { countParameters, sftLoss, trainSft } from '../../sdk/train/sft.js';
import { charTokenizer, fixtureModel, instruction } from './helpers.js';

beforeAll(async () => {
  await initBackend();
});

const tok = charTokenizer(384);
const ids = (s: string) => tok.encode(s, { addSpecialTokens: false });

describe('SFT tokenization', () => {
  it('masks the prompt, keeps the answer and its end marker (EOS from the template)', () => {
    const r = tokenizeConversation(tok, [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'yo' }], { cutoffLen: 64 });
    const prompt = ids('<s>U:hi\nA:');
    expect(r.inputIds).toEqual(ids('<s>U:hi\nA:yo</s>'));
    expect(r.labels).toEqual([...prompt.map(() => IGNORE_INDEX), ...ids('yo</s>')]);
    const all = tokenizeConversation(tok, [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'yo' }], { cutoffLen: 64, trainOnPrompt: true });
    expect(all.labels).toEqual(all.inputIds);
  });

  it('appends EOS when the template does not end the answer with one', () => {
    const noEos = { ...tok, applyChatTemplate: (m: { role: string; content: string }[], o: { addGenerationPrompt?: boolean } = {}) => m.map((x) => `${x.role}:${x.content}\n`).join('') + (o.addGenerationPrompt ? 'assistant:' : '') };
    const r = tokenizeConversation(noEos, [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }], { cutoffLen: 64 });
    expect(r.inputIds.at(-1)).toBe(2);
    expect(r.labels.at(-1)).toBe(2);
  });

  it('ends right after the template EOS when the template writes text after it', () => {
    const trailing = { ...tok, applyChatTemplate: (m: { role: string; content: string }[], o: { addGenerationPrompt?: boolean } = {}) => tok.applyChatTemplate(m as never, o).replace(/<\/s>/g, '</s>\n\n') };
    const r = tokenizeConversation(trailing, [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }], { cutoffLen: 64 });
    expect(tok.decode(r.inputIds)).toBe('<s>U:a\nA:b</s>');
    expect(tok.decode(r.labels.filter((y) => y !== IGNORE_INDEX))).toBe('b</s>');
  });

  it('labels every assistant turn of a multi-turn chat, none of the user turns', () => {
    const msgs = [
      { role: 'user' as const, content: 'a' }, { role: 'assistant' as const, content: 'b' },
      { role: 'user' as const, content: 'c' }, { role: 'assistant' as const, content: 'd' },
    ];
    const r = tokenizeConversation(tok, msgs, { cutoffLen: 64 });
    const kept = r.labels.filter((y) => y !== IGNORE_INDEX);
    expect(tok.decode(kept)).toBe('b</s>d</s>');
  });

  it('cuts long examples at cutoff_len as LLaMA-Factory does (the prompt gives way to a short answer) and counts them', () => {
    const recs = [instruction('r1', 'short', 'ok'), instruction('r2', 'x'.repeat(40), 'answer')];
    const { examples, stats } = tokenizeRecords(tok, recs, { cutoffLen: 20 });
    expect(examples.map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(stats.truncated).toBe(1);
    const r2 = examples[1];
    expect(r2.inputIds).toHaveLength(20);
    // The answer ("A:answer</s>" of the test template) is kept whole; the prompt was cut.
    expect(tok.decode(r2.labels.filter((y) => y !== -100))).toBe('answer</s>');
    expect(inferSeqlen(900, 100, 512)).toEqual([412, 100]);
    expect(inferSeqlen(100, 900, 512)).toEqual([100, 412]);
    expect(inferSeqlen(600, 600, 512)).toEqual([256, 256]);
    const partial = tokenizeRecords(tok, [instruction('r3', 'q', 'a long answer here')], { cutoffLen: 12 });
    expect(partial.stats.truncated).toBe(1);
    expect(partial.examples[0].inputIds).toHaveLength(12);
  });

  it('pads right with attention mask 0 and label -100; shuffles by seed reproducibly', () => {
    const b = collate([{ id: 'a', inputIds: [1, 5, 6], labels: [-100, 5, 6], truncated: false }, { id: 'b', inputIds: [1, 7], labels: [-100, 7], truncated: false }], 0);
    expect(b.inputIds).toEqual([[1, 5, 6], [1, 7, 0]]);
    expect(b.attentionMask).toEqual([[1, 1, 1], [1, 1, 0]]);
    expect(b.labels).toEqual([[-100, 5, 6], [-100, 7, -100]]);
    expect(b).toMatchObject({ tokens: 5, targets: 3 });
    const ex = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, inputIds: [1, i + 3], labels: [-100, i + 3], truncated: false }));
    const order = (seed: number) => [...sftBatches(ex, { batchSize: 4, padId: 0, seed })].flatMap((x) => x.inputIds.map((r) => r[1]));
    expect(order(1)).toEqual(order(1));
    expect(order(1)).not.toEqual(order(2));
    expect([...sftBatches(ex, { batchSize: 4, padId: 0 })].map((x) => x.inputIds.length)).toEqual([4, 2]);
  });
});

describe('trainSft on a tiny Llama', () => {
  it('memorises a handful of examples (loss falls near zero) without leaking tensors', async () => {
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: tok });
    const records = [
      instruction('m1', 'fever?', 'paracetamol'),
      instruction('m2', 'rash?', 'antihistamine'),
      instruction('m3', 'bp?', 'amlodipine'),
      instruction('m4', 'dm2?', 'metformin'),
    ];
    const total = countParameters(model);
    const losses: number[] = [];
    const mem: number[] = [];
    const r = await trainSft(model, { train: records, val: records }, {
      learningRate: 1e-2, cutoffLen: 32, batchSize: 4, maxSteps: 60, lrSchedulerType: 'constant', seed: 1, evalSteps: 30,
    }, { onStep: (e) => { losses.push(e.loss); mem.push(tf.memory().numTensors); }, onStart: (e) => expect(e.trainableParams).toBe(total) });
    expect(losses[0]).toBeGreaterThan(3);
    expect(r.finalLoss).toBeLessThan(0.05);
    expect(r.finalEvalLoss!).toBeLessThan(0.05);
    expect(new Set(mem.slice(1)).size).toBe(1);
    expect([...model.parameters().values()].every((v) => !v.trainable)).toBe(true);
    model.dispose();
  });

  it('packs examples without cross-sample attention: the packed loss equals the unpacked one', async () => {
    const model = await loadModel(fixtureModel('llama-f32'), { tokenizer: tok });
    const { examples } = tokenizeRecords(tok, [instruction('a', 'fever?', 'rest'), instruction('b', 'cough', 'fluids'), instruction('c', 'rash', 'cream')], { cutoffLen: 64 });
    const packed = packExamples(examples, 64);
    expect(packed).toHaveLength(1);
    expect(packed[0].inputIds).toEqual(examples.flatMap((e) => e.inputIds));
    expect(packed[0].segments).toEqual(examples.flatMap((e, k) => e.inputIds.map(() => k + 1)));
    // The first label of a later sequence never becomes a target of the previous one.
    const starts = [examples[0].inputIds.length, examples[0].inputIds.length + examples[1].inputIds.length];
    for (const s of starts) expect(packed[0].labels[s]).toBe(IGNORE_INDEX);
    const unpacked = sftLoss(model, collate(examples, 0));
    const together = sftLoss(model, collate(packed, 0));
    expect(collate(packed, 0).targets).toBe(collate(examples, 0).targets);
    expect(Math.abs(together.dataSync()[0] - unpacked.dataSync()[0])).toBeLessThan(1e-5);
    tf.dispose([unpacked, together]);
    // Rows never exceed cutoff_len; an example longer than it is an error naming the example.
    expect(packExamples(examples, 40).every((r) => r.inputIds.length <= 40)).toBe(true);
    expect(() => packExamples(examples, 5)).toThrow(/example a has \d+ tokens; expected at most cutoff_len 5/);
    const r = await trainSft(model, { train: [instruction('a', 'q', 'a'), instruction('b', 'r', 'b')] }, { learningRate: 1e-3, cutoffLen: 32, packing: true, maxSteps: 2, batchSize: 1 });
    expect(r.steps).toBe(2);
    model.dispose();
  });
});
