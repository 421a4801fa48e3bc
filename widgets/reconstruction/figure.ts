/** A digit and its reconstructions by ae-d16, ae-d2 and PCA, with their errors. */
export const FIGURE = { id: 'recon', title: 'Reconstruction: autoencoder against PCA' } as const;
