import type { CopServices } from '../../../domain/services';
import type { TeamsThemeName } from '../../../ui/theme/teamsTheme';

export interface ICommunityHomeProps {
  /** Data access, built by the host (web part or workbench). */
  services: CopServices;
  /** Community chosen in the property pane (SharePoint page). */
  communityId?: number;
  /** Microsoft 365 group of the team, when running as a Teams tab. */
  teamGroupId?: string;
  /** The Teams client's theme, when running as a Teams tab; SharePoint's theme applies otherwise. */
  teamsTheme?: TeamsThemeName;
}
