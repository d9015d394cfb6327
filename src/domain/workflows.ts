/**
 * Steps that span services. Each runs the step SharePoint guards first, so nothing reaches Graph
 * unless SharePoint allowed it.
 */
import type { Community, Membership } from './models';
import type { IGroupService, IMembershipService } from './services';

export interface DecisionOutcome {
  membership: Membership;
  /** Set when the decision stood but the community's team could not be updated; the UI says so. */
  groupError?: unknown;
}

/**
 * Approves or declines a membership request. Only after SharePoint accepted the approval is the
 * member added to the community's Microsoft 365 group.
 */
export async function decideRequest(
  services: { memberships: IMembershipService; groups: IGroupService },
  community: Pick<Community, 'groupId'>,
  request: Membership,
  approve: boolean,
  note?: string,
): Promise<DecisionOutcome> {
  const membership = await services.memberships.decide(request, approve, note);
  if (!approve || !community.groupId || membership.approval !== 'approved' || !request.member.email) return { membership };
  try {
    await services.groups.addMember(community.groupId, request.member.email);
    return { membership };
  } catch (groupError) {
    return { membership, groupError };
  }
}
