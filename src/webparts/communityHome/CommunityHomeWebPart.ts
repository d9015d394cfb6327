import * as React from 'react';
import { toTeamsThemeName, type TeamsThemeName } from '../../ui/theme/teamsTheme';
import { CopWebPart } from '../shared/CopWebPart';
import CommunityHome from './components/CommunityHome';
import { communityHomeTarget, type ICommunityHomeWebPartProps } from './communityHomeProps';

export default class CommunityHomeWebPart extends CopWebPart<ICommunityHomeWebPartProps> {
  private teamGroupId?: string;
  private teamsTheme?: TeamsThemeName;
  private personalApp = false;
  /** A notification's link this opened on: the Teams personal app's subEntityId, or the page's address. */
  private link = '';

  protected async onInit(): Promise<void> {
    await super.onInit();
    // As a Teams tab the community is the one linked to this team's Microsoft 365 group, and the
    // tab follows the Teams client's theme (and its changes) rather than SharePoint's.
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamGroupId = context.team?.groupId;
      // In the personal app a notification's deep link names the community and section (subEntityId).
      this.personalApp = !context.team;
      this.link = this.personalApp ? (context.page.subPageId ?? '') : '';
      this.teamsTheme = toTeamsThemeName(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teamsTheme = toTeamsThemeName(theme);
        this.render();
      });
    } else {
      // On the hub's community page, a notification's link outside Teams names the same in the address.
      this.link = window.location.search.replace(/^\?/, '');
    }
  }

  protected element(): React.ReactElement {
    return React.createElement(CommunityHome, {
      services: this.services,
      ...communityHomeTarget(this.properties, this.link),
      teamGroupId: this.teamGroupId,
      teamsTheme: this.teamsTheme,
      personalApp: this.personalApp,
    });
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const pane = await import(/* webpackChunkName: 'community-home-pane' */ './CommunityHomePropertyPane');
    try {
      const communities = await this.services.communities.all();
      this.buildPane = () => pane.buildPropertyPane(communities);
    } catch (e) {
      this.buildPane = () => pane.buildPropertyPane(undefined, (e as Error).message);
    }
  }
}
