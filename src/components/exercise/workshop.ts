/**
 * The answers of the workshop in "Where to go next", computed when the page is built from the
 * shipped models, digits and cards with the figures' own cores and build-time code, and the
 * figure views the exercises open. Computed once per build. Never import this from an island.
 */
import { readModelCards } from '../cards/read-cards';
import { cardValue } from '../cards/card-value';
import { heldOutErrors } from '~/widgets/anomaly/build-time';
import { confusion } from '~/widgets/anomaly/core';
import { schema as anomalySchema, SCORERS, type ScorerId } from '~/widgets/anomaly/state';
import { corruptDigit, mse, reconstructOne } from '~/widgets/denoising/core';
import { schema as denoiseSchema, type DenoiseState } from '~/widgets/denoising/state';
import { digitPixels } from '~/lib/digits/sets';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '~/lib/node/models';
import { loadShipped } from '~/widgets/reconstruction/build-time';
import { galleryIndices, reconstructAll } from '~/widgets/reconstruction/core';
import { MAX_K, schema as reconSchema } from '~/widgets/reconstruction/state';
import { heldOutLabels, heldOutTable } from '~/widgets/retrieval/build-time';
import { K_DEFAULT, K_MAX, leaveOneOutAccuracy } from '~/widgets/retrieval/core';
import { schema as knnSchema } from '~/widgets/retrieval/state';
import { defaults } from '~/lib/url-state';
import {
  argMax,
  argMin,
  bestK,
  componentsToMatch,
  firstDisagreement,
  neighbourhood,
  precisionAtBaseRate,
  viewOf,
  type FigureView,
} from './workshop-core';

/** The digit class the reconstruction exercise asks about: loopy, so PCA needs many components. */
export const RECON_CLASS = 8;
/** The class of the retrieval exercise's query: 4s are the digits most often taken for 9s. */
export const KNN_CLASS = 4;
/** The base rate of the anomaly exercise: one garment among this many items. */
export const BASE_RATE_ONE_IN = 1000;
/** The damage of the denoising exercise's second view: a black square over this share of the image. */
export const PATCH_LEVEL = 0.3;

export interface Workshop {
  numbers: {
    reconDigit: number;
    reconAeError: number;
    reconPcaError16: number;
    reconAe2Error: number;
    reconComponents: number;
    anomalyThreshold: number;
    anomalyCaught: number;
    anomalyFlaggedDigits: number;
    anomalyPrecision: number;
    anomalyPrecisionRare: number;
    baseRateOneIn: number;
    knnDigit: number;
    knnPixelsSame: number;
    knnCodeSame: number;
    knnPixelsVote: number;
    knnAccuracyK1: number;
    knnBestK: number;
    knnBestAccuracy: number;
    denoiseDigit: number;
    denoiseNoisyError: number;
    denoiseDaeError: number;
    denoiseAeError: number;
    denoiseRemoved: number;
    patchLevel: number;
  };
  choices: {
    anomalyBestScorer: ScorerId;
    patchClosest: 'the damaged input' | 'dae-d16’s output' | 'ae-d16’s output';
  };
  views: {
    recon16: FigureView;
    anomalyCard: FigureView;
    knnQuery: FigureView;
    denoiseDefault: FigureView;
    denoisePatch: FigureView;
  };
}

export type WorkshopNumber = keyof Workshop['numbers'];
export type WorkshopChoice = keyof Workshop['choices'];
export type WorkshopView = keyof Workshop['views'];

let cached: Promise<Workshop> | undefined;

/** Every answer of the workshop, once per build. */
export function buildWorkshop(): Promise<Workshop> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<Workshop> {
  const [recon, anomaly, knn, denoise] = await Promise.all([reconPart(), anomalyPart(), knnPart(), denoisePart()]);
  return {
    numbers: { ...recon.numbers, ...anomaly.numbers, ...knn.numbers, ...denoise.numbers },
    choices: { ...anomaly.choices, ...denoise.choices },
    views: { ...recon.views, ...anomaly.views, ...knn.views, ...denoise.views },
  };
}

/** Chapter 4's reconstruction figure on the gallery's first 8: ae-d16's error, and PCA's components to match it. */
async function reconPart() {
  const { tf, set, ae16, ae2, pca } = await loadShipped();
  const digit = galleryIndices(set.labels, 1)[RECON_CLASS] as number;
  const x = digitPixels(set, digit);
  const at = (k: number) => reconstructAll(tf, { ae16, ae2, pca }, x, k);
  const opening = at(reconSchema.k.default);
  const ae = opening.ae16.mse;
  const k = componentsToMatch((k) => at(k).pca.mse, ae, MAX_K);
  if (k === undefined) throw new Error(`PCA with up to ${MAX_K} components never matches ae-d16 on held-out digit ${digit}.`);
  const state = { ...defaults(reconSchema), digit };
  return {
    numbers: {
      reconDigit: digit,
      reconAeError: ae,
      reconPcaError16: opening.pca.mse,
      reconAe2Error: opening.ae2.mse,
      reconComponents: k,
    },
    views: { recon16: viewOf('recon', reconSchema, state) },
  };
}

