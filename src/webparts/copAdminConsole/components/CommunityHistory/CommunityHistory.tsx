import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { HistoryEntry } from '../../../../domain/adminModels';
import { COMMUNITY_STATUSES, MEMBERSHIP_STATUSES, type CommunityStatus, type MembershipStatus } from '../../../../domain/models';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useStageName } from '../../../../ui/stageNames';
import { TeamReconcile } from '../TeamReconcile';
import type { ICommunityHistoryProps } from './ICommunityHistoryProps';
import { classes } from './CommunityHistory.styles';
import { useId } from '../../../../ui/hooks/useId';

const APPROVAL: Record<string, string> = {
  approved: strings.ApprovalApproved,
  rejected: strings.ApprovalRejected,
  pending: strings.ApprovalPending,
};
const MEMBER_STATUS: Record<MembershipStatus, string> = {
  active: strings.HistoryMemberActive,
  pending: strings.HistoryMemberPending,
  interested: strings.HistoryMemberInterested,
  declined: strings.HistoryMemberDeclined,
  left: strings.HistoryMemberLeft,
};
/** A changed column in the interface's words; one without words yet shows its internal name. */
export const fieldName = (field: string): string => strings.HistoryFieldNames[field] ?? field;
const isCommunityStatus = (s: string): s is CommunityStatus => (COMMUNITY_STATUSES as readonly string[]).includes(s);
const isMembershipStatus = (s: string): s is MembershipStatus => (MEMBERSHIP_STATUSES as readonly string[]).includes(s);

/** One entry in words: statuses by their names on this site, never their stored keys. */
function describe(h: HistoryEntry, stageName: (s: CommunityStatus) => string): React.ReactNode {
  const status = h.status ?? '';
  if (h.kind === 'request') {
    const memberStatus = isMembershipStatus(status) ? MEMBER_STATUS[status] : status;
    return (
      fill(strings.HistoryRequest, h.member ?? '', memberStatus, APPROVAL[h.approval ?? ''] ?? h.approval ?? '') +
      (h.note ? `. ${h.note}` : '')
    );
  }
  if (h.kind === 'created') return fill(strings.HistoryCreated, h.version ?? '');
  return (
    <>
      {fill(strings.HistoryChanged, (h.fields ?? []).map(fieldName).join(', '), h.version ?? '')}
      {h.status && <div>{fill(strings.HistoryStatus, isCommunityStatus(h.status) ? stageName(h.status) : h.status)}</div>}
      {h.note && <div>{fill(strings.HistoryReason, h.note)}</div>}
    </>
  );
}

/** Who changed a community and its memberships, and when: newest first. */
export const CommunityHistory: React.FC<ICommunityHistoryProps> = ({ communities, admin }) => {
  const copAdminHistoryId = useId('cop-admin-history');
  const dates = useDates();
  const stageName = useStageName();
  const [id, setId] = React.useState<number | undefined>(communities[0]?.id);
  const community = communities.find((c) => c.id === id);
  const history = useAsync(() => (community ? admin.history(community) : Promise.resolve([])), [admin, community?.id]);
  return (
    <section aria-labelledby={copAdminHistoryId}>
      <Text as="h3" variant="large" id={copAdminHistoryId} block>
        {strings.HistoryTitle}
      </Text>
      <Text block>{strings.HistoryIntro}</Text>
      <Dropdown
        className={classes.picker}
        label={strings.HistoryChoose}
        options={communities.map((c) => ({ key: c.id, text: c.title }))}
        selectedKey={id ?? null}
        onChange={(_, o) => o && setId(Number(o.key))}
      />
      {community?.groupId && <TeamReconcile key={community.id} community={community} admin={admin} />}
      {history.state.status === 'loading' && <LoadingView rows={3} />}
      {history.state.status === 'error' && <ErrorView error={history.state.error} onRetry={history.reload} />}
      {history.state.status === 'ready' &&
        (history.state.data.length === 0 ? (
          <MessageBar>{strings.HistoryEmpty}</MessageBar>
        ) : (
          <table className={classes.table} aria-label={fill(strings.HistoryTitle)}>
            <thead>
              <tr>
                <th scope="col">{strings.ColWhen}</th>
                <th scope="col">{strings.ColWho}</th>
                <th scope="col">{strings.ColWhat}</th>
              </tr>
            </thead>
            <tbody>
              {history.state.data.slice(0, 100).map((h, i) => (
                <tr key={i}>
                  <td>{dates.formatIso('dayTime', h.when)}</td>
                  <td>{h.who}</td>
                  <td>{describe(h, stageName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
};
