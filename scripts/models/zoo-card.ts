/** The model card of a generative-zoo model (after Mitchell et al. 2019), in the fields the model-cards page shows. */
import { join } from 'node:path';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import { ZOO_DATA, ZOO_FLOW, ZOO_GENERATOR, ZOO_VAE, type ZooKind } from '../../widgets/lib/models/zoo-2d';
import { ZOO_EVAL, type LogLikelihood } from '../../widgets/generative-zoo/core';
import { DATASET_LABELS } from '../../widgets/lib/toy-2d';
import { writeJson } from '../data/node-files';
import { citations, limitations } from './card-text';
import { CARD_VERSION, cardHead, cardTail, libraryVersions, shippedFiles } from './model-card';
import { ZOO_TRAINING } from './train-zoo';

/** When the zoo models' first cards were written. */
const ZOO_FIRST_CARD = '2026-12-03';

export type ZooHistoryRow = { readonly iteration: number } & Readonly<Record<string, number>>;

export interface ZooCardInput {
  readonly info: ModelInfo & { kind: ZooKind };
  readonly dir: string;
  readonly history: readonly ZooHistoryRow[];
  readonly parameters: { shipped: number; trained: number };
  readonly logLikelihood: readonly LogLikelihood[];
  readonly energy: number;
  readonly seconds: number;
}

const mlp = (name: string, inputs: number, hidden: number, layers: number, outputs: number) => [
  ...Array.from({ length: layers }, (_, l) => `${name} dense ${l === 0 ? inputs : hidden} → ${hidden}, tanh`),
  `${name} dense ${hidden} → ${outputs}, linear`,
];

function architecture(kind: ZooKind): Record<string, string | string[]> {
  if (kind === 'flow') {
    const H = ZOO_FLOW.hidden;
    return {
      flow: `${ZOO_FLOW.layers} affine coupling layers, alternating the changed coordinate (widgets/lib/coupling-flow.ts)`,
      coupling: [...mlp('coupling', 1, H, 2, 2), `log-scale bounded by ${ZOO_FLOW.scaleBound} · tanh`],
      base: 'N(0, I) in 2 dimensions',
      format: 'one float32 vector of every weight (params.bin), in the order of widgets/lib/coupling-flow.ts',
    };
  }
  if (kind === 'gan') {
    const g = ZOO_GENERATOR;
    return {
      generator: mlp('generator', g.inputs, g.hidden, g.layers, g.outputs),
      discriminator: [...mlp('discriminator', 2, g.hidden, g.layers, 1), 'trained with the generator, not shipped'],
      noise: 'z ~ N(0, I) in 2 dimensions',
      format: "one float32 vector of the generator's weights (params.bin), layer by layer, kernel then bias",
    };
  }
  const { hidden, layers, latent } = ZOO_VAE;
  return {
    encoder: mlp('encoder', 2, hidden, layers, 2 * latent).concat(`outputs: mean and log-variance of q(z | x), d = ${latent}`),
    decoder: mlp('decoder', latent, hidden, layers, 2).concat('output: the mean of p(x | z); one learned log σ per coordinate'),
    prior: `N(0, I) in ${latent} dimensions`,
    format: 'one float32 vector: encoder, decoder, then log σ (params.bin), in the order of widgets/lib/vae-2d.ts',
  };
}

const LOSS: Record<ZooKind, string> = {
  flow: 'negative log-likelihood of mini-batches, exact through the change of variables',
  gan: 'discriminator: binary cross-entropy on real and generated points; generator: the non-saturating loss −log D(G(z)), one step each in turn',
  'vae-2d': 'negative ELBO, one reparameterised draw per point, KL in closed form',
};

const LIKELIHOOD_WORDS: Record<LogLikelihood['kind'], string> = {
  exact: 'exact log-likelihood',
  ELBO: `ELBO (mean of ${ZOO_EVAL.elboDraws} draws per point)`,
  IWAE: `importance-sampled estimate with S = ${ZOO_EVAL.importanceSamples} (IWAE bound)`,
  bound: 'variational bound, reverse variance β̃_t',
  'bound-wide': 'variational bound, reverse variance β_t',
};

