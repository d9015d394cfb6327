/**
 * Community home's property pane, in its own chunk: only editors who open the pane download it,
 * together with the list of communities to choose from.
 */
import { PropertyPaneDropdown, type IPropertyPaneConfiguration, type IPropertyPaneDropdownOption } from '@microsoft/sp-property-pane';
import * as strings from 'CommunityHomeWebPartStrings';
import type { Community } from '../../domain/models';

export function buildPropertyPane(communities: readonly Community[] | undefined, loadError?: string): IPropertyPaneConfiguration {
  const options: IPropertyPaneDropdownOption[] = (communities ?? []).map((c) => ({ key: String(c.id), text: c.title }));
  return {
    pages: [
      {
        header: { description: loadError ? `${strings.PropertyPaneDescription} ${loadError}` : strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneDropdown('communityId', { label: strings.CommunityIdFieldLabel, options, disabled: options.length === 0 }),
            ],
          },
        ],
      },
    ],
  };
}
