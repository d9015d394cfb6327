import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CommunityEvent, Membership } from '../../../domain/models';
import { community, fakeServices, membership } from '../../../ui/testing/fakeServices';
import { fakeRegistrations } from '../../../ui/testing/fakeRegistrations';
import MyCommunities from './MyCommunities';

// Each test renders the whole view, lazily loaded parts included: slow on a busy machine.
jest.setTimeout(20_000);

const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
const mine = (communityId: number, over: Partial<Membership> = {}): Membership => membership(communityId, 7, { member: me, ...over });

const data = community(1, { title: 'Data and Insight', siteUrl: 'https://contoso.sharepoint.com/sites/data' });
const digital = community(2, { title: 'Digital Communications', joinPolicy: 'approval' });
const edi = community(3, { title: 'EDI Practitioners', status: 'forming' });
const events = community(4, { title: 'Events Management', practiceArea: 'Planning', teamsUrl: 'https://teams.microsoft.com/l/team/abc' });
const monthly: CommunityEvent = {
  id: 1,
  communityId: 1,
  title: 'Data clinic',
  eventType: 'meeting',
  start: '2026-12-08T10:00:00Z',
  end: '2026-12-08T11:00:00Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;COUNT=3',
};

function renderMine(
  services = fakeServices({
    communities: [data, digital, edi, events],
    mine: [mine(1, { level: 'core' }), mine(2, { approval: 'pending' }), mine(3, { status: 'interested', level: 'core' })],
    events: [monthly, { ...monthly, id: 2, communityId: 4, title: 'Not mine' }],
    profiles: [{ id: 70, person: me, canHelpWith: [], wantsToLearn: [], practiceArea: 'Planning' }],
  }),
): { download: jest.Mock } {
  const download = jest.fn();
  render(<MyCommunities services={services} now={() => new Date('2026-12-01T09:00:00Z')} download={download} directoryUrl="/sites/cop" />);
  return { download };
}

