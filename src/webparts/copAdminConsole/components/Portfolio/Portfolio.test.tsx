import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { PortfolioRow } from '../../../../domain/portfolio';
import { community } from '../../../../ui/testing/fakeServices';
import { Portfolio } from './Portfolio';

const row = (id: number, over: Partial<PortfolioRow>): PortfolioRow => ({
  community: community(id, { title: `Community ${id}` }),
  members: { core: 0, wider: 0, pledged: 0 },
  hasSponsor: false,
  hasGardener: false,
  lapsed: false,
  resources: 0,
  resourcesDueForReview: 0,
  ...over,
});

jest.setTimeout(30000);

describe('Portfolio', () => {
  it('shows stages by name, and days and counts in proper plurals', async () => {
    const rows = [
      row(1, {
        community: community(1, { title: 'Events', status: 'launched' }),
        lastSession: new Date(2026, 10, 30),
        daysSinceLastSession: 1,
      }),
      row(2, {
        community: community(2, { title: 'Technicians', status: 'forming' }),
        lastSession: new Date(2026, 10, 28),
        daysSinceLastSession: 3,
      }),
    ];
    render(<Portfolio rows={rows} now={new Date(2026, 11, 1)} download={jest.fn()} />);
    expect(screen.getByText('2 of 2 communities')).toBeTruthy();
    expect(screen.getByText('Launched')).toBeTruthy();
    expect(screen.getByText('Forming')).toBeTruthy();
    expect(screen.queryByText('launched')).toBeNull();
    expect(screen.getByText(/\(1 day ago\)$/)).toBeTruthy();
    expect(screen.getByText(/\(3 days ago\)$/)).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: /^Status/ }));
    await screen.findAllByRole('option');
    for (const name of ['Proposed', 'Forming', 'Launched', 'Dormant', 'Closed']) expect(screen.getByRole('option', { name })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'forming' })).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Forming' }));
    expect(await screen.findByText('1 of 2 communities')).toBeTruthy();
  });
});
