/**
 * Every speed and size budget of the book, as data: `npm run bench` prints each
 * measure against its budget, and the size budgets also fail `npm test`
 * (tests/e2e/budget.spec.ts, tests/models/cards.test.ts, tests/models/embeddings.test.ts,
 * tests/data/manifest.test.ts).
 * Timings are printed, never asserted in tests.
 */

const KB = 1024;

export interface Budget {
  /** What is measured, as the bench's table prints it. */
  readonly label: string;
  readonly max: number;
  readonly unit: 'bytes' | 'ms' | 's';
}

export const BUDGETS = {
  /** Gzipped JavaScript of a page without figures, Pagefind's UI included. */
  pageJs: { label: 'page without figures: gzipped JS', max: 35 * KB, unit: 'bytes' },
  /** A figure's own island code, gzipped, without TF.js, Plot and code shared with other figures. */
  figureJs: { label: "figure's own code: gzipped JS", max: 15 * KB, unit: 'bytes' },
  /** Every TF.js chunk (core, layers, both backends with the book's kernels), gzipped: 181 KB when the kernels were cut. */
  tfJs: { label: 'TF.js: gzipped JS', max: 190 * KB, unit: 'bytes' },
  /** Each MNIST model's files, gzipped. */
  model: { label: 'model: gzipped bytes', max: 450 * KB, unit: 'bytes' },
  /** The word vectors and word list, gzipped (decimal megabytes, as first written). */
  embeddings: { label: 'embeddings: gzipped bytes', max: 5_000_000, unit: 'bytes' },
  /** The 9,000 training digits and labels the few-labels figure downloads on Start, gzipped (decimal megabytes). */
  trainDigits: { label: 'training digits: gzipped bytes', max: 1_500_000, unit: 'bytes' },
  /** From scrolling a figure into view to its first result. */
  ready: { label: 'figure ready after scrolling into view', max: 1000, unit: 'ms' },
  /** One update of a figure during a drag or slider move. */
  frameP95: { label: 'frame update p95', max: 16, unit: 'ms' },
  /** One query of an embeddings figure. */
  queryP95: { label: 'query p95', max: 30, unit: 'ms' },
  /** The longest main-thread task while a figure does work that cannot fit in a frame (map tiles, scoring, WEAT). */
  sliceMax: { label: 'longest main-thread task during heavy work', max: 50, unit: 'ms' },
  /** Training the few-labels figure's probe on 100 labels of pixels, from the press of Train to the accuracy (data cached). */
  probe100: { label: 'probe on 100 labels: press to accuracy', max: 2000, unit: 'ms' },
  /** Long-task blocking (duration − 50 ms, summed) on a chapter page before any figure runs, at 4× CPU slowdown. */
  blocking: { label: 'main-thread blocking at 4× CPU slowdown', max: 200, unit: 'ms' },
  /** `astro build`, from nothing cached in dist/. */
  build: { label: 'full build', max: 90, unit: 's' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

/** The CPU slowdown of the blocking measure (Emulation.setCPUThrottlingRate). */
export const CPU_SLOWDOWN = 4;
/** A long task blocks the main thread for its duration beyond this. */
export const LONG_TASK_MS = 50;

/**
 * A budget, which one run may lower (never raise) to show that its gate fails:
 * BUDGET_FIGUREJS=1000 npx playwright test tests/e2e/budget.spec.ts
 */
export function budget(name: BudgetName): number {
  const lowered = Number(process.env[`BUDGET_${name.toUpperCase()}`]);
  return Number.isFinite(lowered) && lowered > 0 ? Math.min(lowered, BUDGETS[name].max) : BUDGETS[name].max;
}
