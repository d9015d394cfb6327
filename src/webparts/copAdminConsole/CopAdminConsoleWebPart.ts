import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { suggestionIdOf } from '../../domain/notifications';
import { CopWebPart } from '../shared/CopWebPart';
import CopAdminConsole from './components/CopAdminConsole';

export default class CopAdminConsoleWebPart extends CopWebPart<Record<string, never>> {
  /** The suggestion a notification's link named (Teams deep link or the page's address). */
  private focusSuggestionId?: number;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // A new suggestion's notification opens the personal app's POD administration tab with the
    // suggestion as its subEntityId; outside Teams the page's address says `?suggestion=3`.
    const teams = this.context.sdks.microsoftTeams;
    const link = teams ? ((await teams.teamsJs.app.getContext()).page.subPageId ?? '') : window.location.search.replace(/^\?/, '');
    this.focusSuggestionId = suggestionIdOf(link);
  }

  protected element(): React.ReactElement {
    return React.createElement(CopAdminConsole, { services: this.services, focusSuggestionId: this.focusSuggestionId });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }] };
  }
}
