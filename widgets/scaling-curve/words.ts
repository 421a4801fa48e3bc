/** Numbers as the figure's sentences write them. */

/** Two significant figures with thousands separators: 2,437.6 → "2,400". */
export function significant(x: number, digits = 2): string {
  return Number(x.toPrecision(digits)).toLocaleString('en');
}
