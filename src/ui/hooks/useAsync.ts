import * as React from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export interface AsyncResult<T> {
  state: AsyncState<T>;
  /** Runs the load again (after an error, or when the data changed). */
  reload: () => void;
}

/**
 * Runs `load` when `deps` change and keeps loading / error / ready apart, so every screen can show
 * each state. A result that arrives after the component moved on is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): AsyncResult<T> {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `deps` says when it means something new.
  }, [...deps, attempt]);
  return { state, reload: React.useCallback(() => setAttempt((a) => a + 1), []) };
}
