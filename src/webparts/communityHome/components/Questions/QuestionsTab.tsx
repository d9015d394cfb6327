/** The Questions tab's chunk: the section with what it needs from the home's services. */
import * as React from 'react';
import type { Community } from '../../../../domain/models';
import type { CopServices, SiteRoles } from '../../../../domain/services';
import { loadCommunityProfiles } from '../CommunityKnowledge/loadCommunityProfiles';
import QuestionsSection from './QuestionsSection';

export interface IQuestionsTabProps {
  community: Community;
  services: CopServices;
  me: SiteRoles;
  /** A link named this question (`section=questions&item=12`). */
  focusItemId?: number;
  now?: Date;
}

const QuestionsTab: React.FC<IQuestionsTabProps> = ({ community, services, me, focusItemId, now }) => {
  const { questions, content, memberships, people } = services;
  // The knowledge map's topics (what the community's members offer and want to learn), read only when Ask opens.
  const loadTopics = React.useCallback(async (): Promise<string[]> => {
    const { profiles } = await loadCommunityProfiles({ community, memberships, content, people });
    return profiles.flatMap((p) => [...p.canHelpWith, ...p.wantsToLearn]);
  }, [community, memberships, content, people]);
  if (!questions) return null;
  return (
    <QuestionsSection
      community={community}
      questions={questions}
      content={content}
      search={services.search}
      me={me}
      loadTopics={loadTopics}
      follows={services.questionFollows}
      focusItemId={focusItemId}
      homeLink={window.location.href}
      now={now}
    />
  );
};

export default QuestionsTab;
