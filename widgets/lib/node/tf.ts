/**
 * TensorFlow.js at build time, set up once for every figure's static
 * fallback: core, layers (which also registers the gradients training needs,
 * as the page's runtime does) and the CPU backend. Node only.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-layers';

let ready: Promise<void> | null = null;

/** TF.js on the CPU backend. */
export async function buildTimeTf(): Promise<typeof tf> {
  ready ??= (async () => {
    tf.env().set('IS_TEST', true); // no "install tfjs-node" notice in the build log
  })();
  await ready;
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  return tf;
}
