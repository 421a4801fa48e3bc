/** The embedding core: pure functions on typed arrays, shared by the widgets, the build script and the tests. */
export * from './vocab';
export * from './format';
export * from './input';
export * from './similarity';
export * from './analogy';
export * from './projection';
export * from './bias';
export * from './debias';
export * from './permutation';
export * from './weat';
export * from './presets';
export * from './load';
