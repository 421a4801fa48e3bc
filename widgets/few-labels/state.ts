/** The figure's shareable state and its URL codec (parameters `fewlabels.*`). */
import { bool, int, oneOf, type Field, type Schema } from '../lib/url-state';
import { DRAWS, LABEL_COUNTS, type LabelCount, type Representation } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

const COUNT_NAMES = LABEL_COUNTS.map(String) as `${LabelCount}`[];

/** The URL parameter that switches each representation on: short names, stable once published. */
export const REP_PARAMS = {
  pixels: 'pixels',
  'pca-16': 'pca',
  'ae-d16': 'ae',
  'vae-d16': 'vae',
  'simclr-d128': 'simclr',
  'rotation-d128': 'rotation',
} as const satisfies Record<Representation, string>;

type RepFlags = { [R in Representation as (typeof REP_PARAMS)[R]]: boolean };

export interface FewLabelsState extends RepFlags {
  /** The number of labels the next live run trains on, as written in the link. */
  labels: `${LabelCount}`;
  /** Which of the cards' seeded draws of labels (0 … DRAWS − 1). */
  draw: number;
  /** Show the contrastive encoder fine-tuned end to end, from its card. */
  finetune: boolean;
}

const on = (def: boolean): Field<boolean> => bool(def);

export const schema: Schema<FewLabelsState> = {
  labels: oneOf(COUNT_NAMES, '100'),
  draw: int(0, DRAWS - 1, 0),
  finetune: bool(false),
  pixels: on(true),
  pca: on(false),
  ae: on(false),
  vae: on(false),
  simclr: on(true),
  rotation: on(true),
};

export const labelCountOf = (s: Pick<FewLabelsState, 'labels'>) => Number(s.labels) as LabelCount;

export const chosenReps = (s: FewLabelsState): Representation[] =>
  (Object.keys(REP_PARAMS) as Representation[]).filter((r) => s[REP_PARAMS[r]]);
