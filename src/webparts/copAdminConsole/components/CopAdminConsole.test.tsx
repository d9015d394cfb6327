import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import CopAdminConsole from './CopAdminConsole';
import type { MembershipRecord } from '../../../domain/adminModels';
import type { Membership, Person, Suggestion } from '../../../domain/models';
import { fakeAdmin } from '../../../ui/testing/fakeAdmin';
import { community, fakeServices, type FakeServices } from '../../../ui/testing/fakeServices';

const NOW = new Date('2026-12-01T09:00:00Z');
const person = (id: number, name: string): Person => ({
  id,
  displayName: name,
  email: `${name.split(' ')[0].toLowerCase()}@cophub.example`,
});
const request = (id: number, communityId: number, name: string): MembershipRecord => ({
  id,
  title: `${name} — request`,
  communityId,
  member: person(id, name),
  level: 'wider',
  status: 'pending',
  approval: 'pending',
  created: '2026-11-20T10:00:00Z',
});

function podServices(moreSuggestions: Suggestion[] = []): {
  services: FakeServices;
  decided: Array<[number, boolean, string | undefined]>;
} {
  const communities = [
    community(1, {
      title: 'Events Management',
      joinPolicy: 'approval',
      gardeners: [person(50, 'Liam OBrien')],
      sponsor: person(60, 'Richard Osei'),
      rhythmDays: 30,
    }),
    community(2, { title: '=HYPERLINK("http://evil.example")', status: 'forming', foundingTarget: 2 }),
  ];
  const services = fakeServices({ me: { isPodAdmin: true }, communities });
  const suggestions: Suggestion[] = [
    { id: 3, title: 'Green champions', description: 'Share practice', practiceArea: 'Estates', kind: 'new idea', status: 'new' },
    ...moreSuggestions,
  ];
  const admin = fakeAdmin({ memberships: [request(11, 1, 'Sam Taylor'), request(12, 1, 'Alex Adams')], suggestions }, communities, (v) =>
    Promise.resolve(v),
  );
  services.admin = admin;
  services.content.suggestions = () => Promise.resolve(admin.adminState.suggestions);
  const decided: Array<[number, boolean, string | undefined]> = [];
  // The fake's decide, as SharePoint's content approval answers a site owner.
  services.memberships.decide = async (m: Membership, approve: boolean, note?: string) => {
    decided.push([m.id, approve, note]);
    const i = admin.adminState.memberships.findIndex((x) => x.id === m.id);
    const updated: MembershipRecord = {
      ...admin.adminState.memberships[i],
      approval: approve ? 'approved' : 'rejected',
      decisionNote: note,
    };
    admin.adminState.memberships[i] = updated;
    return updated;
  };
  return { services, decided };
}

// Fluent's tables and dialogs render slowly in jsdom on a busy machine.
jest.setTimeout(30000);

