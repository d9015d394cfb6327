/**
 * What gardeners and attendees do after a session (issue 17): its record (attendance, notes, story)
 * and feedback. Every web part loads this module on first use (factory.ts), in a chunk of its own:
 * the roster and the feedback dialog open after the first render, so no first render carries it.
 */
import type { SPFI } from '@pnp/sp';
import type { CurrentUserCache } from './currentUser';
import { FeedbackService } from './feedbackService';
import { SessionRecordService } from './sessionRecordService';

export interface SessionParts {
  records: SessionRecordService;
  feedback: FeedbackService;
}

export function createSessionParts(sp: SPFI, me: CurrentUserCache, siteUrl: string): SessionParts {
  return { records: new SessionRecordService(sp, siteUrl), feedback: new FeedbackService(sp, me, siteUrl) };
}
