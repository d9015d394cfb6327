import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { MembershipRecord } from '../../../../domain/adminModels';
import type { Community, MemberCounts, Suggestion } from '../../../../domain/models';
import { isRequest, type AdminListKind, type CommandAudience } from '../../../../domain/podCommands';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { Notice } from '../../../../ui/components/Notice';
import { PodActions } from '../../../../ui/components/PodActions';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { SelectableTable } from '../SelectableTable';
import type { IQueuesProps } from './IQueuesProps';
import { classes } from './Queues.styles';
import { useId } from '../../../../ui/hooks/useId';

const POD: CommandAudience = { isPodAdmin: true, gardenerOf: [] };
const col = <T,>(key: string, name: string, onRender: (r: T) => React.ReactNode, minWidth = 100): IColumn => ({
  key,
  name,
  minWidth,
  maxWidth: minWidth * 2.5,
  isResizable: true,
  onRender,
});

interface QueueProps<T> {
  id: string;
  title: string;
  empty: string;
  list: AdminListKind;
  items: T[];
  columns: IColumn[];
  idOf: (r: T) => number;
  services: IQueuesProps['services'];
  onChanged: () => void;
  /** The row a notification's link named. */
  focusId?: number;
  /** Shown above the queue when the row the link named is no longer in it. */
  gone?: string;
  /** Shown under the queue when only its first part is listed. */
  more?: string;
}

function Queue<T>({
  id,
  title,
  empty,
  list,
  items,
  columns,
  idOf,
  services,
  onChanged,
  focusId,
  gone,
  more,
}: QueueProps<T>): React.ReactElement {
  const [selected, setSelected] = React.useState<number[]>([]);
  return (
    <section className={classes.queue} aria-labelledby={id}>
      <Text as="h3" variant="large" id={id} block>{`${title} (${items.length})`}</Text>
      {gone && <Notice>{gone}</Notice>}
      {items.length === 0 ? (
        <Notice>{empty}</Notice>
      ) : (
        <>
          <PodActions list={list} selectedIds={selected} audience={POD} services={services} onChanged={onChanged} />
          <SelectableTable
            items={items}
            columns={columns}
            idOf={idOf}
            ariaLabel={title}
            onSelectionChanged={setSelected}
            focusId={focusId}
          />
          {more && <Text block>{more}</Text>}
        </>
      )}
    </section>
  );
}

/** Requests shown at once: the oldest, read by the indexed MemberStatus with $top (issue 20). */
export const REQUESTS_SHOWN = 100;
/** Forming communities shown at once, each with its pledges counted from its own items. */
export const FORMING_SHOWN = 30;

interface QueueData {
  requests: MembershipRecord[];
  /** True when more stored-pending requests exist than were read. */
  moreRequests: boolean;
  suggestions: Suggestion[];
  pledges: Record<number, MemberCounts>;
}

/** What the queues read when opened: none of it grows with the number of memberships. */
async function loadQueues(
  services: IQueuesProps['services'],
  communities: readonly Community[],
  forming: readonly Community[],
): Promise<QueueData> {
  const policy = new Map(communities.map((c) => [c.id, c]));
  const [pending, suggestions, pledges] = await Promise.all([
    // One more than shown says whether there are more.
    services.admin.pendingRequests(REQUESTS_SHOWN + 1),
    services.content.suggestions(),
    forming.length ? services.memberships.counts(forming) : Promise.resolve({}),
  ]);
  const requests = pending
    .filter((m) => isRequest(m, policy.get(m.communityId)))
    .sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
  return { requests: requests.slice(0, REQUESTS_SHOWN), moreRequests: pending.length > REQUESTS_SHOWN, suggestions, pledges };
}

