/**
 * The NT-Xent loss of SimCLR (Chen et al. 2020), term by term, in plain numbers: the
 * contrastive figure shows each term, and the training script's TF.js loss is tested
 * against it. Views come in pairs, [a0, b0, a1, b1, …]: view i's positive is view i ^ 1,
 * and the other 2N − 2 views of the batch are its negatives.
 *
 * Similarity is the cosine, u·v / (|u| |v|), divided by a temperature τ. Without the
 * normalisation a network lowers the loss by growing its embeddings' lengths instead of
 * arranging their directions, and τ alone would no longer set how sharp the softmax is.
 */

export type Vec = readonly number[];

/** What one anchor contributes: its softmax over the other views, and its loss. */
export interface AnchorTerms {
  readonly anchor: number;
  readonly positive: number;
  /** Cosine similarity with every view (the anchor's own entry is 1 and takes no part). */
  readonly cosine: number[];
  /** exp(cos / τ) for every other view, 0 at the anchor. */
  readonly weight: number[];
  /** The softmax of the anchor over the other views: weight / Σ weight. */
  readonly probability: number[];
  /** −log probability[positive]. */
  readonly loss: number;
}

export interface NtXent {
  /** The mean of the 2N anchors' losses. */
  readonly loss: number;
  readonly anchors: AnchorTerms[];
  /** dLoss/dz for every view, for the embeddings as given (before normalisation). */
  readonly gradient: number[][];
}

const dot = (u: Vec, v: Vec) => u.reduce((s, x, i) => s + x * (v[i] as number), 0);
const norm = (u: Vec) => Math.sqrt(dot(u, u));

export const positiveOf = (i: number) => i ^ 1;

/** The loss, every anchor's terms and the gradient, for 2N views in pairs, at temperature τ. */
export function ntXent(views: readonly Vec[], temperature: number): NtXent {
  const n = views.length;
  if (n < 2 || n % 2 !== 0) throw new Error(`NT-Xent needs views in pairs; got ${n}`);
  if (!(temperature > 0)) throw new Error(`the temperature must be positive; got ${temperature}`);
  const dim = (views[0] as Vec).length;
  const lengths = views.map(norm);
  lengths.forEach((l, i) => {
    if (!(l > 0) || (views[i] as Vec).length !== dim) throw new Error(`view ${i} is zero or of another dimension`);
  });
  const unit = views.map((v, i) => v.map((x) => x / (lengths[i] as number)));

  const anchors = unit.map((u, a): AnchorTerms => {
    const cosine = unit.map((v) => dot(u, v));
    // Subtracting the largest logit keeps exp() finite at small temperatures.
    const top = Math.max(...cosine.filter((_, k) => k !== a)) / temperature;
    const weight = cosine.map((c, k) => (k === a ? 0 : Math.exp(c / temperature - top)));
    const total = weight.reduce((s, w) => s + w, 0);
    const probability = weight.map((w) => w / total);
    const positive = positiveOf(a);
    return { anchor: a, positive, cosine, weight, probability, loss: -Math.log(probability[positive] as number) };
  });

  // dℓ_a/du_a = (Σ_k p_ak u_k − u_p)/τ and dℓ_a/du_k = (p_ak − [k = p]) u_a/τ, summed over anchors.
  const gradUnit = unit.map(() => new Array<number>(dim).fill(0));
  for (const t of anchors) {
    const ua = unit[t.anchor] as Vec;
    const ga = gradUnit[t.anchor] as number[];
    t.probability.forEach((p, k) => {
      if (k === t.anchor) return;
      const coef = (p - (k === t.positive ? 1 : 0)) / temperature;
      const uk = unit[k] as Vec;
      const gk = gradUnit[k] as number[];
      for (let d = 0; d < dim; d++) {
        ga[d] = (ga[d] as number) + (coef * (uk[d] as number)) / n;
        gk[d] = (gk[d] as number) + (coef * (ua[d] as number)) / n;
      }
    });
  }
  // Through the normalisation u = z/|z|: dL/dz = (I − u uᵀ) dL/du / |z|.
  const gradient = gradUnit.map((g, i) => {
    const u = unit[i] as Vec;
    const along = dot(g, u);
    return g.map((x, d) => (x - along * (u[d] as number)) / (lengths[i] as number));
  });
  const loss = anchors.reduce((s, t) => s + t.loss, 0) / n;
  return { loss, anchors, gradient };
}
