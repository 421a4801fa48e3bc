/** Number formatting for readouts: a true minus sign, and −∞ for log 0. */
export function fixed(value: number, digits = 3): string {
  if (value === -Infinity) return '−∞';
  if (!Number.isFinite(value)) return '–';
  return value.toFixed(digits).replace('-', '−');
}

/** A share in [0, 1] as a percentage: percent(0.123) is "12%", percent(0.123, 1) "12.3%". */
export function percent(share: number, digits = 0): string {
  return digits === 0 ? `${Math.round(share * 100)}%` : `${(100 * share).toFixed(digits)}%`;
}

/** `value` rounded to `decimals` places, as a number (e.g. for a coordinate kept in a link). */
export function roundTo(value: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(value * k) / k;
}
