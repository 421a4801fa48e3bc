/**
 * The fixed train / held-out split: stratified by class, chosen by a seed.
 * Each class gives the same fraction of its digits to the held-out set (largest
 * remainders make the total exact), picked by a seeded shuffle.
 */
import { createRng, shuffledIndices } from '../../widgets/lib/rng';

export const SPLIT_SEED = 20260501;
export const HELDOUT_COUNT = 1000;

export interface Split {
  /** Indices into the source: ascending for train; for held-out, a seeded shuffle so any prefix mixes classes. */
  readonly train: Uint32Array;
  readonly heldout: Uint32Array;
}

export function stratifiedSplit(labels: Uint8Array, heldoutCount: number, seed: number): Split {
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const list = byClass.get(label) ?? [];
    list.push(i);
    byClass.set(label, list);
  });
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  const exact = classes.map((c) => ((byClass.get(c)?.length ?? 0) * heldoutCount) / labels.length);
  const quota = exact.map(Math.floor);
  const short = heldoutCount - quota.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; j < short; j++) {
    const i = byRemainder[j]?.[1] ?? 0;
    quota[i] = (quota[i] ?? 0) + 1;
  }
  const rng = createRng(seed);
  const heldout: number[] = [];
  const train: number[] = [];
  classes.forEach((c, ci) => {
    const members = byClass.get(c) ?? [];
    const order = shuffledIndices(members.length, rng);
    order.forEach((pos, rank) => (rank < (quota[ci] ?? 0) ? heldout : train).push(members[pos] as number));
  });
  const ascending = Uint32Array.from(heldout.sort((a, b) => a - b));
  const mixed = shuffledIndices(ascending.length, rng).map((i) => ascending[i] as number);
  return { train: Uint32Array.from(train.sort((a, b) => a - b)), heldout: mixed };
}

/** Copy the chosen rows (images of `width` bytes each) in index order. */
export function takeRows(source: Uint8Array, width: number, indices: Uint32Array): Uint8Array {
  const out = new Uint8Array(indices.length * width);
  indices.forEach((idx, row) => out.set(source.subarray(idx * width, (idx + 1) * width), row * width));
  return out;
}
