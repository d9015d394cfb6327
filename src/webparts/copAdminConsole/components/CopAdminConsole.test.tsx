import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import CopAdminConsole from './CopAdminConsole';
import { fakeServices } from '../../../ui/testing/fakeServices';

describe('CopAdminConsole', () => {
  it('tells staff politely that it is not for them', async () => {
    render(<CopAdminConsole services={fakeServices({ me: { isPodAdmin: false } })} />);
    expect(await screen.findByText(/This console is for the POD team/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set up or repair lists' })).toBeNull();
  });

  it('lets the POD team run setup and shows what changed', async () => {
    render(<CopAdminConsole services={fakeServices({ me: { isPodAdmin: true } })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up or repair lists' }));
    expect(await screen.findByText('Created list Communities')).toBeTruthy();
    expect(screen.getByText('Done. Changes made:')).toBeTruthy();
  });
});
