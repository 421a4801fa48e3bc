/** Held-out error of the book's own autoencoders against training digits and parameters, with fitted power laws. */
export const FIGURE = { id: 'scaling', title: 'A scaling curve from this book’s own models' } as const;
