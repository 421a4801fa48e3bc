import { describe, expect, it } from 'vitest';
import { bool, int, num, oneOf, readState, stateAfterHistoryMove, text, writeSearch, type Schema } from '~/lib/url-state';

interface S {
  mode: 'a' | 'b';
  n: number;
  t: number;
  on: boolean;
  words: string;
}
const schema: Schema<S> = {
  mode: oneOf(['a', 'b'] as const, 'a'),
  n: int(0, 10, 3),
  t: num(-1, 1, 0.5),
  on: bool(false),
  words: text('king', 20),
};

describe('widget URL state', () => {
  it('round-trips a state and writes only what differs from the defaults', () => {
    const state: S = { mode: 'b', n: 3, t: -0.25, on: true, words: 'queen, king' };
    const search = writeSearch('w', schema, state, '?other=1');
    expect(search).not.toContain('w.n=');
    expect(new URLSearchParams(search).get('other')).toBe('1');
    expect(readState('w', schema, search)).toEqual({ state, problems: [] });
  });

  it('falls back to defaults for malformed, hostile or out-of-range values and says so', () => {
    const { state, problems } = readState(
      'w',
      schema,
      '?w.mode=<img src=x onerror=alert(1)>&w.n=11&w.t=NaN&w.on=yes&w.words=' + 'x'.repeat(21) + '&w.zap=1',
    );
    expect(state).toEqual({ mode: 'a', n: 3, t: 0.5, on: false, words: 'king' });
    expect(problems).toHaveLength(6);
    expect(problems.join(' ')).toContain('“zap”');
  });

  it('ignores other widgets’ parameters', () => {
    expect(readState('w', schema, '?v.n=1&wn=2').problems).toEqual([]);
  });

  it('rejects numbers in odd notations', () => {
    expect(int(0, 10, 0).parse('1e1')).toBeUndefined();
    expect(int(0, 10, 0).parse('0x5')).toBeUndefined();
    expect(num(0, 10, 0).parse('Infinity')).toBeUndefined();
    expect(num(0, 10, 0).parse('2.5')).toBe(2.5);
  });

  describe('after Back or Forward', () => {
    const current: S = { mode: 'b', n: 9, t: 0.5, on: false, words: 'king' };

    it('takes the state the URL it moved to says, defaults included', () => {
      const moved = stateAfterHistoryMove('w', schema, current, '?w.n=1&other=x');
      expect(moved).toEqual({ state: { mode: 'a', n: 1, t: 0.5, on: false, words: 'king' }, problems: [] });
    });

    it('keeps the very same state object when the URL says the same, so nothing is redone', () => {
      const moved = stateAfterHistoryMove('w', schema, current, '?w.mode=b&w.n=9');
      expect(moved.state).toBe(current);
    });

    it('validates as a fresh link does and reports what it rejected', () => {
      const moved = stateAfterHistoryMove('w', schema, current, '?w.n=99&w.mode=b');
      expect(moved.state).toEqual({ ...current, n: 3 });
      expect(moved.problems).toEqual([
        'The link’s value for “n” is not a whole number from 0 to 10; the default was used instead.',
      ]);
    });
  });
});
