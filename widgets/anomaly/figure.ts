/** Anomaly scores of in- and out-of-distribution images, with a threshold and its ROC curve. */
export const FIGURE = { id: 'anomaly', title: 'Anomaly detection by reconstruction error' } as const;
