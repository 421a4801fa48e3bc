/**
 * Training a flow by maximum likelihood: Adam on the mean NLL of random
 * mini-batches, with a held-out set to watch for overfitting. Seeded data,
 * weights and batches. Every method leaves no tensor behind except those it
 * returns (one scalar or one result tensor, which the caller disposes).
 */
import { gridPoints } from '../lib/toy-2d';
import {
  DEFAULT_CONFIG,
  baseDraws,
  createFlow,
  forward,
  logProb,
  nll,
  type Flow,
  type FlowConfig,
  type Tf,
} from '../lib/coupling-flow';
import { EXTENT, gaussianBaselineNll, makeDataset, type DatasetName } from './data';
import { mulberry32 } from '../lib/rng';

type Scalar = ReturnType<Tf['scalar']>;
type Tensor = ReturnType<Tf['tensor']>;
type Optimizer = ReturnType<Tf['train']['adam']>;

export interface TrainerOptions {
  dataset: DatasetName;
  seed: number;
  learningRate: number;
  layers: number;
  batchSize?: number;
  trainSize?: number;
  testSize?: number;
  config?: Partial<FlowConfig>;
}

export const TRAIN_SIZE = 2000;
export const TEST_SIZE = 1000;
export const BATCH_SIZE = 128;
export const GRID_SIZE = 48;
export const SAMPLE_COUNT = 600;

export class Trainer {
  readonly flow: Flow;
  readonly train: Float32Array;
  readonly test: Float32Array;
  /** NLL of the best single Gaussian on the held-out set: the line to beat. */
  readonly baseline: number;
  /** The fixed base draws that samples() pushes through the flow. */
  readonly z: Float32Array;
  steps = 0;
  private readonly tf: Tf;
  private readonly optimizer: Optimizer;
  private readonly trainT: Tensor;
  private readonly testT: Tensor;
  private readonly gridT: Tensor;
  private readonly zT: Tensor;
  private readonly pick: () => number;
  private readonly batchSize: number;

  constructor(tf: Tf, opts: TrainerOptions) {
    this.tf = tf;
    const trainSize = opts.trainSize ?? TRAIN_SIZE;
    this.batchSize = Math.min(opts.batchSize ?? BATCH_SIZE, trainSize);
    // Different streams from one seed: data, held-out data, weights, batches, base draws.
    this.train = makeDataset(opts.dataset, trainSize, opts.seed);
    this.test = makeDataset(opts.dataset, opts.testSize ?? TEST_SIZE, opts.seed + 7919);
    this.baseline = gaussianBaselineNll(this.test);
    this.flow = createFlow(tf, { ...DEFAULT_CONFIG, ...opts.config, layers: opts.layers }, opts.seed + 104729);
    this.optimizer = tf.train.adam(opts.learningRate);
    this.trainT = tf.tensor2d(this.train, [trainSize, 2]);
    this.testT = tf.tensor2d(this.test, [this.test.length / 2, 2]);
    this.gridT = tf.tensor2d(gridPoints(GRID_SIZE, EXTENT), [GRID_SIZE * GRID_SIZE, 2]);
    this.z = baseDraws(SAMPLE_COUNT, opts.seed + 1299709);
    this.zT = tf.tensor2d(this.z, [SAMPLE_COUNT, 2]);
    const rng = mulberry32(opts.seed + 15485863);
    this.pick = () => Math.floor(rng() * trainSize);
  }

  /** k Adam steps; returns the mean training NLL over them (a scalar for the caller to read and dispose). */
  step(k: number): Scalar {
    const { tf } = this;
    let total: Scalar = tf.scalar(0);
    for (let i = 0; i < k; i++) {
      const idx = tf.tensor1d(Int32Array.from({ length: this.batchSize }, this.pick), 'int32');
      const batch = tf.gather(this.trainT, idx) as ReturnType<Tf['tensor2d']>;
      const loss = this.optimizer.minimize(() => nll(tf, this.flow, batch), true, this.flow.variables);
      idx.dispose();
      batch.dispose();
      if (!loss) throw new Error('the optimizer returned no loss');
      const next = tf.add(total, loss) as Scalar;
      total.dispose();
      loss.dispose();
      total = next;
      this.steps++;
    }
    const mean = tf.div(total, Math.max(1, k)) as Scalar;
    total.dispose();
    return mean;
  }

  /** Mean NLL on the held-out points. */
  heldOutNll(): Scalar {
    return this.tf.tidy(() => nll(this.tf, this.flow, this.testT as ReturnType<Tf['tensor2d']>));
  }

  /**
   * p(x) on the GRID_SIZE² grid over the pictured square, row by row from the
   * top; or only part `part` of `parts` equal slices of it (so a slow backend
   * can do it a slice per frame).
   */
  density(part = 0, parts = 1): Tensor {
    const { tf } = this;
    const rows = GRID_SIZE / parts;
    if (!Number.isInteger(rows)) throw new Error(`the grid does not split into ${parts} parts`);
    return tf.tidy(() => {
      const points = tf.slice(this.gridT, [part * rows * GRID_SIZE, 0], [rows * GRID_SIZE, 2]) as ReturnType<Tf['tensor2d']>;
      return tf.exp(logProb(tf, this.flow, points));
    });
  }

  /** SAMPLE_COUNT fixed base draws pushed through the flow ([n, 2]): the same z's each time, so one sees them move. */
  samples(): Tensor {
    return this.tf.tidy(() => forward(this.tf, this.flow, this.zT as ReturnType<Tf['tensor2d']>).x);
  }

  /**
   * What heldOutNll(), density() and samples() give before any training, in
   * plain JS: createFlow starts every coupling as the identity, so the flow
   * is exactly N(0, I). The page shows it without waiting for the GPU.
   */
  untrained(): { testNll: number; density: Float32Array; samples: Float32Array } {
    const logN = (x: number, y: number) => -Math.log(2 * Math.PI) - 0.5 * (x * x + y * y);
    const grid = gridPoints(GRID_SIZE, EXTENT);
    const density = new Float32Array(GRID_SIZE * GRID_SIZE).map((_, i) => Math.exp(logN(grid[2 * i]!, grid[2 * i + 1]!)));
    let sum = 0;
    for (let i = 0; i < this.test.length; i += 2) sum += logN(this.test[i]!, this.test[i + 1]!);
    return { testNll: -sum / (this.test.length / 2), density, samples: this.z };
  }

  dispose(): void {
    this.flow.dispose();
    this.optimizer.dispose();
    for (const t of [this.trainT, this.testT, this.gridT, this.zT]) t.dispose();
  }
}
