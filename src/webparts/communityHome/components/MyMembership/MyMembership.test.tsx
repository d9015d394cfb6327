import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Membership } from '../../../../domain/models';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { MyMembership } from './MyMembership';

const here = community(1, { title: 'Data and Insight' });
const elsewhere = community(2, { title: 'Events Management' });
const mine = (communityId: number, level: 'core' | 'wider'): Membership =>
  membership(communityId, 7, { level, member: { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' } });

describe('MyMembership', () => {
  afterEach(cleanup);

  it('shows my level, switches between core and wider, leaves and joins again', async () => {
    const services = fakeServices({ communities: [here], mine: [mine(1, 'wider')] });
    const onChanged = jest.fn();
    render(<MyMembership community={here} memberships={services.memberships} onChanged={onChanged} />);
    expect(await screen.findByText("You're a wider member of this community.")).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Switch to core member' }));
    expect(await screen.findByText("You're a core member of this community.")).toBeTruthy();
    expect(onChanged).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Leave community' }));
    expect(await screen.findByText(/You left this community/)).toBeTruthy();
    expect(services.state.mine.find((m) => m.communityId === 1)?.status).toBe('left');

    fireEvent.click(screen.getByRole('button', { name: 'Join as wider member' }));
    expect(await screen.findByText("You're a wider member of this community.")).toBeTruthy();
  });

  it('asks before moving my core membership from another community', async () => {
    const services = fakeServices({ communities: [here, elsewhere], mine: [mine(1, 'wider'), mine(2, 'core')] });
    render(<MyMembership community={here} memberships={services.memberships} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch to core member' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Make this my core community' }));
    expect(await screen.findByText("You're a core member of this community.")).toBeTruthy();
    expect(services.state.mine.find((m) => m.communityId === 2)?.level).toBe('wider');
  });

  it('offers to join when I am not a member', async () => {
    render(<MyMembership community={here} memberships={fakeServices({ communities: [here] }).memberships} />);
    expect(await screen.findByText("You're not a member of this community yet.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Join as core member' })).toBeTruthy();
  });
});

describe('MyMembership of a forming community', () => {
  afterEach(cleanup);

  it('says the community is forming, with its progress, and takes my founding pledge (no join buttons)', async () => {
    const forming = community(3, { title: 'Widening Participation', status: 'forming', foundingTarget: 6 });
    const others = [membership(3, 11, { status: 'interested', level: 'core' }), membership(3, 12, { status: 'interested', level: 'core' })];
    const services = fakeServices({ communities: [forming], others });
    render(<MyMembership community={forming} memberships={services.memberships} />);
    expect(await screen.findByText(/This community is forming/)).toBeTruthy();
    const bar = await screen.findByRole('progressbar', { name: 'Founding members of Widening Participation' });
    expect(bar.getAttribute('aria-valuetext')).toBe('2 of 6 founding members');
    expect(screen.queryByRole('button', { name: 'Join as core member' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Pledge as a founding member of Widening Participation' }));
    expect(await screen.findByText('Thank you for pledging to help found Widening Participation.')).toBeTruthy();
    expect(services.state.mine.find((m) => m.communityId === 3)?.status).toBe('interested');
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('3 of 6 founding members'));
    expect(screen.queryByRole('button', { name: /Pledge as a founding member/ })).toBeNull();
  });

  it('offers no pledge where the community is not forming', async () => {
    render(<MyMembership community={here} memberships={fakeServices({ communities: [here] }).memberships} />);
    await screen.findByText("You're not a member of this community yet.");
    expect(screen.queryByRole('button', { name: /Pledge/ })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('MyMembership after someone else changed my item', () => {
  afterEach(cleanup);

  it('says so and offers to reload, rather than overwriting', async () => {
    const services = fakeServices({ communities: [here], mine: [mine(1, 'wider')] });
    const stale = Object.assign(new Error('Precondition failed'), { status: 412 });
    const leave = jest.spyOn(services.memberships, 'leave').mockRejectedValueOnce(stale);
    const read = jest.spyOn(services.memberships, 'mine');
    render(<MyMembership community={here} memberships={services.memberships} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Leave community' }));
    const reload = await screen.findByRole('button', { name: 'Reload' });
    const reads = read.mock.calls.length;
    fireEvent.click(reload);
    expect(await screen.findByText("You're a wider member of this community.")).toBeTruthy();
    expect(read.mock.calls.length).toBe(reads + 1);
    expect(leave).toHaveBeenCalledTimes(1);
  });
});

describe('MyMembership: withdrawing a request or a pledge', () => {
  afterEach(cleanup);
  const forming = community(3, { title: 'EDI Practitioners', status: 'forming' });
  const approval = community(4, { title: 'Digital Communications', joinPolicy: 'approval' });

  it('withdraws my pending request at once, and undoes it from the notice', async () => {
    const services = fakeServices({ communities: [approval], mine: [membership(4, 7, { level: 'core', approval: 'pending' })] });
    const onChanged = jest.fn();
    render(<MyMembership community={approval} memberships={services.memberships} onChanged={onChanged} />);
    expect(await screen.findByText("You've asked to join as a core member; a gardener will reply.")).toBeTruthy();
    // A request is withdrawn, not left.
    expect(screen.queryByRole('button', { name: 'Leave community' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw request to join Digital Communications' }));
    expect(await screen.findByText('You withdrew your request to join Digital Communications.')).toBeTruthy();
    expect(await screen.findByText("You left this community. You're welcome back any time.")).toBeTruthy();
    expect(services.state.mine[0].status).toBe('left');
    expect(onChanged).toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Undo: ask again to join Digital Communications' }));
    expect(await screen.findByText('You asked again to join Digital Communications.')).toBeTruthy();
    expect(await screen.findByText("You've asked to join as a core member; a gardener will reply.")).toBeTruthy();
    expect(services.state.mine[0]).toEqual(expect.objectContaining({ level: 'core', status: 'pending' }));
  });

  it('asks once before withdrawing my founding pledge; keeping it changes nothing; withdrawing can be undone', async () => {
    const services = fakeServices({ communities: [forming], mine: [membership(3, 7, { level: 'core', status: 'interested' })] });
    render(<MyMembership community={forming} memberships={services.memberships} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw pledge to help found EDI Practitioners' }));
    const confirm = screen.getByRole('group', { name: 'Withdraw pledge to help found EDI Practitioners' });
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep my pledge' })));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep my pledge' }));
    expect(services.state.mine[0].status).toBe('interested');

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw pledge to help found EDI Practitioners' }));
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('You withdrew your pledge to help found EDI Practitioners.')).toBeTruthy();
    expect(services.state.mine[0].status).toBe('left');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: pledge again to help found EDI Practitioners' }));
    expect(await screen.findByText("You've pledged as a founding member.")).toBeTruthy();
    expect(services.state.mine[0].status).toBe('interested');
  });
});

describe('MyMembership opened from a notification about my request', () => {
  afterEach(cleanup);

  it('highlights my membership and moves focus to it when the link names it', async () => {
    const services = fakeServices({ communities: [here], mine: [mine(1, 'core')] });
    const id = services.state.mine[0].id;
    render(<MyMembership community={here} memberships={services.memberships} focusItemId={id} />);
    await screen.findByText("You're a core member of this community.");
    const area = screen.getByRole('region', { name: 'My membership' });
    await waitFor(() => expect(document.activeElement).toBe(area));
  });

  it('leaves focus alone for another item', async () => {
    const services = fakeServices({ communities: [here], mine: [mine(1, 'core')] });
    render(<MyMembership community={here} memberships={services.memberships} focusItemId={9999} />);
    await screen.findByText("You're a core member of this community.");
    expect(screen.getByRole('region', { name: 'My membership' }).getAttribute('tabindex')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});
