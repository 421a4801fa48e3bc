/**
 * One number from a model card, by its path in card.json ("metrics.heldOut.shipped.mse"),
 * so that prose quotes the card instead of copying it. An unknown model or path is an error
 * that names both, and the build stops.
 */
export function cardValue(card: unknown, model: string, field: string): number {
  let value: unknown = card;
  for (const key of field.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`<CardValue model="${model}" field="${field}" />: the card of ${model} has no number at ${field}.`);
  }
  return value;
}

/**
 * What <CardValue> prints before formatting: (value − minus) / over × scale, where minus and over
 * are other card numbers (0 and 1 when absent): a gap, a ratio, or a relative change.
 */
export function derivedCardValue(
  value: number,
  { minus = 0, over = 1, scale = 1 }: { minus?: number | undefined; over?: number | undefined; scale?: number } = {},
): number {
  if (over === 0) throw new Error('<CardValue over="…" />: the card number to divide by is 0.');
  return ((value - minus) / over) * scale;
}

/** The number as the book prints it: fixed decimals, thousands separated, a true minus sign. */
export function formatCardValue(value: number, digits: number): string {
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace('-', '−');
}

/**
 * The epoch at which a curve of the card's training history ("negElbo", the
 * held-out loss) was lowest, and that value; the earliest such epoch on a tie.
 * A card without that curve is an error that names the model and the curve.
 */
export function bestEpoch(card: unknown, model: string, curve: string): { epoch: number; value: number } {
  const history = (card as { training?: { history?: unknown } } | null)?.training?.history;
  let best: { epoch: number; value: number } | null = null;
  if (Array.isArray(history)) {
    for (const row of history as Record<string, unknown>[]) {
      const epoch = row['epoch'];
      const value = row[curve];
      if (typeof epoch !== 'number' || typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (!best || value < best.value) best = { epoch, value };
    }
  }
  if (!best)
    throw new Error(`<CardBestEpoch model="${model}" curve="${curve}" />: the card of ${model} has no ${curve} history.`);
  return best;
}

/**
 * The training time of every model, summed from the cards' `training.seconds`, and how many
 * models that is. A card without a training time is an error that names it.
 */
export function trainingTotal(cards: readonly unknown[]): { models: number; seconds: number } {
  let seconds = 0;
  for (const card of cards) {
    const id = String((card as { id?: unknown } | null)?.id);
    seconds += cardValue(card, id, 'training.seconds');
  }
  return { models: cards.length, seconds };
}
