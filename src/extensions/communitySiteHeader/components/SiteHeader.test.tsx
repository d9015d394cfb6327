import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { SiteHeader } from './SiteHeader';

describe('SiteHeader', () => {
  afterEach(cleanup);

  it('shows the name and the directory at once, before my standing is known', () => {
    render(<SiteHeader title="Data and Insight" directoryUrl="/sites/cop" joinUrl="/sites/cop/SitePages/Community.aspx?community=6" />);
    const nav = screen.getByRole('navigation', { name: 'Community' });
    expect(nav.textContent).toBe('Data and InsightAll communities');
    expect(screen.getByRole('link', { name: 'All communities' }).getAttribute('href')).toBe('/sites/cop');
  });

  it('offers to join when I am not a member, and names my standing when I am', () => {
    const { rerender } = render(<SiteHeader title="Data and Insight" standing="none" joinUrl="/join" />);
    expect(screen.getByRole('link', { name: 'Join this community' }).getAttribute('href')).toBe('/join');
    rerender(<SiteHeader title="Data and Insight" standing="core" />);
    expect(screen.getByText("You're a core member")).toBeTruthy();
    rerender(<SiteHeader title="Data and Insight" standing="pending" />);
    expect(screen.getByText('Your request to join is pending')).toBeTruthy();
    rerender(<SiteHeader title="Data and Insight" standing="pledged" />);
    expect(screen.getByText("You've pledged as a founding member")).toBeTruthy();
  });

  it('says a forming community is forming, with its pledges, and offers the founding pledge instead of Join', () => {
    const { rerender } = render(
      <SiteHeader title="Widening Participation" standing="none" forming={{ pledged: 4, target: 6 }} joinUrl="/page" />,
    );
    expect(screen.getByText('Forming: 4 of 6 pledges.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pledge to help found it' }).getAttribute('href')).toBe('/page');
    expect(screen.queryByRole('link', { name: 'Join this community' })).toBeNull();
    rerender(<SiteHeader title="Widening Participation" standing="pledged" forming={{ pledged: 5 }} joinUrl="/page" />);
    expect(screen.getByText('Forming: 5 pledged.')).toBeTruthy();
    expect(screen.getByText("You've pledged as a founding member")).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Pledge to help found it' })).toBeNull();
  });

  it('shows a hostile site title as text', () => {
    render(<SiteHeader title={'<img src=x onerror="alert(1)">'} standing="wider" />);
    expect(screen.getByRole('navigation').querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('says when my standing could not be read, and reads it again on Try again', () => {
    const retry = jest.fn();
    render(<SiteHeader title="Data and Insight" onRetry={retry} />);
    expect(screen.getByText(/Your membership couldn't be checked/)).toBeTruthy();
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
