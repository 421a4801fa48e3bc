/**
 * Quality of the shipped word-vector asset (public/data/glove), read from disk
 * and decoded exactly as the browser decodes it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  WEAT_PRESETS,
  analogy,
  decodeEmbeddings,
  loadEmbeddings,
  nearestNeighbours,
  presetWords,
  resolveWordList,
  weat,
  type EmbeddingManifest,
  type Embeddings,
} from '../../widgets/lib/embeddings/core';
import {
  analogyExamples,
  definitionalSubspace,
  professionExtremes,
  weatTable,
  type WeatCardRow,
} from '../../scripts/embeddings/card-results';
import { budget } from '../../scripts/bench/budgets';

const DIR = join(process.cwd(), 'public/data/glove');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as EmbeddingManifest;
const card = JSON.parse(readFileSync(join(DIR, 'card.json'), 'utf8')) as {
  results: {
    weat: { settings: { samples: number; seed: number; maxExactPartitions: number }; tests: WeatCardRow[] };
    professions: unknown;
    definitionalPairs: unknown;
    analogies: unknown;
  };
};
const vectorsBin = readFileSync(join(DIR, manifest.files.vectors.path));
const wordsTxt = readFileSync(join(DIR, manifest.files.words.path));
let emb: Embeddings;

beforeAll(() => {
  emb = decodeEmbeddings(vectorsBin, wordsTxt.toString('utf8'), manifest);
});

const top = (a: string, b: string, c: string, excludeInputs = true, method: '3CosAdd' | '3CosMul' = '3CosAdd') =>
  analogy(emb, { a, b, c }, { k: 5, excludeInputs, method }).results.map((r) => r.word);

describe('asset files', () => {
  it('match the manifest hashes and sizes', () => {
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(vectorsBin.length).toBe(manifest.files.vectors.bytes);
    expect(sha(vectorsBin)).toBe(manifest.files.vectors.sha256);
    expect(wordsTxt.length).toBe(manifest.files.words.bytes);
    expect(sha(wordsTxt)).toBe(manifest.files.words.sha256);
  });

  it(`fit in ${budget('embeddings') / 1e6} MB gzipped`, () => {
    const gz = gzipSync(vectorsBin, { level: 9 }).length + gzipSync(wordsTxt, { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(budget('embeddings'));
  });

  it('hold every preset word the source has (only "gladiola" is absent from GloVe via the package)', () => {
    const missing = presetWords().filter((w) => !emb.index.has(w));
    expect(missing).toEqual(['gladiola']);
  });
});

describe('loadEmbeddings', () => {
  const fromDisk = async (url: string) => {
    try {
      return new Response(readFileSync(join(DIR, url.replace('/data/glove/', ''))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };

  it('fetches, verifies and decodes the asset the way the browser will', async () => {
    const { embeddings, manifest: m } = await loadEmbeddings('/data/glove', { fetch: fromDisk });
    expect(m.count).toBe(embeddings.words.length);
    expect(Array.from(embeddings.unit.subarray(0, 100))).toEqual(Array.from(emb.unit.subarray(0, 100)));
  });

  it('refuses a file that does not match its hash', async () => {
    const tampered = async (url: string) =>
      url.endsWith('words.txt') ? new Response(wordsTxt.toString('utf8').replace('the', 'teh')) : fromDisk(url);
    await expect(loadEmbeddings('/data/glove/', { fetch: tampered })).rejects.toThrow(
      /words.txt is damaged: its contents do not match the published checksum/,
    );
    await expect(loadEmbeddings('/nowhere/', { fetch: fromDisk })).rejects.toThrow(/HTTP 404/);
  });
});

describe('analogies', () => {
  it('king − man + woman gives queen, and king itself when the inputs are allowed', () => {
    expect(top('king', 'man', 'woman')[0]).toBe('queen');
    expect(top('king', 'man', 'woman', true, '3CosMul')[0]).toBe('queen');
    expect(top('king', 'man', 'woman', false)[0]).toBe('king');
  });

  it('paris − france + poland gives warsaw in the top 3', () => {
    expect(top('paris', 'france', 'poland').slice(0, 3)).toContain('warsaw');
  });
});

describe('WEAT', () => {
  const results = () => WEAT_PRESETS.map((p) => ({ preset: p, r: weat(emb, p.sets) }));

  it('reproduces the sign of all ten tests, nine or more significant at p < 0.05', () => {
    const rs = results();
    for (const { preset, r } of rs) expect(Math.sign(r.effectSize), preset.id).toBe(Math.sign(preset.paperEffectSize));
    expect(rs.filter(({ r }) => r.pValue < 0.05).length).toBeGreaterThanOrEqual(9);
  });

  it("matches the card when recomputed with the card's seed and counts", () => {
    expect(card.results.weat.tests).toHaveLength(10);
    expect(weatTable(emb, card.results.weat.settings)).toEqual(card.results.weat.tests);
  });
});

describe('card results', () => {
  it('equal a recomputation on the shipped asset', () => {
    expect(professionExtremes(emb)).toEqual(card.results.professions);
    expect(definitionalSubspace(emb)).toEqual(card.results.definitionalPairs);
    expect(analogyExamples(emb)).toEqual(card.results.analogies);
  });
});

// Query times are measured by `npm run bench -- embeddings`, not asserted here: a loaded machine would fail them.
describe('queries over the whole shipped vocabulary', () => {
  it('answer a neighbours query and both analogy methods with ten words each', () => {
    const { neighbours } = nearestNeighbours(emb, 'science', 10);
    expect(neighbours).toHaveLength(10);
    expect(neighbours.map((n) => n.word)).not.toContain('science');
    for (const method of ['3CosAdd', '3CosMul'] as const) {
      expect(analogy(emb, { a: 'king', b: 'man', c: 'woman' }, { k: 10, method }).results).toHaveLength(10);
    }
  });

  it('resolve a 10,000-word paste, naming the words not in the vocabulary', () => {
    const text = emb.words.slice(0, 9_990).join(', ') + ', notaword1, notaword2';
    const r = resolveWordList(emb, text);
    expect(r.found).toHaveLength(9_990);
    expect(r.unknown).toEqual(['notaword1', 'notaword2']);
  });
});
