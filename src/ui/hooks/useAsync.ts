import * as React from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export interface AsyncResult<T> {
  state: AsyncState<T>;
  /** Runs the load again (after an error, or when the data changed). */
  reload: () => void;
  /** True while a load runs (with `keepWhileReloading`, over what is still shown). */
  reloading: boolean;
}

export interface AsyncOptions {
  /** A reload keeps what is shown until the new data arrives (no flash of loading); an error still replaces it. */
  keepWhileReloading?: boolean;
}

/**
 * Runs `load` when `deps` change and keeps loading / error / ready apart, so every screen can show
 * each state. A result that arrives after the component moved on is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList, options: AsyncOptions = {}): AsyncResult<T> {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [reloading, setReloading] = React.useState(false);
  React.useEffect(() => {
    let current = true;
    if (!options.keepWhileReloading) setState({ status: 'loading' });
    setReloading(true);
    load()
      .then(
        (data) => current && setState({ status: 'ready', data }),
        (error: unknown) => current && setState({ status: 'error', error }),
      )
      .finally(() => current && setReloading(false));
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `deps` says when it means something new.
  }, [...deps, attempt]);
  return { state, reload: React.useCallback(() => setAttempt((a) => a + 1), []), reloading };
}
