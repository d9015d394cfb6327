/**
 * Search and filters of the CoP directory, as pure functions over communities already in memory.
 * Two thousand communities are one request (see ICommunityService.all), so filtering here keeps
 * search instant without a round trip per keystroke: the text is folded once per community
 * (indexCommunities) and each keystroke is a substring scan.
 */
import { COMMUNITY_STATUSES, type Community, type CommunityStatus, type Person } from './models';

/** What a person has asked the directory for. Empty arrays mean "any". */
export interface DirectoryQuery {
  /** Words typed in the search box; every word must match what the card shows (see indexCommunities). */
  text: string;
  practiceAreas: string[];
  statuses: CommunityStatus[];
  /** Site user ids of sponsors. */
  sponsorIds: number[];
  /** Only communities I belong to, have asked to join, or pledged to found. */
  mineOnly: boolean;
}

export const EMPTY_QUERY: DirectoryQuery = { text: '', practiceAreas: [], statuses: [], sponsorIds: [], mineOnly: false };

/** Lower case without accents, so "equipe" finds "Équipe" and "DATA" finds "Data". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A light English stem, so simple word forms find each other ("learning" finds "learn", "insights"
 * finds "insight", "planned" finds "planning"). Both the search words and the communities' words go
 * through it and are compared whole, so a stem that isn't a real word ("shar") only ever meets itself.
 * Deliberately small: -ies, -es after a sibilant, -s, -ing, -ed, a final -e and a doubled last letter.
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The stems of every word in a folded text (letters and digits; punctuation separates words). */
export function stemsOf(folded: string): Set<string> {
  return new Set(
    folded
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stemWord),
  );
}

/** The words of a search, folded, without duplicates; at most 12, so a pasted essay stays cheap. */
export function searchWords(text: string): string[] {
  const words = foldText(text).split(/\s+/).filter(Boolean);
  return Array.from(new Set(words)).slice(0, 12);
}

export interface IndexedCommunity {
  community: Community;
  /** What a card shows and a person would type, folded once (see searchableText). */
  haystack: string;
  /** The stems of the haystack's words, for word forms a substring misses ("learning" → "learn"). */
  stems: ReadonlySet<string>;
}

/** Title, domain, practice, audience, tags, practice area, rhythm, and the sponsor's and gardeners' names. */
function searchableText(c: Community): string {
  const people = [c.sponsor?.displayName ?? '', ...c.gardeners.map((g) => g.displayName)];
  return [c.title, c.domain, c.practice, c.audience, c.practiceArea, c.rhythm, ...c.tags, ...people].join('\n');
}

/**
 * An entry folded and stemmed on first use: a search (or warmIndex, while the page is idle). Folding
 * 2,000 communities takes about 150 ms, which the first render, showing every community unsearched,
 * doesn't need.
 */
class LazyEntry implements IndexedCommunity {
  private folded: string | undefined;
  private stemSet: ReadonlySet<string> | undefined;
  public constructor(public readonly community: Community) {}
  public get haystack(): string {
    return (this.folded ??= foldText(searchableText(this.community)));
  }
  public get stems(): ReadonlySet<string> {
    return (this.stemSet ??= stemsOf(this.haystack));
  }
  /** Folds and stems now, if not done yet. */
  public warm(): void {
    this.stemSet ??= stemsOf(this.haystack);
  }
}

export function indexCommunities(communities: readonly Community[]): IndexedCommunity[] {
  return communities.map((community) => new LazyEntry(community));
}

/**
 * Folds and stems the entries not yet done, from `from`, until `hasTime` says stop; returns where
 * it stopped (index.length when all are done). The directory calls it in idle time after its first
 * render, so a search finds the index ready.
 */
export function warmIndex(index: readonly IndexedCommunity[], from: number, hasTime: () => boolean): number {
  let i = from;
  while (i < index.length && hasTime()) {
    const entry = index[i];
    if (entry instanceof LazyEntry) entry.warm();
    i++;
  }
  return i;
}

/**
 * A search word matches when it is part of the text (so a word being typed matches as it grows) or
 * when its stem is the stem of one of the text's words.
 */
function wordMatches(word: { folded: string; stem: string }, entry: IndexedCommunity): boolean {
  return entry.haystack.includes(word.folded) || entry.stems.has(word.stem);
}

/**
 * Which stages the directory shows at all. Proposed communities are still with the POD team, so
 * staff never see them; forming and closed ones are the web part's choice.
 */
export function visibleStatuses(options: { showForming: boolean; showClosed: boolean }): CommunityStatus[] {
  return COMMUNITY_STATUSES.filter((s) => {
    if (s === 'proposed') return false;
    if (s === 'forming') return options.showForming;
    if (s === 'closed') return options.showClosed;
    return true;
  });
}

export interface FilterContext {
  /** Stages the web part shows (see visibleStatuses). */
  visible: readonly CommunityStatus[];
  /** Communities the signed-in person belongs to (for "my communities"). */
  myCommunityIds: ReadonlySet<number>;
}

