/** A linear probe on frozen features, trained in the page on a few labelled training digits: held-out accuracy against the number of labels. */
export const FIGURE = { id: 'fewlabels', title: 'Few labels, good features' } as const;
