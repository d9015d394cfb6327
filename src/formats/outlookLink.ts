/**
 * "Add to Outlook": Outlook on the web's calendar compose deep link, which opens a new event filled
 * in with a session's title, start, end, location and a body (its description and the online meeting
 * link), for the viewer to save in their own calendar. The parameters are the compose link's own
 * (subject, startdt, enddt, body, location), as issue 17 names them.
 * Times go as UTC instants with a Z, so the viewer's Outlook shows them in the viewer's own zone;
 * only a series' one session is added (Outlook's compose link has no recurrence).
 */
import type { Session } from '../domain/rhythm';

export const OUTLOOK_COMPOSE = 'https://outlook.office.com/calendar/0/deeplink/compose';

/** Outlook's own query values are short: a long description is cut at this many characters. */
const MAX_BODY = 1500;

/** A session's online meeting link when it is an absolute https address (nothing else is offered as a link). */
export function onlineLink(url: string | undefined): string | undefined {
  try {
    const u = new URL((url ?? '').trim());
    return u.protocol === 'https:' && u.hostname ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The compose link for one session; its online meeting link (only a checked https one) goes in the body and, with no place, as the location. */
export function outlookComposeUrl(s: Session): string {
  const online = onlineLink(s.event.onlineUrl);
  const description = (s.event.description ?? '').slice(0, MAX_BODY);
  const body = [description, online].filter(Boolean).join('\n\n');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: s.event.title,
    startdt: s.start.toISOString(),
    enddt: s.end.toISOString(),
  });
  if (body) params.set('body', body);
  const location = s.event.location || online;
  if (location) params.set('location', location);
  return `${OUTLOOK_COMPOSE}?${params.toString()}`;
}
