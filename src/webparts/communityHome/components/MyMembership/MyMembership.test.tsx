import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Membership } from '../../../../domain/models';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { MyMembership } from './MyMembership';

const here = community(1, { title: 'Data and Insight' });
const elsewhere = community(2, { title: 'Events Management' });
const mine = (communityId: number, level: 'core' | 'wider'): Membership => membership(communityId, 7, { level, member: { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' } });

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
