/** vae-d2's decoder over its 2-d latent plane, with pan and zoom. */
export const FIGURE = { id: 'map', title: "The decoder's map of the latent plane" } as const;
