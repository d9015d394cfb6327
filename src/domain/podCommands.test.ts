import type { MembershipRecord } from './adminModels';
import type { Community, Membership, Person, Suggestion } from './models';
import type { SuggestionAcceptance } from './suggestionAcceptance';
import {
  gardenerViewSearch,
  launchGaps,
  isOwnRequest,
  launchReadiness,
  podTargets,
  runPodCommand,
  visibleCommands,
  type PodCommandServices,
  type PodCommandText,
} from './podCommands';

const TEXT: PodCommandText = {
  notFound: 'not found',
  notAllowed: 'not allowed',
  changedMeanwhile: 'changed',
  alreadyDecided: 'already decided',
  ownRequest: 'own request',
  isPledge: 'pledge',
  reasonNeeded: 'reason needed',
  notForming: (s) => `is ${s}`,
  targetNotReached: (p, t) => `${p} of ${t}`,
  teamNotUpdated: (w) => `team: ${w}`,
  created: (t) => `created ${t}`,
  listedLaunched: (t, o) => `listed ${t} with ${o}`,
  linkedNetwork: (t, u) => `linked ${t} at ${u}`,
  acceptanceProblem: (p) => `problem ${p}`,
  launched: (n, f) => `${n} founders, ${f} failed`,
  otherError: (e) => (e instanceof Error ? e.message : String(e)),
};

const person = (id: number): Person => ({ id, displayName: `P${id}`, email: `p${id}@x.example` });
const community = (id: number, over: Partial<Community> = {}): Community => ({
  id,
  title: `C${id}`,
  practiceArea: '',
  status: 'launched',
  domain: '',
  practice: '',
  audience: '',
  gardeners: [],
  joinPolicy: 'approval',
  rhythm: '',
  groundRules: '',
  tags: [],
  ...over,
});
const request = (id: number, over: Partial<MembershipRecord> = {}): MembershipRecord => ({
  id,
  title: `Request ${id}`,
  communityId: 1,
  member: person(id),
  level: 'wider',
  status: 'pending',
  approval: 'pending',
  ...over,
});

function services(
  over: { records?: MembershipRecord[]; communities?: Community[]; suggestions?: Suggestion[]; pledged?: number; refuse?: number[] } = {},
): {
  s: PodCommandServices;
  decided: Array<[number, boolean, string | undefined]>;
  added: Array<[string, string]>;
  launched: number[];
  accepted: Array<[number, SuggestionAcceptance | undefined]>;
} {
  const accepted: Array<[number, SuggestionAcceptance | undefined]> = [];
  const decided: Array<[number, boolean, string | undefined]> = [];
  const added: Array<[string, string]> = [];
  const launched: number[] = [];
  const records = over.records ?? [];
  const communities = over.communities ?? [community(1, { groupId: 'g1' })];
  const s = {
    admin: {
      membership: async (id: number) => records.find((r) => r.id === id),
      suggestion: async (id: number) => over.suggestions?.find((x) => x.id === id),
      acceptSuggestion: async (x: Suggestion, choice?: SuggestionAcceptance) => {
        accepted.push([x.id, choice]);
        return community(99, {
          title: x.title,
          status: choice?.kind === 'propose' ? 'proposed' : 'launched',
          siteUrl: choice?.kind === 'link' ? choice.url : undefined,
        });
      },
      declineSuggestion: async (x: Suggestion, reason: string) => ({ ...x, status: 'declined', response: reason }),
      launch: async (c: Community) => {
        launched.push(c.id);
        return {
          community: { ...c, status: 'launched' },
          founders: [
            { id: 1, label: 'a', ok: true },
            { id: 2, label: 'b', ok: false },
          ],
        };
      },
    },
    memberships: {
      decide: async (m: Membership, approve: boolean, note?: string) => {
        if (over.refuse?.includes(m.id)) throw Object.assign(new Error('Access denied'), { status: 403 });
        decided.push([m.id, approve, note]);
        return { ...m, approval: approve ? 'approved' : 'rejected' };
      },
      counts: async (cs: Community[]) => Object.fromEntries(cs.map((c) => [c.id, { core: 0, wider: 0, pledged: over.pledged ?? 0 }])),
    },
    groups: {
      addMember: async (g: string, e: string) => {
        added.push([g, e]);
      },
    },
    communities: { get: async (id: number) => communities.find((c) => c.id === id) },
  } as unknown as PodCommandServices;
  return { s, decided, added, launched, accepted };
}

