/**
 * The shipped models and digits, read from public/ at build time by the same
 * loaders as the browser and run on the TF.js CPU backend, so a fallback shows
 * what the live figure computes. Loaded once per build and shared: callers
 * must not dispose them. Node only.
 */
import { loadDigitSet, type DigitSet, type DigitSetId } from '../digits/sets';
import { loadModel, type LoadedModel, type ModelId } from '../models';
import { fileFetch } from './public-files';
import { buildTimeTf } from './tf';

const fromDisk = fileFetch();
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

export { buildTimeTf };
