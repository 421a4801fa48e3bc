/** The shipped PCA model of the digits: its mean, its leading components as images, and a digit rebuilt from k of them. */
export const FIGURE = { id: 'eigen', title: 'Eigen-digits' } as const;
