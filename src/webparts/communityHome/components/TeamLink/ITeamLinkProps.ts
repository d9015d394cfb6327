import type { Community } from '../../../../domain/models';
import type { ICommunityService, IPeopleService } from '../../../../domain/services';

export interface ITeamLinkProps {
  /** The Microsoft 365 group of the team the tab is in. */
  groupId: string;
  /** Lists the communities and links one to the team. */
  communities: Pick<ICommunityService, 'all' | 'linkTeam'>;
  /** Whether the signed-in person is on the POD team (only they may link). */
  people: Pick<IPeopleService, 'me'>;
  /** Called with the community once it is linked. */
  onLinked: (community: Community) => void;
}
