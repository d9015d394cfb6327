/**
 * Validation of what members and the POD team type: resources, events (with their recurrence) and
 * profiles. Like validation.ts, problems come back as data; src/ui/validationMessages.ts words them.
 */
import { RRule } from 'rrule';
import { EVENT_TYPES, RESOURCE_TYPES, type CharterText, type EventType, type ResourceType } from './models';
import { capacityProblem, deadlineProblem, MAX_PLACES } from './registrations';
import { httpUrlProblem, MAX_URL_LENGTH } from './httpUrl';
import type { FieldProblem, ValidationResult } from './validation';

export { httpUrlProblem };

export type ContentProblem =
  | FieldProblem
  | { rule: 'notHttpUrl' }
  | { rule: 'notHttpsUrl' }
  | { rule: 'notADate' }
  | { rule: 'endBeforeStart' }
  | { rule: 'invalidRecurrence'; detail: string }
  | { rule: 'tooMany'; max: number; count: number }
  | { rule: 'notWholeNumber'; min: number; max: number }
  | { rule: 'afterStart' };

export const CONTENT_LIMITS = {
  title: 255,
  description: 2000,
  url: MAX_URL_LENGTH,
  location: 255,
  topic: 60,
  topics: 20,
  charterText: 4000,
  rhythm: 255,
} as const;

function text(value: string, max: number, required: boolean): ContentProblem | undefined {
  const t = value.trim();
  if (required && t === '') return { rule: 'required' };
  if (t.length > max) return { rule: 'tooLong', max, length: t.length };
  return undefined;
}

const VALID_WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/**
 * An RFC 5545 RRULE body (with or without the "RRULE:" prefix). The rrule package parses it; the
 * checks it leaves out (frequency present, numbers that are numbers, real weekdays, at least one
 * occurrence) are made here, so a broken rule is refused when typed, not when rendered.
 */
export function recurrenceProblem(value: string): ContentProblem | undefined {
  const body = value.trim().replace(/^RRULE:/i, '');
  if (body === '') return undefined;
  if (body.length > 255) return { rule: 'tooLong', max: 255, length: body.length };
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(body);
  } catch (e) {
    return { rule: 'invalidRecurrence', detail: (e as Error).message };
  }
  if (options.freq === undefined) {
    const given = /(?:^|;)FREQ=([^;]*)/i.exec(body);
    return {
      rule: 'invalidRecurrence',
      detail: given ? `FREQ '${given[1]}' is not one of YEARLY, MONTHLY, WEEKLY, DAILY` : 'FREQ is missing',
    };
  }
  for (const part of body.split(';')) {
    const [key, raw = ''] = part.split('=');
    if (['INTERVAL', 'COUNT'].includes(key.toUpperCase()) && !/^[1-9]\d{0,3}$/.test(raw))
      return { rule: 'invalidRecurrence', detail: `${key} must be a whole number from 1` };
    if (key.toUpperCase() === 'BYDAY' && !raw.split(',').every((d) => VALID_WEEKDAY.test(d.toUpperCase())))
      return { rule: 'invalidRecurrence', detail: `BYDAY '${raw}' is not a list of weekdays` };
    if (key.toUpperCase() === 'BYMONTH' && !raw.split(',').every((m) => /^(1[0-2]|[1-9])$/.test(m)))
      return { rule: 'invalidRecurrence', detail: `BYMONTH '${raw}' is not a month from 1 to 12` };
  }
  const first = new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) }).all((_, i) => i < 1);
  if (first.length === 0) return { rule: 'invalidRecurrence', detail: 'the rule never occurs' };
  return undefined;
}

export interface ResourceDraft {
  title: string;
  resourceType: ResourceType | '';
  url: string;
  description: string;
  /** yyyy-mm-dd or an ISO instant; optional. */
  reviewDate: string;
}
export type ResourceProblems = Partial<Record<keyof ResourceDraft, ContentProblem>>;

function dateProblem(value: string, required: boolean): ContentProblem | undefined {
  if (value.trim() === '') return required ? { rule: 'required' } : undefined;
  return Number.isNaN(Date.parse(value)) ? { rule: 'notADate' } : undefined;
}

export function validateResource(d: ResourceDraft): ValidationResult<ResourceDraft, ResourceProblems> {
  const p: ResourceProblems = {};
  const set = <K extends keyof ResourceDraft>(k: K, problem: ContentProblem | undefined): void => {
    if (problem) p[k] = problem;
  };
  set('title', text(d.title, CONTENT_LIMITS.title, true));
  set(
    'resourceType',
    d.resourceType === ''
      ? { rule: 'required' }
      : (RESOURCE_TYPES as readonly string[]).includes(d.resourceType)
        ? undefined
        : { rule: 'notAChoice' },
  );
  set('url', httpUrlProblem(d.url, true));
  set('description', text(d.description, CONTENT_LIMITS.description, false));
  set('reviewDate', dateProblem(d.reviewDate, false));
  return Object.keys(p).length
    ? { ok: false, problems: p }
    : { ok: true, value: { ...d, title: d.title.trim(), url: d.url.trim(), description: d.description.trim() } };
}

/** A link people open from a session (its online meeting): https only, as Teams and Zoom give them. */
export function httpsUrlProblem(value: string, required: boolean): ContentProblem | undefined {
  const problem = httpUrlProblem(value, required);
  if (problem || value.trim() === '') return problem;
  return new URL(value.trim()).protocol === 'https:' ? undefined : { rule: 'notHttpsUrl' };
}

