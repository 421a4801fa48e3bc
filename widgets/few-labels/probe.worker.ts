/** Trains one probe off the main thread (a count of thousands of labels on pixels takes a minute), posting its progress. */
import type { ProbeData } from '../lib/ssl/probe';
import { probeAccuracy } from './core';

export interface ProbeRequest {
  train: ProbeData;
  held: ProbeData;
}

// The project's types are the DOM's; a worker's global scope needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ProbeRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { train, held } = event.data;
  const accuracy = probeAccuracy(train, held, (done, total) => scope.postMessage({ progress: { done, total } }));
  scope.postMessage({ accuracy });
};
