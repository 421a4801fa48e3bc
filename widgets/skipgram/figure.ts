/** A tiny skip-gram model trained in the page on a small corpus. */
export const FIGURE = { id: 'skipgram', title: 'Training skip-gram in your browser' } as const;
