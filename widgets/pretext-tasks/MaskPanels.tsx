/** Masked patches and denoising: a corrupted digit as the input, the missing or clean pixels as the target. */
import { useMemo } from 'preact/hooks';
import { fixed, percent } from '../lib/format';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { MASK_PATCHES, NOISE_SD, maskedPair, noisyCopy, patchMask } from './core';
import { RATIO, SEED_MAX } from './state';

function SeedControl({ seed, onSeed }: { seed: number; onSeed: (s: number) => void }) {
  return (
    <>
      <label>
        Seed
        <input
          type="number"
          min={0}
          max={SEED_MAX}
          step={1}
          value={seed}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isInteger(v) && v >= 0 && v <= SEED_MAX) onSeed(v);
          }}
        />
      </label>
      <button type="button" onClick={() => onSeed((seed + 1) % (SEED_MAX + 1))}>
        New draw
      </button>
    </>
  );
}

function Pair({
  input,
  target,
  inputLabel,
  targetLabel,
}: {
  input: Float32Array;
  target: Float32Array;
  inputLabel: string;
  targetLabel: string;
}) {
  return (
    <div class="pretext-row">
      <figure class="pretext-cell">
        <DigitCanvas values={input} display={112} label={inputLabel} testId="pretext-input" />
        <figcaption>input</figcaption>
      </figure>
      <figure class="pretext-cell">
        <DigitCanvas values={target} display={112} label={targetLabel} testId="pretext-target" />
        <figcaption>target</figcaption>
      </figure>
    </div>
  );
}

interface MaskProps {
  image: Float32Array;
  ratio: number;
  seed: number;
  onRatio: (r: number) => void;
  onSeed: (s: number) => void;
}

export function MaskPanel({ image, ratio, seed, onRatio, onSeed }: MaskProps) {
  const mask = useMemo(() => patchMask(ratio, seed), [ratio, seed]);
  const { input, target } = useMemo(() => maskedPair(image, mask), [image, mask]);
  const hidden = mask.filter(Boolean).length;
  return (
    <div>
      <p class="pretext-note">
        The digit is cut into 49 patches of 4 × 4 pixels and a random share of them is hidden (grey). Input: the visible patches.
        Target: the hidden pixels; the loss is counted on those only.
      </p>
      <div class="widget-controls">
        <label>
          Mask ratio
          <input
            type="range"
            min={RATIO.min}
            max={RATIO.max}
            step={RATIO.step}
            value={ratio}
            onInput={(e) => onRatio(Number(e.currentTarget.value))}
          />
          <output>{fixed(ratio, 2)}</output>
        </label>
        <SeedControl seed={seed} onSeed={onSeed} />
      </div>
      <Pair
        input={input}
        target={target}
        inputLabel={`input: the digit with ${hidden} of ${MASK_PATCHES} patches hidden`}
        targetLabel="target: the hidden pixels"
      />
      <p
        class="pretext-readout"
        aria-live="polite"
        data-testid="pretext-mask"
        data-mask={mask.map((m) => (m ? '1' : '0')).join('')}
      >
        {hidden} of {MASK_PATCHES} patches hidden; the encoder sees the other {MASK_PATCHES - hidden} (
        {percent((MASK_PATCHES - hidden) / MASK_PATCHES)} of the digit).
      </p>
    </div>
  );
}

export function DenoisePanel({ image, seed, onSeed }: { image: Float32Array; seed: number; onSeed: (s: number) => void }) {
  const noisy = useMemo(() => noisyCopy(image, seed), [image, seed]);
  return (
    <div>
      <p class="pretext-note">
        Input: the digit with Gaussian noise of standard deviation {NOISE_SD} added to every grey level (clipped to 0 to 1).
        Target: the clean digit, as a denoising autoencoder is trained.
      </p>
      <div class="widget-controls">
        <SeedControl seed={seed} onSeed={onSeed} />
      </div>
      <Pair input={noisy} target={image} inputLabel="input: the noisy digit" targetLabel="target: the clean digit" />
    </div>
  );
}