describe('MyCommunities', () => {
  afterEach(cleanup);

  it('shows my communities with my level, linked to their site', async () => {
    renderMine();
    const list = await screen.findByRole('list', { name: 'My communities' });
    const item = within(list).getByRole('listitem');
    expect(item.textContent).toBe('Data and InsightCore member');
    expect(within(item).getByRole('link', { name: 'Open Data and Insight' }).getAttribute('href')).toBe(
      'https://contoso.sharepoint.com/sites/data',
    );
  });

  it('lists the hub’s own sessions (of no community) with Register, and registers me', async () => {
    const services = fakeServices({
      communities: [data],
      mine: [mine(1, { level: 'core' })],
      events: [monthly, { ...monthly, id: 9, communityId: 0, title: 'Insights session', recurrence: undefined, capacity: 20 }],
    });
    services.people.myId = async () => 7;
    const registrations = fakeRegistrations({ id: 7, name: 'Sam Taylor' }, [], () => new Date('2026-12-01T09:00:00Z'));
    services.registrations = registrations;
    renderMine(services);
    const list = await screen.findByRole('list', { name: 'Learn about communities of practice' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Insights session']);
    expect(
      within(list)
        .getByRole('link', { name: /^Add to Outlook: Insights session, / })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/0\/deeplink\/compose\?.*subject=Insights\+session/);
    fireEvent.click(await within(list).findByRole('button', { name: 'Register for Insights session' }));
    await within(list).findByText('Registered');
    expect(registrations.items).toMatchObject([{ eventId: 9, folderCommunityId: 0, registrantId: 7 }]);
  });

  it("shows a declined request with the gardener's reason until I dismiss it, and keeps it dismissed", async () => {
    const services = fakeServices({
      communities: [data, digital, events],
      mine: [
        mine(1, { level: 'core' }),
        mine(2, { approval: 'rejected', decisionNote: 'We are full until April.' }),
        mine(4, { approval: 'rejected' }),
      ],
    });
    renderMine(services);
    const declined = await screen.findByRole('list', { name: 'Declined requests' });
    expect(
      within(declined)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Events ManagementRequest declinedThe gardener gave no reason. Ask them, or look for another community in the directory.Dismiss',
      "Digital CommunicationsRequest declinedThe gardener's reason: We are full until April.Dismiss",
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the declined request to Digital Communications' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Declined requests' })).getAllByRole('listitem')).toHaveLength(1));
    expect(services.state.dismissed).toEqual([2007]);
    cleanup();
    renderMine(services);
    expect((await screen.findByRole('list', { name: 'Declined requests' })).textContent).toMatch(
      /^Events ManagementRequest declined[^]*Dismiss$/,
    );
    expect(screen.queryByText(/full until April/)).toBeNull();
  });

  it("shows the suggestions I made with the POD team's outcome, not other people's", async () => {
    const author = me;
    renderMine(
      fakeServices({
        communities: [data, edi],
        mine: [mine(1)],
        suggestions: [
          {
            id: 1,
            title: 'Data ethics',
            description: '',
            practiceArea: '',
            kind: 'new idea',
            status: 'declined',
            response: 'Data and Insight covers this.',
            author,
          },
          {
            id: 2,
            title: 'EDI network',
            description: '',
            practiceArea: '',
            kind: 'new idea',
            status: 'accepted',
            linkedCommunityId: 3,
            author,
          },
          { id: 3, title: 'Podcasting', description: '', practiceArea: '', kind: 'new idea', status: 'new', author },
          {
            id: 4,
            title: 'Not mine',
            description: '',
            practiceArea: '',
            kind: 'new idea',
            status: 'new',
            author: { id: 8, displayName: 'Other', email: 'o@cophub.example' },
          },
        ],
      }),
    );
    const list = await screen.findByRole('list', { name: 'My suggestions' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "Data ethicsDeclinedThe POD team's answer: Data and Insight covers this.",
      'EDI networkAcceptedIt became EDI Practitioners',
      'PodcastingWaiting for the POD team to look at it',
    ]);
  });

  it('shows requests awaiting a gardener and founding pledges apart', async () => {
    renderMine();
    const waiting = await screen.findByRole('list', { name: 'Requests and pledges' });
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Digital CommunicationsRequest pending: a gardener will replyWithdraw request',
      'EDI PractitionersFounding pledge: it launches when enough people pledgeWithdraw pledge',
    ]);
  });

  it('lists my next sessions across my communities only, each addable to my calendar', async () => {
    const { download } = renderMine();
    const sessions = await screen.findByRole('list', { name: 'My upcoming sessions' });
    expect(within(sessions).getAllByRole('listitem')).toHaveLength(3);
    expect(within(sessions).queryByText('Not mine')).toBeNull();
    fireEvent.click(within(sessions).getAllByRole('button', { name: /^Add to calendar: Data clinic, / })[0]);
    // The .ics writer loads on first use.
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/\.ics$/);
    expect(text).toContain('SUMMARY:Data clinic');
    // One session, not the series: its event has no rule (the zone definition's own yearly rules aside).
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text.slice(text.indexOf('BEGIN:VEVENT'))).not.toContain('RRULE');
  });

  it('suggests communities in my practice area that I am not in, opening in Teams when they have a team', async () => {
    renderMine();
    const recs = await screen.findByRole('list', { name: 'Suggested for you' });
    const item = within(recs).getByRole('listitem');
    expect(item.textContent).toContain('In your practice area');
    expect(within(item).getByRole('link', { name: 'Open Events Management in Teams' })).toBeTruthy();
  });

  it('invites me to the directory when I belong nowhere yet', async () => {
    renderMine(fakeServices({ communities: [data] }));
    expect(await screen.findByText("You haven't joined a community yet.", { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find a community in the directory' }).getAttribute('href')).toBe('/sites/cop');
  });

  it('lets someone who joined nothing say their practice area and what they want to learn right here, and then suggests', async () => {
    const services = fakeServices({ communities: [data, events] });
    renderMine(services);
    expect(await screen.findByText(/Say what your practice area is/)).toBeTruthy();
    fireEvent.change(await screen.findByRole('textbox', { name: 'My practice area' }), { target: { value: 'Planning' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    const recs = await screen.findByRole('list', { name: 'Suggested for you' });
    expect(within(recs).getByRole('link', { name: 'Open Events Management in Teams' })).toBeTruthy();
    expect((await services.content.myProfile())?.practiceArea).toBe('Planning');
  });

  it('shows the communities I sponsor with their health, each linked to its report in its community home', async () => {
    const gardener = { id: 20, displayName: 'Gita Gardener', email: 'gita@cophub.example' };
    const services = fakeServices({
      communities: [
        { ...data, sponsor: me },
        { ...digital, sponsor: { id: 30, displayName: 'Someone Else', email: 'else@cophub.example' } },
        { ...edi, sponsor: me },
        { ...events, sponsor: me, gardeners: [gardener], rhythmDays: 30 },
      ],
      mine: [mine(1, { level: 'core' })],
      others: [21, 22, 23].map((id) => membership(4, id, { level: 'core' })),
      events: [
        {
          ...monthly,
          id: 3,
          communityId: 4,
          title: 'Planning clinic',
          start: '2026-11-20T10:00:00Z',
          end: '2026-11-20T11:00:00Z',
          recurrence: undefined,
        },
      ],
      resources: [
        {
          id: 1,
          communityId: 4,
          title: 'Venue checklist',
          resourceType: 'template',
          url: 'https://example.com/v',
          description: '',
          tags: [],
        },
      ],
    });
    // Five people were recorded at the planning clinic.
    const attendees = ['ann', 'bob', 'cy', 'dee', 'eve'].map((n, i) => ({ id: 40 + i, displayName: n, email: `${n}@cophub.example` }));
    const ofCommunity = jest.fn(async (id: number) =>
      id === 4 ? [{ id: 1, eventId: 3, occurrenceStart: '2026-11-20T10:00:00.000Z', attendees, notes: '', folderCommunityId: 4 }] : [],
    );
    services.sessionRecords = { ofCommunity, save: jest.fn() };
    render(<MyCommunities services={services} now={() => new Date('2026-12-01T09:00:00Z')} communityPageUrl="/community?community={id}" />);
    const list = await screen.findByRole('list', { name: 'Communities I sponsor' });
    // Data and Insight: a sponsor, no gardener, one core member (me), no rhythm, no resources: 10 + 4.
    // Events Management: leadership 20, three core members 12, met within its rhythm 15 and once of
    // the six times it asks for in 182 days 2, five attending (average 6, different people 2,
    // newcomers 3, no trend from one session), no questions read here 0, its one resource fresh 10.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Data and InsightHealth: 14 · At riskSponsor report',
      'EDI PractitionersHealth: Not scoredSponsor report',
      'Events ManagementHealth: 70 · HealthySponsor report',
    ]);
    expect(ofCommunity.mock.calls.map(([id]) => id).sort()).toEqual([1, 3, 4]);
    expect(within(list).getByRole('link', { name: 'Open the sponsor report of Data and Insight' }).getAttribute('href')).toBe(
      '/community?community=1&cop-report=last12',
    );
    expect(within(list).getByRole('link', { name: 'Open the sponsor report of Events Management' }).getAttribute('href')).toBe(
      '/community?community=4&cop-report=last12',
    );
  });

  it('says nothing about sponsoring to someone who sponsors no community', async () => {
    renderMine();
    await screen.findByRole('list', { name: 'My communities' });
    expect(screen.queryByRole('heading', { name: 'Communities I sponsor' })).toBeNull();
    expect(screen.queryByRole('link', { name: /sponsor report/ })).toBeNull();
  });

  it('shows an error with a retry', async () => {
    renderMine(fakeServices({ failWith: Object.assign(new Error('down'), { status: 503 }) }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('changing my mind in My communities', () => {
  afterEach(cleanup);
  const services = (): ReturnType<typeof fakeServices> =>
    fakeServices({
      communities: [data, digital, edi],
      mine: [mine(1, { level: 'core' }), mine(2, { approval: 'pending' }), mine(3, { status: 'interested', level: 'core' })],
    });

  it('withdraws a pending request at once, and undoes it from the notice', async () => {
    const s = services();
    renderMine(s);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw request to join Digital Communications' }));
    expect(await screen.findByText('You withdrew your request to join Digital Communications.')).toBeTruthy();
    expect(s.state.mine.find((m) => m.communityId === 2)?.status).toBe('left');
    const waiting = await screen.findByRole('list', { name: 'Requests and pledges' });
    expect(within(waiting).queryByText('Digital Communications')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo: ask again to join Digital Communications' }));
    expect(await screen.findByText('You asked again to join Digital Communications.')).toBeTruthy();
    expect(
      await within(await screen.findByRole('list', { name: 'Requests and pledges' })).findByText('Digital Communications'),
    ).toBeTruthy();
    expect(s.state.mine.find((m) => m.communityId === 2)).toEqual(expect.objectContaining({ status: 'pending', level: 'wider' }));
  });

  it('asks once before withdrawing a pledge, with focus on keeping it', async () => {
    const s = services();
    renderMine(s);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw pledge to help found EDI Practitioners' }));
    const confirm = screen.getByRole('group', { name: 'Withdraw pledge to help found EDI Practitioners' });
    expect(confirm.textContent).toContain('EDI Practitioners will have one founding member fewer.');
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep my pledge' })));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep my pledge' }));
    expect(s.state.mine.find((m) => m.communityId === 3)?.status).toBe('interested');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Withdraw pledge to help found EDI Practitioners' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw pledge to help found EDI Practitioners' }));
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('You withdrew your pledge to help found EDI Practitioners.')).toBeTruthy();
    expect(s.state.mine.find((m) => m.communityId === 3)?.status).toBe('left');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: pledge again to help found EDI Practitioners' }));
    expect(await screen.findByText('You pledged again to help found EDI Practitioners.')).toBeTruthy();
    expect(s.state.mine.find((m) => m.communityId === 3)?.status).toBe('interested');
  });

  it('says so when a withdrawal fails, and keeps the request', async () => {
    const s = services();
    s.memberships.leave = () => Promise.reject(Object.assign(new Error('x'), { status: 503 }));
    renderMine(s);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw request to join Digital Communications' }));
    expect(await screen.findByText(/That wasn't withdrawn from Digital Communications\./)).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Requests and pledges' })).getByText('Digital Communications')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('offers no withdrawal for a community I am a member of', async () => {
    renderMine(services());
    const list = await screen.findByRole('list', { name: 'My communities' });
    expect(within(list).queryByRole('button', { name: /Withdraw/ })).toBeNull();
  });
});
