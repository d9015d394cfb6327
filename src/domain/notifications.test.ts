import {
  activityOf,
  ACTIVITY_TYPES,
  applyOptOuts,
  chainIdOf,
  clampText,
  dedupeKey,
  inBatches,
  parseSubEntityId,
  parseTeamsDeepLink,
  personalTabEntity,
  recipientsOf,
  suggestionIdOf,
  targetOf,
  teamsDeepLink,
  webUrlOf,
  type NotificationEvent,
} from './notifications';
import type { Person } from './models';

const person = (id: number, name: string): Person => ({
  id,
  displayName: name,
  email: `${name.toLowerCase().replace(' ', '.')}@contoso.test`,
  aadId: `0000000${id}-0000-0000-0000-000000000000`,
});
const mei = person(1, 'Mei Chen');
const liam = person(2, 'Liam OBrien');
const sam = person(3, 'Sam Taylor');
const priya = person(4, 'Priya Desai');
const pod = [priya];
const community = { id: 7, title: 'Appraisals and Inductions', gardeners: [mei, liam] };
const APP = '1f547d3a-0e7b-45bb-a888-9259f2d8c4d0';

describe('who is notified', () => {
  it('a join request or pledge goes to the community gardeners, never back to the actor', () => {
    expect(recipientsOf({ kind: 'joinRequested', community, membershipId: 5, actor: sam }, pod)).toEqual([mei, liam]);
    expect(recipientsOf({ kind: 'foundingPledge', community, membershipId: 5, actor: mei }, pod)).toEqual([liam]);
  });

  it('a community without gardeners sends requests to the POD team', () => {
    expect(recipientsOf({ kind: 'joinRequested', community: { ...community, gardeners: [] }, membershipId: 5, actor: sam }, pod)).toEqual([
      priya,
    ]);
  });

  it('a decision goes to the member only; a launch to every founder once; a suggestion to POD', () => {
    expect(recipientsOf({ kind: 'requestApproved', community, membershipId: 5, member: sam, actor: mei }, pod)).toEqual([sam]);
    expect(recipientsOf({ kind: 'requestDeclined', community, membershipId: 5, member: sam, reason: 'Full', actor: mei }, pod)).toEqual([
      sam,
    ]);
    expect(
      recipientsOf({ kind: 'communityLaunched', community, founders: [sam, mei, { ...sam, aadId: undefined }, priya], actor: priya }, pod),
    ).toEqual([sam, mei]);
    expect(recipientsOf({ kind: 'suggestionMade', suggestion: { id: 3, title: 'Data' }, actor: sam }, [priya, sam])).toEqual([priya]);
  });

  it('leaves out people with neither email nor directory id', () => {
    expect(
      recipientsOf(
        { kind: 'requestApproved', community, membershipId: 5, member: { id: 9, displayName: 'Gone', email: '' }, actor: mei },
        pod,
      ),
    ).toEqual([]);
  });
});

describe('opt-outs', () => {
  it('keeps those who turned this kind off apart, whatever the case of their email', () => {
    const muted = new Map([[mei.email, new Set(['joinRequested' as const])]]);
    const shouting = { ...mei, email: mei.email.toUpperCase() };
    expect(applyOptOuts([shouting, liam], 'joinRequested', muted)).toEqual({ send: [liam], optedOut: [shouting] });
    expect(applyOptOuts([mei, liam], 'requestApproved', muted)).toEqual({ send: [mei, liam], optedOut: [] });
  });
});

describe('batches', () => {
  it('splits 500 recipients into five requests of 100, in order', () => {
    const many = Array.from({ length: 500 }, (_, i) => i);
    const batches = inBatches(many);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 100, 100, 100]);
    expect(batches.flat()).toEqual(many);
    expect(inBatches(many.slice(0, 101)).map((b) => b.length)).toEqual([100, 1]);
    expect(inBatches([])).toEqual([]);
    expect(() => inBatches([1], 0)).toThrow(RangeError);
  });
});

