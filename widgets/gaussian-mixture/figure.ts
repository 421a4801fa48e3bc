/** A 2-d Gaussian mixture to sample from and to score a point against. */
export const FIGURE = { id: 'gmm', title: 'A Gaussian mixture: sample it, score it' } as const;
