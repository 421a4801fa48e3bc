import type { TfRuntime } from '../tf';

/** Which TensorFlow.js backend the widget runs on, and why if it is not the GPU. */
export function BackendBadge({ rt }: { rt: TfRuntime | null }) {
  if (!rt) return <span data-testid="backend">Starting TensorFlow.js…</span>;
  return (
    <span data-testid="backend" data-backend={rt.backend} title={rt.fallbackReason ?? undefined}>
      Running on {rt.backend === 'webgl' ? 'the GPU (WebGL)' : 'the CPU'}
      {rt.fallbackReason ? ` — ${rt.fallbackReason}` : ''}
    </span>
  );
}
