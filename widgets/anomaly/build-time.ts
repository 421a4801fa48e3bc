/**
 * The chapter's numbers about the figure, computed at build time in Node from
 * the shipped files with the figure's own code: each scorer's reconstruction
 * errors on the held-out digits and the Fashion-MNIST items, and the area
 * under its ROC curve. Computed once per build. Never import this from an island.
 */
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { asScorer, reconstructionErrors, rocCurve, trapezoidAuc } from './core';
import type { ScorerId } from './state';

const aucs = new Map<ScorerId, Promise<number>>();

async function computeAuc(id: ScorerId): Promise<number> {
  const tf = await buildTimeTf();
  const [digits, fashion, model] = await Promise.all([
    buildTimeDigits('mnist-heldout'),
    buildTimeDigits('fashion-ood'),
    buildTimeModel(id === 'pca-16' ? 'pca' : id),
  ]);
  const scorer = asScorer(model);
  const normal = await reconstructionErrors(tf, scorer, digits.images, 0, digits.count);
  const anomalies = await reconstructionErrors(tf, scorer, fashion.images, 0, fashion.count);
  return trapezoidAuc(rocCurve(normal, anomalies));
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
