/** The flow's data sets live in widgets/lib/toy-2d.ts, shared with the diffusion figure. */
export { DATASET_LABELS, DATASET_NAMES, EXTENT, gaussianBaselineNll, makeDataset, type DatasetName } from '../lib/toy-2d';
