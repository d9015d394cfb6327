import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { NotificationSettings } from './NotificationSettings';
import { fakeServices } from '../../../../ui/testing/fakeServices';

describe('NotificationSettings', () => {
  it('shows each kind ticked unless turned off, and saves what I untick', async () => {
    const services = fakeServices();
    services.state.muted = ['suggestionMade'];
    render(<NotificationSettings notifications={services.notifications} />);
    const approved = await screen.findByRole('checkbox', { name: 'my request to join is approved' });
    expect((approved as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'someone suggests a community (POD team)' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(approved);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText("Saved. You'll be told about what is ticked.")).toBeTruthy();
    expect(services.state.muted.sort()).toEqual(['requestApproved', 'suggestionMade']);
  });

  it('says so when the choices cannot be saved, keeping what I ticked', async () => {
    const services = fakeServices();
    services.notifications.setMutedKinds = () => Promise.reject(Object.assign(new Error('denied'), { status: 403 }));
    render(<NotificationSettings notifications={services.notifications} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'my request to join is declined' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'my request to join is declined' }) as HTMLInputElement).checked).toBe(false);
  });

  it('saves the same choices on Try again once SharePoint answers', async () => {
    const services = fakeServices();
    const save = services.notifications.setMutedKinds.bind(services.notifications);
    let busy = true;
    services.notifications.setMutedKinds = (kinds) =>
      busy ? Promise.reject(Object.assign(new Error('busy'), { status: 503 })) : save(kinds);
    render(<NotificationSettings notifications={services.notifications} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'my request to join is declined' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    busy = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText("Saved. You'll be told about what is ticked.")).toBeTruthy();
    expect(screen.queryByText(/SharePoint is busy/)).toBeNull();
    expect(services.state.muted).toEqual(['requestDeclined']);
  });
});
