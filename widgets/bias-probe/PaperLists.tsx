import { PAPER_EXTREME_OCCUPATIONS } from '../lib/embeddings/core';

/** Bolukbasi et al.'s extreme occupations, with ✓ on those our probe also puts at an end. */
export function PaperLists({ ours }: { ours: ReadonlySet<string> }) {
  const column = (end: 'she' | 'he') => (
    <div>
      <p>
        <strong>Paper, most {end}-like</strong>
      </p>
      <ol class="emb-list">
        {PAPER_EXTREME_OCCUPATIONS[end].map((w) => (
          <li key={w}>
            {w}
            {ours.has(w) ? <span class="emb-tag">✓ also ours</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <div class="emb-columns" data-testid="bias-paper">
      {column('she')}
      {column('he')}
    </div>
  );
}
