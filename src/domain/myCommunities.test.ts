import type { Community, CommunityEvent, Membership } from './models';
import { myCommunities, recommendCommunities } from './myCommunities';
import { mySessions } from './mySessions';

const community = (id: number, title: string, over: Partial<Community> = {}): Community => ({
  id,
  title,
  practiceArea: 'Communications',
  status: 'launched',
  domain: '',
  practice: '',
  audience: '',
  gardeners: [],
  joinPolicy: 'open',
  rhythm: '',
  groundRules: '',
  tags: [],
  ...over,
});
const me = { id: 7, displayName: 'Sam Taylor', email: 'sam@cophub.example' };
const membership = (id: number, communityId: number, over: Partial<Membership> = {}): Membership => ({
  id,
  communityId,
  member: me,
  level: 'wider',
  status: 'active',
  approval: 'approved',
  ...over,
});

const comms = community(1, 'Internal Communications');
const digital = community(2, 'Digital Communications', { joinPolicy: 'approval' });
const data = community(3, 'Data and Insight', { practiceArea: 'Planning', tags: ['Power BI'] });
const edi = community(4, 'EDI Practitioners', { status: 'forming', practiceArea: 'People' });
const events = community(5, 'Events Management', { practiceArea: 'Communications' });
const closed = community(6, 'Old Network', { status: 'closed', practiceArea: 'Communications' });
const all = [comms, digital, data, edi, events, closed];

const mine = [
  membership(10, 3, { level: 'wider' }),
  membership(11, 1, { level: 'core' }),
  membership(12, 2, { approval: 'pending' }),
  membership(13, 4, { status: 'interested', level: 'core' }),
  // An old item for a community that was removed from the list.
  membership(14, 99),
  membership(15, 5, { status: 'left' }),
];

describe('my communities', () => {
  const view = myCommunities(mine, all);

  it('lists where I am active, core first, and what I am waiting for', () => {
    expect(view.active.map((r) => [r.community?.title ?? `#${r.membership.communityId}`, r.membership.level])).toEqual([
      ['Internal Communications', 'core'],
      ['#99', 'wider'],
      ['Data and Insight', 'wider'],
    ]);
    expect(view.waiting.map((r) => [r.community?.title, r.effective])).toEqual([
      ['Digital Communications', 'pending'],
      ['EDI Practitioners', 'interested'],
    ]);
  });

  it('keeps a declined request, with its reason, until I dismiss it or ask again', () => {
    const declinedMine = [
      ...mine,
      membership(20, 6, { approval: 'rejected', decisionNote: 'Closed to new members' }),
      membership(21, 5, { approval: 'rejected', status: 'declined' }),
    ];
    const seen = myCommunities(declinedMine, all);
    // Events Management: the left item (15) is seen first, so the declined one (21) is not my latest word there.
    expect(seen.declined.map((r) => [r.membership.id, r.membership.decisionNote])).toEqual([[20, 'Closed to new members']]);
    expect(myCommunities(declinedMine, all, [20]).declined).toEqual([]);
    expect(myCommunities([...declinedMine, membership(22, 6, { approval: 'pending' })], all).declined).toEqual([]);
    expect(seen.active).toEqual(view.active);
  });

  it('merges upcoming sessions of the communities I am active in only', () => {
    const ev = (id: number, communityId: number, start: string): CommunityEvent => ({
      id,
      communityId,
      title: `Event ${id}`,
      eventType: 'meeting',
      start,
      end: start.replace('T10', 'T11'),
      timeZone: 'Europe/London',
    });
    const now = new Date('2026-12-01T09:00:00Z');
    const sessions = mySessions(
      view,
      [ev(1, 3, '2026-12-03T10:00:00Z'), ev(2, 2, '2026-12-02T10:00:00Z'), ev(3, 1, '2026-12-02T10:00:00Z')],
      now,
    );
    expect(sessions.map((s) => s.event.id)).toEqual([3, 1]);
  });

  it('recommends communities in my practice area and covering what I want to learn, never ones I am in or closed ones', () => {
    const recs = recommendCommunities(all, view, { practiceArea: 'communications', profile: { wantsToLearn: ['power bi', 'people'] } });
    // Events Management: same area (I left it, so it is open to me again). Data and Insight: I'm in it.
    expect(recs.map((r) => [r.community.title, r.practiceArea, r.topics])).toEqual([['Events Management', true, []]]);
    const fresh = recommendCommunities(all, myCommunities([], all), { practiceArea: '', profile: { wantsToLearn: ['Power BI'] } });
    expect(fresh.map((r) => [r.community.title, r.topics])).toEqual([['Data and Insight', ['Power BI']]]);
  });

  it('recommends nothing without a practice area or topics', () => {
    expect(recommendCommunities(all, myCommunities([], all), {})).toEqual([]);
  });
});
