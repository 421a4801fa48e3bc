/**
 * The word lists and queries the book's widgets offer as presets, loaded from
 * the published research data in ../data (sources and licences in its README).
 */
import weatLists from '../data/weat-caliskan2017-wordlists.json' with { type: 'json' };
import professionRows from '../data/bolukbasi2016-professions.json' with { type: 'json' };
import definitionalPairRows from '../data/bolukbasi2016-definitional-pairs.json' with { type: 'json' };
import genderSpecificSeed from '../data/bolukbasi2016-gender-specific-seed.json' with { type: 'json' };
import type { AnalogyQuery } from './analogy';
import type { WordPair } from './bias';
import type { WeatSets } from './weat';

export type WeatListName = keyof typeof weatLists;

export const CALISKAN_2017 =
  'Caliskan, Bryson & Narayanan (2017), "Semantics derived automatically from language corpora contain human-like biases", Science 356(6334):183–186';
export const BOLUKBASI_2016 =
  'Bolukbasi, Chang, Zou, Saligrama & Kalai (2016), "Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", NeurIPS';

export interface WeatPreset {
  id: string;
  /** Caliskan et al.'s test number (Table 1). */
  number: number;
  title: string;
  names: { X: string; Y: string; A: string; B: string };
  lists: { X: WeatListName; Y: WeatListName; A: WeatListName; B: WeatListName };
  /** Effect size the paper reports for GloVe 840B (Common Crawl). */
  paperEffectSize: number;
  /** How the sets below differ from the raw lists, to follow the paper's supplementary materials. */
  paperAdjustments: string[];
  sets: WeatSets;
}

interface WeatSpec extends Omit<WeatPreset, 'sets' | 'paperAdjustments'> {
  /** Words the paper dropped from a set (with the reason in `note`). */
  drop?: readonly string[];
  /** Words whose paper spelling differs from the list's, as [list word, paper word]. */
  replace?: readonly (readonly [string, string])[];
  note?: string;
}

const WEAT_SPECS: readonly WeatSpec[] = [
  {
    id: 'weat1',
    number: 1,
    title: 'Flowers and insects',
    names: { X: 'flowers', Y: 'insects', A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'flowers', Y: 'insects', A: 'pleasant_5', B: 'unpleasant_5a' },
    paperEffectSize: 1.5,
  },
  {
    id: 'weat2',
    number: 2,
    title: 'Musical instruments and weapons',
    names: { X: 'instruments', Y: 'weapons', A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'instruments', Y: 'weapons', A: 'pleasant_5', B: 'unpleasant_5a' },
    paperEffectSize: 1.53,
  },
  {
    id: 'weat3',
    number: 3,
    title: 'European- and African-American names (Greenwald et al. 1998)',
    names: { X: 'European-American names', Y: 'African-American names', A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'european_american_names_5', Y: 'african_american_names_5', A: 'pleasant_5', B: 'unpleasant_5b' },
    paperEffectSize: 1.41,
  },
  {
    id: 'weat4',
    number: 4,
    title: 'European- and African-American names (Bertrand & Mullainathan 2004)',
    names: { X: 'European-American names', Y: 'African-American names', A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'european_american_names_7', Y: 'african_american_names_7', A: 'pleasant_5', B: 'unpleasant_5b' },
    paperEffectSize: 1.5,
    drop: ['Jay', 'Kristen', 'Tremayne', 'Latonya'],
    note: 'the paper dropped Tremayne and Latonya as too rare in its corpus, and Jay and Kristen at random to keep the sets equal (16 names each)',
  },
  {
    id: 'weat5',
    number: 5,
    title: 'European- and African-American names, pleasant and unpleasant (Nosek et al. 2002)',
    names: { X: 'European-American names', Y: 'African-American names', A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'european_american_names_7', Y: 'african_american_names_7', A: 'pleasant_9', B: 'unpleasant_9' },
    paperEffectSize: 1.28,
    drop: ['Jay', 'Kristen', 'Tremayne', 'Latonya'],
    note: 'the same four names as in test 4 are dropped, as in the paper',
  },
  {
    id: 'weat6',
    number: 6,
    title: 'Male and female names, career and family',
    names: { X: 'male names', Y: 'female names', A: 'career', B: 'family' },
    lists: { X: 'male_names', Y: 'female_names', A: 'career', B: 'family' },
    paperEffectSize: 1.81,
  },
  {
    id: 'weat7',
    number: 7,
    title: 'Maths and arts, male and female terms',
    names: { X: 'maths', Y: 'arts', A: 'male terms', B: 'female terms' },
    lists: { X: 'math', Y: 'arts', A: 'male_terms', B: 'female_terms' },
    paperEffectSize: 1.06,
  },
  {
    id: 'weat8',
    number: 8,
    title: 'Science and arts, male and female terms',
    names: { X: 'science', Y: 'arts', A: 'male terms', B: 'female terms' },
    lists: { X: 'science', Y: 'arts_2', A: 'male_terms_2', B: 'female_terms_2' },
    paperEffectSize: 1.24,
  },
  {
    id: 'weat9',
    number: 9,
    title: 'Mental and physical disease, temporary and permanent',
    names: { X: 'mental disease', Y: 'physical disease', A: 'temporary', B: 'permanent' },
    lists: { X: 'mental_disease', Y: 'physical_disease', A: 'temporary', B: 'permanent' },
    paperEffectSize: 1.38,
    replace: [['short', 'short-term']],
    note: 'the paper lists "short-term" where the WEFE list has "short"',
  },
  {
    id: 'weat10',
    number: 10,
    title: "Young and old people's names, pleasant and unpleasant",
    names: { X: "young people's names", Y: "old people's names", A: 'pleasant', B: 'unpleasant' },
    lists: { X: 'young_people_names', Y: 'old_people_names', A: 'pleasant_9', B: 'unpleasant_9' },
    paperEffectSize: 1.21,
    replace: [['Bill', 'Billy']],
    note: 'the paper lists "Billy" where the WEFE list has "Bill"',
  },
];

