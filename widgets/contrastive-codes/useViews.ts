/**
 * The chosen digit's views and their similarities: at the current strength, and
 * at every strength of the curve (one strength per step, in slices). Each is
 * recomputed only when what it depends on changes; a newer input cancels older work.
 */
import { useEffect, useState } from 'preact/hooks';
import type * as TfCore from '@tensorflow/tfjs-core';
import { isAbort, runSliced } from '../lib/schedule';
import { STRENGTHS, mean } from './core';
import { viewScores, type ContrastiveModel } from './encode';

export interface Views {
  key: string;
  views: Float32Array[];
  similarities: number[];
}

type Ready = { tf: typeof TfCore; model: ContrastiveModel } | null;

export function useViews(ready: Ready, image: Float32Array | null, digit: number, seed: number, strength: number): Views | null {
  const [out, setOut] = useState<Views | null>(null);
  useEffect(() => {
    if (!ready || !image) return;
    let live = true;
    const key = `${digit}:${seed}:${strength}`;
    viewScores(ready.tf, ready.model, image, seed, strength).then(
      (r) => live && setOut({ key, ...r }),
      (e: unknown) => {
        if (live) throw e;
      },
    );
    return () => {
      live = false;
    };
  }, [ready, image, digit, seed, strength]);
  return out;
}

export function useCurve(
  ready: Ready,
  image: Float32Array | null,
  digit: number,
  seed: number,
): { key: string; curve: number[] } | null {
  const [out, setOut] = useState<{ key: string; curve: number[] } | null>(null);
  useEffect(() => {
    if (!ready || !image) return;
    const controller = new AbortController();
    const key = `${digit}:${seed}`;
    runSliced(STRENGTHS, async (s) => mean((await viewScores(ready.tf, ready.model, image, seed, s)).similarities), {
      signal: controller.signal,
      yieldFirst: true,
    }).then(
      (curve) => setOut({ key, curve }),
      (e: unknown) => {
        if (!isAbort(e)) throw e;
      },
    );
    return () => controller.abort();
  }, [ready, image, digit, seed]);
  return out;
}
