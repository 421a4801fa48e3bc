/**
 * TensorFlow.js for the widgets: loaded on demand, once per page, shared by
 * every widget on it. Only core, layers and the two browser backends are
 * bundled (not the whole @tensorflow/tfjs umbrella package), and each backend
 * with only the kernels the figures run (./tf-kernels.ts).
 *
 * Backend: chosen per workload by ./backend-policy.ts (interactive work on the
 * CPU; batched work on WebGL only on a hardware GPU; `?backend=cpu` or
 * `?backend=webgl` in the page URL forces one for everything). TF.js has one
 * global backend: it is the interactive one (the page default), so models and
 * per-frame code need nothing; batched work runs inside `rt.run('batched', fn)`,
 * which switches the engine synchronously for `fn` and back, so no `await` can
 * interleave another figure's compute with it. Tensors `fn` creates live on its
 * backend; reading them (`await t.data()`) works from anywhere, and a tensor
 * used on the other backend is moved there by TF.js once (correct, only slower).
 * If the WebGL context is lost, everything runs on the CPU and subscribers
 * reload what lived on the GPU.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import {
  chooseBackend,
  classifyWebgl,
  forcedBackend,
  webglNeeded,
  type BackendChoice,
  type BackendEnvironment,
  type BackendName,
  type Workload,
  type WorkloadKind,
} from './backend-policy';

export type { BackendName } from './backend-policy';

export interface TfRuntime {
  tf: typeof TfCore;
  layers: typeof TfLayers;
  /** The page default: where models and interactive work run. */
  backend: BackendName;
  env: BackendEnvironment;
  /** Where a workload runs, and why. */
  choose(workload: Workload | WorkloadKind): BackendChoice;
  /** Run synchronous compute on the workload's backend (tensors it creates live there). */
  run<T>(workload: Workload | WorkloadKind, fn: () => T): T;
}

type Listener = (rt: TfRuntime) => void;

let runtime: Promise<TfRuntime> | null = null;
const listeners = new Set<Listener>();

export function loadTf(): Promise<TfRuntime> {
  runtime ??= init().catch((err: unknown) => {
    runtime = null; // let a Retry start over
    throw err;
  });
  return runtime;
}

/** Called with the new runtime whenever the backend changes (e.g. WebGL context lost). */
export function onBackendChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function init(): Promise<TfRuntime> {
  const [tf, layers] = await Promise.all([
    import('@tensorflow/tfjs-core'),
    import('@tensorflow/tfjs-layers'),
    import('./tf-kernels-cpu'),
  ]);
  const probe = probeWebgl();
  let env: BackendEnvironment = { forced: forcedBackend(window.location.search), webgl: probe };
  // The WebGL backend's code is downloaded only where some work could run on it:
  // a reader on a software WebGL (or none) never fetches it.
  if (webglNeeded(env) && !(await import('./tf-kernels-webgl').then(() => tryWebgl(tf)))) env = { ...env, webgl: 'none' };
  const rt = makeRuntime(tf, layers, env);
  await tf.setBackend(rt.backend);
  await tf.ready();
  if (env.webgl !== 'none' && tf.engine().registry['webgl']) watchContext(tf, rt);
  return rt;
}

function makeRuntime(tf: typeof TfCore, layers: typeof TfLayers, env: BackendEnvironment): TfRuntime {
  const asWorkload = (w: Workload | WorkloadKind): Workload => (typeof w === 'string' ? { kind: w } : w);
  const rt: TfRuntime = {
    tf,
    layers,
    env,
    backend: chooseBackend({ kind: 'interactive' }, env).backend,
    choose: (w) => chooseBackend(asWorkload(w), rt.env),
    run: (w, fn) => {
      const want = rt.choose(w).backend;
      const previous = tf.getBackend();
      // setBackend is synchronous for a backend that is already initialised.
      if (want !== previous) void tf.setBackend(want);
      try {
        return fn();
      } finally {
        if (want !== previous) void tf.setBackend(previous);
      }
    },
  };
  return rt;
}

/**
 * What this browser's WebGL is, from a throwaway context (so a software
 * renderer is recognised without starting TF.js's WebGL backend on it).
 */
function probeWebgl(): 'hardware' | 'software' | 'none' {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    const strict = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    strict?.getExtension('WEBGL_lose_context')?.loseContext();
    return classifyWebgl(renderer, strict !== null);
  } catch {
    return 'none';
  }
}

async function tryWebgl(tf: typeof TfCore): Promise<boolean> {
  try {
    if (!(await tf.setBackend('webgl'))) return false;
    // Some drivers initialise but compute garbage; check one small product.
    const got = tf.tidy(() => tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([1, 0, 0, 1], [2, 2])));
    const data = await got.data();
    got.dispose();
    return data[0] === 1 && data[3] === 4;
  } catch {
    return false;
  }
}

function watchContext(tf: typeof TfCore, rt: TfRuntime): void {
  const backend = tf.engine().registry['webgl'] as unknown as { gpgpu?: { gl?: WebGLRenderingContext } } | undefined;
  const canvas = backend?.gpgpu?.gl?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    void switchToCpu(tf, rt);
  });
}

async function switchToCpu(tf: typeof TfCore, rt: TfRuntime): Promise<void> {
  if (rt.env.webgl === 'lost') return;
  rt.env = { ...rt.env, webgl: 'lost' };
  rt.backend = 'cpu';
  await tf.setBackend('cpu');
  await tf.ready();
  // The WebGL backend stays registered: tensors still on it (a model of the old
  // generation, work in flight) must be disposable, and on a lost context its GL
  // calls do nothing. Removing it would make every such dispose throw.
  for (const listener of listeners) listener(rt);
}
