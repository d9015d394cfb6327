import type { Community } from '../../../../domain/models';
import type { IAdminService } from '../../../../domain/services';

export interface ITeamReconcileProps {
  /** The community whose team (Microsoft 365 group) is brought in line; it has a groupId. */
  community: Community;
  /** Reconciles through Graph, which allows only the group's owners and groups administrators. */
  admin: IAdminService;
}
