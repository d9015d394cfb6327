/**
 * The signed-in demo account's Teams activity feed, as the emulator recorded it (GET
 * /_emulator/activity-feed: Graph has no API to read a feed, so this is the workbench's stand-in for
 * Teams). Each entry's deep link opens the matching workbench page, as Teams would open the tab.
 */
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { parseTeamsDeepLink, type NotificationTarget } from '../../src/domain/notifications';

interface FeedEntry {
  id: number;
  activityType: string;
  text: string;
  previewText: string;
  webUrl: string;
  created: string;
  actor: string;
}

/** Where a deep link's target is in the workbench. */
export function workbenchHref(target: NotificationTarget | undefined): string | undefined {
  if (!target) return undefined;
  if (target.page === 'suggestions') return `/admin?suggestion=${target.itemId}`;
  return `/community?community=${target.communityId}&section=${target.section}${target.itemId ? `&item=${target.itemId}` : ''}`;
}

export const ActivityFeedPanel: React.FC = () => {
  const [state, setState] = React.useState<{ entries?: FeedEntry[]; error?: string }>({});
  React.useEffect(() => {
    fetch('/_emulator/activity-feed', { cache: 'no-store' })
      .then(async (r) =>
        r.ok ? setState({ entries: ((await r.json()) as { value: FeedEntry[] }).value }) : setState({ error: `HTTP ${r.status}` }),
      )
      .catch((e: unknown) => setState({ error: String(e) }));
  }, []);
  if (state.error) return <MessageBar messageBarType={MessageBarType.error}>The activity feed could not be read: {state.error}</MessageBar>;
  if (!state.entries) return <Spinner label="Loading the activity feed" />;
  if (state.entries.length === 0) return <p>Nothing in your activity feed yet.</p>;
  return (
    <ul aria-label="Activity feed" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {state.entries.map((e) => {
        const href = workbenchHref(parseTeamsDeepLink(e.webUrl));
        return (
          <li key={e.id} style={{ padding: '8px 0', borderBottom: '1px solid #edebe9' }}>
            {href ? <Link href={href}>{e.text}</Link> : <span>{e.text}</span>}
            <div style={{ fontSize: 12, color: '#605e5c' }}>
              {new Date(e.created).toLocaleString()}
              {e.previewText && e.previewText !== e.text ? ` · ${e.previewText}` : ''}
            </div>
          </li>
        );
      })}
    </ul>
  );
};
