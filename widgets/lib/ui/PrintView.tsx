import { qrPath, stateInWords } from './print-view';
import type { QrCodeGenerateResult } from 'uqr';

/**
 * Shown only in print (src/styles/figure-menu.css): the view's values in words, its link as
 * text and as a QR code, so a handout leads back to the same view of the figure.
 */
export function PrintView({ id, link, qr }: { id: string; link: string; qr: QrCodeGenerateResult | null }) {
  if (!link) return null;
  const state = stateInWords(id, link);
  return (
    <div class="figure-print">
      {qr && (
        <svg
          class="figure-print-qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label="QR code of the link to this view"
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#ffffff" />
          <path d={qrPath(qr.data)} fill="#000000" />
        </svg>
      )}
      <div>
        <p>
          {state.length === 0
            ? 'This view is the figure as it opens.'
            : `This view: ${state.map(([k, v]) => `${k} = ${v}`).join('; ')}.`}
        </p>
        <p>
          Open it at <span class="figure-print-link">{link}</span>
        </p>
      </div>
    </div>
  );
}
