import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'MyCommunitiesWebPartStrings';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import MyCommunities from './components/MyCommunities';

export default class MyCommunitiesWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private services!: CopServices;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
  }

  public render(): void {
    ReactDom.render(React.createElement(MyCommunities, { services: this.services }), this.domElement);
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
