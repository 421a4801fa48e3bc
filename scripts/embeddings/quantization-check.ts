/** The measured effect of int8 quantization: float32 rows of the same words against the shipped decoded rows. */
import { WEAT_PRESETS, analogy, rowOf, weat, type Embeddings, type PermutationOptions } from '../../widgets/lib/embeddings/core';
import { analogyQuestions } from './analogy-check-set';
import { analogyAccuracy, neighbourAgreement, neighbourLists, sampleQueryWords } from './evaluate';
import { NEIGHBOUR_QUERIES } from './vocabulary-sweep';

const round = (x: number, digits = 6) => Number(x.toFixed(digits));

export function quantizationEffect(float32: Embeddings, int8: Embeddings, weatOptions: Required<PermutationOptions>) {
  if (float32.words.length !== int8.words.length) throw new Error('the two tables must hold the same words');
  let minCos = 1;
  let sumCos = 0;
  let maxLengthError = 0;
  for (let i = 0; i < float32.words.length; i++) {
    const a = rowOf(float32, i);
    const b = rowOf(int8, i);
    let c = 0;
    for (let j = 0; j < float32.dims; j++) c += (a[j] as number) * (b[j] as number);
    minCos = Math.min(minCos, c);
    sumCos += c;
    const lf = float32.lengths[i] as number;
    if (lf > 0) maxLengthError = Math.max(maxLengthError, Math.abs((int8.lengths[i] as number) - lf) / lf);
  }
  const queries = sampleQueryWords(float32, NEIGHBOUR_QUERIES.count, NEIGHBOUR_QUERIES.fromTop, NEIGHBOUR_QUERIES.seed);
  const questions = analogyQuestions();
  const weatDiffs = WEAT_PRESETS.map((p) =>
    Math.abs(weat(float32, p.sets, weatOptions).effectSize - weat(int8, p.sets, weatOptions).effectSize),
  );
  const king = (emb: Embeddings) => analogy(emb, { a: 'king', b: 'man', c: 'woman' }, { k: 5 }).results.map((r) => r.word);
  return {
    rowCosine: { mean: round(sumCos / float32.words.length), min: round(minCos) },
    maxRelativeLengthError: round(maxLengthError),
    neighbourAgreementAt10: round(neighbourAgreement(neighbourLists(float32, queries, 10), neighbourLists(int8, queries, 10)), 4),
    analogyAccuracy: {
      float32: round(analogyAccuracy(float32, questions).accuracy, 4),
      int8: round(analogyAccuracy(int8, questions).accuracy, 4),
    },
    weatMaxAbsEffectSizeDifference: round(Math.max(...weatDiffs), 4),
    kingManWomanTop5: { float32: king(float32), int8: king(int8) },
  };
}
