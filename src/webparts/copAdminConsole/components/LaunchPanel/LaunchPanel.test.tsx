import * as React from 'react';
import { render, screen } from '@testing-library/react';
import type { AdminData } from '../../hooks/useAdminData';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { LaunchPanel } from './LaunchPanel';

function data(pledged: number): AdminData {
  return {
    communities: [community(7, { title: 'Technicians', status: 'forming', foundingTarget: 8 })],
    counts: { 7: { core: 0, wider: 0, pledged } },
    memberships: [],
    events: [],
    resources: [],
    suggestions: [],
    profiles: [],
  };
}

jest.setTimeout(20000);

describe('LaunchPanel', () => {
  it('below the target, says why before anyone clicks, and offers only "launch anyway"', async () => {
    render(<LaunchPanel data={data(7)} services={fakeServices()} onChanged={jest.fn()} />);
    expect(await screen.findByText(/^Not ready to launch: 7 of 8 founding members have pledged\. You can still launch it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Launch anyway…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Launch…' })).toBeNull();
    expect(screen.queryByText('target reached')).toBeNull();
  });

  it('at the target, launches plainly', () => {
    render(<LaunchPanel data={data(8)} services={fakeServices()} onChanged={jest.fn()} />);
    expect(screen.queryByText(/Not ready to launch/)).toBeNull();
    expect(screen.getByText('target reached')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Launch…' })).toBeTruthy();
  });
});
