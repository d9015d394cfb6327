import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { FoundingProgress } from './FoundingProgress';

describe('FoundingProgress', () => {
  it('shows pledges against the target as a named progress bar and in words', () => {
    render(<FoundingProgress pledged={3} target={6} communityTitle="Widening Participation" />);
    const bar = screen.getByRole('progressbar', { name: 'Founding members of Widening Participation' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 6 founding members');
    expect(screen.getByText('3 of 6 founding members')).toBeTruthy();
  });
  it('says when the target is reached, and never overfills', () => {
    render(<FoundingProgress pledged={7} target={6} communityTitle="Technicians" />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByText(/Target reached/)).toBeTruthy();
  });
  it('shows only the count when there is no target', () => {
    render(<FoundingProgress pledged={2} communityTitle="Technicians" />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('2 founding pledges so far')).toBeTruthy();
  });
});
