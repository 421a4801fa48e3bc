/** Clustering in pure TypeScript: data sets, k-means (Lloyd, k-means++), EM for a 2-d Gaussian mixture, and scores. */
export * from './points';
export * from './kmeans';
export * from './lloyd';
export * from './em';
export * from './metrics';
export * from './datasets';
export * from './sliced';
