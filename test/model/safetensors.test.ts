/** safetensors: round trips, float16/bfloat16 rounding, sharded-checkpoint bytes, bad files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFloat32, readSafetensors, toFloat32, writeSafetensors } from '../../sdk/model/safetensors.js';
import { fixtureDir } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'medtune-st-'));

describe('writeSafetensors / readSafetensors', () => {
  it('round-trips F32 exactly and keeps metadata and shapes', async () => {
    const path = join(tmp(), 'a.safetensors');
    const data = new Float32Array([0.1, -2.5, 3e-30, 1e30, 0, -0]);
    await writeSafetensors(path, { 'x.weight': { dtype: 'F32', shape: [2, 3], data } }, { format: 'pt' });
    const st = await readSafetensors(path);
    expect(st.metadata).toEqual({ format: 'pt' });
    expect(st.tensors.get('x.weight')).toMatchObject({ dtype: 'F32', shape: [2, 3], byteLength: 24 });
    expect(Array.from(await st.read('x.weight'))).toEqual(Array.from(data));
    await st.close();
    // Header length is a multiple of 8 so the data section is aligned.
    expect(readFileSync(path).readBigUInt64LE(0) % 8n).toBe(0n);
  });

  it('rounds F16 and BF16 to nearest even like torch', () => {
    const f16 = (x: number) => toFloat32(fromFloat32(new Float32Array([x]), 'F16'), 'F16')[0];
    const bf16 = (x: number) => toFloat32(fromFloat32(new Float32Array([x]), 'BF16'), 'BF16')[0];
    expect(f16(1 + 2 ** -11)).toBe(1); // tie -> even
    expect(f16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9); // tie -> even (up)
    expect(f16(65504)).toBe(65504);
    expect(f16(70000)).toBe(Infinity);
    expect(f16(2 ** -24)).toBe(2 ** -24); // smallest subnormal
    expect(f16(-0.333251953125)).toBe(-0.333251953125);
    expect(bf16(1 + 2 ** -8)).toBe(1);
    expect(bf16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6);
    expect(Number.isNaN(bf16(NaN))).toBe(true);
    expect(Number.isNaN(f16(NaN))).toBe(true);
  });

  it('re-encodes torch-written F16 and BF16 fixture tensors byte for byte', async () => {
    for (const [name, file] of [
      ['mistral-f16-tied', 'model.safetensors'],
      ['llama-bf16-gqa', 'model.safetensors'],
    ] as const) {
      const path = join(fixtureDir(name), file);
      const st = await readSafetensors(path);
      const raw = readFileSync(path);
      for (const [tname, info] of st.tensors) {
        const values = await st.read(tname);
        const bytes = fromFloat32(values, info.dtype as 'F16' | 'BF16');
        expect(Buffer.from(bytes).equals(raw.subarray(info.offset, info.offset + info.byteLength)), tname).toBe(true);
      }
      await st.close();
    }
  });

  it('never overwrites unless asked', async () => {
    const path = join(tmp(), 'b.safetensors');
    const t = { w: { dtype: 'F32' as const, shape: [1], data: new Float32Array([1]) } };
    await writeSafetensors(path, t);
    await expect(writeSafetensors(path, t)).rejects.toThrow(/already exists/);
    await writeSafetensors(path, t, undefined, { overwrite: true });
  });

  it('rejects a value count that does not match the shape', async () => {
    await expect(
      writeSafetensors(join(tmp(), 'c.safetensors'), { w: { dtype: 'F32', shape: [2, 2], data: new Float32Array(3) } }),
    ).rejects.toThrow(/"w" has 3 values for shape \[2,2\]/);
  });

  it('names the file and the problem for truncated or non-safetensors files', async () => {
    const dir = tmp();
    const good = join(dir, 'good.safetensors');
    await writeSafetensors(good, { w: { dtype: 'F32', shape: [4], data: new Float32Array(4) } });
    const cut = join(dir, 'cut.safetensors');
    writeFileSync(cut, readFileSync(good).subarray(0, readFileSync(good).length - 4));
    await expect(readSafetensors(cut)).rejects.toThrow(/cut\.safetensors: tensor "w".*truncated/);
    const junk = join(dir, 'junk.safetensors');
    writeFileSync(junk, 'this is not a safetensors file at all');
    await expect(readSafetensors(junk)).rejects.toThrow(/junk\.safetensors: header length/);
    const badJson = join(dir, 'badjson.safetensors');
    const h = Buffer.from('{not json}     ');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(h.length));
    writeFileSync(badJson, Buffer.concat([len, h]));
    await expect(readSafetensors(badJson)).rejects.toThrow(/badjson\.safetensors: header is not valid JSON/);
  });
});
