/**
 * Search as a person types: one request per pause in typing (`delayMs`), the one before cancelled
 * when a newer query replaces it, and "more" appending the next page.
 */
import * as React from 'react';
import { buildHubQuery, type HubSearchPage, type HubSearchScope } from '../../domain/hubSearch';
import type { IHubSearchService } from '../../domain/services';

export type HubSearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; page: HubSearchPage; loadingMore: boolean; moreError?: unknown };

export interface HubSearchResult {
  state: HubSearchState;
  /** Fetches the next page and appends it. */
  more: () => void;
  retry: () => void;
}

export const PAUSE_MS = 300;
const PAGE_SIZE = 10;

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

export function useHubSearch(search: IHubSearchService, text: string, scope: HubSearchScope, delayMs = PAUSE_MS): HubSearchResult {
  const [state, setState] = React.useState<HubSearchState>({ status: 'idle' });
  const [attempt, setAttempt] = React.useState(0);
  const current = React.useRef<AbortController | undefined>(undefined);
  const scopeKey = JSON.stringify(scope);

  React.useEffect(() => {
    current.current?.abort();
    if (!buildHubQuery(text).ok) {
      setState({ status: 'idle' });
      return undefined;
    }
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    const controller = new AbortController();
    current.current = controller;
    const timer = setTimeout(() => {
      setState({ status: 'loading' });
      search.search({ text, scope, startRow: 0, rowLimit: PAGE_SIZE }, controller.signal).then(
        (page) => !controller.signal.aborted && setState({ status: 'ready', page, loadingMore: false }),
        (error: unknown) => !controller.signal.aborted && !isAbort(error) && setState({ status: 'error', error }),
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // scope is compared by value (scopeKey).
  }, [search, text, scopeKey, attempt, delayMs]);

  const more = React.useCallback(() => {
    if (state.status !== 'ready' || state.loadingMore) return;
    const page = state.page;
    const controller = current.current;
    const indexed = page.hits.filter((h) => !h.justAdded).length;
    setState({ ...state, loadingMore: true, moreError: undefined });
    search.search({ text, scope, startRow: indexed, rowLimit: PAGE_SIZE }, controller?.signal).then(
      (next) => {
        if (controller?.signal.aborted) return;
        const seen = new Set(page.hits.map((h) => `${h.kind}:${h.id}`));
        const hits = [...page.hits, ...next.hits.filter((h) => !seen.has(`${h.kind}:${h.id}`))];
        setState({ status: 'ready', page: { ...page, hits }, loadingMore: false });
      },
      (error: unknown) => !controller?.signal.aborted && setState({ status: 'ready', page, loadingMore: false, moreError: error }),
    );
  }, [state, search, text, scopeKey]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, more, retry };
}
