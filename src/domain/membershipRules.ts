/**
 * Membership rules as pure functions. The stored `MemberStatus` is what the member asked for; the
 * state everyone sees also weighs SharePoint's content approval and the community's join policy,
 * both of which the member cannot write. That is what makes a forged "active" harmless.
 */
import type { ApprovalState, Community, FounderChoice, MemberCounts, Membership, MembershipLevel, MembershipStatus } from './models';

/**
 * The approval SharePoint's record of an item supports. A decision is an item update, so SharePoint
 * records its maker in Editor; an approved item whose Editor is its Author was approved by the person
 * it is about (a gardener approving their own request to their own community), which SharePoint
 * allows and the programme does not: it reads as still waiting for someone else's decision.
 * A self-declined request stays declined (withdrawing one's own request harms nobody).
 */
export function recordedApproval(moderation: ApprovalState, authorId: number | undefined, editorId: number | undefined): ApprovalState {
  if (moderation === 'approved' && authorId !== undefined && authorId !== 0 && authorId === editorId) return 'pending';
  return moderation;
}

/**
 * The status a reader should believe.
 * - left and declined are final for that item; a rejected approval reads as declined;
 * - a pledge stays a pledge (interested) until the community launches;
 * - open communities activate at once; approval communities need an approval.
 */
export function effectiveStatus(m: Pick<Membership, 'status' | 'approval'>, community: Pick<Community, 'joinPolicy'>): MembershipStatus {
  if (m.status === 'left') return 'left';
  if (m.approval === 'rejected' || m.status === 'declined') return 'declined';
  if (m.status === 'interested') return 'interested';
  if (community.joinPolicy === 'open') return 'active';
  return m.approval === 'approved' ? 'active' : 'pending';
}

/**
 * How a removal's reason is stored in SharePoint's approval comment: a removed member's item is a
 * rejected one, as a declined request's is, and only the comment tells them apart. Only the approvers of
 * the community's folder (its gardeners, the POD team) can write an approval comment, so a member can't
 * make a declined request read as a removal, nor the other way round.
 */
export const REMOVAL_NOTE_PREFIX = 'Removed: ';

/** A membership its gardener took away (a rejection whose comment says so). Reads as declined (effectiveStatus). */
export function wasRemoved(m: Pick<Membership, 'approval' | 'decisionNote'>): boolean {
  return m.approval === 'rejected' && (m.decisionNote ?? '').startsWith(REMOVAL_NOTE_PREFIX);
}

/** The gardener's reason or note as the member reads it (a removal's stored prefix left out). */
export function decisionReason(m: Pick<Membership, 'decisionNote'>): string | undefined {
  const note = (m.decisionNote ?? '').trim();
  return (note.startsWith(REMOVAL_NOTE_PREFIX.trim()) ? note.slice(REMOVAL_NOTE_PREFIX.trim().length).trim() : note) || undefined;
}

/**
 * The gardener's welcome a member sees: the note an approval carried, while the membership is active.
 * An approval by the member themself reads as pending (recordedApproval), so nobody welcomes themself.
 */
export function welcomeNote(
  m: Pick<Membership, 'status' | 'approval' | 'decisionNote'>,
  community: Pick<Community, 'joinPolicy'>,
): string | undefined {
  if (m.approval !== 'approved' || effectiveStatus(m, community) !== 'active') return undefined;
  return m.decisionNote?.trim() || undefined;
}

/** True while the membership holds a place (active or awaiting a decision). */
export function isCurrent(status: MembershipStatus): boolean {
  return status === 'active' || status === 'pending' || status === 'interested';
}

