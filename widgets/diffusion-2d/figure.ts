export const FIGURE = { id: 'diff', title: 'Diffusion in two dimensions' } as const;
