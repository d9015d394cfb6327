/**
 * Wraps the services whose actions someone is waiting on, so each tells them in Teams once
 * SharePoint accepted it: a join request or pledge, a decision, a launch, a suggestion. The action's
 * answer is returned at once; the notification follows (INotificationService reports what it could
 * not deliver), so it never delays or undoes the action.
 */
import { effectiveStatus } from '../domain/membershipRules';
import type { Community, Membership, Person } from '../domain/models';
import type { NotificationEvent, NotificationKind } from '../domain/notifications';
import type {
  IAdminService,
  IContentService,
  ICommunityService,
  IMembershipService,
  IQuestionFollowService,
  IQuestionService,
} from '../domain/services';
import type { CurrentUserCache } from './currentUser';
import type { Notifier } from './notifier';

export interface NotifyingInputs {
  memberships: IMembershipService;
  admin: IAdminService;
  content: IContentService;
  communities: ICommunityService;
  notifications: Notifier;
  me: CurrentUserCache;
  /** Questions (issue 16): an answer tells the asker and followers; an invitation tells the invitees. */
  questions?: IQuestionService;
  follows?: Pick<IQuestionFollowService, 'followers'>;
}

export function withNotifications(s: NotifyingInputs): {
  memberships: IMembershipService;
  admin: IAdminService;
  content: IContentService;
  questions?: IQuestionService;
} {
  /** Starts the notification and lets the action's answer go back now (who acted is read once per page). */
  const tell = (
    kind: NotificationKind,
    make: (actor: Person) => Promise<NotificationEvent | undefined> | NotificationEvent | undefined,
  ): void => {
    s.notifications.later(kind, async () => make(await s.me.get()));
  };
  const request = (community: Community, m: Membership): void => {
    const pending = effectiveStatus(m, community) === 'pending';
    if (!pending && m.status !== 'interested') return;
    const kind = m.status === 'interested' ? 'foundingPledge' : 'joinRequested';
    tell(kind, (actor) => ({ kind, community, membershipId: m.id, version: m.etag, actor }));
  };

  const memberships: IMembershipService = Object.create(s.memberships) as IMembershipService;
  memberships.join = async (community, level, moveCore) => {
    const m = await s.memberships.join(community, level, moveCore);
    request(community, m);
    return m;
  };
  memberships.pledge = async (community, founderChoice) => {
    const m = await s.memberships.pledge(community, founderChoice);
    request(community, m);
    return m;
  };
  memberships.decide = async (membership, approve, note) => {
    const decided = await s.memberships.decide(membership, approve, note);
    if (decided.approval === (approve ? 'approved' : 'rejected')) {
      tell(approve ? 'requestApproved' : 'requestDeclined', async (actor) => {
        const community = await s.communities.get(decided.communityId);
        if (!community) return undefined;
        const base = { community, membershipId: decided.id, version: decided.etag, member: membership.member, actor };
        return approve ? { ...base, kind: 'requestApproved' } : { ...base, kind: 'requestDeclined', reason: note ?? '' };
      });
    }
    return decided;
  };

  const admin: IAdminService = Object.create(s.admin) as IAdminService;
  admin.launch = async (community, reason) => {
    const out = await s.admin.launch(community, reason);
    tell('communityLaunched', (actor) => ({
      kind: 'communityLaunched',
      community: out.community,
      founders: out.members ?? [],
      version: out.community.etag,
      actor,
    }));
    return out;
  };

  const content: IContentService = Object.create(s.content) as IContentService;
  content.suggest = async (suggestion) => {
    const made = await s.content.suggest(suggestion);
    tell('suggestionMade', (actor) => ({ kind: 'suggestionMade', suggestion: { id: made.id, title: made.title }, actor }));
    return made;
  };
  return { memberships, admin, content, questions: s.questions && questionsTelling(s.questions, s.follows, tell) };
}

function questionsTelling(
  base: IQuestionService,
  follows: Pick<IQuestionFollowService, 'followers'> | undefined,
  tell: (kind: NotificationKind, make: (actor: Person) => Promise<NotificationEvent | undefined> | NotificationEvent | undefined) => void,
): IQuestionService {
  const questions: IQuestionService = Object.create(base) as IQuestionService;
  questions.answer = async (question, body) => {
    const answer = await base.answer(question, body);
    tell('questionAnswered', async (actor) => ({
      kind: 'questionAnswered',
      question: { id: question.id, title: question.title, communityId: question.communityId },
      answerId: answer.id,
      asker: { id: question.askerId, displayName: question.askerName, email: question.askerEmail ?? '' },
      followers: follows ? await follows.followers(question) : [],
      actor,
    }));
    return answer;
  };
  questions.invite = async (question, people) => {
    const invited = await base.invite(question, people);
    if (invited.length)
      tell('questionInvited', (actor) => ({
        kind: 'questionInvited',
        question: { id: question.id, title: question.title, communityId: question.communityId },
        invitees: invited,
        actor,
      }));
    return invited;
  };
  return questions;
}
