import { SPCollection, type SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import type { CurrentUser } from '../domain/models';
import { readsOf } from './readBatcher';

/**
 * The hub's owners group's users (`web/associatedOwnerGroup/users`), built without `@pnp/sp/site-groups/web`,
 * which brings the role-assignment code of site setup into every page's first render.
 */
export function ownersOf(sp: SPFI): ReturnType<typeof SPCollection> {
  return SPCollection(sp.web, 'associatedOwnerGroup/users');
}

/** The signed-in person as the hub site knows them. */
export interface SiteUser {
  id: number;
  displayName: string;
  email: string;
  isSiteAdmin: boolean;
}

/**
 * Who is signed in: SharePoint's site user (its id is what Author holds) plus whether they are an
 * owner of the hub site, which is what POD administration means. Read once per service instance.
 */
export class CurrentUserCache {
  private pending?: Promise<CurrentUser>;
  private site?: Promise<SiteUser>;
  private siteRoles?: Promise<{ id: number; isPodAdmin: boolean }>;

  constructor(
    private readonly sp: SPFI,
    private readonly graph: GraphFI,
  ) {}

  public get(): Promise<CurrentUser> {
    if (!this.pending) {
      this.pending = this.load().catch((e) => {
        this.pending = undefined;
        throw e;
      });
    }
    return this.pending;
  }

  /**
   * Just the hub site's user (what Author holds): one GET that joins the other reads of the moment
   * in a $batch. Enough for "my items" queries, which need neither Graph nor the owners group.
   */
  public siteUser(): Promise<SiteUser> {
    if (!this.site) {
      this.site = readsOf(this.sp)
        .read<{ Id: number; Title: string; Email: string; IsSiteAdmin: boolean }>(
          this.sp.web.currentUser.select('Id', 'Title', 'Email', 'IsSiteAdmin'),
        )
        .then((u) => ({ id: u.Id, displayName: u.Title, email: u.Email, isSiteAdmin: u.IsSiteAdmin }))
        .catch((e) => {
          this.site = undefined;
          throw e;
        });
    }
    return this.site;
  }

  /**
   * My site user id and whether I own the hub site (the POD team): SharePoint reads only, in the
   * moment's $batch; no Graph call. Read once; a failure lets the next call read afresh.
   */
  public roles(): Promise<{ id: number; isPodAdmin: boolean }> {
    if (!this.siteRoles) {
      this.siteRoles = Promise.all([
        this.siteUser(),
        readsOf(this.sp)
          .read<Array<{ Id: number }>>(ownersOf(this.sp).select('Id'))
          .catch(() => [] as Array<{ Id: number }>),
      ])
        .then(([user, owners]) => ({ id: user.id, isPodAdmin: user.isSiteAdmin || owners.some((o) => o.Id === user.id) }))
        .catch((e) => {
          this.siteRoles = undefined;
          throw e;
        });
    }
    return this.siteRoles;
  }

  private async load(): Promise<CurrentUser> {
    const [user, roles, profile] = await Promise.all([
      this.siteUser(),
      this.roles(),
      this.graph.me
        .select('id', 'department', 'jobTitle')()
        .catch(() => undefined),
    ]);
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      aadId: profile?.id,
      department: profile?.department ?? undefined,
      jobTitle: profile?.jobTitle ?? undefined,
      isPodAdmin: roles.isPodAdmin,
    };
  }
}
