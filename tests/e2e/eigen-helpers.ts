/** What the eigen-digits figure should show, computed in Node from the shipped files by the figure's own core. */
import { rebuild } from '../../widgets/eigen-digits/core';
import { shippedEigen } from '../../widgets/eigen-digits/build-time';

export const CHAPTER_3 = '/part-1/dimensionality-reduction/';

export async function expectedRebuild(digit: number, k: number) {
  const { m, x, labels } = await shippedEigen();
  return { ...rebuild(m, x(digit), k), label: labels[digit] ?? -1 };
}
