/** Tiny hand-made vocabularies shared by the embedding unit tests. */
import { embeddingsFromVectors } from '../../../widgets/lib/embeddings/core';

/** Two axes: royalty and gender (+ male), and a third shared "person" axis. */
export function royalToy() {
  return embeddingsFromVectors(
    ['king', 'queen', 'man', 'woman', 'apple'],
    [
      [1, 1, 1],
      [1, -1, 1],
      [0, 1, 1],
      [0, -1, 1],
      [-1, 0, 0.2],
    ],
  );
}

/** Unit vectors at the given angles (degrees) in the plane. */
export function angleToy(entries: Record<string, number>) {
  const words = Object.keys(entries);
  return embeddingsFromVectors(
    words,
    words.map((w) => {
      const t = ((entries[w] ?? 0) * Math.PI) / 180;
      return [Math.cos(t), Math.sin(t)];
    }),
  );
}
