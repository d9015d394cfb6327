/**
 * Builds the PnPjs clients from whichever host we run in. Inside SharePoint or Teams that is the
 * SPFx context; in the local workbench, tests and Node commands it is a plain base URL (the emulator,
 * or any site). The same service code then runs over both.
 */
import { spfi, SPBrowser, SPFx, type SPFI } from '@pnp/sp';
import { graphfi, GraphBrowser, SPFx as GraphSPFx, type GraphFI } from '@pnp/graph';
import { InjectHeaders, type Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';

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
      /** What sends the requests, when not the global fetch (the emulator's seeds answer theirs in the process). */
      fetch?: typeof fetch;
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
  // A bearer token (Node against SharePoint Online) needs no form digest.
  // The global fetch is looked up when a request is sent, not now (tests replace it).
  const send: typeof fetch = source.fetch ?? ((input, init) => fetch(input, init));
  const digest = 'Authorization' in headers ? [] : [ClientDigest(source.siteUrl, headers, send)];
  const sender = source.fetch ? [SendWith(source.fetch)] : [];
  return {
    sp: spfi(source.siteUrl).using(SPBrowser({ baseUrl: source.siteUrl }), InjectHeaders(headers), ...digest, ...sender),
    // graphfi() with the base in GraphBrowser, as GraphSPFx gives it in SharePoint: built from
    // graphfi(url), @pnp/graph would post a root batch to <url without /v1.0>/$batch.
    graph: graphfi().using(GraphBrowser({ baseUrl: source.graphUrl }), InjectHeaders(headers), GraphBatchAtVersionRoot(), ...sender),
    siteUrl: source.siteUrl,
  };
}

/**
 * Graph answers JSON batches at `<version root>/$batch` only (https://learn.microsoft.com/graph/json-batching).
 * @pnp/graph moves a batch there from whatever queryable it was made from, but only for https URLs
 * (its batching.js matches /(https:\/\/.*?\/(v1.0|beta)\/)/); over http, as the workbench and the
 * emulator run, a batch made from `graph.users` would go to `/v1.0/users/$batch`. This does for any
 * scheme what PnPjs does for https, so batches travel as they do from SharePoint's Graph base.
 */
function GraphBatchAtVersionRoot(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      const root = /^(https?:\/\/[^?#]*?\/(?:v1\.0|beta)\/).+\/\$batch$/i.exec(url);
      return [root ? `${root[1]}$batch` : url, init, result];
    });
    return instance;
  };
}

/** Sends with the given fetch instead of the global one (PnPjs's retries of 429 and 503 are for a real network). */
function SendWith(send: typeof fetch): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.send.replace((url: URL, init: RequestInit) => send(url.toString(), init));
    return instance;
  };
}

/**
 * A form digest per client. PnPjs caches digests per web URL for the whole process, which is right
 * in a browser (one user) but wrong in Node when several identities act on one site: SharePoint
 * only accepts a digest from the user it was issued to. This fetches the digest with this client's
 * headers and sets X-RequestDigest, so PnPjs's RequestDigest steps aside.
 */
function ClientDigest(siteUrl: string, headers: Record<string, string>, send: typeof fetch): TimelinePipe<Queryable> {
  const fetchDigest = async (): Promise<{ value: string; expires: number }> => {
    const res = await send(`${siteUrl.replace(/\/$/, '')}/_api/contextinfo`, {
      method: 'POST',
      headers: { ...headers, Accept: 'application/json' },
    });
    // The status goes with it, so the person reads what it means (busy, signed out), not the request.
    if (!res.ok) throw Object.assign(new Error('SharePoint did not let this page save changes.'), { status: res.status });
    const info = (await res.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
    return { value: info.FormDigestValue, expires: Date.now() + (info.FormDigestTimeoutSeconds - 60) * 1000 };
  };
  /** One digest per client, shared by concurrent requests, renewed a minute before it expires. */
  let cached: { value: Promise<string>; expires: number } | undefined;
  const currentDigest = (): Promise<string> => {
    if (!cached || cached.expires < Date.now()) {
      const entry = { value: Promise.resolve(''), expires: Number.POSITIVE_INFINITY };
      entry.value = fetchDigest().then(
        (d) => {
          entry.expires = d.expires;
          return d.value;
        },
        (e: unknown) => {
          if (cached === entry) cached = undefined;
          throw e;
        },
      );
      cached = entry;
    }
    return cached.value;
  };
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      const h = (init.headers ?? {}) as Record<string, string>;
      if (/^get$/i.test(init.method ?? 'GET') || 'X-RequestDigest' in h || 'X-PnPjs-NoDigest' in h) return [url, init, result];
      const value = await currentDigest();
      return [url, { ...init, headers: { ...h, 'X-RequestDigest': value } }, result];
    });
    return instance;
  };
}