export type JoinPlan =
  /** Already a member at that level, or already waiting: joining again changes nothing. */
  | { kind: 'unchanged'; membership: Membership }
  /** Core elsewhere already: the person chooses to join as wider or to move their core membership. */
  | { kind: 'chooseCore'; currentCore: Membership; currentCoreCommunityId: number; currentCorePending: boolean }
  /**
   * Write a new membership item. `demote` lists my other core memberships that become wider, when I
   * chose to move my core membership here (empty otherwise).
   */
  | { kind: 'create'; level: MembershipLevel; status: MembershipStatus; demote: Membership[] }
  /** Update the existing item of this community (rejoin after leaving, change level, pledge → member). */
  | { kind: 'update'; membership: Membership; level: MembershipLevel; status: MembershipStatus; demote: Membership[] };

export interface JoinContext {
  community: Pick<Community, 'id' | 'joinPolicy' | 'status'>;
  level: MembershipLevel;
  /** My memberships, each with the status a reader believes (see effectiveStatus). */
  mine: Array<Membership & { effective: MembershipStatus }>;
  /** Set when the person has chosen to move their core membership here. */
  moveCore?: boolean;
}

function withoutEffective(m: Membership & { effective?: MembershipStatus }): Membership {
  const stored = { ...m };
  delete stored.effective;
  return stored;
}

/**
 * Decides what joining means. It never silently blocks: a second core membership becomes a choice
 * the person makes (wider here, or move core here), as the programme recommends one core at a time.
 */
export function planJoin(ctx: JoinContext): JoinPlan {
  const { community, level } = ctx;
  const here = ctx.mine.find((m) => m.communityId === community.id);
  const requested: MembershipStatus = community.joinPolicy === 'open' ? 'active' : 'pending';

  if (here && (here.effective === 'active' || here.effective === 'pending') && here.level === level) {
    return { kind: 'unchanged', membership: here };
  }
  const coreElsewhere =
    level === 'core'
      ? ctx.mine.filter(
          (m) => m.communityId !== community.id && m.level === 'core' && (m.effective === 'active' || m.effective === 'pending'),
        )
      : [];
  if (coreElsewhere.length > 0 && !ctx.moveCore) {
    const [current] = coreElsewhere;
    // Core there may still be a request: then the person has asked, not been made, a core member.
    return {
      kind: 'chooseCore',
      currentCore: current,
      currentCoreCommunityId: current.communityId,
      currentCorePending: current.effective === 'pending',
    };
  }
  // Moving core here keeps the person in their old community, as a wider member. While the new core
  // membership waits for approval, an active core membership elsewhere stays as it is (a declined
  // request must not leave the person core nowhere): settleCore demotes it once this one is approved.
  const demote = coreElsewhere.filter((m) => requested === 'active' || m.effective !== 'active').map(withoutEffective);
  if (here && here.effective !== 'declined') return { kind: 'update', membership: here, level, status: requested, demote };
  return { kind: 'create', level, status: requested, demote };
}

/** Founding progress of a forming community: pledges counted against its target. */
export interface FoundingProgress {
  pledged: number;
  target: number;
  /** 0..1, for a progress bar. */
  ratio: number;
  readyToLaunch: boolean;
}

export function foundingProgress(pledged: number, target: number | undefined): FoundingProgress {
  const t = target && target > 0 ? target : 0;
  return { pledged, target: t, ratio: t === 0 ? 0 : Math.min(1, pledged / t), readyToLaunch: t > 0 && pledged >= t };
}

/** Can this person pledge as a founding member? Only forming communities recruit founders. */
export function canPledge(
  community: Pick<Community, 'status'>,
  mine?: Pick<Membership, 'status' | 'approval'> & { effective: MembershipStatus },
): boolean {
  if (community.status !== 'forming') return false;
  return !mine || !isCurrent(mine.effective);
}

/** One membership item as the counts need it: whose it is, where, and in what state. */
export interface CountableMembership extends Pick<Membership, 'communityId' | 'level' | 'status' | 'approval'> {
  /** The item's author (the member); SharePoint sets it, so nobody can count twice by naming others. */
  memberId: number;
}

const STANDING: Record<MembershipStatus, number> = { active: 3, interested: 2, pending: 1, declined: 0, left: 0 };

