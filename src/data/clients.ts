/**
 * Builds the PnPjs clients from whichever host we run in. Inside SharePoint or Teams that is the
 * SPFx context; in the local workbench, tests and Node commands it is a plain base URL (the emulator,
 * or any site). The same service code then runs over both.
 */
import { spfi, SPBrowser, SPFx, type SPFI } from '@pnp/sp';
import { graphfi, GraphBrowser, SPFx as GraphSPFx, type GraphFI } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';

/** The smallest slice of an SPFx context PnPjs needs, so tests can pass a plain object. */
export type SPFxContextLike = Parameters<typeof SPFx>[0];

export type ServiceSource =
  | {
      kind: 'spfx';
      context: SPFxContextLike;
      /** The hub site holding CoP Hub's lists, when it is not the current site (community sites). */
      hubSiteUrl?: string;
    }
  | {
      kind: 'url';
      /** Absolute site URL, e.g. http://127.0.0.1:4321/sites/cop */
      siteUrl: string;
      /** Absolute Graph base, e.g. http://127.0.0.1:4321/graph/v1.0 */
      graphUrl: string;
      /** Extra headers on every request (the emulator's X-Emulator-User in tests and Node). */
      headers?: Record<string, string>;
    };

export interface Clients {
  sp: SPFI;
  graph: GraphFI;
  /** Absolute URL of the hub site. */
  siteUrl: string;
}

export function createClients(source: ServiceSource): Clients {
  if (source.kind === 'spfx') {
    return {
      sp: (source.hubSiteUrl ? spfi(source.hubSiteUrl) : spfi()).using(SPFx(source.context)),
      graph: graphfi().using(GraphSPFx(source.context)),
      siteUrl: source.hubSiteUrl ?? source.context.pageContext.web.absoluteUrl,
    };
  }
  const headers = source.headers ?? {};
  return {
    sp: spfi(source.siteUrl).using(SPBrowser({ baseUrl: source.siteUrl }), InjectHeaders(headers)),
    graph: graphfi(source.graphUrl).using(GraphBrowser({ baseUrl: source.graphUrl }), InjectHeaders(headers)),
    siteUrl: source.siteUrl,
  };
}
