import { communityLinks, safeHref } from './links';

describe('community links', () => {
  it('prefers the community site, then the hub page template', () => {
    expect(communityLinks({ id: 4, siteUrl: 'https://contoso.sharepoint.com/sites/events' }, '/community?community={id}').page).toBe('https://contoso.sharepoint.com/sites/events');
    expect(communityLinks({ id: 4 }, '/sites/cop/SitePages/Community.aspx?community={id}').page).toBe('/sites/cop/SitePages/Community.aspx?community=4');
    expect(communityLinks({ id: 4 }, '/no/placeholder').page).toBeUndefined();
  });
  it('links to the Team when there is one', () => {
    expect(communityLinks({ id: 4, teamsUrl: 'https://teams.microsoft.com/l/team/19%3a1' }).team).toBe('https://teams.microsoft.com/l/team/19%3a1');
  });
  it('never renders a script or protocol-relative address as a link', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('//evil.example/x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(communityLinks({ id: 1, siteUrl: 'javascript:alert(1)', teamsUrl: 'vbscript:x' })).toEqual({ page: undefined, team: undefined });
  });
});
