import { decideRequest } from './workflows';
import type { Membership } from './models';
import type { IGroupService, IMembershipService } from './services';

const request: Membership = {
  id: 3,
  communityId: 4,
  member: { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' },
  level: 'wider',
  status: 'pending',
  approval: 'pending',
};

interface Recorded {
  calls: string[];
  memberships: IMembershipService;
  groups: IGroupService;
}

function services(decide: IMembershipService['decide'], addMember: IGroupService['addMember']): Recorded {
  const calls: string[] = [];
  return {
    calls,
    memberships: {
      decide: async (...a: Parameters<IMembershipService['decide']>) => {
        calls.push('decide');
        return decide(...a);
      },
    } as unknown as IMembershipService,
    groups: {
      addMember: async (g: string, e: string) => {
        calls.push(`add ${g} ${e}`);
        return addMember(g, e);
      },
    } as unknown as IGroupService,
  };
}

describe('decideRequest', () => {
  it('adds the member to the team only after SharePoint accepted the approval', async () => {
    const s = services(
      async () => ({ ...request, approval: 'approved' }),
      async () => undefined,
    );
    const out = await decideRequest(s, { groupId: 'g1' }, request, true);
    expect(s.calls).toEqual(['decide', 'add g1 sam.taylor@cophub.example']);
    expect(out.groupError).toBeUndefined();
  });

  it('never touches the group when SharePoint refuses the approval', async () => {
    const denied = Object.assign(new Error('Access denied'), { status: 403 });
    const s = services(
      async () => {
        throw denied;
      },
      async () => undefined,
    );
    await expect(decideRequest(s, { groupId: 'g1' }, request, true)).rejects.toBe(denied);
    expect(s.calls).toEqual(['decide']);
  });

  it('does not add a declined request, nor when the community has no team', async () => {
    const s = services(
      async () => ({ ...request, approval: 'rejected' }),
      async () => undefined,
    );
    await decideRequest(s, { groupId: 'g1' }, request, false, 'Not this term');
    await decideRequest(s, {}, request, true);
    expect(s.calls).toEqual(['decide', 'decide']);
  });

  it('keeps the approval and reports when the team could not be updated', async () => {
    const graphDown = Object.assign(new Error('Service unavailable'), { status: 503 });
    const s = services(
      async () => ({ ...request, approval: 'approved' }),
      async () => {
        throw graphDown;
      },
    );
    const out = await decideRequest(s, { groupId: 'g1' }, request, true);
    expect(out.membership.approval).toBe('approved');
    expect(out.groupError).toBe(graphDown);
  });
});
