/**
 * The models this book ships, by stable id. The site's model-card page and every
 * widget read this list; the training scripts and the loader take their
 * architecture (latent size, hidden widths) from it, so there is one source.
 */
export type ModelKind = 'pca' | 'ae' | 'dae' | 'vae' | 'ddpm' | 'flow' | 'gan' | 'vae-2d' | 'simclr' | 'rotation';

export interface ModelInfo {
  readonly id: string;
  readonly kind: ModelKind;
  /** Code size (for pca: the most components shipped; for ddpm: the data's dimension). */
  readonly latent: number;
  /** Hidden layer widths of the encoder (the decoder mirrors them), or of each coupling's network for a flow. Empty for pca. */
  readonly hidden: readonly number[];
  /** What the model was trained on. */
  readonly input: 'grey' | 'binarised' | 'corrupted grey' | 'points 2-d';
  /**
   * Outputs of the encoder's model.json, in order. A VAE encoder is one
   * tf.LayersModel with two outputs: the posterior mean and log-variance.
   */
  readonly encoderOutputs: readonly string[];
  /** Files under public/models/<id>/, relative to that folder. */
  readonly files: readonly string[];
  readonly description: string;
  /** A flow's number of coupling layers. */
  readonly couplings?: number;
  /**
   * A self-supervised encoder's head, on top of its features: the widths of its layers, the
   * last linear (the projection of a contrastive encoder, the four turns of a rotation model).
   */
  readonly head?: readonly number[];
}

const layersFiles = [
  'encoder/model.json',
  'encoder/weights.bin',
  'decoder/model.json',
  'decoder/weights.bin',
  'card.json',
] as const;

const denoiserFiles = ['denoiser/model.json', 'denoiser/weights.bin', 'card.json'] as const;

/** A 2-d diffusion model's noise predictor, one per data set of widgets/lib/toy-2d.ts. */
function ddpm<D extends string>(dataset: D, what: string) {
  return {
    id: `ddpm-${dataset}` as const,
    kind: 'ddpm' as const,
    latent: 2,
    hidden: [64, 64],
    input: 'points 2-d' as const,
    encoderOutputs: ['eps'],
    files: denoiserFiles,
    description: `Diffusion model (DDPM) on ${what}: a small network that predicts the noise added to a 2-d point at each step.`,
  };
}

const paramsFiles = ['params.bin', 'card.json'] as const;

/** A self-supervised encoder: pixels → features, and the head its pretext task trained. */
const featureFiles = ['encoder/model.json', 'encoder/weights.bin', 'head/model.json', 'head/weights.bin', 'card.json'] as const;

export const MODELS = {
  pca: {
    id: 'pca',
    kind: 'pca',
    latent: 64,
    hidden: [],
    input: 'grey',
    encoderOutputs: ['scores'],
    files: ['pca.json', 'pca.bin', 'card.json'],
    description: 'Principal component analysis of the training digits: mean, 64 components and their variances.',
  },
  'ae-d2': {
    id: 'ae-d2',
    kind: 'ae',
    latent: 2,
    hidden: [256],
    input: 'grey',
    encoderOutputs: ['code'],
    files: layersFiles,
    description: 'Dense autoencoder squeezing each digit through a 2-number code, so the code space can be drawn.',
  },
  'ae-d16': {
    id: 'ae-d16',
    kind: 'ae',
    latent: 16,
    hidden: [256],
    input: 'grey',
    encoderOutputs: ['code'],
    files: layersFiles,
    description: 'Dense autoencoder with a 16-number code: sharp reconstructions, about half the error of PCA.',
  },
  'dae-d16': {
    id: 'dae-d16',
    kind: 'dae',
    latent: 16,
    hidden: [256],
    input: 'corrupted grey',
    encoderOutputs: ['code'],
    files: layersFiles,
    description: 'Denoising autoencoder: trained to map digits with added Gaussian noise back to the clean digit.',
  },
  'vae-d2': {
    id: 'vae-d2',
    kind: 'vae',
    latent: 2,
    hidden: [256],
    input: 'binarised',
    encoderOutputs: ['z_mean', 'z_log_var'],
    files: layersFiles,
    description: 'Variational autoencoder with a 2-d latent space, on black-and-white digits: a map you can walk.',
  },
  'vae-d16': {
    id: 'vae-d16',
    kind: 'vae',
    latent: 16,
    hidden: [256],
    input: 'binarised',
    encoderOutputs: ['z_mean', 'z_log_var'],
    files: layersFiles,
    description: 'Variational autoencoder with a 16-d latent space, on black-and-white digits: a generative model.',
  },
  'ddpm-mixture': ddpm('mixture', 'eight Gaussians on a circle of radius 2'),
  'ddpm-moons': ddpm('moons', 'two interleaved moons'),
  'ddpm-spiral': ddpm('spiral', 'a one-armed spiral'),
  'flow-moons': {
    id: 'flow-moons',
    kind: 'flow',
    latent: 2,
    hidden: [32, 32],
    couplings: 8,
    input: 'points 2-d',
    encoderOutputs: ['z'],
    files: paramsFiles,
    description:
      'Normalizing flow (RealNVP-style affine couplings) on two interleaved moons: exact log-density and one-pass samples.',
  },
  'gan-moons': {
    id: 'gan-moons',
    kind: 'gan',
    latent: 2,
    hidden: [64, 64],
    input: 'points 2-d',
    encoderOutputs: ['x'],
    files: paramsFiles,
    description: 'Generator of a GAN trained on two interleaved moons: samples in one pass, no likelihood.',
  },
  'vae-moons': {
    id: 'vae-moons',
    kind: 'vae-2d',
    latent: 2,
    hidden: [64, 64],
    input: 'points 2-d',
    encoderOutputs: ['z_mean', 'z_log_var'],
    files: paramsFiles,
    description:
      'Variational autoencoder with a Gaussian decoder on two interleaved moons: a bound on the likelihood and one-pass samples.',
  },
  'simclr-d128': {
    id: 'simclr-d128',
    kind: 'simclr',
    latent: 128,
    hidden: [256],
    head: [128, 64],
    input: 'grey',
    encoderOutputs: ['features'],
    files: featureFiles,
    description:
      'Contrastive encoder (SimCLR-style, NT-Xent loss): 128 features per digit, learned without labels by telling two random views of a digit apart from the views of other digits.',
  },
  'rotation-d128': {
    id: 'rotation-d128',
    kind: 'rotation',
    latent: 128,
    hidden: [256],
    head: [4],
    input: 'grey',
    encoderOutputs: ['features'],
    files: featureFiles,
    description:
      'Rotation-prediction encoder (Gidaris et al. 2018): trained to tell by how many quarter turns a digit was rotated; its 128 penultimate features are the representation.',
  },
} as const satisfies Record<string, ModelInfo>;

export type ModelId = keyof typeof MODELS;
export const MODEL_IDS = Object.keys(MODELS) as ModelId[];

export function isModelId(id: string): id is ModelId {
  return Object.hasOwn(MODELS, id);
}

export function modelInfo(id: ModelId): ModelInfo {
  return MODELS[id];
}

/** Pixels per digit: 28 × 28. */
export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
