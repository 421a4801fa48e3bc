/**
 * The eigen-decomposition of a small symmetric matrix by cyclic Jacobi
 * rotations, and the pseudo-inverse solve built on it. Jacobi is slower than
 * tridiagonalisation for large matrices but short, and accurate to rounding
 * for every eigenvalue, which the pseudo-inverse of a nearly singular matrix
 * needs.
 */

export interface SymEigen {
  /** Eigenvalues, in no particular order. */
  readonly values: Float64Array;
  /** Eigenvectors as the columns of a row-major n × n matrix: vectors[i * n + k] is entry i of vector k. */
  readonly vectors: Float64Array;
}

const MAX_SWEEPS = 60;

/** A Jacobi decomposition under way: the matrix being diagonalised and the rotations so far. */
export interface JacobiState {
  readonly n: number;
  readonly m: Float64Array;
  readonly v: Float64Array;
  sweeps: number;
  done: boolean;
}

/** The start of a decomposition of the symmetric n × n matrix `a` (row-major; only read). */
export function jacobiStart(a: ArrayLike<number>, n: number): JacobiState {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  return { n, m: Float64Array.from(a), v, sweeps: 0, done: n === 0 };
}

/**
 * One sweep of rotations over every off-diagonal pair, or none if it has converged;
 * returns whether it is done. A page runs a large matrix a sweep per slice.
 */
export function jacobiSweep(st: JacobiState): boolean {
  if (st.done) return true;
  const { n, m, v } = st;
  let off = 0;
  let diag = 0;
  for (let i = 0; i < n; i++) {
    diag += (m[i * n + i] as number) ** 2;
    for (let j = i + 1; j < n; j++) off += (m[i * n + j] as number) ** 2;
  }
  // Converged when the off-diagonal mass is lost in the diagonal's rounding.
  if (off <= 1e-30 * diag || off === 0 || st.sweeps >= MAX_SWEEPS) {
    st.done = true;
    return true;
  }
  for (let p = 0; p < n; p++) {
    for (let q = p + 1; q < n; q++) {
      const apq = m[p * n + q] as number;
      if (apq === 0) continue;
      const app = m[p * n + p] as number;
      const aqq = m[q * n + q] as number;
      // The rotation that zeroes m[p][q]: t = tan θ, the smaller root for stability.
      const theta = (aqq - app) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < n; k++) {
        const mkp = m[k * n + p] as number;
        const mkq = m[k * n + q] as number;
        m[k * n + p] = c * mkp - s * mkq;
        m[k * n + q] = s * mkp + c * mkq;
      }
      for (let k = 0; k < n; k++) {
        const mpk = m[p * n + k] as number;
        const mqk = m[q * n + k] as number;
        m[p * n + k] = c * mpk - s * mqk;
        m[q * n + k] = s * mpk + c * mqk;
      }
      for (let k = 0; k < n; k++) {
        const vkp = v[k * n + p] as number;
        const vkq = v[k * n + q] as number;
        v[k * n + p] = c * vkp - s * vkq;
        v[k * n + q] = s * vkp + c * vkq;
      }
    }
  }
  st.sweeps++;
  return false;
}

/** The eigenvalues and vectors of a finished (or abandoned) decomposition. */
export function jacobiResult(st: JacobiState): SymEigen {
  const { n, m, v } = st;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = m[i * n + i] as number;
  return { values, vectors: v };
}

/** Eigenvalues and vectors of the symmetric n × n matrix `a` (row-major; only read). */
export function symEigen(a: ArrayLike<number>, n: number): SymEigen {
  const st = jacobiStart(a, n);
  while (!jacobiSweep(st));
  return jacobiResult(st);
}

/**
 * x = A⁺ b for each right-hand side b, from the eigen-decomposition of the
 * symmetric positive semi-definite A: eigenvalues at or below `relTol` times
 * the largest count as zero, so the directions rounding cannot resolve are
 * left out instead of amplified.
 */
export function pinvSolve(eig: SymEigen, n: number, rhs: readonly ArrayLike<number>[], relTol: number): Float64Array[] {
  let max = 0;
  for (const l of eig.values) max = Math.max(max, Math.abs(l));
  const cut = relTol * max;
  const out = rhs.map(() => new Float64Array(n));
  for (let k = 0; k < n; k++) {
    const l = eig.values[k] as number;
    if (!(l > cut)) continue;
    for (let r = 0; r < rhs.length; r++) {
      const b = rhs[r] as ArrayLike<number>;
      const x = out[r] as Float64Array;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (eig.vectors[i * n + k] as number) * (b[i] as number);
      const c = dot / l;
      for (let i = 0; i < n; i++) x[i] = (x[i] as number) + c * (eig.vectors[i * n + k] as number);
    }
  }
  return out;
}
