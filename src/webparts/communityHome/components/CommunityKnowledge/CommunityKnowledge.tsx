import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { plural } from '../../../../ui/plural';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { FindColleagues } from '../FindColleagues';
import { KnowledgeMap } from '../KnowledgeMap';
import type { ICommunityKnowledgeProps } from './ICommunityKnowledgeProps';
import { loadCommunityProfiles } from './loadCommunityProfiles';

/** What the community knows: "find colleagues" and the knowledge map, over its members' profiles. */
export const CommunityKnowledge: React.FC<ICommunityKnowledgeProps> = (props) => {
  const { community, memberships, content, people, questions } = props;
  const findHelpers = React.useMemo(() => questions && ((topics: readonly string[]) => questions.helpers(topics)), [questions]);
  const { state, reload } = useAsync(() => loadCommunityProfiles(props), [community.id, memberships, content, people]);
  if (state.status === 'loading') return <LoadingView rows={4} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const { profiles, me, myPracticeArea, complete, people: counted } = state.data;
  return (
    <>
      {!complete && (
        <Text block variant="small">
          {plural(strings.KnowledgeSample, counted)}
        </Text>
      )}
      <FindColleagues profiles={profiles} me={me} myPracticeArea={myPracticeArea} />
      <KnowledgeMap profiles={profiles} communityId={community.id} findHelpers={findHelpers} />
    </>
  );
};
