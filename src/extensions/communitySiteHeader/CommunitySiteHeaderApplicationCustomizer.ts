import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseApplicationCustomizer, PlaceholderName, type PlaceholderContent } from '@microsoft/sp-application-base';
import { Log } from '@microsoft/sp-core-library';
import { communityLinks, safeHref } from '../../domain/links';
import type { HeaderView } from '../../domain/siteHeader';
import { headerSourceFromSpfx, myHeaderView } from '../../data/siteHeaderData';
import { SiteHeader } from './components/SiteHeader';

const LOG_SOURCE = 'CommunitySiteHeader';

export interface ICommunitySiteHeaderApplicationCustomizerProperties {
  /** Absolute URL of the CoP Hub site that holds the lists. */
  hubSiteUrl?: string;
  /** The community this site belongs to (its id in the Communities list). */
  communityId?: number;
  /** The directory page; the hub site's home page when empty. */
  directoryUrl?: string;
  /** The hub's community page with `{id}` for the community, where "Join" leads. */
  communityPageUrl?: string;
}

/**
 * Shows the community's name and my membership at the top of a community's SharePoint site. It never
 * holds the page up: onInit returns at once, the bar renders with the site's title straight away, and
 * my standing arrives from one request afterwards.
 */
export default class CommunitySiteHeaderApplicationCustomizer extends BaseApplicationCustomizer<ICommunitySiteHeaderApplicationCustomizerProperties> {
  private top?: PlaceholderContent;
  private view?: HeaderView;
  /** True once reading my standing failed, until Try again reads it afresh. */
  private failed = false;

  public onInit(): Promise<void> {
    const communityId = Math.trunc(Number(this.properties.communityId));
    if (!communityId) return Promise.resolve();
    this.render();
    this.context.placeholderProvider.changedEvent.add(this, this.render);
    this.readStanding(communityId);
    return Promise.resolve();
  }

  /** One request for my standing (and a forming community's progress); each Try again sends a fresh one. */
  private readStanding(communityId: number): void {
    const hubUrl = safeHref(this.properties.hubSiteUrl) ?? this.context.pageContext.web.absoluteUrl;
    myHeaderView(headerSourceFromSpfx(this.context, hubUrl), communityId, this.context.pageContext.user.email).then(
      (view) => {
        this.view = view;
        this.failed = false;
        this.render();
      },
      // A header must never break the site: if the hub is unreachable it keeps the name and link, and offers to try again.
      (e: Error) => {
        Log.warn(LOG_SOURCE, `Membership not shown: ${e.message}`);
        this.failed = true;
        this.render();
      },
    );
  }

  private render(): void {
    if (!this.top) {
      this.top = this.context.placeholderProvider.tryCreateContent(PlaceholderName.Top, {
        onDispose: (p) => ReactDom.unmountComponentAtNode(p.domElement),
      });
    }
    if (!this.top) return;
    const p = this.properties;
    const hubUrl = safeHref(p.hubSiteUrl) ?? this.context.pageContext.web.absoluteUrl;
    ReactDom.render(
      React.createElement(SiteHeader, {
        title: this.context.pageContext.web.title,
        standing: this.view?.standing,
        forming: this.view?.forming,
        joinUrl: communityLinks({ id: Math.trunc(Number(p.communityId)) }, p.communityPageUrl).page ?? safeHref(p.directoryUrl) ?? hubUrl,
        directoryUrl: safeHref(p.directoryUrl) ?? hubUrl,
        onRetry: this.failed
          ? () => {
              this.failed = false;
              this.render();
              this.readStanding(Math.trunc(Number(p.communityId)));
            }
          : undefined,
      }),
      this.top.domElement,
    );
  }
}
