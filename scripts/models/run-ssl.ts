/** Train one self-supervised encoder, save its encoder and head as uint8 weights, measure them and write the card. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import { saveLayersModel, type WeightFormat } from './save-layers';
import type { TrainSettings } from './settings';
import { writeSslCard } from './ssl-card';
import { trainContrastive, trainRotation, type TrainedFeatureModel } from './train-ssl';
import type { TrainingData } from './training-data';

export async function runSslModel(
  info: ModelInfo,
  data: TrainingData,
  settings: TrainSettings,
  publicDir: string,
): Promise<TrainedFeatureModel> {
  const dir = join(publicDir, 'models', info.id);
  console.log(`\n== ${info.id}: ${info.description}`);
  const trained = info.kind === 'simclr' ? trainContrastive(info, data, settings) : trainRotation(info, data, settings);
  const save = async (format: WeightFormat) => {
    rmSync(dir, { recursive: true, force: true });
    await saveLayersModel(trained.encoder, join(dir, 'encoder'), format);
    await saveLayersModel(trained.head, join(dir, 'head'), format);
  };
  await save('uint8');
  await writeSslCard(info, data, settings, trained, publicDir);
  console.log(`${info.id}: trained in ${trained.seconds.toFixed(0)} s`);
  return trained;
}
