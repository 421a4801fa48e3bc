/**
 * loadModel(id): fetch a shipped model from the site's own origin (or, in
 * Node tests, from any fetch-like function), check every file, and wrap it for
 * inference. Any problem becomes a ModelLoadError naming the model and file.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { AutoencoderModel, VaeModel } from './autoencoders';
import { DenoiserModel } from './denoiser';
import { FeatureModel } from './feature-model';
import { DENOISER_INPUT } from '../diffusion';
import { ModelLoadError, type LoadFailure } from '../load/errors';
import {
  checkPublished,
  defaultFetch,
  fetchBytes,
  joinUrl,
  parseJson,
  type Fail,
  type FetchLike,
  type Published,
} from '../load/fetch-bytes';
import { checkPcaHeader, PcaModel, pcaBinBytes, type PcaHeader } from './pca';
import { MODELS, PIXELS, type ModelId, type ModelInfo } from './registry';
import { isZooKind, parameterCount, ParamsModel, type ZooKind } from './zoo-2d';

export interface LoadProgress {
  readonly modelId: string;
  readonly file: string;
  readonly loadedBytes: number;
  /** Known once the small JSON files are in (they give the weight sizes); null before. */
  readonly totalBytes: number | null;
}

export interface LoadOptions {
  /** The site's base URL; files come from <baseUrl>/models/<id>/…. Default "/". */
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  readonly onProgress?: (progress: LoadProgress) => void;
  /**
   * Check every file against the size and SHA-256 in the model's card.json
   * (default true). The training scripts turn it off to test files they have
   * just written, before the card that records them exists.
   */
  readonly verify?: boolean;
  /**
   * Run one inference right after loading (default true), so the reader's
   * first drag or click does not pay for the first call's set-up (kernel and
   * shader preparation, the layers' first predict).
   */
  readonly warmUp?: boolean;
}

type KindOf<Id extends ModelId> = (typeof MODELS)[Id]['kind'];
/** The wrapper loadModel returns for an id (a union for a union of ids). */
export type LoadedModel<Id extends ModelId> = Id extends ModelId
  ? KindOf<Id> extends 'pca'
    ? PcaModel
    : KindOf<Id> extends 'ddpm'
      ? DenoiserModel
      : KindOf<Id> extends ZooKind
        ? ParamsModel
        : KindOf<Id> extends 'simclr' | 'rotation'
          ? FeatureModel
          : KindOf<Id> extends 'vae'
            ? VaeModel
            : AutoencoderModel
  : never;

const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

interface CardFiles {
  files: { path: string; bytes: number; sha256: string }[];
}

function checkCard(value: unknown, fail: Fail): Map<string, Published> {
  const files = (value as Partial<CardFiles> | null)?.files;
  if (!Array.isArray(files)) return fail('corrupt', 'no files list');
  return new Map(files.map((f) => [f.path, { bytes: f.bytes, sha256: f.sha256 }]));
}

class Session {
  loaded = 0;
  total: number | null = null;
  /** The card's size and SHA-256 of each file, fetched alongside the first files (so no extra round trip). */
  readonly published: Promise<Map<string, Published>> | null;
  constructor(
    readonly id: ModelId,
    readonly options: LoadOptions,
    readonly fetchFn: FetchLike,
  ) {
    this.published = options.verify === false ? null : this.fetchCard();
    // A file that fails first leaves the card unawaited; its own failure is the one to report.
    this.published?.catch(() => {});
  }

  private async fetchCard(): Promise<Map<string, Published>> {
    const url = joinUrl(this.options.baseUrl ?? '/', `models/${this.id}/card.json`);
    const fail = this.fail('card.json');
    return checkCard(parseJson(await fetchBytes(this.fetchFn, url, fail), fail), fail);
  }

  fail(file: string): Fail {
    return (reason: LoadFailure, detail: string) => {
      throw new ModelLoadError(this.id, file, reason, detail);
    };
  }

