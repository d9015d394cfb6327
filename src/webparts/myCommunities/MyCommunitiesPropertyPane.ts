/**
 * My communities' property pane, in its own chunk: only editors who open the pane download it
 * (see loadPropertyPaneResources in the web part).
 */
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'MyCommunitiesWebPartStrings';
import { isCommunityPageTemplate, safeHref } from '../../domain/links';

export function buildPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneTextField('directoryUrl', {
                label: strings.DirectoryUrlLabel,
                onGetErrorMessage: (v: string) => (!v.trim() || safeHref(v) ? '' : strings.AddressError),
              }),
              PropertyPaneTextField('communityPageUrl', {
                label: strings.CommunityPageUrlLabel,
                onGetErrorMessage: (v: string) => (!v.trim() || isCommunityPageTemplate(v) ? '' : strings.AddressError),
              }),
            ],
          },
        ],
      },
    ],
  };
}
