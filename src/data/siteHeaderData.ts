/**
 * The community site header's data, kept apart from the full service factory so the header's
 * bundle holds only what it uses: one item query on the hub's Memberships list, and, only when
 * that can't decide, the community's join policy (remembered for 12 hours per browser).
 */
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { JOIN_POLICIES, type JoinPolicy, type Membership } from '../domain/models';
import { countMembers } from '../domain/membershipRules';
import { headerStanding, type HeaderStanding, type HeaderView } from '../domain/siteHeader';
import { LIST_TITLES } from '../schema/lists';
import type { SPFxContextLike } from './clients';
import { choice, MEMBERSHIP_EXPAND, MEMBERSHIP_SELECT, toCountableMembership, toMembership, type SpItem } from './mappers';
import { odataString } from './paging';

/** How long a community's join policy is trusted from the browser's storage. */
export const POLICY_CACHE_MS = 12 * 60 * 60 * 1000;

/** Where the policy is remembered; localStorage in a browser, a Map in tests. */
export interface PolicyStore {
  // Storage's own signature: a missing key is null.
  // eslint-disable-next-line @rushstack/no-new-null
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface HeaderSource {
  sp: SPFI;
  /** The hub site holding the lists (for the cache key). */
  hubUrl: string;
  store?: PolicyStore;
  now?: () => number;
}

export function headerSourceFromSpfx(context: SPFxContextLike, hubUrl: string): HeaderSource {
  let store: PolicyStore | undefined;
  try {
    store = window.localStorage;
  } catch {
    store = undefined; // storage blocked (private mode, policy): just ask each time
  }
  return { sp: spfi(hubUrl).using(SPFx(context)), hubUrl, store };
}

/** My membership item of the community, found by my email through the indexed Community column first. */
export async function myHeaderMembership(src: HeaderSource, communityId: number, email: string): Promise<Membership | undefined> {
  const rows = await src.sp.web.lists
    .getByTitle(LIST_TITLES.memberships)
    .items.select(...MEMBERSHIP_SELECT)
    .expand(...MEMBERSHIP_EXPAND)
    .filter(`CommunityId eq ${Math.trunc(communityId)} and Author/EMail eq ${odataString(email)}`)
    .top(10)();
  return mineOf(rows.map(toMembership), communityId);
}

function mineOf(memberships: Membership[], communityId: number): Membership | undefined {
  // An item filed in another community's folder belongs to neither (see filedCommunityId).
  const mine = memberships.filter((m) => m.communityId === Math.trunc(communityId));
  // Several items (an old "left" one and a current one): the current one decides.
  return mine.find((m) => m.status !== 'left') ?? mine[0];
}

async function joinPolicy(src: HeaderSource, communityId: number): Promise<JoinPolicy> {
  const key = `cophub:join-policy:${src.hubUrl.toLowerCase()}:${communityId}`;
  const now = (src.now ?? Date.now)();
  try {
    const cached = JSON.parse(src.store?.getItem(key) ?? 'null') as { policy?: unknown; at?: number } | null;
    if (cached && typeof cached.at === 'number' && now - cached.at < POLICY_CACHE_MS)
      return choice(JOIN_POLICIES, cached.policy, 'approval');
  } catch {
    // A damaged entry is read again from the list.
  }
  const row = await src.sp.web.lists.getByTitle(LIST_TITLES.communities).items.getById(Math.trunc(communityId)).select('JoinPolicy')();
  const policy = choice(JOIN_POLICIES, (row as { JoinPolicy?: unknown }).JoinPolicy, 'approval');
  try {
    src.store?.setItem(key, JSON.stringify({ policy, at: now }));
  } catch {
    // Storage full or blocked: fine, ask again next time.
  }
  return policy;
}

/** What the header shows about me: one request, or two the first time a request awaits approval. */
export async function myHeaderStanding(src: HeaderSource, communityId: number, email: string): Promise<HeaderStanding> {
  const membership = await myHeaderMembership(src, communityId, email);
  const first = headerStanding(membership);
  if (first !== 'needPolicy') return first;
  const decided = headerStanding(membership, await joinPolicy(src, communityId));
  return decided === 'needPolicy' ? 'pending' : decided;
}

/** Enough founding pledges to count any forming community's (targets are a few dozen at most). */
const MOST_PLEDGES = 500;

/**
 * My standing and a forming community's founding progress, from the same single GET: my items in the
 * community and its founding pledges (MemberStatus interested), with the community's target projected
 * through the Community lookup (a Number can be projected; its stage, a Choice, can't). Only a forming
 * community takes pledges (canPledge), and launching turns them into memberships, so pledges mean it is
 * forming; one with none yet shows Join, and its page offers the pledge. The join policy is read (and
 * remembered) only when my item alone can't tell, as myHeaderStanding does.
 */
export async function myHeaderView(src: HeaderSource, communityId: number, email: string): Promise<HeaderView> {
  const id = Math.trunc(communityId);
  const rows = await src.sp.web.lists
    .getByTitle(LIST_TITLES.memberships)
    .items.select(...MEMBERSHIP_SELECT, 'Community/FoundingTarget')
    .expand(...MEMBERSHIP_EXPAND, 'Community')
    .filter(`CommunityId eq ${id} and (Author/EMail eq ${odataString(email)} or MemberStatus eq 'interested')`)
    .top(MOST_PLEDGES)<SpItem[]>();
  const all = rows.map((r) => ({ row: r, m: toMembership(r) })).filter((x) => x.m.communityId === id);
  const me = email.trim().toLowerCase();
  const membership = mineOf(
    all.map((x) => x.m).filter((m) => m.member.email.toLowerCase() === me),
    id,
  );
  const first = headerStanding(membership);
  const decided = first === 'needPolicy' ? headerStanding(membership, await joinPolicy(src, id)) : first;
  const standing: HeaderStanding = decided === 'needPolicy' ? 'pending' : decided;
  const pledges = all.filter((x) => x.m.status === 'interested');
  if (pledges.length === 0) return { standing };
  const counts = countMembers(
    pledges.map((x) => toCountableMembership(x.row)),
    [{ id, joinPolicy: 'approval' }],
  );
  const projected = (pledges[0].row.Community as { FoundingTarget?: unknown } | null | undefined)?.FoundingTarget;
  const target = typeof projected === 'number' && projected > 0 ? projected : undefined;
  return { standing, forming: { pledged: counts[id]?.pledged ?? 0, target } };
}
