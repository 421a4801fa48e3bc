/** The 2-d codes of held-out digits, with the decoding of a chosen point. */
export const FIGURE = { id: 'latent', title: 'The latent space of the digits' } as const;
