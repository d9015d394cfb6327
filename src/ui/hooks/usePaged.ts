import * as React from 'react';
import type { Page } from '../../domain/services';

export interface PagedResult<T> {
  status: 'loading' | 'error' | 'ready';
  /** Every item loaded so far, in page order. */
  items: T[];
  /** What the first page (or the last "more") failed with. */
  error?: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  /** Fetches the next page and appends it. */
  loadMore: () => void;
  /** Starts again from the first page. */
  reload: () => void;
}

interface PagedState<T> {
  status: 'loading' | 'error' | 'ready';
  items: T[];
  next?: string;
  error?: unknown;
  loadingMore: boolean;
}

/**
 * A list read page by page (services return `Page<T>`), with loading, error and "load more" states.
 * Pages that arrive after `deps` changed are dropped.
 */
export function usePaged<T>(loadPage: (next?: string) => Promise<Page<T>>, deps: React.DependencyList): PagedResult<T> {
  const [state, setState] = React.useState<PagedState<T>>({ status: 'loading', items: [], loadingMore: false });
  const [attempt, setAttempt] = React.useState(0);
  const generation = React.useRef(0);

  React.useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading', items: [], loadingMore: false });
    loadPage().then(
      (page) => mine === generation.current && setState({ status: 'ready', items: page.items, next: page.next, loadingMore: false }),
      (error: unknown) => mine === generation.current && setState({ status: 'error', items: [], error, loadingMore: false }),
    );
    // `loadPage` is a fresh closure each render; `deps` says when it means something new.
  }, [...deps, attempt]);

  const loadMore = (): void => {
    if (!state.next || state.loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true, error: undefined }));
    loadPage(state.next).then(
      (page) =>
        mine === generation.current && setState((s) => ({ ...s, items: [...s.items, ...page.items], next: page.next, loadingMore: false })),
      (error: unknown) => mine === generation.current && setState((s) => ({ ...s, error, loadingMore: false })),
    );
  };

  return {
    status: state.status,
    items: state.items,
    error: state.error,
    hasMore: state.next !== undefined,
    loadingMore: state.loadingMore,
    loadMore,
    reload: React.useCallback(() => setAttempt((a) => a + 1), []),
  };
}
