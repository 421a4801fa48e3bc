/** The colour key of the ten digit classes, in the page's theme. */
import type { Theme } from '../lib/ui/useTheme';
import { digitColours } from '../lib/digits/palette';

export function Legend({ theme }: { theme: Theme }) {
  const colours = digitColours(theme);
  return (
    <ul class="latent-legend" aria-label="Colour of each digit">
      {colours.map((c, d) => (
        <li>
          <span class="latent-swatch" style={{ background: c }} aria-hidden="true" />
          {d}
        </li>
      ))}
    </ul>
  );
}
