/** The shared model module: one import for widgets, scripts and tests. */
export * from './registry';
export * from './errors';
export * from './random';
export * from './preprocess';
export * from './architecture';
export * from './digits';
export * from './pca';
export * from './autoencoders';
export * from './loader';
export * from './metrics';
export type { FetchLike } from './fetch-bytes';
