import * as React from 'react';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import type { Community } from '../../../domain/models';
import { SetupGate } from '../../../ui/components/SetupGate';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { useAsync } from '../../../ui/hooks/useAsync';
import type { ICommunityHomeProps } from './ICommunityHomeProps';
import { CommunityMembers } from './CommunityMembers';
import { MyMembership } from './MyMembership';
import { SharedRepertoire } from './SharedRepertoire';
import { UpcomingSessions } from './UpcomingSessions';

const Field: React.FC<{ label: string; value?: string }> = ({ label, value }) => (
  <>
    <dt><Text variant="mediumPlus">{label}</Text></dt>
    <dd><Text>{value && value.trim() ? value : strings.NotSet}</Text></dd>
  </>
);

const Charter: React.FC<{ community: Community }> = ({ community: c }) => (
  <section aria-labelledby="community-charter">
    <Text as="h3" variant="large" id="community-charter" block>{strings.Charter}</Text>
    <dl>
      <Field label={strings.Domain} value={c.domain} />
      <Field label={strings.Practice} value={c.practice} />
      <Field label={strings.Audience} value={c.audience} />
      <Field label={strings.GroundRules} value={c.groundRules} />
      <Field label={strings.Sponsor} value={c.sponsor?.displayName} />
      <Field label={strings.Gardeners} value={c.gardeners.map((g) => g.displayName).join(', ')} />
      <Field label={strings.Rhythm} value={c.rhythm} />
    </dl>
  </section>
);

const Home: React.FC<ICommunityHomeProps> = ({ services, communityId, teamGroupId }) => {
  const [membersVersion, setMembersVersion] = React.useState(0);
  const { state, reload } = useAsync(
    () => (teamGroupId ? services.communities.getByGroupId(teamGroupId) : services.communities.get(communityId ?? 0)),
    [services, communityId, teamGroupId],
  );
  if (state.status === 'loading') return <LoadingView rows={6} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (!state.data) return <MessageBar>{teamGroupId ? strings.NotLinked : strings.NotFound}</MessageBar>;
  return (
    <article aria-labelledby="community-title">
      <Text as="h2" variant="xLarge" id="community-title" block>{state.data.title}</Text>
      <Charter community={state.data} />
      <MyMembership memberships={services.memberships} community={state.data} onChanged={() => setMembersVersion((v) => v + 1)} />
      <CommunityMembers memberships={services.memberships} community={state.data} refreshKey={membersVersion} />
      <UpcomingSessions content={services.content} community={state.data} />
      <SharedRepertoire content={services.content} communityId={state.data.id} />
    </article>
  );
};

/** A community's home: its charter, members, repertoire and rhythm (SharePoint page or Teams tab). */
const CommunityHome: React.FC<ICommunityHomeProps> = (props) => {
  if (!props.teamGroupId && !props.communityId) return <MessageBar>{strings.ChooseCommunity}</MessageBar>;
  return (
    <SetupGate setup={props.services.setup}>
      <Home {...props} />
    </SetupGate>
  );
};

export default CommunityHome;
