import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseApplicationCustomizer, PlaceholderName, type PlaceholderContent } from '@microsoft/sp-application-base';
import { Log } from '@microsoft/sp-core-library';
import type { Community, Membership } from '../../domain/models';
import { createServices } from '../../data/factory';

const LOG_SOURCE = 'CommunitySiteHeader';
import { SiteHeader } from './components/SiteHeader';

export interface ICommunitySiteHeaderApplicationCustomizerProperties {
  /** Absolute URL of the CoP Hub site that holds the lists. */
  hubSiteUrl?: string;
  /** The community this site belongs to (its id in the Communities list). */
  communityId?: number;
}

/** Shows the community's name and my membership at the top of a community's SharePoint site. */
export default class CommunitySiteHeaderApplicationCustomizer extends BaseApplicationCustomizer<ICommunitySiteHeaderApplicationCustomizerProperties> {
  private top?: PlaceholderContent;

  public async onInit(): Promise<void> {
    await super.onInit();
    const communityId = Number(this.properties.communityId);
    if (!communityId) return;
    const services = createServices({ kind: 'spfx', context: this.context, hubSiteUrl: this.properties.hubSiteUrl || undefined });
    let community: Community | undefined;
    let mine: Membership[] = [];
    try {
      [community, mine] = await Promise.all([services.communities.get(communityId), services.memberships.mine()]);
    } catch (e) {
      // A header must never break the site: if the hub's lists are missing or unreachable, show nothing.
      Log.warn(LOG_SOURCE, `Community header not shown: ${(e as Error).message}`);
      return;
    }
    if (!community) return;
    this.top = this.context.placeholderProvider.tryCreateContent(PlaceholderName.Top, {
      onDispose: (p) => ReactDom.unmountComponentAtNode(p.domElement),
    });
    if (!this.top) return;
    const shownId = community.id;
    const homeUrl = community.siteUrl ?? this.properties.hubSiteUrl ?? this.context.pageContext.web.absoluteUrl;
    ReactDom.render(
      // The id is read outside the callback: the gulp build's TypeScript 5.3 doesn't carry the narrowing into it.
      React.createElement(SiteHeader, { community, membership: mine.find((m) => m.communityId === shownId), homeUrl }),
      this.top.domElement,
    );
  }
}
