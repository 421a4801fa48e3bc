/** Word analogies a − b + c by 3CosAdd or 3CosMul, question words in or out. */
export const FIGURE = { id: 'analogy', title: 'Analogies: a − b + c' } as const;
