/** A skip-gram model with negative sampling trained live on a tiny corpus. */
export const FIGURE = { id: 'skipgram', title: 'Training skip-gram in your browser' } as const;
