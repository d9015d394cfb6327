import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { MembershipRecord } from '../../../../domain/adminModels';
import type { Community, Suggestion } from '../../../../domain/models';
import { isRequest, type AdminListKind, type CommandAudience } from '../../../../domain/podCommands';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { PodActions } from '../../../../ui/components/PodActions';
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
}

function Queue<T>({ id, title, empty, list, items, columns, idOf, services, onChanged, focusId, gone }: QueueProps<T>): React.ReactElement {
  const [selected, setSelected] = React.useState<number[]>([]);
  return (
    <section className={classes.queue} aria-labelledby={id}>
      <Text as="h3" variant="large" id={id} block>{`${title} (${items.length})`}</Text>
      {gone && <MessageBar>{gone}</MessageBar>}
      {items.length === 0 ? (
        <MessageBar>{empty}</MessageBar>
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
        </>
      )}
    </section>
  );
}

/** What waits for the POD team, with the command set's actions in bulk. */
export const Queues: React.FC<IQueuesProps> = ({ data, services, onChanged, focusSuggestionId }) => {
  const copQueueFormingId = useId('cop-queue-forming');
  const copQueueRequestsId = useId('cop-queue-requests');
  const copQueueSuggestionsId = useId('cop-queue-suggestions');
  const dates = useDates();
  const title = (id: number): string => data.communities.find((c) => c.id === id)?.title ?? `#${id}`;
  const requests = data.memberships
    .filter((m) =>
      isRequest(
        m,
        data.communities.find((c) => c.id === m.communityId),
      ),
    )
    .sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
  const suggestions = data.suggestions.filter((s) => s.status === 'new' || s.status === 'reviewing');
  const forming = data.communities.filter((c) => c.status === 'forming');
  // The suggestion a notification named may have been accepted or declined since: say so.
  const waiting = focusSuggestionId === undefined || suggestions.some((s) => s.id === focusSuggestionId);
  const followed = waiting ? undefined : data.suggestions.find((s) => s.id === focusSuggestionId);
  const gone = waiting ? undefined : followed ? fill(strings.LinkedSuggestionDecided, followed.title) : strings.LinkedSuggestionGone;
  return (
    <>
      <Queue<MembershipRecord>
        id={copQueueRequestsId}
        title={strings.QueuesRequests}
        empty={strings.QueuesRequestsEmpty}
        list="memberships"
        items={requests}
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
        items={forming}
        idOf={(c) => c.id}
        services={services}
        onChanged={onChanged}
        columns={[
          col<Community>('title', strings.ColCommunity, (c) => c.title, 180),
          col<Community>(
            'pledges',
            strings.ColPledges,
            (c) => {
              const pledged = data.counts[c.id]?.pledged ?? 0;
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
