/** A corrupted held-out digit and what dae-d16 and ae-d16 make of it. */
export const FIGURE = { id: 'denoise', title: 'Denoising' } as const;
