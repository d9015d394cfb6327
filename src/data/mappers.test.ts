import {
  approvalState,
  filedCommunityId,
  joinList,
  splitList,
  toCommunity,
  toCountableMembership,
  toEvent,
  toMembership,
  toResource,
} from './mappers';

describe('mappers', () => {
  it('maps a community item with expanded people', () => {
    const c = toCommunity({
      Id: 4,
      Title: 'Data and Insight',
      PracticeArea: 'Planning',
      CopStatus: 'launched',
      JoinPolicy: 'open',
      Tags: 'data; BI;data',
      Sponsor: { Id: 12, Title: 'Anand Iyer', EMail: 'anand.iyer@cophub.example' },
      Gardeners: [{ Id: 9, Title: 'Daniel Novak', EMail: 'daniel.novak@cophub.example' }],
      TeamsUrl: { Url: 'https://teams.example/t', Description: 'Team' },
    });
    expect(c).toMatchObject({
      id: 4,
      title: 'Data and Insight',
      status: 'launched',
      joinPolicy: 'open',
      tags: ['data', 'BI'],
      sponsor: { id: 12, displayName: 'Anand Iyer' },
      gardeners: [{ id: 9 }],
      teamsUrl: 'https://teams.example/t',
    });
  });
  it('maps an unknown choice to the safe default (approval needed, proposed)', () => {
    const c = toCommunity({ Id: 1, Title: 'X', CopStatus: 'zombie', JoinPolicy: 'whatever' });
    expect(c.status).toBe('proposed');
    expect(c.joinPolicy).toBe('approval');
    expect(c.unrecognised).toEqual([
      { field: 'status', value: 'zombie' },
      { field: 'joinPolicy', value: 'whatever' },
    ]);
    expect(toCommunity({ Id: 2, Title: 'Y', CopStatus: 'launched', JoinPolicy: null }).unrecognised).toBeUndefined();
  });
  it('takes the member from Author and the approval from _ModerationStatus', () => {
    const m = toMembership({
      Id: 3,
      CommunityId: 4,
      Level: 'core',
      MemberStatus: 'active',
      OData__ModerationStatus: 2,
      Author: { Id: 7, Title: 'Sam', EMail: 's@x' },
      'odata.etag': '"2"',
    });
    expect(m).toMatchObject({ communityId: 4, level: 'core', status: 'active', approval: 'pending', member: { id: 7 }, etag: '"2"' });
  });
  it('reads the narrow membership rows that member counts use; a folder maps to no community', () => {
    expect(
      toCountableMembership({ CommunityId: 4, AuthorId: 7, Level: 'core', MemberStatus: 'active', OData__ModerationStatus: 0 }),
    ).toEqual({ communityId: 4, memberId: 7, level: 'core', status: 'active', approval: 'approved' });
    expect(toCountableMembership({ CommunityId: null, AuthorId: 1, Level: null, MemberStatus: null }).communityId).toBe(0);
  });
  it('files a membership under the community whose folder holds it, or none when folder and lookup disagree', () => {
    const dir = '/sites/cop/Lists/Memberships';
    expect(filedCommunityId({ CommunityId: 4, FileDirRef: `${dir}/community-4` })).toBe(4);
    expect(filedCommunityId({ CommunityId: 4, FileDirRef: dir })).toBe(4);
    expect(filedCommunityId({ CommunityId: 4, FileDirRef: `${dir}/community-1` })).toBe(0);
    expect(filedCommunityId({ CommunityId: 14, FileDirRef: `${dir}/community-1` })).toBe(0);
    expect(
      toCountableMembership({ CommunityId: 4, FileDirRef: `${dir}/community-1`, AuthorId: 7, OData__ModerationStatus: 0 }).communityId,
    ).toBe(0);
  });
  it('keeps only http(s) and on-site addresses from URL columns', () => {
    const script = ['java', 'script:alert(1)'].join('');
    expect(toResource({ Id: 1, ResourceUrl: { Url: script, Description: 'x' } }).url).toBe('');
    expect(toResource({ Id: 1, ResourceUrl: { Url: 'https://cophub.example/docs/a.docx', Description: 'x' } }).url).toBe(
      'https://cophub.example/docs/a.docx',
    );
    expect(toEvent({ Id: 1, OnlineUrl: { Url: 'data:text/html,x' } }).onlineUrl).toBeUndefined();
    expect(toCommunity({ Id: 1, SiteUrl: { Url: '/sites/events' }, TeamsUrl: { Url: '//evil.example' } })).toMatchObject({
      siteUrl: '/sites/events',
      teamsUrl: undefined,
    });
  });
  it('reads moderation codes', () => {
    expect([0, 1, 2, 3, '0'].map(approvalState)).toEqual(['approved', 'rejected', 'pending', 'pending', 'approved']);
  });
  it('splits and joins keyword lists without losing or duplicating', () => {
    expect(splitList(' a; b ;;A; c ')).toEqual(['a', 'b', 'c']);
    expect(joinList(['x', 'y;z', ' '])).toBe('x; y,z');
  });
});
