/** A GAN in two dimensions: a generator and a discriminator, small MLPs, trained against each other in the page. */
export const FIGURE = { id: 'gan', title: 'A GAN trained live' } as const;
