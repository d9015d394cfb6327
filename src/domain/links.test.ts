import { communityLinks, communityReach, isCommunityPageTemplate, safeHref, questionHref } from './links';

// Built up so the linter's no-script-url rule sees test data, not a script link.
const SCRIPT = ['java', 'script:'].join('');

describe('community links', () => {
  it('prefers the community site, then the hub page template', () => {
    expect(communityLinks({ id: 4, siteUrl: 'https://contoso.sharepoint.com/sites/events' }, '/community?community={id}').page).toBe(
      'https://contoso.sharepoint.com/sites/events',
    );
    expect(communityLinks({ id: 4 }, '/sites/cop/SitePages/Community.aspx?community={id}').page).toBe(
      '/sites/cop/SitePages/Community.aspx?community=4',
    );
    expect(communityLinks({ id: 4 }, '/no/placeholder').page).toBeUndefined();
  });
  it('links to the Team when there is one', () => {
    expect(communityLinks({ id: 4, teamsUrl: 'https://teams.microsoft.com/l/team/19%3a1' }).team).toBe(
      'https://teams.microsoft.com/l/team/19%3a1',
    );
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

describe('communityReach', () => {
  it('builds mailto only from a well-formed address', () => {
    expect(communityReach({ contactEmail: 'events-cop@cophub.example' }).mailto).toBe('mailto:events-cop@cophub.example');
    for (const bad of ['', 'not an address', 'a@b', 'x@y.example?cc=all@evil.example', `${SCRIPT}alert(1)//@x.example`, '"a"@x.example']) {
      expect(communityReach({ contactEmail: bad }).mailto).toBeUndefined();
    }
  });
  it('links a team only on https://teams.microsoft.com', () => {
    const good = 'https://teams.microsoft.com/l/team/19%3Aabc%40thread.tacv2/conversations?groupId=1';
    expect(communityReach({ teamsUrl: good }).team).toBe(good);
    for (const bad of [
      'http://teams.microsoft.com/l/team/1',
      'https://teams.microsoft.com.evil.example/l',
      'https://evil.example/teams.microsoft.com',
      `${SCRIPT}alert(1)`,
      'https://user@teams.microsoft.com/l',
      '/relative',
      undefined,
    ]) {
      expect(communityReach({ teamsUrl: bad }).team).toBeUndefined();
    }
  });
});

describe('questionHref', () => {
  it("opens a question at its community's Questions section on the hub's community page", () => {
    expect(questionHref('/sites/cop/SitePages/Community.aspx?community={id}', 5, 12)).toBe(
      '/sites/cop/SitePages/Community.aspx?community=5&section=questions&item=12',
    );
    expect(questionHref('https://x.example/c/{id}#top', 5, 12)).toBe('https://x.example/c/5?section=questions&item=12#top');
  });

  it('is undefined without a usable template', () => {
    expect(questionHref(undefined, 5, 12)).toBeUndefined();
    expect(questionHref('data:text/html,{id}', 5, 12)).toBeUndefined();
    expect(questionHref('/no/placeholder', 5, 12)).toBeUndefined();
  });
});
