/** A held-out digit's nearest other held-out digits as pixels and as three learned codes, and each space's leave-one-out k-NN accuracy. */
export const FIGURE = { id: 'knn', title: 'Retrieval in latent space' } as const;
