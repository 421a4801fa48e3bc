/**
 * What chapter 5 says about the retrieval and anomaly figures, checked against
 * the shipped models with the code the page quotes its numbers from (a
 * freshness check: a retrained model that changed the story fails here).
 */
import { describe, expect, it } from 'vitest';
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
