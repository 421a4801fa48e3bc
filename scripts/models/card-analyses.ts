/**
 * The model-card sections measured on the shipped weights: factors, metrics
 * disaggregated by class and factor bin, and the anomaly scorers' decision
 * thresholds. Training calls it after saving; `--cards-only` on the weights as shipped.
 */
import * as tf from '@tensorflow/tfjs-core';
import {
  asScorer,
  confusion,
  NORMAL_FLAG_RATE,
  rates,
  reconstructionErrors,
  thresholdExceededBy,
} from '../../widgets/anomaly/core';
import { SCORERS, type ScorerId } from '../../widgets/anomaly/state';
import { loadDigitSet, type DigitSet } from '../../widgets/lib/digits/sets';
import type { VaeModel } from '../../widgets/lib/models/autoencoders';
import { disaggregate, type Disaggregated } from '../../widgets/lib/models/disaggregate';
import { binAll, FACTORS, measureFactors, terciles, type FactorId } from '../../widgets/lib/models/factors';
import { loadModel } from '../../widgets/lib/models/loader';
import { importanceWeightedNll } from '../../widgets/lib/models/metrics';
import { binarise, bytesToPixels } from '../../widgets/lib/models/preprocess';
import { PIXELS, type ModelId, type ModelInfo } from '../../widgets/lib/models/registry';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { NLL_SAMPLES, NLL_SEED } from './settings';

const round = (x: number) => Number(x.toPrecision(6));

/**
 * x rounded up to six significant figures: a decision threshold is printed so that applying
 * the printed number flags exactly what the exact one flags (rounded to the nearest, it could
 * fall below the error of the digit that sits on it, and flag that digit too).
 */
export function roundUp(x: number): number {
  const nearest = round(x);
  if (nearest >= x || x === 0) return nearest;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 5);
  return Number((Math.ceil(x / step) * step).toPrecision(6));
}

/** The anomaly figure's scorer id of a model, if the figure uses it as one. */
export function scorerIdOf(id: string): ScorerId | undefined {
  const scorer = id === 'pca' ? 'pca-16' : id;
  return (SCORERS as readonly string[]).includes(scorer) ? (scorer as ScorerId) : undefined;
}

/** What a digit model's card reports per held-out digit: reconstruction MSE, or the negative ELBO for a VAE. */
export function metricOf(info: ModelInfo): { key: 'mse' | 'negElbo'; definition: string } {
  if (info.kind === 'vae') {
    return {
      key: 'negElbo',
      definition: `negative ELBO per digit in nats (lower is better): the digit binarised at 0.5, averaged over K = ${NLL_SAMPLES} posterior samples (seed ${NLL_SEED}), as metrics.negElbo`,
    };
  }
  const k = info.kind === 'pca' ? ' from the first 16 components (mse_k16)' : '';
  return {
    key: 'mse',
    definition: `mean squared error per pixel of the clean digit's reconstruction${k}, grey levels in [0, 1] (lower is better), as the anomaly figure scores digits`,
  };
}

/** Each held-out digit's metric, computed on the shipped model by the evaluation and figure code. */
export async function perDigitMetric(info: ModelInfo, model: unknown, digits: DigitSet): Promise<Float32Array> {
  if (info.kind === 'vae') {
    const x = tf.tensor2d(binarise(bytesToPixels(digits.images)), [digits.count, PIXELS]);
    const r = await importanceWeightedNll(model as VaeModel, x, { samples: NLL_SAMPLES, seed: NLL_SEED });
    x.dispose();
    return r.perDigit.negElbo;
  }
  return reconstructionErrors(tf, asScorer(model as Parameters<typeof asScorer>[0]), digits.images, 0, digits.count);
}

export interface FactorRecord {
  readonly id: FactorId;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
  readonly bins: readonly string[];
  readonly thresholds: readonly [number, number];
}

/** Factors of the held-out digits, binned at their own terciles. */
export function digitFactors(digits: DigitSet): { records: FactorRecord[]; bins: Record<FactorId, Uint8Array> } {
  const values = measureFactors(bytesToPixels(digits.images), digits.count);
  const records = FACTORS.map((f) => ({ ...f, thresholds: terciles(values[f.id]).map(round) as [number, number] }));
  const bins = Object.fromEntries(records.map((f) => [f.id, binAll(values[f.id], f.thresholds)])) as Record<FactorId, Uint8Array>;
  return { records, bins };
}

