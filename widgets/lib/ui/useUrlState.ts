import { useEffect, useState } from 'preact/hooks';
import { readState, stateAfterHistoryMove, syncAddressBar, type Schema } from '../url-state';
import { useLatest } from './useLatest';

/**
 * A widget's state, restored from the page URL on mount and written back
 * (without a history entry, so a slider's steps do not fill the history)
 * whenever it changes. When the history moves (Back, Forward), the state follows
 * the URL it moved to, validated as a fresh link is. `problems` lists the link's
 * values that were rejected, for the widget to show.
 */
export function useUrlState<S>(widgetId: string, schema: Schema<S>) {
  const [first] = useState(() => readState(widgetId, schema, window.location.search));
  const [state, setState] = useState<S>(first.state);
  const [problems, setProblems] = useState<string[]>(first.problems);
  const latest = useLatest(state);
  useEffect(() => {
    syncAddressBar(widgetId, schema, state);
  }, [widgetId, schema, state]);
  useEffect(() => {
    const onPop = () => {
      const next = stateAfterHistoryMove(widgetId, schema, latest.current, window.location.search);
      setState(next.state);
      setProblems(next.problems);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [widgetId, schema, latest]);
  return [state, setState, problems] as const;
}
