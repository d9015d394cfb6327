import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { community } from '../../../../ui/testing/fakeServices';
import { CommunityResults } from './CommunityResults';
import type { ICommunityResultsProps } from './ICommunityResultsProps';

const COMMUNITIES = Array.from({ length: 30 }, (_, i) =>
  community(i + 1, { title: `Community ${String(i + 1).padStart(2, '0')}`, status: 'launched' }),
);

function props(over: Partial<ICommunityResultsProps> = {}): ICommunityResultsProps {
  return {
    communities: COMMUNITIES,
    pageSize: 12,
    layout: 'cards',
    filtered: false,
    standings: new Map(),
    onJoin: () => undefined,
    onPledge: () => undefined,
    onClearFilters: () => undefined,
    onSuggest: () => undefined,
    ...over,
  };
}

const cards = (): HTMLElement[] => screen.getAllByRole('article');

describe('CommunityResults', () => {
  it('tells which communities are on screen, again after "Show more"', () => {
    const onShown = jest.fn();
    render(<CommunityResults {...props({ onShown })} />);
    expect(onShown).toHaveBeenLastCalledWith(COMMUNITIES.slice(0, 12));
    fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }));
    expect(onShown).toHaveBeenLastCalledWith(COMMUNITIES.slice(0, 24));
    expect(cards()).toHaveLength(24);
  });

  it('goes back to the first page for a new query, keeping the cards that still match', () => {
    const { rerender } = render(<CommunityResults {...props({ resetKey: 'a' })} />);
    fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }));
    const first = cards()[0];
    rerender(<CommunityResults {...props({ resetKey: 'ab', communities: COMMUNITIES.slice(0, 20) })} />);
    expect(cards()).toHaveLength(12);
    expect(cards()[0]).toBe(first); // the same DOM node: not remounted while someone types
  });

  describe('grouped by practice area', () => {
    const AREAS = ['People', 'Communications', 'Research'];
    const mixed = COMMUNITIES.slice(0, 14).map((c, i) => ({ ...c, practiceArea: i === 13 ? '' : AREAS[i % 3] }));

    it('shows a heading per area in alphabetical order, with its size, and the cards under it at the next level', () => {
      render(<CommunityResults {...props({ communities: mixed, grouped: true, pageSize: 20 })} />);
      const areas = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      expect(areas).toEqual(['Communications4 communities', 'People5 communities', 'Research4 communities', 'No practice area1 community']);
      const people = screen.getByRole('list', { name: 'Communities in People' });
      expect(Array.from(people.querySelectorAll('h4')).map((h) => h.textContent)).toEqual([
        'Community 01',
        'Community 04',
        'Community 07',
        'Community 10',
        'Community 13',
      ]);
      expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(14);
    });

    it('pages through the areas in order: "Show more" continues the last group and focuses its first new card', () => {
      render(<CommunityResults {...props({ communities: mixed, grouped: true, pageSize: 7 })} />);
      // 7 shown: Communications (4) and the first three of People; People's heading still counts all 5.
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent)).toEqual(['Communications', 'People']);
      expect(screen.getByRole('list', { name: 'Communities in People' }).querySelectorAll('article')).toHaveLength(3);
      fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }));
      expect(screen.getByRole('list', { name: 'Communities in People' }).querySelectorAll('article')).toHaveLength(5);
      expect(document.activeElement?.textContent).toBe('Community 10');
      expect(cards()).toHaveLength(14);
    });

    it('draws the compact list grouped too', () => {
      render(<CommunityResults {...props({ communities: mixed, grouped: true, layout: 'list', pageSize: 20 })} />);
      expect(screen.getByRole('list', { name: 'Communities in Research' }).querySelectorAll('article')).toHaveLength(4);
    });
  });
});
