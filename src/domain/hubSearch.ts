/**
 * Hub search, the pure part: the KQL sent for what a person types, and reading what SharePoint
 * Search gives back (highlights, owners, links). What a person types is never passed through as
 * KQL: it is cut into words and quoted phrases, each sent as a quoted term, so `Title:x OR *`,
 * stray quotes and parentheses, and operators are searched for as words, never obeyed.
 */

export type HubSearchKind = 'community' | 'resource' | 'question';

/** Narrowing the person chose (values as the refiners give them). */
export interface HubSearchScope {
  kind?: HubSearchKind;
  communityTitle?: string;
  resourceType?: string;
  /** A community's practice area. Resources carry none, so choosing one narrows to communities. */
  practiceArea?: string;
}

export interface HubSearchHit {
  kind: HubSearchKind;
  /** The item's id in its list. */
  id: number;
  title: string;
  /** What opening the hit goes to: the resource's link, or the community's page. */
  url: string;
  /** HitHighlightedSummary: text with `<c0>…</c0>` round matches and `<ddd/>` for a gap. */
  summary: string;
  communityTitle?: string;
  resourceType?: string;
  /** A community's practice area (resources have none). */
  practiceArea?: string;
  owner?: string;
  /** Added in this session and maybe not in the index yet: shown from what was written. */
  justAdded?: boolean;
  /** A question hit found through one of its answers (the hit's id is then the answer's). */
  viaAnswer?: boolean;
  /** A question hit once its item is read (questionHitDetails): the question, its community, whether answered. */
  question?: QuestionHitDetails;
}

/**
 * What a question hit is, read from the Questions and Answers lists rather than the index (acceptance
 * is derived from items no reader can forge; see src/domain/questions.ts).
 */
export interface QuestionHitDetails {
  questionId: number;
  communityId: number;
  answered: boolean;
  /** Hidden by a gardener, or not counted in the community it names: left out of the results. */
  hidden: boolean;
}

/** The key of a hit among a page's hits (a question found through an answer keeps the answer's id). */
export function hitKey(hit: Pick<HubSearchHit, 'kind' | 'id' | 'viaAnswer'>): string {
  return `${hit.kind}:${hit.viaAnswer ? 'a' : ''}${hit.id}`;
}

/**
 * Question hits with what their items say: hidden ones go, and a question found both itself and through
 * answers (or through two answers) shows once, where it ranked first, as itself when its own words
 * matched. Hits not yet read are kept as they are.
 */
export function withQuestionDetails(hits: readonly HubSearchHit[], details: ReadonlyMap<string, QuestionHitDetails>): HubSearchHit[] {
  const own = new Map<number, HubSearchHit>();
  for (const h of hits) {
    const d = h.kind === 'question' && !h.viaAnswer ? details.get(hitKey(h)) : undefined;
    if (d && !own.has(d.questionId)) own.set(d.questionId, h);
  }
  const seen = new Set<number>();
  const out: HubSearchHit[] = [];
  for (const h of hits) {
    const d = h.kind === 'question' ? details.get(hitKey(h)) : undefined;
    if (!d) {
      out.push(h);
      continue;
    }
    if (d.hidden || seen.has(d.questionId)) continue;
    seen.add(d.questionId);
    out.push({ ...(own.get(d.questionId) ?? h), question: d });
  }
  return out;
}

export interface RefinerCount {
  value: string;
  count: number;
}

export interface HubSearchPage {
  hits: HubSearchHit[];
  /** All hits there are (for "more"). */
  total: number;
  communities: RefinerCount[];
  resourceTypes: RefinerCount[];
  /** Counted over the communities found (resources carry no practice area). */
  practiceAreas: RefinerCount[];
}

export interface HubSearchRequest {
  text: string;
  scope: HubSearchScope;
  startRow: number;
  rowLimit: number;
}

/** What a search box accepts; longer text is cut (SharePoint's own KQL limit is 4,096 characters). */
export const MAX_SEARCH_TEXT = 255;
/** Words sent at most: more add nothing a person meant and slow the query. */
export const MAX_SEARCH_TERMS = 12;

export type BuiltQuery = { ok: true; kql: string; words: string[] } | { ok: false; reason: 'empty' };

/** Words as SharePoint's word breaker (and the emulator's index) cut them: letters and digits. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The KQL for what a person typed: each word a quoted term (implicit AND), "quoted phrases" kept
 * as phrases, and the last word matched as a prefix (`word*`) while they are still typing it.
 */
