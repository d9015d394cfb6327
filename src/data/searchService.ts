/**
 * Hub search through SharePoint Search (`_api/search/postquery`, PnPjs `sp.search`), in its own
 * lazily loaded chunk: `@pnp/sp/search` is imported here only.
 * https://learn.microsoft.com/sharepoint/dev/general-development/sharepoint-search-rest-api-overview
 *
 * The managed properties read are the ones SharePoint creates automatically for site columns
 * (`ResourceTypeOWSCHCS`, …); on a tenant where CoP Hub's columns are list columns, an
 * administrator maps the crawled properties to properties of these names (see README, Hub search).
 */
import { spfi, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import '@pnp/sp/search';
import type { ISearchQuery, ISearchResult } from '@pnp/sp/search';
import {
  buildHubQuery,
  hitKey,
  linkOf,
  personName,
  withJustWritten,
  type HubSearchHit,
  type HubSearchPage,
  type HubSearchRequest,
  type QuestionHitDetails,
  type RefinerCount,
} from '../domain/hubSearch';
import { isHidden, questionCounts, questionState } from '../domain/questions';
import type { IHubSearchService } from '../domain/services';
import { ANSWERS, COMMUNITIES, QUESTIONS, RESOURCES } from '../schema/lists';
import type { QuestionService } from './questionService';
import type { RecentWrites } from './recentWrites';

export const SEARCH_PROPERTIES = {
  community: 'CommunityOWSLOOK',
  resourceType: 'ResourceTypeOWSCHCS',
  owner: 'ResourceOwnerOWSUSER',
  link: 'ResourceUrlOWSURLH',
  practiceArea: 'PracticeAreaOWSTEXT',
  /** An answer's question (Answers' Question lookup: its title). */
  question: 'QuestionOWSLOOK',
} as const;

const SELECT = ['Title', 'Path', 'ListItemID', 'HitHighlightedSummary', 'Author', ...Object.values(SEARCH_PROPERTIES)];
const EMPTY: HubSearchPage = { hits: [], total: 0, communities: [], resourceTypes: [], practiceAreas: [] };
/** The properties refined by; a community's practice area is on community items only. */
const REFINERS = [SEARCH_PROPERTIES.community, SEARCH_PROPERTIES.resourceType, SEARCH_PROPERTIES.practiceArea];

/** A refinement token as SharePoint gives them: "ǂǂ" and the value's UTF-8 bytes in hex. */
export function refinementToken(value: string): string {
  const hex = Array.from(new TextEncoder().encode(value), (b) => b.toString(16).padStart(2, '0')).join('');
  return `"ǂǂ${hex}"`;
}

/** Lets one request be cancelled: the signal goes to fetch with the request. */
function withSignal(signal: AbortSignal): (instance: Queryable) => Queryable {
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url, init, result) => {
      init.signal = signal;
      return [url, init, result];
    });
    return instance;
  };
}

export class HubSearchService implements IHubSearchService {
  private readonly roots: Record<'community' | 'resource' | 'question' | 'answer', string>;

  constructor(
    private readonly sp: SPFI,
    siteUrl: string,
    private readonly recent?: RecentWrites,
    /** Reads what question hits are (their items); without it, question hits carry no state. */
    private readonly questions?: Pick<QuestionService, 'byIds' | 'answersFor' | 'questionsOfAnswers'>,
  ) {
    const site = siteUrl.replace(/\/$/, '');
    this.roots = {
      community: `${site}/Lists/${COMMUNITIES.url}/`,
      resource: `${site}/Lists/${RESOURCES.url}/`,
      question: `${site}/Lists/${QUESTIONS.url}/`,
      answer: `${site}/Lists/${ANSWERS.url}/`,
    };
  }