/** The three queues, drawn from what loadQueues read. */
const QueueTables: React.FC<Omit<IQueuesProps, 'version'> & { read: QueueData; forming: readonly Community[]; moreForming: boolean }> = ({
  data,
  read,
  forming,
  moreForming,
  services,
  onChanged,
  focusSuggestionId,
}) => {
  const copQueueFormingId = useId('cop-queue-forming');
  const copQueueRequestsId = useId('cop-queue-requests');
  const copQueueSuggestionsId = useId('cop-queue-suggestions');
  const dates = useDates();
  const title = (id: number): string => data.communities.find((c) => c.id === id)?.title ?? `#${id}`;
  const requests = read.requests;
  const suggestions = read.suggestions.filter((s) => s.status === 'new' || s.status === 'reviewing');
  // The suggestion a notification named may have been accepted or declined since: say so.
  const waiting = focusSuggestionId === undefined || suggestions.some((s) => s.id === focusSuggestionId);
  const followed = waiting ? undefined : read.suggestions.find((s) => s.id === focusSuggestionId);
  const gone = waiting ? undefined : followed ? fill(strings.LinkedSuggestionDecided, followed.title) : strings.LinkedSuggestionGone;
  return (
    <>
      <Queue<MembershipRecord>
        id={copQueueRequestsId}
        title={strings.QueuesRequests}
        empty={strings.QueuesRequestsEmpty}
        list="memberships"
        items={requests}
        more={read.moreRequests ? fill(strings.QueuesRequestsOldest, REQUESTS_SHOWN) : undefined}
        idOf={(m) => m.id}
        services={services}
        onChanged={onChanged}
        columns={[
          col<MembershipRecord>('member', strings.ColMember, (m) => m.member.displayName, 140),
          col<MembershipRecord>('community', strings.ColCommunity, (m) => title(m.communityId), 160),
          col<MembershipRecord>('level', strings.ColLevel, (m) => m.level, 60),
          col<MembershipRecord>('requested', strings.ColRequested, (m) => dates.formatIso('day', m.created ?? m.joinedOn), 100),
        ]}
      />
      <Queue<Suggestion>
        id={copQueueSuggestionsId}
        title={strings.QueuesSuggestions}
        empty={strings.QueuesSuggestionsEmpty}
        list="suggestions"
        items={suggestions}
        idOf={(s) => s.id}
        services={services}
        onChanged={onChanged}
        focusId={focusSuggestionId}
        gone={gone}
        columns={[
          col<Suggestion>('title', strings.ColSuggestion, (s) => <span title={s.description}>{s.title}</span>, 180),
          col<Suggestion>('kind', strings.ColKind, (s) => s.kind, 90),
          col<Suggestion>('area', strings.ColPracticeArea, (s) => s.practiceArea, 110),
          col<Suggestion>('by', strings.ColSuggestedBy, (s) => s.author?.displayName ?? '', 120),
          col<Suggestion>('created', strings.ColRequested, (s) => dates.formatIso('day', s.created), 100),
        ]}
      />
      <Queue<Community>
        id={copQueueFormingId}
        title={strings.QueuesForming}
        empty={strings.QueuesFormingEmpty}
        list="communities"
        items={[...forming]}
        more={moreForming ? fill(strings.QueuesFormingFirst, FORMING_SHOWN) : undefined}
        idOf={(c) => c.id}
        services={services}
        onChanged={onChanged}
        columns={[
          col<Community>('title', strings.ColCommunity, (c) => c.title, 180),
          col<Community>(
            'pledges',
            strings.ColPledges,
            (c) => {
              const pledged = read.pledges[c.id]?.pledged ?? 0;
              if (!c.foundingTarget) return fill(strings.NoTarget, pledged);
              const text = fill(strings.PledgesOf, pledged, c.foundingTarget);
              return pledged >= c.foundingTarget ? (
                <span className={classes.reached}>
                  {text}, {strings.TargetReached}
                </span>
              ) : (
                text
              );
            },
            140,
          ),
          col<Community>('gardeners', strings.ColGardeners, (c) => c.gardeners.map((g) => g.displayName).join(', ') || strings.None, 140),
          col<Community>('sponsor', strings.ColSponsor, (c) => c.sponsor?.displayName ?? strings.None, 120),
        ]}
      />
    </>
  );
};

/** What waits for the POD team, with the command set's actions in bulk. */
export const Queues: React.FC<IQueuesProps> = ({ data, services, onChanged, focusSuggestionId, version }) => {
  const allForming = React.useMemo(() => data.communities.filter((c) => c.status === 'forming'), [data.communities]);
  const forming = React.useMemo(() => allForming.slice(0, FORMING_SHOWN), [allForming]);
  const queues = useAsync(() => loadQueues(services, data.communities, forming), [services, data.communities, version], {
    keepWhileReloading: true,
  });
  if (queues.state.status === 'loading') return <LoadingView rows={4} />;
  if (queues.state.status === 'error') return <ErrorView error={queues.state.error} onRetry={queues.reload} />;
  return (
    <QueueTables
      data={data}
      read={queues.state.data}
      forming={forming}
      moreForming={allForming.length > forming.length}
      services={services}
      onChanged={onChanged}
      focusSuggestionId={focusSuggestionId}
    />
  );
};
