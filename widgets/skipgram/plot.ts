/** The loss curve and the 2-d map of the learned vectors: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { principalComponents, projectRows } from '../lib/embeddings/core/projection';
import { topicOf, type Topic } from './corpus';
import { vectorOf, type SkipGram } from './core';

export interface MapPoint {
  word: string;
  x: number;
  y: number;
  topic: Topic | 'other';
}

export function learnedMap(model: SkipGram): MapPoint[] {
  const rows = model.words.map((_, i) => vectorOf(model, i));
  const coords = projectRows(rows, principalComponents(rows, 2));
  return model.words.map((word, i) => ({
    word,
    x: coords[i]?.[0] ?? 0,
    y: coords[i]?.[1] ?? 0,
    topic: topicOf(word) ?? 'other',
  }));
}

const TOPIC_COLOURS = {
  domain: ['royalty', 'animals', 'food', 'cities', 'other'],
  range: ['#ae3ec9', '#2f9e44', '#e8590c', '#1c7ed6', '#868e96'],
};

export function mapOptions(points: readonly MapPoint[], width: number, halo?: string): Plot.PlotOptions {
  const w = Math.max(280, Math.min(width, 560));
  const labelled = points.filter((p) => p.topic !== 'other');
  return {
    width: w,
    height: Math.round(w * 0.8),
    inset: 20,
    x: { label: 'PC1', ticks: 0 },
    y: { label: 'PC2', ticks: 0 },
    color: TOPIC_COLOURS,
    style: plotStyle(11),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.2 }),
      Plot.dot(points, { x: 'x', y: 'y', r: 2.5, fill: 'topic', fillOpacity: 0.8 }),
      Plot.text(labelled, {
        x: 'x',
        y: 'y',
        text: 'word',
        dy: -8,
        fill: 'topic',
        fontWeight: 600,
        ...(halo ? { stroke: halo, strokeWidth: 3, paintOrder: 'stroke' } : {}),
      }),
    ],
  };
}

export function lossOptions(history: readonly number[], width: number): Plot.PlotOptions {
  return {
    width: Math.max(280, Math.min(width, 560)),
    height: 180,
    marginLeft: 44,
    x: { label: 'epoch', domain: [1, Math.max(10, history.length)] },
    y: { label: 'mean loss per pair', domain: [0, Math.max(1, ...history.slice(0, 1)) * 1.05], grid: true },
    style: plotStyle(11),
    marks: [Plot.lineY(history, { x: (_: number, i: number) => i + 1, y: (d: number) => d, stroke: 'currentColor' })],
  };
}
