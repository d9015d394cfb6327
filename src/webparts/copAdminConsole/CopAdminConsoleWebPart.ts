import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import { suggestionIdOf } from '../../domain/notifications';
import { withDates } from '../../ui/dates';
import { configurePeople } from '../../people';
import CopAdminConsole from './components/CopAdminConsole';

export default class CopAdminConsoleWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private services!: CopServices;
  /** The suggestion a notification's link named (Teams deep link or the page's address). */
  private focusSuggestionId?: number;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
    // People cards (MGT, loaded only when a person is shown with a photo or card) sign in through SPFx.
    configurePeople({ kind: 'spfx', context: this.context });
    // A new suggestion's notification opens the personal app's POD administration tab with the
    // suggestion as its subEntityId; outside Teams the page's address says `?suggestion=3`.
    const teams = this.context.sdks.microsoftTeams;
    const link = teams ? ((await teams.teamsJs.app.getContext()).page.subPageId ?? '') : window.location.search.replace(/^\?/, '');
    this.focusSuggestionId = suggestionIdOf(link);
  }

  public render(): void {
    ReactDom.render(
      withDates(this.context, React.createElement(CopAdminConsole, { services: this.services, focusSuggestionId: this.focusSuggestionId })),
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }] };
  }
}
