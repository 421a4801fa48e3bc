/**
 * The page-wide download cache (useAsset) hands whatever it holds under a key
 * to every caller with that key, so a key must name one kind of value: two
 * hooks that shared one for differently shaped values (a digit set and a
 * "pixels of a digit" bundle once did) would read each other's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGIT_SETS, type DigitSetId } from '~/lib/digits/sets';
import { MODEL_IDS } from '~/lib/models/registry';
import { assetKey } from '~/lib/ui/asset-keys';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('asset cache keys', () => {
  it('never coincide across kinds of asset', () => {
    const keys = [
      ...(Object.keys(DIGIT_SETS) as DigitSetId[]).map((id) => ['digit set', assetKey.digitSet(id)] as const),
      ...MODEL_IDS.flatMap((id) => [0, 1, 2].map((g) => ['model', assetKey.model(id, g)] as const)),
      ['word vectors', assetKey.wordVectors()] as const,
    ];
    const byKey = new Map<string, string[]>();
    for (const [kind, key] of keys) byKey.set(key, [...(byKey.get(key) ?? []), kind]);
    const shared = [...byKey].filter(([, kinds]) => kinds.length > 1);
    expect(shared, 'keys used for more than one asset').toEqual([]);
  });

  it('are the only keys the figures download under', () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, 'widgets'))) {
      const text = readFileSync(file, 'utf8');
      for (const call of text.matchAll(/(?<!function )\buseAsset(?:<[^>]*>)?\(\s*([^,]+),/g)) {
        const arg = (call[1] ?? '').trim();
        // A key is assetKey.…(…), or a variable set from one in the same file (null meaning "not yet").
        const variable = /^[A-Za-z_$][\w$]*$/.test(arg) ? new RegExp(`const ${arg} = [^;]*assetKey\\.`).test(text) : false;
        if (!arg.includes('assetKey.') && !variable) offenders.push(`${relative(ROOT, file)}: useAsset(${arg}, …)`);
      }
    }
    expect(offenders, 'useAsset calls whose key does not come from assetKey').toEqual([]);
  });
});
