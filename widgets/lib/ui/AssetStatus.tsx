import type { AssetState } from './useAsset';

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/**
 * What a widget shows while its model or data downloads, or when that failed:
 * progress in bytes, or the error with a Retry button. The chapter around it
 * stays readable either way.
 */
export function AssetStatus({ state, what }: { state: AssetState<unknown>; what: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    const { loaded, total } = state.progress;
    return (
      <p class="widget-progress" role="status">
        <label>
          Downloading {what}: {kb(loaded)}
          {total ? ` of ${kb(total)}` : ''}
          {' '}
          <progress max={total ?? undefined} value={total ? loaded : undefined} />
        </label>
      </p>
    );
  }
  return (
    <div class="widget-message" data-kind="error" role="alert">
      <p>
        {what[0]?.toUpperCase()}
        {what.slice(1)} could not be loaded, so this figure cannot run. The rest of the chapter is unaffected.
      </p>
      <p>
        <small>{state.error.message}</small>
      </p>
      <p>
        Check your connection and try again; if it keeps failing, please report it.{' '}
        <button type="button" onClick={state.retry}>
          Retry
        </button>
      </p>
    </div>
  );
}
