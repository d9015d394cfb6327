import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import CopDirectory from './CopDirectory';
import type { Community, CommunityEvent } from '../../../../domain/models';
import type { CopServices } from '../../../../domain/services';
import { dateFormats } from '../../../../ui/dates';
import { memoryUrlState, type UrlStateStore } from '../../../../ui/hooks/urlState';
import type { ICopDirectoryProps } from './ICopDirectoryProps';
import { community, fakeServices, membership } from '../../../../ui/testing/fakeServices';

// Role queries over Fluent's DOM are slow in jsdom; a busy machine (a parallel build) must not fail them.
jest.setTimeout(20_000);

const anand = { id: 24, displayName: 'Anand Iyer', email: 'anand.iyer@cophub.example' };
const margaret = { id: 21, displayName: 'Margaret Whitfield', email: 'margaret.whitfield@cophub.example' };
const DEMO: Community[] = [
  community(1, {
    title: 'Student Recruitment',
    practiceArea: 'Marketing and Recruitment',
    sponsor: margaret,
    tags: ['open days'],
    rhythm: 'Monthly, first Tuesday',
  }),
  community(2, {
    title: 'Data and Insight',
    practiceArea: 'Planning and Insight',
    sponsor: anand,
    domain: 'Turning institutional data into decisions.',
    tags: ['Power BI'],
    gardeners: [{ id: 9, displayName: 'Daniel Novak', email: 'daniel.novak@cophub.example' }],
  }),
  community(3, { title: 'Internal Communications', practiceArea: 'Communications', sponsor: margaret }),
  community(4, { title: 'Widening Participation', practiceArea: 'Marketing and Recruitment', status: 'forming', foundingTarget: 6 }),
  community(5, { title: 'Old Network', status: 'closed' }),
];

