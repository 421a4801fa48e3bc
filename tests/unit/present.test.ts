import { describe, expect, it } from 'vitest';
import { presentedIn, withPresent } from '~/lib/ui/present';

describe('present mode in the address', () => {
  it('reads a figure id, and nothing that is not one', () => {
    expect(presentedIn('?present=recon')).toBe('recon');
    expect(presentedIn('?recon.digit=3&present=double-descent')).toBe('double-descent');
    for (const bad of [
      '',
      '?present=',
      '?present=%3Cimg%20src%3Dx%3E',
      '?present=a.b',
      `?present=${'x'.repeat(41)}`,
      '?presentx=recon',
    ])
      expect(presentedIn(bad), bad).toBeNull();
  });

  it('sets and removes present= and keeps every other parameter', () => {
    expect(withPresent('?recon.digit=3', 'recon')).toBe('?recon.digit=3&present=recon');
    expect(withPresent('?recon.digit=3&present=recon', null)).toBe('?recon.digit=3');
    expect(withPresent('?present=recon', null)).toBe('');
    expect(withPresent('', 'dd')).toBe('?present=dd');
  });
});
