/** A 2-d PCA map of words, with analogy pairs drawn as arrows. */
export const FIGURE = { id: 'wordmap', title: 'A map of words, and the arrows between them' } as const;
