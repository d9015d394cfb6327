import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { DirectoryLayout } from '../../domain/directoryUrl';
import type { CommunityStatus } from '../../domain/models';
import type { CopServices } from '../../domain/services';
import { createServices } from '../../data/factory';
import { withDates } from '../../ui/dates';
import { configurePeople } from '../../people';
import CopDirectory from './components/CopDirectory';

export interface ICopDirectoryWebPartProps {
  title: string;
  defaultLayout: DirectoryLayout;
  /** Group results under their practice area at first. */
  groupByPracticeArea: boolean;
  pageSize: number;
  /** One practice area to start with ('' for all). */
  defaultPracticeArea: string;
  /** One stage to start with ('' for all). */
  defaultStatus: CommunityStatus | '';
  defaultMineOnly: boolean;
  showForming: boolean;
  showClosed: boolean;
  communityPageUrl: string;
  contactRole: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export default class CopDirectoryWebPart extends BaseClientSideWebPart<ICopDirectoryWebPartProps> {
  private services!: CopServices;
  private theme?: IReadonlyTheme;
  /** Builds the property pane; loaded only when an editor opens it. */
  private buildPane?: (properties: ICopDirectoryWebPartProps) => IPropertyPaneConfiguration;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context });
    // People cards (MGT, loaded only when a person is shown with a photo or card) sign in through SPFx.
    configurePeople({ kind: 'spfx', context: this.context });
    this.followSectionTheme();
  }

  public render(): void {
    const p = this.properties;
    ReactDom.render(
      withDates(
        this.context,
        React.createElement(CopDirectory, {
          services: this.services,
          title: p.title,
          defaultLayout: p.defaultLayout,
          defaultGrouped: !!p.groupByPracticeArea,
          defaultFilters: {
            practiceAreas: p.defaultPracticeArea ? [p.defaultPracticeArea] : [],
            statuses: p.defaultStatus ? [p.defaultStatus] : [],
            mineOnly: !!p.defaultMineOnly,
          },
          pageSize: p.pageSize,
          showForming: p.showForming !== false,
          showClosed: !!p.showClosed,
          communityPageUrl: p.communityPageUrl,
          contact: { role: p.contactRole ?? '', name: p.contactName ?? '', email: p.contactEmail ?? '', phone: p.contactPhone ?? '' },
          // SPFx's readonly theme has the same shape as Fluent's; only the readonly modifiers differ.
          theme: this.theme as PartialTheme | undefined,
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
    const pane = await import(/* webpackChunkName: 'cop-directory-pane' */ './CopDirectoryPropertyPane');
    this.buildPane = pane.buildPropertyPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.buildPane ? this.buildPane(this.properties) : { pages: [] };
  }

  /** Section backgrounds (theme variants): render in the section's colours, and follow changes. */
  private followSectionTheme(): void {
    const themes = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = themes.tryGetTheme();
    themes.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme;
      this.render();
    });
  }
}
