import type { Community, CurrentUser } from '../../../../domain/models';
import type { PodCommandServices } from '../../../../domain/podCommands';
import type { IMembershipService } from '../../../../domain/services';

export interface ICommunityMembersProps {
  /** The community; its gardeners are the leaders and its join policy decides who is active. */
  community: Pick<Community, 'id' | 'title' | 'joinPolicy' | 'gardeners'>;
  /** Reads the community's memberships, a page at a time. */
  memberships: Pick<IMembershipService, 'ofCommunity'>;
  /** Changing it reads the members again (e.g. after I joined or left). */
  refreshKey?: number;
  /** The membership a notification's link named (a request or pledge): shown highlighted, with focus. */
  focusItemId?: number;
  /**
   * Given when the signed-in person is one of the community's gardeners: each request waiting then
   * offers Approve and Decline (a reason the member sees), run through the same commands as the list
   * view and the console, and each member can be welcomed or removed. SharePoint decides: a gardener
   * approves (and rejects) in their own community's folder only.
   */
  gardener?: { me: Pick<CurrentUser, 'id'>; services: PodCommandServices };
}
