/**
 * What attendees thought of a session (issue 17), summarised for its gardener. What counts only ever
 * narrows what the list holds: feedback from someone the gardeners recorded as attending, in the
 * folder of the event's community, a whole rating from 1 to 5, once per person (their latest).
 */
import type { CommunityEvent, SessionFeedback, SessionRecord } from './models';

export const COMMENT_MAX = 2000;

export interface FeedbackSummary {
  count: number;
  /** Mean rating, undefined when nobody rated. */
  average?: number;
  /** How many gave 1, 2, 3, 4 and 5 (index 0 is 1). */
  distribution: [number, number, number, number, number];
  /** Comments, latest first. */
  comments: Array<{ name: string; rating: number; comment: string }>;
}

export function validRating(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

/** The feedback that counts for one session: attendees only, in its folder, latest per person. */
export function countedFeedback(
  feedback: readonly SessionFeedback[],
  record: Pick<SessionRecord, 'attendees'> | undefined,
  event: Pick<CommunityEvent, 'id' | 'communityId'>,
  start: Date,
): SessionFeedback[] {
  const attended = new Set((record?.attendees ?? []).map((p) => p.email.toLowerCase()).filter(Boolean));
  const folder = event.communityId > 0 ? event.communityId : 0;
  const latest = new Map<string, SessionFeedback>();
  for (const f of feedback) {
    const who = (f.authorEmail ?? '').toLowerCase();
    if (f.eventId !== event.id || Date.parse(f.occurrenceStart) !== start.getTime() || f.folderCommunityId !== folder) continue;
    if (!attended.has(who) || !validRating(f.rating)) continue;
    const had = latest.get(who);
    if (!had || Date.parse(f.modified) > Date.parse(had.modified) || (f.modified === had.modified && f.id > had.id)) latest.set(who, f);
  }
  return [...latest.values()].sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified) || b.id - a.id);
}

export function feedbackSummary(counted: readonly SessionFeedback[]): FeedbackSummary {
  const distribution: FeedbackSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const f of counted) distribution[f.rating - 1] += 1;
  const total = counted.reduce((sum, f) => sum + f.rating, 0);
  return {
    count: counted.length,
    average: counted.length ? Math.round((total / counted.length) * 10) / 10 : undefined,
    distribution,
    comments: counted.filter((f) => f.comment.trim()).map((f) => ({ name: f.authorName, rating: f.rating, comment: f.comment })),
  };
}

export type FeedbackProblem = { rule: 'rating' } | { rule: 'tooLong'; max: number } | { rule: 'notAttended' } | { rule: 'notHeld' };

/** Feedback as typed: from someone who attended, after the session, a rating from 1 to 5 and a comment within bounds. */
export function feedbackProblem(
  rating: number | undefined,
  comment: string,
  attended: boolean,
  sessionStart: Date,
  now: Date,
): FeedbackProblem | undefined {
  if (now.getTime() < sessionStart.getTime()) return { rule: 'notHeld' };
  if (!attended) return { rule: 'notAttended' };
  if (!validRating(rating)) return { rule: 'rating' };
  if (comment.length > COMMENT_MAX) return { rule: 'tooLong', max: COMMENT_MAX };
  return undefined;
}
