/**
 * Draws the latent map into a canvas: decoded tiles (cached per zoom, only
 * the missing ones decoded, in one batch), then the overlays. One call per
 * animation frame; it reports how long it took.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { paintDigit } from '../lib/digits/paint';
import type { Decoder } from '../lib/models/roles';
import { percent } from '../lib/format';
import {
  CANVAS_PX,
  CLASS_COLOURS,
  CONTOUR_LABEL_ANGLES,
  CONTOUR_MASSES,
  TILE_PX,
  massRadius,
  toCanvas,
  visibleTiles,
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

export class MapRenderer {
  private cache = new Map<string, ImageData>();
  private cacheZoom = NaN;

  constructor(
    private readonly tfc: typeof tf,
    private readonly decoder: Decoder,
    private readonly codes: Codes,
  ) {}

  /** Draw the view; returns the time taken and how many tiles had to be decoded. */
  draw(canvas: HTMLCanvasElement, view: View, overlays: Overlays): { ms: number; decoded: number } {
    const t0 = performance.now();
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ms: 0, decoded: 0 };
    if (view.zoom !== this.cacheZoom || this.cache.size > MAX_CACHED) {
      this.cache.clear();
      this.cacheZoom = view.zoom;
    }
    const tiles = visibleTiles(view);
    const missing = tiles.filter((t) => !this.cache.has(`${t.i},${t.j}`));
    if (missing.length > 0) {
      // Pad the batch to a power of two: WebGL compiles a program per input shape, and a handful of shapes
      // keeps every drag after the first on already-compiled programs.
      const rows = Math.max(16, 2 ** Math.ceil(Math.log2(missing.length)));
      const z = new Float32Array(rows * 2);
      missing.forEach((t, k) => {
        z[2 * k] = t.zx;
        z[2 * k + 1] = t.zy;
      });
      const out = this.tfc.tidy(() => this.decoder.decode(this.tfc.tensor2d(z, [rows, 2])));
      const pixels = out.dataSync();
      out.dispose();
      missing.forEach((t, k) => {
        const img = ctx.createImageData(TILE_PX, TILE_PX);
        paintDigit(img, pixels, k, 0, 0);
        this.cache.set(`${t.i},${t.j}`, img);
      });
    }
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, CANVAS_PX, CANVAS_PX);
    for (const t of tiles) {
      const img = this.cache.get(`${t.i},${t.j}`);
      if (img) ctx.putImageData(img, t.px, t.py);
    }
    if (overlays.contours) this.drawContours(ctx, view);
    if (overlays.dots) this.drawDots(ctx, view);
    return { ms: performance.now() - t0, decoded: missing.length };
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
