/**
 * Which TensorFlow.js backend a piece of work runs on: a pure function of the
 * work's kind and what the browser offers, so it is tested without a browser.
 *
 * Measured with `npm run bench` in headless Chromium, whose WebGL is
 * SwiftShader (what a reader without a usable GPU gets), WebGL against the CPU
 * backend on a quiet 2-core machine: the 4.3 drag p95 45–65 ms against 9–12 ms
 * (about 5×), 4.2's ready time 5.6 s against 1.5 s (3–4×), a neighbours query
 * over the 40k-word matrix 92–120 ms against 23–36 ms (3–4×), and scoring 1,500
 * images in 5.2 2.9 s against 3.0 s (no gain). So interactive work (small
 * dense models, one or a few inputs per frame or click) always runs on the CPU
 * backend, and batched work (large products a GPU can win) runs on WebGL only
 * when the renderer is real hardware: a software WebGL loses on every figure.
 */
export type BackendName = 'webgl' | 'cpu';

/**
 * `interactive`: per frame or per click on one or a few inputs (a decoder
 * during a drag, one reconstruction, a flow step, one query).
 * `batched`: large batched work (scoring 1,500 images, a batch of map tiles,
 * a product with the whole embedding matrix).
 */
export type WorkloadKind = 'interactive' | 'batched';

export interface Workload {
  readonly kind: WorkloadKind;
  /** A figure's own preference, over the kind's default (the page address still wins). */
  readonly prefer?: BackendName;
}

/** What the browser's WebGL is: a GPU, a software renderer, absent, or lost while the page was open. */
export type WebglSupport = 'hardware' | 'software' | 'none' | 'lost';

export interface BackendEnvironment {
  /** `?backend=cpu` or `?backend=webgl` in the page address. */
  readonly forced: BackendName | null;
  readonly webgl: WebglSupport;
}

export interface BackendChoice {
  readonly backend: BackendName;
  /** Why, in a few words, for the badge's description. */
  readonly reason: string;
}

export const REASONS = {
  forced: 'forced by the page address',
  unavailable: 'WebGL unavailable',
  lost: 'WebGL context lost',
  small: 'small model: faster on the CPU here',
  software: 'software WebGL: slower than the CPU',
  batch: 'large batch: faster on the GPU',
  preferred: 'the figure asks for it',
} as const;

/** Renderer strings of software WebGL implementations (Chromium's SwiftShader, Mesa's llvmpipe, Windows' WARP…). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft basic|mesa offscreen/i;

/**
 * Classify a WebGL context from its unmasked renderer string (null when the
 * browser hides it) and whether it could be created with
 * `failIfMajorPerformanceCaveat` (browsers refuse that for software rendering).
 */
export function classifyWebgl(renderer: string | null, withoutCaveat: boolean): 'hardware' | 'software' {
  if (renderer && SOFTWARE_RENDERER.test(renderer)) return 'software';
  return withoutCaveat ? 'hardware' : 'software';
}

/** Read `?backend=` from a page's query string; anything but the two names is ignored. */
export function forcedBackend(search: string): BackendName | null {
  const value = new URLSearchParams(search).get('backend');
  return value === 'cpu' || value === 'webgl' ? value : null;
}

export function chooseBackend(workload: Workload, env: BackendEnvironment): BackendChoice {
  const usable = env.webgl === 'hardware' || env.webgl === 'software';
  const noWebgl = (): BackendChoice => ({ backend: 'cpu', reason: env.webgl === 'lost' ? REASONS.lost : REASONS.unavailable });
  if (env.forced === 'cpu') return { backend: 'cpu', reason: REASONS.forced };
  if (env.forced === 'webgl') return usable ? { backend: 'webgl', reason: REASONS.forced } : noWebgl();
  if (workload.prefer === 'cpu') return { backend: 'cpu', reason: REASONS.preferred };
  if (!usable) return noWebgl();
  if (workload.prefer === 'webgl') {
    // A software WebGL is never initialised (see webglNeeded): it loses even where a figure would like a GPU.
    return env.webgl === 'hardware'
      ? { backend: 'webgl', reason: REASONS.preferred }
      : { backend: 'cpu', reason: REASONS.software };
  }
  if (workload.kind === 'interactive') return { backend: 'cpu', reason: REASONS.small };
  return env.webgl === 'hardware' ? { backend: 'webgl', reason: REASONS.batch } : { backend: 'cpu', reason: REASONS.software };
}

/** The backends a page needs initialised: the CPU always; WebGL when some workload could choose it. */
export function webglNeeded(env: BackendEnvironment): boolean {
  if (env.forced === 'cpu') return false;
  return env.forced === 'webgl' || env.webgl === 'hardware';
}
