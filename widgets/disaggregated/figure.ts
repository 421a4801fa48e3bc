/** A digit model's held-out metric per class, per factor bin and per class × bin, from its card and recomputed live. */
export const FIGURE = { id: 'disagg', title: 'Disaggregated evaluation' } as const;
