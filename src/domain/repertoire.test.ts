import type { Resource } from './models';
import { filterResources, groupByType, isDueForReview } from './repertoire';

const resource = (id: number, over: Partial<Resource> = {}): Resource => ({
  id,
  communityId: 1,
  title: `Resource ${id}`,
  resourceType: 'template',
  url: 'https://example.com',
  description: '',
  tags: [],
  ...over,
});
const now = new Date('2026-06-15T12:00:00Z');

describe('isDueForReview', () => {
  it('flags a resource whose review date has passed, or is today', () => {
    expect(isDueForReview({ reviewDate: '2026-06-14T23:00:00Z' }, now)).toBe(true);
    expect(isDueForReview({ reviewDate: '2026-06-15' }, now)).toBe(true);
  });
  it('does not flag a future review date, a missing one or an unreadable one', () => {
    expect(isDueForReview({ reviewDate: '2026-06-16' }, now)).toBe(false);
    expect(isDueForReview({}, now)).toBe(false);
    expect(isDueForReview({ reviewDate: 'soon' }, now)).toBe(false);
  });
});

describe('filterResources', () => {
  const all = [
    resource(1, { title: 'Open day run sheet', tags: ['events'] }),
    resource(2, { title: 'Campaign playbook', resourceType: 'guide', description: 'How we plan an open day campaign' }),
    resource(3, { title: 'CRM journey', resourceType: 'tool', owner: { id: 4, displayName: 'Grace Okafor', email: 'g@x' } }),
  ];
  it('matches every word in title, description, tags or owner, ignoring case', () => {
    expect(filterResources(all, { text: 'OPEN day' }).map((r) => r.id)).toEqual([1, 2]);
    expect(filterResources(all, { text: 'grace' }).map((r) => r.id)).toEqual([3]);
    expect(filterResources(all, { text: 'events run' }).map((r) => r.id)).toEqual([1]);
  });
  it('narrows to one type, and returns everything for no filter', () => {
    expect(filterResources(all, { text: 'open', type: 'guide' }).map((r) => r.id)).toEqual([2]);
    expect(filterResources(all, { text: '  ' })).toHaveLength(3);
  });
});

it('groups by type in the repertoire order, leaving out empty types, titles sorted', () => {
  const groups = groupByType([
    resource(1, { resourceType: 'link', title: 'B' }),
    resource(2, { title: 'Z' }),
    resource(3, { title: 'A' }),
    resource(4, { resourceType: 'link', title: 'A' }),
  ]);
  expect(groups.map((g) => [g.type, g.resources.map((r) => r.title)])).toEqual([
    ['template', ['A', 'Z']],
    ['link', ['A', 'B']],
  ]);
});
