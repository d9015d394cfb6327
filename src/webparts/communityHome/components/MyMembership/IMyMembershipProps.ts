import type { Community, Membership } from '../../../../domain/models';
import type { IMembershipService } from '../../../../domain/services';
import type { Preloaded } from '../../../../ui/hooks/preload';

export interface IMyMembershipProps {
  /** The community whose home this is. */
  community: Community;
  /** Reads and changes the signed-in person's memberships. */
  memberships: Pick<IMembershipService, 'mine' | 'join' | 'leave' | 'pledge' | 'counts'>;
  /** My memberships, already being read with the rest of the page's first view (used once). */
  preloaded?: Preloaded<Membership[]>;
  /** Called after my membership changed, so lists of members can refresh. */
  onChanged?: () => void;
  /** The membership a notification's link named (a decision on my request): highlighted, with focus, when it is mine here. */
  focusItemId?: number;
}