describe('visibleCommands', () => {
  const pod = { isPodAdmin: true, gardenerOf: [] };
  const staff = { isPodAdmin: false, gardenerOf: [] };
  const gardener = { isPodAdmin: false, gardenerOf: [3] };

  it('shows each list its own commands, for the POD team, once something is selected', () => {
    expect(visibleCommands('memberships', 2, pod)).toEqual(['APPROVE_REQUESTS', 'DECLINE_REQUESTS']);
    expect(visibleCommands('suggestions', 1, pod)).toEqual(['ACCEPT_SUGGESTION', 'DECLINE_SUGGESTION']);
    expect(visibleCommands('communities', 1, pod)).toEqual(['LAUNCH_COMMUNITY']);
    expect(visibleCommands('memberships', 0, pod)).toEqual([]);
    expect(visibleCommands(undefined, 3, pod)).toEqual([]);
  });

  it('shows staff nothing, and gardeners only the request decisions', () => {
    expect(visibleCommands('memberships', 1, staff)).toEqual([]);
    expect(visibleCommands('suggestions', 1, gardener)).toEqual([]);
    expect(visibleCommands('communities', 1, gardener)).toEqual([]);
    expect(visibleCommands('memberships', 1, gardener)).toEqual(['APPROVE_REQUESTS', 'DECLINE_REQUESTS']);
  });
});

