/**
 * Real clients pointed at a running emulator. Tests pick an identity with the X-Emulator-User
 * header, exactly as the emulator's README describes.
 */
import { GraphBrowser, graphfi, type GraphFI } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/graph/users';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import '@pnp/graph/photos';
import '@pnp/graph/cloud-communications';
import '@pnp/graph/batching';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';

/** @pnp/graph, with the emulator's Graph root (origin + /graph/v1.0) as its base URL. */
export function graphClient(origin: string, upn: string): GraphFI {
  return graphfi().using(GraphBrowser({ baseUrl: `${origin}/graph/v1.0` }), InjectHeaders({ 'X-Emulator-User': upn }));
}

// ---- SharePoint ------------------------------------------------------------------------------

/**
 * A form digest per client. @pnp/sp's RequestDigest caches digests per web URL for the whole process,
 * which is right in a browser (one user) but wrong for tests that act as several people against one
 * site: SharePoint, like the emulator, only accepts a digest from the user it was issued to. This
 * behaviour fetches and caches the digest for this client's user and sets X-RequestDigest, so
 * RequestDigest (inside SPBrowser) sees the header and steps aside.
 */
export function PerUserDigest(upn: string): TimelinePipe<Queryable> {
  let digest: { value: string; expires: number } | undefined;
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      const headers = (init.headers ?? {}) as Record<string, string>;
      if (/^get$/i.test(init.method ?? 'GET') || 'X-RequestDigest' in headers || 'X-PnPjs-NoDigest' in headers) return [url, init, result];
      if (!digest || digest.expires < Date.now()) {
        const web = url.slice(0, url.toLowerCase().indexOf('/_api/'));
        const res = await fetch(`${web}/_api/contextinfo`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'X-Emulator-User': upn },
        });
        if (!res.ok) throw new Error(`contextinfo failed for ${upn}: ${res.status} ${await res.text()}`);
        const info = (await res.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
        // Two requests at once may both fetch a digest; either is valid, and the later one is kept.
        // eslint-disable-next-line require-atomic-updates
        digest = { value: info.FormDigestValue, expires: Date.now() + (info.FormDigestTimeoutSeconds - 60) * 1000 };
      }
      // eslint-disable-next-line require-atomic-updates -- init is this request's own
      init.headers = { ...headers, 'X-RequestDigest': digest.value };
      return [url, init, result];
    });
    return instance;
  };
}

/** @pnp/sp as a browser would run it (SPBrowser: default headers, retry on 429/503, digest), as `upn`. */
export function spClient(siteUrl: string, upn: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': upn }), PerUserDigest(upn));
}
