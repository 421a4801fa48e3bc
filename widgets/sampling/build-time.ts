/**
 * What the fallback and the chapter compute in Node at build time: vae-d16's samples of its prior
 * at the figure's default seed and temperature, decoded by the same code as the island, and how
 * many of them the book's nearest-neighbour check calls ambiguous. Never import this from an island.
 */
import { pixelPoints } from '../lib/digits/encode';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { AMBIGUITY, GRID, LATENT, ambiguousCount, decodeCodes, priorCodes } from './core';
import { schema } from './state';

/** The samples a wide screen shows; a narrow one shows the first NARROW_COUNT of them. */
export const WIDE_COUNT = GRID.wide ** 2;
export const NARROW_COUNT = GRID.narrow ** 2;

/** n decoded prior samples of vae-d16 at the default seed and temperature, n × 784 pixel probabilities. */
export async function defaultPriorSamples(n: number): Promise<Float32Array> {
  const [tf, vae] = await Promise.all([buildTimeTf(), buildTimeModel('vae-d16')]);
  return decodeCodes(tf, vae, priorCodes(n, LATENT, schema.t.default, schema.seed.default));
}

let ambiguous: Promise<number> | null = null;

/** How many of the WIDE_COUNT default samples the check of AMBIGUITY calls ambiguous. */
export function ambiguousDefaultSamples(): Promise<number> {
  ambiguous ??= (async () => {
    const [samples, set] = await Promise.all([defaultPriorSamples(WIDE_COUNT), buildTimeDigits('mnist-heldout')]);
    const refs = pixelPoints(set.images);
    return ambiguousCount(samples, refs.data, set.labels, refs.d, AMBIGUITY);
  })();
  return ambiguous;
}
