/** A small coupling flow trained in the page on a two-dimensional data set. */
export const FIGURE = { id: 'flow', title: 'A flow learns two moons' } as const;
