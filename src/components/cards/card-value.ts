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

/** The number as the book prints it: fixed decimals, thousands separated, a true minus sign. */
export function formatCardValue(value: number, digits: number): string {
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace('-', '−');
}
