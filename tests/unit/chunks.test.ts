/** Attribution of built chunks to figures, TF.js and Plot (scripts/lib/chunks.ts). */
import { describe, expect, it } from 'vitest';
import { attribute, kindOf, reach, splitByKind, type ChunkMap } from '../../scripts/lib/chunks';

const chunk = (modules: Record<string, number>, imports: string[] = [], dynamicImports: string[] = []) => ({
  imports,
  dynamicImports,
  modules,
});

// Two figures share Preact and the TF.js loader; one also draws with Plot.
const MAP: ChunkMap = {
  'a.js': chunk({ 'widgets/a/AIsland.tsx': 100 }, ['preact.js', 'tf.js', 'own-a.js']),
  'own-a.js': chunk({ 'widgets/lib/only-a.ts': 50 }),
  'b.js': chunk({ 'widgets/b/BIsland.tsx': 60, 'node_modules/@observablehq/plot/src/marks/dot.js': 40 }, [
    'preact.js',
    'tf.js',
    'plot.js',
  ]),
  'preact.js': chunk({ 'node_modules/preact/dist/preact.module.js': 1 }),
  'tf.js': chunk({ 'widgets/lib/tf.ts': 1 }, [], ['core.js']),
  'core.js': chunk({ 'node_modules/@tensorflow/tfjs-core/dist/index.js': 9, 'node_modules/long/index.js': 1 }),
  'plot.js': chunk({ 'node_modules/@observablehq/plot/src/plot.js': 1, 'node_modules/d3-array/x.mjs': 1 }),
};
const GZIP: Record<string, number> = {
  'a.js': 1000,
  'own-a.js': 500,
  'b.js': 1000,
  'preact.js': 4000,
  'tf.js': 300,
  'core.js': 80_000,
  'plot.js': 60_000,
};
const islands = new Map([
  ['a', { chunks: ['a.js'], pages: ['/p/'] }],
  ['b', { chunks: ['b.js'], pages: ['/p/'] }],
]);

describe('chunk attribution', () => {
  it('sorts modules into TF.js, Plot and code', () => {
    expect(kindOf('node_modules/@tensorflow/tfjs-layers/dist/index.js')).toBe('tf');
    expect(kindOf('node_modules/d3-shape/src/index.js')).toBe('plot');
    expect(kindOf('widgets/lib/plot/usePlot.ts')).toBe('code');
    expect(splitByKind(MAP['b.js']!, 1000)).toEqual({ tf: 0, plot: 400, code: 600 });
  });

  it('follows static and on-demand imports', () => {
    expect([...reach(MAP, ['a.js'])].sort()).toEqual(['a.js', 'core.js', 'own-a.js', 'preact.js', 'tf.js']);
  });

  it("counts as a figure's own code only what no other figure loads, without TF.js and Plot", () => {
    const { figures, tfGzip, plotGzip } = attribute(MAP, (c) => GZIP[c] ?? 0, islands);
    const a = figures.find((f) => f.id === 'a');
    const b = figures.find((f) => f.id === 'b');
    expect(a?.ownGzip).toBe(1500); // its island and the lib chunk only it imports
    expect(a?.codeGzip).toBe(1000 + 500 + 4000 + 300);
    expect(b?.ownGzip).toBe(600); // Plot's mark inlined in its island is Plot's
    expect(tfGzip).toBe(80_000);
    expect(plotGzip).toBe(60_400);
  });
});
