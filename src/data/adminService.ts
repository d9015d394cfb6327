/**
 * POD administration through PnPjs. Every write here is one only site owners may make: the lists'
 * own permissions refuse anyone else (403), so the console and the command set add no security of
 * their own. SharePoint stamps each change with Editor and Modified, and keeps versions.
 */
import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import type { IList } from '@pnp/sp/lists';
import type {
  GroupInfo,
  HistoryEntry,
  ItemResult,
  MembershipRecord,
  PortfolioPageData,
  ReportData,
  ResourceRecord,
  StatusStep,
  TeamReconciliation,
} from '../domain/adminModels';
import {
  FOUNDER_CHOICES,
  MEMBERSHIP_STATUSES,
  type Community,
  type FounderChoice,
  type CommunityEvent,
  type MemberProfile,
  type Person,
  type SessionRecord,
  type Suggestion,
} from '../domain/models';
import type { IAdminService, ICommunityService, IGroupService, LaunchOutcome } from '../domain/services';
import { isGroupId } from '../domain/errors';
import { effectiveStatus, planFounding } from '../domain/membershipRules';
import { planAcceptance, type AcceptancePlan, type AcceptanceProblem, type SuggestionAcceptance } from '../domain/suggestionAcceptance';
import type { QuestionActivity } from '../domain/questions';
import { planTeam } from '../domain/teamReconciliation';
import { COMMUNITIES, LIST_TITLES } from '../schema/lists';
import {
  choice,
  latestReviews,
  MEMBERSHIP_EXPAND,
  MEMBERSHIP_SELECT,
  personSelect,
  REVIEW_SELECT,
  toEvent,
  toMembership,
  toPerson,
  toProfile,
  toResource,
  toSuggestion,
  type SpItem,
} from './mappers';
import { MAX_PAGE, readAll } from './paging';
import { readsOf } from './readBatcher';
import { countEach } from './membershipService';
import { FOUNDER_CHOICE_FIELD } from './membershipWrites';
import { readByLookup } from './sessionLists';
import { RECORD_FIELDS, toSessionRecord } from './sessionRecordService';
import { ANSWER_FIGURE_SELECT, QUESTION_COUNT_SELECT, QuestionStatsService } from './questionStats';
import { toAnswer, toQuestion } from './questionService';

const RECORD_SELECT = [...MEMBERSHIP_SELECT, 'Title', 'Created', 'Modified', 'FSObjType', ...personSelect('Editor')];
const RECORD_EXPAND = [...MEMBERSHIP_EXPAND, 'Editor'];
const SUGGESTION_SELECT = ['Id', 'Title', 'Description', 'PracticeArea', 'SuggestionKind', 'Created', ...personSelect('Author')];
/** Community fields whose changes the history reports (Modified and the like always change). */
const TRACKED = COMMUNITIES.fields.map((f) => f.name).concat('Title');

/** Why a suggestion can't be accepted this way; the console checks first, so only other callers see these. */
const ACCEPTANCE_REFUSED: Record<AcceptanceProblem, string> = {
  choiceNotForKind: 'That choice does not fit this kind of suggestion.',
  noOrganiser: 'The suggestion has no author to list as its organiser.',
  addressNeeded: "Give the network's address, so the hub can link to it.",
  addressInvalid: "The network's address must be a web address (https://…).",
};

