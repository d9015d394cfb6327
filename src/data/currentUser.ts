import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import type { CurrentUser } from '../domain/models';

/**
 * Who is signed in: SharePoint's site user (its id is what Author holds) plus whether they are an
 * owner of the hub site, which is what POD administration means. Read once per service instance.
 */
export class CurrentUserCache {
  private pending?: Promise<CurrentUser>;

  constructor(private readonly sp: SPFI, private readonly graph: GraphFI) {}

  public get(): Promise<CurrentUser> {
    if (!this.pending) {
      this.pending = this.load().catch((e) => {
        this.pending = undefined;
        throw e;
      });
    }
    return this.pending;
  }

  private async load(): Promise<CurrentUser> {
    const [user, owners, profile] = await Promise.all([
      this.sp.web.currentUser.select('Id', 'Title', 'Email', 'IsSiteAdmin')(),
      this.sp.web.associatedOwnerGroup.users.select('Id')().catch(() => [] as Array<{ Id: number }>),
      this.graph.me.select('id', 'department', 'jobTitle')().catch(() => undefined),
    ]);
    return {
      id: user.Id,
      displayName: user.Title,
      email: user.Email,
      aadId: profile?.id,
      department: profile?.department ?? undefined,
      jobTitle: profile?.jobTitle ?? undefined,
      isPodAdmin: user.IsSiteAdmin || owners.some((o) => o.Id === user.Id),
    };
  }
}
