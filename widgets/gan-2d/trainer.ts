/**
 * Training the GAN: alternating Adam steps, `dSteps` on the discriminator for
 * each one on the generator, on random mini-batches of real points and fresh
 * noise. Seeded data, weights, batches and noise. Every method leaves no tensor
 * behind except the one it returns, which the caller reads and disposes.
 */
import { EXTENT, gridPoints, makeDataset } from '../lib/toy-2d';
import { mulberry32, normalSampler } from '../lib/rng';
import { applyMlp, createMlp, type Mlp } from '../lib/mlp';
import { discriminatorLoss, generatorLoss, noiseDraws, noiseGrid, type Tf } from './core';
import type { GanDataset } from './data';

type Tensor = ReturnType<Tf['tensor']>;
type Tensor2D = ReturnType<Tf['tensor2d']>;
type Optimizer = ReturnType<Tf['train']['adam']>;

export interface TrainerOptions {
  dataset: GanDataset;
  seed: number;
  gLr: number;
  dLr: number;
  dSteps: number;
  batchSize?: number;
  hidden?: number;
}

export const TRAIN_SIZE = 2000;
/** Held-out real points that the generated ones are compared with (energy distance). */
export const TEST_SIZE = 500;
export const BATCH_SIZE = 128;
export const HIDDEN = 64;
export const FIELD_SIZE = 32;
export const SAMPLE_COUNT = 500;
/** The noise-space grid: GRID_LINES lines each way over [−GRID_EXTENT, GRID_EXTENT]². */
export const GRID_LINES = 9;
export const GRID_POINTS = 33;
export const GRID_EXTENT = 2;
/** Adam's β₁ = 0.5, as in most GAN code since DCGAN: less momentum in a moving game. */
const BETA1 = 0.5;

/** Two scalars as one tensor [a, b], read back in one go (with the kernels the page registers: no Pack). */
function pair(tf: Tf, a: Tensor, b: Tensor): Tensor {
  return tf.concat([tf.reshape(a, [1]), tf.reshape(b, [1])]);
}

export class Trainer {
  readonly g: Mlp;
  readonly d: Mlp;
  readonly train: Float32Array;
  readonly test: Float32Array;
  /** Which grid line each point of gridImage() lies on. */
  readonly gridLine: Int32Array;
  readonly dSteps: number;
  steps = 0;
  private readonly tf: Tf;
  private readonly gOpt: Optimizer;
  private readonly dOpt: Optimizer;
  private readonly trainT: Tensor2D;
  private readonly testT: Tensor2D;
  private readonly fieldT: Tensor2D;
  private readonly zT: Tensor2D;
  private readonly gridT: Tensor2D;
  private readonly pick: () => number;
  private readonly noise: () => number;
  private readonly batchSize: number;

  constructor(tf: Tf, opts: TrainerOptions) {
    this.tf = tf;
    this.batchSize = opts.batchSize ?? BATCH_SIZE;
    this.dSteps = opts.dSteps;
    // Different streams from one seed: data, held-out data, the two networks, batches, noise, shown noise.
    this.train = makeDataset(opts.dataset, TRAIN_SIZE, opts.seed);
    this.test = makeDataset(opts.dataset, TEST_SIZE, opts.seed + 7919);
    const hidden = opts.hidden ?? HIDDEN;
    this.g = createMlp(tf, { inputs: 2, hidden, layers: 2, outputs: 2 }, opts.seed + 104729);
    this.d = createMlp(tf, { inputs: 2, hidden, layers: 2, outputs: 1 }, opts.seed + 130363);
    this.gOpt = tf.train.adam(opts.gLr, BETA1);
    this.dOpt = tf.train.adam(opts.dLr, BETA1);
    this.trainT = tf.tensor2d(this.train, [TRAIN_SIZE, 2]);
    this.testT = tf.tensor2d(this.test, [TEST_SIZE, 2]);
    this.fieldT = tf.tensor2d(gridPoints(FIELD_SIZE, EXTENT), [FIELD_SIZE * FIELD_SIZE, 2]);
    this.zT = tf.tensor2d(noiseDraws(SAMPLE_COUNT, opts.seed + 1299709), [SAMPLE_COUNT, 2]);
    const grid = noiseGrid(GRID_LINES, GRID_POINTS, GRID_EXTENT);
    this.gridT = tf.tensor2d(grid.z, [grid.line.length, 2]);
    this.gridLine = grid.line;
    const rng = mulberry32(opts.seed + 15485863);
    this.pick = () => Math.floor(rng() * TRAIN_SIZE);
    this.noise = normalSampler(mulberry32(opts.seed + 32452843));
  }

