import * as React from 'react';
import { EMPTY_QUERY, type DirectoryQuery } from '../../../domain/directoryFilter';
import { decodeDirectoryState, encodeDirectoryState, type DirectoryLayout, type DirectoryViewState } from '../../../domain/directoryUrl';
import type { UrlStateStore } from '../../../ui/hooks/urlState';

export interface DirectoryViewResult {
  view: DirectoryViewState;
  /** Changes part of the query (search text, a filter). */
  setQuery: (patch: Partial<DirectoryQuery>) => void;
  setLayout: (layout: DirectoryLayout) => void;
  /** Groups results under their practice area, or not. */
  setGrouped: (grouped: boolean) => void;
  /** Removes the search text and every filter (the layout stays). */
  clearFilters: () => void;
}

/**
 * The query, layout and grouping, mirrored in the page address: read once from it (falling back to the web
 * part's defaults), written back on every change so the address can be shared at any moment.
 */
export function useDirectoryView(defaults: DirectoryViewState, store: UrlStateStore): DirectoryViewResult {
  // Property pane edits make new default objects each render; compare them by value.
  const defaultsKey = JSON.stringify(defaults);
  const stableDefaults = React.useMemo(() => defaults, [defaultsKey]);
  const [view, setView] = React.useState(() => decodeDirectoryState(store.read(), stableDefaults));
  const first = React.useRef(true);

  React.useEffect(() => {
    // New defaults (an editor changed the property pane) apply unless the address says otherwise.
    if (first.current) return;
    setView(decodeDirectoryState(store.read(), stableDefaults));
  }, [stableDefaults, store]);

  React.useEffect(() => {
    first.current = false;
    const current = store.read();
    const next = encodeDirectoryState(view, stableDefaults, current);
    if (next !== current) store.write(next);
  }, [view, stableDefaults, store]);

  return {
    view,
    setQuery: React.useCallback((patch: Partial<DirectoryQuery>) => setView((v) => ({ ...v, query: { ...v.query, ...patch } })), []),
    setLayout: React.useCallback((layout: DirectoryLayout) => setView((v) => ({ ...v, layout })), []),
    setGrouped: React.useCallback((grouped: boolean) => setView((v) => ({ ...v, grouped })), []),
    clearFilters: React.useCallback(() => setView((v) => ({ ...v, query: EMPTY_QUERY })), []),
  };
}