/** The per-digit metric aggregated over the card's groupings, means rounded for the card. */
export function analyse(values: ArrayLike<number>, digits: DigitSet, factors: ReturnType<typeof digitFactors>): Disaggregated {
  const table = disaggregate(
    values,
    digits.labels,
    factors.records.map((f) => ({ id: f.id, names: f.bins, bins: factors.bins[f.id] })),
  );
  const r = <T extends { mean: number | null }>(row: T): T => ({ ...row, mean: row.mean === null ? null : round(row.mean) });
  const map = <T extends { mean: number | null }>(o: Record<string, T[]>) =>
    Object.fromEntries(Object.entries(o).map(([k, rows]) => [k, rows.map(r)]));
  return {
    overall: r(table.overall),
    byClass: table.byClass.map(r),
    byFactor: map(table.byFactor),
    byClassAndFactor: map(table.byClassAndFactor),
  };
}

export interface CardAnalyses {
  readonly factors: Record<string, unknown>;
  readonly quantitativeAnalyses: Record<string, unknown>;
  readonly decisionThresholds?: Record<string, unknown>[];
}

/** Measure the card sections of one digit model from its files in publicDir and the digits in dataDir. */
export async function cardAnalyses(
  info: ModelInfo,
  publicDir: string,
  dataDir: string = publicDir,
  verify = true,
): Promise<CardAnalyses> {
  const data = fileFetch(dataDir);
  const [digits, fashion] = await Promise.all([
    loadDigitSet('mnist-heldout', { fetch: data }),
    loadDigitSet('fashion-ood', { fetch: data }),
  ]);
  const model = await loadModel(info.id as ModelId, { fetch: fileFetch(publicDir), verify });
  const values = await perDigitMetric(info, model, digits);
  const factors = digitFactors(digits);
  const table = analyse(values, digits, factors);
  const metric = metricOf(info);
  const scorer = scorerIdOf(info.id);
  let decisionThresholds: Record<string, unknown>[] | undefined;
  if (scorer) {
    const anomalies = await reconstructionErrors(
      tf,
      asScorer(model as Parameters<typeof asScorer>[0]),
      fashion.images,
      0,
      fashion.count,
    );
    const threshold = roundUp(thresholdExceededBy(values));
    const c = confusion(values, anomalies, threshold);
    const exact = confusion(values, anomalies, thresholdExceededBy(values));
    if (JSON.stringify(c) !== JSON.stringify(exact)) {
      throw new Error(`${info.id}: the printed threshold ${threshold} flags other items than the exact one`);
    }
    const r = rates(c);
    decisionThresholds = [
      {
        use: `anomaly detection by reconstruction error (chapter "Regularised autoencoders", scorer ${scorer})`,
        score: metric.definition,
        rule: `flag a digit when its error is above the threshold, set midway between the largest error of the held-out digits left unflagged and the smallest of the ${NORMAL_FLAG_RATE * 100} % that exceed it`,
        threshold,
        heldOutDigits: digits.count,
        outOfDistributionItems: fashion.count,
        outOfDistribution: 'the Fashion-MNIST sample in public/data/fashion',
        falsePositiveRate: round(r.fpr),
        truePositiveRate: round(r.tpr),
        confusion: c,
        caveat: `The threshold is set on the same ${digits.count.toLocaleString('en')} held-out digits whose false-positive rate it reports, so that rate is the rule by construction; on new digits from the same source it would be slightly higher on average.`,
      },
    ];
  }
  model.dispose();
  return {
    factors: {
      measuredOn: `the ${digits.count.toLocaleString('en')} held-out digits (grey levels / 255)`,
      binning:
        'terciles over the held-out digits: a digit is in the first bin below the first threshold, in the second below the second, else in the third. The bins are relative, so "left" is the third of the digits leaning least to the right.',
      code: 'widgets/lib/models/factors.ts',
      definitions: factors.records,
    },
    quantitativeAnalyses: {
      metric: metric.key,
      definition: metric.definition,
      code: 'widgets/lib/models/disaggregate.ts (scripts/models/card-analyses.ts)',
      overall: table.overall,
      unitary: { class: table.byClass, ...table.byFactor },
      intersectional: table.byClassAndFactor,
    },
    ...(decisionThresholds && { decisionThresholds }),
  };
}
