/** Held-out or drawn digits reconstructed by an autoencoder and by PCA of the same size. */
export const FIGURE = { id: 'recon', title: 'Reconstruction: autoencoder against PCA' } as const;
