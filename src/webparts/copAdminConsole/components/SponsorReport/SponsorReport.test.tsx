import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { MembershipRecord, ResourceRecord } from '../../../../domain/adminModels';
import type { CommunityEvent, Person } from '../../../../domain/models';
import { sponsorReport } from '../../../../domain/sponsorReport';
import { community } from '../../../../ui/testing/fakeServices';
import { ReportPage } from './SponsorReport';

const NOW = new Date('2026-12-01T09:00:00Z');
const person = (id: number): Person => ({ id, displayName: `Person ${id}`, email: `p${id}@x.example` });
const joined = (id: number, joinedOn: string): MembershipRecord => ({
  id,
  title: '',
  communityId: 1,
  member: person(id),
  level: 'wider',
  status: 'active',
  approval: 'approved',
  joinedOn,
});
const story = (id: number, title: string, created: string): ResourceRecord => ({
  id,
  communityId: 1,
  title,
  resourceType: 'guide',
  url: 'https://x.example',
  description: '',
  tags: [],
  created,
});
const clinic: CommunityEvent = {
  id: 1,
  communityId: 1,
  title: 'Data clinic',
  eventType: 'meeting',
  start: '2026-10-06T09:00:00Z',
  end: '2026-10-06T10:00:00Z',
  timeZone: 'UTC',
  recurrence: 'FREQ=MONTHLY;COUNT=12',
};

function show(over: { memberships?: MembershipRecord[]; events?: CommunityEvent[]; resources?: ResourceRecord[] } = {}): HTMLElement {
  const report = sponsorReport({
    community: community(1, { title: 'Data and Insight', sponsor: person(20) }),
    profiles: [],
    now: NOW,
    period: { from: '2026-09', to: '2026-12' },
    memberships: over.memberships ?? [],
    events: over.events ?? [],
    resources: over.resources ?? [],
  });
  render(<ReportPage report={report} />);
  return screen.getByRole('article', { name: 'Data and Insight: sponsor report' });
}

describe('ReportPage', () => {
  it('names the sessions held, what was added to the repertoire and the new members, and claims no attendance', () => {
    const page = show({
      events: [clinic],
      resources: [story(1, 'How we cut reporting time in half', '2026-11-02T00:00:00Z'), story(2, 'Old guide', '2026-03-01T00:00:00Z')],
      memberships: [joined(1, '2026-01-10T00:00:00Z'), ...[2, 3, 4, 5, 6, 7, 8].map((id) => joined(id, `2026-10-0${id}T00:00:00Z`))],
    });
    expect(within(page).getByText('2 sessions held in the period:')).toBeTruthy();
    expect(within(page).getAllByText(/: Data clinic$/)).toHaveLength(2);
    expect(within(page).getByText(/Attendance isn't recorded/)).toBeTruthy();
    expect(within(page).getByText('1 resource added in the period:')).toBeTruthy();
    expect(within(page).getByText('How we cut reporting time in half')).toBeTruthy();
    expect(within(page).queryByText('Old guide')).toBeNull();
    // Seven joined in October (Person 1 joined before the period): the five newest named, then how many more.
    expect(within(page).getByText('7 people became members in the period:')).toBeTruthy();
    expect(
      within(page)
        .getAllByText(/^Person \d, joined /)
        .map((li) => li.textContent?.split(',')[0]),
    ).toEqual(['Person 8', 'Person 7', 'Person 6', 'Person 5', 'Person 4']);
    expect(within(page).getByText('…and 2 more.')).toBeTruthy();
  });

  it('says plainly when nothing happened', () => {
    const page = show();
    expect(within(page).getByText('No sessions were held in the period.')).toBeTruthy();
    expect(within(page).getByText('Nothing was added to the repertoire in the period.')).toBeTruthy();
    expect(within(page).getByText('Nobody new joined in the period.')).toBeTruthy();
  });
});
