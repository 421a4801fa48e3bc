/**
 * The 2-d models of the generative zoo (a flow, a GAN's generator, a VAE), shipped as
 * one float32 vector of parameters each (params.bin). Their shapes come from the
 * registry, so training, loading and the figure build the same networks.
 * TF.js is passed in: the vector needs none to load.
 */
import { createFlow, type Flow, type FlowConfig, type Tf } from '../coupling-flow';
import { assignPacked, createMlp, type Mlp, type MlpShape } from '../mlp';
import { createVae2d, type Vae2d, type Vae2dConfig } from '../vae-2d';
import { MODELS, type ModelInfo } from './registry';

export type ZooKind = 'flow' | 'gan' | 'vae-2d';

export const isZooKind = (kind: string): kind is ZooKind => kind === 'flow' || kind === 'gan' || kind === 'vae-2d';

export const ZOO_FLOW: FlowConfig = {
  layers: MODELS['flow-moons'].couplings,
  hidden: MODELS['flow-moons'].hidden[0],
  scaleBound: 2,
};
export const ZOO_GENERATOR: MlpShape = {
  inputs: MODELS['gan-moons'].latent,
  hidden: MODELS['gan-moons'].hidden[0],
  layers: MODELS['gan-moons'].hidden.length,
  outputs: 2,
};
/** The discriminator is trained with the generator but not shipped: sampling needs only G. */
export const ZOO_DISCRIMINATOR: MlpShape = { ...ZOO_GENERATOR, inputs: 2, outputs: 1 };
export const ZOO_VAE: Vae2dConfig = {
  hidden: MODELS['vae-moons'].hidden[0],
  layers: MODELS['vae-moons'].hidden.length,
  latent: MODELS['vae-moons'].latent,
};

const mlpCount = (s: MlpShape) => {
  const sizes = [s.inputs, ...Array.from({ length: s.layers }, () => s.hidden), s.outputs];
  return sizes.slice(1).reduce((n, out, i) => n + (sizes[i]! + 1) * out, 0);
};

/** How many numbers params.bin holds for a model of this kind. */
export function parameterCount(kind: ZooKind): number {
  if (kind === 'flow') {
    const H = ZOO_FLOW.hidden;
    return ZOO_FLOW.layers * (2 * H + (H + 1) * H + (H + 1) * 2);
  }
  if (kind === 'gan') return mlpCount(ZOO_GENERATOR);
  const { hidden, layers, latent } = ZOO_VAE;
  return (
    mlpCount({ inputs: 2, hidden, layers, outputs: 2 * latent }) + mlpCount({ inputs: latent, hidden, layers, outputs: 2 }) + 2
  );
}

/** A loaded 2-d zoo model: its parameter vector, from which buildFlow and the others make networks. */
export class ParamsModel {
  constructor(
    readonly info: ModelInfo & { kind: ZooKind },
    readonly params: Float32Array,
  ) {}

  get id(): string {
    return this.info.id;
  }

  get kind(): ZooKind {
    return this.info.kind;
  }

  /** Nothing to release: the vector holds no tensors. */
  dispose(): void {}
}

/** The flow with the shipped parameters; the caller disposes it. */
export function buildFlow(tf: Tf, params: Float32Array): Flow {
  const flow = createFlow(tf, ZOO_FLOW, 0);
  assignPacked(tf, flow.variables, params);
  return flow;
}

/** The GAN's generator with the shipped parameters; the caller disposes it. */
export function buildGenerator(tf: Tf, params: Float32Array): Mlp {
  const g = createMlp(tf, ZOO_GENERATOR, 0);
  assignPacked(tf, g.variables, params);
  return g;
}

/** The VAE with the shipped parameters; the caller disposes it. */
export function buildVae(tf: Tf, params: Float32Array): Vae2d {
  const vae = createVae2d(tf, ZOO_VAE, 0);
  assignPacked(tf, vae.variables, params);
  return vae;
}

/**
 * The data every zoo model learns and is judged on: the diffusion model's two moons
 * (scripts/models/train-denoiser.ts draws the same points), 8,000 to train on and 2,000 held out.
 */
export const ZOO_DATA = { dataset: 'moons', trainPoints: 8000, trainSeed: 11, heldOutPoints: 2000, heldOutSeed: 12 } as const;
