/** The change-of-variables formula in one dimension, checked against pushed-forward samples. */
export const FIGURE = { id: 'cov', title: 'Change of variables' } as const;
