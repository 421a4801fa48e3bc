import { describe, expect, it } from 'vitest';
import {
  ENTER_A_NUMBER,
  checkChoice,
  checkNumber,
  choiceSpecProblems,
  formatNumber,
  isWithin,
  numberSpecProblems,
  parseNumber,
  toleranceText,
} from '~/components/exercise/check';

const value = (text: string, unit?: string) => {
  const p = parseNumber(text, unit);
  return p.ok ? p.value : p.message;
};

describe('parseNumber', () => {
  it('reads plain, signed and abbreviated decimals', () => {
    expect(value('0.089')).toBe(0.089);
    expect(value('-2')).toBe(-2);
    expect(value('+2.5')).toBe(2.5);
    expect(value('.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('0')).toBe(0);
  });

  it('ignores surrounding spaces, including a no-break space', () => {
    expect(value('  0.25 ')).toBe(0.25);
    expect(value('\u00a00.25\t')).toBe(0.25);
  });

  it('reads a decimal comma', () => {
    expect(value('0,5')).toBe(0.5);
    expect(value(',5')).toBe(0.5);
    expect(value('12,34')).toBe(12.34);
    expect(value('1,5e-3')).toBe(0.0015);
  });

  it('reads scientific notation', () => {
    expect(value('1e-3')).toBe(0.001);
    expect(value('2.5E3')).toBe(2500);
    expect(value('6.02e+23')).toBe(6.02e23);
  });

  it('reads a Unicode minus sign, in front and in the exponent', () => {
    expect(value('\u22120.5')).toBe(-0.5);
    expect(value('1e\u22123')).toBe(0.001);
  });

  it("accepts the check's unit after the number", () => {
    expect(value('88 nats', 'nats')).toBe(88);
    expect(value('0.5s', 's')).toBe(0.5);
    expect(value('88 bits', 'nats')).toBe(ENTER_A_NUMBER);
  });

  it('refuses anything else with the same clear message', () => {
    for (const bad of [
      '',
      '   ',
      'abc',
      '1/3',
      '1 000',
      '1.2.3',
      '1,2,3',
      '1.5,2',
      '--1',
      '1e',
      'e5',
      '0x10',
      'Infinity',
      'NaN',
      '1e400',
      '½',
      '5%',
    ]) {
      expect(value(bad), bad).toBe(ENTER_A_NUMBER);
    }
  });

  it('refuses a comma that may be a thousands separator, and says how to write it', () => {
    expect(value('1,250')).toBe('Enter it without the comma (1250) or with a decimal point (1.250).');
    expect(value('-12,000')).toBe('Enter it without the comma (-12000) or with a decimal point (-12.000).');
    // A leading zero or a fourth decimal makes the comma a decimal comma.
    expect(value('0,250')).toBe(0.25);
    expect(value('1,2500')).toBe(1.25);
  });
});

describe('tolerance', () => {
  const spec = { answer: 0.089, tolerance: 0.0005 };

  it('includes both ends of the interval despite rounding', () => {
    expect(isWithin(0.0895, spec)).toBe(true);
    expect(isWithin(0.0885, spec)).toBe(true);
    expect(isWithin(-999.5925, { answer: -999.592, tolerance: 0.0005 })).toBe(true);
  });

  it('excludes values just outside it', () => {
    expect(isWithin(0.08951, spec)).toBe(false);
    expect(isWithin(0.08849, spec)).toBe(false);
  });

  it('does not widen a tiny tolerance', () => {
    const tiny = { answer: 1e-10, tolerance: 1e-12 };
    expect(isWithin(1.01e-10, tiny)).toBe(true);
    expect(isWithin(1.02e-10, tiny)).toBe(false);
  });

  it('asks for the exact value when the tolerance is 0', () => {
    expect(isWithin(12, { answer: 12, tolerance: 0 })).toBe(true);
    expect(isWithin(12.001, { answer: 12, tolerance: 0 })).toBe(false);
  });

  it('is stated to the reader', () => {
    expect(toleranceText(spec)).toBe('within ±0.0005');
    expect(toleranceText({ answer: 88, tolerance: 1, unit: 'nats' })).toBe('within ±1 nats');
    expect(toleranceText({ answer: 12, tolerance: 0 })).toBe('exact value');
  });
});

describe('checkNumber', () => {
  const spec = { answer: 0.089, tolerance: 0.0005 };

  it('says a right answer is right, repeating the number as it was read', () => {
    expect(checkNumber('0.089', spec)).toEqual({
      state: 'right',
      message: 'Right: 0.089 is within ±0.0005 of the answer.',
    });
    expect(checkNumber('0,0893', spec).message).toBe('Right: 0.0893 is within ±0.0005 of the answer.');
    expect(checkNumber('8.9e-2', spec).message).toBe('Right: 0.089 is within ±0.0005 of the answer.');
  });

  it('says whether a wrong answer is too high or too low', () => {
    expect(checkNumber('0.1', spec)).toEqual({
      state: 'wrong',
      message: 'Not quite: your answer is too high.',
    });
    expect(checkNumber('0.08', spec)).toEqual({
      state: 'wrong',
      message: 'Not quite: your answer is too low.',
    });
    expect(checkNumber('-0.089', spec).message).toBe('Not quite: your answer is too low.');
  });

  it('refuses what is not a number', () => {
    expect(checkNumber('e', spec)).toEqual({
      state: 'invalid',
      message: ENTER_A_NUMBER,
    });
  });

  it('states the unit and the exact case', () => {
    expect(checkNumber('88.4 nats', { answer: 88, tolerance: 1, unit: 'nats' }).message).toBe(
      'Right: 88.4 nats is within ±1 nats of the answer.',
    );
    expect(checkNumber('12', { answer: 12, tolerance: 0 }).message).toBe('Right: 12 is the answer.');
    expect(checkNumber('\u22121', { answer: -1, tolerance: 0 }).message).toBe('Right: \u22121 is the answer.');
  });
});

describe('checkChoice', () => {
  it('judges the chosen index', () => {
    expect(checkChoice(1, 1)).toEqual({ state: 'right', message: 'Right.' });
    expect(checkChoice(0, 1)).toEqual({
      state: 'wrong',
      message: 'Not this one.',
    });
    expect(checkChoice(null, 1)).toEqual({
      state: 'invalid',
      message: 'Choose one of the answers first.',
    });
  });
});

describe('formatNumber', () => {
  it('uses a true minus sign and the shortest digits', () => {
    expect(formatNumber(-0.5)).toBe('\u22120.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(1e-7)).toBe('1e\u22127');
  });
});

describe('props checked at build time', () => {
  it('accepts sound number and choice checks', () => {
    expect(numberSpecProblems({ answer: 0.089, tolerance: 0.0005, label: 'p =' })).toEqual([]);
    expect(numberSpecProblems({ answer: 3, tolerance: 0, label: 'n =' })).toEqual([]);
    expect(choiceSpecProblems({ choices: ['a', 'b'], answer: 'b', label: 'Which?' })).toEqual([]);
  });

  it('names every problem with a number check', () => {
    expect(numberSpecProblems({ answer: '0.089', tolerance: -1, label: '' })).toEqual([
      'label must be a non-empty string',
      'answer must be a finite number, written answer={0.089}',
      'tolerance must be a number ≥ 0, written tolerance={0.0005}',
    ]);
    expect(
      numberSpecProblems({
        answer: Number.NaN,
        tolerance: undefined,
        label: 'x',
      }),
    ).toHaveLength(2);
  });

  it('names every problem with a choice check', () => {
    expect(choiceSpecProblems({ choices: ['a'], answer: 'a', label: 'x' })).toEqual([
      'choices must be a list of at least two non-empty strings',
    ]);
    expect(choiceSpecProblems({ choices: ['a', 'a'], answer: 'c', label: 'x' })).toEqual([
      'choices must be different from each other',
      'answer must be one of the choices ("a", "a")',
    ]);
    expect(choiceSpecProblems({ choices: 'a,b', answer: 'a', label: 'x' })).toHaveLength(1);
  });
});
