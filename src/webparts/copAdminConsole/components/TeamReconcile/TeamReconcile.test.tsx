import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { MembershipRecord, TeamReconciliation } from '../../../../domain/adminModels';
import type { Person } from '../../../../domain/models';
import type { IAdminService } from '../../../../domain/services';
import { accessDenied, fakeAdmin } from '../../../../ui/testing/fakeAdmin';
import { community } from '../../../../ui/testing/fakeServices';
import { CommunityHistory } from '../CommunityHistory';
import { TeamReconcile } from './TeamReconcile';

jest.setTimeout(20000);

const person = (id: number, email: string): Person => ({ id, displayName: email, email });
const item = (id: number, email: string, status: MembershipRecord['status']): MembershipRecord => ({
  id,
  title: email,
  communityId: 1,
  member: person(id, email),
  level: 'wider',
  status,
  approval: 'approved',
});
const events = community(1, { title: 'Events Management', joinPolicy: 'approval', groupId: 'g-1', gardeners: [person(50, 'liam@x')] });
const button = (): HTMLElement => screen.getByRole('button', { name: 'Reconcile team members' });

describe('TeamReconcile', () => {
  it('is offered in History for a community with a team, and says what it changed', async () => {
    const teams = { 'g-1': ['liam@x', 'left@x'] };
    const admin = fakeAdmin({ memberships: [item(2, 'left@x', 'left'), item(3, 'new@x', 'active')], teams }, [events], (v) =>
      Promise.resolve(v),
    );
    render(<CommunityHistory communities={[events]} admin={admin} />);
    fireEvent.click(button());
    expect(await screen.findByText('Team reconciled: 1 added, 1 removed.')).toBeTruthy();
    expect(teams['g-1'].sort()).toEqual(['liam@x', 'new@x']);
    fireEvent.click(button());
    expect(await screen.findByText('The team already matches the memberships.')).toBeTruthy();
  });

  it('is not offered for a community without a team', () => {
    const admin = fakeAdmin({}, [], (v) => Promise.resolve(v));
    render(<CommunityHistory communities={[{ ...events, groupId: undefined }]} admin={admin} />);
    expect(screen.queryByRole('button', { name: 'Reconcile team members' })).toBeNull();
  });

  it('reconciles once on a double click, and names what Graph did not change', async () => {
    let finish: (o: TeamReconciliation) => void = () => undefined;
    const reconcileTeam = jest.fn(
      () =>
        new Promise<TeamReconciliation>((resolve) => {
          finish = resolve;
        }),
    );
    render(<TeamReconcile community={events} admin={{ reconcileTeam } as unknown as IAdminService} />);
    act(() => {
      fireEvent.click(button());
      fireEvent.click(button());
    });
    expect(reconcileTeam).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reconciling…' })).toBeTruthy();
    await act(async () => finish({ added: [], removed: ['a@x'], failed: [{ email: 'b@x', change: 'remove', message: 'Graph said no' }] }));
    // MessageBar draws its text a tick later (for screen readers).
    expect(await screen.findByText('Team reconciled: 0 added, 1 removed.')).toBeTruthy();
    expect(await screen.findByText('Not changed: b@x: Graph said no')).toBeTruthy();
  });

  it('says plainly when Graph refuses (not an owner), and offers to try again', async () => {
    const reconcileTeam = jest.fn(() => Promise.reject(accessDenied()));
    render(<TeamReconcile community={events} admin={{ reconcileTeam } as unknown as IAdminService} />);
    fireEvent.click(button());
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByText(/permission/i)).toBeTruthy();
  });
});
