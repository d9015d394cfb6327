import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import {
  JOIN_POLICIES,
  type Community,
  type FounderChoice,
  type JoinPolicy,
  type MemberCounts,
  type Membership,
  type MembershipLevel,
  type MembershipStatus,
} from '../domain/models';
import type { IMembershipService, Page } from '../domain/services';
import { CoreChoiceNeeded } from '../domain/errors';
import { countMembers, effectiveStatus, isCurrent, planJoin, REMOVAL_NOTE_PREFIX, settleCore } from '../domain/membershipRules';
import { LIST_TITLES } from '../schema/lists';
import type { CurrentUserCache } from './currentUser';
import { choice, MEMBERSHIP_COUNT_SELECT, MEMBERSHIP_EXPAND, MEMBERSHIP_SELECT, toCountableMembership, toMembership } from './mappers';
import { readAll } from './paging';
import { readsOf } from './readBatcher';
import { FOUNDER_CHOICE_FIELD, membershipFolder, membershipFormValues } from './membershipWrites';

const PAGE_SIZE = 100;

/** Up to this many communities, counts read each community's items (two $batch requests at most). */
export const COUNT_EACH_UP_TO = 40;

/** Raised when joining needs the person's choice (core elsewhere); the UI shows the choice. */
export { CoreChoiceNeeded };

/**
 * Members of each of a few communities, from each one's own items (filtered on the indexed Community
 * column) read together in the moment's $batch: the cost follows the communities passed, not the list.
 */
export async function countEach(
  sp: SPFI,
  communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>,
): Promise<Record<number, MemberCounts>> {
  const list = sp.web.lists.getByTitle(LIST_TITLES.memberships);
  const reads = readsOf(sp);
  const pages = await Promise.all(
    communities.map((c) => readAll(list.items.select(...MEMBERSHIP_COUNT_SELECT).filter(`CommunityId eq ${Math.trunc(c.id)}`), reads)),
  );
  return countMembers(pages.flat().map(toCountableMembership), communities);
}

