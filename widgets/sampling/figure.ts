/** Random codes decoded by vae-d16 from its prior and by ae-d16 from the same codes. */
export const FIGURE = { id: 'sample', title: 'Sampling from the prior' } as const;
