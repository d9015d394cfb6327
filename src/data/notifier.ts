/**
 * The Teams activity feed through Graph (delegated TeamsActivity.Send: sent as the person who acted).
 * One recipient: POST /users/{id}/teamwork/sendActivityNotification (204); several: POST
 * /teamwork/sendActivityNotificationToRecipients (202), at most 100 a request.
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 * https://learn.microsoft.com/graph/api/teamwork-sendactivitynotificationtorecipients
 * Always after SharePoint accepted the action, and never throws: who could not be told is in the outcome.
 */
import type { SPFI } from '@pnp/sp';
import { GraphQueryable, graphPost, type GraphFI } from '@pnp/graph';
import { body } from '@pnp/queryable';
import type { Person } from '../domain/models';
import {
  activityOf,
  applyOptOuts,
  dedupeKey,
  inBatches,
  NOTIFICATION_KINDS,
  recipientsOf,
  type ActivityPayload,
  type MutedKinds,
  type NotificationEvent,
  type NotificationKind,
  type NotifyOutcome,
  type UndeliveredReason,
} from '../domain/notifications';
import type { INotificationService } from '../domain/services';
import { LIST_TITLES } from '../schema/lists';
import { ownersOf, type CurrentUserCache } from './currentUser';

/** The Teams app (teams/manifest.json id) whose manifest declares the activity types. */
export const TEAMS_APP_ID = '1f547d3a-0e7b-45bb-a888-9259f2d8c4d0';
/** Member Profiles column holding the kinds a person turned off (their own item: WriteSecurity 2). */
export const MUTED_FIELD = 'MutedNotifications';

