import type { GraphFI } from '@pnp/graph';
import type { IGroupService } from '../domain/services';

function status(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

/**
 * Membership of a community's Microsoft 365 group through Graph (GroupMember.ReadWrite.All,
 * delegated: Graph itself refuses anyone who doesn't own the group or administer groups).
 */
export class GroupService implements IGroupService {
  constructor(private readonly graph: GraphFI) {}

  private async userId(email: string): Promise<string> {
    const user = await this.graph.users.getById(email).select('id')();
    if (!user.id) throw new Error(`No directory account for ${email}.`);
    return user.id;
  }

  public async addMember(groupId: string, email: string): Promise<void> {
    const id = await this.userId(email);
    try {
      // Graph wants the full @odata.id of the directory object, whatever host answers the call.
      await this.graph.groups.getById(groupId).members.add(`https://graph.microsoft.com/v1.0/directoryObjects/${id}`);
    } catch (e) {
      // 400 "One or more added object references already exist": already a member, which is what we want.
      if (status(e) === 400 && (await this.memberEmails(groupId)).includes(email.toLowerCase())) return;
      throw e;
    }
  }

  public async removeMember(groupId: string, email: string): Promise<void> {
    const id = await this.userId(email);
    try {
      await this.graph.groups.getById(groupId).members.getById(id).remove();
    } catch (e) {
      if (status(e) === 404) return; // not a member: nothing to remove
      throw e;
    }
  }

  public async memberEmails(groupId: string): Promise<string[]> {
    const emails: string[] = [];
    for await (const page of this.graph.groups.getById(groupId).members.select('mail', 'userPrincipalName').top(999)) {
      for (const m of page as Array<{ mail?: string | null; userPrincipalName?: string | null }>) {
        const e = (m.mail ?? m.userPrincipalName ?? '').toLowerCase();
        if (e) emails.push(e);
      }
    }
    return emails;
  }
}
