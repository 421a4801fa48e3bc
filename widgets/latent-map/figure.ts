/** A map of the 2-d latent plane decoded tile by tile, to pan and zoom. */
export const FIGURE = { id: 'map', title: "The decoder's map of the latent plane" } as const;
