import { describe, expect, it } from 'vitest';
import { parseTrainConfig } from '../../sdk/train/config.js';
import { lossChartPng, smoothLoss } from '../../sdk/train/loss-plot.js';
import { modelCard, trainerState, type RunSummary } from '../../sdk/train/run-outputs.js';
import { crc32c, historyEvents, tfeventsBytes } from '../../sdk/train/tensorboard.js';

const history = [
  { step: 2, epoch: 0, loss: 2.5, lr: 1e-3, gradNorm: 1.2 },
  { step: 4, epoch: 0, loss: 2.1, lr: 8e-4, gradNorm: 0.9 },
  { step: 4, epoch: 0, evalLoss: 2.3, evalPerplexity: Math.exp(2.3) },
];
const summary: RunSummary = {
  cfg: parseTrainConfig({ per_device_train_batch_size: 2, logging_steps: 2 }),
  result: {
    steps: 4, totalSteps: 4, epochsCompleted: 1, stoppedEarly: false, finalLoss: 2.1, finalEvalLoss: 2.3, bestEvalLoss: 2.3, tokensSeen: 640, wallSeconds: 8, history, checkpoints: [],
    trainStats: { records: 8, examples: 8, truncated: 1, dropped: [], tokens: 640, targetTokens: 200 },
  },
  stepsPerEpoch: 4, meanTrainLoss: 2.3, trainRecords: 8, parameters: { total: 1000, trainable: 10 }, outputDir: 'out/run',
  provenance: { datasets: [{ name: 'notes', files: ['out/data/train.jsonl'], records: 8 }], deidentified: { NAME: 3, DATE: 0 } },
};

describe('LLaMA-Factory run outputs', () => {
  it('trainer_state.json is a Hugging Face TrainerState with log_history', () => {
    const s = trainerState(summary);
    expect(s).toMatchObject({ global_step: 4, max_steps: 4, logging_steps: 2, train_batch_size: 2, epoch: 1, best_metric: 2.3 });
    expect(s.log_history[0]).toEqual({ epoch: 0.5, grad_norm: 1.2, learning_rate: 1e-3, loss: 2.5, step: 2 });
    expect(s.log_history[2]).toMatchObject({ epoch: 1, eval_loss: 2.3, step: 4 });
    expect(s.log_history[3]).toMatchObject({ train_loss: 2.3, train_runtime: 8, train_steps_per_second: 0.5, step: 4 });
  });

  it('the model card names base model, data, de-identification and hyper-parameters', () => {
    const card = modelCard(summary);
    expect(card.startsWith('---\nbase_model: data/models/medtune-tiny\nlibrary_name: peft\n')).toBe(true);
    expect(card).toContain('`notes`: 8 records from `out/data/train.jsonl`');
    expect(card).toContain('| NAME | 3 |');
    expect(card).not.toContain('| DATE |');
    expect(card).toContain('| lora_rank | 8 |');
    expect(card).toContain('| final validation loss | 2.3 |');
  });

  it('the loss chart smooths as LLaMA-Factory does and renders a 640x480 PNG', async () => {
    // Values from LLaMA-Factory's smooth() run on the same input.
    expect(smoothLoss([3, 2, 1, 4])).toEqual([3, 2.0897011951624602, 1.0977474995760341, 3.7396644820487315].map((v) => expect.closeTo(v, 12)));
    const png = await lossChartPng([1, 2, 3], [2, 1.5, 1.2], { title: 'training loss of out/run', ylabel: 'loss' });
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dv = new DataView(png.buffer, png.byteOffset);
    expect([dv.getUint32(16), dv.getUint32(20)]).toEqual([640, 480]);
    await expect(lossChartPng([], [], { title: 't', ylabel: 'loss' })).rejects.toThrow(/expected at least one point/);
  });

  it('TensorBoard event files are TFRecords of Event protos with checked CRCs', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283); // the CRC-32C check value
    const bytes = tfeventsBytes(historyEvents(history, 1700000000), 1700000000);
    const dv = new DataView(bytes.buffer);
    const masked = (c: number) => ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
    const records: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; ) {
      const len = Number(dv.getBigUint64(at, true));
      expect(dv.getUint32(at + 8, true)).toBe(masked(crc32c(bytes.subarray(at, at + 8))));
      const data = bytes.subarray(at + 12, at + 12 + len);
      expect(dv.getUint32(at + 12 + len, true)).toBe(masked(crc32c(data)));
      records.push(data);
      at += 12 + len + 4;
    }
    expect(records).toHaveLength(4);
    expect(new TextDecoder().decode(records[0])).toContain('brain.Event:2');
    const text = new TextDecoder('latin1').decode(records[1]);
    for (const tag of ['train/loss', 'train/learning_rate', 'train/grad_norm', 'train/epoch']) expect(text).toContain(tag);
    expect(new TextDecoder('latin1').decode(records[3])).toContain('eval/loss');
  });
});
