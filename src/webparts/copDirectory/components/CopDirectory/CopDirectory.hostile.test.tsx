/**
 * Hostile data and hostile links in the directory (threats H1, H3, H4, H5 in tests/security/README.md):
 * whatever the lists hold or a shared link says, markup stays text, script and data links are never
 * links, search text is only ever text, and right-to-left text and emoji show as typed.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import CopDirectory from './CopDirectory';
import type { Community } from '../../../../domain/models';
import { URL_LIMITS } from '../../../../domain/directoryUrl';
import { memoryUrlState } from '../../../../ui/hooks/urlState';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';

jest.setTimeout(20_000);

// Built up so the linter's no-script-url rule sees test data, not a script link.
const SCRIPT = ['java', 'script:'].join('');
const XSS_TITLE = '<img src=x onerror="window.__pwned=1">Events & "Risk"';
const ARABIC = 'مجتمع البيانات 2026!';
const EMOJI = 'Data 👩🏽‍💻 & Insight 🎉';
const OVERRIDE = 'Budget \u202eevil\u202c planning';

const HOSTILE: Community[] = [
  community(1, {
    title: XSS_TITLE,
    domain: '<script>window.__pwned=2</script>Planning events',
    practiceArea: '<b>Events</b>',
    siteUrl: `${SCRIPT}window.__pwned=3`,
    teamsUrl: 'data:text/html,<script>window.__pwned=4</script>',
    rhythm: '<iframe src="https://evil.example"></iframe>',
    tags: ['<svg onload=alert(1)>'],
    sponsor: { id: 5, displayName: '<img src=y onerror=alert(2)>', email: 'x@evil.example' },
    gardeners: [{ id: 6, displayName: "Liam O'Brien", email: 'liam.obrien@cophub.example' }],
  }),
  community(2, {
    title: ARABIC,
    domain: 'تحويل البيانات إلى قرارات',
    practiceArea: 'التخطيط',
    teamsUrl: 'https://teams.microsoft.com/l/team/19%3a2',
    siteUrl: '/\\evil.example/x',
  }),
  community(3, { title: EMOJI, tags: ['🎉'] }),
  community(4, { title: OVERRIDE }),
  community(5, { title: `Long ${'x'.repeat(4000)}`, domain: 'y'.repeat(20000) }),
];

async function renderHostile(
  search = '',
  loaded = (): Promise<unknown> => screen.findByRole('list', { name: 'Communities' }),
): Promise<HTMLElement> {
  const services = fakeServices({ communities: HOSTILE, others: [membership(1, 30)] });
  const { container } = render(
    <CopDirectory title="Communities" services={services} urlState={memoryUrlState(search)} communityPageUrl="/community?community={id}" />,
  );
  await loaded();
  return container;
}

function titles(): string[] {
  const list = screen.queryByRole('list', { name: 'Communities' });
  return list
    ? within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent ?? '')
    : [];
}

describe('the directory under hostile data', () => {
  afterEach(() => {
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows markup from the lists as text and creates no element from it', async () => {
    const container = await renderHostile();
    expect(titles()).toContain(XSS_TITLE);
    expect(screen.getByText('<script>window.__pwned=2</script>Planning events')).toBeTruthy();
    expect(screen.getByText('<iframe src="https://evil.example"></iframe>')).toBeTruthy();
    expect(screen.getByText('<img src=y onerror=alert(2)>')).toBeTruthy();
    expect(container.querySelectorAll('img, script, iframe, svg[onload], b')).toHaveLength(0);
    expect(container.querySelector('[onerror], [onload]')).toBeNull();
  });

  it('never renders a script, data or other-host link; falls back to the community page', async () => {
    const container = await renderHostile();
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/teams\.microsoft\.com\/|\/community\?community=\d+$)/);
    const first = screen.getByRole('article', { name: XSS_TITLE });
    expect(within(first).getByRole('link', { name: XSS_TITLE }).getAttribute('href')).toBe('/community?community=1');
    expect(within(first).queryByRole('link', { name: /Teams/ })).toBeNull();
  });

  it('shows right-to-left text and emoji exactly, each in its own direction, without reordering the page', async () => {
    await renderHostile();
    const arabic = screen.getByRole('heading', { level: 3, name: ARABIC });
    expect(arabic.textContent).toBe(ARABIC);
    expect(arabic.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('تحويل البيانات إلى قرارات').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('heading', { level: 3, name: EMOJI }).textContent).toBe(EMOJI);
    // A direction override inside a title is isolated in its own element (dir="auto").
    expect(screen.getByRole('heading', { level: 3, name: OVERRIDE }).getAttribute('dir')).toBe('auto');
  });

  it('searches with quotes and OData operators as plain text', async () => {
    await renderHostile();
    const search = screen.getByRole('searchbox', { name: 'Search communities' });
    fireEvent.change(search, { target: { value: "O'Brien" } });
    // Gardeners' names are searched; the quote is just a character of the name.
    expect(titles()).toEqual([XSS_TITLE]);
    fireEvent.change(search, { target: { value: "O'Brien'" } });
    expect(screen.getByText('No communities match')).toBeTruthy();
    fireEvent.change(search, { target: { value: "' or 1 eq 1 or Title ne '" } });
    expect(screen.getByText('No communities match')).toBeTruthy();
    fireEvent.change(search, { target: { value: '"risk"' } });
    expect(titles()).toEqual([XSS_TITLE]);
    fireEvent.change(search, { target: { value: 'البيانات' } });
    expect(titles()).toEqual([ARABIC]);
    fireEvent.change(search, { target: { value: '🎉' } });
    expect(titles()).toEqual([EMOJI]);
  });

  it("takes a shared link's search as text, within the limit, and caps what can be typed the same way", async () => {
    const payload = `<script>window.__pwned=5</script>${'z'.repeat(500)}`;
    const link = `?cop-q=${encodeURIComponent(payload)}&cop-status=${encodeURIComponent("launched' or '1'='1")}`;
    const container = await renderHostile(link, () => screen.findByText('No communities match'));
    const search = screen.getByRole('searchbox', { name: 'Search communities' }) as HTMLInputElement;
    expect(search.value).toBe(payload.slice(0, URL_LIMITS.text));
    expect(search.getAttribute('maxlength')).toBe(String(URL_LIMITS.text));
    expect(container.querySelector('script')).toBeNull();
  });
});
