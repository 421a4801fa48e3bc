/**
 * The chapter's numbers about the figure, computed at build time in Node from
 * the shipped files with the figure's own code: each scorer's reconstruction
 * errors on the held-out digits and the Fashion-MNIST items, and the area
 * under its ROC curve. Computed once per build. Never import this from an island.
 */
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { asScorer, reconstructionErrors, rocCurve, trapezoidAuc } from './core';
import type { ScorerId } from './state';

export interface HeldOutErrors {
  /** One error per held-out digit (the normal items). */
  digits: Float32Array;
  /** One error per Fashion-MNIST item (the anomalies). */
  fashion: Float32Array;
}

const errors = new Map<ScorerId, Promise<HeldOutErrors>>();
const aucs = new Map<ScorerId, Promise<number>>();

async function computeErrors(id: ScorerId): Promise<HeldOutErrors> {
  const tf = await buildTimeTf();
  const [digits, fashion, model] = await Promise.all([
    buildTimeDigits('mnist-heldout'),
    buildTimeDigits('fashion-ood'),
    buildTimeModel(id === 'pca-16' ? 'pca' : id),
  ]);
  const scorer = asScorer(model);
  const normal = await reconstructionErrors(tf, scorer, digits.images, 0, digits.count);
  const anomalies = await reconstructionErrors(tf, scorer, fashion.images, 0, fashion.count);
  return { digits: normal, fashion: anomalies };
}

/** One scorer's reconstruction errors, as the figure computes them: digits and garments. */
export function heldOutErrors(id: ScorerId): Promise<HeldOutErrors> {
  let p = errors.get(id);
  if (!p) {
    p = computeErrors(id);
    errors.set(id, p);
  }
  return p;
}

async function computeAuc(id: ScorerId): Promise<number> {
  const { digits, fashion } = await heldOutErrors(id);
  return trapezoidAuc(rocCurve(digits, fashion));
}

/** The AUC of one scorer: held-out digits normal, Fashion-MNIST items anomalous. */
export function heldOutAuc(id: ScorerId): Promise<number> {
  let p = aucs.get(id);
  if (!p) {
    p = computeAuc(id);
    aucs.set(id, p);
  }
  return p;
}
