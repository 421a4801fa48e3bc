import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { plotToSvg } from '~/lib/plot/static-plot';

describe('plotToSvg', () => {
  it('rounds geometry to a tenth of a pixel and leaves labels alone', () => {
    const svg = plotToSvg(
      { width: 200, height: 200, marks: [Plot.dot([[1.234567, 2.345678]], { x: '0', y: '1' })] },
      'An energy distance of 0.021684 to the data.',
    );
    const cx = /<circle[^>]*\bcx="([^"]+)"/.exec(svg)?.[1];
    expect(cx).toBeDefined();
    expect(cx).toMatch(/^-?\d+(\.\d)?$/);
    expect(svg).toContain('0.021684');
    expect(/\b(cx|cy|d|transform)="[^"]*\d\.\d{2,}/.test(svg)).toBe(false);
  });
});
