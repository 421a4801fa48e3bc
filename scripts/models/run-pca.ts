/** Fit PCA, write pca.json + pca.bin (float16 if that costs nothing), measure it, write its card. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFloat16 } from '../../widgets/lib/models/float16';
import { loadModel } from '../../widgets/lib/models/loader';
import { PCA_FORMAT, PcaModel, type PcaHeader } from '../../widgets/lib/models/pca';
import { MODELS, PIXELS } from '../../widgets/lib/models/registry';
import { writeFile, writeJson } from '../data/node-files';
import { evaluatePca, roundMetrics } from './evaluate';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { cardAnalyses } from './card-analyses';
import { writeCard } from './model-card';
import { PCA_COMPONENTS } from './settings';
import { fitPca } from './train-pca';
import type { TrainingData } from './training-data';

export async function runPca(
  data: TrainingData,
  publicDir: string,
  dataDir: string = publicDir,
  components = PCA_COMPONENTS,
): Promise<void> {
  const info = MODELS.pca;
  const dir = join(publicDir, 'models', info.id);
  console.log(`\n== pca: ${info.description}`);
  const fit = fitPca(data.train, data.trainCount, components);
  const header = (dtype: 'float16' | 'float32'): PcaHeader => ({
    format: PCA_FORMAT,
    dim: PIXELS,
    components,
    dtype,
    binFile: 'pca.bin',
    explainedVariance: fit.explainedVariance,
    explainedVarianceRatio: fit.explainedVariance.map((v) => v / fit.totalVariance),
    totalVariance: fit.totalVariance,
  });
  const values = new Float32Array((components + 1) * PIXELS);
  values.set(fit.mean);
  values.set(fit.components, PIXELS);
  const floatModel = new PcaModel(header('float32'), fit.mean, fit.components);
  const held = { pixels: data.heldout, count: data.heldoutCount };
  const floatMetrics = await evaluatePca(floatModel, held);
  floatModel.dispose();

  rmSync(dir, { recursive: true, force: true });
  writeFile(join(dir, 'pca.bin'), new Uint8Array(encodeFloat16(values).buffer));
  writeJson(join(dir, 'pca.json'), header('float16'));
  const shipped = await loadModel('pca', { fetch: fileFetch(publicDir), verify: false });
  const halfMetrics = await evaluatePca(shipped, held);
  shipped.dispose();
  console.log(`pca: held-out float32 ${JSON.stringify(floatMetrics)}`);
  console.log(`pca: held-out float16 ${JSON.stringify(halfMetrics)} (fitted in ${fit.seconds.toFixed(1)} s)`);

  const analyses = await cardAnalyses(info, publicDir, dataDir, false);
  writeCard({
    info,
    dir,
    architecture: {
      summary: `x ≈ mean + Σ_k z_k · component_k, first k of ${components} components; z = components · (x − mean)`,
      format: 'pca.json (header, variances) + pca.bin (mean then components, row-major, little-endian float16)',
    },
    parameters: { mean: PIXELS, components: components * PIXELS, total: (components + 1) * PIXELS },
    data,
    preprocessing: 'grey levels / 255',
    training: {
      method: 'eigen-decomposition of the 784 × 784 sample covariance (divisor n − 1) with ml-matrix EigenvalueDecomposition',
      signConvention: 'each component signed so its largest-magnitude entry is positive',
      seed: 'none needed (deterministic)',
      seconds: Math.round(fit.seconds),
      varianceExplainedByFirst: {
        2: sumRatio(fit.explainedVariance, 2, fit.totalVariance),
        16: sumRatio(fit.explainedVariance, 16, fit.totalVariance),
        64: sumRatio(fit.explainedVariance, 64, fit.totalVariance),
      },
    },
    metrics: {
      heldOut: { float32: roundMetrics(floatMetrics), shipped: roundMetrics(halfMetrics) },
      definition: `mse_kK: per-pixel mean squared error of the reconstruction from the first K components over all ${data.heldoutCount} held-out digits, grey levels in [0, 1]`,
    },
    quantization: { weights: 'float16 (IEEE half precision) for mean and components; variances in pca.json as JSON numbers' },
    analyses,
  });
}

function sumRatio(values: number[], k: number, total: number): number {
  return Number((values.slice(0, k).reduce((a, b) => a + b, 0) / total).toFixed(4));
}
