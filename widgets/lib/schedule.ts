/**
 * Work that cannot fit in a frame, run in slices that give the page back
 * between them: each slice runs items until the next one would take it past
 * its time budget (judged by the slowest item seen so far), then yields, so
 * input, scrolling and painting are never held up for long. An AbortSignal
 * stops the work between items, which is how a new input cancels stale work.
 */

/** A slice's time budget: under the 50 ms at which the browser counts a task as long. */
export const SLICE_MS = 40;

export interface SliceOptions {
  /** Aborting stops the work before its next item; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time budget of one slice, in ms. */
  budgetMs?: number;
  /** Called after each slice with the number of items done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Yield before the first slice too, so the caller's own task ends first. */
  yieldFirst?: boolean;
  /** The clock and the yield; tests replace them. */
  now?: () => number;
  yieldToPage?: () => Promise<void>;
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Give the page a turn: `scheduler.yield()` where the browser has it (the work
 * resumes ahead of other queued tasks), else a message round-trip, which,
 * unlike `setTimeout(0)`, is not clamped to 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether an error is the rejection of aborted work. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? Object.assign(new Error('The work was cancelled.'), { name: 'AbortError' });
}

/**
 * `work` on every item, in order, in time-boxed slices; resolves with the
 * results in item order, the same as `items.map(work)` run all at once.
 * A slice always runs at least one item, so an item slower than the budget
 * makes a slice of its own.
 */
export async function runSliced<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => R | Promise<R>,
  options: SliceOptions = {},
): Promise<R[]> {
  const { signal, budgetMs = SLICE_MS, onProgress, yieldFirst = false } = options;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToPage ?? yieldToPage;
  const out: R[] = [];
  let slowest = 0;
  const check = () => {
    if (signal?.aborted) throw abortReason(signal);
  };
  check();
  if (yieldFirst && items.length > 0) {
    await pause();
    check();
  }
  let i = 0;
  while (i < items.length) {
    const start = now();
    do {
      const t0 = now();
      out.push(await work(items[i] as T, i));
      slowest = Math.max(slowest, now() - t0);
      i++;
      check();
    } while (i < items.length && now() - start + slowest <= budgetMs);
    onProgress?.(i, items.length);
    if (i < items.length) {
      await pause();
      check();
    }
  }
  return out;
}
