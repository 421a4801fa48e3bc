/**
 * Disaggregated metrics (Mitchell et al. 2019): a per-item metric averaged per
 * class, per factor bin (unitary) and per class × factor bin (intersectional),
 * each group with its count. Pure; no TF.js.
 */

export interface GroupStat {
  readonly group: string;
  readonly count: number;
  /** null for an empty group. */
  readonly mean: number | null;
}

export interface CrossStat {
  readonly class: string;
  readonly bin: string;
  readonly count: number;
  readonly mean: number | null;
}

/** One factor's bin index per item, with the bins' names. */
export interface BinnedFactor {
  readonly id: string;
  readonly names: readonly string[];
  readonly bins: ArrayLike<number>;
}

export interface Disaggregated {
  readonly overall: { readonly count: number; readonly mean: number | null };
  readonly byClass: GroupStat[];
  readonly byFactor: Record<string, GroupStat[]>;
  readonly byClassAndFactor: Record<string, CrossStat[]>;
}

/** Running counts and sums of groups addressed by index. */
interface Sums {
  readonly n: Float64Array;
  readonly s: Float64Array;
}
const sums = (groups: number): Sums => ({ n: new Float64Array(groups), s: new Float64Array(groups) });
function add(acc: Sums, k: number, v: number): void {
  acc.n[k] = (acc.n[k] as number) + 1;
  acc.s[k] = (acc.s[k] as number) + v;
}

const mean = (s: number, n: number) => (n === 0 ? null : s / n);

export function disaggregate(
  values: ArrayLike<number>,
  labels: ArrayLike<number>,
  factors: readonly BinnedFactor[],
  classes = 10,
): Disaggregated {
  const count = values.length;
  if (labels.length !== count) throw new Error(`${count} values but ${labels.length} labels`);
  for (const f of factors) if (f.bins.length !== count) throw new Error(`${count} values but ${f.bins.length} ${f.id} bins`);
  let total = 0;
  const perClass = sums(classes);
  const perBin = factors.map((f) => sums(f.names.length));
  const perCross = factors.map((f) => sums(classes * f.names.length));
  for (let i = 0; i < count; i++) {
    const v = values[i] as number;
    const c = labels[i] as number;
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new Error(`label ${c} at ${i} is not a class 0–${classes - 1}`);
    total += v;
    add(perClass, c, v);
    factors.forEach((f, j) => {
      const b = f.bins[i] as number;
      if (!Number.isInteger(b) || b < 0 || b >= f.names.length) throw new Error(`${f.id} bin ${b} at ${i} is out of range`);
      add(perBin[j] as Sums, b, v);
      add(perCross[j] as Sums, c * f.names.length + b, v);
    });
  }
  const classNames = Array.from({ length: classes }, (_, c) => String(c));
  return {
    overall: { count, mean: mean(total, count) },
    byClass: classNames.map((group, c) => ({
      group,
      count: perClass.n[c] as number,
      mean: mean(perClass.s[c] as number, perClass.n[c] as number),
    })),
    byFactor: Object.fromEntries(
      factors.map((f, j) => {
        const { n, s } = perBin[j] as Sums;
        return [f.id, f.names.map((group, b) => ({ group, count: n[b] as number, mean: mean(s[b] as number, n[b] as number) }))];
      }),
    ),
    byClassAndFactor: Object.fromEntries(
      factors.map((f, j) => {
        const { n, s } = perCross[j] as Sums;
        const rows = classNames.flatMap((cls, c) =>
          f.names.map((bin, b) => {
            const k = c * f.names.length + b;
            return { class: cls, bin, count: n[k] as number, mean: mean(s[k] as number, n[k] as number) };
          }),
        );
        return [f.id, rows];
      }),
    ),
  };
}
