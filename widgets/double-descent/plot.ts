/** The two charts, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { P_MAX, errorsAt, target, type CurvePoint, type Data } from './core';

/** The fit chart's vertical range: fits near the threshold leave it, and are clipped. */
const Y_RANGE = 2.5;
/** Errors below this are drawn on it: an interpolating fit's training error is zero to rounding. */
export const ERROR_FLOOR = 1e-4;
const CURVE_SAMPLES = 301;
/** A fit far outside the chart, kept within twice its range so the clipped line stays a line. */
export const clampFit = (v: number) => Math.max(-2 * Y_RANGE, Math.min(2 * Y_RANGE, v));
/** The classes of the fit chart's fitted line and data points, which `placeFit` moves. */
export const FIT_LINE_CLASS = 'dd-fit-line';
export const POINTS_CLASS = 'dd-points';
/** Where the fit chart draws the fitted function: about two pixels apart at the widest. */
export const FIT_XS: readonly number[] = Array.from({ length: CURVE_SAMPLES }, (_, i) => -1 + (2 * i) / (CURVE_SAMPLES - 1));
/** Colours readable on both themes' backgrounds. */
const FIT = '#e8590c';
const TRAIN = '#4e79a7';

const size = (width: number) => {
  const w = Math.max(280, Math.min(width, 640));
  return { width: w, height: Math.max(220, Math.round(w * 0.5)) };
};

/**
 * The data, the target (dashed) and the fitted function, given by its values
 * at FIT_XS (y or fitted null: the dots or the line flat at 0, for a caller
 * that moves them with placeFit before the chart is painted).
 */
export function fitChart(d: Data, y: ArrayLike<number> | null, fitted: ArrayLike<number> | null, width = 480): Plot.PlotOptions {
  const curve = FIT_XS.map((x, i) => ({
    x,
    f: target(x),
    g: fitted ? clampFit(fitted[i] as number) : 0,
  }));
  const points = Array.from(d.x, (x, i) => ({ x, y: y ? (y[i] as number) : 0 }));
  return {
    ...size(width),
    marginLeft: 40,
    x: { domain: [-1, 1], label: 'x' },
    y: { domain: [-Y_RANGE, Y_RANGE], label: 'y', grid: true },
    clip: true,
    style: plotStyle(),
    marks: [
      Plot.lineY(curve, { x: 'x', y: 'f', strokeDasharray: '4 3', strokeOpacity: 0.6 }),
      Plot.lineY(curve, { x: 'x', y: 'g', stroke: FIT, strokeWidth: 2, className: FIT_LINE_CLASS }),
      Plot.dot(points, { x: 'x', y: 'y', fill: 'currentColor', r: 3, className: POINTS_CLASS }),
    ],
  };
}

/** The curve's errors at σ as the chart draws them: raised to the floor. */
export function errorRows(curve: readonly CurvePoint[], noise: number) {
  return curve.flatMap((c) => {
    const e = errorsAt(c, noise);
    return [
      { p: c.p, error: Math.max(ERROR_FLOOR, e.train), kind: 'training' },
      { p: c.p, error: Math.max(ERROR_FLOOR, e.test), kind: 'test' },
    ];
  });
}

/** Classes of the error chart's threshold rule and error lines, which `placeMarker` finds. */
export const THRESHOLD_CLASS = 'dd-threshold';
export const LINES_CLASS = 'dd-lines';

/** The colour of each error's line and dot. */
export const ERROR_COLOURS = { training: TRAIN, test: FIT } as const;

/**
 * Training and test error against p (both axes logarithmic), with p = n marked
 * and, if p is given, the reader's p (the live figure leaves p out and draws it
 * with `placeMarker`, so that a change of p does not rebuild the chart).
 */
export function errorChart(
  curve: readonly CurvePoint[],
  noise: number,
  n: number,
  p: number | null,
  width = 480,
): Plot.PlotOptions {
  const rows = errorRows(curve, noise);
  const here = rows.filter((r) => r.p === p);
  // Whole decades, with room above the peak for the threshold's label.
  const top = 10 ** Math.ceil(Math.log10(Math.max(1, ...rows.map((r) => r.error)) * 3));
  const decades = Array.from({ length: Math.round(Math.log10(top / ERROR_FLOOR)) + 1 }, (_, i) => ERROR_FLOOR * 10 ** i);
  return {
    ...size(width),
    marginLeft: 48,
    x: { type: 'log', domain: [1, P_MAX], label: 'number of features p' },
    y: {
      type: 'log',
      domain: [ERROR_FLOOR, top],
      ticks: decades,
      tickFormat: powerOfTen,
      label: 'mean squared error',
      grid: true,
    },
    color: { domain: Object.keys(ERROR_COLOURS), range: Object.values(ERROR_COLOURS) },
    style: plotStyle(),
    marks: [
      Plot.ruleX([n], { strokeDasharray: '4 3', className: THRESHOLD_CLASS }),
      Plot.text([n], { x: (v: number) => v, frameAnchor: 'top', dy: 2, dx: 4, textAnchor: 'start', text: () => 'p = n' }),
      p === null ? null : Plot.ruleX([p], { strokeOpacity: 0.4 }),
      Plot.lineY(rows, { x: 'p', y: 'error', stroke: 'kind', strokeWidth: 2, className: LINES_CLASS }),
      p === null ? null : Plot.dot(here, { x: 'p', y: 'error', fill: 'kind', r: 4 }),
      // The lines labelled at their right ends (a legend would be a second, unlabelled SVG).
      Plot.text(rows, Plot.selectLast({ x: 'p', y: 'error', z: 'kind', text: 'kind', fill: 'kind', dy: -8, textAnchor: 'end' })),
    ],
  };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 10⁻⁴, 1, 10², … for the error axis's decades. */
export function powerOfTen(v: number): string {
  const k = Math.round(Math.log10(v));
  if (k === 0) return '1';
  if (k === 1) return '10';
  const digits = String(Math.abs(k)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
  return `10${k < 0 ? '⁻' : ''}${digits}`;
}

export const fitLabel = (n: number, p: number | null) =>
  `${n} noisy data points, the target function dashed, and the minimum-norm fit${p === null ? '' : ` with ${p} random features`}.`;

export const errorLabel = (n: number, p: number | null) =>
  `Training and test error against the number of features p from 1 to ${P_MAX} on logarithmic axes; the interpolation threshold p = ${n} is marked${p === null ? '' : `, and the chosen p = ${p}`}.`;
