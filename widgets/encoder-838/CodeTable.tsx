/** The table of hidden activations: one row per one-hot input, shaded by value, with its rounded code. */
import { H, oneHotLabel, roundedOutput, type CodeTable as Table } from './core';

const shade = (v: number) => ({ background: `color-mix(in srgb, var(--sl-color-accent) ${Math.round(v * 50)}%, transparent)` });

export function CodeTableView({ table, caption }: { table: Table; caption: string }) {
  const counts = new Map<string, number>();
  for (const r of table.rows) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return (
    <div class="enc838-table-wrap" tabIndex={0}>
      <table class="enc838-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            {Array.from({ length: H }, (_, j) => (
              <th scope="col">A{j + 1}</th>
            ))}
            <th scope="col">Code</th>
            <th scope="col">Output</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => {
            const shared = (counts.get(r.code) ?? 0) > 1;
            return (
              <tr data-testid={`enc838-row-${r.input}`}>
                <th scope="row">
                  <code>{oneHotLabel(r.input)}</code>
                </th>
                {r.hidden.map((v) => (
                  <td style={shade(v)}>{v.toFixed(2)}</td>
                ))}
                <td data-shared={shared ? 'true' : undefined}>
                  <code>{r.code}</code>
                  {shared ? ' (shared)' : ''}
                </td>
                <td>
                  <code>{roundedOutput(r.output)}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
