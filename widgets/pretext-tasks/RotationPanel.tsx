/** The rotation task: the digit at four quarter turns, and the shipped model's probabilities for each turn. */
import { useMemo } from 'preact/hooks';
import type * as TfCore from '@tensorflow/tfjs-core';
import { fixed } from '../lib/format';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { TURNS, argmax, predictTurns, rotationLoss, rotations, turnDegrees, type TurnClassifier } from './core';

interface Props {
  image: Float32Array;
  digit: number;
  label: number;
  /** TF.js and the rotation model, once both are loaded. */
  tf: typeof TfCore | null;
  model: TurnClassifier | null;
}

export function RotationPanel({ image, digit, label, tf, model }: Props) {
  const turns = useMemo(() => rotations(image), [image]);
  const probs = useMemo(() => (tf && model ? predictTurns(tf, model, image) : null), [tf, model, image]);
  const right = probs ? probs.filter((row, q) => argmax(row) === q).length : null;
  return (
    <div>
      <p class="pretext-note">
        Input: the digit turned by 0°, 90°, 180° or 270° counter-clockwise. Target: which of the four turns it was. No label of
        the digit is needed; the turn is known because we made it.
      </p>
      <table class="pretext-turns" data-testid="pretext-turns" data-ready={probs ? 'true' : 'false'}>
        <caption>
          rotation-d128's probability of each turn, for held-out digit {digit} (a {label}) at each turn; the largest in each row
          is bold
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            {TURNS.map((k) => (
              <th scope="col" key={k}>
                p({turnDegrees(k)}°)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TURNS.map((q) => {
            const row = probs?.[q];
            const best = row ? argmax(row) : -1;
            return (
              <tr key={q}>
                <th scope="row">
                  <div class="pretext-turn">
                    <DigitCanvas values={turns[q] ?? null} label={`the digit turned by ${turnDegrees(q)}°`} />
                    <span>{turnDegrees(q)}°</span>
                  </div>
                </th>
                {TURNS.map((k) => (
                  <td
                    key={k}
                    data-testid={`pretext-p-${q}-${k}`}
                    data-value={row ? String(row[k]) : ''}
                    class={[k === best ? 'pretext-best' : '', k === q ? 'pretext-truth' : ''].join(' ').trim() || undefined}
                  >
                    {row ? fixed(row[k] as number, 3) : '…'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="pretext-readout" aria-live="polite" data-testid="pretext-rotation-readout">
        {probs
          ? `The model names ${right} of the 4 turns right; its loss on this digit, −¼ Σ log p(true turn), is ${fixed(rotationLoss(probs), 3)} nats (a uniform guess: ln 4 ≈ 1.386).`
          : 'Waiting for the model…'}
      </p>
    </div>
  );
}
