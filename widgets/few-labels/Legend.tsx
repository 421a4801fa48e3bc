/** The colour key of the methods on the chart (shared by the island and the fallback). */
import type { CurveMethod } from './core';
import { METHOD_NAMES, colourOf } from './plot';

export function Legend({ methods }: { methods: readonly CurveMethod[] }) {
  return (
    <ul class="fewlabels-legend" aria-label="Colour of each method">
      {methods.map((m) => (
        <li key={m}>
          <span class="fewlabels-swatch" style={{ background: colourOf(m) }} aria-hidden="true" />
          {METHOD_NAMES[m]}
        </li>
      ))}
      <li>
        <span aria-hidden="true">◇</span> run in this page
      </li>
    </ul>
  );
}
