/**
 * Points as one row-major typed array, so that the same code clusters 2-d
 * teaching sets and 784-d pixel vectors without an object per point.
 */
export interface Points {
  /** Number of points. */
  readonly n: number;
  /** Dimension of each point. */
  readonly d: number;
  /** Row-major coordinates: point i is data[i*d … i*d+d-1]. */
  readonly data: Float32Array | Float64Array;
}

/** Points from an array of rows (all of one length). */
export function fromRows(rows: readonly (readonly number[])[]): Points {
  const n = rows.length;
  const d = n === 0 ? 0 : rows[0]!.length;
  const data = new Float64Array(n * d);
  rows.forEach((row, i) => {
    if (row.length !== d) throw new Error(`Row ${i} has ${row.length} values, not ${d}.`);
    data.set(row, i * d);
  });
  return { n, d, data };
}

/** Squared Euclidean distance between point i of `a` and row j of `b` (both of dimension d). */
export function sqDist(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number, d: number): number {
  let s = 0;
  const oa = i * d;
  const ob = j * d;
  for (let t = 0; t < d; t++) {
    const v = (a[oa + t] as number) - (b[ob + t] as number);
    s += v * v;
  }
  return s;
}
