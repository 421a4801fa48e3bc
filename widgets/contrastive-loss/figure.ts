/** Eight views on the unit circle, the NT-Xent loss of one anchor term by term, its gradient, and the temperature. */
export const FIGURE = { id: 'ntxent', title: 'The contrastive loss, by hand' } as const;
