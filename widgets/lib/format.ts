/** Number formatting for readouts: a true minus sign, and −∞ for log 0. */
export function fixed(value: number, digits = 3): string {
  if (value === -Infinity) return '−∞';
  if (!Number.isFinite(value)) return '–';
  return value.toFixed(digits).replace('-', '−');
}
