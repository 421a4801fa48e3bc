/**
 * The CPU backend with only the book's kernels (widgets/lib/tf-kernels.ts):
 * its `dist/base` registers the backend without the kernels of its
 * full build, and this module registers the ones the figures run.
 */
import '@tensorflow/tfjs-backend-cpu/dist/base';
import type { KernelConfig } from '@tensorflow/tfjs-core';
import { addConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Add';
import { batchMatMulConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul';
import { castConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Cast';
import { concatConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Concat';
import { expConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Exp';
import { _fusedMatMulConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul';
import { gatherV2Config } from '@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2';
import { greaterConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Greater';
import { identityConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Identity';
import { meanConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Mean';
import { multiplyConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply';
import { negConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Neg';
import { padV2Config } from '@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2';
import { realDivConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv';
import { reluConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Relu';
import { reshapeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape';
import { sigmoidConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid';
import { sliceConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Slice';
import { splitVConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV';
import { sqrtConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt';
import { squareConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Square';
import { squaredDifferenceConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference';
import { subConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sub';
import { sumConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sum';
import { tanhConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh';
import { transposeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose';
import { zerosLikeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike';
import { softplusConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus';
import { registerAll } from './tf-kernels';

export const CPU_KERNELS: readonly KernelConfig[] = [
  addConfig,
  batchMatMulConfig,
  castConfig,
  concatConfig,
  expConfig,
  _fusedMatMulConfig,
  gatherV2Config,
  greaterConfig,
  identityConfig,
  meanConfig,
  multiplyConfig,
  negConfig,
  padV2Config,
  realDivConfig,
  reluConfig,
  reshapeConfig,
  sigmoidConfig,
  sliceConfig,
  splitVConfig,
  sqrtConfig,
  squareConfig,
  squaredDifferenceConfig,
  subConfig,
  sumConfig,
  tanhConfig,
  transposeConfig,
  zerosLikeConfig,
  softplusConfig,
];

registerAll(CPU_KERNELS);
