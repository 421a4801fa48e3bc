/** A corrupted digit and the denoising autoencoder's reconstruction of it. */
export const FIGURE = { id: 'denoise', title: 'Denoising' } as const;
