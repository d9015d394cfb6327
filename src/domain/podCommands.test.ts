import type { MembershipRecord } from './adminModels';
import type { Community, Membership, Person, Suggestion } from './models';
import { runPodCommand, visibleCommands, type PodCommandServices, type PodCommandText } from './podCommands';

const TEXT: PodCommandText = {
  notFound: 'not found', notAllowed: 'not allowed', changedMeanwhile: 'changed', alreadyDecided: 'already decided', isPledge: 'pledge',
  reasonNeeded: 'reason needed', notForming: (s) => `is ${s}`, targetNotReached: (p, t) => `${p} of ${t}`, teamNotUpdated: (w) => `team: ${w}`,
  created: (t) => `created ${t}`, launched: (n, f) => `${n} founders, ${f} failed`, otherError: (e) => (e instanceof Error ? e.message : String(e)),
};

const person = (id: number): Person => ({ id, displayName: `P${id}`, email: `p${id}@x.example` });
const community = (id: number, over: Partial<Community> = {}): Community => ({
  id, title: `C${id}`, practiceArea: '', status: 'launched', domain: '', practice: '', audience: '', gardeners: [], joinPolicy: 'approval',
  rhythm: '', groundRules: '', tags: [], ...over,
});
const request = (id: number, over: Partial<MembershipRecord> = {}): MembershipRecord => ({
  id, title: `Request ${id}`, communityId: 1, member: person(id), level: 'wider', status: 'pending', approval: 'pending', ...over,
});

function services(over: { records?: MembershipRecord[]; communities?: Community[]; suggestions?: Suggestion[]; pledged?: number; refuse?: number[] } = {}): { s: PodCommandServices; decided: Array<[number, boolean, string | undefined]>; added: Array<[string, string]>; launched: number[] } {
  const decided: Array<[number, boolean, string | undefined]> = [];
  const added: Array<[string, string]> = [];
  const launched: number[] = [];
  const records = over.records ?? [];
  const communities = over.communities ?? [community(1, { groupId: 'g1' })];
  const s = {
    admin: {
      membership: async (id: number) => records.find((r) => r.id === id),
      suggestion: async (id: number) => over.suggestions?.find((x) => x.id === id),
      acceptSuggestion: async (x: Suggestion) => community(99, { title: x.title, status: 'proposed' }),
      declineSuggestion: async (x: Suggestion, reason: string) => ({ ...x, status: 'declined', response: reason }),
      launch: async (c: Community) => {
        launched.push(c.id);
        return { community: { ...c, status: 'launched' }, founders: [{ id: 1, label: 'a', ok: true }, { id: 2, label: 'b', ok: false }] };
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
    groups: { addMember: async (g: string, e: string) => { added.push([g, e]); } },
    communities: { get: async (id: number) => communities.find((c) => c.id === id) },
  } as unknown as PodCommandServices;
  return { s, decided, added, launched };
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
    expect(results).toEqual([{ id: 1, label: 'Request 1', ok: true }, { id: 2, label: 'Request 2', ok: true }]);
    expect(decided).toEqual([[1, true, undefined], [2, true, undefined]]);
    expect(added).toEqual([['g1', 'p1@x.example'], ['g1', 'p2@x.example']]);
  });

  it('keeps going after a refused item and names it', async () => {
    const { s, decided } = services({ records: [request(1), request(2), request(3, { approval: 'approved' }), request(4, { status: 'interested' })], refuse: [1] });
    const results = await runPodCommand('APPROVE_REQUESTS', [1, 2, 3, 4, 5], s, {}, TEXT);
    expect(results.map((r) => [r.label, r.ok, r.message])).toEqual([
      ['Request 1', false, 'not allowed'], ['Request 2', true, undefined], ['Request 3', false, 'already decided'], ['Request 4', false, 'pledge'], ['#5', false, 'not found'],
    ]);
    expect(decided.map((d) => d[0])).toEqual([2]);
  });

  it('declines only with a reason, and passes it on', async () => {
    const { s, decided } = services({ records: [request(1)] });
    expect((await runPodCommand('DECLINE_REQUESTS', [1], s, { reason: '  ' }, TEXT))[0]).toMatchObject({ ok: false, message: 'reason needed' });
    expect(decided).toEqual([]);
    expect((await runPodCommand('DECLINE_REQUESTS', [1], s, { reason: ' Full this term ' }, TEXT))[0].ok).toBe(true);
    expect(decided).toEqual([[1, false, 'Full this term']]);
  });

  it('accepts a suggestion, reporting the community it created', async () => {
    const sug: Suggestion = { id: 4, title: 'Green champions', description: '', practiceArea: 'Estates', kind: 'new idea', status: 'new' };
    const { s } = services({ suggestions: [sug] });
    expect(await runPodCommand('ACCEPT_SUGGESTION', [4], s, {}, TEXT)).toEqual([{ id: 4, label: 'Green champions', ok: true, message: 'created Green champions' }]);
  });

  it('launches a forming community only once its pledges reach the target', async () => {
    const forming = community(5, { status: 'forming', foundingTarget: 3 });
    const short = services({ communities: [forming, community(6)], pledged: 2 });
    const results = await runPodCommand('LAUNCH_COMMUNITY', [5, 6], short.s, { reason: 'Ready' }, TEXT);
    expect(results.map((r) => r.message)).toEqual(['2 of 3', 'is launched']);
    expect(short.launched).toEqual([]);
    const enough = services({ communities: [forming], pledged: 3 });
    expect((await runPodCommand('LAUNCH_COMMUNITY', [5], enough.s, { reason: 'Ready' }, TEXT))[0]).toMatchObject({ ok: true, message: '2 founders, 1 failed' });
    expect(enough.launched).toEqual([5]);
  });
});
