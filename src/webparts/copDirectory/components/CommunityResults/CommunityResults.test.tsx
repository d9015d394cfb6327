import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { community } from '../../../../ui/testing/fakeServices';
import { CommunityResults } from './CommunityResults';
import type { ICommunityResultsProps } from './ICommunityResultsProps';

const COMMUNITIES = Array.from({ length: 30 }, (_, i) => community(i + 1, { title: `Community ${String(i + 1).padStart(2, '0')}`, status: 'launched' }));

function props(over: Partial<ICommunityResultsProps> = {}): ICommunityResultsProps {
  return {
    communities: COMMUNITIES, pageSize: 12, layout: 'cards', filtered: false, standings: new Map(),
    onJoin: () => undefined, onPledge: () => undefined, onClearFilters: () => undefined, onSuggest: () => undefined, ...over,
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
});
