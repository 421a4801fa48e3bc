import { describe, expect, it } from 'vitest';
import { jobLanes } from '~/lib/job-lanes';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('jobLanes', () => {
  it('runs one generation’s jobs one after another, in order, even when one fails', async () => {
    const seen: string[] = [];
    const lanes = jobLanes(0);
    const slow = lanes.enqueue(0, async () => {
      seen.push('a start');
      await tick();
      await tick();
      seen.push('a end');
      return 1;
    });
    const failing = lanes.enqueue(0, async () => {
      seen.push('b');
      throw new Error('b failed');
    });
    const last = lanes.enqueue(0, async () => {
      seen.push('c');
      return 3;
    });
    expect(lanes.pending).toBe(3);
    await expect(slow).resolves.toBe(1);
    await expect(failing).rejects.toThrow('b failed');
    await expect(last).resolves.toBe(3);
    expect(seen).toEqual(['a start', 'a end', 'b', 'c']);
    await tick();
    expect(lanes.pending).toBe(0);
  });

  it('a new generation does not wait behind a job of the old one that never settles', async () => {
    const counts: number[] = [];
    const lanes = jobLanes(0, (n) => counts.push(n));
    void lanes.enqueue(0, () => new Promise<never>(() => undefined)); // a read on a lost context
    const stuck = lanes.enqueue(0, async () => 'never');
    let stuckRan = false;
    void stuck.then(() => (stuckRan = true));
    await expect(lanes.enqueue(1, async () => 'rebuilt')).resolves.toBe('rebuilt');
    await tick();
    expect(stuckRan).toBe(false);
    // The old lane's two jobs were heard, then only the new lane's: one queued, then done.
    expect(counts).toEqual([1, 2, 1, 0]);
    expect(lanes.pending).toBe(0);
  });
});
