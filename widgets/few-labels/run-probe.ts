/**
 * One probe's training and held-out accuracy, off the main thread in a worker; where no
 * worker starts, on the main thread a few iterations per slice (`runSliced`), so the page
 * is never held for long. Both run the same core, so they give the same number.
 */
import { runSliced } from '../lib/schedule';
import { PROBE_SETTINGS, accuracy, probeTrainer, type ProbeData } from '../lib/ssl/probe';
import type { ProbeRequest } from './probe.worker';

export type Progress = (done: number, total: number) => void;

function inWorker(worker: Worker, request: ProbeRequest, signal: AbortSignal, onProgress: Progress): Promise<number> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(Object.assign(new Error('The probe was cancelled.'), { name: 'AbortError' }));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<{ accuracy?: number; progress?: { done: number; total: number } }>) => {
      const { accuracy: acc, progress } = e.data;
      if (progress) onProgress(progress.done, progress.total);
      if (acc !== undefined) {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        resolve(acc);
      }
    };
    worker.onerror = (e) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message || 'the probe worker failed'));
    };
    worker.postMessage(request);
  });
}

async function sliced(train: ProbeData, held: ProbeData, signal: AbortSignal, onProgress: Progress): Promise<number> {
  const trainer = probeTrainer(train, PROBE_SETTINGS);
  const steps = Array.from({ length: PROBE_SETTINGS.iterations }, (_, i) => i);
  await runSliced(steps, () => trainer.step(1), {
    signal,
    yieldFirst: true,
    onProgress: (done) => onProgress(done, PROBE_SETTINGS.iterations),
  });
  return accuracy(trainer.probe(), held);
}

export function runProbe(train: ProbeData, held: ProbeData, signal: AbortSignal, onProgress: Progress): Promise<number> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./probe.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker ? inWorker(worker, { train, held }, signal, onProgress) : sliced(train, held, signal, onProgress);
}
