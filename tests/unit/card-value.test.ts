import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestEpoch, cardValue, derivedCardValue, formatCardValue, trainingTotal } from '../../src/components/cards/card-value';
import { readModelCards } from '../../src/components/cards/read-cards';

describe('cardValue', () => {
  const card = { training: { seconds: 11 }, metrics: { heldOut: { shipped: { mse: 0.0136507 } } }, id: 'x' };
  it('reads a number by its dotted path', () => {
    expect(cardValue(card, 'pca', 'training.seconds')).toBe(11);
    expect(cardValue(card, 'ae-d16', 'metrics.heldOut.shipped.mse')).toBe(0.0136507);
  });
  it('names the model and the path when there is no number there', () => {
    expect(() => cardValue(card, 'pca', 'training.minutes')).toThrow('the card of pca has no number at training.minutes');
    expect(() => cardValue(card, 'pca', 'id')).toThrow(/no number at id/);
    expect(() => cardValue(card, 'pca', 'training.seconds.x')).toThrow(/no number/);
  });
  it('formats with fixed decimals, separators and a true minus', () => {
    expect(formatCardValue(0.0136507, 4)).toBe('0.0137');
    expect(formatCardValue(410912, 0)).toBe('410,912');
    expect(formatCardValue(-1.5, 1)).toBe('−1.5');
  });
});

describe('derivedCardValue', () => {
  it('gives (value − minus) / over × scale, each part optional', () => {
    expect(derivedCardValue(3)).toBe(3);
    expect(derivedCardValue(3, { minus: 1 })).toBe(2);
    expect(derivedCardValue(3, { over: 4 })).toBe(0.75);
    expect(derivedCardValue(5, { minus: 1, over: 8, scale: 100 })).toBe(50);
    expect(derivedCardValue(5, { minus: undefined, over: undefined })).toBe(5);
  });
  it('refuses to divide by a zero card number', () => {
    expect(() => derivedCardValue(1, { over: 0 })).toThrow(/to divide by is 0/);
  });
});

describe('the autoencoder chapter against the cards', () => {
  const cards = readModelCards();
  const mse = (model: string, name = 'mse') =>
    cardValue(
      cards.find((c) => c.id === model),
      model,
      `metrics.heldOut.shipped.${name}`,
    );
  it('"ae-d16 halves the error" of PCA with 16 components', () => {
    const ratio = mse('ae-d16') / mse('pca', 'mse_k16');
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.55);
  });
  it('the check of "Reading the table" takes its answer from the cards, not a typed number', () => {
    const mdx = readFileSync(new URL('../../content/part-2/autoencoders.mdx', import.meta.url), 'utf8');
    expect(mdx).not.toMatch(/<Check answer=\{[\d.]+\}[^>]*label="ae-d2's error divided by PCA's/);
    expect(mdx).toMatch(
      /<CardCheck\s+model="ae-d2"\s+field="metrics\.heldOut\.shipped\.mse"\s+over="pca:metrics\.heldOut\.shipped\.mse_k2"/,
    );
    expect(derivedCardValue(mse('ae-d2'), { over: mse('pca', 'mse_k2') })).toBeCloseTo(mse('ae-d2') / mse('pca', 'mse_k2'), 12);
  });
});

describe('bestEpoch', () => {
  const history = [
    { epoch: 1, trainLoss: 9, negElbo: 5 },
    { epoch: 2, trainLoss: 8, negElbo: 3 },
    { epoch: 3, trainLoss: 7, negElbo: 4 },
    { epoch: 4, trainLoss: 6, negElbo: 3 },
  ];
  it('finds the epoch of the lowest value, the earliest on a tie', () => {
    expect(bestEpoch({ training: { history } }, 'vae-d16', 'negElbo')).toEqual({ epoch: 2, value: 3 });
    expect(bestEpoch({ training: { history } }, 'vae-d16', 'trainLoss')).toEqual({ epoch: 4, value: 6 });
  });
  it('names the model and the curve when the card has no such history', () => {
    expect(() => bestEpoch({ training: { history } }, 'ae-d2', 'heldOutMse')).toThrow(
      'the card of ae-d2 has no heldOutMse history',
    );
    expect(() => bestEpoch({ training: {} }, 'pca', 'negElbo')).toThrow(/no negElbo history/);
    expect(() => bestEpoch(null, 'pca', 'negElbo')).toThrow(/no negElbo history/);
  });
});

describe('trainingTotal', () => {
  it('sums training.seconds over the cards and counts them', () => {
    const cards = [
      { id: 'a', training: { seconds: 107 } },
      { id: 'b', training: { seconds: 11.5 } },
    ];
    expect(trainingTotal(cards)).toEqual({ models: 2, seconds: 118.5 });
  });
  it('over the shipped cards, equals a sum read straight from the files', () => {
    const cards = readModelCards();
    const direct = cards.reduce((s, c) => s + (c as unknown as { training: { seconds: number } }).training.seconds, 0);
    expect(trainingTotal(cards)).toEqual({ models: cards.length, seconds: direct });
  });
  it('names a card without a training time', () => {
    expect(() => trainingTotal([{ id: 'x', training: {} }])).toThrow('the card of x has no number at training.seconds');
  });
});
