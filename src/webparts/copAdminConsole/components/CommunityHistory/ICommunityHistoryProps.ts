import type { Community } from '../../../../domain/models';
import type { IAdminService } from '../../../../domain/services';

export interface ICommunityHistoryProps {
  /** The communities to choose from. */
  communities: Community[];
  /** Reads the history (SharePoint's versions and Editor/Modified stamps) and reconciles a community's team. */
  admin: IAdminService;
}
