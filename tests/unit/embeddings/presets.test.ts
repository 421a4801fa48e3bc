import { describe, expect, it } from 'vitest';
import {
  ANALOGY_PRESETS,
  DEFINITIONAL_PAIRS,
  EQUALIZE_PAIRS,
  GENDER_SPECIFIC_WORDS,
  WEAT_PRESETS,
  neutralProfessions,
  presetWords,
} from '../../../widgets/lib/embeddings/core';

describe('WEAT presets', () => {
  it('are the ten tests of Caliskan et al., numbered 1 to 10, with the paper effect sizes', () => {
    expect(WEAT_PRESETS.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(WEAT_PRESETS.map((p) => p.paperEffectSize)).toEqual([1.5, 1.53, 1.41, 1.5, 1.28, 1.81, 1.06, 1.24, 1.38, 1.21]);
  });

  it('follow the paper where its lists differ from the raw data', () => {
    const byId = Object.fromEntries(WEAT_PRESETS.map((p) => [p.id, p]));
    expect(byId.weat4?.sets.X).toHaveLength(16);
    expect(byId.weat4?.sets.Y).not.toContain('Latonya');
    expect(byId.weat5?.sets.X).not.toContain('Jay');
    expect(byId.weat9?.sets.A).toContain('short-term');
    expect(byId.weat10?.sets.X).toContain('Billy');
    expect(byId.weat6?.sets.X).toContain('Bill');
    expect(byId.weat3?.sets.X).toHaveLength(32);
  });
});

describe('other presets', () => {
  it("include the decks' analogies and Bolukbasi's pairs", () => {
    expect(ANALOGY_PRESETS.map((p) => p.query)).toContainEqual({ a: 'king', b: 'man', c: 'woman' });
    expect(ANALOGY_PRESETS.map((p) => p.query)).toContainEqual({ a: 'paris', b: 'france', c: 'poland' });
    expect(DEFINITIONAL_PAIRS).toHaveLength(10);
    expect(EQUALIZE_PAIRS).toContainEqual(['she', 'he']);
    expect(GENDER_SPECIFIC_WORDS).toHaveLength(218);
  });

  it('leave gendered-by-definition and multi-word professions out of the ranking', () => {
    const words = neutralProfessions();
    expect(words).toContain('nurse');
    expect(words).toContain('socialite');
    expect(words).not.toContain('businesswoman');
    expect(words).not.toContain('actor');
    expect(words.some((w) => w.includes('_'))).toBe(false);
  });

  it('list every preset word in lower case for the vocabulary cut', () => {
    const words = presetWords();
    for (const w of ['biked', 'warsaw', 'homemaker', 'bookkeeper', 'latonya', 'billy', 'short-term', 'mary'])
      expect(words).toContain(w);
    expect(words.every((w) => w === w.toLowerCase() && !w.includes('_'))).toBe(true);
  });
});
