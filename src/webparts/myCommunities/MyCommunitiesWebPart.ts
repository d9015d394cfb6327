import * as React from 'react';
import { CopWebPart } from '../shared/CopWebPart';
import MyCommunities from './components/MyCommunities';

export interface IMyCommunitiesWebPartProps {
  /** The directory page, for "find a community". */
  directoryUrl?: string;
  /** The hub's community page with `{id}`, for communities without a site of their own. */
  communityPageUrl?: string;
}

export default class MyCommunitiesWebPart extends CopWebPart<IMyCommunitiesWebPartProps> {
  protected element(): React.ReactElement {
    return React.createElement(MyCommunities, {
      services: this.services,
      directoryUrl: this.properties.directoryUrl,
      communityPageUrl: this.properties.communityPageUrl,
    });
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const pane = await import(/* webpackChunkName: 'my-communities-pane' */ './MyCommunitiesPropertyPane');
    this.buildPane = pane.buildPropertyPane;
  }
}