export function writeZooCard(c: ZooCardInput): void {
  const S = ZOO_TRAINING;
  const own = c.info.kind === 'flow' ? S.flow : c.info.kind === 'gan' ? S.gan : S.vae;
  const { files, size } = shippedFiles(c.info, c.dir);
  const heldOut: Record<string, Record<string, number>> = {
    'energy distance': { [`${ZOO_EVAL.samples.toLocaleString('en')} samples`]: c.energy },
  };
  if (c.logLikelihood.length > 0) {
    heldOut['log-likelihood (nats per point)'] = Object.fromEntries(
      c.logLikelihood.map((l) => [LIKELIHOOD_WORDS[l.kind], round(l.value)]),
    );
  }
  writeJson(join(c.dir, 'card.json'), {
    ...cardHead(c.info),
    architecture: architecture(c.info.kind),
    parameters: {
      total: c.parameters.shipped,
      ...(c.parameters.trained !== c.parameters.shipped && { trainedWithDiscriminator: c.parameters.trained }),
    },
    trainingData: {
      dataset: `${DATASET_LABELS[ZOO_DATA.dataset]} (widgets/lib/toy-2d.ts, "${ZOO_DATA.dataset}"), generated: the same points as ddpm-moons`,
      trainPoints: ZOO_DATA.trainPoints,
      trainSeed: ZOO_DATA.trainSeed,
      heldOutPoints: ZOO_DATA.heldOutPoints,
      heldOutSeed: ZOO_DATA.heldOutSeed,
      preprocessing: 'none: points as generated, in the square [−3, 3]²',
    },
    training: {
      iterations: own.iterations,
      batchSize: S.batchSize,
      learningRate: own.learningRate,
      schedule: `linear decay to ${S.finalLearningRate} × the learning rate`,
      seed: S.seed,
      optimiser: `Adam (β1 ${'beta1' in own ? own.beta1 : 0.9}, β2 0.999, ε 1e-7)`,
      loss: LOSS[c.info.kind],
      initialisation: 'seeded normal kernels from our own generator, zero biases',
      backend: 'tfjs wasm (Node)',
      seconds: c.seconds,
      history: c.history.map(({ iteration, ...rest }) => ({
        epoch: Number(((iteration * S.batchSize) / ZOO_DATA.trainPoints).toFixed(1)),
        ...rest,
      })),
    },
    metrics: {
      heldOut,
      definition:
        `On the ${ZOO_DATA.heldOutPoints.toLocaleString('en')} held-out points: the squared energy distance of ${ZOO_EVAL.samples.toLocaleString('en')} samples (seed ${ZOO_EVAL.sampleSeed}) ` +
        'to them, and the mean log-likelihood the model can state of them, in nats per point (higher is better; a GAN states none). ' +
        'Computed by widgets/generative-zoo/core.ts, the code of the figure that compares the families.',
    },
    quantization: { weights: 'none: float32 (the whole model is a few kilobytes)' },
    files,
    size,
    libraries: libraryVersions(),
    intendedUse:
      'Teaching: the figure "The zoo side by side" of the open textbook "Learning Without Labels", which compares what each ' +
      'family of generative model offers on the same 2-d data.',
    outOfScopeUse: ['Anything but the toy data set it was trained on: it has seen no real data.'],
    limitations: [
      ...limitations(c.info.kind).filter((l) => l.startsWith('A 2-d')),
      'A 2-d toy: what it shows about the families is qualitative; the ranking of log-likelihoods need not carry over to images.',
    ],
    ethicalConsiderations: ['Synthetic data; none.'],
    licence: { model: "MIT, as the rest of this repository's code.", data: "Generated by the repository's own code (MIT)." },
    citation: citations(c.info.kind).slice(1),
    reproducibility:
      'Every random choice (data, initialisation, batches, noise, evaluation draws) is seeded; re-running `npm run train -- ' +
      `${c.info.id}\` on the tfjs wasm backend reproduces these files up to the last float digits.`,
    contact: cardTail().contact,
    // These models first shipped in card format 1.1.0; the digit models' earlier history is not theirs.
    versionHistory: [
      {
        version: CARD_VERSION,
        date: ZOO_FIRST_CARD,
        change:
          'First card: the generative zoo of chapter 8. Factors and decision thresholds do not apply to synthetic 2-d data.',
      },
    ],
  });
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
