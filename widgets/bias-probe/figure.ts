/** A bias direction from word pairs, and the words at both of its ends. */
export const FIGURE = { id: 'bias', title: 'Which professions lean towards he, which towards she' } as const;
