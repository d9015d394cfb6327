import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { groupMembers } from '../../../../domain/memberGroups';
import { effectiveStatus } from '../../../../domain/membershipRules';
import type { Community, Membership, Person } from '../../../../domain/models';
import type { PodCommandId } from '../../../../domain/podCommands';
import { PersonName } from '../../../../ui/components/PersonName';
import { POD_COMMAND_NAMES, PodCommandRun, podDialogTitle } from '../../../../ui/components/PodCommandRun';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { usePaged } from '../../../../ui/hooks/usePaged';
import { getCommunityMembersClassNames } from './CommunityMembers.styles';
import type { ICommunityMembersProps } from './ICommunityMembersProps';
import { useId } from '../../../../ui/hooks/useId';

type Gardener = NonNullable<ICommunityMembersProps['gardener']>;

// Welcome and Remove load in their own chunk, for the community's gardeners only.
const MemberCare = React.lazy(() =>
  import(/* webpackChunkName: 'cop-member-care' */ '../MemberCare').then((m) => ({ default: m.MemberCare })),
);

const Group: React.FC<{ id: string; title: string; people: Person[]; className: string; listClassName: string }> = ({
  id,
  title,
  people,
  className,
  listClassName,
}) => (
  <div className={className}>
    <Text as="h4" variant="mediumPlus" id={id} block>
      {fill(title, people.length)}
    </Text>
    {people.length === 0 ? (
      <Text>{strings.NobodyHere}</Text>
    ) : (
      <ul className={listClassName} aria-labelledby={id}>
        {people.map((p) => (
          <li key={p.id}>
            <PersonName person={p} eager />
          </li>
        ))}
      </ul>
    )}
  </div>
);

function waitingText(m: Membership): string {
  if (m.status === 'interested') return strings.WaitingPledge;
  return m.level === 'core' ? strings.WaitingCore : strings.WaitingWider;
}

/**
 * Approve and Decline for one request, for the community's gardeners: the same confirmation as the
 * list view's command set (it names the person, and a decline asks for the reason the member sees),
 * and the same writes, which SharePoint allows only in the gardener's own community's folder.
 */
const Answer: React.FC<{ request: Membership; gardener: Gardener; onChanged: () => void }> = ({ request, gardener, onChanged }) => {
  const [open, setOpen] = React.useState<PodCommandId | undefined>();
  const name = request.member.displayName;
  const close = (changed: boolean): void => {
    setOpen(undefined);
    if (changed) onChanged();
  };
  return (
    <span role="group" aria-label={fill(strings.RequestActions, name)}>
      <DefaultButton
        text={POD_COMMAND_NAMES.APPROVE_REQUESTS}
        ariaLabel={fill(strings.ApproveRequestOf, name)}
        onClick={() => setOpen('APPROVE_REQUESTS')}
      />{' '}
      <DefaultButton
        text={POD_COMMAND_NAMES.DECLINE_REQUESTS}
        ariaLabel={fill(strings.DeclineRequestOf, name)}
        onClick={() => setOpen('DECLINE_REQUESTS')}
      />
      {open && (
        <Dialog
          hidden={false}
          onDismiss={() => close(false)}
          dialogContentProps={{ type: DialogType.normal, showCloseButton: false, title: podDialogTitle(open, 1) }}
          modalProps={{ isBlocking: true }}
          minWidth={360}
        >
          <PodCommandRun command={open} itemIds={[request.id]} services={gardener.services} onClose={close} />
        </Dialog>
      )}
    </span>
  );
};

/**
 * Requests waiting for a gardener and founding pledges. The one a notification's link named is
 * highlighted and takes focus, so the gardener lands on it. A gardener answers each request here
 * (never their own: an approval must come from someone else); pledges wait for the launch.
 */