export function isVisible(community: Pick<Community, 'status'>, visible: readonly CommunityStatus[]): boolean {
  return visible.includes(community.status);
}

/** The communities matching the query, in the order given. */
export function filterCommunities(index: readonly IndexedCommunity[], query: DirectoryQuery, ctx: FilterContext): Community[] {
  const words = searchWords(query.text).map((folded) => ({ folded, stem: stemWord(folded) }));
  const areas = new Set(query.practiceAreas.map(foldText));
  const statuses = new Set(query.statuses);
  const sponsors = new Set(query.sponsorIds);
  const out: Community[] = [];
  for (const entry of index) {
    const c = entry.community;
    if (!ctx.visible.includes(c.status)) continue;
    if (statuses.size > 0 && !statuses.has(c.status)) continue;
    if (areas.size > 0 && !areas.has(foldText(c.practiceArea))) continue;
    if (sponsors.size > 0 && !(c.sponsor && sponsors.has(c.sponsor.id))) continue;
    if (query.mineOnly && !ctx.myCommunityIds.has(c.id)) continue;
    if (words.length > 0 && !words.every((w) => wordMatches(w, entry))) continue;
    out.push(c);
  }
  return out;
}

/** The values each filter can take, drawn from the communities the directory shows. */
export interface DirectoryFacets {
  practiceAreas: string[];
  statuses: CommunityStatus[];
  sponsors: Person[];
}

export function directoryFacets(communities: readonly Community[], visible: readonly CommunityStatus[]): DirectoryFacets {
  const areas = new Map<string, string>();
  const statuses = new Set<CommunityStatus>();
  const sponsors = new Map<number, Person>();
  for (const c of communities) {
    if (!visible.includes(c.status)) continue;
    if (c.practiceArea.trim()) areas.set(foldText(c.practiceArea), c.practiceArea);
    statuses.add(c.status);
    if (c.sponsor) sponsors.set(c.sponsor.id, c.sponsor);
  }
  const byText = (a: string, b: string): number => a.localeCompare(b);
  return {
    practiceAreas: Array.from(areas.values()).sort(byText),
    statuses: COMMUNITY_STATUSES.filter((s) => statuses.has(s)),
    sponsors: Array.from(sponsors.values()).sort((a, b) => byText(a.displayName, b.displayName)),
  };
}

/**
 * Keeps only filter values the directory can show, in the data's own spelling. A shared link may
 * name a practice area that was renamed or a sponsor who moved on: those are dropped, not obeyed.
 */
export function pruneQuery(query: DirectoryQuery, facets: DirectoryFacets): DirectoryQuery {
  const areas = new Map(facets.practiceAreas.map((a) => [foldText(a), a]));
  const sponsorIds = new Set(facets.sponsors.map((p) => p.id));
  const pickedAreas: string[] = [];
  for (const a of query.practiceAreas) {
    const known = areas.get(foldText(a));
    if (known && !pickedAreas.includes(known)) pickedAreas.push(known);
  }
  return {
    ...query,
    practiceAreas: pickedAreas,
    statuses: query.statuses.filter((s, i, all) => facets.statuses.includes(s) && all.indexOf(s) === i),
    sponsorIds: query.sponsorIds.filter((id, i, all) => sponsorIds.has(id) && all.indexOf(id) === i),
  };
}

/** True when anything narrows the directory (text or any filter). */
export function isFiltered(query: DirectoryQuery): boolean {
  return (
    query.text.trim() !== '' || query.practiceAreas.length > 0 || query.statuses.length > 0 || query.sponsorIds.length > 0 || query.mineOnly
  );
}

export function sameQuery(a: DirectoryQuery, b: DirectoryQuery): boolean {
  const same = <T>(x: readonly T[], y: readonly T[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.text === b.text &&
    a.mineOnly === b.mineOnly &&
    same(a.practiceAreas, b.practiceAreas) &&
    same(a.statuses, b.statuses) &&
    same(a.sponsorIds, b.sponsorIds)
  );
}

/** Communities of one practice area, as the directory groups them. */
export interface PracticeAreaGroup {
  /** The practice area as the data spells it; '' for communities that have none. */
  area: string;
  communities: Community[];
}

/**
 * Communities grouped by practice area, as programmes present their portfolio: areas in alphabetical
 * order (matched without regard to case or accents), communities without one last, and each group
 * keeping the order it was given.
 */
export function groupByPracticeArea(communities: readonly Community[]): PracticeAreaGroup[] {
  const groups = new Map<string, PracticeAreaGroup>();
  for (const c of communities) {
    const area = c.practiceArea.trim();
    const key = foldText(area);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { area, communities: [] }));
    group.communities.push(c);
  }
  return Array.from(groups.values()).sort((a, b) => (!a.area ? 1 : !b.area ? -1 : a.area.localeCompare(b.area)));
}
