import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import { parseSubEntityId } from '../../domain/notifications';
import { withDates } from '../../ui/dates';
import { configurePeople } from '../../people';
import { toTeamsThemeName, type TeamsThemeName } from '../../ui/theme/teamsTheme';
import CommunityHome from './components/CommunityHome';
import type { CommunitySection } from './components/ICommunityHomeProps';

export interface ICommunityHomeWebPartProps {
  communityId?: string;
}

export default class CommunityHomeWebPart extends BaseClientSideWebPart<ICommunityHomeWebPartProps> {
  private services!: CopServices;
  private teamGroupId?: string;
  private teamsTheme?: TeamsThemeName;
  private personalApp = false;
  /** The community, section and item a notification's link opened this on (Teams deep link or the page's address). */
  private deepLink?: { communityId: number; section: CommunitySection; itemId?: number };
  /** Builds the property pane; loaded, with the communities to choose from, only when an editor opens it. */
  private buildPane?: () => IPropertyPaneConfiguration;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
    // People cards (MGT, loaded only when a person is shown with a photo or card) sign in through SPFx.
    configurePeople({ kind: 'spfx', context: this.context });
    // As a Teams tab the community is the one linked to this team's Microsoft 365 group, and the
    // tab follows the Teams client's theme (and its changes) rather than SharePoint's.
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamGroupId = context.team?.groupId;
      // In the personal app a notification's deep link names the community and section (subEntityId).
      this.personalApp = !context.team;
      const target = this.personalApp ? parseSubEntityId(context.page.subPageId ?? '') : undefined;
      if (target?.page === 'community') this.deepLink = { communityId: target.communityId, section: target.section, itemId: target.itemId };
      this.teamsTheme = toTeamsThemeName(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teamsTheme = toTeamsThemeName(theme);
        this.render();
      });
    } else {
      // On the hub's community page, a notification's link outside Teams names the same in the address.
      const target = parseSubEntityId(window.location.search.replace(/^\?/, ''));
      if (target?.page === 'community') this.deepLink = { communityId: target.communityId, section: target.section, itemId: target.itemId };
    }
  }

  public render(): void {
    const communityId = this.deepLink?.communityId ?? (Number(this.properties.communityId) || undefined);
    ReactDom.render(
      withDates(
        this.context,
        React.createElement(CommunityHome, {
          services: this.services,
          communityId,
          teamGroupId: this.teamGroupId,
          teamsTheme: this.teamsTheme,
          initialSection: this.deepLink?.section,
          focusItemId: this.deepLink?.itemId,
          personalApp: this.personalApp,
        }),
      ),
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
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

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.buildPane ? this.buildPane() : { pages: [] };
  }
}
