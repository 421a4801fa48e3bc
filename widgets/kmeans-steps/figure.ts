/** Lloyd's algorithm on 2-d points, one assignment or update step at a time. */
export const FIGURE = { id: 'kmeans', title: 'k-means, step by step' } as const;
