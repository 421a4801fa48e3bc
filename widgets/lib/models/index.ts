/**
 * The model module: the registry, the TF.js models and their loader, one
 * import for scripts and tests. Islands import it only dynamically (through
 * useModel), since it pulls in TF.js.
 */
export * from './registry';
export * from '../load/errors';
export * from './preprocess';
export * from './tensors';
export * from './architecture';
export * from './pca';
export * from './autoencoders';
export * from './denoiser';
export * from './feature-model';
export * from './zoo-2d';
export * from './loader';
export * from './metrics';
export type { FetchLike } from '../load/fetch-bytes';