export function buildHubQuery(typed: string): BuiltQuery {
  const text = typed.slice(0, MAX_SEARCH_TEXT);
  const terms: Array<{ words: string[]; phrase: boolean }> = [];
  // Balanced "…" pairs are phrases; an unmatched quote is just a character.
  const re = /"([^"]*)"|([^"\s]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const phrase = m[1] !== undefined;
    const words = searchWords(phrase ? m[1] : m[2]);
    if (words.length === 0) continue;
    if (phrase) terms.push({ words, phrase: true });
    else for (const w of words) terms.push({ words: [w], phrase: false });
  }
  const kept = terms.slice(0, MAX_SEARCH_TERMS);
  if (kept.length === 0) return { ok: false, reason: 'empty' };
  const stillTyping = !/\s$/.test(text) && !text.trimEnd().endsWith('"');
  const kql = kept
    .map((t, i) => {
      const last = i === kept.length - 1;
      const prefix = last && !t.phrase && stillTyping && t.words[0].length >= 2 && kept.length === terms.length;
      // KQL's prefix form is a bare `word*` (a quoted "word"* is a phrase and a stray `*`). Safe bare:
      // the word is lower-case letters and digits only, so never an operator (AND/OR/NOT are upper case)
      // nor a property restriction. https://learn.microsoft.com/sharepoint/dev/general-development/keyword-query-language-kql-syntax-reference
      return prefix ? `${t.words[0]}*` : `"${t.words.join(' ')}"`;
    })
    .join(' ');
  return { ok: true, kql, words: kept.flatMap((t) => t.words) };
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e] ?? e);
}

/** A HitHighlightedSummary as text parts, matched or not; every other tag is dropped, `<ddd/>` reads as "…". */
export function highlightParts(summary: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const re = /<c\d+>([\s\S]*?)<\/c\d+>|<ddd\/>|<[^>]*>|([^<]+)/g;
  let m: RegExpExecArray | null;
  const push = (text: string, match: boolean): void => {
    if (!text) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.match === match) prev.text += text;
    else parts.push({ text, match });
  };
  while ((m = re.exec(summary)) !== null) {
    if (m[1] !== undefined) push(decode(m[1].replace(/<[^>]*>/g, '')), true);
    else if (m[0] === '<ddd/>') push(' … ', false);
    else if (m[2] !== undefined) push(decode(m[2]), false);
  }
  return parts;
}

/** The display name in a person property ("mail | Display Name | login"). */
export function personName(ows: string | undefined): string | undefined {
  if (!ows) return undefined;
  const parts = ows.split(' | ');
  const name = (parts.length >= 2 ? parts[1] : parts[0]).trim();
  return name || undefined;
}

/** The address in a hyperlink property ("https://…, description"). */
export function linkOf(ows: string | undefined): string | undefined {
  if (!ows) return undefined;
  const url = ows.split(', ')[0].trim();
  return url || undefined;
}

/** Whether a hit found from the list (not yet indexed) matches the words typed (the last as a prefix). */
export function matchesWords(hit: Pick<HubSearchHit, 'title' | 'summary'>, words: string[]): boolean {
  const have = searchWords(`${hit.title} ${hit.summary}`);
  return words.every((w, i) => (i === words.length - 1 ? have.some((h) => h.startsWith(w)) : have.includes(w)));
}

/**
 * Puts what this person wrote moments ago, and the index doesn't have yet, at the top of the
 * first page, so nothing they added seems lost (SharePoint Online crawls after a delay).
 */
export function withJustWritten(
  page: HubSearchPage,
  recent: readonly HubSearchHit[],
  req: HubSearchRequest,
  words: string[],
): HubSearchPage {
  if (req.startRow > 0 || recent.length === 0) return page;
  const inIndex = new Set(page.hits.map(hitKey));
  const scope = req.scope;
  const extra = recent
    .filter(
      (r) =>
        !inIndex.has(hitKey(r)) &&
        (!scope.kind || scope.kind === r.kind) &&
        (!scope.communityTitle || scope.communityTitle === r.communityTitle) &&
        (!scope.resourceType || scope.resourceType === r.resourceType) &&
        (!scope.practiceArea || scope.practiceArea === r.practiceArea) &&
        matchesWords(r, words),
    )
    .map((r) => ({ ...r, justAdded: true }));
  return extra.length ? { ...page, hits: [...extra, ...page.hits], total: page.total + extra.length } : page;
}
