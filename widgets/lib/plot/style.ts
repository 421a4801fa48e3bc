/**
 * The one style of the book's Observable Plot charts: no background of their
 * own and the text colour of the page, so a chart follows the light and dark
 * themes; 12 px text, or 11 px for charts dense with labels.
 */
export function plotStyle(fontSize: 11 | 12 = 12) {
  return { background: 'transparent', color: 'currentColor', fontSize: `${fontSize}px` } as const;
}
