/**
 * Reads a view starts up front, so they travel in the same `$batch` as the setup check instead of
 * one round trip after another (Page Diagnostics counts every request). Each preloaded read is
 * used once, by whichever load asks first; every load after that (a reload, a section opened
 * again) reads afresh, so nothing is ever answered from a stale start. A preload that failed
 * before anyone took it is dropped: the load that comes after (behind a setup check that failed
 * too and was tried again) reads afresh instead of being handed the old failure.
 */
export interface Preloaded<T> {
  /** The preloaded promise the first time; undefined after that. */
  take(): Promise<T> | undefined;
}

/** Starts `read` now; a failure is reported where it is taken, never left unhandled. */
export function preload<T>(read: () => Promise<T>): Preloaded<T> {
  const started = read();
  let p: Promise<T> | undefined = started;
  started.catch(() => {
    if (p === started) p = undefined;
  });
  return {
    take() {
      const taken = p;
      p = undefined;
      return taken;
    },
  };
}

/** A loader that answers from `preloaded` while it is still untaken, and calls `load` otherwise. */
export function firstFrom<T>(preloaded: Preloaded<T> | undefined, load: () => Promise<T>): () => Promise<T> {
  return () => preloaded?.take() ?? load();
}
