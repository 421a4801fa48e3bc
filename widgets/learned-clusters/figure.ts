/** k-means on the held-out digits as pixels, PCA coefficients and learned codes, scored against their labels. */
export const FIGURE = { id: 'lc', title: 'Clusters in a learned space' } as const;
