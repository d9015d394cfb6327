import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'CopDirectoryWebPartStrings';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import CopDirectory from './components/CopDirectory';

export interface ICopDirectoryWebPartProps {
  title: string;
}

export default class CopDirectoryWebPart extends BaseClientSideWebPart<ICopDirectoryWebPartProps> {
  private services!: CopServices;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
  }

  public render(): void {
    ReactDom.render(React.createElement(CopDirectory, { services: this.services, title: this.properties.title }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [{ groupName: strings.BasicGroupName, groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel })] }],
        },
      ],
    };
  }
}
