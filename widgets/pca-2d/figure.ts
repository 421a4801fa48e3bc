/** A cloud of points in the plane, its principal axes, and its projection onto the first. */
export const FIGURE = { id: 'pca2d', title: 'PCA in two dimensions' } as const;
