import type { Workload, WorkloadKind } from '../backend-policy';
import type { TfRuntime } from '../tf';

const NAME = { cpu: 'CPU', webgl: 'WebGL' } as const;

/**
 * Which TensorFlow.js backend the figure's work runs on, and why (in the title
 * and for screen readers). `workloads` lists the kinds of work the figure does,
 * as it passes them to `rt.run`; the default is interactive work only.
 */
export function BackendBadge({
  rt,
  workloads = ['interactive'],
}: {
  rt: TfRuntime | null;
  workloads?: readonly (Workload | WorkloadKind)[];
}) {
  if (!rt) return <span data-testid="backend">Starting TensorFlow.js…</span>;
  const choices = workloads.map((w) => ({ kind: typeof w === 'string' ? w : w.kind, ...rt.choose(w) }));
  const backends = [...new Set(choices.map((c) => c.backend))].sort();
  const both = backends.length > 1;
  const reason = both
    ? choices.map((c) => `${c.kind} work on ${NAME[c.backend]}: ${c.reason}`).join('; ')
    : [...new Set(choices.map((c) => c.reason))].join('; ');
  const label = backends.map((b) => NAME[b]).join(' + ');
  return (
    <span data-testid="backend" data-backend={backends.join('+')} data-reason={reason} title={reason}>
      TF.js: {label}
      <span class="sr-only"> ({reason})</span>
    </span>
  );
}
