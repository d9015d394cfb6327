import * as React from 'react';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { CopWebPart } from '../shared/CopWebPart';
import CopDirectory from './components/CopDirectory';
import { directoryProps, type ICopDirectoryWebPartProps } from './directoryProperties';

export default class CopDirectoryWebPart extends CopWebPart<ICopDirectoryWebPartProps> {
  private theme?: IReadonlyTheme;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.followSectionTheme();
  }

  protected element(): React.ReactElement {
    return React.createElement(CopDirectory, {
      services: this.services,
      ...directoryProps(this.properties),
      // SPFx's readonly theme has the same shape as Fluent's; only the readonly modifiers differ.
      theme: this.theme as PartialTheme | undefined,
    });
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const pane = await import(/* webpackChunkName: 'cop-directory-pane' */ './CopDirectoryPropertyPane');
    this.buildPane = () => pane.buildPropertyPane(this.properties);
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
