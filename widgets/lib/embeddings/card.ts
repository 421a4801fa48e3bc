/** The parts of public/data/glove/card.json that the book's tables read (written by scripts/embeddings). */

type SetName = 'X' | 'Y' | 'A' | 'B';

export interface CardWeatRow {
  id: string;
  number: number;
  title: string;
  lists: Record<SetName, string>;
  effectSize: number;
  paperEffectSize: number;
  sameSignAsPaper: boolean;
  pValue: number;
  significantAt05: boolean;
  permutation: { method: 'exact' | 'sampled'; partitions: number; totalPartitions: number; seed: number | null };
  sizes: Record<SetName, number>;
  missing: Record<SetName, string[]>;
  paperAdjustments: string[];
}

export interface CardProjection {
  word: string;
  projection: number;
}

export interface GloveCard {
  title: string;
  results: {
    weat: {
      method: string;
      settings: { samples: number; seed: number; maxExactPartitions: number };
      summary: string;
      tests: CardWeatRow[];
    };
    professions: {
      direction: string;
      candidates: number;
      candidateRule: string;
      unknown: string[];
      he: CardProjection[];
      she: CardProjection[];
      paper: { he: string[]; she: string[] };
      inPaperList: { he: string[]; she: string[] };
    };
  };
}
