import { fixed } from '../../format';

export interface ScoreRow {
  word: string;
  score: number;
  /** A short tag shown after the word (e.g. "question word"); marks the row. */
  tag?: string | undefined;
}

/**
 * Ranked words with their scores and a bar for each: readable by screen
 * readers as a table, by eye as a bar chart. The same markup is used at
 * build time in the static fallbacks.
 */
export function ScoreTable({
  rows,
  scoreLabel,
  caption,
  testId,
}: {
  rows: readonly ScoreRow[];
  scoreLabel: string;
  caption: string;
  testId?: string;
}) {
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r.score)));
  return (
    <table class="emb-table" data-testid={testId}>
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            #
          </th>
          <th scope="col">word</th>
          <th scope="col" class="num">
            {scoreLabel}
          </th>
          <th scope="col" class="bar-cell">
            <span class="sr-only">bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.word} data-mark={r.tag ? '' : undefined}>
            <td class="num">{i + 1}</td>
            <td>
              {r.word}
              {r.tag ? <span class="emb-tag">{r.tag}</span> : null}
            </td>
            <td class="num">{fixed(r.score)}</td>
            <td class="bar-cell" aria-hidden="true">
              <div class="emb-bar" style={{ width: `${Math.max(0, (r.score / max) * 100).toFixed(1)}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
