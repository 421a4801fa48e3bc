/** Caliskan et al.'s Word Embedding Association Test on the published or the reader's word sets. */
export const FIGURE = { id: 'weat', title: 'The Word Embedding Association Test' } as const;
