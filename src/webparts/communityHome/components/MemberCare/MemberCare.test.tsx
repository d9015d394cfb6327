import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Membership } from '../../../../domain/models';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { CommunityMembers } from '../CommunityMembers';
import { MyMembership } from '../MyMembership';

jest.setTimeout(30_000);

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example' };
const home = community(1, { title: 'Data and Insight', gardeners: [grace], joinPolicy: 'approval' });

describe('Welcoming and removing members, for the community’s gardener', () => {
  afterEach(cleanup);
  const others = (): Membership[] => [
    membership(1, 11, { level: 'core' }),
    membership(1, 12, { approval: 'pending', status: 'pending' }),
    membership(1, 4),
  ];

  it('offers Welcome and Remove on active members only (not on requests, not on the gardener), and nothing to others', async () => {
    const services = fakeServices({ communities: [home], others: others() });
    const { unmount } = render(<CommunityMembers community={home} memberships={services.memberships} />);
    await screen.findByRole('list', { name: /Core members/ });
    expect(screen.queryByRole('heading', { name: 'Welcome or remove members' })).toBeNull();
    unmount();
    render(<CommunityMembers community={home} memberships={services.memberships} gardener={{ me: grace, services }} />);
    const list = await screen.findByRole('list', { name: 'Welcome or remove members' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: 'Welcome Person 11' })).toBeTruthy();
    expect(within(list).queryByRole('button', { name: 'Remove Person 12' })).toBeNull();
    expect(within(list).queryByRole('button', { name: 'Remove Grace Okafor' })).toBeNull();
  });

  it('asks for the note first, then welcomes: SharePoint keeps it as the approval comment the member reads', async () => {
    const data = others();
    const services = fakeServices({ communities: [home], others: data });
    render(<CommunityMembers community={home} memberships={services.memberships} gardener={{ me: grace, services }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Welcome Person 11' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Welcome Person 11' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send welcome' }));
    expect(await within(dialog).findByText('Your welcome note is required.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Your welcome note/), { target: { value: 'Glad to have you' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send welcome' }));
    expect(await screen.findByText('Person 11 is welcomed: they see your note.')).toBeTruthy();
    const stored = (await services.memberships.ofCommunity(1)).items.find((m) => m.id === data[0].id);
    expect(stored).toMatchObject({ approval: 'approved', decisionNote: 'Glad to have you' });
  });

  it('removes a member with the reason they see, and says in words when SharePoint refuses', async () => {
    const data = others();
    const services = fakeServices({ communities: [home], others: data });
    const remove = services.memberships.remove.bind(services.memberships);
    let refuse = true;
    services.memberships.remove = (m, reason) =>
      refuse ? Promise.reject(Object.assign(new Error('Access denied'), { status: 403 })) : remove(m, reason);
    render(<CommunityMembers community={home} memberships={services.memberships} gardener={{ me: grace, services }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Person 11' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Person 11?' });
    expect(within(dialog).getByText(/To come back they ask to join again/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'Posting adverts' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Person 11' }));
    expect(await within(dialog).findByText(/permission/i)).toBeTruthy();
    refuse = false;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Person 11' }));
    expect(await screen.findByText('Person 11 is removed from the community.')).toBeTruthy();
    const stored = (await services.memberships.ofCommunity(1)).items.find((m) => m.id === data[0].id);
    expect(stored).toMatchObject({ approval: 'rejected', decisionNote: 'Removed: Posting adverts' });
  });

  it('Cancel closes without a word written and puts focus back on the button', async () => {
    const data = others();
    const services = fakeServices({ communities: [home], others: data });
    render(<CommunityMembers community={home} memberships={services.memberships} gardener={{ me: grace, services }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Person 11' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Person 11' })));
    expect(data[0].approval).toBe('approved');
  });
});

describe('What the member sees of it', () => {
  afterEach(cleanup);
  it('a welcome note on my membership, and after a removal that I was removed and why', async () => {
    const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
    const welcomed = fakeServices({
      communities: [home],
      mine: [membership(1, 7, { member: me, status: 'pending', decisionNote: 'Welcome aboard' })],
    });
    const { unmount } = render(<MyMembership community={home} memberships={welcomed.memberships} />);
    expect(await screen.findByText('A welcome from the gardener: Welcome aboard')).toBeTruthy();
    unmount();
    const removed = fakeServices({
      communities: [home],
      mine: [membership(1, 7, { member: me, status: 'pending', approval: 'rejected', decisionNote: 'Removed: Posting adverts' })],
    });
    render(<MyMembership community={home} memberships={removed.memberships} />);
    expect(await screen.findByText('You were removed from this community by its gardener.')).toBeTruthy();
    expect(screen.getByText("The gardener's reason: Posting adverts")).toBeTruthy();
  });
});
