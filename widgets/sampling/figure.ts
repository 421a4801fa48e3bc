/** Digits decoded from samples of the VAE prior, at a chosen temperature. */
export const FIGURE = { id: 'sample', title: 'Sampling from the prior' } as const;
