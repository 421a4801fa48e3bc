/** A one-dimensional map pushing a base density forward, with the change-of-variables formula. */
export const FIGURE = { id: 'cov', title: 'Change of variables' } as const;
