/** The 8-3-8 encoder's core: its gradient is right, and the default run learns a code. */
import { describe, expect, it } from 'vitest';
import { PARAMS, Trainer, codeTable, forward, initParams, lossAndGradient, oneHotLabel } from '~/widgets/encoder-838/core';
import { schema } from '~/widgets/encoder-838/state';

describe('8-3-8 encoder core', () => {
  it('starts from the loss of an untrained network: about 8 · log 2 nats when outputs sit near 0.5', () => {
    // With all weights zero every output is exactly 0.5, and the loss is 8 outputs × log 2.
    expect(forward(new Float64Array(PARAMS)).loss).toBeCloseTo(8 * Math.LN2, 12);
  });

  it('has a back-propagated gradient that matches central finite differences', () => {
    const p = initParams(7);
    for (let i = 0; i < PARAMS; i++) p[i] = (p[i] as number) + 0.3 * Math.sin(i); // non-zero biases too
    const { grad } = lossAndGradient(p);
    const h = 1e-6;
    for (let k = 0; k < PARAMS; k++) {
      const plus = p.slice();
      const minus = p.slice();
      plus[k] = (plus[k] as number) + h;
      minus[k] = (minus[k] as number) - h;
      const numeric = (forward(plus).loss - forward(minus).loss) / (2 * h);
      expect(Math.abs((grad[k] as number) - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
    }
  });

  it('is deterministic for a seed', () => {
    const a = new Trainer(3, 0.1);
    const b = new Trainer(3, 0.1);
    a.step(100);
    b.step(100);
    expect(Array.from(a.params)).toEqual(Array.from(b.params));
    expect(Array.from(new Trainer(4, 0.1).params)).not.toEqual(Array.from(new Trainer(3, 0.1).params));
  });

  it('with the default seed and learning rate, learns 8 distinct codes in 400 steps and a loss below 0.01 in 3,000', () => {
    const t = new Trainer(schema.seed.default, Number(schema.lr.default));
    const start = codeTable(t.params);
    expect(start.loss).toBeGreaterThan(4); // measured 5.78 for seed 18
    expect(start.distinct).toBeLessThan(8);
    // Measured: 8 distinct codes from step 200, all 8 outputs right from step 300, loss 0.144 at step 400.
    t.step(400);
    const mid = codeTable(t.params);
    expect(mid.distinct).toBe(8);
    expect(mid.correct).toBe(8);
    expect(mid.loss).toBeLessThan(0.2);
    t.step(2600);
    const end = codeTable(t.params);
    expect(end.loss).toBeLessThan(0.01); // measured 0.0044
    expect(end.distinct).toBe(8);
    expect(t.history).toHaveLength(3000);
    expect(t.history[0]).toBeCloseTo(start.loss, 12);
  });

  it('labels inputs as one-hot strings', () => {
    expect(oneHotLabel(0)).toBe('10000000');
    expect(oneHotLabel(7)).toBe('00000001');
  });
});
