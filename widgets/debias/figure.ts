/** Hard debiasing, before and after, and the bias it leaves in the neighbourhoods. */
export const FIGURE = { id: 'debias', title: 'Hard debiasing: what goes, what stays' } as const;
