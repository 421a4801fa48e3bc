/** Single numbers of the zoo figure, by name, for the chapter's prose and exercises. */
import { linearSchedule, posteriorCoefficients } from '../lib/diffusion';
import type { Family, LogLikelihood, ZooResult } from './core';

export type ZooValueName =
  | `${Family}.energy`
  | `${LogLikelihood['kind']}`
  | 'floor'
  | 'gaussian'
  | 'iwaeGap'
  | 'flowOverIwae'
  /** The diffusion bound's KL terms of the two least noisy reverse steps, L₁ + L₂ (t = 2, 3), in nats. */
  | 'boundFirstSteps'
  /** The diffusion bound's other KL terms, L₃ … L_{T−1}, in nats. */
  | 'boundOtherSteps'
  /** β̃₂/β₂: how much narrower the sampler's reverse step is than β at t = 2. */
  | 'narrowAt2'
  /** How many KL terms boundOtherSteps sums. */
  | 'boundOtherCount'
  /** The diffusion bound's decoder term L₀, a negative log-density, in nats. */
  | 'boundDecoder'
  /** The whole diffusion bound, −log p ≤ this, in nats. */
  | 'boundTotal';

export function zooValue(zoo: ZooResult, name: ZooValueName): number {
  const family = (f: Family) => zoo.families.find((x) => x.family === f)!;
  const ll = (kind: LogLikelihood['kind']) =>
    zoo.families.flatMap((f) => f.logLikelihood).find((l) => l.kind === kind)?.value ?? NaN;
  if (name.endsWith('.energy')) return family(name.split('.')[0] as Family).energy;
  switch (name) {
    case 'floor':
      return zoo.floor;
    case 'gaussian':
      return zoo.gaussian;
    case 'iwaeGap':
      return ll('IWAE') - ll('ELBO');
    case 'flowOverIwae':
      return ll('exact') - ll('IWAE');
    case 'boundFirstSteps': {
      const terms = family('diffusion').boundTerms!;
      return terms[1]! + terms[2]!;
    }
    case 'boundOtherSteps': {
      const terms = family('diffusion').boundTerms!;
      return terms.slice(3, -1).reduce((a, b) => a + b, 0);
    }
    case 'narrowAt2': {
      const schedule = linearSchedule();
      return posteriorCoefficients(2, schedule).variance / schedule.beta[1]!;
    }
    case 'boundOtherCount':
      return family('diffusion').boundTerms!.length - 4;
    case 'boundDecoder':
      return family('diffusion').boundTerms![0]!;
    case 'boundTotal':
      return -ll('bound');
    default:
      return ll(name as LogLikelihood['kind']);
  }
}
