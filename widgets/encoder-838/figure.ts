/** The 8-3-8 encoder trained live, and the binary code its hidden units find. */
export const FIGURE = { id: 'enc838', title: 'The 8-3-8 encoder learns a code' } as const;
