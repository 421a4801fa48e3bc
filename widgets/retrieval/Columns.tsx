/**
 * The figure's four columns, shared by the island and the build-time
 * fallback: per representation, the query's k nearest other held-out digits
 * (image, label, distance) and the representation's leave-one-out k-NN
 * accuracy. `Digit` draws one digit (a canvas live, a PNG at build time).
 */
import type { ComponentType } from 'preact';
import { fixed, percent } from '../lib/format';
import { REPRESENTATIONS, REPRESENTATION_LABEL, neighboursOf, type NeighbourTable, type Representation } from './core';

export interface DigitProps {
  index: number;
  label: string;
}

export interface RepResult {
  table: NeighbourTable;
  /** Leave-one-out accuracy at the figure's k. */
  accuracy: number;
}

interface Props {
  query: number;
  k: number;
  labels: ArrayLike<number>;
  results: Partial<Record<Representation, RepResult>>;
  Digit: ComponentType<DigitProps>;
}

/** How the figure names a neighbour, for its image and for the tests. */
export function neighbourLabel(index: number, label: number, distance: number): string {
  return `held-out digit ${index}, a ${label}, at distance ${fixed(distance, 2)}`;
}

export function Columns({ query, k, labels, results, Digit }: Props) {
  return (
    <div class="knn-columns">
      {REPRESENTATIONS.map((rep) => {
        const r = results[rep];
        const nbs = r ? neighboursOf(r.table, query, k) : [];
        return (
          <div class="knn-column" key={rep} data-rep={rep} role="group" aria-label={REPRESENTATION_LABEL[rep]}>
            <p class="knn-rep">{REPRESENTATION_LABEL[rep]}</p>
            <p class="knn-acc" data-testid={`knn-acc-${rep}`}>
              {r ? `${k}-NN accuracy ${percent(r.accuracy, 1)}` : 'Computing…'}
            </p>
            {r && (
              <ol class="knn-list" data-testid={`knn-list-${rep}`}>
                {nbs.map((nb) => (
                  <li key={nb.index} data-index={nb.index}>
                    <Digit index={nb.index} label={neighbourLabel(nb.index, labels[nb.index] as number, nb.distance)} />
                    <span class="knn-label">{labels[nb.index]}</span>
                    <span class="knn-dist">{fixed(nb.distance, 2)}</span>
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
