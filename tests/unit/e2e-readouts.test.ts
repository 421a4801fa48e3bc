import { describe, expect, it } from 'vitest';
import { codeLengthsMatch } from '../e2e/readouts';

describe('codeLengthsMatch', () => {
  const want = [1.0, 0.95, 1.2];
  it('accepts the printed lengths, with a Unicode minus and rounding', () => {
    expect(codeLengthsMatch('‖z‖: 1.00, 0.95, 1.21', want)).toBe(true);
    expect(codeLengthsMatch('‖z‖: −0.50', [-0.5])).toBe(true);
  });
  it('rejects missing, extra or wrong values', () => {
    expect(codeLengthsMatch(null, want)).toBe(false);
    expect(codeLengthsMatch('', want)).toBe(false);
    expect(codeLengthsMatch('‖z‖: 1.00, 0.95', want)).toBe(false);
    expect(codeLengthsMatch('‖z‖: 1.00, 0.95, 1.20, 1.30', want)).toBe(false);
    expect(codeLengthsMatch('‖z‖: 1.00, 0.90, 1.20', want)).toBe(false);
  });
});
