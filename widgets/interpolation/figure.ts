/** Decoded points on a path between two digits' codes, for an AE and a VAE. */
export const FIGURE = { id: 'interp', title: 'Interpolating between two digits' } as const;
