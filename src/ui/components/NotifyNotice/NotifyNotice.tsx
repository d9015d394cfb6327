import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { NotifyOutcome } from '../../../domain/notifications';
import { fill } from '../../format';
import type { INotifyNoticeProps } from './INotifyNoticeProps';
import { Notice } from '../Notice';

/** "Mei Chen", "Mei Chen and Liam O'Brien", "Mei Chen, Liam O'Brien and 3 more" (names are never markup). */
function names(outcomes: readonly NotifyOutcome[]): string {
  const all = [...new Set(outcomes.flatMap((o) => o.undelivered.map((u) => u.person.displayName || u.person.email)).filter(Boolean))];
  if (all.length <= 1) return all[0] ?? '';
  return all.length === 2 ? fill(strings.NamesTwo, all[0], all[1]) : fill(strings.NamesMore, all[0], all[1], all.length - 2);
}

/**
 * Tells the person who acted that what they did was saved but someone wasn't told in Teams (the
 * app not installed, Graph refusing or throttling). The action itself stands; nothing to retry here.
 */
export const NotifyNotice: React.FC<INotifyNoticeProps> = ({ notifications }) => {
  const [missed, setMissed] = React.useState<NotifyOutcome[]>([]);
  React.useEffect(() => notifications.onUndelivered((o) => setMissed((m) => [...m, o])), [notifications]);
  if (!missed.length) return null;
  const who = names(missed);
  return (
    <Notice kind="warning" role="status" onDismiss={() => setMissed([])} dismissButtonAriaLabel={strings.NotNotifiedDismiss}>
      {who ? fill(strings.NotNotified, who) : strings.NotNotifiedUnknown}
    </Notice>
  );
};
