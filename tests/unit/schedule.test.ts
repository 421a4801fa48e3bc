/** The slicing helper, on a fake clock: each item advances it by a known cost. */
import { describe, expect, it } from 'vitest';
import { isAbort, runSliced } from '../../widgets/lib/schedule';

/** A clock that only the work moves, and a log of the items and the yields between them. */
function fake(costs: (i: number) => number) {
  let t = 0;
  const log: (number | 'yield')[] = [];
  return {
    log,
    now: () => t,
    yieldToPage: () => {
      log.push('yield');
      return Promise.resolve();
    },
    work: (x: number, i: number) => {
      log.push(i);
      t += costs(i);
      return x * x;
    },
  };
}

/** The items of each slice, from the log. */
const slices = (log: readonly (number | 'yield')[]) =>
  log
    .map(String)
    .join(' ')
    .split('yield')
    .map((s) => s.trim())
    .filter(Boolean);

describe('runSliced', () => {
  const items = Array.from({ length: 20 }, (_, i) => i + 1);

  it('returns what running every item at once returns', async () => {
    const f = fake(() => 7);
    const out = await runSliced(items, f.work, { now: f.now, yieldToPage: f.yieldToPage });
    expect(out).toEqual(items.map((x) => x * x));
  });

  it('yields between slices that stay within the budget', async () => {
    const f = fake(() => 10);
    await runSliced(items, f.work, { budgetMs: 40, now: f.now, yieldToPage: f.yieldToPage });
    // Four 10 ms items fill a 40 ms slice; the fifth would overrun it.
    expect(slices(f.log)).toEqual(['0 1 2 3', '4 5 6 7', '8 9 10 11', '12 13 14 15', '16 17 18 19']);
    expect(f.log.at(-1)).toBe(19); // no yield after the last slice
  });

  it('sizes slices by the slowest item seen, and gives a slow item a slice of its own', async () => {
    const f = fake((i) => (i === 2 ? 100 : 5));
    await runSliced(items.slice(0, 8), f.work, { budgetMs: 40, now: f.now, yieldToPage: f.yieldToPage });
    expect(slices(f.log)).toEqual(['0 1 2', '3', '4', '5', '6', '7']);
  });

  it('reports progress after each slice', async () => {
    const f = fake(() => 10);
    const seen: string[] = [];
    await runSliced(items.slice(0, 10), f.work, {
      budgetMs: 40,
      now: f.now,
      yieldToPage: f.yieldToPage,
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['4/10', '8/10', '10/10']);
  });

  it('stops at the next item once aborted, and rejects with an abort error', async () => {
    const f = fake(() => 10);
    const controller = new AbortController();
    const run = runSliced(items, f.work, {
      budgetMs: 40,
      now: f.now,
      yieldToPage: f.yieldToPage,
      onProgress: (done) => {
        if (done >= 8) controller.abort();
      },
      signal: controller.signal,
    });
    const error = await run.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(f.log.filter((x) => x !== 'yield')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('does nothing when already aborted, and can yield before its first slice', async () => {
    const f = fake(() => 1);
    const controller = new AbortController();
    controller.abort();
    await expect(runSliced(items, f.work, { signal: controller.signal, now: f.now })).rejects.toSatisfy(isAbort);
    expect(f.log).toEqual([]);
    await runSliced([1], f.work, { yieldFirst: true, now: f.now, yieldToPage: f.yieldToPage });
    expect(f.log).toEqual(['yield', 0]);
  });

  it('awaits asynchronous work in order', async () => {
    const f = fake(() => 10);
    const out = await runSliced(items.slice(0, 5), async (x, i) => Promise.resolve(f.work(x, i) + 1), {
      now: f.now,
      yieldToPage: f.yieldToPage,
    });
    expect(out).toEqual([2, 5, 10, 17, 26]);
  });
});
