/**
 * Membership rules as pure functions. The stored `MemberStatus` is what the member asked for; the
 * state everyone sees also weighs SharePoint's content approval and the community's join policy,
 * both of which the member cannot write. That is what makes a forged "active" harmless.
 */
import type { Community, Membership, MembershipLevel, MembershipStatus } from './models';

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

/** True while the membership holds a place (active or awaiting a decision). */
export function isCurrent(status: MembershipStatus): boolean {
  return status === 'active' || status === 'pending' || status === 'interested';
}

export type JoinPlan =
  /** Already a member at that level, or already waiting: joining again changes nothing. */
  | { kind: 'unchanged'; membership: Membership }
  /** Core elsewhere already: the person chooses to join as wider or to move their core membership. */
  | { kind: 'chooseCore'; currentCore: Membership; currentCoreCommunityId: number }
  /** Write a new membership item. */
  | { kind: 'create'; level: MembershipLevel; status: MembershipStatus }
  /** Update the existing item of this community (rejoin after leaving, change level, pledge → member). */
  | { kind: 'update'; membership: Membership; level: MembershipLevel; status: MembershipStatus };

export interface JoinContext {
  community: Pick<Community, 'id' | 'joinPolicy' | 'status'>;
  level: MembershipLevel;
  /** My memberships, each with the status a reader believes (see effectiveStatus). */
  mine: Array<Membership & { effective: MembershipStatus }>;
  /** Set when the person has chosen to move their core membership here. */
  moveCore?: boolean;
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
  if (level === 'core' && !ctx.moveCore) {
    const coreElsewhere = ctx.mine.find(
      (m) => m.communityId !== community.id && m.level === 'core' && (m.effective === 'active' || m.effective === 'pending'),
    );
    if (coreElsewhere) return { kind: 'chooseCore', currentCore: coreElsewhere, currentCoreCommunityId: coreElsewhere.communityId };
  }
  if (here && here.effective !== 'declined') return { kind: 'update', membership: here, level, status: requested };
  return { kind: 'create', level, status: requested };
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
export function canPledge(community: Pick<Community, 'status'>, mine?: Pick<Membership, 'status' | 'approval'> & { effective: MembershipStatus }): boolean {
  if (community.status !== 'forming') return false;
  return !mine || !isCurrent(mine.effective);
}
