/**
 * Validation under any input (threats H2–H4 in tests/security/README.md): nothing a person types or
 * pastes makes a check throw; what passes is within the list's column limits and trimmed; what fails
 * says which limit and by how much; only http(s) links get through, however the scheme is disguised.
 */
import fc from 'fast-check';
import { communityTitleProblem } from './titleOrder';
import { CONTENT_LIMITS, httpUrlProblem, validateEvent, validateProfile, validateResource } from './contentValidation';
import { safeHref } from './links';
import { SUGGESTION_KINDS } from './models';
import { SUGGESTION_LIMITS, validateSuggestion } from './validation';

// Built up so the linter's no-script-url rule sees test data, not a script link.
const SCRIPT = ['java', 'script'].join('');

/** Any text, long text and text people really type (RTL, emoji, quotes, markup). */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', ' ', "O'Brien", '<script>', '"', 'مرحبا', '👩🏽‍💻', '\u202e', '\n'), maxLength: 600 }),
);

/** A scheme a browser would run or render, disguised the ways URL parsers forgive (case, tabs, newlines, spaces, entities do not count). */
const hostileLink = fc
  .tuple(
    fc.constantFrom(SCRIPT, 'data', 'vbscript', 'file', 'blob'),
    fc.array(fc.constantFrom('\t', '\n', '\r'), { maxLength: 2 }),
    fc.string({ maxLength: 20 }),
    fc.boolean(),
    fc.constantFrom('', ' ', '\u0000', '\u001f'),
  )
  .map(([scheme, noise, rest, upper, lead]) => {
    const s = upper ? scheme.toUpperCase() : scheme;
    const at = Math.floor(s.length / 2);
    return `${lead}${s.slice(0, at)}${noise.join('')}${s.slice(at)}:${rest}`;
  });

describe('validation of anything typed', () => {
  it('a suggestion passes only within the column limits, trimmed; otherwise each problem states its limit', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        anyText,
        fc.constantFrom('', ...SUGGESTION_KINDS, 'other'),
        (title, description, practiceArea, kind) => {
          const r = validateSuggestion({ title, description, practiceArea, kind: kind as never });
          if (r.ok) {
            expect(r.value.title).toBe(title.trim());
            expect(r.value.title.length).toBeGreaterThan(0);
            expect(r.value.title.length).toBeLessThanOrEqual(SUGGESTION_LIMITS.title);
            expect(r.value.description.length).toBeLessThanOrEqual(SUGGESTION_LIMITS.description);
            expect(r.value.practiceArea.length).toBeLessThanOrEqual(SUGGESTION_LIMITS.practiceArea);
          } else {
            for (const problem of Object.values(r.problems)) {
              if (problem?.rule === 'tooLong') expect(problem.length).toBeGreaterThan(problem.max);
            }
            expect(
              title.trim().length > 0 &&
                title.trim().length <= SUGGESTION_LIMITS.title &&
                description.trim().length > 0 &&
                description.trim().length <= SUGGESTION_LIMITS.description &&
                practiceArea.trim().length <= SUGGESTION_LIMITS.practiceArea &&
                (SUGGESTION_KINDS as readonly string[]).includes(kind) &&
                // A name that would not do for a community (markup, or no letter or digit first) is refused too.
                communityTitleProblem(title) === undefined,
            ).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a resource or event link is only ever http(s), whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(hostileLink, fc.webUrl(), anyText), (url) => {
        const resource = validateResource({ title: 'T', resourceType: 'link', url, description: '', reviewDate: '' });
        const event = validateEvent({
          title: 'T',
          eventType: 'meeting',
          start: '2026-01-01T10:00:00Z',
          end: '2026-01-01T11:00:00Z',
          recurrence: '',
          location: '',
          onlineUrl: url,
        });
        if (resource.ok) expect(new URL(resource.value.url).protocol).toMatch(/^https?:$/);
        if (event.ok && event.value.onlineUrl.trim()) expect(new URL(event.value.onlineUrl.trim()).protocol).toMatch(/^https?:$/);
        if (httpUrlProblem(url, true) === undefined) expect(url.trim().length).toBeLessThanOrEqual(CONTENT_LIMITS.url);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every disguised script, data or file link, in forms and as a link on screen', () => {
    fc.assert(
      fc.property(hostileLink, (url) => {
        expect(httpUrlProblem(url, true)).toBeDefined();
        expect(safeHref(url)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('a link shown on screen is http(s) or site-relative, never protocol-relative', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileLink,
          fc.webUrl(),
          anyText,
          fc.tuple(fc.constantFrom('/', '//', '/\\', '/\t/', '\\\\', ' /'), anyText).map(([p, s]) => `${p}${s}`),
        ),
        (value) => {
          const href = safeHref(value);
          if (href === undefined) return;
          expect(/^https?:\/\//i.test(href) || /^\/(?![/\\])/.test(href)).toBe(true);
          if (href.startsWith('/')) expect(new URL(href, 'https://contoso.sharepoint.com').origin).toBe('https://contoso.sharepoint.com');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('profile topics stay within their limits, without blanks or repeats', () => {
    fc.assert(
      fc.property(anyText, anyText, (help, learn) => {
        const r = validateProfile({ canHelpWith: help, wantsToLearn: learn, practiceArea: '' });
        if (!r.ok) return;
        for (const topics of [r.value.canHelpWith, r.value.wantsToLearn]) {
          expect(topics.length).toBeLessThanOrEqual(CONTENT_LIMITS.topics);
          expect(topics.every((t) => t.length > 0 && t.length <= CONTENT_LIMITS.topic && !/[,;\n]/.test(t))).toBe(true);
          expect(new Set(topics.map((t) => t.toLocaleLowerCase())).size).toBe(topics.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
