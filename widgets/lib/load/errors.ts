/** Why a model or data file could not be used. */
export type LoadFailure = 'not-found' | 'http' | 'network' | 'truncated' | 'corrupt' | 'shape' | 'damaged';

/** "<file>: <reason> (<detail>)", or for a checksum mismatch the plain sentence a reader can act on. */
function describe(file: string, reason: LoadFailure, detail: string): string {
  return reason === 'damaged' ? `${file} is damaged: ${detail}` : `${file}: ${reason} (${detail})`;
}

/** Thrown by loadModel: names the model, the file, and what was wrong with it. */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  constructor(
    readonly modelId: string,
    readonly file: string,
    readonly reason: LoadFailure,
    detail: string,
  ) {
    super(`Could not load model "${modelId}": ${describe(file, reason, detail)}`);
  }
}

/** Thrown by the digit-data loaders: names the data set, the file, and what was wrong. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    readonly dataset: string,
    readonly file: string,
    readonly reason: LoadFailure,
    detail: string,
  ) {
    super(`Could not load data "${dataset}": ${describe(file, reason, detail)}`);
  }
}
