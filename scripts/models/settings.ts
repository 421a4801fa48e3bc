/**
 * Default training settings per model. Epoch counts keep all models together
 * within the 20-minute budget on a 2-core machine while meeting the quality bars.
 */
import type { ModelId } from '../../widgets/lib/models/registry';

export interface TrainSettings {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
}

export const DEFAULT_SEED = 2026;

const dense = { batchSize: 100, learningRate: 1e-3, seed: DEFAULT_SEED };

export const DEFAULT_SETTINGS: Record<
  Exclude<ModelId, 'pca' | `${'ddpm' | 'flow' | 'gan' | 'vae'}-${'mixture' | 'moons' | 'spiral'}`>,
  TrainSettings
> = {
  'ae-d2': { ...dense, epochs: 30 },
  'ae-d16': { ...dense, epochs: 30 },
  'dae-d16': { ...dense, epochs: 30 },
  'vae-d2': { ...dense, epochs: 100 },
  'vae-d16': { ...dense, epochs: 80 },
  // 250 digits (500 views) a batch: the 1,000 held-out digits are four whole batches.
  'simclr-d128': { batchSize: 250, learningRate: 1e-3, seed: DEFAULT_SEED, epochs: 60 },
  // 256 turned digits a batch, drawn from all 36,000 (digit, turn) pairs.
  'rotation-d128': { batchSize: 256, learningRate: 1e-3, seed: DEFAULT_SEED, epochs: 10 },
};

/** NT-Xent's temperature, SimCLR's value for small images (Chen et al. 2020 used 0.5 on CIFAR-10). */
export const CONTRASTIVE_TEMPERATURE = 0.5;

/** Seed of the random views of the held-out digits on which the contrastive encoder is measured. */
export const HELDOUT_VIEW_SEED = 13;

/** PCA keeps this many components. */
export const PCA_COMPONENTS = 64;

/** Importance samples per digit for the held-out NLL (cards and tests use the same K and seed). */
export const NLL_SAMPLES = 500;
export const NLL_SEED = 7;

/** Seed of the corruption applied to held-out digits when measuring the DAE. */
export const HELDOUT_NOISE_SEED = 11;