describe('CopAdminConsole', () => {
  it('tells staff politely that it is not for them', async () => {
    render(<CopAdminConsole services={fakeServices({ me: { isPodAdmin: false } })} />);
    expect(await screen.findByText(/This console is for the POD team/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set up or repair lists' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Portfolio' })).toBeNull();
  });

  it('lets the POD team run setup and shows what changed', async () => {
    render(<CopAdminConsole services={fakeServices({ me: { isPodAdmin: true } })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up or repair lists' }));
    expect(await screen.findByText('Created list Communities')).toBeTruthy();
    expect(screen.getByText('Done. Changes made:')).toBeTruthy();
  });

  it('shows the portfolio with the health score explained, and exports a CSV that no spreadsheet runs as a formula', async () => {
    const download = jest.fn();
    render(<CopAdminConsole services={podServices().services} now={NOW} download={download} />);
    expect(await screen.findByText('2 of 2 communities')).toBeTruthy();
    expect(screen.getByText('How the health score is computed')).toBeTruthy();
    expect(screen.getByText(/^Leadership, 20 points: a senior sponsor named \(10\) and at least one gardener \(10\)\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export to CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [fileName, csv, type] = download.mock.calls[0] as [string, string, string];
    expect(fileName).toBe('cop-portfolio-2026-12-01.csv');
    expect(type).toMatch(/^text\/csv/);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFCommunity,Status,Practice area,Core,Wider,Pledged,Sponsor,Gardeners,Last session,Rhythm (days),Resources,Due for review,Health',
    );
  });

  it('filters the portfolio to communities without a gardener or sponsor', async () => {
    render(<CopAdminConsole services={podServices().services} now={NOW} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Only communities without a gardener or sponsor' }));
    expect(await screen.findByText('1 of 2 communities')).toBeTruthy();
  });

  it('approves two pending requests from the queue in one go and reports each', async () => {
    const { services, decided } = podServices();
    render(<CopAdminConsole services={services} now={NOW} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Queues' }));
    const queue = (await screen.findByRole('heading', { name: 'Pending requests (2)' })).closest('section') as HTMLElement;
    for (const name of ['Sam Taylor', 'Alex Adams']) {
      const row = within(queue).getByText(name).closest('[role="row"]') as HTMLElement;
      fireEvent.click(within(row).getByRole('checkbox'));
    }
    expect(await within(queue).findByText('2 selected')).toBeTruthy();
    fireEvent.click(within(queue).getByRole('button', { name: 'Approve' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('2 succeeded, 0 failed.')).toBeTruthy();
    expect(decided).toEqual([
      [11, true, undefined],
      [12, true, undefined],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('No requests are waiting.')).toBeTruthy();
  });

  it('asks for a reason before declining', async () => {
    const { services, decided } = podServices();
    render(<CopAdminConsole services={services} now={NOW} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Queues' }));
    const queue = (await screen.findByRole('heading', { name: 'Pending requests (2)' })).closest('section') as HTMLElement;
    fireEvent.click(within(within(queue).getByText('Sam Taylor').closest('[role="row"]') as HTMLElement).getByRole('checkbox'));
    fireEvent.click(await within(queue).findByRole('button', { name: 'Decline' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('Give a reason first.')).toBeTruthy();
    expect(decided).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Full this term' } });
    fireEvent.click(screen.getByRole('button', { name: 'Go ahead' }));
    expect(await screen.findByText('1 succeeded, 0 failed.')).toBeTruthy();
    expect(decided).toEqual([[11, false, 'Full this term']]);
  });

  it('prints a sponsor report', async () => {
    const print = jest.fn();
    render(<CopAdminConsole services={podServices().services} now={NOW} print={print} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Sponsor report' }));
    expect(await screen.findByRole('heading', { name: 'Events Management: sponsor report' })).toBeTruthy();
    expect(screen.getByText('Senior sponsor: Richard Osei. Gardeners: Liam OBrien.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('on a site without the lists, points to "Set up or repair lists" and reads again once it ran', async () => {
    const services = fakeServices({ me: { isPodAdmin: true } });
    let missing = true;
    // The first view reads the Communities list (issue 20: nothing else grows with the site).
    const real = services.communities.all;
    services.communities.all = () => (missing ? Promise.reject(Object.assign(new Error('List does not exist'), { status: 404 })) : real());
    services.setup.provision = async () => {
      missing = false;
      return ['Created list Memberships'];
    };
    render(<CopAdminConsole services={services} now={NOW} />);
    expect(await screen.findByText(/lists aren't set up on this site yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set up or repair lists' }));
    expect(await screen.findByText(/There are no communities yet/)).toBeTruthy();
    expect(screen.queryByText(/lists aren't set up on this site yet/)).toBeNull();
  });

  it('says what went wrong when the lists cannot be read, and retries', async () => {
    const services = fakeServices({ me: { isPodAdmin: true } });
    let fail = true;
    const real = services.communities.all;
    services.communities.all = () => (fail ? Promise.reject(Object.assign(new Error('x'), { status: 503 })) : real());
    render(<CopAdminConsole services={services} now={NOW} />);
    expect(await screen.findByText(/SharePoint is busy right now/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0]);
    await waitFor(() => expect(screen.queryByText(/SharePoint is busy right now/)).toBeNull());
  });
});

describe('CopAdminConsole opened from a suggestion notification', () => {
  const more: Suggestion[] = [
    { id: 4, title: 'Bid writers', description: '', practiceArea: 'Finance', kind: 'new idea', status: 'reviewing' },
    { id: 5, title: 'Old idea', description: '', practiceArea: 'Finance', kind: 'new idea', status: 'accepted' },
  ];

  it('opens on Queues with the suggestion the link named highlighted and focused', async () => {
    render(<CopAdminConsole services={podServices(more).services} now={NOW} focusSuggestionId={4} />);
    const queue = (await screen.findByRole('heading', { name: 'New suggestions (2)' })).closest('section') as HTMLElement;
    expect(screen.getByRole('tab', { name: 'Queues' }).getAttribute('aria-selected')).toBe('true');
    const row = within(queue).getByText('Bid writers').closest('[role="row"]') as HTMLElement;
    expect(row.getAttribute('aria-current')).toBe('true');
    expect((within(queue).getByText('Green champions').closest('[role="row"]') as HTMLElement).getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(screen.queryByText(/The suggestion you followed/)).toBeNull();
  });

  it('says so in words when the suggestion was decided since, or is gone', async () => {
    const { unmount } = render(<CopAdminConsole services={podServices(more).services} now={NOW} focusSuggestionId={5} />);
    expect(
      await screen.findByText(
        'The suggestion you followed, \u201cOld idea\u201d, is no longer waiting for review: it has been accepted or declined since.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Queues' }).getAttribute('aria-selected')).toBe('true');
    unmount();
    render(<CopAdminConsole services={podServices(more).services} now={NOW} focusSuggestionId={999} />);
    expect(
      await screen.findByText('The suggestion you followed is no longer in the queue: it has been answered or removed since.'),
    ).toBeTruthy();
  });

  it('still tells staff who are not POD that the console is not for them', async () => {
    render(<CopAdminConsole services={fakeServices({ me: { isPodAdmin: false } })} focusSuggestionId={4} />);
    expect(await screen.findByText(/This console is for the POD team/)).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Queues' })).toBeNull();
  });

  it('without a link, opens on the portfolio as before', async () => {
    render(<CopAdminConsole services={podServices(more).services} now={NOW} />);
    expect((await screen.findByRole('tab', { name: 'Portfolio' })).getAttribute('aria-selected')).toBe('true');
  });
});
