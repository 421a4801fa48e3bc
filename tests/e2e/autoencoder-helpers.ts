/**
 * Shared by the chapter 5 and 6 end-to-end tests: the shipped models run in
 * Node (TF.js CPU backend) on the same files, so a test can compare what the
 * page shows with the core's own computation.
 */
export { buildTimeDigits as nodeDigits, buildTimeModel as nodeModel, buildTimeTf as nodeTf } from '../../widgets/lib/node/models';
export { canvasGrey, gridOf, meanAbsDiff, numTensors } from './probes';
