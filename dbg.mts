import * as tf from '@tensorflow/tfjs';
import { initBackend } from './sdk/runtime/backend.js';
await initBackend();
const hold = [];
try {
for (let i = 0; i < 45; i++) { hold.push(tf.zeros([25_000_000])); const b = tf.backend() as any; console.log('allocated', (i + 1) * 100, 'MB', b.getMemoryOffset(hold.at(-1)!.dataId), b.wasm.HEAPU8.buffer.byteLength / 2**20); }
} catch (e) { console.log('failed', (e as Error).message); }
