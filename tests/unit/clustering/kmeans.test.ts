import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  assignStep,
  drawProportional,
  fromRows,
  kmeans,
  kmeansPlusPlusInit,
  lloydTrace,
  makeDataSet,
  objective,
  pairwiseObjective,
  randomInit,
  updateStep,
  type Centres,
  type Points,
} from '~/lib/clustering';
import { mulberry32 } from '~/lib/rng';

const line = (xs: number[]): Points => fromRows(xs.map((x) => [x]));

describe('k-means objective', () => {
  it('follows the hand-worked example step by step and stops', () => {
    // 0, 1, 3, 9, 10 on a line, centres started at 0 and 1.
    const X = line([0, 1, 3, 9, 10]);
    let centres: Centres = new Float64Array([0, 1]);
    const seen: number[] = [];
    let labels: Int32Array | undefined;
    const labelTrail: string[] = [];
    for (let iter = 0; iter < 4; iter++) {
      const a = assignStep(X, centres, 2, labels);
      labels = a.labels;
      labelTrail.push(Array.from(labels).join(''));
      seen.push(objective(X, labels, centres));
      centres = updateStep(X, labels, centres, 2).centres;
      seen.push(objective(X, labels, centres));
      if (iter === 3) expect(a.changed).toBe(0);
    }
    expect(labelTrail).toEqual(['01111', '00111', '00011', '00011']);
    const want = [149, 58.75, 37.1875, 175 / 6, 0.5 + 6.25 + 89 / 9, 31 / 6, 31 / 6, 31 / 6];
    seen.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 10));
    expect(Array.from(centres)).toEqual([4 / 3, 9.5]);
  });

  it('equals its pairwise form: Σ_k (1/(2|C_k|)) Σ_{i,j∈C_k} ‖x_i − x_j‖² = Σ_k Σ_{i∈C_k} ‖x_i − μ_k‖²', () => {
    // By hand for the converged example: {0, 1, 3} has pair sum 1 + 9 + 4 = 14 over 3; {9, 10} has 1 over 2.
    const X = line([0, 1, 3, 9, 10]);
    const labels = new Int32Array([0, 0, 0, 1, 1]);
    expect(pairwiseObjective(X, labels, 2)).toBeCloseTo(14 / 3 + 1 / 2, 12);
    for (const name of DATASET_NAMES) {
      const { points } = makeDataSet(name, 3);
      for (const k of [1, 2, 5]) {
        const rand = mulberry32(k);
        const random = new Int32Array(points.n).map(() => Math.floor(rand() * k));
        const means = updateStep(points, random, new Float64Array(k * 2), k).centres;
        const a = objective(points, random, means);
        expect(pairwiseObjective(points, random, k)).toBeCloseTo(a, 8);
      }
    }
  });

  it('never increases across assignment and update steps, on every data set and init', () => {
    for (const name of DATASET_NAMES) {
      const { points } = makeDataSet(name, 7);
      for (const init of ['random', 'kmeans++'] as const) {
        for (const k of [2, 4, 10]) {
          const trace = lloydTrace(points, k, init, 11, 200);
          const J = trace.flatMap((s) => (s.objective === null ? [] : [s.objective]));
          for (let i = 1; i < J.length; i++) expect(J[i]!).toBeLessThanOrEqual(J[i - 1]! + 1e-9);
          // It converges well within 200 half-steps: the last assignment moved no point.
          expect(trace.at(-1)!.kind).toBe('assign');
          expect(trace.at(-1)!.changed).toBe(0);
        }
      }
    }
  });

  it('keeps an empty cluster at its centre and says so', () => {
    const X = line([0, 1, 2]);
    const { labels } = assignStep(X, new Float64Array([1, 50]), 2);
    const { centres, empty } = updateStep(X, labels, new Float64Array([1, 50]), 2);
    expect(empty).toEqual([1]);
    expect(Array.from(centres)).toEqual([1, 50]);
  });

  it('keeps a point in its cluster on a tie, so a tie never restarts the algorithm', () => {
    const X = line([0, 2, 4]);
    const { labels, changed } = assignStep(X, new Float64Array([0, 4]), 2, new Int32Array([0, 1, 1]));
    expect(Array.from(labels)).toEqual([0, 1, 1]);
    expect(changed).toBe(0);
  });

  it('fits any dimension and keeps the best of seeded restarts', () => {
    const rand = mulberry32(5);
    const d = 64;
    const n = 300;
    const data = new Float32Array(n * d);
    for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) data[i * d + t] = (i % 3) * 4 + rand();
    const X = { n, d, data };
    const fit = kmeans(X, 3, { seed: 1, restarts: 4, init: 'random' });
    expect(fit.objectives).toHaveLength(4);
    expect(fit.objective).toBe(Math.min(...fit.objectives));
    expect(fit.converged).toBe(true);
    // Three well-separated groups: every cluster is exactly one residue class of i mod 3.
    for (let i = 3; i < n; i++) expect(fit.labels[i]).toBe(fit.labels[i % 3]);
    // The same seed gives the same fit.
    expect(kmeans(X, 3, { seed: 1, restarts: 4, init: 'random' }).objective).toBe(fit.objective);
  });
});

describe('seeding', () => {
  it('draws index i with weight w_i', () => {
    expect(drawProportional([0, 1, 3], 4, 0)).toBe(1);
    expect(drawProportional([0, 1, 3], 4, 0.24)).toBe(1);
    expect(drawProportional([0, 1, 3], 4, 0.26)).toBe(2);
    expect(drawProportional([0, 0, 0], 0, 0.5)).toBe(1);
  });

  it('random init picks k distinct data points', () => {
    const X = line([0, 1, 2, 3, 4, 5, 6, 7]);
    const c = Array.from(randomInit(X, 8, 3)).sort((a, b) => a - b);
    expect(c).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('k-means++ draws the second centre with probability proportional to squared distance (chi-square, seeded)', () => {
    const xs = [0, 1, 2, 5, 9];
    const X = line(xs);
    const runs = 20000;
    const counts = xs.map(() => xs.map(() => 0));
    for (let s = 0; s < runs; s++) {
      const c = kmeansPlusPlusInit(X, 2, s + 1);
      counts[xs.indexOf(c[0]!)]![xs.indexOf(c[1]!)]! += 1;
    }
    let chi2 = 0;
    let dof = 0;
    counts.forEach((row, first) => {
      const total = row.reduce((a, b) => a + b, 0);
      // The first centre is uniform: each about a fifth of the runs.
      expect(Math.abs(total / runs - 0.2)).toBeLessThan(0.02);
      const w = xs.map((x) => (x - xs[first]!) ** 2);
      const W = w.reduce((a, b) => a + b, 0);
      expect(row[first]).toBe(0);
      row.forEach((observed, j) => {
        if (j === first) return;
        const expected = (total * w[j]!) / W;
        chi2 += (observed - expected) ** 2 / expected;
        dof++;
      });
      dof--;
    });
    // 99.9th percentile of chi-square with 15 degrees of freedom.
    expect(dof).toBe(15);
    expect(chi2).toBeLessThan(37.7);
  });
});
