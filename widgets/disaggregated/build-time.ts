/**
 * The figure's reference numbers in Node: each model's card summary, read from
 * public/models/<id>/card.json, and the same disaggregation recomputed from the
 * shipped weights on the TF.js CPU backend (for the flag rate, which the card
 * gives only overall). Cached per build. Never import this from an island.
 */
import type { Disaggregated } from '../lib/models/disaggregate';
import { measureFactors } from '../lib/models/factors';
import { bytesToPixels } from '../lib/models/preprocess';
import { asScorer, reconstructionErrors } from '../lib/models/scoring';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { readPublicJson } from '../lib/node/public-files';
import {
  DISAGG_MODELS,
  flagThreshold,
  liveTable,
  perDigitValues,
  summaryFromCard,
  type CardSummary,
  type DisaggModelId,
  type MetricId,
} from './core';

export function cardSummaries(): Record<DisaggModelId, CardSummary> {
  return Object.fromEntries(DISAGG_MODELS.map((id) => [id, summaryFromCard(readPublicJson(`models/${id}/card.json`))])) as Record<
    DisaggModelId,
    CardSummary
  >;
}

const errors = new Map<DisaggModelId, Promise<Float32Array>>();

/** Each held-out digit's reconstruction error under one model, in Node. */
export function nodeErrors(id: DisaggModelId): Promise<Float32Array> {
  let p = errors.get(id);
  if (!p) {
    p = (async () => {
      const [tf, digits, model] = await Promise.all([buildTimeTf(), buildTimeDigits('mnist-heldout'), buildTimeModel(id)]);
      return reconstructionErrors(tf, asScorer(model), digits.images, 0, digits.count);
    })();
    errors.set(id, p);
  }
  return p;
}

/** The disaggregated metric computed in Node from the shipped files, binned at the card's factor thresholds. */
export async function nodeTable(id: DisaggModelId, metric: MetricId, card = cardSummaries()[id]): Promise<Disaggregated> {
  const digits = await buildTimeDigits('mnist-heldout');
  const errs = await nodeErrors(id);
  const values = perDigitValues(metric, errs, metric === 'flag' ? flagThreshold(errs) : undefined);
  return liveTable(values, digits.labels, measureFactors(bytesToPixels(digits.images), digits.count), card.factorThresholds);
}

/** The Node flag-rate tables of the models whose cards set a decision threshold. */
export async function nodeFlagTables(): Promise<Partial<Record<DisaggModelId, Disaggregated>>> {
  const cards = cardSummaries();
  const ids = DISAGG_MODELS.filter((id) => cards[id].decision);
  const tables = await Promise.all(ids.map((id) => nodeTable(id, 'flag', cards[id])));
  return Object.fromEntries(ids.map((id, i) => [id, tables[i]]));
}