export class MembershipService implements IMembershipService {
  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.memberships);
  }

  public async mine(): Promise<Membership[]> {
    // Only the site user id is needed (Author is indexed), so no Graph call or owners lookup first.
    const me = await this.me.siteUser();
    const items = await readAll(
      this.list.items
        .select(...MEMBERSHIP_SELECT)
        .expand(...MEMBERSHIP_EXPAND)
        .filter(`AuthorId eq ${me.id}`),
      readsOf(this.sp),
    );
    return this.settleCore(items.map(toMembership));
  }

  /**
   * A core request made while core elsewhere leaves the old core membership as it is until approved;
   * once both are active core, the older becomes wider (settleCore). Only read when two core items exist.
   */
  private async settleCore(mine: Membership[]): Promise<Membership[]> {
    const cores = mine.filter((m) => m.level === 'core' && m.status !== 'left' && m.status !== 'declined' && m.status !== 'interested');
    if (cores.length < 2) return mine;
    const policies = await this.existingCommunities(cores.map((m) => m.communityId));
    const demote = settleCore(
      cores.map((m) => ({ ...m, effective: effectiveStatus(m, { joinPolicy: policies.get(m.communityId) ?? 'approval' }) })),
    );
    if (demote.length === 0) return mine;
    const changed = new Map<number, Membership>();
    for (const old of demote) changed.set(old.id, await this.update(old, { Level: 'wider' }).catch(() => old));
    return mine.map((m) => changed.get(m.id) ?? m);
  }

  public async ofCommunity(communityId: number, next?: string): Promise<Page<Membership>> {
    let q = this.list.items
      .select(...MEMBERSHIP_SELECT)
      .expand(...MEMBERSHIP_EXPAND)
      .filter(`CommunityId eq ${Math.trunc(communityId)}`)
      .top(PAGE_SIZE);
    if (next) q = q.skip(Number(next));
    const rows = await q();
    const mapped = rows.map(toMembership);
    // An item naming this community from another community's folder is not a membership here (filedCommunityId).
    const items = mapped.filter((m) => m.communityId === communityId);
    return { items, next: rows.length === PAGE_SIZE ? String(mapped[mapped.length - 1].id) : undefined };
  }

  public async join(community: Community, level: MembershipLevel, moveCore = false): Promise<Membership> {
    const mine = await this.mineWithEffective([community]);
    let plan = planJoin({ community, level, mine, moveCore });
    // A core membership elsewhere reads by its own community's policy, both to ask the choice and to
    // know whether moving core here may demote it now (only when this one is active at once).
    if (plan.kind === 'chooseCore' || ((plan.kind === 'create' || plan.kind === 'update') && plan.demote.length > 0)) {
      // Core in a community that was deleted (or an item filed nowhere) is no reason to make me choose.
      const elsewhere = mine.filter((m) => m.communityId !== community.id && m.level === 'core').map((m) => m.communityId);
      // Their join policies too, so a core membership there reads as it is (active or still a request).
      const live = await this.existingCommunities(elsewhere);
      const current = mine
        .filter((m) => m.communityId === community.id || live.has(m.communityId))
        .map((m) =>
          m.communityId === community.id
            ? m
            : { ...m, effective: effectiveStatus(m, { joinPolicy: live.get(m.communityId) ?? 'approval' }) },
        );
      plan = planJoin({ community, level, mine: current, moveCore });
    }
    switch (plan.kind) {
      case 'unchanged':
        return plan.membership;
      case 'chooseCore':
        throw new CoreChoiceNeeded(plan.currentCoreCommunityId, plan.currentCorePending);
      case 'update':
      case 'create': {
        const joined =
          plan.kind === 'update'
            ? await this.update(plan.membership, { Level: plan.level, MemberStatus: plan.status })
            : await this.settle(await this.create(community, plan.level, plan.status), community);
        // After the new core membership is written, so a failure never leaves the person core nowhere.
        for (const old of plan.demote) await this.update(old, { Level: 'wider' });
        return joined;
      }
    }
  }

  /**
   * For the few communities a screen shows, each community's own items (filtered on the indexed
   * Community column, so under the threshold while a community has fewer than 5,000 items), all in
   * one $batch: the cost follows what is shown, not how many memberships exist. For a long list of
   * communities (a portfolio) one unfiltered read of every item is cheaper than a request each.
   * Either way the items are counted by countMembers, which trusts only Author and approval.
   */
  public async counts(communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>): Promise<Record<number, MemberCounts>> {
    if (communities.length > COUNT_EACH_UP_TO) {
      // Six narrow columns, no $expand and no filter: cheap per row and safe past the 5,000-item threshold.
      const rows = await readAll(this.list.items.select(...MEMBERSHIP_COUNT_SELECT));
      return countMembers(rows.map(toCountableMembership), communities);
    }
    return countEach(this.sp, communities);
  }

  public async pledge(community: Community, founderChoice: FounderChoice = 'widerHere'): Promise<Membership> {
    const mine = await this.mine();
    const here = mine.find((m) => m.communityId === community.id);
    if (here && here.status !== 'left') return here;
    if (here) {
      try {
        return await this.update(here, { MemberStatus: 'interested', Level: 'core', [FOUNDER_CHOICE_FIELD]: founderChoice });
      } catch (e) {
        // A site set up before the column: the default needs no column (blank reads as widerHere).
        if ((e as { status?: number }).status !== 400 || founderChoice !== 'widerHere') throw e;
        return this.update(here, { MemberStatus: 'interested', Level: 'core' });
      }
    }
    return this.settle(await this.create(community, 'core', 'interested', founderChoice), community);
  }

  public leave(membership: Membership): Promise<Membership> {
    // Leaving keeps the item, so the history of who belonged survives.
    return this.update(membership, { MemberStatus: 'left' });
  }

  public changeLevel(membership: Membership, level: MembershipLevel): Promise<Membership> {
    return this.update(membership, { Level: level });
  }

  public decide(membership: Membership, approve: boolean, note?: string): Promise<Membership> {
    return this.moderate(membership, approve, note);
  }

  public welcome(membership: Membership, note: string): Promise<Membership> {
    // An approval carrying the gardener's note: only an approver of the community's folder can write one.
    return this.moderate(membership, true, note);
  }

  public remove(membership: Membership, reason: string): Promise<Membership> {
    // A rejection of an active membership: SharePoint's record that its gardener took it away.
    return this.moderate(membership, false, `${REMOVAL_NOTE_PREFIX}${reason.trim()}`);
  }

  private async moderate(membership: Membership, approve: boolean, note?: string): Promise<Membership> {
    // Content approval is SharePoint's: only holders of Approve Items on the item's folder can set
    // _ModerationStatus (0 approved, 1 rejected), and the request may change nothing else.
    // With the request's etag: if the member changed it since the approver read it, SharePoint answers
    // 412 and the approver sees the new version before deciding, rather than approving unseen changes.
    const changes: Record<string, unknown> = { OData__ModerationStatus: approve ? 0 : 1 };
    if (note) changes.OData__ModerationComments = note;
    await this.write(membership.id, changes, membership.etag ?? '*');
    return this.read(membership.id);
  }

  /** Which of these community ids still exist, in one request. */
  /** The communities of these ids that still exist, with their join policies. */
  private async existingCommunities(ids: number[]): Promise<Map<number, JoinPolicy>> {
    const unique = [...new Set(ids.filter((id) => id > 0).map((id) => Math.trunc(id)))];
    if (unique.length === 0) return new Map();
    const rows = await this.sp.web.lists
      .getByTitle(LIST_TITLES.communities)
      .items.select('Id', 'JoinPolicy')
      .filter(unique.map((id) => `Id eq ${id}`).join(' or '))
      .top(unique.length)();
    return new Map(rows.map((r: { Id: number; JoinPolicy?: unknown }) => [r.Id, choice(JOIN_POLICIES, r.JoinPolicy, 'approval')]));
  }

  private async mineWithEffective(communities: Community[]): Promise<Array<Membership & { effective: MembershipStatus }>> {
    const mine = await this.mine();
    const policy = new Map(communities.map((c) => [c.id, c]));
    return mine.map((m) => ({ ...m, effective: effectiveStatus(m, policy.get(m.communityId) ?? { joinPolicy: 'approval' }) }));
  }

  private async create(
    community: Community,
    level: MembershipLevel,
    status: MembershipStatus,
    founderChoice?: FounderChoice,
  ): Promise<Membership> {
    const me = await this.me.get();
    const result = await this.list.addValidateUpdateItemUsingPath(
      membershipFormValues(me.displayName, community, level, status, new Date(), founderChoice),
      membershipFolder(this.siteUrl, community.id),
    );
    const failed = result.find((r) => r.HasException);
    // SharePoint refused a value: said in words by describeError (400), never the column's internal name.
    if (failed) throw Object.assign(new Error(failed.ErrorMessage), { status: 400, field: failed.FieldName });
    const id = Number(result.find((r) => r.FieldName === 'Id')?.FieldValue);
    return this.read(id);
  }

  private async update(m: Membership, changes: Record<string, unknown>): Promise<Membership> {
    // The etag makes a stale edit fail with 412 instead of silently overwriting someone else's.
    await this.write(m.id, changes, m.etag ?? '*');
    return this.read(m.id);
  }

  /**
   * MERGE with IF-Match. PnPjs retries a request whose answer was lost, and a retried write that had
   * already landed meets its own new etag (412): when the item already holds exactly these values the
   * write is done, so it is neither applied twice nor reported as someone else's change.
   */
  private async write(id: number, changes: Record<string, unknown>, etag: string): Promise<void> {
    try {
      await this.list.items.getById(id).update(changes, etag);
    } catch (e) {
      if ((e as { status?: number }).status !== 412) throw e;
      const now = await this.list.items.getById(id).select(...Object.keys(changes))();
      if (!Object.entries(changes).every(([k, v]) => now[k] === v)) throw e;
    }
  }

  /**
   * Joining is idempotent against what SharePoint holds, not only what this browser saw: two tabs, a
   * double click that got through, or a retried POST whose first answer was lost can each write an
   * item. After creating one, every current item of mine in that community is read back; the oldest
   * stays and the newer ones (mine, so I may delete them) go, so every racer ends on the same item.
   */
  private async settle(created: Membership, community: Community): Promise<Membership> {
    const here = (await this.mine()).filter((m) => m.communityId === community.id && isCurrent(effectiveStatus(m, community)));
    const keep = here.reduce((a, b) => (b.id < a.id ? b : a), created);
    // A racer may have removed it already (404); one left behind would still count once (countMembers).
    for (const dup of here)
      if (dup.id !== keep.id)
        await this.list.items
          .getById(dup.id)
          .delete()
          .catch(() => undefined);
    return keep;
  }

  private async read(id: number): Promise<Membership> {
    return toMembership(
      await this.list.items
        .getById(id)
        .select(...MEMBERSHIP_SELECT)
        .expand(...MEMBERSHIP_EXPAND)(),
    );
  }
}
