/**
 * The directory's property pane, in its own chunk: page visitors never download it, only editors
 * who open the pane (see loadPropertyPaneResources in the web part).
 */
import {
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
  type IPropertyPaneConfiguration,
} from '@microsoft/sp-property-pane';
import * as strings from 'CopDirectoryWebPartStrings';
import { isCommunityPageTemplate } from '../../domain/links';
import { isContactEmail, isContactPhone } from '../../domain/programmeContact';
import { COMMUNITY_STATUSES } from '../../domain/models';
import { DEFAULT_STAGE_NAMES } from '../../ui/stageNames';
import type { ICopDirectoryWebPartProps } from './directoryProperties';

/** An empty value is fine; otherwise an http(s) or site-relative address with `{id}`. */
function validateCommunityPageUrl(value: string): string {
  const v = (value ?? '').trim();
  return !v || isCommunityPageTemplate(v) ? '' : strings.CommunityPageUrlFieldError;
}

const validateEmail = (value: string): string => (!(value ?? '').trim() || isContactEmail(value) ? '' : strings.ContactEmailFieldError);
const validatePhone = (value: string): string => (!(value ?? '').trim() || isContactPhone(value) ? '' : strings.ContactPhoneFieldError);

export function buildPropertyPane(properties: ICopDirectoryWebPartProps): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
              PropertyPaneChoiceGroup('defaultLayout', {
                label: strings.LayoutFieldLabel,
                options: [
                  { key: 'cards', text: strings.LayoutCards, iconProps: { officeFabricIconFontName: 'GridViewMedium' } },
                  { key: 'list', text: strings.LayoutList, iconProps: { officeFabricIconFontName: 'List' } },
                ],
              }),
              PropertyPaneToggle('groupByPracticeArea', { label: strings.GroupByAreaFieldLabel }),
              PropertyPaneSlider('pageSize', { label: strings.PageSizeFieldLabel, min: 6, max: 60, step: 6, showValue: true }),
              PropertyPaneTextField('communityPageUrl', {
                label: strings.CommunityPageUrlFieldLabel,
                description: strings.CommunityPageUrlFieldDescription,
                onGetErrorMessage: validateCommunityPageUrl,
                deferredValidationTime: 500,
              }),
            ],
          },
          {
            groupName: strings.FiltersGroupName,
            groupFields: [
              PropertyPaneTextField('defaultPracticeArea', {
                label: strings.DefaultPracticeAreaFieldLabel,
                description: strings.DefaultPracticeAreaFieldDescription,
              }),
              PropertyPaneDropdown('defaultStatus', {
                label: strings.DefaultStatusFieldLabel,
                selectedKey: properties.defaultStatus || '',
                options: [
                  { key: '', text: strings.AnyStatus },
                  ...COMMUNITY_STATUSES.filter((s) => s !== 'proposed').map((s) => ({ key: s, text: DEFAULT_STAGE_NAMES[s] })),
                ],
              }),
              PropertyPaneToggle('defaultMineOnly', { label: strings.DefaultMineOnlyFieldLabel }),
            ],
          },
          {
            groupName: strings.ContactGroupName,
            groupFields: [
              PropertyPaneTextField('contactRole', {
                label: strings.ContactRoleFieldLabel,
                description: strings.ContactRoleFieldDescription,
              }),
              PropertyPaneTextField('contactName', { label: strings.ContactNameFieldLabel }),
              PropertyPaneTextField('contactEmail', {
                label: strings.ContactEmailFieldLabel,
                onGetErrorMessage: validateEmail,
                deferredValidationTime: 500,
              }),
              PropertyPaneTextField('contactPhone', {
                label: strings.ContactPhoneFieldLabel,
                onGetErrorMessage: validatePhone,
                deferredValidationTime: 500,
              }),
            ],
          },
          {
            groupName: strings.DisplayGroupName,
            groupFields: [
              PropertyPaneToggle('showForming', { label: strings.ShowFormingFieldLabel }),
              PropertyPaneToggle('showClosed', { label: strings.ShowClosedFieldLabel }),
            ],
          },
        ],
      },
    ],
  };
}
