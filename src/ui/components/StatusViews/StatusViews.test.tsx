import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorView, LoadingView, SetupNeededView } from './StatusViews';

const http = (status: number): Error => Object.assign(new Error(`[${status}] ::> {"odata.error":{"code":"-2146232832"}}`), { status });

describe('ErrorView', () => {
  it.each<[unknown, RegExp]>([
    [http(500), /SharePoint couldn't answer just now/],
    [new TypeError('fetch failed'), /couldn't reach SharePoint/],
    [http(429), /SharePoint is busy/],
  ])('says what went wrong in words, with a Try again button that retries (%s)', async (error, words) => {
    const retry = jest.fn();
    // MessageBar renders its text a moment later, so screen readers announce it.
    const { container } = render(<ErrorView error={error} onRetry={retry} />);
    expect(await screen.findByText(words)).toBeTruthy();
    expect(container.textContent).not.toMatch(/odata|2146232832/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('after a stale edit (412) says someone else changed it, and offers Reload rather than the same write again', async () => {
    const reload = jest.fn();
    render(<ErrorView error={http(412)} onRetry={reload} />);
    expect(await screen.findByText(/Someone else changed this since you opened it\. Reload/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows a message that contains markup as text, never as HTML', async () => {
    const { container } = render(<ErrorView error={new Error('<img src=x onerror="window.hacked=1"><b>bold</b>')} />);
    expect(await screen.findByText(/<img src=x onerror/)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('LoadingView and SetupNeededView', () => {
  it('announces loading once, and names what setup is missing', async () => {
    render(<LoadingView rows={2} />);
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    render(<SetupNeededView report={{ ready: false, missingLists: ['Memberships'], missingFields: ['Communities: GroupId'] }} />);
    expect(await screen.findByText(/Missing lists: Memberships/)).toBeTruthy();
    expect(screen.getByText(/Missing columns: Communities: GroupId/)).toBeTruthy();
  });
});
