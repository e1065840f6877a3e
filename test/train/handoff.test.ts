import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../../sdk/cli/handoff.js';
import { ALL_LLAMAFACTORY_KEYS } from '../../sdk/train/lf-keys.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'medtune-handoff-'));
  const rows = [
    { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Call the clinic at 617-555-0123 about BP?' }, { role: 'assistant', content: 'Yes, call them.' }] },
    { messages: [{ role: 'user', content: 'BMI for 70 kg?' }, { role: 'function', content: '{"name": "bmi", "arguments": {"kg": 70}}' }, { role: 'observation', content: '22.9' }, { role: 'assistant', content: 'About 23.' }], tools: [{ name: 'bmi', parameters: { properties: {} } }] },
    ...Array.from({ length: 8 }, (_, i) => ({ messages: [{ role: 'user', content: `Define term ${i}.` }, { role: 'assistant', content: `Term ${i} means something.` }] })),
  ];
  writeFileSync(join(dir, 'chats.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'train.yaml'), `model_name_or_path: data/models/medtune-tiny\ndataset: ${join(dir, 'chats.jsonl')}\ntemplate: qwen3_nothink\n` +
    'lora_rank: 4\nlora_target: q_proj,v_proj\ncutoff_len: 256\nval_size: 0.2\neval_steps: 5\nearly_stopping_patience: 2\nmax_steps: 30\nddp_timeout: 99\nbf16: true\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * LLaMA-Factory's reading of a sharegpt dataset, re-implemented from data/parser.py and
 * converter.py (commit ff6d4d12): DatasetAttr defaults, then columns/tags from the entry, then the
 * converter's rules (leading system message, odd turns user/observation, even turns
 * assistant/function, an even count).
 */
function llamaFactoryRead(dataDir: string, name: string) {
  const info = JSON.parse(readFileSync(join(dataDir, 'dataset_info.json'), 'utf8'));
  const entry = info[name];
  expect(entry, `${name} in dataset_info.json`).toBeDefined();
  const attr = {
    formatting: 'alpaca', ranking: false, split: 'train', messages: 'conversations', system: undefined as string | undefined, tools: undefined as string | undefined,
    role_tag: 'from', content_tag: 'value', user_tag: 'human', assistant_tag: 'gpt', observation_tag: 'observation', function_tag: 'function_call', system_tag: 'system',
    ...entry, ...entry.columns, ...entry.tags,
  };
  expect(attr.formatting).toBe('sharegpt');
  const rows = JSON.parse(readFileSync(join(dataDir, entry.file_name), 'utf8')) as Record<string, unknown>[];
  const tagRole: Record<string, string> = { [attr.user_tag]: 'user', [attr.assistant_tag]: 'assistant', [attr.observation_tag]: 'observation', [attr.function_tag]: 'function', [attr.system_tag]: 'system' };
  return rows.map((ex) => {
    let msgs = ex[attr.messages] as Record<string, string>[];
    let system = attr.system ? (ex[attr.system] as string | undefined) ?? '' : '';
    if (msgs.length && msgs[0][attr.role_tag] === attr.system_tag) {
      system = msgs[0][attr.content_tag];
      msgs = msgs.slice(1);
    }
    const accept = [[attr.user_tag, attr.observation_tag], [attr.assistant_tag, attr.function_tag]];
    msgs.forEach((m, i) => expect(accept[i % 2], `turn ${i}`).toContain(m[attr.role_tag]));
    expect(msgs.length % 2).toBe(0);
    return { system, tools: attr.tools ? ex[attr.tools] : undefined, messages: msgs.map((m) => ({ role: tagRole[m[attr.role_tag]], content: m[attr.content_tag] })) };
  });
}

describe('medtune handoff --to llamafactory', () => {
  it('refuses data with no record of de-identification unless told', async () => {
    await expect(run(['--to', 'llamafactory', join(dir, 'train.yaml'), '--out', join(dir, 'h0')])).rejects.toThrow(/no record of de-identification .*pass --deidentify .* or --allow-identified/);
    expect(await run(['--to', 'llamafactory', join(dir, 'train.yaml')])).toBe(2);
    expect(await run(['--to', 'axolotl', join(dir, 'train.yaml'), '--out', 'x'])).toBe(2);
  });

  it('writes data, dataset_info.json, a config of LLaMA-Factory keys, DeepSpeed configs and run.sh', async () => {
    const out = join(dir, 'h1');
    expect(await run(['--to', 'llamafactory', join(dir, 'train.yaml'), '--out', out, '--deidentify'])).toBe(0);
    const yaml = parseYaml(readFileSync(join(out, 'config.yaml'), 'utf8')) as Record<string, unknown>;
    // Every emitted key exists in LLaMA-Factory's argument classes.
    expect(Object.keys(yaml).filter((k) => !ALL_LLAMAFACTORY_KEYS.has(k))).toEqual([]);
    expect(yaml).toMatchObject({ stage: 'sft', finetuning_type: 'lora', dataset: 'medtune_train', eval_dataset: 'medtune_eval', dataset_dir: 'data', template: 'qwen3_nothink', lora_target: 'q_proj,v_proj', early_stopping_steps: 2, deepspeed: 'ds_z2_config.json', bf16: true, eval_strategy: 'steps', eval_steps: 5 });
    expect(yaml.val_size).toBeUndefined();
    // The data parses the way LLaMA-Factory parses it, and holds every record.
    const train = llamaFactoryRead(join(out, 'data'), 'medtune_train');
    const evals = llamaFactoryRead(join(out, 'data'), 'medtune_eval');
    expect(train.length + evals.length).toBe(10);
    const all = [...train, ...evals];
    const withSystem = all.find((r) => r.system === 'Be brief.')!;
    expect(withSystem.messages[0].content).not.toContain('617-555-0123');
    const tool = all.find((r) => r.messages.some((m) => m.role === 'function'))!;
    expect(tool.messages.map((m) => m.role)).toEqual(['user', 'function', 'observation', 'assistant']);
    expect(JSON.parse(tool.tools as string)).toEqual([{ name: 'bmi', parameters: { properties: {} } }]);
    expect(JSON.parse(readFileSync(join(out, 'ds_z3_config.json'), 'utf8')).zero_optimization.stage).toBe(3);
    const sh = readFileSync(join(out, 'run.sh'), 'utf8');
    expect(sh).toContain('FORCE_TORCHRUN=1');
    expect(sh).toContain('llamafactory-cli train config.yaml');
    for (const v of ['NNODES', 'NODE_RANK', 'MASTER_ADDR', 'MASTER_PORT']) expect(sh).toContain(v);
    expect(statSync(join(out, 'run.sh')).mode & 0o111).not.toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'handoff.json'), 'utf8'));
    expect(manifest.records).toEqual({ train: train.length, eval: evals.length });
    expect(manifest.deidentified.PHONE).toBeGreaterThan(0);
    // Not replaced without --force.
    await expect(run(['--to', 'llamafactory', join(dir, 'train.yaml'), '--out', out, '--deidentify'])).rejects.toThrow(/already exists; pass --force/);
  });
});