  /** A file of the model, checked against its card. */
  async get(file: string): Promise<Uint8Array> {
    const url = joinUrl(this.options.baseUrl ?? '/', `models/${this.id}/${file}`);
    const bytes = await fetchBytes(this.fetchFn, url, this.fail(file), {
      onChunk: (n) => {
        this.loaded += n;
        this.options.onProgress?.({ modelId: this.id, file, loadedBytes: this.loaded, totalBytes: this.total });
      },
    });
    if (this.published) {
      const published = (await this.published).get(file);
      if (!published) return this.fail('card.json')('corrupt', `${file} is not listed`);
      await checkPublished(bytes, published, this.fail(file));
    }
    return bytes;
  }
}

interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
}

function checkModelJson(value: unknown, fail: Fail): ModelJson {
  const v = value as Partial<ModelJson> | null;
  if (!v || typeof v !== 'object' || !v.modelTopology) return fail('corrupt', 'no modelTopology');
  if (!Array.isArray(v.weightsManifest) || v.weightsManifest.length === 0) return fail('corrupt', 'no weightsManifest');
  for (const group of v.weightsManifest) {
    if (!Array.isArray(group.paths) || !Array.isArray(group.weights)) return fail('corrupt', 'bad weightsManifest group');
  }
  return v as ModelJson;
}

function weightBytes(json: ModelJson): number {
  let total = 0;
  for (const group of json.weightsManifest) {
    for (const w of group.weights) {
      const dtype = w.quantization?.dtype ?? w.dtype;
      total += w.shape.reduce((a, b) => a * b, 1) * (BYTES_PER_ELEMENT[dtype] ?? 4);
    }
  }
  return total;
}

function concat(parts: Uint8Array[]): ArrayBuffer {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out.buffer;
}

function sameShape(actual: readonly (number | null)[], expected: readonly (number | null)[]): boolean {
  return actual.length === expected.length && actual.every((d, i) => d === expected[i]);
}

interface LayerJson {
  name: string;
  class_name: string;
  config: { units?: number; batch_input_shape?: (number | null)[] };
  inbound_nodes?: [string, ...unknown[]][][];
}

/**
 * Check each Dense layer's kernel and bias shapes against the topology before
 * tf.loadLayersModel sees them: its own shape error comes after it has
 * allocated weights it then never frees.
 */
function denseShapeProblem(json: ModelJson): string | null {
  const config = (json.modelTopology as { config?: { layers?: LayerJson[] } }).config;
  const layers =
    config?.layers ??
    (json.modelTopology as { model_config?: { config?: { layers?: LayerJson[] } } }).model_config?.config?.layers ??
    [];
  const width = new Map<string, number>();
  const specs = new Map(json.weightsManifest.flatMap((g) => g.weights).map((w) => [w.name, w.shape]));
  for (const layer of layers) {
    const inbound = layer.inbound_nodes?.[0]?.[0]?.[0];
    const inWidth = inbound === undefined ? undefined : width.get(inbound);
    if (layer.class_name === 'InputLayer') {
      const dim = layer.config.batch_input_shape?.[1];
      if (typeof dim === 'number') width.set(layer.name, dim);
    } else if (layer.class_name === 'Dense' && typeof layer.config.units === 'number') {
      const units = layer.config.units;
      const kernel = specs.get(`${layer.name}/kernel`);
      const bias = specs.get(`${layer.name}/bias`);
      if (kernel && (kernel[1] !== units || (inWidth !== undefined && kernel[0] !== inWidth))) {
        return `${layer.name}/kernel has shape [${kernel.join(',')}], the topology needs [${inWidth ?? '?'},${units}]`;
      }
      if (bias && bias[0] !== units) return `${layer.name}/bias has shape [${bias.join(',')}], the topology needs [${units}]`;
      width.set(layer.name, units);
    } else if (inWidth !== undefined) {
      width.set(layer.name, inWidth);
    }
  }
  return null;
}

/** The folders of a model's tf.layers files. */
type Part = 'encoder' | 'decoder' | 'denoiser' | 'head';

