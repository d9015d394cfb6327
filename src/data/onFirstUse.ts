/**
 * A service whose code loads on its first call: every method of `T` returns a promise, so a call
 * waits for the chunk, then runs. A chunk that failed to load (a dropped connection) is fetched
 * again on the next call.
 */
export function onFirstUse<T extends object>(load: () => Promise<T>): T {
  const service = loadOnce(load);
  return new Proxy({} as T, {
    // Not a thenable: `await services.admin` must not wait on a method named then.
    get: (_target, name) =>
      name === 'then'
        ? undefined
        : (...args: unknown[]): Promise<unknown> =>
            service().then((s) => (s as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>)[name](...args)),
  });
}

/** `load` run once and its promise shared; after a failure (a chunk that didn't arrive) the next call runs it again. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((e: unknown) => {
      loaded = undefined;
      throw e;
    }));
}
