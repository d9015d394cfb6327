/**
 * A service whose code loads on its first call: every method of `T` returns a promise, so a call
 * waits for the chunk, then runs. A chunk that failed to load (a dropped connection) is fetched
 * again on the next call.
 */
export function onFirstUse<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const service = (): Promise<T> =>
    (loaded ??= load().catch((e: unknown) => {
      loaded = undefined;
      throw e;
    }));
  return new Proxy({} as T, {
    // Not a thenable: `await services.admin` must not wait on a method named then.
    get: (_target, name) =>
      name === 'then'
        ? undefined
        : (...args: unknown[]): Promise<unknown> =>
            service().then((s) => (s as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>)[name](...args)),
  });
}
