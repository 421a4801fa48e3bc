/**
 * The held-out digits' codes and labels as the build hands them to an island:
 * float32 codes as base64 (exact, and a few kilobytes), labels as a string of
 * digits. Computed once per build (lib/node/outputs) whichever figures use them.
 */
export interface PackedCodes {
  /** Base64 of the row-major float32 codes. */
  codes: string;
  /** One character per digit, its class. */
  labels: string;
}

export function packCodes(codes: Float32Array): string {
  const bytes = new Uint8Array(codes.buffer, codes.byteOffset, codes.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number);
  return btoa(s);
}

export function unpackCodes(packed: string): Float32Array {
  const s = atob(packed);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

export function packLabels(labels: ArrayLike<number>): string {
  return Array.from(labels, (l) => String(l)).join('');
}

export function unpackLabels(packed: string): Uint8Array {
  return Uint8Array.from(packed, (c) => c.charCodeAt(0) - 48);
}
