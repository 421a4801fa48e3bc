/**
 * What a vocabulary cut costs and buys: for several cut sizes, the asset's
 * gzipped size, analogy accuracy on the check set, and how often the top-10
 * neighbours agree with those found in the full 341k-word vocabulary.
 */
import { subsetEmbeddings, type Embeddings } from '../../widgets/lib/embeddings/core';
import { analogyQuestions } from './analogy-check-set';
import { encodeSelection, gzipSize } from './asset-files';
import { analogyAccuracy, neighbourAgreement, neighbourLists, sampleQueryWords, type AnalogyAccuracy } from './evaluate';
import { selectVocabulary } from './select-vocabulary';
import type { SourceVectors } from './source';

export const NEIGHBOUR_QUERIES = { count: 300, fromTop: 10_000, seed: 7, k: 10 } as const;

export interface SweepRow {
  topN: number;
  words: number;
  gzipBytes: number;
  analogy: AnalogyAccuracy;
  neighbourAgreementAt10: number;
  /** How many of the book's preset words lie beyond this cut (they are added back in the shipped asset). */
  presetWordsBeyondCut: number;
}

export interface SweepResult {
  rows: SweepRow[];
  fullVocabulary: { words: number; analogy: AnalogyAccuracy };
  neighbourQueries: typeof NEIGHBOUR_QUERIES;
  analogyQuestions: number;
}

export function sweepVocabularySizes(
  source: SourceVectors,
  full: Embeddings,
  sizes: readonly number[],
  required: readonly string[],
  log: (msg: string) => void,
): SweepResult {
  const questions = analogyQuestions();
  const queries = sampleQueryWords(full, NEIGHBOUR_QUERIES.count, NEIGHBOUR_QUERIES.fromTop, NEIGHBOUR_QUERIES.seed);
  const reference = neighbourLists(full, queries, NEIGHBOUR_QUERIES.k);
  const fullAnalogy = rounded(analogyAccuracy(full, questions));
  log(`full vocabulary: analogy ${fmt(fullAnalogy.accuracy)}`);
  const rows = sizes.map((topN) => {
    const sel = selectVocabulary(source.words, topN, required);
    const emb = subsetEmbeddings(full, sel.rows);
    const asset = encodeSelection(source, sel.rows);
    const row: SweepRow = {
      topN,
      words: sel.rows.length,
      gzipBytes: gzipSize(asset.vectorsBin) + gzipSize(asset.wordsTxt),
      analogy: rounded(analogyAccuracy(emb, questions)),
      neighbourAgreementAt10: round4(neighbourAgreement(reference, neighbourLists(emb, queries, NEIGHBOUR_QUERIES.k))),
      presetWordsBeyondCut: sel.addedForPresets.length,
    };
    log(
      `top ${topN}: ${(row.gzipBytes / 1e6).toFixed(2)} MB gz, analogy ${fmt(row.analogy.accuracy)} (${row.analogy.answerable}/${row.analogy.questions} answerable), neighbours@10 ${fmt(row.neighbourAgreementAt10)}`,
    );
    return row;
  });
  return {
    rows,
    fullVocabulary: { words: full.words.length, analogy: fullAnalogy },
    neighbourQueries: NEIGHBOUR_QUERIES,
    analogyQuestions: questions.length,
  };
}

const fmt = (x: number) => x.toFixed(3);
const round4 = (x: number) => Number(x.toFixed(4));
const rounded = (a: AnalogyAccuracy): AnalogyAccuracy => ({
  ...a,
  accuracy: round4(a.accuracy),
  accuracyAnswerable: round4(a.accuracyAnswerable),
});
