/**
 * Colours for the ten digit classes. Based on the Okabe–Ito palette, chosen
 * to be told apart with the common colour-vision deficiencies [Okabe & Ito
 * 2008], extended to ten with two of Paul Tol's colours. Okabe–Ito's black
 * becomes a grey that shows on both themes, and two colours are lightened in
 * the dark theme. Colour is never the only cue: each class's label is written
 * at the middle of its points, and the readout names the digit under the pointer.
 */
import type { Theme } from '../lib/ui/useTheme';

const LIGHT = ['#E69F00', '#56B4E9', '#009E73', '#C9B800', '#0072B2', '#D55E00', '#CC79A7', '#555555', '#882255', '#999933'];
const DARK = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#3D9BE0', '#F07B2A', '#CC79A7', '#BBBBBB', '#D0529A', '#B8B84A'];

export function digitColours(theme: Theme): string[] {
  return theme === 'dark' ? DARK : LIGHT;
}
