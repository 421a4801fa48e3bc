/** A digit's random views and their similarity, the held-out codes mapped to two dimensions, and neighbours in code and pixel space. */
export const FIGURE = { id: 'simclr', title: 'What the contrastive encoder learned' } as const;
