/** The 8-3-8 figure's shareable state (parameters `enc838.*`): the seed and the learning rate, not the progress. */
import { int, oneOf, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** Adam step sizes offered; 0.1 trains in a few hundred steps, 0.3 often settles for 7 distinct codes. */
export const LR_CHOICES = ['0.01', '0.03', '0.1', '0.3'] as const;
export type LrChoice = (typeof LR_CHOICES)[number];

/** Training stops here; by then the default run's loss is below 0.01 nats. */
export const MAX_STEPS = 3000;
/** Steps per animation frame: 3,000 steps take about five seconds at 60 frames a second. */
export const STEPS_PER_FRAME = 10;
/** What the Step button does. */
export const STEP_BUTTON = 50;

export interface Enc838State {
  seed: number;
  lr: LrChoice;
}

export const schema: Schema<Enc838State> = {
  seed: int(1, 99999, 18),
  lr: oneOf(LR_CHOICES, '0.1'),
};
