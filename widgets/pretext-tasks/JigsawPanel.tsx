/** Relative position: the centre patch, one of its eight neighbours, and the neighbour's label as the answer. */
import { useMemo } from 'preact/hooks';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { NEIGHBOURS, NEIGHBOUR_NAMES, gridView, jigsawPair, patchAlone } from './core';

interface Props {
  image: Float32Array;
  neighbour: number;
  onNeighbour: (n: number) => void;
}

export function JigsawPanel({ image, neighbour, onNeighbour }: Props) {
  const grid = useMemo(() => gridView(image), [image]);
  const pair = useMemo(() => jigsawPair(image, neighbour), [image, neighbour]);
  const centre = useMemo(() => patchAlone(pair.centre), [pair]);
  const other = useMemo(() => patchAlone(pair.other), [pair]);
  const name = NEIGHBOUR_NAMES[neighbour] ?? '';
  return (
    <div>
      <p class="pretext-note">
        The digit is cut into a 3 × 3 grid of 8 × 8-pixel patches with 1-pixel gaps. Input: the centre patch and one other patch.
        Target: where the other sits, one of eight labels. Choose the neighbour in the grid.
      </p>
      <div class="pretext-row">
        <figure class="pretext-cell">
          <DigitCanvas values={grid} display={112} label="the digit cut into nine patches" />
          <figcaption>the grid</figcaption>
        </figure>
        <div class="pretext-cell" role="group" aria-label="Neighbour of the centre patch">
          <div class="pretext-grid">
            {[0, 1, 2].flatMap((r) =>
              [0, 1, 2].map((c) => {
                const k = NEIGHBOURS.findIndex(([nr, nc]) => nr === r && nc === c);
                if (k < 0)
                  return (
                    <span key="centre" class="pretext-grid-centre">
                      centre
                    </span>
                  );
                return (
                  <button
                    type="button"
                    key={k}
                    aria-pressed={k === neighbour}
                    aria-label={`label ${k + 1}: ${NEIGHBOUR_NAMES[k]}`}
                    onClick={() => onNeighbour(k)}
                  >
                    {k + 1}
                  </button>
                );
              }),
            )}
          </div>
          <p class="pretext-caption">the eight labels</p>
        </div>
        <figure class="pretext-cell">
          <DigitCanvas values={centre} display={112} label="input: the centre patch" testId="pretext-centre" />
          <figcaption>input: centre</figcaption>
        </figure>
        <figure class="pretext-cell">
          <DigitCanvas values={other} display={112} label={`input: the ${name} patch`} testId="pretext-other" />
          <figcaption>input: other patch</figcaption>
        </figure>
      </div>
      <p class="pretext-readout" aria-live="polite" data-testid="pretext-jigsaw-answer" data-label={pair.label}>
        Target: label {pair.label} ({name}), one of 8, so guessing is right one time in eight.
      </p>
    </div>
  );
}
