/**
 * Routing a question to who can help (issue 16): the colleagues across the whole hub whose "I can
 * help with" matches the question's topics, ranked, and the topics a community's knowledge map
 * suggests while one types. Pure: the services read the profiles, this decides who is shown.
 */
import type { Person } from './models';

/** A question's asker invites at most this many colleagues. */
export const MAX_INVITES = 5;
/** Colleagues suggested at most. */
export const MAX_HELPERS = 10;

export interface HelperCandidate {
  person: Person;
  canHelpWith: string[];
  /** The communities they are an active member of (any in the hub), for "who they are". */
  communities: Array<{ id: number; title: string }>;
}

export interface RankedHelper extends HelperCandidate {
  /** The question's topics they offer, in the question's order. */
  matched: string[];
  /** Whether they belong to the community asked in. */
  inCommunity: boolean;
}

function key(topic: string): string {
  return topic.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Words of a topic, for a partial match ("Power BI" offers help with "power bi dashboards"). */
function words(topic: string): string[] {
  return key(topic).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How well an offered topic meets an asked one: 2 the same topic (ignoring case and spaces), 1 when
 * every word of the shorter is a word of the longer, 0 otherwise.
 */
export function topicMatch(asked: string, offered: string): 0 | 1 | 2 {
  const a = key(asked);
  const o = key(offered);
  if (!a || !o) return 0;
  if (a === o) return 2;
  const wa = words(a);
  const wo = words(o);
  if (wa.length === 0 || wo.length === 0) return 0;
  const [short, long] = wa.length <= wo.length ? [wa, new Set(wo)] : [wo, new Set(wa)];
  return short.every((w) => long.has(w)) ? 1 : 0;
}

/**
 * The colleagues to suggest for these topics: anyone whose "I can help with" meets at least one, the
 * asker and people already invited left out, ranked by how many topics they meet, then how closely
 * (the same topic before a partial one), then members of other communities after this one's (both
 * shown: the point is to reach across the hub), then by name. At most `limit`.
 */
export function rankHelpers(
  topics: readonly string[],
  candidates: readonly HelperCandidate[],
  options: { communityId: number; excludeIds?: readonly number[]; limit?: number },
): RankedHelper[] {
  const asked = topics.map(key).filter((t, i, all) => t && all.indexOf(t) === i);
  if (asked.length === 0) return [];
  const excluded = new Set(options.excludeIds ?? []);
  const seen = new Set<number>();
  const scored: Array<RankedHelper & { closeness: number }> = [];
  for (const c of candidates) {
    if (excluded.has(c.person.id) || seen.has(c.person.id)) continue;
    seen.add(c.person.id);
    let closeness = 0;
    const matched: string[] = [];
    asked.forEach((a, i) => {
      const best = Math.max(0, ...c.canHelpWith.map((o) => topicMatch(a, o)));
      if (best > 0) {
        matched.push(topics.find((t) => key(t) === a) ?? topics[i]);
        closeness += best;
      }
    });
    if (matched.length === 0) continue;
    scored.push({ ...c, matched, closeness, inCommunity: c.communities.some((x) => x.id === options.communityId) });
  }
  return scored
    .sort(
      (x, y) =>
        y.matched.length - x.matched.length ||
        y.closeness - x.closeness ||
        Number(y.inCommunity) - Number(x.inCommunity) ||
        x.person.displayName.localeCompare(y.person.displayName) ||
        x.person.id - y.person.id,
    )
    .slice(0, options.limit ?? MAX_HELPERS)
    .map(({ closeness: _closeness, ...h }) => h);
}

/**
 * Topics to suggest while one types: the known topics (the community's knowledge map) that start
 * with, or have a word starting with, what is typed, not already chosen; starts first, then A–Z.
 */
export function suggestTopics(typed: string, known: readonly string[], chosen: readonly string[], limit = 8): string[] {
  const t = key(typed);
  if (!t) return [];
  const taken = new Set(chosen.map(key));
  const unique = new Map<string, string>();
  for (const k of known) if (key(k) && !taken.has(key(k)) && !unique.has(key(k))) unique.set(key(k), k.trim());
  const starts: string[] = [];
  const inside: string[] = [];
  for (const [k, label] of unique) {
    if (k.startsWith(t)) starts.push(label);
    else if (words(k).some((w) => w.startsWith(t))) inside.push(label);
  }
  const byName = (a: string, b: string): number => a.localeCompare(b);
  return [...starts.sort(byName), ...inside.sort(byName)].slice(0, limit);
}

/** Whether another colleague may be invited: at most MAX_INVITES. */
export function canInviteMore(invited: readonly number[]): boolean {
  return invited.length < MAX_INVITES;
}