function listWords(name: WeatListName, spec: WeatSpec): string[] {
  const drop = new Set(spec.drop ?? []);
  const replace = new Map(spec.replace ?? []);
  return weatLists[name].filter((w) => !drop.has(w)).map((w) => replace.get(w) ?? w);
}

/** The ten WEAT tests of Caliskan et al. (2017), Table 1, with the paper's effect sizes. */
export const WEAT_PRESETS: readonly WeatPreset[] = WEAT_SPECS.map((spec) => {
  const { drop: _drop, replace: _replace, note, ...preset } = spec;
  const sets = {
    X: listWords(spec.lists.X, spec),
    Y: listWords(spec.lists.Y, spec),
    A: listWords(spec.lists.A, spec),
    B: listWords(spec.lists.B, spec),
  };
  return { ...preset, paperAdjustments: note === undefined ? [] : [note], sets };
});

export interface AnalogyPreset {
  id: string;
  query: AnalogyQuery;
  /** Read as "b is to a as c is to ?". */
  label: string;
  /** The answer the source reports, for the book to compare with. */
  reported: string;
  source: string;
}

const DECK = 'the course slides ("Language embeddings" and "A note of caution")';

/** a − b + c queries from the course decks and from Bolukbasi et al. (single-word forms of their phrases). */
export const ANALOGY_PRESETS: readonly AnalogyPreset[] = [
  {
    id: 'king-queen',
    query: { a: 'king', b: 'man', c: 'woman' },
    label: 'man : king :: woman : ?',
    reported: 'queen',
    source: DECK,
  },
  {
    id: 'paris-warsaw',
    query: { a: 'paris', b: 'france', c: 'poland' },
    label: 'france : paris :: poland : ?',
    reported: 'warsaw',
    source: DECK,
  },
  {
    id: 'biking-biked',
    query: { a: 'biking', b: 'today', c: 'yesterday' },
    label: 'today : biking :: yesterday : ?',
    reported: 'biked',
    source: DECK,
  },
  {
    id: 'programmer-homemaker',
    query: { a: 'programmer', b: 'man', c: 'woman' },
    label: 'man : programmer :: woman : ?',
    reported: 'homemaker',
    source: `${BOLUKBASI_2016} (their phrase "computer_programmer")`,
  },
  {
    id: 'doctor-nurse',
    query: { a: 'doctor', b: 'he', c: 'she' },
    label: 'he : doctor :: she : ?',
    reported: 'nurse',
    source: BOLUKBASI_2016,
  },
  {
    id: 'surgeon-nurse',
    query: { a: 'surgeon', b: 'he', c: 'she' },
    label: 'he : surgeon :: she : ?',
    reported: 'nurse',
    source: BOLUKBASI_2016,
  },
  {
    id: 'architect-designer',
    query: { a: 'architect', b: 'he', c: 'she' },
    label: 'he : architect :: she : ?',
    reported: 'interior designer',
    source: BOLUKBASI_2016,
  },
];

