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

export function formatP(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p >= 0.001) return p.toPrecision(2);
  const [mantissa, exponent = ''] = p.toExponential(1).split('e');
  return `${mantissa} × 10${[...exponent].map((c) => SUPERSCRIPT[c] ?? '').join('')}`;
}

export function describeTest(r: WeatResult): string {
  if (!r.test) return '';
  return r.test.method === 'exact'
    ? `exact: all ${r.test.partitions.toLocaleString('en')} partitions`
    : `sampled: ${r.test.partitions.toLocaleString('en')} of ${r.test.totalPartitions.toExponential(1)} partitions, seed ${r.test.seed}`;
}
