/**
 * The static figure's numbers, made at build time in Node: a short training
 * run of the default flow on the CPU backend (a few seconds), by the same
 * trainer as the live figure.
 */
import { buildTimeTf } from '../lib/node/tf';
import { Trainer } from './trainer';
import type { FlowState } from './state';

export const BUILD_STEPS = 150;

export interface BuildSnapshot {
  data: Float32Array;
  density: Float32Array;
  samples: Float32Array;
  startNll: number;
  testNll: number;
  baseline: number;
  steps: number;
}

let cached: Promise<BuildSnapshot> | null = null;

export function buildSnapshot(state: FlowState): Promise<BuildSnapshot> {
  cached ??= run(state);
  return cached;
}

async function run(state: FlowState): Promise<BuildSnapshot> {
  const tf = await buildTimeTf();
  const t = new Trainer(tf, { dataset: state.dataset, seed: state.seed, learningRate: state.lr, layers: state.layers });
  try {
    const read = (x: { dataSync(): unknown; dispose(): void }) => {
      const v = x.dataSync() as Float32Array;
      x.dispose();
      return v;
    };
    const startNll = read(t.heldOutNll())[0] ?? NaN;
    for (let i = 0; i < BUILD_STEPS / 10; i++) t.step(10).dispose();
    return {
      data: t.train,
      density: read(t.density()),
      samples: read(t.samples()),
      startNll,
      testNll: read(t.heldOutNll())[0] ?? NaN,
      baseline: t.baseline,
      steps: t.steps,
    };
  } finally {
    t.dispose();
  }
}