describe('dedupe', () => {
  const approved: NotificationEvent = { kind: 'requestApproved', community, membershipId: 5, version: '"a,2"', member: sam, actor: mei };
  it('the same event has the same key and chain id; another version or kind does not', () => {
    expect(dedupeKey({ ...approved })).toBe(dedupeKey(approved));
    expect(dedupeKey({ ...approved, version: '"a,4"' })).not.toBe(dedupeKey(approved));
    expect(dedupeKey({ ...approved, kind: 'requestDeclined', reason: 'x' })).not.toBe(dedupeKey(approved));
    expect(chainIdOf(dedupeKey(approved))).toBe(chainIdOf(dedupeKey({ ...approved })));
    expect(Number.isSafeInteger(chainIdOf('x'))).toBe(true);
    expect(chainIdOf('x')).toBeGreaterThan(0);
  });
});

describe('what is sent', () => {
  it('fills exactly the parameters the activity type declares, and deep-links to the community', () => {
    const a = activityOf(
      { kind: 'requestDeclined', community, membershipId: 5, member: sam, reason: 'We are full this term', actor: mei },
      APP,
      'https://contoso.sharepoint.com/sites/cop',
    );
    expect(a.templateParameters.map((p) => p.name)).toEqual([...ACTIVITY_TYPES.requestDeclined]);
    expect(a.templateParameters).toContainEqual({ name: 'reason', value: 'We are full this term' });
    // It opens the personal app's Community tab, which reads the subEntityId (community and section).
    expect(a.topic.webUrl.startsWith(`https://teams.microsoft.com/l/entity/${APP}/community?`)).toBe(true);
    expect(parseTeamsDeepLink(a.topic.webUrl)).toEqual({ page: 'community', communityId: 7, section: 'overview', itemId: 5 });
  });

  it('script tags stay plain text and 5,000 characters are cut to the limits', () => {
    const title = `<script>alert(1)</script>${'x'.repeat(5000)}`;
    const a = activityOf(
      { kind: 'suggestionMade', suggestion: { id: 3, title }, actor: sam },
      APP,
      'https://contoso.sharepoint.com/sites/cop',
    );
    expect(a.templateParameters[0].value.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(Array.from(a.templateParameters[0].value)).toHaveLength(100);
    expect(Array.from(a.previewText.content)).toHaveLength(150);
    expect(parseTeamsDeepLink(a.topic.webUrl)).toEqual({ page: 'suggestions', itemId: 3 });
    expect(a.topic.webUrl.startsWith(`https://teams.microsoft.com/l/entity/${APP}/admin?`)).toBe(true);
  });

  it('each event opens its own item: a request or pledge in the members section, a decision on my membership, a suggestion in the queue', () => {
    const base = { community, membershipId: 12, actor: sam };
    expect(targetOf({ ...base, kind: 'joinRequested' })).toEqual({ page: 'community', communityId: 7, section: 'members', itemId: 12 });
    expect(targetOf({ ...base, kind: 'foundingPledge' })).toEqual({ page: 'community', communityId: 7, section: 'members', itemId: 12 });
    expect(targetOf({ ...base, kind: 'requestApproved', member: sam })).toEqual({
      page: 'community',
      communityId: 7,
      section: 'overview',
      itemId: 12,
    });
    expect(targetOf({ kind: 'suggestionMade', suggestion: { id: 3, title: 'x' }, actor: sam })).toEqual({ page: 'suggestions', itemId: 3 });
  });

  it("outside Teams the link opens the item's page on the hub, not the hub's root", () => {
    const hub = 'https://contoso.sharepoint.com/sites/cop/';
    expect(webUrlOf({ page: 'community', communityId: 7, section: 'members', itemId: 12 }, hub)).toBe(
      'https://contoso.sharepoint.com/sites/cop/SitePages/Community.aspx?community=7&section=members&item=12',
    );
    expect(webUrlOf({ page: 'community', communityId: 7, section: 'overview' }, hub)).toBe(
      'https://contoso.sharepoint.com/sites/cop/SitePages/Community.aspx?community=7&section=overview',
    );
    expect(webUrlOf({ page: 'suggestions', itemId: 3 }, hub)).toBe(
      'https://contoso.sharepoint.com/sites/cop/Lists/Suggestions/DispForm.aspx?ID=3',
    );
    const link = new URL(activityOf({ kind: 'joinRequested', community, membershipId: 12, actor: sam }, APP, hub).topic.webUrl);
    expect(link.searchParams.get('webUrl')).toBe(
      'https://contoso.sharepoint.com/sites/cop/SitePages/Community.aspx?community=7&section=members&item=12',
    );
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'community=7&section=members&item=12' });
  });

  it('reads back only its own deep links', () => {
    expect(parseTeamsDeepLink('https://evil.test/l/entity/x/y?context=%7B%22subEntityId%22%3A%22community%3D1%22%7D')).toBeUndefined();
    expect(parseTeamsDeepLink('not a url')).toBeUndefined();
    expect(parseTeamsDeepLink(teamsDeepLink(APP, { page: 'community', communityId: 2, section: 'members' }, 'https://x.test'))).toEqual({
      page: 'community',
      communityId: 2,
      section: 'members',
      itemId: undefined,
    });
    expect(clampText('  a\n b  ', 10)).toBe('a b');
  });
});

