/** The 2-d codes of the held-out digits, decoded live wherever the reader points. */
export const FIGURE = { id: 'latent', title: 'The latent space of the digits' } as const;
