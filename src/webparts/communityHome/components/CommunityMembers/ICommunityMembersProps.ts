import type { Community } from '../../../../domain/models';
import type { IMembershipService } from '../../../../domain/services';

export interface ICommunityMembersProps {
  /** The community; its gardeners are the leaders and its join policy decides who is active. */
  community: Pick<Community, 'id' | 'joinPolicy' | 'gardeners'>;
  /** Reads the community's memberships, a page at a time. */
  memberships: Pick<IMembershipService, 'ofCommunity'>;
  /** Changing it reads the members again (e.g. after I joined or left). */
  refreshKey?: number;
  /** The membership a notification's link named (a request or pledge): shown highlighted, with focus. */
  focusItemId?: number;
}
