/** The analogy figure's shareable state (parameters `analogy.*`). */
import { bool, int, oneOf, text, type Schema } from '../lib/url-state';
import type { AnalogyMethod } from '../lib/embeddings/core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const METHODS: readonly AnalogyMethod[] = ['3CosAdd', '3CosMul'];

export interface AnalogyState {
  /** The query a − b + c. */
  a: string;
  b: string;
  c: string;
  method: AnalogyMethod;
  /** Let the question words a, b, c be answers too. */
  inputs: boolean;
  k: number;
}

export const schema: Schema<AnalogyState> = {
  a: text('king', 40),
  b: text('man', 40),
  c: text('woman', 40),
  method: oneOf(METHODS, '3CosAdd'),
  inputs: bool(false),
  k: int(1, 20, 10),
};
