/** The generative families side by side on one 2-d data set, from the shipped models. */
export const FIGURE = { id: 'zoo', title: 'The zoo side by side' } as const;
