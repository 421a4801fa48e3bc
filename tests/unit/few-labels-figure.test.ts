/** The few-labels figure's core: the cards' curves, and a live run reproducing the cards' draw-0 numbers. */
import { describe, expect, it } from 'vitest';
import simclrCard from '../../public/models/simclr-d128/card.json' with { type: 'json' };
import rotationCard from '../../public/models/rotation-d128/card.json' with { type: 'json' };
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '~/lib/node/models';
import { bytesToPixels } from '~/lib/models/preprocess';
import { PIXELS } from '~/lib/models/registry';
import { DRAW_SEED } from '~/lib/ssl/few-labels';
import { readState } from '~/lib/url-state';
import {
  FINE_TUNED,
  LABEL_COUNTS,
  REPRESENTATIONS,
  cardDraw,
  cardPoints,
  curvesOf,
  effectiveDraw,
  labelledRows,
  probeAccuracy,
  probeTrainingSet,
} from '~/widgets/few-labels/core';
import { chosenReps, labelCountOf, schema } from '~/widgets/few-labels/state';

const simclr = cardPoints(simclrCard.fewLabels);
const rotation = cardPoints(rotationCard.fewLabels);

async function digits() {
  const [train, held] = await Promise.all([buildTimeDigits('mnist-train'), buildTimeDigits('mnist-heldout')]);
  return { train, held, trainPixels: bytesToPixels(train.images), heldPixels: bytesToPixels(held.images) };
}

describe('the cards’ curves', () => {
  it('have every representation and the fine-tuned network at every label count, five draws each but one at 9,000', () => {
    const curves = curvesOf([...simclr, ...rotation], [...REPRESENTATIONS, FINE_TUNED]);
    expect(curves).toHaveLength(7 * LABEL_COUNTS.length);
    for (const p of curves) expect(p.draws).toHaveLength(p.labels === 9000 ? 1 : 5);
    expect(simclrCard.fewLabels.drawSeed).toBe(DRAW_SEED);
    // The rotation card's own row equals the contrastive card's copy of it.
    expect(rotation.map((p) => p.draws)).toEqual(simclr.filter((p) => p.method === 'rotation-d128').map((p) => p.draws));
  });

  it('reject a table of another shape', () => {
    expect(() => cardPoints({})).toThrow(/no few-labels rows/);
    expect(() => cardPoints({ rows: [{ method: 'pixels', labels: 10, accuracy: { mean: 'x', sd: 0 }, draws: [0.1] }] })).toThrow(
      /row 0/,
    );
  });

  it('give the draw asked for, and the single draw of the full count', () => {
    expect(cardDraw(simclr, 'pixels', 100, 0)).toBe(0.747);
    expect(cardDraw(simclr, 'pixels', 100, 2)).toBe(0.675);
    expect(cardDraw(simclr, 'pixels', 9000, 3)).toBe(0.917);
    expect(effectiveDraw(9000, 3, 9000)).toBe(0);
    expect(effectiveDraw(100, 3, 9000)).toBe(3);
  });
});

describe('the link', () => {
  it('restores the count, draw, fine-tune toggle and representations, and falls back on a bad value', () => {
    const s = readState('fewlabels', schema, '?fewlabels.labels=300&fewlabels.draw=2&fewlabels.pixels=0&fewlabels.vae=1');
    expect(labelCountOf(s.state)).toBe(300);
    expect(s.state.draw).toBe(2);
    expect(chosenReps(s.state)).toEqual(['vae-d16', 'simclr-d128', 'rotation-d128']);
    const bad = readState('fewlabels', schema, '?fewlabels.labels=77');
    expect(bad.state.labels).toBe('100');
    expect(bad.problems.length).toBe(1);
  });
});

describe('a live run', () => {
  it('of the pixel probe at 100 labels, draw 0, gives the card’s draw-0 accuracy', async () => {
    const { train, held, trainPixels, heldPixels } = await digits();
    const rows = labelledRows(train.labels, 100, 0);
    const acc = probeAccuracy(probeTrainingSet(trainPixels, PIXELS, train.labels, rows), {
      features: heldPixels,
      dim: PIXELS,
      labels: held.labels,
    });
    expect(acc).toBe(cardDraw(simclr, 'pixels', 100, 0));
  }, 60_000);

  it('of the contrastive probe at 100 labels on CPU features, batch by batch, gives the card’s draw-0 accuracy', async () => {
    const tf = await buildTimeTf();
    const model = await buildTimeModel('simclr-d128');
    const { train, held, trainPixels, heldPixels } = await digits();
    const rows = labelledRows(train.labels, 100, 0);
    const encode = (pixels: Float32Array, n: number) => {
      const out = new Float32Array(n * 128);
      for (let s = 0; s < n; s += 25) {
        const m = Math.min(25, n - s);
        const z = tf.tidy(() => model.features(tf.tensor2d(pixels.subarray(s * PIXELS, (s + m) * PIXELS), [m, PIXELS])));
        out.set(z.dataSync(), s * 128);
        z.dispose();
      }
      return out;
    };
    const picked = new Float32Array(rows.length * PIXELS);
    rows.forEach((r, i) => picked.set(trainPixels.subarray(r * PIXELS, (r + 1) * PIXELS), i * PIXELS));
    const trainFeatures = encode(picked, rows.length);
    const acc = probeAccuracy(
      probeTrainingSet(
        trainFeatures,
        128,
        rows.map((r) => train.labels[r] as number),
        rows.map((_, i) => i),
      ),
      { features: encode(heldPixels, held.count), dim: 128, labels: held.labels },
    );
    expect(acc).toBe(cardDraw(simclr, 'simclr-d128', 100, 0));
  }, 60_000);
});
