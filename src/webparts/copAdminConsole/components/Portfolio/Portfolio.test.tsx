import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { PortfolioPageData } from '../../../../domain/adminModels';
import type { Community, CommunityEvent } from '../../../../domain/models';
import { PORTFOLIO_PAGE_SIZE } from '../../../../domain/portfolioPaging';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { Portfolio } from './Portfolio';

const NOW = new Date(2026, 11, 1, 12);
const event = (communityId: number, start: Date): CommunityEvent => ({
  id: communityId * 10,
  communityId,
  title: 'Meet',
  eventType: 'meeting',
  start: start.toISOString(),
  end: start.toISOString(),
  timeZone: 'Europe/London',
});

/** Answers as the admin service does: only for the communities asked about; records what was asked. */
function pageReader(events: CommunityEvent[] = []): {
  asked: number[][];
  admin: { portfolioPage: (cs: ReadonlyArray<Pick<Community, 'id'>>) => Promise<PortfolioPageData> };
} {
  const asked: number[][] = [];
  return {
    asked,
    admin: {
      portfolioPage: async (cs) => {
        const ids = cs.map((c) => c.id);
        asked.push(ids);
        return {
          counts: Object.fromEntries(ids.map((id) => [id, { core: id, wider: 0, pledged: 0 }])),
          events: events.filter((e) => ids.includes(e.communityId)),
          resources: [],
          records: [],
        };
      },
    },
  };
}

jest.setTimeout(30000);

describe('Portfolio', () => {
  it('shows stages by name, and days and counts in proper plurals', async () => {
    const communities = [community(1, { title: 'Events', status: 'launched' }), community(2, { title: 'Technicians', status: 'forming' })];
    const { admin } = pageReader([event(1, new Date(2026, 10, 30, 10)), event(2, new Date(2026, 10, 28, 10))]);
    render(<Portfolio communities={communities} admin={admin} services={fakeServices()} now={NOW} download={jest.fn()} />);
    expect(screen.getByText('2 of 2 communities')).toBeTruthy();
    expect(await screen.findByText(/\(1 day ago\)$/)).toBeTruthy();
    expect(screen.getByText(/\(3 days ago\)$/)).toBeTruthy();
    expect(screen.getByText('Launched')).toBeTruthy();
    expect(screen.getByText('Forming')).toBeTruthy();
    expect(screen.queryByText('launched')).toBeNull();

    fireEvent.click(screen.getByRole('combobox', { name: /^Status/ }));
    await screen.findAllByRole('option');
    for (const name of ['Proposed', 'Forming', 'Launched', 'Dormant', 'Closed']) expect(screen.getByRole('option', { name })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'forming' })).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Forming' }));
    expect(await screen.findByText('1 of 2 communities')).toBeTruthy();
  });

  it('reads figures for the page on screen only, and pages through the whole portfolio by keyboard-reachable buttons', async () => {
    const n = PORTFOLIO_PAGE_SIZE;
    const total = 2 * n + 5;
    const title = (i: number): string => `Community ${String(i).padStart(2, '0')}`;
    const communities = Array.from({ length: total }, (_, i) => community(i + 1, { title: title(i + 1) }));
    const { admin, asked } = pageReader();
    render(<Portfolio communities={communities} admin={admin} services={fakeServices()} now={NOW} download={jest.fn()} />);
    expect(screen.getByText(`${total} of ${total} communities`)).toBeTruthy();
    expect(screen.getByText(`Showing 1\u2013${n} of ${total}.`, { exact: false })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Communities in the portfolio' });
    expect(await within(table).findByText(title(1))).toBeTruthy();
    expect(within(table).queryByText(title(n + 1))).toBeNull();
    expect(asked).toEqual([communities.slice(0, n).map((c) => c.id)]);

    const pages = screen.getByRole('navigation', { name: 'Portfolio pages' });
    expect((within(pages).getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await within(table).findByText(title(n + 1))).toBeTruthy();
    expect(within(pages).getByText('Page 2 of 3')).toBeTruthy();
    expect(asked[asked.length - 1]).toEqual(communities.slice(n, 2 * n).map((c) => c.id));
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await within(table).findByText(title(total))).toBeTruthy();
    expect((within(pages).getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    expect(asked[asked.length - 1]).toEqual(communities.slice(2 * n).map((c) => c.id));

    // Title order descending is the whole portfolio's: back on page one, which now starts at the last community.
    fireEvent.click(within(table).getByRole('button', { name: /Community$/ }));
    expect(await within(table).findByText(title(total - n + 1))).toBeTruthy();
    expect(asked[asked.length - 1]).toEqual(
      communities
        .slice(total - n)
        .map((c) => c.id)
        .reverse(),
    );
    expect(
      within(table)
        .getByRole('columnheader', { name: /Community/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
  });
});
