/**
 * The measured results of the embedding card, computed with the same core
 * functions the browser widgets call, on the decoded shipped asset.
 */
import {
  ANALOGY_PRESETS,
  DEFINITIONAL_PAIRS,
  PAPER_EXTREME_OCCUPATIONS,
  WEAT_PRESETS,
  analogy,
  directionFromPair,
  directionFromPairs,
  dot,
  neutralProfessions,
  projectOnDirection,
  weat,
  type Embeddings,
  type PermutationOptions,
} from '../../widgets/lib/embeddings/core';
import type { CardWeatRow } from '../../widgets/lib/embeddings/card';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** A row of the card's WEAT table, as the book's tables read it. */
export type WeatCardRow = CardWeatRow;

export function weatTable(emb: Embeddings, options: Required<PermutationOptions>): WeatCardRow[] {
  return WEAT_PRESETS.map((p) => {
    const r = weat(emb, p.sets, options);
    if (r.test === null) throw new Error(`WEAT ${p.number}: ${r.problem ?? 'no test'}`);
    return {
      id: p.id,
      number: p.number,
      title: p.title,
      lists: p.lists,
      effectSize: round(r.effectSize),
      paperEffectSize: p.paperEffectSize,
      sameSignAsPaper: Math.sign(r.effectSize) === Math.sign(p.paperEffectSize),
      pValue: Number(r.pValue.toPrecision(4)),
      significantAt05: r.pValue < 0.05,
      permutation: {
        method: r.test.method,
        partitions: r.test.partitions,
        totalPartitions: r.test.totalPartitions,
        seed: r.test.seed ?? null,
      },
      sizes: r.sizes,
      missing: r.missing,
      paperAdjustments: p.paperAdjustments,
    };
  });
}

export function professionExtremes(emb: Embeddings, n = 12) {
  const direction = directionFromPair(emb, ['he', 'she']).direction;
  const candidates = neutralProfessions();
  const { ranked, unknown } = projectOnDirection(emb, candidates, direction);
  const he = ranked.slice(0, n).map((r) => ({ word: r.word, projection: round(r.score) }));
  const she = ranked
    .slice(-n)
    .reverse()
    .map((r) => ({ word: r.word, projection: round(r.score) }));
  const overlap = (ours: { word: string }[], paper: readonly string[]) =>
    ours.map((o) => o.word).filter((w) => paper.includes(w));
  return {
    direction: 'he − she (normalised difference of the two unit vectors); projection = cosine with it',
    candidates: candidates.length,
    candidateRule: 'single-word professions of Bolukbasi et al. with |definitional gender rating| < 0.5',
    unknown,
    he,
    she,
    paper: PAPER_EXTREME_OCCUPATIONS,
    inPaperList: { he: overlap(he, PAPER_EXTREME_OCCUPATIONS.he), she: overlap(she, PAPER_EXTREME_OCCUPATIONS.she) },
  };
}

export function definitionalSubspace(emb: Embeddings) {
  // Male word first, so the direction points to the "he" side like he − she.
  const pairs = DEFINITIONAL_PAIRS.map(([f, m]) => [m, f] as const);
  const pc = directionFromPairs(emb, pairs);
  const heShe = directionFromPair(emb, ['he', 'she']).direction;
  return {
    pairs: pc.pairsUsed,
    unknown: pc.unknown,
    explainedRatio: pc.explainedRatio.slice(0, 5).map((x) => round(x)),
    pc1VarianceShare: round(pc.explainedRatio[0] ?? 0),
    cosinePc1WithHeMinusShe: round(dot(pc.direction, heShe)),
  };
}

export function analogyExamples(emb: Embeddings, k = 5) {
  return ANALOGY_PRESETS.map((p) => {
    const top = (method: '3CosAdd' | '3CosMul', excludeInputs: boolean) =>
      analogy(emb, p.query, { method, k, excludeInputs }).results.map((r) => ({ word: r.word, score: round(r.score) }));
    return {
      id: p.id,
      query: `${p.query.a} − ${p.query.b} + ${p.query.c}`,
      reported: p.reported,
      cosAdd: top('3CosAdd', true),
      cosMul: top('3CosMul', true),
      cosAddInputsIncluded: top('3CosAdd', false),
    };
  });
}
