import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { accuracy, balancedDraw, probeDesign, probeObjective, probeTrainer, subset, type ProbeData } from '~/lib/ssl/probe';
import { mulberry32 } from '~/lib/rng';

/** Three overlapping Gaussian classes in 2-d, seeded. */
function toy(n: number, seed: number): ProbeData {
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const centres = [
    [0, 0],
    [2, 0.5],
    [0.5, 2],
  ];
  const features = new Float64Array(n * 2);
  const labels = Array.from({ length: n }, (_, i) => i % 3);
  labels.forEach((c, i) => {
    features[2 * i] = (centres[c]?.[0] as number) + normal();
    features[2 * i + 1] = (centres[c]?.[1] as number) * 3 + 3 * normal();
  });
  return { features, dim: 2, labels };
}

/** The penalised softmax regression solved by Newton's method with ml-matrix: the reference. */
function newton(x: Float64Array, labels: number[], d1: number, k: number, l2: number): Float64Array {
  let w = new Float64Array(d1 * k);
  const n = labels.length;
  for (let it = 0; it < 30; it++) {
    const { gradient } = probeObjective(x, labels, w, d1, k, l2);
    const h = Matrix.zeros(d1 * k, d1 * k);
    for (let i = 0; i < n; i++) {
      const s = Array.from({ length: k }, (_, c) =>
        Array.from({ length: d1 }, (_, j) => x[i * d1 + j] as number).reduce((t, xj, j) => t + xj * (w[j * k + c] as number), 0),
      );
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / z);
      for (let a = 0; a < d1; a++)
        for (let b = 0; b < d1; b++)
          for (let c = 0; c < k; c++)
            for (let c2 = 0; c2 < k; c2++) {
              const pc = p[c] as number;
              const v =
                ((x[i * d1 + a] as number) * (x[i * d1 + b] as number) * pc * ((c === c2 ? 1 : 0) - (p[c2] as number))) / n;
              h.set(a * k + c, b * k + c2, h.get(a * k + c, b * k + c2) + v);
            }
    }
    for (let a = 0; a < d1 - 1; a++) for (let c = 0; c < k; c++) h.set(a * k + c, a * k + c, h.get(a * k + c, a * k + c) + l2);
    // The biases' softmax is invariant to a shift; a tiny ridge makes the system definite.
    for (let c = 0; c < k; c++) h.set((d1 - 1) * k + c, (d1 - 1) * k + c, h.get((d1 - 1) * k + c, (d1 - 1) * k + c) + 1e-12);
    const delta = solve(h, Matrix.columnVector([...gradient]));
    w = w.map((v, i) => v - delta.get(i, 0));
  }
  return w;
}

describe('the linear probe', () => {
  const data = toy(90, 3);
  const settings = { classes: 3, l2: 0.05, iterations: 2000 };

  it('reaches the optimum Newton’s method finds on a toy problem', () => {
    const { x, d1 } = probeDesign(data);
    const reference = newton(x, data.labels as number[], d1, 3, settings.l2);
    const best = probeObjective(x, data.labels, reference, d1, 3, settings.l2).loss;
    const trainer = probeTrainer(data, settings);
    const loss = trainer.step(settings.iterations);
    expect(loss).toBeGreaterThanOrEqual(best - 1e-12);
    expect(loss - best).toBeLessThan(1e-9);
    // Softmax weights are defined up to a common shift per row: compare differences between classes.
    const w = trainer.probe().weights;
    for (let j = 0; j < d1; j++)
      for (let c = 1; c < 3; c++)
        expect((w[j * 3 + c] as number) - (w[j * 3] as number)).toBeCloseTo(
          (reference[j * 3 + c] as number) - (reference[j * 3] as number),
          4,
        );
  });

  it('has the gradient finite differences measure', () => {
    const { x, d1 } = probeDesign(data);
    const rand = mulberry32(5);
    const w = new Float64Array(d1 * 3).map(() => rand() - 0.5);
    const { gradient } = probeObjective(x, data.labels, w, d1, 3, 0.1);
    const h = 1e-6;
    w.forEach((_, i) => {
      const at = (e: number) =>
        probeObjective(
          x,
          data.labels,
          w.map((v, j) => (j === i ? v + e : v)),
          d1,
          3,
          0.1,
        ).loss;
      expect(gradient[i]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 6);
    });
  });

  it('trains in slices to the same weights as in one go', () => {
    const a = probeTrainer(data, { ...settings, iterations: 100 });
    a.step(100);
    const b = probeTrainer(data, { ...settings, iterations: 100 });
    for (let i = 0; i < 10; i++) b.step(10);
    expect([...b.probe().weights]).toEqual([...a.probe().weights]);
    expect(b.iterations).toBe(100);
  });

  it('separates separable classes perfectly and is judged on held-out rows', () => {
    const features = new Float64Array([0, 0, 0.1, 0, 5, 5, 5.1, 5]);
    const sep: ProbeData = { features, dim: 2, labels: [0, 0, 1, 1] };
    const t = probeTrainer(sep, { classes: 2, l2: 1e-3, iterations: 200 });
    t.step(200);
    expect(accuracy(t.probe(), sep)).toBe(1);
    expect(accuracy(t.probe(), { features: new Float64Array([4, 4.5, 0.5, -0.2]), dim: 2, labels: [1, 0] })).toBe(1);
  });
});

describe('balanced label draws', () => {
  const labels = Array.from({ length: 1000 }, (_, i) => (i * 7) % 10);

  it('take the same number of each class, without repeats, reproducibly from a seed', () => {
    const a = balancedDraw(labels, 3, 11);
    expect(a).toHaveLength(30);
    expect(new Set(a).size).toBe(30);
    for (let c = 0; c < 10; c++) expect(a.filter((i) => labels[i] === c)).toHaveLength(3);
    expect(balancedDraw(labels, 3, 11)).toEqual(a);
    expect(balancedDraw(labels, 3, 12)).not.toEqual(a);
  });

  it('refuse more examples of a class than there are', () => {
    expect(() => balancedDraw(labels, 101, 1)).toThrow(/class 0 has 100 examples/);
  });

  it('select rows and their labels', () => {
    const d: ProbeData = { features: new Float32Array([1, 2, 3, 4, 5, 6]), dim: 2, labels: [7, 8, 9] };
    const s = subset(d, [2, 0]);
    expect([...s.features]).toEqual([5, 6, 1, 2]);
    expect([...(s.labels as number[])]).toEqual([9, 7]);
  });
});
