import { fixed, percent } from '../lib/format';
import type { AnalogyRow } from './core';
import type { NeighbourRow } from './run';

/** Professions before and after: their projection on the direction, and the gender of their neighbours. */
export function ProbeTable({ rows, k }: { rows: readonly NeighbourRow[]; k: number }) {
  return (
    <div class="emb-scroll" tabindex={0} role="region" aria-label="Professions before and after debiasing">
      <table class="emb-table" data-testid="debias-probe">
        <thead>
          <tr>
            <th scope="col">profession</th>
            <th scope="col" class="num">
              projection before
            </th>
            <th scope="col" class="num">
              after
            </th>
            <th scope="col" class="num">
              she-leaning among {k} neighbours, before
            </th>
            <th scope="col" class="num">
              after
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.word}>
              <td>
                {r.word}
                {r.kept ? <span class="emb-tag">gender-specific: kept</span> : null}
              </td>
              <td class="num">{fixed(r.before)}</td>
              <td class="num">{fixed(Math.abs(r.after) < 5e-4 ? 0 : r.after)}</td>
              <td class="num">{percent(r.sheShareBefore)}</td>
              <td class="num">{percent(r.sheShareAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AnalogyTable({ rows }: { rows: readonly AnalogyRow[] }) {
  return (
    <div class="emb-scroll" tabindex={0} role="region" aria-label="Analogies before and after debiasing">
      <table class="emb-table" data-testid="debias-analogies">
        <thead>
          <tr>
            <th scope="col">analogy (3CosAdd)</th>
            <th scope="col">before</th>
            <th scope="col">after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.query}>
              <td>{r.query}</td>
              <td>{r.before.join(', ')}</td>
              <td>{r.after.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
