import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { CommunityEvent, Membership } from '../../../domain/models';
import { community, fakeServices, membership } from '../../../ui/testing/fakeServices';
import MyCommunities from './MyCommunities';

const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
const mine = (communityId: number, over: Partial<Membership> = {}): Membership => membership(communityId, 7, { member: me, ...over });

const data = community(1, { title: 'Data and Insight', siteUrl: 'https://contoso.sharepoint.com/sites/data' });
const digital = community(2, { title: 'Digital Communications', joinPolicy: 'approval' });
const edi = community(3, { title: 'EDI Practitioners', status: 'forming' });
const events = community(4, { title: 'Events Management', practiceArea: 'Planning', teamsUrl: 'https://teams.microsoft.com/l/team/abc' });
const monthly: CommunityEvent = {
  id: 1, communityId: 1, title: 'Data clinic', eventType: 'meeting', start: '2026-12-08T10:00:00Z', end: '2026-12-08T11:00:00Z', timeZone: 'Europe/London', recurrence: 'FREQ=WEEKLY;COUNT=3',
};

function renderMine(services = fakeServices({
  communities: [data, digital, edi, events],
  mine: [mine(1, { level: 'core' }), mine(2, { approval: 'pending' }), mine(3, { status: 'interested', level: 'core' })],
  events: [monthly, { ...monthly, id: 2, communityId: 4, title: 'Not mine' }],
  profiles: [{ id: 70, person: me, canHelpWith: [], wantsToLearn: [], practiceArea: 'Planning' }],
})): { download: jest.Mock } {
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
    expect(within(item).getByRole('link', { name: 'Open Data and Insight' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/data');
  });

  it('shows requests awaiting a gardener and founding pledges apart', async () => {
    renderMine();
    const waiting = await screen.findByRole('list', { name: 'Requests and pledges' });
    expect(within(waiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Digital CommunicationsRequest pending: a gardener will reply',
      'EDI PractitionersFounding pledge: it launches when enough people pledge',
    ]);
  });

  it("lists my next sessions across my communities only, each addable to my calendar", async () => {
    const { download } = renderMine();
    const sessions = await screen.findByRole('list', { name: 'My upcoming sessions' });
    expect(within(sessions).getAllByRole('listitem')).toHaveLength(3);
    expect(within(sessions).queryByText('Not mine')).toBeNull();
    fireEvent.click(within(sessions).getAllByRole('button', { name: /^Add to calendar: Data clinic, / })[0]);
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/\.ics$/);
    expect(text).toContain('SUMMARY:Data clinic');
    expect(text).not.toContain('RRULE');
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

  it('shows an error with a retry', async () => {
    renderMine(fakeServices({ failWith: Object.assign(new Error('down'), { status: 503 }) }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
