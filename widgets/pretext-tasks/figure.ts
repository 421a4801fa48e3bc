/** Four pretext tasks made from one held-out digit: their inputs, their targets, and the rotation model's answers. */
export const FIGURE = { id: 'pretext', title: 'Pretext tasks from one digit' } as const;