function status(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

/** 403 from Graph here means the recipient hasn't the app; 404 an id Graph doesn't know; 429 after PnPjs's retries. */
function reasonOf(e: unknown): UndeliveredReason {
  switch (status(e)) {
    case 403:
      return 'notInstalled';
    case 404:
      return 'notFound';
    case 429:
      return 'throttled';
    default:
      return 'failed';
  }
}

/** Stands for "the people to tell" when even they could not be read. */
export const NOBODY: Person = { id: 0, displayName: '', email: '' };

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function parseMuted(text: unknown): NotificationKind[] {
  const values = typeof text === 'string' ? text.split(';').map((v) => v.trim()) : [];
  return NOTIFICATION_KINDS.filter((k) => values.includes(k));
}

export class Notifier implements INotificationService {
  /** Events already sent (or being sent) by this page, by dedupe key: a second send shares the first. */
  private readonly sent = new Map<string, Promise<NotifyOutcome>>();
  private readonly listeners = new Set<(o: NotifyOutcome) => void>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly graph: GraphFI,
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
    /** Wait before the one retry of a 412 (Graph: the token expires within 45 minutes; a fresh one is fetched). */
    private readonly retryDelayMs = 1000,
  ) {}

  public send(event: NotificationEvent): Promise<NotifyOutcome> {
    const key = dedupeKey(event);
    const first = this.sent.get(key);
    if (first) return first.then((o) => ({ ...o, duplicate: true }));
    const run = this.deliver(event).then((outcome) => this.report(outcome));
    this.sent.set(key, run);
    this.pending.add(run);
    run.finally(() => this.pending.delete(run)).catch(() => undefined);
    return run;
  }

  /**
   * Sends the event once `make` has worked it out (reading the community or who acted), tracked by
   * idle(); if it can't be worked out, listeners hear that the event went untold.
   */
  public later(kind: NotificationKind, make: () => Promise<NotificationEvent | undefined>): void {
    const run = make().then(
      (event) => (event ? this.send(event) : undefined),
      () => this.report({ event: kind, sent: [], optedOut: [], undelivered: [{ person: NOBODY, reason: 'failed' }] }),
    );
    this.pending.add(run);
    run.finally(() => this.pending.delete(run)).catch(() => undefined);
  }

  private report(outcome: NotifyOutcome): NotifyOutcome {
    if (outcome.undelivered.length) for (const l of this.listeners) l(outcome);
    return outcome;
  }

  public onUndelivered(listener: (o: NotifyOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  public async mutedKinds(): Promise<NotificationKind[]> {
    return parseMuted((await this.myProfile())?.[MUTED_FIELD]);
  }

  public async setMutedKinds(kinds: readonly NotificationKind[]): Promise<NotificationKind[]> {
    const value = NOTIFICATION_KINDS.filter((k) => kinds.includes(k)).join(';');
    const list = this.sp.web.lists.getByTitle(LIST_TITLES.profiles);
    const mine = await this.myProfile();
    if (mine) await list.items.getById(mine.Id).update({ [MUTED_FIELD]: value }, mine['odata.etag'] ?? '*');
    else await list.items.add({ Title: (await this.me.get()).displayName, [MUTED_FIELD]: value });
    return this.mutedKinds();
  }

  private async myProfile(): Promise<{ Id: number; 'odata.etag'?: string; [MUTED_FIELD]?: string } | undefined> {
    const me = await this.me.siteUser();
    const rows = await this.sp.web.lists
      .getByTitle(LIST_TITLES.profiles)
      .items.select('Id', MUTED_FIELD)
      .filter(`AuthorId eq ${me.id}`)
      .top(1)();
    return rows[0];
  }

  private async deliver(event: NotificationEvent): Promise<NotifyOutcome> {
    const outcome: NotifyOutcome = { event: event.kind, sent: [], optedOut: [], undelivered: [] };
    let recipients: Person[];
    try {
      recipients = recipientsOf(event, await this.podTeamFor(event));
      const { send, optedOut } = applyOptOuts(recipients, event.kind, await this.mutedOf(recipients));
      outcome.optedOut = optedOut;
      recipients = send;
    } catch {
      // Who should be told could not be read: nobody is named, and the actor hears the event went untold.
      outcome.undelivered.push({ person: NOBODY, reason: 'failed' });
      return outcome;
    }
    const payload = activityOf(event, TEAMS_APP_ID, this.siteUrl);
    const withIds: Array<{ person: Person; userId: string }> = [];
    for (const person of recipients) {
      try {
        withIds.push({ person, userId: person.aadId ?? (await this.userId(person.email)) });
      } catch (e) {
        outcome.undelivered.push({ person, reason: reasonOf(e) });
      }
    }
    for (const batch of inBatches(withIds)) {
      if (batch.length > 1) {
        try {
          await this.withRetry412(() =>
            this.postBulk(
              payload,
              batch.map((r) => r.userId),
            ),
          );
          outcome.sent.push(...batch.map((r) => r.person));
          continue;
        } catch (e) {
          // One recipient Graph refuses fails the whole request; each is sent alone to learn who.
          if (![403, 404].includes(status(e) ?? 0)) {
            outcome.undelivered.push(...batch.map((r) => ({ person: r.person, reason: reasonOf(e) })));
            continue;
          }
        }
      }
      for (const r of batch) {
        try {
          await this.withRetry412(() => this.postOne(payload, r.userId));
          outcome.sent.push(r.person);
        } catch (e) {
          outcome.undelivered.push({ person: r.person, reason: reasonOf(e) });
        }
      }
    }
    return outcome;
  }

  /** 429 and 503 are retried by PnPjs itself (Retry-After); a 412 once, after a pause, with a new token. */
  private async withRetry412(post: () => Promise<unknown>): Promise<void> {
    try {
      await post();
    } catch (e) {
      if (status(e) !== 412) throw e;
      await wait(this.retryDelayMs);
      await post();
    }
  }

  private postOne(payload: ActivityPayload, userId: string): Promise<unknown> {
    return graphPost(GraphQueryable(this.graph.users.getById(userId), 'teamwork/sendActivityNotification'), body(payload));
  }

  private postBulk(payload: ActivityPayload, userIds: string[]): Promise<unknown> {
    // Graph's root, whether the client's URLs are absolute (SPFx) or relative to a base the
    // behaviour adds at send time (GraphBrowser with a baseUrl, as the workbench builds it).
    const usersUrl = this.graph.users.toUrl();
    const root = usersUrl.replace(/\/?users$/, '');
    const recipients = userIds.map((userId) => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId }));
    const url = root ? `${root}/teamwork/sendActivityNotificationToRecipients` : 'teamwork/sendActivityNotificationToRecipients';
    return graphPost(GraphQueryable([this.graph.users, url]), body({ ...payload, recipients }));
  }

  private async userId(email: string): Promise<string> {
    const user = await this.graph.users.getById(email).select('id')();
    if (!user.id) throw Object.assign(new Error(`No directory account for ${email}.`), { status: 404 });
    return user.id;
  }

  /** The hub site's owners (the POD team), read only for events that may go to them. */
  private async podTeamFor(event: NotificationEvent): Promise<Person[]> {
    const needed =
      event.kind === 'suggestionMade' ||
      ((event.kind === 'joinRequested' || event.kind === 'foundingPledge') && event.community.gardeners.length === 0);
    if (!needed) return [];
    const owners = await ownersOf(this.sp).select('Id', 'Title', 'Email')<Array<{ Id: number; Title: string; Email: string }>>();
    return owners.map((o: { Id: number; Title: string; Email: string }) => ({ id: o.Id, displayName: o.Title, email: o.Email }));
  }

  /**
   * What the recipients turned off, from their own Member Profiles items (only they can write them).
   * A site set up before the column existed answers 400 for it: nobody has turned anything off.
   */
  private async mutedOf(people: readonly Person[]): Promise<MutedKinds> {
    const ids = [...new Set(people.map((p) => p.id).filter((id) => id > 0))];
    const muted = new Map<string, Set<NotificationKind>>();
    let rows: Array<{ Author?: { EMail?: string }; [MUTED_FIELD]?: string }> = [];
    try {
      // 40 ids a request keeps the filter's URL short (a launch may have hundreds of founders).
      for (const chunk of inBatches(ids, 40)) {
        rows = rows.concat(
          await this.sp.web.lists
            .getByTitle(LIST_TITLES.profiles)
            .items.select('Author/EMail', MUTED_FIELD)
            .expand('Author')
            .filter(chunk.map((id) => `AuthorId eq ${id}`).join(' or '))
            .top(chunk.length)(),
        );
      }
    } catch (e) {
      if (status(e) === 400) return muted;
      throw e;
    }
    for (const r of rows) {
      const email = (r.Author?.EMail ?? '').toLowerCase();
      if (email) muted.set(email, new Set([...(muted.get(email) ?? []), ...parseMuted(r[MUTED_FIELD])]));
    }
    return muted;
  }
}
