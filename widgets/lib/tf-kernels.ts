/**
 * The TF.js kernels the book runs, and nothing else: widgets/lib/tf.ts loads
 * widgets/lib/tf-kernels-cpu.ts and widgets/lib/tf-kernels-webgl.ts, which
 * register them on each backend from its `dist/base`, instead of the backends'
 * full kernel sets (about a quarter fewer bytes of TF.js);
 * `npx tsx scripts/bench/tf-chunks.ts <before> <after>` compares two builds.
 *
 * The list is what the figures dispatch: model loading and inference, the
 * flow's training with its gradients and Adam, the embeddings scorer, the
 * WebGL check in tf.ts. The metrics in widgets/lib/models/metrics.ts run only
 * in Node (cards, tests) and are not covered. A figure that needs another
 * kernel fails `tests/unit/tf-kernels.test.ts` or its e2e file with "Kernel '…'
 * not registered for backend '…'": add the kernel here and its config to both
 * backend files. Build-time code in widgets/lib/node keeps the full CPU
 * registration.
 */
import { registerKernel, type KernelConfig } from '@tensorflow/tfjs-core';

export const KERNELS = [
  'Add',
  'BatchMatMul',
  'Cast',
  'Concat',
  'Exp',
  '_FusedMatMul',
  'GatherV2',
  'Greater',
  'Identity',
  'Mean',
  'Multiply',
  'Neg',
  'PadV2',
  'RealDiv',
  'Relu',
  'Reshape',
  'Sigmoid',
  'Slice',
  'SplitV',
  'Sqrt',
  'Square',
  'SquaredDifference',
  'Sub',
  'Sum',
  'Tanh',
  'Transpose',
  'ZerosLike',
  'Softplus',
] as const;

export type KernelName = (typeof KERNELS)[number];

/** Register a backend's configs, once per page (a second import of the module is the same module). */
export function registerAll(configs: readonly KernelConfig[]): void {
  for (const config of configs) registerKernel(config);
}
