/**
 * Save a tf.layers model as model.json + weights.bin without tfjs-node
 * (tf.io.withSaveHandler), optionally with uint8 affine weight quantisation:
 * each tensor stores q = round((w − min) / scale), read back as q·scale + min
 * by tf.loadLayersModel itself.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { join } from 'node:path';
import { writeFile, writeJson } from '../data/node-files';

export type WeightFormat = 'float32' | 'uint8';

function joinBuffers(data: tf.io.WeightData): ArrayBuffer {
  const parts = Array.isArray(data) ? data : [data];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return out.buffer;
}

function quantise(
  specs: tf.io.WeightsManifestEntry[],
  data: ArrayBuffer,
): { specs: tf.io.WeightsManifestEntry[]; bytes: Uint8Array } {
  const out: Uint8Array[] = [];
  const newSpecs: tf.io.WeightsManifestEntry[] = [];
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== 'float32') throw new Error(`cannot quantise ${spec.name} (${spec.dtype})`);
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(data, offset, n);
    offset += n * 4;
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const scale = max > min ? (max - min) / 255 : 1;
    const q = new Uint8Array(n);
    for (let i = 0; i < n; i++) q[i] = Math.round(((values[i] as number) - min) / scale);
    out.push(q);
    newSpecs.push({ ...spec, quantization: { dtype: 'uint8', min, scale } });
  }
  const bytes = new Uint8Array(out.reduce((a, b) => a + b.length, 0));
  let at = 0;
  for (const q of out) {
    bytes.set(q, at);
    at += q.length;
  }
  return { specs: newSpecs, bytes };
}

/** Write dir/model.json and dir/weights.bin. */
export async function saveLayersModel(model: tfl.LayersModel, dir: string, format: WeightFormat): Promise<void> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler((a) => {
      artifacts = a;
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
    }),
  );
  if (!artifacts?.weightSpecs || !artifacts.weightData) throw new Error(`${model.name}: nothing to save`);
  const data = joinBuffers(artifacts.weightData);
  const { specs, bytes } =
    format === 'uint8' ? quantise(artifacts.weightSpecs, data) : { specs: artifacts.weightSpecs, bytes: new Uint8Array(data) };
  writeFile(join(dir, 'weights.bin'), bytes);
  writeJson(join(dir, 'model.json'), {
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version_core}`,
    convertedBy: null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  });
}
