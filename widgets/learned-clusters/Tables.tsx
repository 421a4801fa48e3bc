/**
 * The figure's two tables, shared by the island and the build-time fallback:
 * the clusters of one fit (majority digit, purity, size, nearest digits),
 * purest first as in the lensing table, and each representation's overall
 * purity and adjusted Rand index. `Strip` draws the nearest digits.
 */
import type { ComponentType } from 'preact';
import { fixed, percent } from '../lib/format';
import { REPRESENTATIONS, REPRESENTATION_LABEL, STRIP, stripLabel, type ClusterSummary, type Representation } from './core';

export interface StripProps {
  indices: number[];
  label: string;
}

interface ClusterProps {
  rep: Representation;
  summary: ClusterSummary;
  labels: ArrayLike<number>;
  Strip: ComponentType<StripProps>;
}

export function ClusterTable({ rep, summary, labels, Strip }: ClusterProps) {
  return (
    <div class="lc-scroll" tabIndex={0}>
      <table class="lc-table" data-testid="lc-clusters">
        <caption>
          The {summary.rows.length} clusters of k-means (k = {summary.k}, seed {summary.seed}) on the {REPRESENTATION_LABEL[rep]},
          purest first
        </caption>
        <thead>
          <tr>
            <th scope="col">cluster</th>
            <th scope="col">majority digit</th>
            <th scope="col">purity</th>
            <th scope="col">size</th>
            <th scope="col">the {STRIP} digits nearest its centre</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row, i) => (
            <tr key={row.cluster}>
              <th scope="row">{i + 1}</th>
              <td>{row.majority}</td>
              <td>{percent(row.purity)}</td>
              <td>{row.size}</td>
              <td>
                <Strip indices={row.nearest} label={stripLabel(row, labels)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CompareProps {
  rep: Representation;
  k: number;
  seed: number;
  results: Partial<Record<Representation, ClusterSummary>>;
}

function Bar({ value }: { value: number }) {
  return <span class="lc-bar" style={{ width: `${Math.max(0, value) * 100}%` }} aria-hidden="true" />;
}

export function CompareTable({ rep, k, seed, results }: CompareProps) {
  return (
    <div class="lc-scroll" tabIndex={0}>
      <table class="lc-table lc-compare" data-testid="lc-compare">
        <caption>
          Every representation, k = {k}, seed {seed}: overall purity and adjusted Rand index (ARI)
        </caption>
        <thead>
          <tr>
            <th scope="col">representation</th>
            <th scope="col">purity</th>
            <th scope="col">ARI</th>
          </tr>
        </thead>
        <tbody>
          {REPRESENTATIONS.map((r) => {
            const s = results[r];
            return (
              <tr key={r} data-rep={r} aria-current={r === rep ? 'true' : undefined}>
                <th scope="row">{REPRESENTATION_LABEL[r]}</th>
                <td>
                  {s ? fixed(s.purity, 3) : '…'}
                  {s && <Bar value={s.purity} />}
                </td>
                <td>
                  {s ? fixed(s.ari, 3) : '…'}
                  {s && <Bar value={s.ari} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