/** Download a half's weight files and check their length against its manifest. */
async function fetchWeights(s: Session, part: Part, json: ModelJson): Promise<ArrayBuffer> {
  const paths = json.weightsManifest.flatMap((g) => g.paths.map((p) => `${part}/${p}`));
  const parts = await Promise.all(paths.map((p) => s.get(p)));
  const got = parts.reduce((n, p) => n + p.length, 0);
  const want = weightBytes(json);
  const binFile = paths.join(', ');
  if (got < want) s.fail(binFile)('truncated', `${got} bytes, the manifest in ${part}/model.json needs ${want}`);
  if (got > want) s.fail(binFile)('corrupt', `${got} bytes, the manifest in ${part}/model.json needs ${want}`);
  return concat(parts);
}

/** Build a half from its checked files, and check its input and output widths against the registry. */
async function buildHalf(
  s: Session,
  part: Part,
  json: ModelJson,
  weightData: ArrayBuffer,
  expectIn: number,
  expectOut: readonly number[],
): Promise<tfl.LayersModel> {
  const jsonFile = `${part}/model.json`;
  const problem = denseShapeProblem(json);
  if (problem) return s.fail(jsonFile)('shape', problem);
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData,
    format: json.format ?? 'layers-model',
    generatedBy: json.generatedBy ?? '',
  };
  let model: tfl.LayersModel;
  try {
    model = await tfl.loadLayersModel({ load: () => Promise.resolve(artifacts) }, { strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return s.fail(jsonFile)(/shape|expected|provided/i.test(message) ? 'shape' : 'corrupt', message);
  }
  const inShape = model.inputs[0]?.shape ?? [];
  const outShapes = model.outputs.map((o) => o.shape);
  const ok =
    sameShape(inShape, [null, expectIn]) &&
    outShapes.length === expectOut.length &&
    outShapes.every((shape, i) => sameShape(shape, [null, expectOut[i] ?? -1]));
  if (!ok) {
    model.dispose();
    const found = `input ${JSON.stringify(inShape)}, outputs ${JSON.stringify(outShapes)}`;
    return s.fail(jsonFile)(
      'shape',
      `${found}; expected input [null,${expectIn}] and ${expectOut.length} output(s) of width ${expectOut.join(', ')}`,
    );
  }
  return model;
}

async function loadEncoderDecoder(s: Session, info: ModelInfo): Promise<AutoencoderModel | VaeModel> {
  const [encBytes, decBytes] = await Promise.all([s.get('encoder/model.json'), s.get('decoder/model.json')]);
  const enc = checkModelJson(parseJson(encBytes, s.fail('encoder/model.json')), s.fail('encoder/model.json'));
  const dec = checkModelJson(parseJson(decBytes, s.fail('decoder/model.json')), s.fail('decoder/model.json'));
  s.total = encBytes.length + decBytes.length + weightBytes(enc) + weightBytes(dec);
  const [encWeights, decWeights] = await Promise.all([fetchWeights(s, 'encoder', enc), fetchWeights(s, 'decoder', dec)]);
  const encoder = await buildHalf(
    s,
    'encoder',
    enc,
    encWeights,
    PIXELS,
    info.encoderOutputs.map(() => info.latent),
  );
  let decoder: tfl.LayersModel;
  try {
    decoder = await buildHalf(s, 'decoder', dec, decWeights, info.latent, [PIXELS]);
  } catch (error) {
    encoder.dispose();
    throw error;
  }
  return info.kind === 'vae' ? new VaeModel(info, encoder, decoder) : new AutoencoderModel(info, encoder, decoder);
}

/** A self-supervised encoder and its head, each checked against the registry's widths. */
async function loadFeatureModel(s: Session, info: ModelInfo): Promise<FeatureModel> {
  const [encBytes, headBytes] = await Promise.all([s.get('encoder/model.json'), s.get('head/model.json')]);
  const enc = checkModelJson(parseJson(encBytes, s.fail('encoder/model.json')), s.fail('encoder/model.json'));
  const head = checkModelJson(parseJson(headBytes, s.fail('head/model.json')), s.fail('head/model.json'));
  s.total = encBytes.length + headBytes.length + weightBytes(enc) + weightBytes(head);
  const [encWeights, headWeights] = await Promise.all([fetchWeights(s, 'encoder', enc), fetchWeights(s, 'head', head)]);
  const encoder = await buildHalf(s, 'encoder', enc, encWeights, PIXELS, [info.latent]);
  try {
    const out = info.head?.at(-1) ?? -1;
    return new FeatureModel(info, encoder, await buildHalf(s, 'head', head, headWeights, info.latent, [out]));
  } catch (error) {
    encoder.dispose();
    throw error;
  }
}

async function loadDenoiser(s: Session, info: ModelInfo): Promise<DenoiserModel> {
  const bytes = await s.get('denoiser/model.json');
  const json = checkModelJson(parseJson(bytes, s.fail('denoiser/model.json')), s.fail('denoiser/model.json'));
  s.total = bytes.length + weightBytes(json);
  const weights = await fetchWeights(s, 'denoiser', json);
  return new DenoiserModel(info, await buildHalf(s, 'denoiser', json, weights, DENOISER_INPUT, [info.latent]));
}

/** A 2-d zoo model: one float32 vector of exactly the parameters its networks have. */
async function loadParams(s: Session, info: ModelInfo & { kind: ZooKind }): Promise<ParamsModel> {
  const want = 4 * parameterCount(info.kind);
  s.total = want;
  const bytes = await s.get('params.bin');
  if (bytes.length < want) s.fail('params.bin')('truncated', `${bytes.length} bytes, the ${info.kind} needs ${want}`);
  if (bytes.length > want) s.fail('params.bin')('corrupt', `${bytes.length} bytes, the ${info.kind} needs ${want}`);
  return new ParamsModel(info, new Float32Array(bytes.slice().buffer));
}

async function loadPca(s: Session): Promise<PcaModel> {
  const headerBytes = await s.get('pca.json');
  const header = parseJson(headerBytes, s.fail('pca.json'));
  const problem = checkPcaHeader(header);
  if (problem) s.fail('pca.json')(problem.startsWith('format') || problem === 'not an object' ? 'corrupt' : 'shape', problem);
  const h = header as PcaHeader;
  const want = pcaBinBytes(h);
  s.total = headerBytes.length + want;
  const bin = await s.get(h.binFile);
  if (bin.length < want) s.fail(h.binFile)('truncated', `${bin.length} bytes, pca.json needs ${want}`);
  if (bin.length > want) s.fail(h.binFile)('corrupt', `${bin.length} bytes, pca.json needs ${want}`);
  return PcaModel.fromBytes(h, bin);
}

/** One reconstruction of a blank digit, read back (on WebGL that compiles the shaders). */
async function warmUp(model: AutoencoderModel | VaeModel | PcaModel | DenoiserModel | FeatureModel): Promise<void> {
  if (model instanceof DenoiserModel) {
    model.predictNoiseArray([0, 0], 1);
    return;
  }
  const out = tf.tidy(() => {
    const x = tf.zeros([1, PIXELS]) as tf.Tensor2D;
    if (model instanceof FeatureModel) return model.apply(x);
    return model instanceof PcaModel ? model.reconstruct(x, model.components) : model.reconstruct(x);
  });
  try {
    await out.data();
  } finally {
    out.dispose();
  }
}

/**
 * Load a shipped model by id. In the browser: `await loadModel('ae-d16')`.
 * The caller owns the result and should call its dispose() when done.
 */
export async function loadModel<Id extends ModelId>(id: Id, options: LoadOptions = {}): Promise<LoadedModel<Id>> {
  const info: ModelInfo | undefined = MODELS[id];
  if (!info) throw new ModelLoadError(String(id), '(registry)', 'not-found', 'no such model id');
  const s = new Session(id, options, options.fetch ?? defaultFetch());
  const model =
    info.kind === 'pca'
      ? await loadPca(s)
      : info.kind === 'ddpm'
        ? await loadDenoiser(s, info)
        : isZooKind(info.kind)
          ? await loadParams(s, info as ModelInfo & { kind: ZooKind })
          : info.kind === 'simclr' || info.kind === 'rotation'
            ? await loadFeatureModel(s, info)
            : await loadEncoderDecoder(s, info);
  // A parameter vector has no kernels to warm up.
  if (options.warmUp !== false && !(model instanceof ParamsModel)) {
    try {
      await warmUp(model);
    } catch (error) {
      model.dispose();
      throw error;
    }
  }
  return model as LoadedModel<Id>;
}
