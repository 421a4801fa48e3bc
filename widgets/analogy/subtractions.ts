/** The lecture deck's subtractive analogies, as the chapter's table asks them. */
export interface Subtraction {
  a: string;
  b: string;
  /** The word ranked: GloVe has no token "prime minister", so its second word stands for it. */
  target: string;
  /** The answer as the deck gives it. */
  label: string;
}

export const SUBTRACTIONS: readonly Subtraction[] = [
  { a: 'iraq', b: 'violence', target: 'jordan', label: 'jordan' },
  { a: 'human', b: 'animal', target: 'ethics', label: 'ethics' },
  { a: 'president', b: 'power', target: 'minister', label: 'prime minister (ranked: minister)' },
  { a: 'library', b: 'books', target: 'hall', label: 'hall' },
];
