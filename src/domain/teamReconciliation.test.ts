import type { Community, Membership } from './models';
import { planTeam } from './teamReconciliation';

const approval: Pick<Community, 'id' | 'joinPolicy' | 'gardeners'> = {
  id: 4,
  joinPolicy: 'approval',
  gardeners: [{ id: 1, displayName: 'Liam', email: 'Liam.OBrien@cophub.example' }],
};
let nextId = 1;
function m(email: string, status: Membership['status'], approvalState: Membership['approval'], communityId = 4): Membership {
  return { id: nextId++, communityId, member: { id: nextId, displayName: email, email }, level: 'wider', status, approval: approvalState };
}

describe('planTeam', () => {
  it('adds approved members missing from the group and removes those who left', () => {
    const plan = planTeam(
      approval,
      [
        m('Sam.Taylor@cophub.example', 'active', 'approved'),
        m('alex.adams@cophub.example', 'left', 'approved'),
        m('kim@cophub.example', 'active', 'approved'),
      ],
      ['alex.adams@cophub.example', 'kim@cophub.example', 'liam.obrien@cophub.example'],
    );
    expect(plan).toEqual({ add: ['sam.taylor@cophub.example'], remove: ['alex.adams@cophub.example'] });
  });

  it('adds no one who is waiting, pledged or refused, and removes no one with a current item', () => {
    const plan = planTeam(
      approval,
      [
        m('pending@x', 'pending', 'pending'),
        m('pledge@x', 'interested', 'approved'),
        m('refused@x', 'pending', 'rejected'),
        // Changed level after approval: back to pending, still in the team.
        m('edited@x', 'active', 'pending'),
        // Left once, joined again.
        m('back@x', 'left', 'approved'),
        m('back@x', 'active', 'approved'),
      ],
      ['edited@x', 'back@x', 'refused@x'],
    );
    expect(plan).toEqual({ add: [], remove: ['refused@x'] });
  });

  it('never removes a gardener or someone the team owners added without a membership', () => {
    const plan = planTeam(approval, [m('liam.obrien@cophub.example', 'left', 'approved')], ['liam.obrien@cophub.example', 'guest@x']);
    expect(plan).toEqual({ add: [], remove: [] });
  });

  it('counts only items filed under this community, and in an open community an item is active at once', () => {
    const open = { ...approval, joinPolicy: 'open' as const };
    const plan = planTeam(
      open,
      [m('new@x', 'active', 'pending'), m('other@x', 'active', 'approved', 9), m('noemail', 'left', 'approved')],
      ['other@x'],
    );
    expect(plan.add).toEqual(['new@x']);
    expect(plan.remove).toEqual([]);
  });
});
