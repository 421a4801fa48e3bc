/**
 * Seeded 2-d data sets that show where k-means works and where it fails, each
 * with the class that generated every point, inside the window [−5, 5]².
 */
import { mulberry32, normalSampler } from '../rng';
import type { Points } from './points';

export interface DataSet {
  points: Points;
  /** The generating group of each point, 0 … groups−1. */
  classes: Int32Array;
  groups: number;
}

export const DATASETS = {
  blobs: { label: 'Three round blobs', groups: 3 },
  moons: { label: 'Two moons', groups: 2 },
  anisotropic: { label: 'Three stretched blobs', groups: 3 },
  unequal: { label: 'Unequal sizes and spreads', groups: 3 },
} as const;

export type DataSetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DataSetName[];

/** The plotted window: [−EXTENT, EXTENT]². */
export const EXTENT = 5;

function build(rows: [number, number, number][], groups: number): DataSet {
  const data = new Float64Array(rows.length * 2);
  const classes = new Int32Array(rows.length);
  rows.forEach(([x, y, c], i) => {
    data[2 * i] = x;
    data[2 * i + 1] = y;
    classes[i] = c;
  });
  return { points: { n: rows.length, d: 2, data }, classes, groups };
}

/** Isotropic Gaussian groups: each [count, mean x, mean y, standard deviation]. */
function gaussians(spec: readonly (readonly [number, number, number, number])[], seed: number): [number, number, number][] {
  const normal = normalSampler(mulberry32(seed));
  const rows: [number, number, number][] = [];
  spec.forEach(([count, mx, my, sd], c) => {
    for (let i = 0; i < count; i++) rows.push([mx + sd * normal(), my + sd * normal(), c]);
  });
  return rows;
}

/** The named data set drawn with a seed; the same name and seed give the same points. */
export function makeDataSet(name: DataSetName, seed: number): DataSet {
  switch (name) {
    case 'blobs':
      return build(
        gaussians(
          [
            [60, -2.2, 1.6, 0.7],
            [60, 2.2, 1.8, 0.7],
            [60, 0.2, -2.3, 0.7],
          ],
          seed,
        ),
        3,
      );
    case 'moons': {
      const rand = mulberry32(seed);
      const normal = normalSampler(rand);
      const rows: [number, number, number][] = [];
      for (let i = 0; i < 200; i++) {
        const c = i % 2;
        const t = Math.PI * rand();
        // Two interleaved half circles of radius 2, the lower one shifted right and down.
        const x = c === 0 ? 2 * Math.cos(t) - 1 : 1 - 2 * Math.cos(t);
        const y = c === 0 ? 2 * Math.sin(t) - 0.6 : 0.6 - 2 * Math.sin(t);
        rows.push([x + 0.18 * normal(), y + 0.18 * normal(), c]);
      }
      return build(rows, 2);
    }
    case 'anisotropic': {
      const normal = normalSampler(mulberry32(seed));
      const rows: [number, number, number][] = [];
      // Three parallel streaks along (cos 30°, sin 30°), long sd 1.7, short sd 0.22, 1.2 apart across.
      const [ux, uy] = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
      for (let c = 0; c < 3; c++) {
        const off = 1.2 * (c - 1);
        for (let i = 0; i < 60; i++) {
          const along = 1.7 * normal();
          const across = off + 0.22 * normal();
          rows.push([along * ux - across * uy, along * uy + across * ux, c]);
        }
      }
      return build(rows, 3);
    }
    case 'unequal':
      return build(
        gaussians(
          [
            [150, -1.1, 0, 1.2],
            [25, 3.0, 1.0, 0.3],
            [25, 3.0, -1.0, 0.3],
          ],
          seed,
        ),
        3,
      );
  }
}
