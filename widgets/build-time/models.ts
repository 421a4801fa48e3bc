/**
 * The shipped models and digits, read from public/ at build time for the
 * static fallbacks of chapters 5 and 6. Same loader and same core as the
 * browser, on the TF.js CPU backend, so a fallback shows what the live figure
 * computes. Node only: never import this from an island.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadDigitSet, loadModel, type DigitSet, type DigitSetId, type LoadedModel, type ModelId } from '../lib/models';
import { fileFetch } from '../../scripts/models/file-fetch';

const fromDisk = fileFetch(join(process.cwd(), 'public'));

let backend: Promise<void> | null = null;

/** TF.js on the CPU backend, once per build. */
export async function buildTimeTf(): Promise<typeof tf> {
  backend ??= (async () => {
    tf.env().set('IS_TEST', true); // no "install tfjs-node" notice in the build log
    if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
    await tf.ready();
  })();
  await backend;
  return tf;
}

const models = new Map<ModelId, Promise<unknown>>();
const sets = new Map<DigitSetId, Promise<DigitSet>>();

export async function buildTimeModel<Id extends ModelId>(id: Id): Promise<LoadedModel<Id>> {
  await buildTimeTf();
  let m = models.get(id);
  if (!m) {
    m = loadModel(id, { fetch: fromDisk });
    models.set(id, m);
  }
  return m as Promise<LoadedModel<Id>>;
}

export function buildTimeDigits(id: DigitSetId): Promise<DigitSet> {
  let s = sets.get(id);
  if (!s) {
    s = loadDigitSet(id, { fetch: fromDisk });
    sets.set(id, s);
  }
  return s;
}