const Waiting: React.FC<{
  items: Membership[];
  community: Pick<Community, 'joinPolicy'>;
  focusItemId?: number;
  gardener?: Gardener;
  onChanged: () => void;
}> = ({ items, community, focusItemId, gardener, onChanged }) => {
  const membersWaitingId = useId('members-waiting');
  const classes = getCommunityMembersClassNames(useTheme());
  const linked = React.useRef<HTMLLIElement>(null);
  const waiting = items.filter((m) => {
    const status = effectiveStatus(m, community);
    return status === 'pending' || status === 'interested';
  });
  const found = focusItemId !== undefined && waiting.some((m) => m.id === focusItemId);
  React.useEffect(() => {
    if (found) linked.current?.focus();
  }, [found]);
  return (
    <>
      {focusItemId !== undefined && !found && <MessageBar>{strings.LinkedItemGone}</MessageBar>}
      {waiting.length > 0 && (
        <div className={classes.group}>
          <Text as="h4" variant="mediumPlus" id={membersWaitingId} block>
            {fill(strings.Waiting, waiting.length)}
          </Text>
          <ul className={classes.list} aria-labelledby={membersWaitingId}>
            {waiting.map((m) => (
              <li
                key={m.id}
                ref={m.id === focusItemId ? linked : undefined}
                tabIndex={m.id === focusItemId ? -1 : undefined}
                aria-current={m.id === focusItemId ? 'true' : undefined}
                className={m.id === focusItemId ? `${classes.waiting} ${classes.linked}` : classes.waiting}
              >
                <PersonName person={m.member} eager /> <Text>{waitingText(m)}</Text>
                {gardener && effectiveStatus(m, community) === 'pending' && m.member.id !== gardener.me.id && (
                  <Answer request={m} gardener={gardener} onChanged={onChanged} />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
};

/** Who is in the community: leaders, core and wider members, and who waits to join, searchable, loaded a page at a time. */
export const CommunityMembers: React.FC<ICommunityMembersProps> = ({ community, memberships, refreshKey = 0, focusItemId, gardener }) => {
  const communityMembersId = useId('community-members');
  const membersCoreId = useId('members-core');
  const membersLeadersId = useId('members-leaders');
  const membersWiderId = useId('members-wider');
  const classes = getCommunityMembersClassNames(useTheme());
  const [text, setText] = React.useState('');
  const paged = usePaged((next) => memberships.ofCommunity(community.id, next), [memberships, community.id, refreshKey]);
  // What a gardener's welcome or removal did: kept here, as the members are read again after it.
  const [careNotice, setCareNotice] = React.useState<string | undefined>();

  const body = ((): React.ReactNode => {
    if (paged.status === 'loading') return <LoadingView rows={3} />;
    if (paged.status === 'error') return <ErrorView error={paged.error} onRetry={paged.reload} />;
    const groups = groupMembers(community, paged.items, text);
    const found = groups.leaders.length + groups.core.length + groups.wider.length;
    return (
      <>
        <div aria-live="polite">{text.trim() !== '' && found === 0 && <Text block>{strings.NoMatchingMembers}</Text>}</div>
        <div className={classes.groups}>
          <Group
            id={membersLeadersId}
            title={strings.Leaders}
            people={groups.leaders}
            className={classes.group}
            listClassName={classes.list}
          />
          <Group
            id={membersCoreId}
            title={strings.CoreMembers}
            people={groups.core}
            className={classes.group}
            listClassName={classes.list}
          />
          <Group
            id={membersWiderId}
            title={strings.WiderMembers}
            people={groups.wider}
            className={classes.group}
            listClassName={classes.list}
          />
        </div>
        {gardener && (
          <React.Suspense fallback={<LoadingView rows={2} />}>
            <MemberCare
              community={community}
              members={paged.items.filter(
                (m) =>
                  effectiveStatus(m, community) === 'active' &&
                  m.member.id !== gardener.me.id &&
                  !community.gardeners.some((g) => g.id === m.member.id),
              )}
              memberships={gardener.services.memberships}
              onChanged={(notice) => {
                setCareNotice(notice);
                paged.reload();
              }}
            />
          </React.Suspense>
        )}
        <Waiting
          items={paged.items}
          community={community}
          focusItemId={
            paged.hasMore && focusItemId !== undefined && !paged.items.some((m) => m.id === focusItemId) ? undefined : focusItemId
          }
          gardener={gardener}
          onChanged={paged.reload}
        />
        {paged.error !== undefined && <ErrorView error={paged.error} onRetry={paged.loadMore} />}
        {paged.hasMore && <DefaultButton text={strings.LoadMoreMembers} onClick={paged.loadMore} disabled={paged.loadingMore} />}
      </>
    );
  })();

  return (
    <section aria-labelledby={communityMembersId}>
      <Text as="h3" variant="large" id={communityMembersId} block>
        {strings.Members}
      </Text>
      <Text block variant="small">
        {strings.GardenersExplained}
      </Text>
      <SearchBox
        className={classes.search}
        placeholder={strings.SearchMembers}
        ariaLabel={strings.SearchMembers}
        value={text}
        onChange={(_, v) => setText(v ?? '')}
      />
      <div aria-live="polite">
        {careNotice && (
          <MessageBar
            messageBarType={MessageBarType.success}
            onDismiss={() => setCareNotice(undefined)}
            dismissButtonAriaLabel={shared.NoticeClose}
          >
            {careNotice}
          </MessageBar>
        )}
      </div>
      {body}
    </section>
  );
};
