/** A 2-d Gaussian mixture to draw samples from and score any point with. */
export const FIGURE = { id: 'gmm', title: 'A Gaussian mixture: sample it, score it' } as const;
