import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Membership } from '../../../../domain/models';
import type { Page } from '../../../../domain/services';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';
import { CommunityMembers } from './CommunityMembers';

const grace = { id: 4, displayName: 'Grace Okafor', email: 'grace.okafor@cophub.example' };
const home = community(1, { gardeners: [grace] });
const names = (groupName: RegExp): string[] =>
  within(screen.getByRole('list', { name: groupName }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('CommunityMembers', () => {
  // Explicit: Testing Library's automatic cleanup left the first test's render in the document here.
  afterEach(cleanup);
  it('groups active members into leaders, core and wider, leaving out requests and leavers', async () => {
    const others = [
      membership(1, 11, { level: 'core' }),
      membership(1, 12),
      membership(1, 13, { status: 'left' }),
      membership(1, 14, { status: 'interested' }),
      membership(2, 15),
    ];
    render(<CommunityMembers community={home} memberships={fakeServices({ communities: [home], others }).memberships} />);
    await screen.findByRole('heading', { name: 'Core members (1)' });
    expect(names(/^Gardeners/)).toEqual(['Grace Okafor']);
    expect(names(/^Core members/)).toEqual(['Person 11']);
    expect(names(/^Wider members/)).toEqual(['Person 12']);
  });

  it('searches by name, and says when nobody matches', async () => {
    const others = [membership(1, 11, { level: 'core' }), membership(1, 12)];
    render(<CommunityMembers community={home} memberships={fakeServices({ communities: [home], others }).memberships} />);
    await screen.findByRole('heading', { name: 'Wider members (1)' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search members' }), { target: { value: 'person 12' } });
    expect(screen.getByRole('heading', { name: 'Wider members (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Core members (0)' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search members' }), { target: { value: 'nobody like this' } });
    expect(screen.getByText('No members match your search.')).toBeTruthy();
  });

  it('loads the next page on request and adds its members', async () => {
    const pages: Record<string, Page<Membership>> = {
      first: { items: [membership(1, 11)], next: 'p2' },
      p2: { items: [membership(1, 12, { level: 'core' })] },
    };
    const ofCommunity = jest.fn((_: number, next?: string) => Promise.resolve(pages[next ?? 'first']));
    render(<CommunityMembers community={home} memberships={{ ofCommunity }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load more members' }));
    await screen.findByRole('heading', { name: 'Core members (1)' });
    expect(ofCommunity).toHaveBeenLastCalledWith(1, 'p2');
    expect(screen.queryByRole('button', { name: 'Load more members' })).toBeNull();
    expect(names(/^Wider members/)).toEqual(['Person 11']);
  });

  it('shows an error with a retry when members cannot be read', async () => {
    render(<CommunityMembers community={home} memberships={fakeServices({ failWith: new Error('Network down') }).memberships} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('CommunityMembers opened from a notification', () => {
  afterEach(cleanup);
  const approval = community(1, { gardeners: [grace], joinPolicy: 'approval' });
  const others = [
    membership(1, 11, { level: 'core' }),
    membership(1, 12, { approval: 'pending' }),
    membership(1, 13, { level: 'core', approval: 'pending' }),
    membership(1, 14, { status: 'interested' }),
  ];

  it('shows the requests and pledges waiting, with the request the link named highlighted and focused', async () => {
    const services = fakeServices({ communities: [approval], others });
    const target = (await services.memberships.ofCommunity(1)).items.find((m) => m.member.id === 13);
    render(<CommunityMembers community={approval} memberships={services.memberships} focusItemId={target?.id} />);
    const waiting = await screen.findByRole('list', { name: 'Requests and pledges (3)' });
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Person 12 asks to join as a wider member',
      'Person 13 asks to join as a core member',
      'Person 14 pledged as a founding member',
    ]);
    const linked = within(waiting).getByText('Person 13').closest('li');
    expect(linked?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(linked);
    expect(within(waiting).getByText('Person 12').closest('li')?.getAttribute('aria-current')).toBeNull();
  });

  it('says so when the request it named was answered or withdrawn since', async () => {
    render(
      <CommunityMembers
        community={approval}
        memberships={fakeServices({ communities: [approval], others }).memberships}
        focusItemId={9999}
      />,
    );
    expect(await screen.findByText('The request or pledge you followed has been answered or withdrawn since.')).toBeTruthy();
  });
});

describe("CommunityMembers for the community's gardener", () => {
  afterEach(cleanup);
  const approval = community(1, { gardeners: [grace], joinPolicy: 'approval' });
  const others = [
    membership(1, 11, { level: 'core' }),
    membership(1, 12, { approval: 'pending' }),
    membership(1, 4, { approval: 'pending' }),
    membership(1, 14, { status: 'interested' }),
  ];
  function gardenerServices(): { services: ReturnType<typeof fakeServices>; decide: jest.Mock } {
    const services = fakeServices({ communities: [approval], others, admin: { memberships: others.map((m) => ({ ...m, title: '' })) } });
    const decide = jest.fn((m: Membership, approve: boolean) =>
      Promise.resolve({ ...m, approval: approve ? ('approved' as const) : ('rejected' as const) }),
    );
    services.memberships.decide = decide;
    return { services, decide };
  }

  it("offers Approve and Decline on requests only: not on pledges, not on the gardener's own request, and not to others", async () => {
    const { services } = gardenerServices();
    const { unmount } = render(
      <CommunityMembers community={approval} memberships={services.memberships} gardener={{ me: grace, services }} />,
    );
    await screen.findByRole('list', { name: 'Requests and pledges (3)' });
    expect(screen.getAllByRole('button', { name: /^Approve / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      "Approve Person 12's request",
    ]);
    expect(screen.getAllByRole('button', { name: /^Decline / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      "Decline Person 12's request",
    ]);
    unmount();
    render(<CommunityMembers community={approval} memberships={services.memberships} />);
    await screen.findByRole('list', { name: 'Requests and pledges (3)' });
    expect(screen.queryByRole('button', { name: /request$/ })).toBeNull();
  });

  it('approves after a confirmation that names the person, then reads the members again', async () => {
    const { services, decide } = gardenerServices();
    const ofCommunity = jest.spyOn(services.memberships, 'ofCommunity');
    render(<CommunityMembers community={approval} memberships={services.memberships} gardener={{ me: grace, services }} />);
    fireEvent.click(await screen.findByRole('button', { name: "Approve Person 12's request" }));
    const named = await screen.findByRole('list', { name: 'What this acts on' });
    expect(named.textContent).toBe('Person 12, wider member of Community 1');
    expect(decide).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(decide).toHaveBeenCalledWith(expect.objectContaining({ id: 1012 }), true, undefined);
    const reads = ofCommunity.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(ofCommunity.mock.calls.length).toBe(reads + 1);
    await screen.findByRole('list', { name: /^Requests and pledges/ });
  });

  it('declines only with a reason, which goes to the member', async () => {
    const { services, decide } = gardenerServices();
    render(<CommunityMembers community={approval} memberships={services.memberships} gardener={{ me: grace, services }} />);
    fireEvent.click(await screen.findByRole('button', { name: "Decline Person 12's request" }));
    await screen.findByRole('list', { name: 'What this acts on' });
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('Give a reason first.')).toBeTruthy();
    expect(decide).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'We are full this term' } });
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(decide).toHaveBeenCalledWith(expect.objectContaining({ id: 1012 }), false, 'We are full this term');
  });
});
