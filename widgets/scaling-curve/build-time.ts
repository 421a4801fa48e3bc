/**
 * The scaling grid's results, as trained by scripts/models/train-scaling.ts and shipped in
 * public/data/scaling/results.json, analysed by the figure's core. Read once per build.
 */
import { readPublicJson } from '../lib/node/public-files';
import { analyse, type ScalingAnalysis, type ScalingResults } from './core';

export const RESULTS_PATH = 'data/scaling/results.json';

let cached: { results: ScalingResults; analysis: ScalingAnalysis } | null = null;

export function buildScaling(): { results: ScalingResults; analysis: ScalingAnalysis } {
  if (!cached) {
    const results = readPublicJson<ScalingResults>(RESULTS_PATH);
    cached = { results, analysis: analyse(results) };
  }
  return cached;
}
