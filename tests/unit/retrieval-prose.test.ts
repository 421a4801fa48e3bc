/**
 * What chapter 5 says about the retrieval and anomaly figures and the denoiser's errors, checked against
 * the shipped models with the code the page quotes its numbers from (a
 * freshness check: a retrained model that changed the story fails here).
 */
import { describe, expect, it } from 'vitest';
import { cardValue } from '../../src/components/cards/card-value';
import { readModelCards } from '../../src/components/cards/read-cards';
import { heldOutAuc } from '../../widgets/anomaly/build-time';
import { heldOutAccuracy, heldOutPoints, heldOutTable } from '../../widgets/retrieval/build-time';
import { K_DEFAULT, REPRESENTATIONS, neighbourTable } from '../../widgets/retrieval/core';

describe('the chapter on retrieval', () => {
  it('ae-d2 retrieves far worse than the pixels, ae-d16 and vae-d16 better', async () => {
    const acc = Object.fromEntries(
      await Promise.all(REPRESENTATIONS.map(async (r) => [r, await heldOutAccuracy(r, K_DEFAULT)] as const)),
    );
    expect(acc['ae-d2']).toBeLessThan(acc['pixels']! - 0.15);
    expect(acc['ae-d16']).toBeGreaterThan(acc['pixels']!);
    expect(acc['vae-d16']).toBeGreaterThan(acc['pixels']!);
  }, 120_000);

  it('the build-time table is the core run on the encoded digits', async () => {
    const X = await heldOutPoints('ae-d2');
    expect(X.n).toBe(1000);
    expect(X.d).toBe(2);
    const again = neighbourTable(X);
    const t = await heldOutTable('ae-d2');
    expect(Array.from(t.indices)).toEqual(Array.from(again.indices));
  }, 60_000);
});

describe('the chapter on anomaly detection', () => {
  it('ranks the scorers as it says: ae-d16 above dae-d16, both above chance', async () => {
    const [ae, dae, pca] = await Promise.all([heldOutAuc('ae-d16'), heldOutAuc('dae-d16'), heldOutAuc('pca-16')]);
    expect(ae).toBeGreaterThan(dae);
    for (const auc of [ae, dae, pca]) expect(auc).toBeGreaterThan(0.5);
    for (const auc of [ae, dae, pca]) expect(auc).toBeLessThanOrEqual(1);
  }, 120_000);
});

describe('the chapter on denoising', () => {
  it('states the shape of dae-d16’s errors that its card records', () => {
    const cards = readModelCards();
    const field = (model: string, name: string) =>
      Number(
        cardValue(
          cards.find((c) => c.id === model)!,
          model,
          `metrics.heldOut.shipped.${name}`,
        ),
      );
    const [noisy, denoised, clean] = ['noisyInputMse', 'denoisedMse', 'mse'].map((f) => field('dae-d16', f)) as [
      number,
      number,
      number,
    ];
    // "removes more than four-fifths of the error", "twice that of the plain autoencoder",
    // "reconstructs noisy digits better than clean ones".
    expect(denoised / noisy).toBeLessThan(0.2);
    expect(clean / field('ae-d16', 'mse')).toBeGreaterThan(1.8);
    expect(clean / field('ae-d16', 'mse')).toBeLessThan(2.2);
    expect(denoised).toBeLessThan(clean);
  });
});