function titles(): string[] {
  return within(screen.getByRole('list', { name: 'Communities' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

type Rendered = ReturnType<typeof render> & { services: CopServices; urlState: UrlStateStore };

async function renderDirectory(props: Partial<ICopDirectoryProps> = {}, communities = DEMO): Promise<Rendered> {
  const urlState = props.urlState ?? memoryUrlState();
  const services =
    props.services ??
    fakeServices({
      communities,
      others: [membership(2, 30, { level: 'core' }), membership(2, 31), membership(4, 32, { status: 'interested' })],
    });
  const view = render(<CopDirectory title="Communities" services={services} urlState={urlState} {...props} />);
  await screen.findByRole('list', { name: 'Communities' });
  return { ...view, services, urlState };
}

describe('CopDirectory', () => {
  it('shows skeleton cards while loading, then the communities under their heading', async () => {
    render(<CopDirectory title="Communities" services={fakeServices({ communities: DEMO })} urlState={memoryUrlState()} />);
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    expect(await screen.findByText('Data and Insight')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Communities' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull();
  });

  it("shows each community's practice area, stage, sponsor, gardeners, rhythm and member counts", async () => {
    await renderDirectory();
    const card = screen.getByRole('article', { name: 'Data and Insight' });
    for (const text of ['Planning and Insight', 'Launched', 'Anand Iyer', 'Daniel Novak', 'Not set yet']) {
      expect(within(card).getByText(text)).toBeTruthy();
    }
    expect(await within(card).findByText('1 core, 1 wider')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Student Recruitment' })).getByText('Monthly, first Tuesday')).toBeTruthy();
  });

  it("shows each community's questions count with its member counts (issue 16), read for the communities shown", async () => {
    const services = fakeServices({ communities: DEMO, others: [membership(2, 30, { level: 'core' }), membership(2, 31)] });
    const asked: number[][] = [];
    services.questionStats = {
      counts: (ids) => {
        asked.push([...ids]);
        return Promise.resolve(Object.fromEntries(ids.map((id) => [id, id === 2 ? 1 : 4])));
      },
      figures: () => Promise.reject(new Error('not used')),
      activity: () => Promise.reject(new Error('not used')),
    };
    await renderDirectory({ services });
    const card = screen.getByRole('article', { name: 'Data and Insight' });
    expect(await within(card).findByText('1 question asked')).toBeTruthy();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(2);
  });

  it('leaves the questions count out when it cannot be read', async () => {
    const services = fakeServices({ communities: DEMO, others: [membership(2, 30, { level: 'core' }), membership(2, 31)] });
    const down = (): Promise<never> => Promise.reject(new Error('down'));
    services.questionStats = { counts: down, figures: down, activity: down };
    await renderDirectory({ services });
    const card = screen.getByRole('article', { name: 'Data and Insight' });
    expect(await within(card).findByText('1 core, 1 wider')).toBeTruthy();
    expect(within(card).queryByText(/question/)).toBeNull();
  });

  it("shows each community's next session, soonest first, and says when none is planned", async () => {
    const at = (days: number): Date => new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000);
    const event = (id: number, communityId: number, start: Date): CommunityEvent => ({
      id,
      communityId,
      title: `Session ${id}`,
      eventType: 'meeting',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      timeZone: 'Europe/London',
    });
    const events = [event(1, 2, at(9)), event(2, 2, at(3)), event(3, 1, at(-30))];
    // Sessions arrive after the first render; a busy machine (a parallel build) may take a while.
    const SLOW = { timeout: 5000 };
    const when = dateFormats().format('session', at(3)); // the browser's locale: no page gave one
    await renderDirectory({ services: fakeServices({ communities: DEMO, events }) });
    expect(await within(screen.getByRole('article', { name: 'Data and Insight' })).findByText(when, {}, SLOW)).toBeTruthy();
    expect(await within(screen.getByRole('article', { name: 'Student Recruitment' })).findByText('None planned', {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Compact list' }));
    expect(
      await within(screen.getByRole('article', { name: 'Data and Insight' })).findByText(
        (text) => text.includes(`Next session ${when}`),
        {},
        SLOW,
      ),
    ).toBeTruthy();
  });

  it('describes the rhythm from a community’s series, not its free text, and keeps the free text where it has none', async () => {
    const start = new Date(Date.now() + 3 * 86_400_000);
    const series: CommunityEvent = {
      id: 1,
      communityId: 2,
      title: 'Insights',
      eventType: 'insights session',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      timeZone: 'Europe/London',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    };
    const communities = DEMO.map((c) => ({ ...c, rhythm: c.id === 2 ? 'Monthly lunch and learn' : 'Wednesdays' }));
    await renderDirectory({ services: fakeServices({ communities, events: [series] }) });
    const data = screen.getByRole('article', { name: 'Data and Insight' });
    // On London's clock; a reader on another (outside a DatesProvider, the browser's) is told which.
    const elsewhere = Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Europe/London';
    const time = new Intl.DateTimeFormat(undefined, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/London',
      timeZoneName: elsewhere ? 'short' : undefined,
    }).format(start);
    expect(await within(data).findByText(`Every other Thursday, ${time} — insights session`, {}, { timeout: 5000 })).toBeTruthy();
    expect(within(data).queryByText('Monthly lunch and learn')).toBeNull();
    expect(within(screen.getByRole('article', { name: 'Student Recruitment' })).getByText('Wednesdays')).toBeTruthy();
  });

  it('hides closed communities unless the web part shows them, and never shows proposed ones', async () => {
    const { unmount } = await renderDirectory({}, [...DEMO, community(6, { title: 'Idea', status: 'proposed' })]);
    expect(titles()).not.toContain('Old Network');
    expect(titles()).not.toContain('Idea');
    unmount();
    await renderDirectory({ showClosed: true, showForming: false });
    expect(titles()).toContain('Old Network');
    expect(titles()).not.toContain('Widening Participation');
  });

  it('searches as you type over title, domain, practice area and tags', async () => {
    await renderDirectory();
    const search = screen.getByRole('searchbox', { name: 'Search communities' });
    fireEvent.change(search, { target: { value: 'decisions' } });
    expect(titles()).toEqual(['Data and Insight']);
    fireEvent.change(search, { target: { value: 'open days' } });
    expect(titles()).toEqual(['Student Recruitment']);
    fireEvent.change(search, { target: { value: 'marketing' } });
    expect(titles()).toEqual(['Student Recruitment', 'Widening Participation']);
    expect(screen.getByText('2 communities')).toBeTruthy();
  });

  /** Picks one value of a multi-select filter, then closes the dropdown as a person would. */
  async function choose(filter: RegExp, option: string): Promise<void> {
    fireEvent.click(screen.getByRole('combobox', { name: filter }));
    fireEvent.click(await screen.findByRole('option', { name: option }));
    // The first click loads Fluent's Dropdown in place of the filter's light face: close the real one.
    const combo = screen.getByRole('combobox', { name: filter, hidden: true });
    fireEvent.keyDown(combo, { key: 'Escape', which: 27, keyCode: 27 });
  }

  it('filters by practice area, stage and sponsor from the dropdowns', async () => {
    await renderDirectory();
    await choose(/^Practice area/, 'Marketing and Recruitment');
    expect(titles()).toEqual(['Student Recruitment', 'Widening Participation']);
    await choose(/^Stage/, 'Forming');
    expect(titles()).toEqual(['Widening Participation']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toHaveLength(4);
    await choose(/^Sponsor/, 'Margaret Whitfield');
    expect(titles()).toEqual(['Student Recruitment', 'Internal Communications']);
    await choose(/^Sponsor/, 'Anand Iyer');
    expect(titles()).toEqual(['Student Recruitment', 'Data and Insight', 'Internal Communications']);
  });

  it('shows only my communities when asked', async () => {
    const services = fakeServices({
      communities: DEMO,
      mine: [{ ...membership(3, 7), member: { id: 7, displayName: 'Sam Taylor', email: '' } }],
    });
    await renderDirectory({ services });
    fireEvent.click(screen.getByRole('switch', { name: 'Only my communities' }));
    expect(titles()).toEqual(['Internal Communications']);
  });

  it('says when nothing matches and clears the filters from there', async () => {
    await renderDirectory();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search communities' }), { target: { value: 'astrology' } });
    expect(screen.getByText('No communities match')).toBeTruthy();
    const empty = screen.getByText('No communities match').parentElement as HTMLElement;
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toHaveLength(4);
    expect((screen.getByRole('searchbox', { name: 'Search communities' }) as HTMLInputElement).value).toBe('');
  });

  it('says when there are no communities yet', async () => {
    render(<CopDirectory title="" services={fakeServices()} urlState={memoryUrlState()} />);
    expect(await screen.findByText('No communities yet')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Communities of practice' })).toBeTruthy();
  });

  it('says setup is needed, naming the missing lists, instead of crashing', async () => {
    const services = fakeServices({ setup: { ready: false, missingLists: ['Memberships'], missingFields: [] } });
    render(<CopDirectory title="" services={services} urlState={memoryUrlState()} />);
    expect(await screen.findByText(/Setup needed/)).toBeTruthy();
    expect(screen.getByText(/Memberships/)).toBeTruthy();
  });

  it('shows a clear error with a retry that loads again', async () => {
    const services = fakeServices({ communities: DEMO });
    const listing = services.communities.listing;
    let calls = 0;
    services.communities.listing = () => (++calls === 1 ? Promise.reject(Object.assign(new Error('boom'), { status: 503 })) : listing());
    render(<CopDirectory title="" services={services} urlState={memoryUrlState()} />);
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Data and Insight')).toBeTruthy();
  });

  it('still lists communities when the member counts cannot be read', async () => {
    const services = fakeServices({ communities: DEMO });
    services.memberships.counts = () => Promise.reject(new Error('counts down'));
    await renderDirectory({ services });
    expect(titles()).toHaveLength(4);
    expect(screen.queryByText(/core, /)).toBeNull();
  });
});

describe('CopDirectory state in the page address', () => {
  it('opens the view a shared link describes, ignoring values it does not know', async () => {
    const urlState = memoryUrlState('?cop-q=&cop-area=marketing%20and%20recruitment&cop-status=forming&cop-status=bogus&cop-layout=list');
    await renderDirectory({ urlState });
    expect(titles()).toEqual(['Widening Participation']);
    expect(screen.getByRole('button', { name: 'Compact list' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('writes search, filters and layout to the address as they change, and removes them when cleared', async () => {
    const urlState = memoryUrlState('?debug=true');
    await renderDirectory({ urlState });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search communities' }), { target: { value: 'data' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compact list' }));
    expect(urlState.read()).toBe('?debug=true&cop-q=data&cop-layout=list');
    fireEvent.click(screen.getByRole('button', { name: 'Cards' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    expect(urlState.read()).toBe('?debug=true');
  });

  it('uses the web part default filters when the address has none', async () => {
    await renderDirectory({ defaultFilters: { statuses: ['forming'] } });
    expect(titles()).toEqual(['Widening Participation']);
  });

  it('keeps the state in the browser address by default', async () => {
    window.history.replaceState(null, '', '/directory?cop-q=insight#top');
    await renderDirectory({ urlState: undefined });
    expect(titles()).toEqual(['Data and Insight']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search communities' }), { target: { value: 'recruitment' } });
    expect(window.location.search).toBe('?cop-q=recruitment&cop-layout=cards');
    expect(window.location.hash).toBe('#top');
    window.history.replaceState(null, '', '/');
  });
});

describe('CopDirectory at scale', () => {
  const many = Array.from({ length: 2000 }, (_, i) =>
    community(i + 1, { title: `Community ${String(i + 1).padStart(4, '0')}`, tags: i % 500 === 0 ? ['rare'] : [] }),
  );

  it('renders one page of 2,000 communities and shows more on request, moving focus to the first new one', async () => {
    await renderDirectory({ pageSize: 12 }, many);
    expect(titles()).toHaveLength(12);
    expect(screen.getByText('Showing 12 of 2000 communities')).toBeTruthy();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Show 12 more' }));
    });
    expect(titles()).toHaveLength(24);
    expect(document.activeElement?.textContent).toBe('Community 0013');
  });

  it('searches all 2,000, not only the page shown', async () => {
    await renderDirectory({ pageSize: 12 }, many);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search communities' }), { target: { value: 'rare' } });
    expect(titles()).toEqual(['Community 0001', 'Community 0501', 'Community 1001', 'Community 1501']);
  });
});
