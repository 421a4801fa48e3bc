/** Decoded paths between the codes of two held-out digits, for ae-d16 and vae-d16. */
export const FIGURE = { id: 'interp', title: 'Interpolating between two digits' } as const;
