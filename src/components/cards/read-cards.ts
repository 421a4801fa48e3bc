/** Model cards, read at build time from public/models/<id>/card.json in the registry's order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_IDS } from '~/lib/models/registry';

export interface CardFile {
  path: string;
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

export interface CardFactor {
  id: string;
  name: string;
  unit: string;
  definition: string;
  bins: string[];
  thresholds: [number, number];
}

export interface CardGroup {
  group: string;
  count: number;
  mean: number | null;
}

export interface CardCross {
  class: string;
  bin: string;
  count: number;
  mean: number | null;
}

/** Card 1.1.0 sections of the digit models (scripts/models/card-analyses.ts). */
export interface CardFactors {
  measuredOn: string;
  binning: string;
  code: string;
  definitions: CardFactor[];
}

export interface CardAnalyses {
  metric: string;
  definition: string;
  overall: { count: number; mean: number | null };
  /** `class` and one entry per factor id. */
  unitary: Record<string, CardGroup[]>;
  /** Class × bin rows per factor id. */
  intersectional: Record<string, CardCross[]>;
}

export interface CardThreshold {
  use: string;
  score: string;
  rule: string;
  threshold: number;
  heldOutDigits: number;
  outOfDistributionItems: number;
  outOfDistribution: string;
  falsePositiveRate: number;
  truePositiveRate: number;
  caveat: string;
}

export interface CardVersion {
  version: string;
  date: string;
  change: string;
}

/** The fields the page shows; card.json holds more, all of it linked. */
export interface ModelCardData {
  id: string;
  version: string;
  date: string;
  kind: string;
  description: string;
  architecture: Record<string, string | string[]>;
  parameters: Record<string, number>;
  trainingData: Record<string, unknown>;
  training?: Record<string, unknown> & { history?: Record<string, number>[] };
  metrics: { heldOut: Record<string, Record<string, number>>; definition: string };
  quantization?: Record<string, unknown>;
  files: CardFile[];
  size: { bytes: number; gzipBytes: number };
  libraries: Record<string, string>;
  intendedUse: string;
  outOfScopeUse: string[];
  limitations: string[];
  ethicalConsiderations: string[];
  licence: Record<string, string>;
  citation: string[];
  reproducibility?: string;
  /** Absent on the 2-d models' cards and on cards before 1.1.0. */
  factors?: CardFactors;
  quantitativeAnalyses?: CardAnalyses;
  decisionThresholds?: CardThreshold[];
  contact?: string;
  versionHistory?: CardVersion[];
}

export function readModelCards(): ModelCardData[] {
  return MODEL_IDS.map((id) => {
    // From the project root, as the figures read public/: a path relative to this module would
    // point elsewhere once the build has bundled it.
    return JSON.parse(readFileSync(join(process.cwd(), `public/models/${id}/card.json`), 'utf8')) as ModelCardData;
  });
}
