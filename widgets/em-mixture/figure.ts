/** EM for a Gaussian mixture on 2-d points, beside k-means on the same points. */
export const FIGURE = { id: 'em', title: 'A mixture fitted by EM' } as const;
