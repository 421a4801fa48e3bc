/** Parsers for what figures print, shared by end-to-end tests (unit-tested in tests/unit/e2e-readouts.test.ts). */

/**
 * The interpolation figure prints one code length per step ("‖z‖: 1.02, 0.97, …"). They must be
 * as many as the steps and agree to the printed two decimals, give or take the GPU's rounding.
 */
export function codeLengthsMatch(text: string | null, want: readonly number[]): boolean {
  const shown = (text ?? '')
    .replace('‖z‖: ', '')
    .split(', ')
    .filter((s) => s.trim() !== '');
  return (
    shown.length === want.length && shown.every((s, i) => Math.abs(Number(s.replace('−', '-')) - (want[i] as number)) <= 0.011)
  );
}
