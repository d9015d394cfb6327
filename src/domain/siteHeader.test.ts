import type { Membership } from './models';
import { headerStanding } from './siteHeader';

const item = (over: Partial<Membership>): Pick<Membership, 'level' | 'status' | 'approval'> => ({
  level: 'core',
  status: 'active',
  approval: 'approved',
  ...over,
});

describe('the site header standing', () => {
  it('is none without an item, or after leaving or a decline', () => {
    expect(headerStanding(undefined)).toBe('none');
    expect(headerStanding(item({ status: 'left' }))).toBe('none');
    expect(headerStanding(item({ approval: 'rejected' }))).toBe('none');
  });

  it('names my level once approved, whatever the policy', () => {
    expect(headerStanding(item({}))).toBe('core');
    expect(headerStanding(item({ level: 'wider' }), 'open')).toBe('wider');
  });

  it('shows a pledge as a pledge', () => {
    expect(headerStanding(item({ status: 'interested', approval: 'pending' }))).toBe('pledged');
  });

  it('needs the join policy to tell an open membership from a pending request', () => {
    const waiting = item({ approval: 'pending', level: 'wider' });
    expect(headerStanding(waiting)).toBe('needPolicy');
    expect(headerStanding(waiting, 'open')).toBe('wider');
    expect(headerStanding(waiting, 'approval')).toBe('pending');
  });
});
