import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'MyCommunitiesWebPartStrings';
import type { Community, Membership } from '../../../domain/models';
import { effectiveStatus } from '../../../domain/membershipRules';
import { SetupGate } from '../../../ui/components/SetupGate';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { useAsync } from '../../../ui/hooks/useAsync';
import type { IMyCommunitiesProps } from './IMyCommunitiesProps';

interface Row {
  membership: Membership;
  community?: Community;
}

const Mine: React.FC<IMyCommunitiesProps> = ({ services }) => {
  const { state, reload } = useAsync(async (): Promise<Row[]> => {
    const [mine, all] = await Promise.all([services.memberships.mine(), services.communities.all()]);
    const byId = new Map(all.map((c) => [c.id, c]));
    return mine.map((membership) => ({ membership, community: byId.get(membership.communityId) }));
  }, [services]);
  if (state.status === 'loading') return <LoadingView rows={3} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (state.data.length === 0) return <Text role="status" block>{strings.Empty}</Text>;
  return (
    <ul>
      {state.data.map(({ membership: m, community: c }) => {
        const status = effectiveStatus(m, c ?? { joinPolicy: 'approval' });
        return (
          <li key={m.id}>
            <Text variant="mediumPlus">{c ? c.title : strings.UnknownCommunity}</Text>{' '}
            <Text variant="small">{strings[`Level_${m.level}` as const]} · {strings[`Status_${status}` as const]}</Text>
          </li>
        );
      })}
    </ul>
  );
};

/** My communities: my memberships, pledges and requests (Teams personal app and intranet). */
const MyCommunities: React.FC<IMyCommunitiesProps> = (props) => (
  <section aria-labelledby="my-communities-title">
    <Text as="h2" variant="xLarge" id="my-communities-title" block>{strings.Title}</Text>
    <SetupGate setup={props.services.setup}>
      <Mine {...props} />
    </SetupGate>
  </section>
);

export default MyCommunities;