  private noiseBatch(): Tensor2D {
    return this.tf.tensor2d(Float32Array.from({ length: 2 * this.batchSize }, this.noise), [this.batchSize, 2]);
  }

  private realBatch(): Tensor2D {
    const idx = this.tf.tensor1d(Int32Array.from({ length: this.batchSize }, this.pick), 'int32');
    const batch = this.tf.gather(this.trainT, idx) as Tensor2D;
    idx.dispose();
    return batch;
  }

  /** One Adam step on D; returns L_D on the batch. */
  dStep(): Tensor {
    const { tf } = this;
    const real = this.realBatch();
    const z = this.noiseBatch();
    const fake = tf.tidy(() => applyMlp(tf, this.g, z));
    const loss = this.dOpt.minimize(
      () => discriminatorLoss(tf, applyMlp(tf, this.d, real), applyMlp(tf, this.d, fake)),
      true,
      this.d.variables,
    );
    for (const t of [real, z, fake]) t.dispose();
    if (!loss) throw new Error('the optimizer returned no loss');
    return loss;
  }

  /** One Adam step on G (through D, which stays as it is); returns L_G on the batch. */
  gStep(): Tensor {
    const { tf } = this;
    const z = this.noiseBatch();
    const loss = this.gOpt.minimize(
      () => generatorLoss(tf, applyMlp(tf, this.d, applyMlp(tf, this.g, z))),
      true,
      this.g.variables,
    );
    z.dispose();
    if (!loss) throw new Error('the optimizer returned no loss');
    return loss;
  }

  /** k rounds of dSteps D steps then one G step; returns [mean L_D, mean L_G] over them ([2]). */
  step(k: number): Tensor {
    const { tf } = this;
    let dSum: Tensor = tf.scalar(0);
    let gSum: Tensor = tf.scalar(0);
    const add = (sum: Tensor, loss: Tensor) => {
      const next = tf.add(sum, loss);
      sum.dispose();
      loss.dispose();
      return next;
    };
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < this.dSteps; j++) dSum = add(dSum, this.dStep());
      gSum = add(gSum, this.gStep());
      this.steps++;
    }
    const out = tf.tidy(() => pair(tf, tf.div(dSum, Math.max(1, k * this.dSteps)), tf.div(gSum, Math.max(1, k))));
    dSum.dispose();
    gSum.dispose();
    return out;
  }

  /** L_D and L_G ([2]) on the held-out points and the fixed noise, without a step (and without drawing from the training streams). */
  losses(): Tensor {
    const { tf } = this;
    return tf.tidy(() => {
      const fakeLogits = applyMlp(tf, this.d, applyMlp(tf, this.g, this.zT));
      return pair(tf, discriminatorLoss(tf, applyMlp(tf, this.d, this.testT), fakeLogits), generatorLoss(tf, fakeLogits));
    });
  }

  /** D(x) on the FIELD_SIZE² grid over the pictured square, row by row from the top. */
  field(): Tensor {
    return this.tf.tidy(() => this.tf.reshape(this.tf.sigmoid(applyMlp(this.tf, this.d, this.fieldT)), [-1]));
  }

  /** G(z) for SAMPLE_COUNT fixed noise draws ([n, 2]): the same z's each time, so one sees them move. */
  samples(): Tensor {
    return this.tf.tidy(() => applyMlp(this.tf, this.g, this.zT));
  }

  /** G of the noise-space grid's points ([n, 2]), line by line. */
  gridImage(): Tensor {
    return this.tf.tidy(() => applyMlp(this.tf, this.g, this.gridT));
  }

  dispose(): void {
    this.g.dispose();
    this.d.dispose();
    this.gOpt.dispose();
    this.dOpt.dispose();
    for (const t of [this.trainT, this.testT, this.fieldT, this.zT, this.gridT]) t.dispose();
  }
}
