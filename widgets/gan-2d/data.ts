/** The GAN's data sets: three of the shared 2-d toy distributions, under the names the figure gives them. */
import type { DatasetName } from '../lib/toy-2d';

export type GanDataset = Extract<DatasetName, 'mixture' | 'moons' | 'spiral'>;
export const GAN_DATASETS: readonly GanDataset[] = ['mixture', 'moons', 'spiral'];
export const GAN_DATASET_LABELS: Record<GanDataset, string> = {
  mixture: 'Ring of 8 Gaussians',
  moons: 'Two moons',
  spiral: 'Spiral',
};
