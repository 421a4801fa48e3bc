/** What the GAN figure should show, computed in Node by the same trainer on the CPU backend. */
import { buildTimeTf } from '../../widgets/lib/node/tf';
import { energyDistance } from '../../widgets/lib/toy-2d';
import { Trainer, type TrainerOptions } from '../../widgets/gan-2d/trainer';
import { fixed } from '../../widgets/lib/format';

/** The energy distance readout after `steps` generator steps taken in one go (as the Step button takes them). */
export async function expectedEnergy(opts: TrainerOptions, steps: number): Promise<string> {
  const tf = await buildTimeTf();
  const t = new Trainer(tf, opts);
  try {
    if (steps > 0) t.step(steps).dispose();
    const s = t.samples();
    const v = s.dataSync() as Float32Array;
    s.dispose();
    return fixed(energyDistance(v, t.test));
  } finally {
    t.dispose();
  }
}
