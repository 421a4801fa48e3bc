/**
 * Draws the latent map into a canvas from the tiles decoded so far (cached per
 * zoom), then the overlays: one call per animation frame, which never waits for
 * the decoder. The tiles a view still lacks are decoded apart from the frame,
 * a batch per step in time-boxed slices (widgets/lib/schedule.ts), nearest the
 * centre first, and a newer view's request cancels an older one.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { paintDigit } from '../lib/digits/paint';
import type { Decoder } from '../lib/models/roles';
import { percent } from '../lib/format';
import { runSliced } from '../lib/schedule';
import {
  CANVAS_PX,
  CLASS_COLOURS,
  CONTOUR_LABEL_ANGLES,
  CONTOUR_MASSES,
  TILE_PX,
  massRadius,
  toCanvas,
  visibleTiles,
  type Tile,
  type View,
} from './core';

export interface Codes {
  /** Posterior means, row-major n × 2. */
  means: Float32Array;
  labels: Uint8Array;
}

export interface Overlays {
  dots: boolean;
  contours: boolean;
}

const MAX_CACHED = 5000;
/**
 * Tiles per decoder call. WebGL compiles a program per input shape, so every
 * batch is padded to this one shape, which is about one new row or column of
 * the view.
 */
export const TILE_BATCH = 16;

const key = (t: Tile) => `${t.i},${t.j}`;

export class MapRenderer {
  private cache = new Map<string, ImageData>();
  private cacheZoom = NaN;
  /** Tiles decoded at the current zoom, all told. */
  decodedCount = 0;

  constructor(
    private readonly tfc: typeof tf,
    private readonly decoder: Decoder,
    private readonly codes: Codes,
  ) {}

  /** Draw the view from the tiles decoded so far; returns the time taken and the visible tiles still to decode. */
  draw(canvas: HTMLCanvasElement, view: View, overlays: Overlays): { ms: number; missing: Tile[] } {
    const t0 = performance.now();
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ms: 0, missing: [] };
    if (view.zoom !== this.cacheZoom || this.cache.size > MAX_CACHED) {
      this.cache.clear();
      this.cacheZoom = view.zoom;
      this.decodedCount = 0;
    }
    const tiles = visibleTiles(view);
    const missing: Tile[] = [];
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, CANVAS_PX, CANVAS_PX);
    for (const t of tiles) {
      const img = this.cache.get(key(t));
      if (img) ctx.putImageData(img, t.px, t.py);
      else missing.push(t);
    }
    if (overlays.contours) this.drawContours(ctx, view);
    if (overlays.dots) this.drawDots(ctx, view);
    // Nearest the centre first: where the reader is looking.
    const c = CANVAS_PX / 2 - TILE_PX / 2;
    missing.sort((a, b) => Math.hypot(a.px - c, a.py - c) - Math.hypot(b.px - c, b.py - c));
    return { ms: performance.now() - t0, missing };
  }

  /**
   * Decode `tiles` of the view at `zoom` into the cache, in batches run in slices;
   * `onBatch` after each slice (to redraw). Rejects with an AbortError when `signal` aborts.
   */
  async decode(tiles: readonly Tile[], zoom: number, signal: AbortSignal, onBatch: () => void): Promise<void> {
    const batches: Tile[][] = [];
    for (let k = 0; k < tiles.length; k += TILE_BATCH) batches.push(tiles.slice(k, k + TILE_BATCH));
    await runSliced(
      batches,
      async (batch) => {
        // A zoom since the request leaves these tiles out of view; a redraw may have found some already decoded.
        if (zoom !== this.cacheZoom) return;
        const todo = batch.filter((t) => !this.cache.has(key(t)));
        if (todo.length === 0) return;
        const z = new Float32Array(TILE_BATCH * 2);
        todo.forEach((t, k) => {
          z[2 * k] = t.zx;
          z[2 * k + 1] = t.zy;
        });
        const out = this.tfc.tidy(() => this.decoder.decode(this.tfc.tensor2d(z, [TILE_BATCH, 2])));
        let pixels: ArrayLike<number>;
        try {
          pixels = await out.data();
        } finally {
          out.dispose();
        }
        if (zoom !== this.cacheZoom) return;
        todo.forEach((t, k) => {
          const img = new ImageData(TILE_PX, TILE_PX);
          paintDigit(img, pixels, k, 0, 0);
          this.cache.set(key(t), img);
        });
        this.decodedCount += todo.length;
      },
      { signal, onProgress: onBatch, yieldFirst: true },
    );
  }

  private drawContours(ctx: CanvasRenderingContext2D, view: View): void {
    const [ox, oy] = toCanvas(view, 0, 0);
    const [ux] = toCanvas(view, 1, 0);
    const unit = ux - ox;
    ctx.save();
    ctx.strokeStyle = '#ffd34d';
    ctx.fillStyle = '#ffd34d';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.font = '11px system-ui, sans-serif';
    CONTOUR_MASSES.forEach((p, k) => {
      const r = massRadius(p) * unit;
      const angle = CONTOUR_LABEL_ANGLES[k] ?? 0;
      ctx.beginPath();
      ctx.arc(ox, oy, r, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.fillText(percent(p), ox + r * Math.cos(angle) + 3, oy - r * Math.sin(angle) - 3);
    });
    ctx.restore();
  }

  private drawDots(ctx: CanvasRenderingContext2D, view: View): void {
    const { means, labels } = this.codes;
    ctx.save();
    ctx.lineWidth = 0.75;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.7)';
    for (let k = 0; k < labels.length; k++) {
      const [x, y] = toCanvas(view, means[2 * k] ?? 0, means[2 * k + 1] ?? 0);
      if (x < -4 || y < -4 || x > CANVAS_PX + 4 || y > CANVAS_PX + 4) continue;
      ctx.fillStyle = CLASS_COLOURS[labels[k] ?? 0] ?? '#fff';
      ctx.beginPath();
      ctx.arc(x, y, 2.6, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
    ctx.restore();
  }
}
