import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { HubSearchPage, HubSearchRequest } from '../../../domain/hubSearch';
import type { IHubSearchService } from '../../../domain/services';
import { HubSearch } from './HubSearch';

const PAGE: HubSearchPage = {
  hits: [
    {
      kind: 'resource',
      id: 3,
      title: 'Induction plan template',
      url: 'https://cophub.example/plan',
      summary: 'A <c0>plan</c0> for week one<ddd/>',
      communityTitle: 'Events Management',
      resourceType: 'template',
      owner: 'Liam O’Brien',
    },
    {
      kind: 'community',
      id: 7,
      title: 'Appraisals and Inductions',
      url: 'x',
      summary: '<c0>Plan</c0>ning appraisals',
      communityTitle: 'Appraisals and Inductions',
      practiceArea: 'People',
    },
    { kind: 'resource', id: 9, title: 'Fresh plan', url: 'javascript:alert(1)', summary: '', justAdded: true },
  ],
  total: 13,
  communities: [{ value: 'Events Management', count: 8 }],
  resourceTypes: [{ value: 'template', count: 5 }],
  practiceAreas: [
    { value: 'People', count: 1 },
    { value: 'Events', count: 2 },
  ],
};

function recording(
  answer: (r: HubSearchRequest) => HubSearchPage = () => PAGE,
): IHubSearchService & { calls: Array<{ request: HubSearchRequest; signal?: AbortSignal }> } {
  const service = {
    calls: [] as Array<{ request: HubSearchRequest; signal?: AbortSignal }>,
    search: async (request: HubSearchRequest, signal?: AbortSignal): Promise<HubSearchPage> => {
      service.calls.push({ request, signal });
      return answer(request);
    },
  };
  return service;
}

const type = (text: string): void => {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search all communities' }), { target: { value: text } });
};

describe('HubSearch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends one request per pause in typing and cancels the one it replaces', async () => {
    const service = recording();
    render(<HubSearch search={service} communityHref={(h) => `/community?community=${h.id}`} />);
    type('p');
    type('pl');
    type('pla');
    act(() => jest.advanceTimersByTime(299));
    expect(service.calls).toHaveLength(0);
    act(() => jest.advanceTimersByTime(1));
    expect(service.calls.map((c) => c.request.text)).toEqual(['pla']);
    const first = service.calls[0].signal;
    type('plan');
    expect(first?.aborted).toBe(true);
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(service.calls.map((c) => c.request.text)).toEqual(['pla', 'plan']);
    expect(await screen.findByText('13 results for “plan”')).toBeTruthy();
  });

  it('groups hits by kind, highlights matches, shows community, type and owner, and links only to safe addresses', async () => {
    render(<HubSearch search={recording()} initialText="plan" communityHref={(h) => `/community?community=${h.id}`} />);
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(screen.getByRole('heading', { name: 'Communities (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Resources (2)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Induction plan template' }).getAttribute('href')).toBe('https://cophub.example/plan');
    expect(screen.getByRole('link', { name: 'Appraisals and Inductions' }).getAttribute('href')).toBe('/community?community=7');
    expect(screen.queryByRole('link', { name: 'Fresh plan' })).toBeNull();
    expect(screen.getByText('Fresh plan')).toBeTruthy();
    expect(screen.getByText('Just added')).toBeTruthy();
    expect(screen.getByText('template · Community: Events Management · Owner: Liam O’Brien')).toBeTruthy();
    expect(screen.getByText('Practice area: People')).toBeTruthy();
    const marks = Array.from(document.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['Plan', 'plan']);
  });

  it('refines by practice area from the keyboard, with the counts the refiner gave, and back to any', async () => {
    const service = recording();
    render(<HubSearch search={service} initialText="plan" communityHref={() => undefined} />);
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    const area = screen.getByRole('combobox', { name: /^Practice area/ });
    area.focus();
    // Down arrow on a closed dropdown moves to the next value, as a select does: "Any", then "People (1)".
    await act(async () => {
      fireEvent.keyDown(area, { key: 'ArrowDown', code: 'ArrowDown', which: 40, keyCode: 40 });
    });
    expect(area.textContent).toContain('People (1)');
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(service.calls.map((c) => c.request.scope)).toEqual([{}, { practiceArea: 'People' }]);
    await act(async () => {
      fireEvent.keyDown(area, { key: 'ArrowUp', code: 'ArrowUp', which: 38, keyCode: 38 });
    });
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(service.calls.map((c) => c.request.scope.practiceArea)).toEqual([undefined, 'People', undefined]);
  });

  it('"Show more" asks for the next page from after the indexed hits and appends it', async () => {
    const service = recording((r) =>
      r.startRow === 0
        ? PAGE
        : { ...PAGE, hits: [{ kind: 'resource', id: 21, title: 'Later plan', url: 'https://cophub.example/later', summary: '' }] },
    );
    render(<HubSearch search={service} initialText="plan" communityHref={() => undefined} />);
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    });
    expect(service.calls[1].request.startRow).toBe(2);
    expect(screen.getByRole('link', { name: 'Later plan' })).toBeTruthy();
  });

  it('says so when nothing matches, and sends nothing for punctuation alone', async () => {
    const service = recording(() => ({ hits: [], total: 0, communities: [], resourceTypes: [], practiceAreas: [] }));
    render(<HubSearch search={service} communityHref={() => undefined} />);
    type('"(*');
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(service.calls).toHaveLength(0);
    expect(screen.getByText("Type a word or two to search every community's resources.")).toBeTruthy();
    type('zzz');
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(screen.getByText('Nothing found for “zzz”.')).toBeTruthy();
  });

  it('shows an error with a way to try again', async () => {
    let fail = true;
    const service = recording(() => {
      if (fail) throw Object.assign(new Error('boom'), { status: 500 });
      return PAGE;
    });
    render(<HubSearch search={service} initialText="plan" communityHref={() => undefined} />);
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(screen.getByText("Search didn't work just now.")).toBeTruthy();
    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(screen.getByRole('link', { name: 'Induction plan template' })).toBeTruthy();
  });
});
