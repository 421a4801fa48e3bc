/** The corruptions on offer, by name; no TF.js here, so the island can import it statically. */
export const CORRUPTIONS = ['gaussian', 'salt-pepper', 'patch'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

export const CORRUPTION_LABELS: Record<Corruption, string> = {
  gaussian: 'Gaussian noise',
  'salt-pepper': 'Salt-and-pepper',
  patch: 'Masked patch',
};

/** What the level slider means for each corruption. */
export const LEVEL_MEANING: Record<Corruption, string> = {
  gaussian: 'noise standard deviation σ',
  'salt-pepper': 'fraction of pixels replaced',
  patch: 'fraction of the image covered',
};
