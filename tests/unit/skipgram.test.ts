/** The live skip-gram's maths: exact gradients, a falling loss, and reproducible runs. */
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../widgets/skipgram/corpus';
import {
  DIVERGENCE_FACTOR,
  createSkipGram,
  nearestLearned,
  pairGradients,
  pairLoss,
  trainEpochs,
  trainPairs,
  tokenize,
} from '../../widgets/skipgram/core';

const OPTIONS = { dims: 10, window: 2, negatives: 5, learningRate: 0.025, seed: 1 };

describe('skip-gram with negative sampling', () => {
  it('tokenises lower-case words without stop words', () => {
    expect(tokenize('The King sat on the throne.')).toEqual(['king', 'sat', 'throne']);
  });

  it('starts at loss (1 + k)·log 2, since the output vectors start at zero', () => {
    const m = createSkipGram(['king queen crown', 'cat dog pet'], { ...OPTIONS, dims: 4 });
    expect(pairLoss(m, 0, 1, [2, 3])).toBeCloseTo(3 * Math.log(2), 12);
  });

  it('has gradients that match finite differences', () => {
    const m = createSkipGram(['king queen crown palace', 'cat dog pet farm'], { ...OPTIONS, dims: 3, seed: 7 });
    // Give the output vectors non-zero values so every term of the gradient is exercised.
    m.output.forEach((_, i) => (m.output[i] = Math.sin(i + 1) * 0.3));
    const [centre, context, negs] = [1, 2, [4, 6]];
    const { dInput, dOutput } = pairGradients(m, centre, context, negs);
    const h = 1e-3;
    const numeric = (arr: Float32Array, at: number) => {
      const keep = arr[at] as number;
      arr[at] = keep + h;
      const up = pairLoss(m, centre, context, negs);
      arr[at] = keep - h;
      const down = pairLoss(m, centre, context, negs);
      arr[at] = keep;
      return (up - down) / (2 * h);
    };
    for (let k = 0; k < 3; k++) {
      expect(dInput[k]).toBeCloseTo(numeric(m.input, centre * 3 + k), 4);
      [context, ...negs].forEach((t, n) => expect(dOutput[n]?.[k]).toBeCloseTo(numeric(m.output, t * 3 + k), 4));
    }
  });

  it('lowers the loss and groups words by topic on the built-in corpus', () => {
    const m = createSkipGram(CORPUS, OPTIONS);
    trainEpochs(m, 150);
    const first = m.history[0] ?? NaN;
    const last = m.history.at(-1) ?? NaN;
    expect(last).toBeLessThan(first * 0.35);
    const near = (w: string) => nearestLearned(m, m.words.indexOf(w), 5).map((n) => n.word);
    expect(near('king')).toContain('queen');
    expect(near('dog')).toEqual(expect.arrayContaining(['cat']));
  });

  it('gives the same run whatever the chunk size (as in animation frames)', () => {
    const a = createSkipGram(CORPUS, OPTIONS);
    const b = createSkipGram(CORPUS, OPTIONS);
    trainEpochs(a, 5);
    for (let i = 0; i < 5 * b.order.length; i += 37) trainPairs(b, Math.min(37, 5 * b.order.length - i));
    expect(b.history).toEqual(a.history);
    expect(Array.from(b.input)).toEqual(Array.from(a.input));
  });

  it('stops and says when training diverges, as at learning rate 0.5 (inside the link’s range)', () => {
    const m = createSkipGram(CORPUS, { ...OPTIONS, learningRate: 0.5 });
    trainEpochs(m, 200);
    expect(m.diverged).not.toBeNull();
    const at = m.diverged?.epoch ?? NaN;
    // It stops at the epoch it detected, long before the 200 asked for, with every loss still a number.
    expect(m.history).toHaveLength(at);
    expect(at).toBeLessThan(40);
    expect(m.history.every(Number.isFinite)).toBe(true);
    expect(m.history.at(-1)).toBeGreaterThan(DIVERGENCE_FACTOR * (m.history[0] as number));
    // And nothing more happens when asked again.
    trainEpochs(m, 10);
    expect(m.history).toHaveLength(at);
  });

  it('does not flag a stable rate', () => {
    const m = createSkipGram(CORPUS, { ...OPTIONS, learningRate: 0.3 });
    trainEpochs(m, 60);
    expect(m.diverged).toBeNull();
    expect(m.history).toHaveLength(60);
  });
});
