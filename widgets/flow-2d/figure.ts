/** A RealNVP-style flow trained live on a 2-d toy distribution. */
export const FIGURE = { id: 'flow', title: 'A flow learns two moons' } as const;
