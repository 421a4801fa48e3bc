/**
 * The scaling grid's shipped numbers (public/data/scaling/results.json): well-formed, made
 * by the grid and settings the script now has, with the fit the figure's core now computes
 * (freshness checks: they fail until `npm run train:scaling` has been re-run), and the
 * cheapest point retrained from its seed reproduces what is stored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decoderSpec, encoderSpec } from '~/lib/models/architecture';
import { analyse, AXES, axisSeries, fitSummary, type ScalingResults } from '~/widgets/scaling-curve/core';
import { parameterCount } from '../../scripts/models/dense-net';
import {
  gridInfo,
  gridPoints,
  pointId,
  runGridPoint,
  SCALING_SETTINGS,
  SCALING_VERSION,
} from '../../scripts/models/scaling-grid';
import { loadTrainingData } from '../../scripts/models/training-data';
import { PUBLIC_DIR, setupBackend } from './helpers';

const DIR = join(PUBLIC_DIR, 'data', 'scaling');
const raw = readFileSync(join(DIR, 'results.json'));
const results = JSON.parse(raw.toString('utf8')) as ScalingResults & { data: { heldoutImagesSha256: string } };
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
  files: { path: string; bytes: number; sha256: string }[];
};
const mnist = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data', 'mnist', 'manifest.json'), 'utf8')) as {
  files: { path: string; sha256: string }[];
};

describe('the scaling results', () => {
  it('are the file the manifest describes, measured on the shipped held-out digits', () => {
    expect(manifest.files).toEqual([
      expect.objectContaining({
        path: 'results.json',
        bytes: raw.length,
        sha256: createHash('sha256').update(raw).digest('hex'),
      }),
    ]);
    expect(results.data.heldoutImagesSha256).toBe(mnist.files.find((f) => f.path === 'heldout-images.u8')?.sha256);
  });

  it('hold every point of the grid the script now defines, with its settings (freshness check)', () => {
    expect(results.version).toBe(SCALING_VERSION);
    expect(results.settings).toMatchObject(SCALING_SETTINGS);
    expect(results.points.map((p) => p.id)).toEqual(gridPoints().map(pointId));
    for (const p of results.points) {
      const info = gridInfo(p);
      expect(p.parameters, p.id).toBe(parameterCount(encoderSpec(info)) + parameterCount(decoderSpec(info)));
      expect(p).toMatchObject({ epochs: SCALING_SETTINGS.epochs, steps: results.settings.steps, seed: SCALING_SETTINGS.seed });
      for (const v of [p.heldoutMse, p.trainMse]) expect(v > 0 && v < 0.25, p.id).toBe(true);
    }
  });

  it('record the fit the figure’s core computes from the points (freshness check: npm run train:scaling -- --refit)', () => {
    const fresh = fitSummary(analyse(results));
    for (const axis of AXES) {
      for (const [k, v] of Object.entries(fresh[axis])) {
        const stored = results.fit?.[axis][k as keyof (typeof fresh)[typeof axis]];
        if (v === null) expect(stored, `${axis}.${k}`).toBeNull();
        else expect(stored as number, `${axis}.${k}`).toBeCloseTo(v, 12);
      }
    }
  });

  it('fall as each axis grows, and the fitted exponents are positive', () => {
    const a = analyse(results);
    for (const axis of AXES) {
      const ys = axisSeries(results, axis).map((p) => p.heldout);
      expect(
        ys.every((y, i) => i === 0 || y < ys[i - 1]!),
        axis,
      ).toBe(true);
      expect(a[axis].floored.b, axis).toBeGreaterThan(0);
      expect(a[axis].pure.b, axis).toBeGreaterThan(0);
    }
    // Memorising: a model that saw few digits reconstructs them far better than new ones.
    const fewest = axisSeries(results, 'data')[0]!;
    expect(fewest.train).toBeLessThan(fewest.heldout / 10);
  });
});

/**
 * The wasm backend runs single-threaded with a fixed order of float32 operations, so the
 * same seed gives the same weights and the stored six digits on any run here. The tolerance,
 * 0.1 % relative, leaves room for a CPU that rounds differently, and is far smaller than
 * the smallest gap between neighbouring points of the grid (checked below), so no drift
 * that could move the curve passes.
 */
const REPRODUCE_TOLERANCE = 1e-3;

describe('the cheapest grid point, retrained from its seed', () => {
  const cheapest = [...results.points].sort((p, q) => p.seconds - q.seconds)[0]!;
  beforeAll(setupBackend);

  it('reproduces its stored held-out and training MSE', async () => {
    const again = await runGridPoint(cheapest, loadTrainingData(PUBLIC_DIR));
    expect(again.parameters).toBe(cheapest.parameters);
    expect(Math.abs(again.heldoutMse / cheapest.heldoutMse - 1)).toBeLessThan(REPRODUCE_TOLERANCE);
    expect(Math.abs(again.trainMse / cheapest.trainMse - 1)).toBeLessThan(REPRODUCE_TOLERANCE);
  }, 300_000);

  it('with a tolerance far below the gaps the curve is made of', () => {
    const gaps = AXES.flatMap((axis) => {
      const s = axisSeries(results, axis);
      return s.slice(1).map((p, i) => Math.abs(p.heldout / s[i]!.heldout - 1));
    });
    expect(Math.min(...gaps)).toBeGreaterThan(10 * REPRODUCE_TOLERANCE);
  });
});
