import { describe, expect, it } from 'vitest';
import { bestEpoch, cardValue, formatCardValue } from '../../src/components/cards/card-value';

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
