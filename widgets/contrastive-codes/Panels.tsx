/**
 * The parts of the figure drawn the same live and at build time: the strip of
 * views with each one's similarity, and the two neighbour lists. `Digit` draws
 * one digit (a canvas live, a PNG at build time).
 */
import type { ComponentType } from 'preact';
import { fixed } from '../lib/format';
import { NEIGHBOURS, sameLabel, type Neighbour } from './core';

export interface DigitProps {
  /** A held-out digit's index, or a view's place (−1 − j for view j). */
  index: number;
  label: string;
}

/** How the figure names a view, for its image and for the tests. */
export const viewLabel = (j: number, similarity: number) =>
  `view ${j + 1}, cosine similarity ${fixed(similarity, 3)} to the original`;

export function ViewStrip({ similarities, Digit }: { similarities: readonly number[]; Digit: ComponentType<DigitProps> }) {
  return (
    <ol class="simclr-views" data-testid="simclr-views">
      {similarities.map((s, j) => (
        <li key={j} data-sim={fixed(s, 3)}>
          <Digit index={-1 - j} label={viewLabel(j, s)} />
          <span class="simclr-sim">{fixed(s, 3)}</span>
        </li>
      ))}
    </ol>
  );
}

export type Space = 'codes' | 'pixels';

export const SPACE_TITLE: Record<Space, string> = {
  codes: 'contrastive features (cosine similarity)',
  pixels: 'raw pixels (Euclidean distance)',
};

/** How the figure names a neighbour, for its image and for the tests. */
export function neighbourLabel(space: Space, index: number, label: number, score: number): string {
  return space === 'codes'
    ? `held-out digit ${index}, a ${label}, cosine similarity ${fixed(score, 3)}`
    : `held-out digit ${index}, a ${label}, at distance ${fixed(score, 2)}`;
}

export const scoreText = (space: Space, score: number) => (space === 'codes' ? fixed(score, 3) : fixed(score, 2));

export const shareText = (same: number, label: number) => `${same} of ${NEIGHBOURS} are ${label}s`;

interface NeighbourProps {
  digit: number;
  labels: ArrayLike<number>;
  lists: Partial<Record<Space, readonly Neighbour[]>>;
  Digit: ComponentType<DigitProps>;
}

export function NeighbourColumns({ digit, labels, lists, Digit }: NeighbourProps) {
  const own = labels[digit] as number;
  return (
    <div class="simclr-columns">
      {(['codes', 'pixels'] as const).map((space) => {
        const nbs = lists[space];
        return (
          <div class="simclr-column" key={space} role="group" aria-label={`Nearest in ${SPACE_TITLE[space]}`}>
            <p class="simclr-space">Nearest in {SPACE_TITLE[space]}</p>
            <p class="simclr-share" data-testid={`simclr-share-${space}`}>
              {nbs ? shareText(sameLabel(nbs, labels, digit), own) : 'Computing…'}
            </p>
            {nbs && (
              <ol class="simclr-list" data-testid={`simclr-list-${space}`}>
                {nbs.map((nb) => (
                  <li key={nb.index} data-index={nb.index}>
                    <Digit index={nb.index} label={neighbourLabel(space, nb.index, labels[nb.index] as number, nb.score)} />
                    <span class="simclr-label">{labels[nb.index]}</span>
                    <span class="simclr-score">{scoreText(space, nb.score)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </div>
  );
}
