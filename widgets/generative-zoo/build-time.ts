/**
 * The zoo's numbers and samples, made at build time in Node from the shipped models on
 * the CPU backend, by the same core as the tests. Computed once per build.
 */
import { buildTimeModel, buildTimeTf } from '../lib/node/models';
import { evaluateZoo, type ZooResult } from './core';

let cached: Promise<ZooResult> | null = null;

export function buildZoo(): Promise<ZooResult> {
  cached ??= run();
  return cached;
}

async function run(): Promise<ZooResult> {
  const tf = await buildTimeTf();
  const [flow, gan, vae, ddpm] = await Promise.all([
    buildTimeModel('flow-moons'),
    buildTimeModel('gan-moons'),
    buildTimeModel('vae-moons'),
    buildTimeModel('ddpm-moons'),
  ]);
  return evaluateZoo(tf, {
    flow: flow.params,
    gan: gan.params,
    vae: vae.params,
    denoiser: (x, t) => ddpm.predictNoiseArray(x, t),
  });
}
