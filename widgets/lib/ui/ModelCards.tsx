import { Fragment } from 'preact';
import type { ModelId } from '../models/registry';

/** The model-cards page's anchor for a shipped model. */
export const modelCardHref = (id: ModelId) => `/part-6/model-cards/#${id}`;

/** "Model card: ae-d16" or "Model cards: dae-d16, ae-d16", each a link to the card: the models a figure runs. */
export function ModelCards({ ids }: { ids: readonly ModelId[] }) {
  return (
    <span>
      {ids.length === 1 ? 'Model card: ' : 'Model cards: '}
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : ''}
          <a href={modelCardHref(id)}>{id}</a>
        </Fragment>
      ))}
    </span>
  );
}
