/** An 8-3-8 autoencoder trained live on the eight one-hot vectors, with its hidden code. */
export const FIGURE = { id: 'enc838', title: 'The 8-3-8 encoder learns a code' } as const;
