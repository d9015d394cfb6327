import { COMMUNITIES } from '../../../../schema/lists';
import { fieldName } from './CommunityHistory';

describe('CommunityHistory', () => {
  it("names every Communities column the history reports in the interface's words, not the list's titles", () => {
    // The columns the admin service compares between versions (adminService's TRACKED).
    const tracked = COMMUNITIES.fields.map((f) => f.name).concat('Title');
    const missing = tracked.filter((f) => fieldName(f) === f);
    expect(missing).toEqual([]);
    expect(fieldName('CopStatus')).toBe('stage');
    expect(fieldName('StatusReason')).not.toBe(COMMUNITIES.fields.find((f) => f.name === 'StatusReason')?.title);
  });
});
