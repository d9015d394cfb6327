import * as React from 'react';
import type { Registration } from '../../domain/models';

export type RegistrationUpdate = (list: readonly Registration[]) => Registration[];

/**
 * The registrations as read, with my registrations and cancellations since applied as SharePoint
 * answered them; a fresh read (a different array) replaces them.
 */
export function useRegistrationChanges(read: readonly Registration[] | undefined): {
  list: readonly Registration[] | undefined;
  change: (update: RegistrationUpdate) => void;
} {
  const [changed, setChanged] = React.useState<{ from: unknown; list: readonly Registration[] } | undefined>(undefined);
  const list = changed && changed.from === read ? changed.list : read;
  const change = React.useCallback(
    (update: RegistrationUpdate) => setChanged((c) => ({ from: read, list: update(c && c.from === read ? c.list : (read ?? [])) })),
    [read],
  );
  return { list, change };
}