describe('runPodCommand', () => {
  it('approves several requests, adds each member to the team, and reports each', async () => {
    const { s, decided, added } = services({ records: [request(1), request(2)] });
    const results = await runPodCommand('APPROVE_REQUESTS', [1, 2], s, {}, TEXT);
    expect(results).toEqual([
      { id: 1, label: 'Request 1', ok: true },
      { id: 2, label: 'Request 2', ok: true },
    ]);
    expect(decided).toEqual([
      [1, true, undefined],
      [2, true, undefined],
    ]);
    expect(added).toEqual([
      ['g1', 'p1@x.example'],
      ['g1', 'p2@x.example'],
    ]);
  });

  it('keeps going after a refused item and names it', async () => {
    const { s, decided } = services({
      records: [request(1), request(2), request(3, { approval: 'approved' }), request(4, { status: 'interested' })],
      refuse: [1],
    });
    const results = await runPodCommand('APPROVE_REQUESTS', [1, 2, 3, 4, 5], s, {}, TEXT);
    expect(results.map((r) => [r.label, r.ok, r.message])).toEqual([
      ['Request 1', false, 'not allowed'],
      ['Request 2', true, undefined],
      ['Request 3', false, 'already decided'],
      ['Request 4', false, 'pledge'],
      ['#5', false, 'not found'],
    ]);
    expect(decided.map((d) => d[0])).toEqual([2]);
  });

  it("refuses to approve the runner's own request (it would not count), and may decline it", async () => {
    const { s, decided } = services({ records: [request(1), request(2)] });
    const own = { ...s, people: { me: async () => ({ ...person(1), isPodAdmin: false }) } };
    const results = await runPodCommand('APPROVE_REQUESTS', [1, 2], own, {}, TEXT);
    expect(results.map((r) => [r.label, r.ok, r.message])).toEqual([
      ['Request 1', false, 'own request'],
      ['Request 2', true, undefined],
    ]);
    expect(decided.map((d) => d[0])).toEqual([2]);
    expect(isOwnRequest({ member: { id: 4, displayName: '', email: '' } }, { id: 4 })).toBe(true);
    expect(isOwnRequest({ member: { id: 4, displayName: '', email: '' } }, { id: 5 })).toBe(false);
    expect(isOwnRequest({ member: { id: 0, displayName: '', email: '' } }, { id: 0 })).toBe(false);
  });

  it('declines only with a reason, and passes it on', async () => {
    const { s, decided } = services({ records: [request(1)] });
    expect((await runPodCommand('DECLINE_REQUESTS', [1], s, { reason: '  ' }, TEXT))[0]).toMatchObject({
      ok: false,
      message: 'reason needed',
    });
    expect(decided).toEqual([]);
    expect((await runPodCommand('DECLINE_REQUESTS', [1], s, { reason: ' Full this term ' }, TEXT))[0].ok).toBe(true);
    expect(decided).toEqual([[1, false, 'Full this term']]);
  });

  it('accepts a suggestion, reporting the community it created', async () => {
    const sug: Suggestion = { id: 4, title: 'Green champions', description: '', practiceArea: 'Estates', kind: 'new idea', status: 'new' };
    const { s } = services({ suggestions: [sug] });
    expect(await runPodCommand('ACCEPT_SUGGESTION', [4], s, {}, TEXT)).toEqual([
      { id: 4, label: 'Green champions', ok: true, message: 'created Green champions' },
    ]);
  });

  it('accepts an existing network only as POD chose: listed as launched or linked to, never proposed', async () => {
    const organiser = person(7);
    const net: Suggestion = {
      id: 8,
      title: 'Estates network',
      description: '',
      practiceArea: 'Estates',
      kind: 'existing network',
      status: 'new',
      author: organiser,
    };
    const idea: Suggestion = { id: 4, title: 'Green champions', description: '', practiceArea: 'Estates', kind: 'new idea', status: 'new' };
    const { s, accepted } = services({ suggestions: [net, idea] });
    expect(await runPodCommand('ACCEPT_SUGGESTION', [8], s, {}, TEXT)).toEqual([
      { id: 8, label: 'Estates network', ok: false, message: 'problem choiceNeeded' },
    ]);
    expect(accepted).toEqual([]);
    // A new idea in the same selection is still proposed; the network is listed with its organiser.
    expect(await runPodCommand('ACCEPT_SUGGESTION', [8, 4], s, { network: { kind: 'listLaunched' } }, TEXT)).toEqual([
      { id: 8, label: 'Estates network', ok: true, message: 'listed Estates network with P7' },
      { id: 4, label: 'Green champions', ok: true, message: 'created Green champions' },
    ]);
    expect(accepted).toEqual([
      [8, { kind: 'listLaunched' }],
      [4, { kind: 'propose' }],
    ]);
    expect((await runPodCommand('ACCEPT_SUGGESTION', [8], s, { network: { kind: 'link', url: 'nowhere' } }, TEXT))[0]).toMatchObject({
      ok: false,
      message: 'problem addressInvalid',
    });
    expect(
      (await runPodCommand('ACCEPT_SUGGESTION', [8], s, { network: { kind: 'link', url: 'https://estates.example/net' } }, TEXT))[0],
    ).toMatchObject({ ok: true, message: 'linked Estates network at https://estates.example/net' });
  });

  it('launches a forming community only once its pledges reach the target', async () => {
    const forming = community(5, { status: 'forming', foundingTarget: 3 });
    const short = services({ communities: [forming, community(6)], pledged: 2 });
    const results = await runPodCommand('LAUNCH_COMMUNITY', [5, 6], short.s, { reason: 'Ready' }, TEXT);
    expect(results.map((r) => r.message)).toEqual(['2 of 3', 'is launched']);
    expect(short.launched).toEqual([]);
    const enough = services({ communities: [forming], pledged: 3 });
    expect((await runPodCommand('LAUNCH_COMMUNITY', [5], enough.s, { reason: 'Ready' }, TEXT))[0]).toMatchObject({
      ok: true,
      message: '2 founders, 1 failed',
    });
    expect(enough.launched).toEqual([5]);
  });

  it('launches below the target only when asked to launch anyway, and only with a reason', async () => {
    const forming = community(5, { status: 'forming', foundingTarget: 8 });
    const short = services({ communities: [forming], pledged: 7 });
    expect((await runPodCommand('LAUNCH_COMMUNITY', [5], short.s, { reason: 'Ready' }, TEXT))[0]).toMatchObject({
      ok: false,
      message: '7 of 8',
    });
    expect((await runPodCommand('LAUNCH_COMMUNITY', [5], short.s, { reason: '  ', launchBelowTarget: true }, TEXT))[0]).toMatchObject({
      ok: false,
      message: 'reason needed',
    });
    expect(short.launched).toEqual([]);
    expect(
      (
        await runPodCommand('LAUNCH_COMMUNITY', [5], short.s, { reason: 'The sponsor wants to start now', launchBelowTarget: true }, TEXT)
      )[0],
    ).toMatchObject({ ok: true });
    expect(short.launched).toEqual([5]);
  });
});

describe('launchReadiness', () => {
  const forming = (foundingTarget?: number): Community => community(1, { status: 'forming', foundingTarget });

  it('is below the target until the pledges reach it, and ready from then on', () => {
    expect(launchReadiness(forming(8), 7)).toEqual({ kind: 'belowTarget', pledged: 7, target: 8 });
    expect(launchReadiness(forming(8), 0)).toEqual({ kind: 'belowTarget', pledged: 0, target: 8 });
    expect(launchReadiness(forming(8), 8)).toEqual({ kind: 'ready', pledged: 8, target: 8 });
    expect(launchReadiness(forming(8), 9)).toEqual({ kind: 'ready', pledged: 9, target: 8 });
  });

  it('has nothing to wait for without a target, and never launches what is not forming', () => {
    expect(launchReadiness(forming(undefined), 0)).toEqual({ kind: 'ready', pledged: 0, target: 0 });
    expect(launchReadiness(forming(0), 2)).toEqual({ kind: 'ready', pledged: 2, target: 0 });
    expect(launchReadiness(community(1, { status: 'launched', foundingTarget: 3 }), 5)).toEqual({ kind: 'notForming', status: 'launched' });
    expect(launchReadiness(community(1, { status: 'proposed' }), 0)).toEqual({ kind: 'notForming', status: 'proposed' });
  });
});

