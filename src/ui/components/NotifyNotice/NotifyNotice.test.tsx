import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NotifyNotice } from './NotifyNotice';
import { fakeServices } from '../../testing/fakeServices';

const mei = { id: 3, displayName: 'Mei Chen', email: 'mei.chen@cophub.example' };

describe('NotifyNotice', () => {
  it('says the action was saved and names who was not told in Teams; dismissing hides it', async () => {
    const services = fakeServices();
    render(<NotifyNotice notifications={services.notifications} />);
    expect(screen.queryByText(/couldn't notify/)).toBeNull();
    act(() =>
      services.notifications.emit({
        event: 'requestApproved',
        sent: [],
        optedOut: [],
        undelivered: [{ person: mei, reason: 'notInstalled' }],
      }),
    );
    expect(await screen.findByText("Saved. We couldn't notify Mei Chen in Teams.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/couldn't notify/)).toBeNull();
  });

  it('shows a name with markup as text, and counts beyond two', async () => {
    const services = fakeServices();
    const { container } = render(<NotifyNotice notifications={services.notifications} />);
    const people = ['<img src=x onerror=alert(1)>', 'B', 'C', 'D'].map((n, i) => ({
      person: { id: i, displayName: n, email: `${i}@x.test` },
      reason: 'failed' as const,
    }));
    act(() => services.notifications.emit({ event: 'communityLaunched', sent: [], optedOut: [], undelivered: people }));
    expect(await screen.findByText("Saved. We couldn't notify <img src=x onerror=alert(1)>, B and 2 more in Teams.")).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
