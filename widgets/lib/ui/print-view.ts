/**
 * What a printed figure says about its view: the state's values in words, read from the
 * figure's link, and a QR code of that link. The QR encoder (uqr) is loaded only when a
 * figure may be printed: at idle after a figure mounts, when its menu opens, or on Print.
 */
import type { QrCodeGenerateResult } from 'uqr';

/** The figure's parameters in the link, without the `id.` prefix, in the link's order. */
export function stateInWords(id: string, href: string): [string, string][] {
  const prefix = `${id}.`;
  let params: URLSearchParams;
  try {
    params = new URL(href, 'http://book.invalid/').searchParams;
  } catch {
    return [];
  }
  return [...params].filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]);
}

/** One SVG path ("M x y h 1 v 1 h -1 z" per dark module) for a QR matrix, with a quiet zone. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

type Encode = (text: string) => QrCodeGenerateResult;
let encoder: Encode | null = null;
let loading: Promise<Encode> | null = null;

/** The encoder, loading it once per page; resolves at once when loaded. */
export function loadQr(): Promise<Encode> {
  loading ??= import('uqr').then((m) => {
    // Level M survives a smudged or creased handout (15 % of the modules); a border of 4 modules is the standard quiet zone.
    encoder = (text) => m.encode(text, { ecc: 'M', border: 4 });
    return encoder;
  });
  return loading;
}

/** The QR code of `text` if the encoder is already loaded (print layout cannot wait for it). */
export function qrNow(text: string): QrCodeGenerateResult | null {
  return encoder ? encoder(text) : null;
}
