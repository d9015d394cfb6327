import * as React from 'react';

export interface EarlyReadsState<E> {
  /** False for the first frame, before the effect has started the reads. */
  started: boolean;
  early?: E;
}

const same = (a: React.DependencyList, b: React.DependencyList): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Starts a view's first reads (see preload) in an effect, once per `deps`, never during render:
 * React may render a component more than once, or throw a render away, and a read started there
 * would be sent twice or for nothing. The reads all start in one synchronous call, so they queue for
 * the same `$batch` (ReadBatcher sends what was queued in one turn of the event loop). Until they have
 * started (one frame), and again for one frame when `deps` change, `started` is false.
 */
export function useEarlyReads<E>(start: () => E, deps: React.DependencyList): EarlyReadsState<E> {
  const [state, setState] = React.useState<{ deps: React.DependencyList; early: E }>();
  React.useEffect(() => {
    setState({ deps, early: start() });
    // `start` is a fresh closure each render; `deps` says when it means something new.
  }, deps);
  return state && same(state.deps, deps) ? { started: true, early: state.early } : { started: false };
}
