/** A word's nearest neighbours among the shipped GloVe vectors. */
export const FIGURE = { id: 'nn', title: 'Nearest neighbours of a word' } as const;
