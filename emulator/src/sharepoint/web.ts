/**
 * The site's one web (`_api/web`): SP.Web JSON and MERGE of its Title/Description
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints).
 */
import { unsupported } from './errors.ts';
import { Complex, Ent } from './odata.ts';
import { demand, highLow, P, scopeMask, WEB_SCOPE } from './permissions.ts';
import { GROUP, groupBy, groupEnt, SITE_TITLE, userEnt } from './principals.ts';
import type { Rq } from './rq.ts';
import { metaGet, metaSet } from './store.ts';

export const WEB_ID = '5e2e8f1c-0c0b-4a6e-9f3a-3f1b2c4d5e6f';
export const SITE_ID = '0b7a4c2d-1e3f-4a5b-8c6d-7e8f9a0b1c2d';

export function webEnt(rq: Rq): Ent {
  const created = metaGet(rq.db, 'web:created') ?? '2024-01-01T00:00:00Z';
  return new Ent({
    type: 'SP.Web',
    uri: `${rq.site}/_api/Web`,
    editLink: 'Web',
    set: 'SP.ApiData.Webs',
    props: {
      AllowRssFeeds: false,
      AlternateCssUrl: '',
      AppInstanceId: '00000000-0000-0000-0000-000000000000',
      ClassicWelcomePage: null,
      Configuration: 0,
      Created: created,
      CustomMasterUrl: '/_catalogs/masterpage/seattle.master',
      Description: metaGet(rq.db, 'web:description') ?? 'Communities of practice',
      EnableMinimalDownload: false,
      HorizontalQuickLaunch: false,
      Id: WEB_ID,
      IsMultilingual: false,
      Language: 1033,
      LastItemModifiedDate: created,
      LastItemUserModifiedDate: created,
      MasterUrl: '/_catalogs/masterpage/seattle.master',
      NoCrawl: false,
      QuickLaunchEnabled: true,
      RecycleBinEnabled: true,
      ServerRelativeUrl: rq.sitePath,
      SiteLogoUrl: null,
      SyndicationEnabled: false,
      Title: metaGet(rq.db, 'web:title') ?? SITE_TITLE,
      TreeViewEnabled: false,
      UIVersion: 15,
      UIVersionConfigurationEnabled: false,
      Url: rq.site,
      WebTemplate: 'STS',
      WelcomePage: 'SitePages/Home.aspx',
    },
    nav: {
      CurrentUser: () => userEnt(rq, rq.me),
      AssociatedOwnerGroup: () => groupEnt(rq, groupBy(rq, 'id', GROUP.Owners)),
      AssociatedMemberGroup: () => groupEnt(rq, groupBy(rq, 'id', GROUP.Members)),
      AssociatedVisitorGroup: () => groupEnt(rq, groupBy(rq, 'id', GROUP.Visitors)),
      ParentWeb: () => null,
    },
    extra: {
      HasUniqueRoleAssignments: () => true,
      EffectiveBasePermissions: () => new Complex('SP.BasePermissions', highLow(scopeMask(rq, WEB_SCOPE))),
    },
  });
}

export function updateWeb(rq: Rq, body: Record<string, unknown>): void {
  demand(rq, WEB_SCOPE, P.ManageWeb);
  for (const [k, v] of Object.entries(body)) {
    if (k !== 'Title' && k !== 'Description') throw unsupported(`changing '${k}' of the web (it lets Title and Description be changed)`);
    metaSet(rq.db, `web:${k.toLowerCase()}`, String(v ?? ''));
  }
}
