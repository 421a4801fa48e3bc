/**
 * Anomaly detection by reconstruction error: per-image errors, confusion
 * counts at a threshold, the ROC curve and its area. Pure functions; the one
 * TF.js function takes TF.js and the model as parameters.
 */
// The scoring of digits by reconstruction error lives in widgets/lib, since the model cards and the
// disaggregated-evaluation figure score digits the same way.
export {
  asScorer,
  NORMAL_FLAG_RATE,
  PCA_SCORER_COMPONENTS,
  reconstructionErrors,
  thresholdExceededBy,
} from '../lib/models/scoring';

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** 'Anomaly' is the positive class: an item is flagged when its score is above the threshold. */
export function confusion(normal: ArrayLike<number>, anomalies: ArrayLike<number>, threshold: number): Confusion {
  let fp = 0;
  let tp = 0;
  for (let i = 0; i < normal.length; i++) if ((normal[i] as number) > threshold) fp++;
  for (let i = 0; i < anomalies.length; i++) if ((anomalies[i] as number) > threshold) tp++;
  return { tp, fp, tn: normal.length - fp, fn: anomalies.length - tp };
}

export function rates(c: Confusion): { tpr: number; fpr: number } {
  return { tpr: c.tp / (c.tp + c.fn), fpr: c.fp / (c.fp + c.tn) };
}

export interface RocPoint {
  fpr: number;
  tpr: number;
  /** Items scoring strictly above this are flagged; +Infinity for the (0, 0) corner. */
  threshold: number;
}

/**
 * The ROC curve: sweep the threshold down through every distinct score. Tied
 * scores move both rates at once, so a tie is one diagonal step, not a staircase.
 */
export function rocCurve(normal: ArrayLike<number>, anomalies: ArrayLike<number>): RocPoint[] {
  const items: [number, 0 | 1][] = [];
  for (let i = 0; i < normal.length; i++) items.push([normal[i] as number, 0]);
  for (let i = 0; i < anomalies.length; i++) items.push([anomalies[i] as number, 1]);
  items.sort((a, b) => b[0] - a[0]);
  const n0 = normal.length;
  const n1 = anomalies.length;
  const out: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Infinity }];
  let fp = 0;
  let tp = 0;
  for (let i = 0; i < items.length;) {
    const score = (items[i] as [number, 0 | 1])[0];
    while (i < items.length && (items[i] as [number, 0 | 1])[0] === score) {
      if ((items[i] as [number, 0 | 1])[1] === 1) tp++;
      else fp++;
      i++;
    }
    // Flagging "score ≥ this" is "score > the next lower value".
    const next = items[i]?.[0];
    out.push({ fpr: fp / n0, tpr: tp / n1, threshold: next ?? -Infinity });
  }
  return out;
}

/** Area under a curve by the trapezoid rule. */
export function trapezoidAuc(points: readonly RocPoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as RocPoint;
    const b = points[i] as RocPoint;
    area += ((b.fpr - a.fpr) * (a.tpr + b.tpr)) / 2;
  }
  return area;
}

/**
 * The Mann–Whitney U statistic over n1 n0: the probability that a random
 * anomaly scores above a random normal item, ties counting one half. Ranks
 * with ties averaged.
 */
export function mannWhitneyAuc(normal: ArrayLike<number>, anomalies: ArrayLike<number>): number {
  const all: [number, 0 | 1][] = [];
  for (let i = 0; i < normal.length; i++) all.push([normal[i] as number, 0]);
  for (let i = 0; i < anomalies.length; i++) all.push([anomalies[i] as number, 1]);
  all.sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && (all[j] as [number, 0 | 1])[0] === (all[i] as [number, 0 | 1])[0]) j++;
    const avgRank = (i + 1 + j) / 2; // ranks i+1 … j
    for (let k = i; k < j; k++) if ((all[k] as [number, 0 | 1])[1] === 1) rankSum += avgRank;
    i = j;
  }
  const n1 = anomalies.length;
  const n0 = normal.length;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  return u / (n1 * n0);
}

export interface Bin {
  x1: number;
  x2: number;
  count: number;
}

/** Histogram with equal-width bins on a linear or a log scale over [lo, hi]; values outside go to the end bins. */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins: number, log: boolean): Bin[] {
  const f = log ? Math.log : (v: number) => v;
  const inv = log ? Math.exp : (v: number) => v;
  const a = f(lo);
  const b = f(hi);
  const out: Bin[] = Array.from({ length: bins }, (_, k) => ({
    x1: inv(a + ((b - a) * k) / bins),
    x2: inv(a + ((b - a) * (k + 1)) / bins),
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = ((f(Math.max(v, lo)) - a) / (b - a)) * bins;
    const k = Math.min(bins - 1, Math.max(0, Math.floor(t)));
    (out[k] as Bin).count++;
  }
  return out;
}