/** Chapter 5's anomaly figure at ae-d16's card threshold, as the figure's address can hold it. */
async function anomalyPart() {
  const cards = readModelCards();
  const card = (id: string) => cards.find((c) => c.id === id);
  const threshold = (id: ScorerId, field: string) => {
    const model = id === 'pca-16' ? 'pca' : id;
    return cardValue(card(model), model, `decisionThresholds.0.${field}`);
  };
  const t = Number(anomalySchema.t.format(threshold('ae-d16', 'threshold')));
  const { digits, fashion } = await heldOutErrors('ae-d16');
  const c = confusion(digits, fashion, t);
  const caught = Object.fromEntries(SCORERS.map((id) => [id, threshold(id, 'truePositiveRate')])) as Record<ScorerId, number>;
  const rare = precisionAtBaseRate(
    threshold('ae-d16', 'truePositiveRate'),
    threshold('ae-d16', 'falsePositiveRate'),
    1 / BASE_RATE_ONE_IN,
  );
  return {
    numbers: {
      anomalyThreshold: t,
      anomalyCaught: c.tp,
      anomalyFlaggedDigits: c.fp,
      anomalyPrecision: c.tp / (c.tp + c.fp),
      anomalyPrecisionRare: rare,
      baseRateOneIn: BASE_RATE_ONE_IN,
    },
    choices: { anomalyBestScorer: argMax(caught) },
    views: { anomalyCard: viewOf('anomaly', anomalySchema, { ...defaults(anomalySchema), t }) },
  };
}

/** Chapter 5's retrieval figure: a 4 that the pixels misjudge and ae-d16's codes do not, and the best k. */
async function knnPart() {
  const [pixels, codes, labels] = await Promise.all([heldOutTable('pixels'), heldOutTable('ae-d16'), heldOutLabels()]);
  const digit = firstDisagreement(pixels, codes, labels, KNN_CLASS, K_DEFAULT);
  if (digit === undefined) throw new Error(`No held-out ${KNN_CLASS} is misjudged by the pixels and not by ae-d16.`);
  const best = bestK((k) => leaveOneOutAccuracy(codes, labels, k), K_MAX);
  return {
    numbers: {
      knnDigit: digit,
      knnPixelsSame: neighbourhood(pixels, labels, digit, K_DEFAULT).same,
      knnCodeSame: neighbourhood(codes, labels, digit, K_DEFAULT).same,
      knnPixelsVote: neighbourhood(pixels, labels, digit, K_DEFAULT).vote,
      knnAccuracyK1: leaveOneOutAccuracy(codes, labels, 1),
      knnBestK: best.k,
      knnBestAccuracy: best.accuracy,
    },
    views: { knnQuery: viewOf('knn', knnSchema, { ...defaults(knnSchema), digit }) },
  };
}

/** Chapter 5's denoising figure: its opening view, and the same digit under a masked patch. */
async function denoisePart() {
  const tf = await buildTimeTf();
  const [set, dae, ae] = await Promise.all([
    buildTimeDigits('mnist-heldout'),
    buildTimeModel('dae-d16'),
    buildTimeModel('ae-d16'),
  ]);
  const run = (s: DenoiseState) => {
    const clean = digitPixels(set, s.digit);
    const damaged = corruptDigit(clean, s.type, s.level, s.seed);
    return {
      'the damaged input': mse(damaged, clean),
      'dae-d16’s output': mse(reconstructOne(tf, dae, damaged), clean),
      'ae-d16’s output': mse(reconstructOne(tf, ae, damaged), clean),
    };
  };
  const opening = defaults(denoiseSchema);
  const patch: DenoiseState = { ...opening, type: 'patch', level: PATCH_LEVEL };
  const e = run(opening);
  return {
    numbers: {
      denoiseDigit: opening.digit,
      denoiseNoisyError: e['the damaged input'],
      denoiseDaeError: e['dae-d16’s output'],
      denoiseAeError: e['ae-d16’s output'],
      denoiseRemoved: 1 - e['dae-d16’s output'] / e['the damaged input'],
      patchLevel: PATCH_LEVEL,
    },
    choices: { patchClosest: argMin(run(patch)) },
    views: {
      denoiseDefault: viewOf('denoise', denoiseSchema, opening),
      denoisePatch: viewOf('denoise', denoiseSchema, patch),
    },
  };
}
