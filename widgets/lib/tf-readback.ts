/** Reading tensors back in live-training figures, in a way that survives a lost WebGL context. */

export interface Readable {
  data(): Promise<unknown>;
  dispose(): void;
}

/**
 * The tensor's values, and the tensor disposed. It is listed in `reading` while the read is in
 * flight: if the context is lost the read may never settle, and the next generation disposes it.
 */
export async function readBack(t: Readable, reading: Set<Readable>): Promise<Float32Array> {
  reading.add(t);
  try {
    return (await t.data()) as Float32Array;
  } finally {
    reading.delete(t);
    disposeQuietly(t);
  }
}

/** A tensor or model that lived on a lost WebGL context may fail to dispose; its memory went with the context. */
export function disposeQuietly(t: { dispose(): void } | null): void {
  try {
    t?.dispose();
  } catch {
    // Nothing left to free.
  }
}

/** Give the page a turn between pieces of work. */
export const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));
