/**
 * Where a web part keeps state that belongs in the page address (so a view can be shared). The
 * browser store rewrites the query string in place: no navigation, no new history entry, and the
 * page's own history state (SharePoint's router uses it) is kept.
 */
export interface UrlStateStore {
  /** The current query string, e.g. `?cop-q=data` or `''`. */
  read(): string;
  /** Replaces the query string; `search` is `''` or starts with `?`. */
  write(search: string): void;
}

export const browserUrlState: UrlStateStore = {
  read: () => window.location.search,
  write: (search) => {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  },
};

/** A store that only remembers, for tests and hosts without an address bar. */
export function memoryUrlState(initial = ''): UrlStateStore {
  let search = initial;
  return {
    read: () => search,
    write: (s) => {
      search = s;
    },
  };
}
