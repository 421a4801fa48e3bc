/**
 * How an exercise's <Check> reads and judges a reader's answer. Pure functions,
 * used by the component at build time (to validate its props and state the
 * tolerance) and by the page's script (to judge what the reader typed).
 */

export interface NumberSpec {
  answer: number;
  /** Absolute: an answer within ±tolerance of `answer` is right. 0 asks for the exact value. */
  tolerance: number;
  unit?: string | undefined;
}

export type Verdict = { state: 'right' | 'wrong' | 'invalid'; message: string };

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export const ENTER_A_NUMBER = 'Enter a number, such as 0.25.';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// "1,250" could be 1.25 with a decimal comma or 1250 with a thousands separator.
const AMBIGUOUS_COMMA = /^([+-]?[1-9]\d{0,2}),(\d{3})$/;

/**
 * Reads a number as a reader might type it: surrounding spaces, a decimal comma,
 * scientific notation (1e-3), a Unicode minus sign (−), and the check's own unit
 * after the number are accepted; anything else is refused with a message.
 */
export function parseNumber(text: string, unit?: string): Parsed {
  let s = text.trim().replace(/\u2212/g, '-');
  if (unit && s.endsWith(unit)) s = s.slice(0, -unit.length).trimEnd();
  if (s.includes(',')) {
    const ambiguous = AMBIGUOUS_COMMA.exec(s);
    if (ambiguous) {
      const [, whole, part] = ambiguous;
      return {
        ok: false,
        message: `Enter it without the comma (${whole}${part}) or with a decimal point (${whole}.${part}).`,
      };
    }
    if (s.includes('.') || s.indexOf(',') !== s.lastIndexOf(',')) return { ok: false, message: ENTER_A_NUMBER };
    s = s.replace(',', '.');
  }
  if (!NUMBER.test(s)) return { ok: false, message: ENTER_A_NUMBER };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: ENTER_A_NUMBER };
}

/** A number for reading: shortest round-trip digits, a true minus sign. */
export function formatNumber(x: number): string {
  return String(x).replace('-', '\u2212');
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** What the reader is told next to the input, e.g. "within ±0.0005". */
export function toleranceText(spec: NumberSpec): string {
  return spec.tolerance === 0 ? 'exact value' : `within ${withUnit(`±${formatNumber(spec.tolerance)}`, spec.unit)}`;
}

/** Within the tolerance, with slack only for the rounding of the subtraction itself. */
export function isWithin(value: number, spec: NumberSpec): boolean {
  const slack = 1e-9 * spec.tolerance + 4 * Number.EPSILON * Math.max(Math.abs(value), Math.abs(spec.answer));
  return Math.abs(value - spec.answer) <= spec.tolerance + slack;
}

export function checkNumber(text: string, spec: NumberSpec): Verdict {
  const parsed = parseNumber(text, spec.unit);
  if (!parsed.ok) return { state: 'invalid', message: parsed.message };
  const shown = withUnit(formatNumber(parsed.value), spec.unit);
  if (isWithin(parsed.value, spec)) {
    return {
      state: 'right',
      message:
        spec.tolerance === 0 ? `Right: ${shown} is the answer.` : `Right: ${shown} is ${toleranceText(spec)} of the answer.`,
    };
  }
  return {
    state: 'wrong',
    message: `Not quite: your answer is too ${parsed.value > spec.answer ? 'high' : 'low'}.`,
  };
}

/** `chosen` is the index of the selected choice, or null when none is selected. */
export function checkChoice(chosen: number | null, answer: number): Verdict {
  if (chosen === null) return { state: 'invalid', message: 'Choose one of the answers first.' };
  return chosen === answer ? { state: 'right', message: 'Right.' } : { state: 'wrong', message: 'Not this one.' };
}

/** Problems with a number check's props, for the build to report; empty when they are sound. */
export function numberSpecProblems(spec: { answer?: unknown; tolerance?: unknown; label?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof spec.label !== 'string' || spec.label.trim() === '') problems.push('label must be a non-empty string');
  if (typeof spec.answer !== 'number' || !Number.isFinite(spec.answer)) {
    problems.push('answer must be a finite number, written answer={0.089}');
  }
  if (typeof spec.tolerance !== 'number' || !Number.isFinite(spec.tolerance) || spec.tolerance < 0) {
    problems.push('tolerance must be a number ≥ 0, written tolerance={0.0005}');
  }
  return problems;
}

/** Problems with a choice check's props; empty when they are sound. */
export function choiceSpecProblems(spec: { choices?: unknown; answer?: unknown; label?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof spec.label !== 'string' || spec.label.trim() === '') problems.push('label must be a non-empty string');
  const { choices } = spec;
  if (!Array.isArray(choices) || choices.length < 2 || !choices.every((c) => typeof c === 'string' && c.trim() !== '')) {
    problems.push('choices must be a list of at least two non-empty strings');
    return problems;
  }
  if (new Set(choices).size !== choices.length) problems.push('choices must be different from each other');
  if (typeof spec.answer !== 'string' || !choices.includes(spec.answer)) {
    problems.push(`answer must be one of the choices (${choices.map((c) => JSON.stringify(c)).join(', ')})`);
  }
  return problems;
}
