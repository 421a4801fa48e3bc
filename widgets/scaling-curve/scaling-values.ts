/** Single numbers of the scaling curve, by name, for the chapter's prose and exercises. */
import { evaluatePowerLaw, type Axis, type ScalingAnalysis } from './core';

type AxisValue =
  /** b of L = a·x^(−b) + c. */
  | 'exponent'
  /** b of the pure power law L = a·x^(−b), fitted to the same points. */
  | 'pureExponent'
  | 'amplitude'
  /** c, in the units of the MSE. */
  | 'floor'
  /** Where a·x^(−b) = c (Infinity when the fit has no floor). */
  | 'bend'
  /** The floor's share of the fitted error at the largest x. */
  | 'floorShareAtEnd'
  /** How many times more x halves the part above the floor: 2^(1/b). */
  | 'halvingFactor'
  /** The fitted error at the largest x. */
  | 'fitAtEnd'
  | 'smallestX'
  | 'largestX'
  /** Held-out MSE at the smallest and the largest x. */
  | 'smallestHeldout'
  | 'largestHeldout'
  | 'points';

export type ScalingValueName = `${Axis}.${AxisValue}`;

export function scalingValue(analysis: ScalingAnalysis, name: ScalingValueName): number {
  const [axis, value] = name.split('.') as [Axis, AxisValue];
  const a = analysis[axis];
  const first = a.series[0]!;
  const last = a.series.at(-1)!;
  switch (value) {
    case 'exponent':
      return a.floored.b;
    case 'pureExponent':
      return a.pure.b;
    case 'amplitude':
      return a.floored.a;
    case 'floor':
      return a.floored.c;
    case 'bend':
      return a.bend;
    case 'floorShareAtEnd':
      return a.floorShareAtEnd;
    case 'halvingFactor':
      return 2 ** (1 / a.floored.b);
    case 'fitAtEnd':
      return evaluatePowerLaw(a.floored, last.x);
    case 'smallestX':
      return first.x;
    case 'largestX':
      return last.x;
    case 'smallestHeldout':
      return first.heldout;
    case 'largestHeldout':
      return last.heldout;
    case 'points':
      return a.series.length;
  }
}