  public async search(req: HubSearchRequest, signal?: AbortSignal): Promise<HubSearchPage> {
    const built = buildHubQuery(req.text);
    if (!built.ok) return EMPTY;
    const kinds = req.scope.kind ? [req.scope.kind] : (['community', 'resource', 'question'] as const);
    // A question is found by its own text or by an answer's (Answers, under the same kind).
    const where = kinds
      .flatMap((k) => (k === 'question' ? [this.roots.question, this.roots.answer] : [this.roots[k]]))
      .map((root) => `Path:"${root}"`)
      .join(' OR ');
    const filters: string[] = [];
    if (req.scope.communityTitle) filters.push(`${SEARCH_PROPERTIES.community}:${refinementToken(req.scope.communityTitle)}`);
    if (req.scope.resourceType) filters.push(`${SEARCH_PROPERTIES.resourceType}:${refinementToken(req.scope.resourceType)}`);
    if (req.scope.practiceArea) filters.push(`${SEARCH_PROPERTIES.practiceArea}:${refinementToken(req.scope.practiceArea)}`);
    const query: ISearchQuery = {
      Querytext: `${built.kql} (${where})`,
      SelectProperties: SELECT,
      RowLimit: req.rowLimit,
      StartRow: req.startRow,
      TrimDuplicates: false,
      Refiners: REFINERS.join(','),
      RefinementFilters: filters.length > 1 ? [`and(${filters.join(',')})`] : filters,
    };
    const client = signal ? spfi(this.sp).using(withSignal(signal)) : this.sp;
    const results = await client.search(query);
    const refiners = results.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners ?? [];
    const counts = (name: string): RefinerCount[] =>
      (refiners.find((r) => r.Name === name)?.Entries ?? []).map((e) => ({ value: e.RefinementValue, count: Number(e.RefinementCount) }));
    const page: HubSearchPage = {
      hits: results.PrimarySearchResults.map((r) => this.toHit(r)).filter((h): h is HubSearchHit => h !== undefined),
      total: results.TotalRows,
      communities: counts(SEARCH_PROPERTIES.community),
      resourceTypes: counts(SEARCH_PROPERTIES.resourceType),
      practiceAreas: counts(SEARCH_PROPERTIES.practiceArea),
    };
    return withJustWritten(page, this.recent?.all() ?? [], req, built.words);
  }

  /**
   * What the question hits are, from their items (two requests, three when some were found through
   * answers): the question each stands for, its community, and whether it is answered or hidden, as
   * src/domain/questions.ts derives them. Keys are hitKey's.
   */
  public async questionDetails(hits: readonly HubSearchHit[]): Promise<Map<string, QuestionHitDetails>> {
    const out = new Map<string, QuestionHitDetails>();
    const found = hits.filter((h) => h.kind === 'question' && !h.justAdded);
    if (!this.questions || found.length === 0) return out;
    const viaAnswers = found.filter((h) => h.viaAnswer);
    const questionOf = viaAnswers.length ? await this.questions.questionsOfAnswers(viaAnswers.map((h) => h.id)) : new Map<number, number>();
    const ids = [...new Set([...found.filter((h) => !h.viaAnswer).map((h) => h.id), ...questionOf.values()])];
    const [questions, answers] = await Promise.all([this.questions.byIds(ids), this.questions.answersFor(ids)]);
    for (const h of found) {
      const q = questions.find((x) => x.id === (h.viaAnswer ? questionOf.get(h.id) : h.id));
      if (!q) continue;
      out.set(hitKey(h), {
        questionId: q.id,
        communityId: q.communityId,
        answered: questionState(q, answers) === 'answered',
        hidden: isHidden(q) || !questionCounts(q),
      });
    }
    return out;
  }

  private kindOf(path: string): { kind: HubSearchHit['kind']; viaAnswer?: boolean } | undefined {
    if (path.startsWith(this.roots.community)) return { kind: 'community' };
    if (path.startsWith(this.roots.resource)) return { kind: 'resource' };
    if (path.startsWith(this.roots.question)) return { kind: 'question' };
    if (path.startsWith(this.roots.answer)) return { kind: 'question', viaAnswer: true };
    return undefined;
  }

  private toHit(r: ISearchResult): HubSearchHit | undefined {
    const row = r as Record<string, unknown>;
    const text = (key: string): string | undefined => (typeof row[key] === 'string' && row[key] !== '' ? (row[key] as string) : undefined);
    const path = text('Path') ?? '';
    const found = this.kindOf(path);
    const id = Number(text('ListItemID'));
    if (!found || !Number.isInteger(id)) return undefined;
    const kind = found.kind;
    if (kind === 'question')
      return {
        kind,
        id,
        viaAnswer: found.viaAnswer,
        // Found through an answer: the hit is its question (the answer's lookup gives the question's title).
        title: (found.viaAnswer ? text(SEARCH_PROPERTIES.question) : text('Title')) ?? '',
        url: path,
        summary: text('HitHighlightedSummary') ?? '',
        communityTitle: text(SEARCH_PROPERTIES.community),
        owner: found.viaAnswer ? undefined : text('Author'),
      };
    return {
      kind,
      id,
      title: text('Title') ?? '',
      url: kind === 'resource' ? (linkOf(text(SEARCH_PROPERTIES.link)) ?? path) : path,
      summary: text('HitHighlightedSummary') ?? '',
      communityTitle: kind === 'community' ? text('Title') : text(SEARCH_PROPERTIES.community),
      resourceType: text(SEARCH_PROPERTIES.resourceType),
      practiceArea: text(SEARCH_PROPERTIES.practiceArea),
      owner: personName(text(SEARCH_PROPERTIES.owner)) ?? (kind === 'resource' ? text('Author') : undefined),
    };
  }
}
