import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import { withDates } from '../../ui/dates';
import { configurePeople } from '../../people';
import MyCommunities from './components/MyCommunities';

export interface IMyCommunitiesWebPartProps {
  /** The directory page, for "find a community". */
  directoryUrl?: string;
  /** The hub's community page with `{id}`, for communities without a site of their own. */
  communityPageUrl?: string;
}

export default class MyCommunitiesWebPart extends BaseClientSideWebPart<IMyCommunitiesWebPartProps> {
  private services!: CopServices;
  /** Builds the property pane; loaded only when an editor opens it. */
  private buildPane?: () => IPropertyPaneConfiguration;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
    // People cards (MGT, loaded only when a person is shown with a photo or card) sign in through SPFx.
    configurePeople({ kind: 'spfx', context: this.context });
  }

  public render(): void {
    ReactDom.render(
      withDates(
        this.context,
        React.createElement(MyCommunities, {
          services: this.services,
          directoryUrl: this.properties.directoryUrl,
          communityPageUrl: this.properties.communityPageUrl,
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
    const pane = await import(/* webpackChunkName: 'my-communities-pane' */ './MyCommunitiesPropertyPane');
    this.buildPane = pane.buildPropertyPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.buildPane ? this.buildPane() : { pages: [] };
  }
}