/** Bolukbasi et al.'s ten definitional pairs, female word first (as published). */
export const DEFINITIONAL_PAIRS: readonly WordPair[] = definitionalPairRows.map(([f, m]) => [f ?? '', m ?? ''] as const);

/** The same pairs male word first, so a direction built from them points the same way as he − she. */
export const DEFINITIONAL_MALE_FIRST: readonly WordPair[] = DEFINITIONAL_PAIRS.map(([f, m]) => [m, f] as const);

/**
 * Pairs to equalise in hard debiasing, after Bolukbasi et al. §5 ({he, she},
 * {mother, father}, …); female word first, like the definitional pairs.
 */
export const EQUALIZE_PAIRS: readonly WordPair[] = [
  ['she', 'he'],
  ['her', 'his'],
  ['herself', 'himself'],
  ['woman', 'man'],
  ['women', 'men'],
  ['girl', 'boy'],
  ['girls', 'boys'],
  ['mother', 'father'],
  ['daughter', 'son'],
  ['sister', 'brother'],
  ['aunt', 'uncle'],
  ['niece', 'nephew'],
  ['wife', 'husband'],
  ['queen', 'king'],
  ['princess', 'prince'],
  ['grandmother', 'grandfather'],
  ['actress', 'actor'],
  ['mom', 'dad'],
  ['gal', 'guy'],
  ['female', 'male'],
  ['businesswoman', 'businessman'],
  ['spokeswoman', 'spokesman'],
  ['chairwoman', 'chairman'],
];

/** Bolukbasi et al.'s 218 hand-picked gender-specific words, left alone by hard debiasing. */
export const GENDER_SPECIFIC_WORDS: readonly string[] = genderSpecificSeed;

export interface Profession {
  word: string;
  /** Crowd rating of how gendered the word is by definition (−1 female … +1 male). */
  definitional: number;
  /** Crowd rating of its gender stereotype (−1 female … +1 male). */
  stereotypical: number;
}

export const PROFESSIONS: readonly Profession[] = professionRows.map(([word, definitional, stereotypical]) => ({
  word: String(word),
  definitional: Number(definitional),
  stereotypical: Number(stereotypical),
}));

/**
 * Professions for the he–she ranking: single words (GloVe has no phrases) whose
 * gender is not part of their meaning. Bolukbasi et al. left out words like
 * "businesswoman"; here that is |definitional rating| ≥ 0.5.
 */
export function neutralProfessions(maxDefinitional = 0.5): string[] {
  return PROFESSIONS.filter((p) => !p.word.includes('_') && Math.abs(p.definitional) < maxDefinitional).map((p) => p.word);
}

/** The extreme occupations Bolukbasi et al. (2016) list for word2vec on Google News. */
export const PAPER_EXTREME_OCCUPATIONS = {
  she: [
    'homemaker',
    'nurse',
    'receptionist',
    'librarian',
    'socialite',
    'hairdresser',
    'nanny',
    'bookkeeper',
    'stylist',
    'housekeeper',
    'interior designer',
    'guidance counselor',
  ],
  he: [
    'maestro',
    'skipper',
    'protege',
    'philosopher',
    'captain',
    'architect',
    'financier',
    'warrior',
    'broadcaster',
    'magician',
    'fighter pilot',
    'boss',
  ],
} as const;

/** Every word a preset uses, lower-cased: the vocabulary cut must keep all of them. */
export function presetWords(): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    if (!w.includes('_')) words.add(w.toLowerCase());
  };
  for (const p of WEAT_PRESETS) for (const list of Object.values(p.sets)) list.forEach(add);
  for (const list of Object.values(weatLists)) list.forEach(add);
  for (const p of ANALOGY_PRESETS) [p.query.a, p.query.b, p.query.c, ...p.reported.split(' ')].forEach(add);
  for (const pair of [...DEFINITIONAL_PAIRS, ...EQUALIZE_PAIRS]) pair.forEach(add);
  PROFESSIONS.forEach((p) => add(p.word));
  GENDER_SPECIFIC_WORDS.forEach(add);
  for (const w of [...PAPER_EXTREME_OCCUPATIONS.she, ...PAPER_EXTREME_OCCUPATIONS.he]) w.split(' ').forEach(add);
  return [...words];
}