describe('where a suggestion opens', () => {
  it("a suggestion opens the personal app's POD administration tab, a community its Community tab", () => {
    expect(personalTabEntity({ page: 'suggestions', itemId: 3 })).toBe('admin');
    expect(personalTabEntity({ page: 'community', communityId: 7, section: 'members', itemId: 12 })).toBe('community');
    const link = new URL(teamsDeepLink(APP, { page: 'suggestions', itemId: 3 }, 'https://contoso.sharepoint.com/sites/cop'));
    expect(link.pathname).toBe(`/l/entity/${APP}/admin`);
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'suggestion=3' });
  });

  it('reads the suggestion from a subEntityId or an address, and nothing else', () => {
    expect(parseSubEntityId('suggestion=3')).toEqual({ page: 'suggestions', itemId: 3 });
    expect(suggestionIdOf('suggestion=3')).toBe(3);
    expect(suggestionIdOf('?suggestion=42&debug=true'.replace(/^\?/, ''))).toBe(42);
    for (const text of [
      '',
      'suggestion=0',
      'suggestion=-1',
      'suggestion=3x',
      'suggestion=12345678901',
      'suggestion=<script>',
      'community=7&section=members&item=3',
    ]) {
      expect(suggestionIdOf(text)).toBeUndefined();
    }
  });
});

describe('questions (issue 16)', () => {
  const question = { id: 12, title: 'Which venues take 300?', communityId: 5 };
  const answered = (actor: Person, followers: Person[]): NotificationEvent => ({
    kind: 'questionAnswered',
    question,
    answerId: 40,
    asker: sam,
    followers,
    actor,
  });

  it('an answer goes to the asker and followers once each, never to who answered', () => {
    expect(recipientsOf(answered(mei, [liam, sam, priya, liam]), [])).toEqual([sam, liam, priya]);
    expect(recipientsOf(answered(sam, [liam]), [])).toEqual([liam]);
    expect(recipientsOf(answered(liam, [liam]), [])).toEqual([sam]);
  });

  it('an invitation goes to the invitees; inviting the same people again is the same event, others a new one', () => {
    const invite = (invitees: Person[]): NotificationEvent => ({ kind: 'questionInvited', question, invitees, actor: sam });
    expect(recipientsOf(invite([mei, liam, sam]), [])).toEqual([mei, liam]);
    expect(dedupeKey(invite([mei, liam]))).toBe(dedupeKey(invite([liam, mei])));
    expect(dedupeKey(invite([mei]))).not.toBe(dedupeKey(invite([liam])));
    expect(dedupeKey(answered(mei, []))).not.toBe(dedupeKey({ ...answered(mei, []), answerId: 41 } as NotificationEvent));
  });

  it("opens the question in its community's Questions section, through Teams and on the web", () => {
    const target = targetOf(answered(mei, []));
    expect(target).toEqual({ page: 'community', communityId: 5, section: 'questions', itemId: 12 });
    expect(parseSubEntityId('community=5&section=questions&item=12')).toEqual(target);
    expect(parseTeamsDeepLink(teamsDeepLink('app', target, 'https://x.example/sites/cop'))).toEqual(target);
    const activity = activityOf(answered(mei, []), 'app', 'https://x.example/sites/cop');
    expect(activity.templateParameters).toEqual([{ name: 'question', value: 'Which venues take 300?' }]);
  });
});
