/**
 * Make an Observable Plot chart one labelled image for assistive technology.
 * Plot labels its inner <g> groups with aria-label, which axe rejects on
 * elements without a role; the figure as a whole gets the label instead.
 */
export function labelPlot<T extends Element>(plot: T, label: string): T {
  const svg = plot.tagName.toLowerCase() === 'svg' ? plot : plot.querySelector('svg');
  if (!svg) return plot;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  for (const g of Array.from(svg.querySelectorAll('[aria-label]'))) {
    if (g !== svg) g.removeAttribute('aria-label');
  }
  for (const g of Array.from(svg.querySelectorAll('[aria-description]'))) g.removeAttribute('aria-description');
  return plot;
}
