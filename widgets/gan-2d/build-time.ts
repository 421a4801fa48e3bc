/**
 * The static figure's pictures, made at build time in Node: a short run of the
 * default GAN on the CPU backend, by the same trainer as the live figure.
 */
import { buildTimeTf } from '../lib/node/tf';
import { energyDistance } from '../lib/toy-2d';
import { Trainer } from './trainer';
import type { GanState } from './state';

export const BUILD_STEPS = 200;

export interface BuildSnapshot {
  data: Float32Array;
  field: Float32Array;
  samples: Float32Array;
  grid: Float32Array;
  gridLine: Int32Array;
  startEnergy: number;
  energy: number;
  steps: number;
}

let cached: Promise<BuildSnapshot> | null = null;

export function buildSnapshot(state: GanState): Promise<BuildSnapshot> {
  cached ??= run(state);
  return cached;
}

async function run(state: GanState): Promise<BuildSnapshot> {
  const tf = await buildTimeTf();
  const t = new Trainer(tf, { dataset: state.dataset, seed: state.seed, gLr: state.glr, dLr: state.dlr, dSteps: state.dsteps });
  try {
    const read = (x: { dataSync(): unknown; dispose(): void }) => {
      const v = x.dataSync() as Float32Array;
      x.dispose();
      return v;
    };
    const startEnergy = energyDistance(read(t.samples()), t.test);
    for (let i = 0; i < BUILD_STEPS / 10; i++) t.step(10).dispose();
    const samples = read(t.samples());
    return {
      data: t.train,
      field: read(t.field()),
      samples,
      grid: read(t.gridImage()),
      gridLine: t.gridLine,
      startEnergy,
      energy: energyDistance(samples, t.test),
      steps: t.steps,
    };
  } finally {
    t.dispose();
  }
}
