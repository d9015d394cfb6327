import { communityLinks, isCommunityPageTemplate, safeHref } from './links';

// Built up so the linter's no-script-url rule sees test data, not a script link.
const SCRIPT = ['java', 'script:'].join('');

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
    expect(safeHref(`${SCRIPT}alert(1)`)).toBeUndefined();
    expect(safeHref(` ${SCRIPT.toUpperCase()}alert(1)`)).toBeUndefined();
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('//evil.example/x')).toBeUndefined();
    expect(safeHref('/\\evil.example/x')).toBeUndefined();
    expect(safeHref('/\t/evil.example/x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(communityLinks({ id: 1, siteUrl: `${SCRIPT}alert(1)`, teamsUrl: 'vbscript:x' })).toEqual({ page: undefined, team: undefined });
  });
});

describe('community page template', () => {
  it('needs {id} and an http(s) or site-relative address', () => {
    expect(isCommunityPageTemplate('/sites/cop/SitePages/Community.aspx?community={id}')).toBe(true);
    expect(isCommunityPageTemplate('https://contoso.sharepoint.com/sites/cop/community/{id}')).toBe(true);
    expect(isCommunityPageTemplate('/sites/cop/SitePages/Community.aspx')).toBe(false);
    expect(isCommunityPageTemplate(`${SCRIPT}go({id})`)).toBe(false);
  });
});
