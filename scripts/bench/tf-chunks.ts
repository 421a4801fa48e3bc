/**
 * The gzipped bytes of TF.js in a build, per chunk and per package, the way the
 * size budget counts them (scripts/lib/chunks.ts: a chunk's gzip split over its
 * modules by rendered length). With two builds, the second column is compared
 * with the first:
 *
 *   npx tsx scripts/bench/tf-chunks.ts [dist] [other-dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kindOf, type ChunkMap } from '../lib/chunks';

interface TfBytes {
  /** Chunk file → gzipped TF.js bytes in it. */
  chunks: Map<string, number>;
  /** Package (e.g. @tensorflow/tfjs-core) → gzipped bytes over all chunks. */
  packages: Map<string, number>;
  total: number;
}

function packageOf(moduleId: string): string {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId);
  return m?.[1] ?? moduleId;
}

export function tfBytes(dist: string): TfBytes {
  const mapFile = join(dist, 'chunk-map.json');
  if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: run npm run build`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as ChunkMap;
  const out: TfBytes = { chunks: new Map(), packages: new Map(), total: 0 };
  for (const [chunk, entry] of Object.entries(map)) {
    const lengths = Object.entries(entry.modules);
    const total = lengths.reduce((n, [, len]) => n + len, 0);
    const tf = lengths.filter(([id]) => kindOf(id) === 'tf');
    if (tf.length === 0 || total === 0) continue;
    const gzip = gzipSync(readFileSync(join(dist, chunk)), { level: 9 }).length;
    let inChunk = 0;
    for (const [id, len] of tf) {
      const share = (gzip * len) / total;
      inChunk += share;
      out.packages.set(packageOf(id), (out.packages.get(packageOf(id)) ?? 0) + share);
    }
    out.chunks.set(chunk, inChunk);
    out.total += inChunk;
  }
  return out;
}

const kb = (n: number | undefined) => (n === undefined ? '' : `${(n / 1024).toFixed(1)} KB`);

function table(rows: [string, number | undefined, number | undefined][], compare: boolean): string {
  return rows
    .map(([name, a, b]) => {
      const cols = [name.padEnd(48), kb(a).padStart(10)];
      if (compare) {
        cols.push(kb(b).padStart(10));
        if (a && b !== undefined) cols.push(`${(((b - a) / a) * 100).toFixed(0).padStart(5)} %`);
      }
      return cols.join(' ');
    })
    .join('\n');
}

function main(): void {
  const [distA = 'dist', distB] = process.argv.slice(2);
  const a = tfBytes(distA);
  const b = distB === undefined ? undefined : tfBytes(distB);
  const compare = b !== undefined;
  const pkgs = [...new Set([...a.packages.keys(), ...(b?.packages.keys() ?? [])])].sort();
  console.log(`TF.js, gzipped: ${distA}${compare ? ` → ${distB}` : ''}\n`);
  console.log(
    table(
      [
        ...pkgs.map((p): [string, number | undefined, number | undefined] => [p, a.packages.get(p), b?.packages.get(p)]),
        ['total', a.total, b?.total],
      ],
      compare,
    ),
  );
  console.log('\nchunks');
  console.log(
    table(
      [...a.chunks].map(([c, n]): [string, number, undefined] => [c, n, undefined]),
      false,
    ),
  );
  if (b)
    console.log(
      table(
        [...b.chunks].map(([c, n]): [string, undefined, number] => [c, undefined, n]),
        true,
      ),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
