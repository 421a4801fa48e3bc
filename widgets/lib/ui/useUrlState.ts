import { useEffect, useState } from 'preact/hooks';
import { readState, syncAddressBar, type Schema } from '../url-state';

/**
 * A widget's state, restored from the page URL once on mount and written back
 * (without a history entry) whenever it changes. `problems` lists the link's
 * values that were rejected, for the widget to show.
 */
export function useUrlState<S>(widgetId: string, schema: Schema<S>) {
  const [{ state: initial, problems }] = useState(() => readState(widgetId, schema, window.location.search));
  const [state, setState] = useState<S>(initial);
  useEffect(() => {
    syncAddressBar(widgetId, schema, state);
  }, [widgetId, schema, state]);
  return [state, setState, problems] as const;
}
