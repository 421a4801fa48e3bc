/** Double descent: the test error of minimum-norm least squares against the number of random features. */
export const FIGURE = { id: 'dd', title: 'Double descent' } as const;