describe('launchGaps', () => {
  it('names a missing gardener and a missing team, and nothing when both are there', () => {
    expect(launchGaps(community(1))).toEqual(['noGardener', 'noTeam']);
    expect(launchGaps(community(1, { groupId: 'g-1' }))).toEqual(['noGardener']);
    expect(launchGaps(community(1, { gardeners: [{ id: 2, displayName: 'Gill', email: 'gill@x.test' }] }))).toEqual(['noTeam']);
    expect(launchGaps(community(1, { gardeners: [{ id: 2, displayName: 'Gill', email: 'gill@x.test' }], groupId: 'g-1' }))).toEqual([]);
  });
});

describe('podTargets', () => {
  it('names the person and the community of each request, the first five only', async () => {
    const records = [1, 2, 3, 4, 5, 6, 7].map((id) => request(id, { level: id === 1 ? 'core' : 'wider' }));
    const { s } = services({ records, communities: [community(1, { title: 'Data Science' })] });
    const targets = await podTargets('APPROVE_REQUESTS', [1, 2, 3, 4, 5, 6, 7], s);
    expect(targets.map((t) => t.name)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(targets[0]).toEqual({ id: 1, name: 'P1', request: { community: 'Data Science', level: 'core' } });
  });

  it('says whether each community can launch, and names an unreadable item by its id', async () => {
    const { s } = services({ communities: [community(5, { title: 'Green', status: 'forming', foundingTarget: 8 })], pledged: 7 });
    expect(await podTargets('LAUNCH_COMMUNITY', [5, 404], s)).toEqual([
      { id: 5, name: 'Green', readiness: { kind: 'belowTarget', pledged: 7, target: 8 }, gaps: ['noGardener', 'noTeam'] },
      { id: 404, name: '#404' },
    ]);
    const sug: Suggestion = { id: 4, title: 'Green champions', description: '', practiceArea: '', kind: 'new idea', status: 'new' };
    const broken = { ...services({ suggestions: [sug] }).s };
    expect((await podTargets('DECLINE_SUGGESTION', [4, 9], broken)).map((t) => t.name)).toEqual(['Green champions', '#9']);
  });

  it('says which suggestions to accept are existing networks, all of them, not only the first five', async () => {
    const sugs: Suggestion[] = [1, 2, 3, 4, 5, 6].map((id) => ({
      id,
      title: `S${id}`,
      description: '',
      practiceArea: '',
      kind: id === 6 ? 'existing network' : 'new idea',
      status: 'new',
    }));
    const targets = await podTargets('ACCEPT_SUGGESTION', [1, 2, 3, 4, 5, 6], services({ suggestions: sugs }).s);
    expect(targets.map((t) => t.suggestionKind)).toEqual(['new idea', 'new idea', 'new idea', 'new idea', 'new idea', 'existing network']);
  });
});

describe("a gardener's list view of Memberships", () => {
  it('filters to the one community they garden, or to each of several, keeping the rest of the address', () => {
    expect(gardenerViewSearch('?viewid=abc', [{ title: 'Data & Insight' }])).toBe(
      '?viewid=abc&FilterField1=Community&FilterValue1=Data+%26+Insight',
    );
    const several = new URLSearchParams(gardenerViewSearch('', [{ title: 'Events Management' }, { title: 'Data and Insight' }]));
    expect(several.get('FilterFields1')).toBe('Community');
    expect(several.get('FilterValues1')).toBe('Events Management;#Data and Insight');
    expect(several.get('FilterTypes1')).toBe('Lookup');
  });
  it('leaves the view alone for someone who gardens nothing, or when the address already filters', () => {
    expect(gardenerViewSearch('?viewid=abc', [])).toBeUndefined();
    expect(gardenerViewSearch('?FilterField1=Level&FilterValue1=core', [{ title: 'Events Management' }])).toBeUndefined();
    expect(gardenerViewSearch('?filterfields2=Level', [{ title: 'Events Management' }])).toBeUndefined();
  });
});