/** StatusReason of an accepted suggestion: what was made of it, and from which suggestion. */
function acceptanceReason(s: Suggestion, plan: AcceptancePlan): string {
  const from = `suggestion ${s.id} (${s.kind})`;
  if (plan.choice === 'listLaunched')
    return `Listed as launched from ${from}: an existing network, organised by ${s.author?.displayName ?? ''}.`;
  if (plan.choice === 'link') return `Linked from ${from}: a network the hub links to at ${plan.siteUrl ?? ''}.`;
  return `Proposed from ${from}.`;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

const RESOURCE_SELECT = [
  'Id',
  'Title',
  'CommunityId',
  'ResourceType',
  'ResourceUrl',
  'Description',
  'Tags',
  'ReviewDate',
  'Modified',
  'Created',
  ...personSelect('ResourceOwner'),
];
const EVENT_SELECT = [
  'Id',
  'Title',
  'CommunityId',
  'EventType',
  'StartTime',
  'EndTime',
  'TimeZone',
  'Recurrence',
  'Location',
  'OnlineUrl',
  'Description',
];

function toResourceRecord(item: SpItem): ResourceRecord {
  return { ...toResource(item), created: str(item.Created) || undefined };
}

export function toMembershipRecord(item: SpItem): MembershipRecord {
  return {
    ...toMembership(item),
    title: str(item.Title),
    created: str(item.Created) || undefined,
    modified: str(item.Modified) || undefined,
    modifiedBy: toPerson(item.Editor)?.displayName,
  };
}

/**
 * A membership item's status over time from its versions (newest first, as SharePoint sends them):
 * oldest first, one step per version whose status differs from the one before.
 */
export function statusHistory(versions: readonly SpItem[]): StatusStep[] {
  const steps: StatusStep[] = [];
  for (const v of [...versions].reverse()) {
    const status = choice(MEMBERSHIP_STATUSES, v.MemberStatus, 'pending');
    if (steps[steps.length - 1]?.status !== status) steps.push({ when: str(v.Created) || str(v.Modified), status });
  }
  return steps;
}

/** A version's value of a field, comparable across versions (people and lookups by id). */
function comparable(v: unknown): string {
  if (Array.isArray(v)) return v.map(comparable).join(',');
  if (v && typeof v === 'object' && 'LookupId' in v) return String((v as { LookupId: unknown }).LookupId);
  return v === null || v === undefined ? '' : String(v);
}

/** History entries from a community's versions (oldest last in `versions`, as SharePoint sends them). */
export function versionHistory(versions: readonly SpItem[]): HistoryEntry[] {
  return versions.map((v, i) => {
    const before = versions[i + 1];
    const who = str((v.Editor as { LookupValue?: unknown } | undefined)?.LookupValue);
    const base = { when: str(v.Created), who, version: str(v.VersionLabel), status: str(v.CopStatus) || undefined };
    if (!before) return { ...base, kind: 'created' as const };
    const fields = TRACKED.filter((f) => comparable(v[f]) !== comparable(before[f]));
    const statusChanged = fields.includes('CopStatus');
    return {
      ...base,
      kind: 'changed' as const,
      fields,
      status: statusChanged ? base.status : undefined,
      note: statusChanged ? str(v.StatusReason) || undefined : undefined,
    };
  });
}

export class AdminService implements IAdminService {
  constructor(
    private readonly sp: SPFI,
    private readonly graph: GraphFI,
    private readonly communities: ICommunityService,
    private readonly groups: IGroupService,
  ) {}

  private list(title: string): IList {
    return this.sp.web.lists.getByTitle(title);
  }

  public async memberships(): Promise<MembershipRecord[]> {
    const rows = await readAll(
      this.list(LIST_TITLES.memberships)
        .items.select(...RECORD_SELECT)
        .expand(...RECORD_EXPAND),
    );
    return rows.filter((r) => r.FSObjType !== 1).map(toMembershipRecord);
  }

  public async membership(id: number): Promise<MembershipRecord | undefined> {
    const rows = await this.list(LIST_TITLES.memberships)
      .items.select(...RECORD_SELECT)
      .expand(...RECORD_EXPAND)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)();
    return rows.length && rows[0].FSObjType !== 1 ? toMembershipRecord(rows[0]) : undefined;
  }

  public async resources(): Promise<ResourceRecord[]> {
    const rows = await readAll(
      this.list(LIST_TITLES.resources)
        .items.select(...RESOURCE_SELECT)
        .expand('ResourceOwner'),
    );
    return rows.map(toResourceRecord);
  }

  public async events(): Promise<CommunityEvent[]> {
    const rows = await readAll(this.list(LIST_TITLES.events).items.select(...EVENT_SELECT));
    return rows.map(toEvent);
  }

  public async portfolioPage(communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>): Promise<PortfolioPageData> {
    const ids = communities.map((c) => Math.trunc(c.id));
    if (!ids.length) return { counts: {}, events: [], resources: [], records: [] };
    const reads = readsOf(this.sp);
    // One OR of equalities on the indexed Community lookup per list (a page is 15, under readByLookup's 60):
    // with a count per community, PORTFOLIO_PAGE_LIST_READS reads in all, one 20-part $batch.
    const ofPage = `(${ids.map((id) => `CommunityId eq ${id}`).join(' or ')})`;
    // All started in this turn, so they travel together; counts read each community's own items, so a
    // busy community can't push the others past the threshold.
    const [counts, events, resources, records, questions] = await Promise.all([
      countEach(this.sp, communities),
      readAll(
        this.list(LIST_TITLES.events)
          .items.select(...EVENT_SELECT)
          .filter(ofPage),
        reads,
      ),
      readAll(
        this.list(LIST_TITLES.resources)
          .items.select(...RESOURCE_SELECT)
          .expand('ResourceOwner')
          .filter(ofPage),
        reads,
      ),
      readByLookup(this.sp, this.list(LIST_TITLES.sessionRecords), 'CommunityId', ids, RECORD_FIELDS, 'Attendees').then(
        (r) => r.map(toSessionRecord),
        () => undefined,
      ),
      // The page's newest questions and answers (issue 16), in the same $batch.
      this.recentQuestions(ofPage).catch(() => undefined),
    ]);
    return { counts, events: events.map(toEvent), resources: resources.map(toResourceRecord), records, questions };
  }

  /**
   * The newest questions and answers filed under a page's communities (`ofPage`, their indexed
   * Community lookup): one page of SharePoint's 5,000 each, newest first, so the page's read stays two
   * parts whatever the communities hold. A page whose communities asked more than that between them
   * is scored on their newest (the health score looks at the last half year). questionFigures still
   * believes only each one's folder, and only answers to the questions read count.
   */
  private async recentQuestions(ofPage: string): Promise<QuestionActivity> {
    const reads = readsOf(this.sp);
    const newest = (title: string, select: string[]): Promise<SpItem[]> =>
      reads.read<SpItem[]>(
        this.list(title)
          .items.select(...select)
          .filter(ofPage)
          .orderBy('Id', false)
          .top(MAX_PAGE),
      );
    const [questionRows, answerRows] = await Promise.all([
      newest(LIST_TITLES.questions, QUESTION_COUNT_SELECT),
      newest(LIST_TITLES.answers, ANSWER_FIGURE_SELECT),
    ]);
    const questions = questionRows.map(toQuestion);
    const asked = new Set(questions.map((q) => q.id));
    return { questions, answers: answerRows.map(toAnswer).filter((a) => asked.has(a.questionId)) };
  }

  public async sessionRecords(): Promise<SessionRecord[]> {
    const rows = await readAll(
      this.list(LIST_TITLES.sessionRecords)
        .items.select(...RECORD_FIELDS, 'FSObjType')
        .expand('Attendees'),
    );
    return rows.filter((r) => r.FSObjType !== 1).map(toSessionRecord);
  }

  public async pendingRequests(limit: number): Promise<MembershipRecord[]> {
    // A filter on the indexed MemberStatus would be one request, but at 200,000 memberships more than
    // 5,000 are stored as pending and SharePoint refuses it (the list view threshold; the bench's scale
    // data showed it), and no other indexed column narrows requests across communities. So the items
    // are read in pages of 5,000 (an unfiltered read is never refused) and the oldest `limit` kept: the
    // Queues tab's cost grows with the list, as before (README, known limits).
    const all = await this.memberships();
    return all
      .filter((m) => m.status === 'pending')
      .sort((a, b) => a.id - b.id)
      .slice(0, Math.max(1, Math.trunc(limit)));
  }

  public async profiles(): Promise<MemberProfile[]> {
    const rows = await readAll(
      this.list(LIST_TITLES.profiles)
        .items.select('Id', 'CanHelpWith', 'WantsToLearn', 'PracticeArea', 'AuthorId', ...personSelect('Author'))
        .expand('Author'),
    );
    return rows.map(toProfile);
  }

  public async suggestion(id: number): Promise<Suggestion | undefined> {
    const [rows, reviews] = await Promise.all([
      this.list(LIST_TITLES.suggestions)
        .items.select(...SUGGESTION_SELECT)
        .expand('Author')
        .filter(`Id eq ${Math.trunc(id)}`)
        .top(1)(),
      readAll(
        this.list(LIST_TITLES.suggestionReviews)
          .items.select(...REVIEW_SELECT)
          .filter(`SuggestionId eq ${Math.trunc(id)}`),
      ),
    ]);
    return rows.length ? toSuggestion(rows[0], latestReviews(reviews).get(Math.trunc(id))) : undefined;
  }

  /**
   * Records the POD team's decision where only they can write (Suggestion Reviews), then copies the
   * status onto the suggestion for the list's own views; that copy is a convenience the author could
   * change on their item, and nothing believes it.
   */
  private async review(
    s: Suggestion,
    status: 'accepted' | 'declined',
    values: { LinkedCommunityId?: number; PodResponse?: string },
  ): Promise<void> {
    await this.list(LIST_TITLES.suggestionReviews).items.add({
      Title: s.title.slice(0, 255),
      SuggestionId: s.id,
      ReviewStatus: status,
      ...values,
    });
    await this.list(LIST_TITLES.suggestions)
      .items.getById(s.id)
      .update({ SuggestionStatus: status }, '*')
      .catch(() => undefined);
  }

  public async acceptSuggestion(s: Suggestion, choice: SuggestionAcceptance = { kind: 'propose' }): Promise<Community> {
    if (s.status === 'accepted' && s.linkedCommunityId) {
      const linked = await this.communities.get(s.linkedCommunityId);
      if (linked) return linked;
    }
    if (s.status === 'declined') throw new Error('This suggestion was declined; it can no longer be accepted.');
    const planned = planAcceptance(s, choice);
    if (!planned.ok) throw new Error(ACCEPTANCE_REFUSED[planned.problem]);
    const { plan } = planned;
    // The community first: if SharePoint refuses it (not a site owner), the suggestion is untouched.
    const added = (await this.list(LIST_TITLES.communities).items.add({
      Title: s.title.slice(0, 255),
      PracticeArea: (s.practiceArea || 'To be decided').slice(0, 120),
      Domain: s.description,
      CopStatus: plan.status,
      CommunityKind: plan.kind,
      // An existing network already has its members; no requests to decide.
      JoinPolicy: plan.status === 'proposed' ? 'approval' : 'open',
      ...(plan.gardeners.length ? { GardenersId: plan.gardeners.map((p) => p.id) } : {}),
      ...(plan.siteUrl ? { SiteUrl: { Url: plan.siteUrl, Description: s.title.slice(0, 255) } } : {}),
      StatusReason: acceptanceReason(s, plan),
    })) as { Id?: number };
    const communityId = Number(added.Id);
    await this.review(s, 'accepted', { LinkedCommunityId: communityId });
    // Its approval folder in Memberships, so requests to join can land there (and its gardeners decide them).
    // Setup code loads only for this rare action, in the setup chunk (see SetupService.provision).
    const { ensureCommunityFolders } = await import(/* webpackChunkName: 'cop-hub-setup' */ '../schema/provision');
    await ensureCommunityFolders(this.sp);
    const community = await this.communities.get(communityId);
    if (!community) throw new Error('The community was created but could not be read back.');
    return community;
  }

  public async declineSuggestion(s: Suggestion, reason: string): Promise<Suggestion> {
    const why = reason.trim();
    if (!why) throw new Error('Give a reason, so the person who suggested it knows why.');
    if (s.status === 'accepted') throw new Error('This suggestion was accepted; it can no longer be declined.');
    await this.review(s, 'declined', { PodResponse: why.slice(0, 2000) });
    const updated = await this.suggestion(s.id);
    if (!updated) throw new Error('The suggestion was declined but could not be read back.');
    return updated;
  }

  public async launch(community: Community, reason: string): Promise<LaunchOutcome> {
    const launched = await this.communities.changeStatus(community, 'launched', reason);
    const all = await this.memberships();
    const pledges = all.filter((m) => m.communityId === community.id && m.status === 'interested');
    // One core community at a time: each founder's other memberships, read by their own community's policy.
    const [choices, policies] = await Promise.all([this.founderChoices(community.id), this.communities.all()]);
    const policy = new Map(policies.map((c) => [c.id, c]));
    const founders: ItemResult[] = [];
    const members: Person[] = [];
    const list = this.list(LIST_TITLES.memberships);
    // One founder at a time: each is a few writes that must run in order, and a failure stays per person.
    for (const p of pledges) {
      const label = p.member.displayName;
      const others = all
        .filter((m) => m.member.id === p.member.id && m.communityId !== community.id && policy.has(m.communityId))
        .map((m) => ({ ...m, effective: effectiveStatus(m, policy.get(m.communityId) ?? { joinPolicy: 'approval' }) }));
      const plan = planFounding({ communityId: community.id, founderChoice: choices.get(p.id) }, others);
      try {
        await list.items.getById(p.id).update({ MemberStatus: 'active', Level: plan.level }, p.etag ?? '*');
        // Editing sends the item back to pending (content approval); the site owner approves it.
        await list.items
          .getById(p.id)
          .update({ OData__ModerationStatus: 0, OData__ModerationComments: `Founding member of ${launched.title}` });
        const notes: string[] = [];
        for (const old of plan.demote) {
          await list.items.getById(old.id).update({ Level: 'wider' }, old.etag ?? '*');
          // An approved membership stays approved (the edit sent it back to pending); one never approved stays as it was.
          if (old.approval === 'approved')
            await list.items
              .getById(old.id)
              .update({ OData__ModerationStatus: 0, OData__ModerationComments: `Wider since founding ${launched.title}` });
          notes.push(`now a wider member of ${policy.get(old.communityId)?.title ?? ''}, as they chose`);
        }
        if (plan.level === 'wider') notes.push('a wider member here: core elsewhere, as they chose');
        if (launched.groupId && p.member.email) {
          try {
            await this.groups.addMember(launched.groupId, p.member.email);
          } catch (e) {
            notes.push(`Not added to the team: ${(e as Error).message}`);
          }
        }
        founders.push({ id: p.id, label, ok: true, message: notes.length ? notes.join('; ') : undefined });
        members.push(p.member);
      } catch (e) {
        founders.push({ id: p.id, label, ok: false, message: (e as Error).message });
      }
    }
    return { community: launched, founders, members };
  }

  /** Each pledge's one-core choice (FounderChoice); an older site without the column reads every pledge as the default. */
  private async founderChoices(communityId: number): Promise<Map<number, FounderChoice>> {
    try {
      const rows = await readAll(
        this.list(LIST_TITLES.memberships)
          .items.select('Id', FOUNDER_CHOICE_FIELD)
          .filter(`CommunityId eq ${Math.trunc(communityId)}`),
      );
      return new Map(rows.map((r) => [Number(r.Id), choice(FOUNDER_CHOICES, r[FOUNDER_CHOICE_FIELD], 'widerHere')]));
    } catch (e) {
      if ((e as { status?: number }).status === 400) return new Map();
      throw e;
    }
  }

  public async findGroup(groupId: string): Promise<GroupInfo | undefined> {
    if (!isGroupId(groupId)) return undefined;
    try {
      const g = await this.graph.groups.getById(groupId.trim().toLowerCase()).select('id', 'displayName', 'mail')();
      return { id: g.id ?? groupId, displayName: g.displayName ?? '', mail: g.mail ?? undefined };
    } catch (e) {
      const status = (e as { status?: number }).status;
      if (status === 404 || status === 400) return undefined;
      throw e;
    }
  }

  public linkGroup(community: Community, group: GroupInfo): Promise<Community> {
    // One group per community: linkTeam refuses a group another community already has.
    return this.communities.linkTeam(community, group.id);
  }

  public async history(community: Community): Promise<HistoryEntry[]> {
    const [versions, memberships] = await Promise.all([
      this.list(LIST_TITLES.communities).items.getById(community.id).versions() as Promise<SpItem[]>,
      readAll(
        this.list(LIST_TITLES.memberships)
          .items.select(...RECORD_SELECT)
          .expand(...RECORD_EXPAND)
          .filter(`CommunityId eq ${Math.trunc(community.id)}`),
      ),
    ]);
    const requests: HistoryEntry[] = memberships
      .filter((r) => r.FSObjType !== 1)
      .map(toMembershipRecord)
      .map((m) => ({
        when: m.modified ?? m.created ?? '',
        who: m.modifiedBy ?? m.member.displayName,
        kind: 'request' as const,
        member: m.member.displayName,
        approval: m.approval,
        status: m.status,
        note: m.decisionNote,
      }));
    return [...versionHistory(versions), ...requests].sort((a, b) => Date.parse(b.when) - Date.parse(a.when));
  }

  public async reportData(community: Community): Promise<ReportData> {
    const id = Math.trunc(community.id);
    const reads = readsOf(this.sp);
    const [rows, events, resources, profiles, records, questions] = await Promise.all([
      readAll(
        this.list(LIST_TITLES.memberships)
          .items.select(...RECORD_SELECT, 'OData__UIVersionString')
          .expand(...RECORD_EXPAND)
          .filter(`CommunityId eq ${id}`),
        reads,
      ),
      readAll(
        this.list(LIST_TITLES.events)
          .items.select(...EVENT_SELECT)
          .filter(`CommunityId eq ${id}`),
        reads,
      ),
      readAll(
        this.list(LIST_TITLES.resources)
          .items.select(...RESOURCE_SELECT)
          .expand('ResourceOwner')
          .filter(`CommunityId eq ${id}`),
        reads,
      ),
      this.profiles(),
      // What its gardeners recorded of its sessions (issue 17), in the same $batch; a site set up
      // before the list reports no participation rather than no report.
      readByLookup(this.sp, this.list(LIST_TITLES.sessionRecords), 'CommunityId', [id], RECORD_FIELDS, 'Attendees').then(
        (r) => r.map(toSessionRecord),
        () => undefined,
      ),
      // Its questions (issue 16) in the same $batch, then their answers; unreadable, the report says so.
      new QuestionStatsService(this.sp).activity([id]).catch(() => undefined),
    ]);
    const items = rows.filter((r) => r.FSObjType !== 1);
    // Only an item edited since it was written has more than one version to read; the reads go out
    // together, twenty to a $batch.
    const edited = items.filter((r) => str(r.OData__UIVersionString) !== '' && str(r.OData__UIVersionString) !== '1.0');
    const versions = await Promise.all(
      edited.map((r) => reads.read(this.list(LIST_TITLES.memberships).items.getById(Number(r.Id)).versions) as Promise<SpItem[]>),
    );
    const history = new Map(edited.map((r, i) => [Number(r.Id), statusHistory(versions[i])]));
    const memberships = items
      .map(toMembershipRecord)
      .filter((m) => m.communityId === id)
      .map((m) => {
        const steps = history.get(m.id);
        return steps ? { ...m, statusHistory: steps } : m;
      });
    return { memberships, events: events.map(toEvent), resources: resources.map(toResourceRecord), profiles, records, questions };
  }

  public async reconcileTeam(community: Community): Promise<TeamReconciliation> {
    if (!community.groupId) throw new Error(`${community.title} has no team linked, so there is nothing to reconcile.`);
    const groupId = community.groupId;
    const [rows, inGroup] = await Promise.all([
      // The Community lookup is indexed: one community's items stay under the list view threshold.
      readAll(
        this.list(LIST_TITLES.memberships)
          .items.select(...MEMBERSHIP_SELECT)
          .expand(...MEMBERSHIP_EXPAND)
          .filter(`CommunityId eq ${Math.trunc(community.id)}`),
      ),
      this.groups.memberEmails(groupId),
    ]);
    const plan = planTeam(community, rows.map(toMembership), inGroup);
    const outcome: TeamReconciliation = { added: [], removed: [], failed: [] };
    const changes = [
      ...plan.add.map((email) => ({ email, change: 'add' as const })),
      ...plan.remove.map((email) => ({ email, change: 'remove' as const })),
    ];
    for (const { email, change } of changes) {
      try {
        if (change === 'add') await this.groups.addMember(groupId, email);
        else await this.groups.removeMember(groupId, email);
        (change === 'add' ? outcome.added : outcome.removed).push(email);
      } catch (e) {
        // Graph refuses anyone who doesn't own the group (403): the rest would be refused too.
        if ((e as { status?: number }).status === 403) throw e;
        outcome.failed.push({ email, change, message: (e as Error).message });
      }
    }
    return outcome;
  }
}