/**
 * Counts members per community. Each person counts once per community, by their best-standing item,
 * so a second item (a forged duplicate, or a stale one) can't inflate a count. Only what a reader
 * would believe counts: effectiveStatus weighs approval and the join policy, which members can't write.
 */
export function countMembers(
  rows: readonly CountableMembership[],
  communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>,
): Record<number, MemberCounts> {
  const policy = new Map(communities.map((c) => [c.id, c]));
  const best = new Map<string, { level: MembershipLevel; effective: MembershipStatus }>();
  for (const row of rows) {
    const community = policy.get(row.communityId);
    if (!community) continue; // folders, or a community this reader can't see
    const effective = effectiveStatus(row, community);
    const key = `${row.communityId}:${row.memberId}`;
    const seen = best.get(key);
    if (!seen || STANDING[effective] > STANDING[seen.effective]) best.set(key, { level: row.level, effective });
  }
  const counts: Record<number, MemberCounts> = {};
  for (const c of communities) counts[c.id] = { core: 0, wider: 0, pledged: 0 };
  best.forEach((m, key) => {
    const count = counts[Number(key.slice(0, key.indexOf(':')))];
    if (m.effective === 'interested') count.pledged++;
    else if (m.effective === 'active') count[m.level]++;
  });
  return counts;
}

/** Where I stand in one community: my best-standing item there and the status a reader believes. */
export interface Standing {
  membership: Membership;
  effective: MembershipStatus;
}

/**
 * My standing per community, from all my items (a community may hold an old "left" item and a
 * current one). Communities missing from `communities` are read with the stricter approval policy.
 */
export function myStandings(
  mine: readonly Membership[],
  communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>,
): Map<number, Standing> {
  const policy = new Map(communities.map((c) => [c.id, c]));
  const out = new Map<number, Standing>();
  for (const membership of mine) {
    const effective = effectiveStatus(membership, policy.get(membership.communityId) ?? { joinPolicy: 'approval' });
    const seen = out.get(membership.communityId);
    if (!seen || STANDING[effective] > STANDING[seen.effective]) out.set(membership.communityId, { membership, effective });
  }
  return out;
}

/**
 * One core community at a time, settled after the fact: when a core request made while core elsewhere
 * has been approved, the person is active core in two communities. The newest (highest item id) stays
 * core; the others are returned, to become wider (by the member, whose items they are).
 */
export function settleCore(mine: ReadonlyArray<Membership & { effective: MembershipStatus }>): Membership[] {
  const cores = mine.filter((m) => m.level === 'core' && m.effective === 'active');
  if (cores.length < 2) return [];
  const newest = cores.reduce((a, b) => (b.id > a.id ? b : a));
  return cores.filter((m) => m !== newest).map(withoutEffective);
}

/** What launching makes of one founding pledge, under the one-core rule. */
export interface FoundingPlan {
  /** The level the pledge becomes (an active membership). */
  level: MembershipLevel;
  /** The founder's other core memberships that become wider (only when they chose to move core here). */
  demote: Membership[];
}

/**
 * Launch under one core at a time. A founder who is core nowhere else becomes core here. One who is
 * an active core member elsewhere by launch day gets what they chose when pledging: by default
 * (`widerHere`, also when no choice was recorded) a wider membership here and the other stays core;
 * with `moveCore` core here and the other becomes wider. A core request still waiting elsewhere is
 * not core yet: the founder is core here, and settleCore settles it if that request is approved.
 */
export function planFounding(
  pledge: Pick<Membership, 'communityId'> & { founderChoice?: FounderChoice },
  others: ReadonlyArray<Membership & { effective: MembershipStatus }>,
): FoundingPlan {
  const coreElsewhere = others.filter((m) => m.communityId !== pledge.communityId && m.level === 'core' && m.effective === 'active');
  if (coreElsewhere.length === 0) return { level: 'core', demote: [] };
  if (pledge.founderChoice === 'moveCore') return { level: 'core', demote: coreElsewhere.map(withoutEffective) };
  return { level: 'wider', demote: [] };
}
