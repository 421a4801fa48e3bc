/**
 * The names a new chapter or figure is known by, derived from its kebab-case slug:
 * the component name, the figure's short id (its anchor and URL prefix) and a title.
 */

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Why `name` cannot be a slug, or undefined if it can: lower-case words and digits joined by single hyphens. */
export function kebabProblem(name: string, what: string): string | undefined {
  if (KEBAB.test(name)) return undefined;
  return `${what} "${name}" must be kebab-case: lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. "latent-space").`;
}

const words = (slug: string) => slug.split('-');

/** "latent-space" → "LatentSpace", "flow-2d" → "Flow2d": the component's name. */
export function pascalName(slug: string): string {
  return words(slug)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** "pretext-tasks" → "Pretext tasks": sentence case, as the book's titles are written. */
export function titleFromSlug(slug: string): string {
  const text = words(slug).join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

const MAX_ID = 10;

/**
 * A short id for a figure: the name without hyphens when that is short ("word-map" →
 * "wordmap"), else its words' initials ("change-of-variables" → "cov"), else its first
 * letters ("reconstruction" → "reconstruc"). Readers see it in every shared link.
 */
export function shortId(slug: string): string {
  const joined = words(slug).join('');
  if (joined.length <= MAX_ID) return joined;
  const initials = words(slug)
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : joined.slice(0, MAX_ID);
}

/** An id the book accepts (src/book/scan.ts) that also reads well as a URL parameter prefix. */
export function idProblem(id: string): string | undefined {
  return /^[a-z][a-z0-9]*$/.test(id)
    ? undefined
    : `Figure id "${id}" must be lower-case letters and digits, starting with a letter.`;
}
