/** Reconstruction error as an anomaly score for digits against Fashion-MNIST, with its ROC curve. */
export const FIGURE = { id: 'anomaly', title: 'Anomaly detection by reconstruction error' } as const;
