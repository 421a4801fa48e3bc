/** Node-side backend setup for training and tests: the single-threaded wasm backend. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { registerFastMatMulGradient } from './wasm-matmul-grad';

/** In Node the wasm backend reads its .wasm file from node_modules: no network. */
export async function useWasmBackend(options: { training?: boolean } = {}): Promise<void> {
  if (options.training) registerFastMatMulGradient();
  if (tf.getBackend() !== 'wasm') {
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('The tfjs wasm backend failed to start.');
  }
  await tf.ready();
}
