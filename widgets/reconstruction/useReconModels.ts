/** The three models the reconstruction figure compares, each with its own progress and Retry. */
import { useModel } from '../lib/ui/useModel';

export function useReconModels() {
  const ae16 = useModel('ae-d16');
  const ae2 = useModel('ae-d2');
  const pca = useModel('pca');
  return { tf: ae16.tf, ae16: ae16.model, ae2: ae2.model, pca: pca.model };
}
