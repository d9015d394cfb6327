import type { Community } from '../../../../domain/models';
import type { IContentService, IMembershipService, IPeopleService, IQuestionService } from '../../../../domain/services';

export interface ICommunityKnowledgeProps {
  /** The community; its gardeners and active members are the people mapped. */
  community: Pick<Community, 'id' | 'joinPolicy' | 'gardeners'>;
  /** Reads the community's memberships, a page at a time. */
  memberships: Pick<IMembershipService, 'ofCommunity'>;
  /** Reads the members' profiles (what they can help with and want to learn). */
  content: Pick<IContentService, 'profilesOf' | 'myProfile'>;
  /** Who is searching, so "find colleagues" leaves them out and knows their practice area. */
  people: Pick<IPeopleService, 'me'>;
  /** Who across the hub offers a topic: a gap shows people in other communities (issue 16). */
  questions?: Pick<IQuestionService, 'helpers'>;
}
