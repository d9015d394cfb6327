import type { CopServices } from '../../../domain/services';
import type { UrlStateStore } from '../../../ui/hooks/urlState';
import type { TeamsThemeName } from '../../../ui/theme/teamsTheme';

/** The sections of a community's home. */
export type CommunitySection = 'overview' | 'members' | 'repertoire' | 'knowledge' | 'questions';
export const COMMUNITY_SECTIONS: readonly CommunitySection[] = ['overview', 'members', 'repertoire', 'knowledge'];

export interface ICommunityHomeProps {
  /** Data access, built by the host (web part or workbench). */
  services: CopServices;
  /** Community chosen in the property pane (SharePoint page). */
  communityId?: number;
  /** Microsoft 365 group of the team, when running as a Teams tab. */
  teamGroupId?: string;
  /** The Teams client's theme, when running as a Teams tab; SharePoint's theme applies otherwise. */
  teamsTheme?: TeamsThemeName;
  /** The section to open first (a notification's deep link names one); the overview otherwise. */
  initialSection?: CommunitySection;
  /** The membership a notification's link names: a request or pledge in Members, or my own in the overview. */
  focusItemId?: number;
  /** True in the Teams personal app, where a community comes from a deep link rather than a property. */
  personalApp?: boolean;
  /** Where the sponsor report keeps its period in the page address (the browser's by default). */
  urlState?: UrlStateStore;
  /** Today, for the sponsor report (tests fix it). */
  now?: Date;
}
