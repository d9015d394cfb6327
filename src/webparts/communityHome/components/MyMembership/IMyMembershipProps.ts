import type { Community } from '../../../../domain/models';
import type { IMembershipService } from '../../../../domain/services';

export interface IMyMembershipProps {
  /** The community whose home this is. */
  community: Community;
  /** Reads and changes the signed-in person's memberships. */
  memberships: Pick<IMembershipService, 'mine' | 'join' | 'leave'>;
  /** Called after my membership changed, so lists of members can refresh. */
  onChanged?: () => void;
}
