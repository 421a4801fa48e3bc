/** What chapter 2's prose says about its computed tables, checked against the same computation. */
import { describe, expect, it } from 'vitest';
import { choiceRows, failureRows, localMinimum } from '~/lib/clustering/tables';

describe('the clustering chapter’s tables', () => {
  it('k-means recovers the round blobs and loses to the mixture on stretched and unequal groups', () => {
    const rows = Object.fromEntries(failureRows().map((r) => [r.name, r]));
    expect(rows['blobs']!.kmeansAri).toBeCloseTo(1, 6);
    expect(rows['blobs']!.emAri).toBeCloseTo(1, 6);
    for (const name of ['anisotropic', 'unequal']) expect(rows[name]!.emAri).toBeGreaterThan(rows[name]!.kmeansAri + 0.3);
    // Neither method separates the moons well.
    expect(rows['moons']!.kmeansAri).toBeLessThan(0.5);
    expect(rows['moons']!.emAri).toBeLessThan(0.5);
  });

  it('on the blobs, J falls with K while the silhouette and the held-out likelihood peak at the true K', () => {
    const rows = choiceRows('blobs');
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.objective).toBeLessThan(rows[i - 1]!.objective);
    const argmax = (key: 'silhouette' | 'heldOut') =>
      rows.filter((r) => !Number.isNaN(r[key])).reduce((a, b) => (b[key] > a[key] ? b : a)).k;
    expect(argmax('silhouette')).toBe(3);
    expect(argmax('heldOut')).toBe(3);
  });

  it('finds a seed whose random start ends in a worse fixed point on the blobs', () => {
    const found = localMinimum('blobs', 3);
    expect(found).not.toBeNull();
    expect(found!.objective).toBeGreaterThan(found!.best);
  });
});
