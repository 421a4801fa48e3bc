/**
 * A small analogy check set in the style of Mikolov et al.'s (2013) test:
 * ten relations, eight word pairs each. Every ordered pair of pairs within a
 * relation is one question (8 × 7 = 56 per relation, 560 in all). Some
 * relations use rarer words on purpose (world capitals, currencies) so that
 * a vocabulary cut that is too small shows up as unanswerable questions.
 */

export interface AnalogyRelation {
  name: string;
  pairs: readonly (readonly [string, string])[];
}

export const ANALOGY_CHECK_SET: readonly AnalogyRelation[] = [
  {
    name: 'capital-common',
    pairs: [
      ['athens', 'greece'],
      ['berlin', 'germany'],
      ['cairo', 'egypt'],
      ['madrid', 'spain'],
      ['moscow', 'russia'],
      ['ottawa', 'canada'],
      ['rome', 'italy'],
      ['tokyo', 'japan'],
    ],
  },
  {
    name: 'capital-world',
    pairs: [
      ['bishkek', 'kyrgyzstan'],
      ['windhoek', 'namibia'],
      ['tegucigalpa', 'honduras'],
      ['vientiane', 'laos'],
      ['kigali', 'rwanda'],
      ['lusaka', 'zambia'],
      ['dushanbe', 'tajikistan'],
      ['managua', 'nicaragua'],
    ],
  },
  {
    name: 'currency',
    pairs: [
      ['japan', 'yen'],
      ['russia', 'ruble'],
      ['india', 'rupee'],
      ['china', 'yuan'],
      ['mexico', 'peso'],
      ['poland', 'zloty'],
      ['denmark', 'krone'],
      ['thailand', 'baht'],
    ],
  },
  {
    name: 'family',
    pairs: [
      ['brother', 'sister'],
      ['father', 'mother'],
      ['husband', 'wife'],
      ['king', 'queen'],
      ['nephew', 'niece'],
      ['prince', 'princess'],
      ['son', 'daughter'],
      ['uncle', 'aunt'],
    ],
  },
  {
    name: 'nationality',
    pairs: [
      ['china', 'chinese'],
      ['france', 'french'],
      ['germany', 'german'],
      ['italy', 'italian'],
      ['japan', 'japanese'],
      ['mexico', 'mexican'],
      ['russia', 'russian'],
      ['sweden', 'swedish'],
    ],
  },
  {
    name: 'plural',
    pairs: [
      ['bird', 'birds'],
      ['bottle', 'bottles'],
      ['child', 'children'],
      ['city', 'cities'],
      ['dog', 'dogs'],
      ['house', 'houses'],
      ['mouse', 'mice'],
      ['woman', 'women'],
    ],
  },
  {
    name: 'past-tense',
    pairs: [
      ['dancing', 'danced'],
      ['flying', 'flew'],
      ['going', 'went'],
      ['listening', 'listened'],
      ['running', 'ran'],
      ['seeing', 'saw'],
      ['swimming', 'swam'],
      ['writing', 'wrote'],
    ],
  },
  {
    name: 'comparative',
    pairs: [
      ['bad', 'worse'],
      ['big', 'bigger'],
      ['cheap', 'cheaper'],
      ['cold', 'colder'],
      ['good', 'better'],
      ['large', 'larger'],
      ['small', 'smaller'],
      ['strong', 'stronger'],
    ],
  },
  {
    name: 'adverb',
    pairs: [
      ['calm', 'calmly'],
      ['careful', 'carefully'],
      ['quick', 'quickly'],
      ['quiet', 'quietly'],
      ['rapid', 'rapidly'],
      ['slow', 'slowly'],
      ['sudden', 'suddenly'],
      ['usual', 'usually'],
    ],
  },
  {
    name: 'opposite',
    pairs: [
      ['aware', 'unaware'],
      ['certain', 'uncertain'],
      ['comfortable', 'uncomfortable'],
      ['fortunate', 'unfortunate'],
      ['likely', 'unlikely'],
      ['necessary', 'unnecessary'],
      ['pleasant', 'unpleasant'],
      ['reasonable', 'unreasonable'],
    ],
  },
];

export interface AnalogyQuestion {
  relation: string;
  /** a − b + c should give `expected`. */
  a: string;
  b: string;
  c: string;
  expected: string;
}

/** x1 : y1 :: x2 : ?  becomes  y1 − x1 + x2 = y2. */
export function analogyQuestions(relations: readonly AnalogyRelation[] = ANALOGY_CHECK_SET): AnalogyQuestion[] {
  const out: AnalogyQuestion[] = [];
  for (const { name, pairs } of relations) {
    pairs.forEach(([x1, y1], i) =>
      pairs.forEach(([x2, y2], j) => {
        if (i !== j) out.push({ relation: name, a: y1, b: x1, c: x2, expected: y2 });
      }),
    );
  }
  return out;
}
