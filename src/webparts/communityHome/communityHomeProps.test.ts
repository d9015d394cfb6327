import { communityHomeTarget } from './communityHomeProps';

describe('community home: properties and link → the community it opens on', () => {
  it("without a link, the properties' community, on its first section", () => {
    expect(communityHomeTarget({ communityId: '7' }, '')).toEqual({ communityId: 7, initialSection: undefined, focusItemId: undefined });
  });

  it('a notification link names the community, section and item, and wins over the properties', () => {
    expect(communityHomeTarget({ communityId: '7' }, 'community=5&section=members&item=12')).toEqual({
      communityId: 5,
      initialSection: 'members',
      focusItemId: 12,
    });
  });

  it('a link to a suggestion, or none that reads as a community, leaves the properties in charge', () => {
    expect(communityHomeTarget({ communityId: '7' }, 'suggestion=3').communityId).toBe(7);
    expect(communityHomeTarget({ communityId: '7' }, 'community=abc').communityId).toBe(7);
  });

  it('no community in the properties (or not a number) and no link: none', () => {
    expect(communityHomeTarget({}, '').communityId).toBeUndefined();
    expect(communityHomeTarget({ communityId: 'x' }, '').communityId).toBeUndefined();
  });
});