export interface EventDraft {
  title: string;
  eventType: EventType | '';
  start: string;
  end: string;
  recurrence: string;
  location: string;
  onlineUrl: string;
  /** Places (issue 17): empty for no limit, else a whole number from 1. Left out by forms that don't offer it. */
  places?: string;
  /** When registration closes, as the start is typed; empty for at the start. */
  deadline?: string;
}
export type EventProblems = Partial<Record<keyof EventDraft, ContentProblem>>;

export function validateEvent(d: EventDraft): ValidationResult<EventDraft, EventProblems> {
  const p: EventProblems = {};
  const set = <K extends keyof EventDraft>(k: K, problem: ContentProblem | undefined): void => {
    if (problem) p[k] = problem;
  };
  set('title', text(d.title, CONTENT_LIMITS.title, true));
  set(
    'eventType',
    d.eventType === ''
      ? { rule: 'required' }
      : (EVENT_TYPES as readonly string[]).includes(d.eventType)
        ? undefined
        : { rule: 'notAChoice' },
  );
  set('start', dateProblem(d.start, true));
  set('end', dateProblem(d.end, true));
  if (!p.start && !p.end && Date.parse(d.end) <= Date.parse(d.start)) p.end = { rule: 'endBeforeStart' };
  set('recurrence', recurrenceProblem(d.recurrence));
  set('location', text(d.location, CONTENT_LIMITS.location, false));
  set('onlineUrl', httpsUrlProblem(d.onlineUrl, false));
  if (capacityProblem(d.places ?? '')) p.places = { rule: 'notWholeNumber', min: 1, max: MAX_PLACES };
  const deadline = p.start ? undefined : deadlineProblem(d.deadline?.trim() || undefined, d.start);
  if (deadline) p.deadline = deadline.rule === 'afterStart' ? { rule: 'afterStart' } : { rule: 'notADate' };
  return Object.keys(p).length
    ? { ok: false, problems: p }
    : {
        ok: true,
        value: {
          ...d,
          title: d.title.trim(),
          recurrence: d.recurrence.trim().replace(/^RRULE:/i, ''),
          location: d.location.trim(),
          onlineUrl: d.onlineUrl.trim(),
          places: d.places?.trim(),
          deadline: d.deadline?.trim(),
        },
      };
}

/** Topics someone can help with or wants to learn: each short, not too many. */
export function topicsProblem(topics: readonly string[]): ContentProblem | undefined {
  if (topics.length > CONTENT_LIMITS.topics) return { rule: 'tooMany', max: CONTENT_LIMITS.topics, count: topics.length };
  const long = topics.find((t) => t.trim().length > CONTENT_LIMITS.topic);
  return long ? { rule: 'tooLong', max: CONTENT_LIMITS.topic, length: long.trim().length } : undefined;
}

/** Topics as people type them: separated by commas, semicolons or new lines; blanks and repeats dropped. */
export function parseTopics(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const t = part.trim().replace(/\s+/g, ' ');
    if (t && !out.some((x) => x.toLocaleLowerCase() === t.toLocaleLowerCase())) out.push(t);
  }
  return out;
}

export interface ProfileDraft {
  canHelpWith: string;
  wantsToLearn: string;
  practiceArea: string;
}

export type ProfileProblems = Partial<Record<keyof ProfileDraft, ContentProblem>>;

export interface ProfileValue {
  canHelpWith: string[];
  wantsToLearn: string[];
  practiceArea: string;
}

/** What I can help with and want to learn: each topic short, at most 20 of each, a short practice area. */
export function validateProfile(d: ProfileDraft): ValidationResult<ProfileValue, ProfileProblems> {
  const value: ProfileValue = {
    canHelpWith: parseTopics(d.canHelpWith),
    wantsToLearn: parseTopics(d.wantsToLearn),
    practiceArea: d.practiceArea.trim(),
  };
  const p: ProfileProblems = {};
  const help = topicsProblem(value.canHelpWith);
  const learn = topicsProblem(value.wantsToLearn);
  const area = text(d.practiceArea, 120, false);
  if (help) p.canHelpWith = help;
  if (learn) p.wantsToLearn = learn;
  if (area) p.practiceArea = area;
  return Object.keys(p).length ? { ok: false, problems: p } : { ok: true, value };
}

export type CharterProblems = Partial<Record<keyof CharterText, ContentProblem>>;

/**
 * A charter as a gardener edits it: the domain says what the community is about, so it can't be
 * empty; the other texts are optional; each within its column (Rhythm is a 255-character text).
 * Text stays text wherever it is shown, so markup is not refused here, only trimmed.
 */
export function validateCharter(d: CharterText): ValidationResult<CharterText, CharterProblems> {
  const p: CharterProblems = {};
  const check = (k: keyof CharterText, max: number, required: boolean): void => {
    const problem = text(d[k], max, required);
    if (problem) p[k] = problem;
  };
  check('domain', CONTENT_LIMITS.charterText, true);
  check('practice', CONTENT_LIMITS.charterText, false);
  check('audience', CONTENT_LIMITS.charterText, false);
  check('groundRules', CONTENT_LIMITS.charterText, false);
  check('rhythm', CONTENT_LIMITS.rhythm, false);
  if (Object.keys(p).length) return { ok: false, problems: p };
  return {
    ok: true,
    value: {
      domain: d.domain.trim(),
      practice: d.practice.trim(),
      audience: d.audience.trim(),
      groundRules: d.groundRules.trim(),
      rhythm: d.rhythm.trim(),
    },
  };
}
