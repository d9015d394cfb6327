import type { CopServices } from '../../../domain/services';

export interface ICommunityHomeProps {
  /** Data access, built by the host (web part or workbench). */
  services: CopServices;
  /** Community chosen in the property pane (SharePoint page). */
  communityId?: number;
  /** Microsoft 365 group of the team, when running as a Teams tab. */
  teamGroupId?: string;
}
