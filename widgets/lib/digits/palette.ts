/**
 * The one palette for the ten digit classes. Based on the Okabe–Ito palette,
 * chosen to be told apart with the common colour-vision deficiencies [Okabe &
 * Ito 2008], extended to ten with two of Paul Tol's colours. Okabe–Ito's black
 * becomes a grey that shows on both themes, and two colours are lightened for
 * dark backgrounds (the dark theme, and the black of decoded digits). Colour is
 * never the only cue: figures also write or name the class.
 */
import type { Theme } from '../ui/useTheme';

const LIGHT = ['#E69F00', '#56B4E9', '#009E73', '#C9B800', '#0072B2', '#D55E00', '#CC79A7', '#555555', '#882255', '#999933'];
const DARK = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#3D9BE0', '#F07B2A', '#CC79A7', '#BBBBBB', '#D0529A', '#B8B84A'];

/** The class colours for a background: the page's theme, or 'dark' for marks drawn over digits. */
export function digitColours(background: Theme): readonly string[] {
  return background === 'dark' ? DARK : LIGHT;
}

/** The colours' names, in class order, for text that describes a figure drawn over digits. */
export const DARK_COLOUR_NAMES = [
  'orange',
  'sky blue',
  'green',
  'yellow',
  'blue',
  'vermilion',
  'pink',
  'grey',
  'magenta',
  'olive',
] as const;
