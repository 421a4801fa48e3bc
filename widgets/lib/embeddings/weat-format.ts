/** How WEAT results are written, in the live figure, its fallback and the table alike. */
import type { WeatResult } from './core/weat';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

function superscript(digits: string): string {
  return [...digits].map((c) => SUPERSCRIPT[c] ?? '').join('');
}

export function formatP(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p >= 0.001) return p.toPrecision(2);
  const [mantissa, exponent = ''] = p.toExponential(1).split('e');
  return `${mantissa} × 10${superscript(exponent)}`;
}

/**
 * C(n, k), the number of ways to split n scores into groups of k and n − k, written
 * for a reader: "184,756" up to a million, else "1.2 × 10⁶⁰⁰". It works from the
 * logarithm, so it stays readable where the count itself overflows a double.
 */
export function formatPartitionCount(n: number, k: number): string {
  const m = Math.min(k, n - k);
  if (m < 0) return '0';
  let log10 = 0;
  for (let i = 1; i <= m; i++) log10 += Math.log10((n - m + i) / i);
  if (log10 < 6) return Math.round(10 ** log10).toLocaleString('en');
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  if (mantissa >= 9.95) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${mantissa.toFixed(1)} × 10${superscript(String(exponent))}`;
}

export function describeTest(r: WeatResult): string {
  if (!r.test) return '';
  return r.test.method === 'exact'
    ? `exact: all ${r.test.partitions.toLocaleString('en')} partitions`
    : `sampled: ${r.test.partitions.toLocaleString('en')} of ${formatPartitionCount(r.sizes.X + r.sizes.Y, r.sizes.X)} partitions, seed ${r.test.seed}`;
}

/** Why the effect size is missing, when it is: its denominator, the spread of the scores, is zero. */
export function effectSizeNote(r: WeatResult): string | null {
  if (r.problem || Number.isFinite(r.effectSize)) return null;
  return (
    'The effect size d is undefined here: every target word has the same score s(w, A, B), so the standard deviation ' +
    'it is divided by is 0. This happens when A and B are the same set, or X and Y are the same single word.'
  );
}
