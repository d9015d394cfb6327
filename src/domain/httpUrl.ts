import type { ContentProblem } from './contentValidation';

/** The longest link accepted (CONTENT_LIMITS.url). */
export const MAX_URL_LENGTH = 2000;

/**
 * Only http(s) links: javascript:, data: and the like never reach a list or an href. Apart from the
 * rest of the content rules (which parse recurrence rules with rrule), so a view that only shows a
 * link carries none of that.
 */
export function httpUrlProblem(value: string, required: boolean): ContentProblem | undefined {
  const t = value.trim();
  if (t === '') return required ? { rule: 'required' } : undefined;
  if (t.length > MAX_URL_LENGTH) return { rule: 'tooLong', max: MAX_URL_LENGTH, length: t.length };
  try {
    const u = new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : { rule: 'notHttpUrl' };
  } catch {
    return { rule: 'notHttpUrl' };
  }
}
