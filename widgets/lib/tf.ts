/**
 * TensorFlow.js for the widgets: loaded on demand, once per page, shared by
 * every widget on it. Only core, layers and the two browser backends are
 * bundled (not the whole @tensorflow/tfjs umbrella package).
 *
 * Backend: WebGL when it initialises and computes correctly, otherwise CPU.
 * If the WebGL context is lost while the page is open, the runtime switches to
 * CPU and tells subscribers, who reload what lived on the GPU (models).
 * `?backend=cpu` in the page URL forces the CPU backend.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';

export type BackendName = 'webgl' | 'cpu';

export interface TfRuntime {
  tf: typeof TfCore;
  layers: typeof TfLayers;
  backend: BackendName;
  /** Why the runtime is not on WebGL, if it is not. */
  fallbackReason: string | null;
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
    import('@tensorflow/tfjs-backend-cpu'),
    import('@tensorflow/tfjs-backend-webgl'),
  ]);
  const rt: TfRuntime = { tf, layers, backend: 'cpu', fallbackReason: null };
  const forced = new URLSearchParams(window.location.search).get('backend');
  if (forced === 'cpu') {
    rt.fallbackReason = 'CPU was requested in the page address.';
  } else if (await tryWebgl(tf)) {
    rt.backend = 'webgl';
    watchContext(tf, rt);
  } else {
    rt.fallbackReason = 'WebGL is not available in this browser.';
  }
  if (rt.backend === 'cpu') await tf.setBackend('cpu');
  await tf.ready();
  return rt;
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
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } };
  const canvas = backend.gpgpu?.gl?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    void switchToCpu(tf, rt, 'The WebGL context was lost; the figure carried on with the CPU backend.');
  });
}

async function switchToCpu(tf: typeof TfCore, rt: TfRuntime, reason: string): Promise<void> {
  if (rt.backend === 'cpu') return;
  await tf.setBackend('cpu');
  await tf.ready();
  try {
    tf.removeBackend('webgl'); // the old context cannot come back; free what it held
  } catch {
    // Already gone.
  }
  rt.backend = 'cpu';
  rt.fallbackReason = reason;
  for (const listener of listeners) listener(rt);
}
