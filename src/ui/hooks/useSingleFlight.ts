import * as React from 'react';

export interface SingleFlight {
  /**
   * Runs `action` unless one of this component's actions is under way; then it does nothing and
   * resolves false (a double click acts once). What `action` throws is thrown on.
   */
  run: (action: () => Promise<void>) => Promise<boolean>;
  /** True while an action runs: a ref, so two clicks in one frame see it, unlike state. */
  isBusy: () => boolean;
  /** False once the component has unmounted: set no state on it after that. */
  isMounted: () => boolean;
}

/** "Don't do it twice": one action at a time for a component, and whether it's still on screen. */
export function useSingleFlight(): SingleFlight {
  const inFlight = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return React.useMemo(
    () => ({
      async run(action: () => Promise<void>): Promise<boolean> {
        if (inFlight.current) return false;
        inFlight.current = true;
        try {
          await action();
          return true;
        } finally {
          // Only the run that set it sets it back, so there is no stale read to race with.
          // eslint-disable-next-line require-atomic-updates
          inFlight.current = false;
        }
      },
      isBusy: () => inFlight.current,
      isMounted: () => mounted.current,
    }),
    [],
  );
}
