/**
 * What every CoP Hub web part does the same way: its services and people cards from the SPFx
 * context, its React root rendered with the site's regional settings and unmounted on dispose, one
 * data version, and a property pane that is loaded only when an editor opens it. A web part says only
 * what is its own: the element it renders and, if it has one, how its pane is built.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { CopServices } from '../../domain/services';
import type { createAdminParts } from '../../data/adminParts';
import { createServices } from '../../data/factory';
import { withDates } from '../../ui/dates';
import { configurePeople } from '../../people';

export abstract class CopWebPart<TProperties extends {}> extends BaseClientSideWebPart<TProperties> {
  protected services!: CopServices;
  /** The admin service's code with the web part (the admin console uses it at once); others load it on first call. */
  protected readonly adminParts?: typeof createAdminParts;
  /** Builds the property pane; set by loadPropertyPaneResources when an editor opens it. */
  protected buildPane?: () => IPropertyPaneConfiguration;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createServices({ kind: 'spfx', context: this.context }, this.adminParts);
    // People cards (MGT, loaded only when a person is shown with a photo or card) sign in through SPFx.
    configurePeople({ kind: 'spfx', context: this.context });
  }

  /** The web part's React root, for its current properties. */
  protected abstract element(): React.ReactElement;

  public render(): void {
    ReactDom.render(withDates(this.context, this.element()), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.buildPane ? this.buildPane() : { pages: [] };
  }
}
