/**
 * One queue of TF.js jobs per backend generation, for figures that train live.
 * Jobs of one generation run one after another, so a reset never disposes a
 * model mid-step. A read in flight when the WebGL context is lost may never
 * settle, and the model rebuilt on the CPU must not wait behind it: a job of a
 * newer generation opens a new lane and leaves the old one (and whatever hangs
 * in it) behind. `pending` counts the current lane's jobs, queued or running.
 */
export interface JobLanes {
  /** Run `job` after the jobs already queued in `generation`'s lane; its promise settles as the job does. */
  enqueue<T>(generation: number, job: () => Promise<T>): Promise<T>;
  /** Jobs queued or running in the current (newest) lane. */
  readonly pending: number;
}

interface Lane {
  generation: number;
  tail: Promise<unknown>;
  jobs: number;
}

/** `onPending` hears the current lane's count whenever it changes (a lane left behind is not heard). */
export function jobLanes(generation: number, onPending: (pending: number) => void = () => undefined): JobLanes {
  let lane: Lane = { generation, tail: Promise.resolve(), jobs: 0 };
  return {
    enqueue<T>(gen: number, job: () => Promise<T>): Promise<T> {
      if (lane.generation !== gen) lane = { generation: gen, tail: Promise.resolve(), jobs: 0 };
      const mine = lane;
      mine.jobs++;
      onPending(mine.jobs);
      const next = mine.tail.then(job);
      mine.tail = next
        .catch(() => undefined)
        .finally(() => {
          mine.jobs--;
          if (lane === mine) onPending(mine.jobs);
        });
      return next;
    },
    get pending() {
      return lane.jobs;
    },
  };
}
